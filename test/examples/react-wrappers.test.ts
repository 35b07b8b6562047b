import { expect, waitUntil } from '@open-wc/testing';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { text } from '../helpers/dom.js';
import { loadExample, walkThroughExample, type FrameworkExample } from './drive-example.js';

// examples/react-wrappers/FinaliseSession.tsx (pix-certif-elements/react), bundled by
// `npm run examples:build` with React 19 (the root's) and with React 18 (examples/react18).
for (const major of ['19', '18']) {
  describe(`examples/react-wrappers (pix-certif-elements/react, React ${major})`, () => {
    const path = `/examples/react-wrappers/dist/react${major}.js`;

    it(`runs React ${major}`, async () => {
      const example = (await loadExample(path, 'npm run examples:build')) as FrameworkExample & { reactVersion: string };
      expect(example.reactVersion.split('.')[0]).to.equal(major);
    });

    it('passes session and reports as properties, and its onPixDraftChange and onPixFinalise props get the typed events', async () => {
      await walkThroughExample(await loadExample(path, 'npm run examples:build'));
    });

    it('unmounts cleanly', async () => {
      const example = await loadExample(path, 'npm run examples:build');
      const container = document.createElement('div');
      document.body.append(container);
      const unmount = example.mount(container, { ...session561, finaliseSession: async () => {} });
      await waitUntil(() => container.querySelector('pix-finalise-wizard')?.shadowRoot?.querySelector('h1'), 'rendered');
      unmount();
      expect(container.innerHTML).to.equal('');
      container.remove();
    });
  });
}

// Why the wrappers: examples/react/FinaliseSession.tsx (written for React 19, no wrapper) bundled
// with React 18. React 18 sets every prop of a custom element as an attribute (objects become the
// string "[object Object]") and does not add listeners for custom events.
describe('examples/react with React 18, without the wrappers', () => {
  it('gives the wizard "[object Object]" attributes instead of the session and reports', async () => {
    const example = (await loadExample('/examples/react/dist/react18.js', 'npm run examples:build')) as FrameworkExample;
    const container = document.createElement('div');
    document.body.append(container);
    const errors: unknown[][] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(args); // React 18's warnings about the props
    const unmount = example.mount(container, { ...session561, finaliseSession: async () => {} });
    try {
      await waitUntil(() => container.querySelector('pix-finalise-wizard'), 'rendered');
      const wizard = container.querySelector('pix-finalise-wizard') as PixFinaliseWizard;
      await wizard.updateComplete;
      expect(wizard.getAttribute('session')).to.equal('[object Object]');
      expect(wizard.getAttribute('reports')).to.equal('[object Object],[object Object],[object Object]');
      expect(wizard.session).to.equal(undefined);
      expect(wizard.reports).to.equal(undefined);
      expect(text(wizard.shadowRoot!)).not.to.contain('Finaliser la session 561');
    } finally {
      console.error = error;
      unmount();
      container.remove();
    }
  });
});
