import { waitUntil } from '@open-wc/testing';
import { session561 } from '../fixtures/guide-sessions.js';
import { loadExample, walkThroughExample } from './drive-example.js';

// examples/angular (its own npm project), built with Angular's builder (`ng build`) into
// examples/angular/dist/browser/main.js: `npm run examples:angular` installs and builds it.
const BUILT = '/examples/angular/dist/browser/main.js';

describe('examples/angular (Angular 21, zoneless, built by @angular/build)', () => {
  it('binds [session] and [reports] as properties, and its (pix-draft-change) and (pix-finalise) listeners get the draft and the payload', async () => {
    const example = await loadExample(BUILT, 'npm run examples:angular');
    await walkThroughExample(example);
  });

  it('destroys the application cleanly', async () => {
    const example = await loadExample(BUILT, 'npm run examples:angular');
    const container = document.createElement('div');
    document.body.append(container);
    const unmount = example.mount(container, { ...session561, finaliseSession: async () => {} });
    await waitUntil(() => container.querySelector('pix-finalise-wizard')?.shadowRoot?.querySelector('h1'), 'rendered');
    unmount();
    await waitUntil(() => container.innerHTML === '', 'the application is destroyed');
    container.remove();
  });
});
