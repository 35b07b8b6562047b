import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../src/components/finalise-wizard/finalise-wizard.js';
import type { PixFinaliseEvent } from '../src/events/finalisation-events.js';
import { session296, session561 } from '../test/fixtures/guide-sessions.js';

/** A moment within 48 hours of each guide session's start, so the reminder shows. */
const NOW_296 = '2020-12-14T15:00';
const NOW_561 = '2021-01-18T11:00';

const reports561WithReports = session561.reports.map((report) =>
  report.certificationCourseId === 1202
    ? {
        ...report,
        issueReports: [
          { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null },
          { category: 'OTHER', subcategory: null, description: 'Alarme incendie à 10 h 12', questionNumber: null },
        ],
      }
    : report,
);

type Answer = 'success' | 'failure' | 'code' | 'restricted' | 'never';

interface Args {
  session: unknown;
  reports: unknown;
  catalogue?: '2021' | '2022';
  /** Unset: the guide's edition ("2021"). */
  edition?: '2021' | 'current';
  noEndScreenCheck: boolean;
  now: string;
  draft?: unknown;
  answer: Answer;
  delay: number;
}

/** Plays the host: answers `pix-finalise` after `delay` ms as `answer` says. */
function host(answer: Answer, delay: number) {
  return (event: PixFinaliseEvent) => {
    if (answer === 'never') {
      event.respondWith(new Promise(() => {}));
      return;
    }
    event.respondWith(
      new Promise((resolve, reject) =>
        setTimeout(() => {
          if (answer === 'success') resolve(undefined);
          else if (answer === 'code') reject({ code: 'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE' });
          else if (answer === 'restricted') reject({ code: 'SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED' });
          else reject(new Error('Le service Pix Certif est indisponible (503).'));
        }, delay),
      ),
    );
  };
}

const meta: Meta<Args> = {
  title: 'Elements/pix-finalise-wizard',
  component: 'pix-finalise-wizard',
  args: {
    session: session561.session,
    reports: session561.reports,
    catalogue: '2021',
    noEndScreenCheck: false,
    now: NOW_561,
    answer: 'success',
    delay: 800,
  },
  argTypes: {
    catalogue: { control: 'inline-radio', options: ['2021', '2022'] },
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
    answer: { control: 'inline-radio', options: ['success', 'failure', 'code', 'restricted', 'never'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => html`<pix-finalise-wizard
    .session=${args.session}
    .reports=${args.reports}
    .draft=${args.draft}
    catalogue=${ifDefined(args.catalogue)}
    edition=${ifDefined(args.edition)}
    ?no-end-screen-check=${args.noEndScreenCheck}
    now=${args.now}
    timeout="5000"
    @pix-finalise=${host(args.answer, args.delay)}
  ></pix-finalise-wizard>`,
};
export default meta;
type Story = StoryObj<Args>;

async function wizardIn(canvasElement: HTMLElement): Promise<PixFinaliseWizard> {
  const wizard = canvasElement.querySelector('pix-finalise-wizard')!;
  await wizard.updateComplete;
  return wizard;
}

export const Session561: Story = { name: 'Session 561: unfinished certifications' };

export const Session296: Story = {
  name: 'Session 296: all finished',
  args: { session: session296.session, reports: session296.reports, now: NOW_296 },
};

export const WithIssueReports: Story = { name: 'With issue reports', args: { reports: reports561WithReports } };

export const MissingReasons: Story = {
  name: 'Valider with missing reasons',
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.validate')!.click();
    await wizard.updateComplete;
  },
};

const filledDraft = {
  sessionId: 561,
  reports: [
    { certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
    { certificationCourseId: 1200, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
    { certificationCourseId: 1202, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
  ],
  commentMode: 'incident',
  comment: 'Coupure du réseau de 10 h à 10 h 20 ; les candidats ont repris ensuite.',
  documents: { certificationCenterName: 'Collège Anne Frank', sessionNumber: '561', comment: '' },
};

export const Confirmation: Story = {
  name: 'Confirmation (an end screen unticked)',
  args: { draft: filledDraft },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.validate')!.click();
    await wizard.updateComplete;
  },
};

export const Sending: Story = {
  name: 'Sending (the host has not answered yet)',
  args: { draft: filledDraft, answer: 'never' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.validate')!.click();
    await wizard.updateComplete;
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await wizard.updateComplete;
  },
};

export const HostFailure: Story = {
  name: 'Host failure (its own message), retry possible',
  args: { draft: filledDraft, answer: 'failure', delay: 10 },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.validate')!.click();
    await wizard.updateComplete;
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
};

export const HostErrorCode: Story = {
  name: 'Host failure with a known code',
  args: { draft: filledDraft, answer: 'code', delay: 10 },
  play: HostFailure.play,
};

export const Success: Story = {
  name: 'Success: read-only',
  args: { draft: filledDraft, answer: 'success', delay: 10 },
  play: HostFailure.play,
};

export const AlreadyFinalised: Story = {
  name: 'Session already finalised',
  args: { session: { ...session561.session, status: 'finalized' }, reports: reports561WithReports },
};

export const DeadlinePassed: Story = { name: 'Past the 48-hour deadline', args: { now: '2021-01-21T10:00' } };

export const NoEndScreenColumn: Story = {
  name: 'Without the end-screen column',
  args: { session: session296.session, reports: session296.reports, now: NOW_296, noEndScreenCheck: true },
};

export const Catalogue2022: Story = {
  name: 'Catalogue 2022',
  args: {
    catalogue: '2022',
    reports: session561.reports.map((report) =>
      report.certificationCourseId === 1202
        ? { ...report, issueReports: [{ category: 'FRAUD', subcategory: null, description: null, questionNumber: null }] }
        : report,
    ),
  },
};

export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { reports: reports561WithReports },
};

export const BadInput: Story = {
  name: 'Bad input: duplicate certification numbers',
  tags: ['expect-console-error'],
  args: { reports: [session561.reports[0], session561.reports[0]] },
};

// Edition "current": Pix Certif as it is today (pix-certif-today.md § 1). The edition's own
// catalogue applies (no `catalogue` attribute).

/** Today's page lists by name: the host's order does not matter. */
const currentReports = [
  ...session561.reports.map((report) =>
    report.certificationCourseId === 1202
      ? {
          ...report,
          issueReports: [
            { category: 'SIGNATURE_ISSUE', subcategory: null, description: 'A signé sur la ligne de sa voisine', questionNumber: null },
            {
              category: 'NON_BLOCKING_CANDIDATE_ISSUE',
              subcategory: null,
              description: 'Arrivé avec 10 minutes de retard',
              questionNumber: null,
            },
          ],
        }
      : report,
  ),
  { certificationCourseId: 1201, lastName: 'Écuyer', firstName: 'Léa', isCompleted: false },
  { certificationCourseId: 1203, lastName: 'Bernier', firstName: 'Faye', isCompleted: true },
];

const currentDraft = {
  sessionId: 561,
  edition: 'current',
  reports: [
    { certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
    { certificationCourseId: 1200, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
    { certificationCourseId: 1201, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
  ],
  hasIncident: true,
  hasJoiningIssue: true,
};

async function finaliseCurrent({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const wizard = await wizardIn(canvasElement);
  wizard.shadowRoot!.querySelector<HTMLButtonElement>('.finalise')!.click();
  await wizard.updateComplete;
  wizard.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')?.click();
  await wizard.updateComplete;
}

export const CurrentUnfinished: Story = {
  name: 'Edition "current": unfinished certifications',
  args: { edition: 'current', catalogue: undefined, reports: currentReports },
};

export const CurrentAllFinished: Story = {
  name: 'Edition "current": all finished',
  args: { edition: 'current', catalogue: undefined, session: session296.session, reports: session296.reports, now: NOW_296 },
};

export const CurrentMissingReasons: Story = {
  name: 'Edition "current": Finaliser with missing reasons',
  args: { edition: 'current', catalogue: undefined, reports: currentReports },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.finalise')!.click();
    await wizard.updateComplete;
  },
};

export const CurrentConfirmation: Story = {
  name: 'Edition "current": confirmation',
  args: { edition: 'current', catalogue: undefined, reports: currentReports, draft: currentDraft, answer: 'never' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.finalise')!.click();
    await wizard.updateComplete;
  },
};

export const CurrentSuccess: Story = {
  name: 'Edition "current": success, read-only',
  args: { edition: 'current', catalogue: undefined, reports: currentReports, draft: currentDraft, answer: 'success', delay: 10 },
  play: finaliseCurrent,
};

export const CurrentFailure: Story = {
  name: 'Edition "current": failure with a known code',
  args: { edition: 'current', catalogue: undefined, reports: currentReports, draft: currentDraft, answer: 'restricted', delay: 10 },
  play: finaliseCurrent,
};

export const CurrentAlreadyFinalised: Story = {
  name: 'Edition "current": session already finalised',
  args: { edition: 'current', catalogue: undefined, session: { ...session561.session, status: 'finalized' }, reports: currentReports },
};

export const CurrentNotStarted: Story = {
  name: 'Edition "current": no certification started',
  args: { edition: 'current', catalogue: undefined, reports: [] },
};

export const CurrentEnglish: Story = {
  name: 'Edition "current": English',
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { edition: 'current', catalogue: undefined, reports: currentReports },
};
