import { expect, waitUntil } from '@open-wc/testing';
import { session561 } from '../fixtures/guide-sessions.js';
import { loadExample, walkThroughExample } from './drive-example.js';

// examples/react/FinaliseSession.tsx, bundled with React 19 by `npm run build` (examples/build.mjs).
describe('examples/react (React 19)', () => {
  it('passes session and reports as properties, and its typed listeners get the draft and the payload', async () => {
    const example = await loadExample('/examples/react/dist/main.js');
    await walkThroughExample(example);
  });

  it('unmounts cleanly', async () => {
    const example = await loadExample('/examples/react/dist/main.js');
    const container = document.createElement('div');
    document.body.append(container);
    const unmount = example.mount(container, { ...session561, finaliseSession: async () => {} });
    await waitUntil(() => container.querySelector('pix-finalise-wizard')?.shadowRoot?.querySelector('h1'), 'rendered');
    unmount();
    expect(container.innerHTML).to.equal('');
    container.remove();
  });
});
