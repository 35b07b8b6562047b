import { expect, waitUntil } from '@open-wc/testing';
import type { createElement as CreateElement } from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type * as Wrappers from '../../src/react.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { button, selectOption, text } from '../helpers/dom.js';
import { loadExample, walkThroughExample, type FrameworkExample } from './drive-example.js';

/** What examples/react-wrappers/main.tsx exports besides `mount`. */
interface WrappersExample extends FrameworkExample {
  reactVersion: string;
  wrappers: typeof Wrappers;
  createElement: typeof CreateElement;
  createRoot: typeof CreateRoot;
}

/** Renders `element` with the example's React; returns the container and a function that unmounts it. */
function render(example: WrappersExample, element: ReturnType<typeof CreateElement>): { container: HTMLElement; unmount(): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = example.createRoot(container);
  root.render(element);
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

// examples/react-wrappers/FinaliseSession.tsx (pix-certif-elements/react), bundled by
// `npm run examples:build` with React 19 (the root's) and with React 18 (examples/react18).
for (const major of ['19', '18']) {
  describe(`examples/react-wrappers (pix-certif-elements/react, React ${major})`, () => {
    const path = `/examples/react-wrappers/dist/react${major}.js`;

    const load = async () => (await loadExample(path, 'npm run examples:build')) as WrappersExample;

    it(`runs React ${major}`, async () => {
      expect((await load()).reactVersion.split('.')[0]).to.equal(major);
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

    it("AbandonReason's onChange gets the element's change event when a person picks a reason", async () => {
      const example = await load();
      const changes: Event[] = [];
      const { container, unmount } = render(
        example,
        example.createElement(example.wrappers.AbandonReason, { value: '', onChange: (event: Event) => changes.push(event) }),
      );
      try {
        await waitUntil(() => container.querySelector('pix-abandon-reason')?.shadowRoot?.querySelector('select'), 'rendered');
        const reason = container.querySelector('pix-abandon-reason') as PixAbandonReason;
        selectOption(reason.shadowRoot!.querySelector('select')!, 'technical');
        expect(changes.map((event) => [event.type, (event.target as PixAbandonReason).value])).to.deep.equal([['change', 'technical']]);
      } finally {
        unmount();
      }
    });

    it('CandidateReport takes its report as a property, and onClose runs when its dialog closes', async () => {
      const example = await load();
      let closes = 0;
      const report = session561.reports[0]!;
      const { container, unmount } = render(
        example,
        example.createElement(example.wrappers.CandidateReport, { report, open: true, onClose: () => (closes += 1) }),
      );
      try {
        await waitUntil(() => container.querySelector('pix-candidate-report')?.shadowRoot?.querySelector('dialog'), 'rendered');
        const element = container.querySelector('pix-candidate-report') as PixCandidateReport;
        expect(element.report).to.equal(report);
        expect(text(element.shadowRoot!)).to.contain('Marion Cotillon');
        button(element, 'Annuler').click();
        await waitUntil(() => closes === 1, 'onClose ran');
      } finally {
        unmount();
      }
    });

    it("SessionDetails' onPixSessionEdit gets the typed event", async () => {
      const example = await load();
      const sessionIds: number[] = [];
      const { container, unmount } = render(
        example,
        example.createElement(example.wrappers.SessionDetails, {
          session: session296.session,
          onPixSessionEdit: (event) => sessionIds.push(event.detail.sessionId),
        }),
      );
      try {
        await waitUntil(() => container.querySelector('pix-session-details')?.shadowRoot?.querySelector('button'), 'rendered');
        button(container.querySelector('pix-session-details')!, 'Modifier').click();
        expect(sessionIds).to.deep.equal([296]);
      } finally {
        unmount();
      }
    });

    it("SessionDetails' onPixCandidateDelete gets the typed event of today's candidates tab", async () => {
      const example = await load();
      const deleted: number[] = [];
      const candidate = { id: 7, lastName: 'Lovelace', firstName: 'Ada', birthdate: '2008-12-10', subscription: 'CORE' as const };
      const { container, unmount } = render(
        example,
        example.createElement(example.wrappers.SessionDetails, {
          session: { ...session296.session, accessCode: 'BXGH34' },
          candidates: [candidate],
          edition: 'current',
          tab: 'candidates',
          onPixCandidateDelete: (event) => {
            deleted.push(event.detail.candidateId);
            event.respondWith(Promise.resolve());
          },
        }),
      );
      try {
        await waitUntil(() => container.querySelector('pix-session-details')?.shadowRoot?.querySelector('button.delete'), 'rendered');
        const details = container.querySelector('pix-session-details')!;
        button(details, 'Supprimer le candidat Ada Lovelace').click();
        await waitUntil(() => details.shadowRoot!.querySelector('dialog')?.open, 'confirmation open');
        (details.shadowRoot!.querySelector('dialog .confirm') as HTMLButtonElement).click();
        expect(deleted).to.deep.equal([7]);
      } finally {
        unmount();
      }
    });

    it('SessionForm\'s and StudentEnrolment\'s onPixNavigate get the typed event of "Retour à la session" on a finalised session', async () => {
      const example = await load();
      const finalised = { ...session296.session, status: 'finalized' as const };
      const targets: unknown[] = [];
      const { container, unmount } = render(
        example,
        example.createElement('div', null, [
          example.createElement(example.wrappers.SessionForm, {
            key: 'form',
            session: finalised,
            onPixNavigate: (event) => targets.push(event.detail),
          }),
          example.createElement(example.wrappers.StudentEnrolment, {
            key: 'picker',
            session: finalised,
            students: [],
            onPixNavigate: (event) => targets.push(event.detail),
          }),
        ]),
      );
      try {
        for (const tag of ['pix-session-form', 'pix-student-enrolment']) {
          await waitUntil(() => container.querySelector(tag)?.shadowRoot?.querySelector('button.back'), `${tag} rendered`);
          button(container.querySelector(tag)!, 'Retour à la session').click();
        }
        expect(targets).to.deep.equal([
          { to: 'session-details', sessionId: 296 },
          { to: 'session-details', sessionId: 296 },
        ]);
      } finally {
        unmount();
      }
    });
  });
}

// Why the wrappers: examples/react/FinaliseSession.tsx (written for React 19, no wrapper) bundled
// with React 18. React 18 sets every prop of a custom element as an attribute (objects become the
// string "[object Object]") and does not add listeners for custom events.
describe('examples/react with React 18, without the wrappers', () => {
  it('gives the wizard "[object Object]" attributes instead of the session and reports, and listens to none of its events', async () => {
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
      // Nor does React 18 listen to onpix-draft-change: the host's status stays as it was.
      wizard.dispatchEvent(new CustomEvent('pix-draft-change', { detail: { sessionId: 561, reports: [] }, bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text(container.querySelector('.host-status'))).to.equal('Aucune modification.');
    } finally {
      console.error = error;
      unmount();
      container.remove();
    }
  });
});
