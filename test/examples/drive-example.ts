// Shared by the framework example tests: mounts an example (built by `npm run build` into
// examples/<framework>/dist/main.js) with session 561 and walks the finalisation through it.
import { expect, waitUntil } from '@open-wc/testing';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { CertificationReport, FinalisationPayload, Session } from '../../src/state/schemas.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { $, button, selectOption, text } from '../helpers/dom.js';

/** What examples/react/main.tsx, examples/vue/main.js and examples/angular/src/main.ts export. */
export interface FrameworkExample {
  mount(
    container: HTMLElement,
    options: { session: Session; reports: CertificationReport[]; finaliseSession: (payload: FinalisationPayload) => Promise<unknown> },
  ): () => void;
}

export async function loadExample(path: string, buildCommand = 'npm run build'): Promise<FrameworkExample> {
  const response = await fetch(path, { method: 'HEAD' });
  expect(response.ok, `${path} is missing: run \`${buildCommand}\` first`).to.equal(true);
  return (await import(/* @vite-ignore */ path)) as FrameworkExample;
}

/** Console errors and warnings (React's and Vue's warnings about misuse go there). */
function recordConsole(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    messages.push(`error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    messages.push(`warn: ${args.map(String).join(' ')}`);
    warn.apply(console, args);
  };
  return { messages, restore: () => Object.assign(console, { error, warn }) };
}

export async function walkThroughExample(example: FrameworkExample): Promise<void> {
  const logs = recordConsole();
  const container = document.createElement('div');
  document.body.append(container);
  const sent: FinalisationPayload[] = [];
  const unmount = example.mount(container, {
    session: session561.session,
    reports: session561.reports,
    finaliseSession: async (payload) => {
      sent.push(payload);
    },
  });
  try {
    await waitUntil(() => container.querySelector('pix-finalise-wizard'), 'the example renders <pix-finalise-wizard>');
    const wizard = container.querySelector('pix-finalise-wizard') as PixFinaliseWizard;
    expect(wizard.constructor, 'the element is defined').to.not.equal(HTMLElement);
    await wizard.updateComplete;

    // The data went in as properties: the very same objects, no attribute.
    expect(wizard.session).to.equal(session561.session);
    expect(wizard.reports).to.equal(session561.reports);
    expect(wizard.hasAttribute('session') || wizard.hasAttribute('reports')).to.equal(false);
    expect(text($(wizard, 'h1'))).to.equal('Finaliser la session 561');
    const status = container.querySelector('.host-status')!;
    expect(text(status)).to.equal('Aucune modification.');

    // A person chooses the abandonment reasons: the host's typed pix-draft-change listener runs.
    const chooseReason = async (id: number, value: string, shown: string) => {
      const reason = $(wizard, `pix-abandon-reason[data-certification="${id}"]`);
      selectOption(reason.shadowRoot!.querySelector('select')!, value);
      await waitUntil(() => text(status) === shown, `the host shows "${shown}" (it shows "${text(status)}")`);
    };
    await chooseReason(1199, 'candidate', "Brouillon de la session 561 : 1 motif(s) d'abandon.");
    await chooseReason(1200, 'technical', "Brouillon de la session 561 : 2 motif(s) d'abandon.");

    // "Valider", then the confirmation: the host's pix-finalise listener hands the sending over.
    button(wizard, 'Valider').click();
    await wizard.updateComplete;
    button(wizard, 'Confirmer la finalisation').click();
    const done = 'Session 561 finalisée : 3 certifications transmises.';
    await waitUntil(() => text(status) === done, `the host shows "${done}" (it shows "${text(status)}")`);
    expect(sent).to.deep.equal([
      {
        sessionId: 561,
        examinerGlobalComment: null,
        hasIncident: false,
        hasJoiningIssue: false,
        certificationReports: [
          { certificationCourseId: 1199, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
          { certificationCourseId: 1200, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
          { certificationCourseId: 1202, isCompleted: true, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
        ],
      },
    ]);
    await waitUntil(() => wizard.shadowRoot!.querySelector('.outcome'), 'the wizard shows its outcome');
    expect(text($(wizard, '.outcome'))).to.equal('Les informations de la session ont été transmises avec succès.');
    expect(logs.messages, 'no warning from the framework').to.deep.equal([]);
  } finally {
    logs.restore();
    unmount();
    container.remove();
  }
}
