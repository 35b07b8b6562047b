import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/pix-candidate-report.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../src/events/issue-report-events.js';
import { session296 } from '../test/fixtures/guide-sessions.js';

const kirokov = { certificationCourseId: 87618, firstName: 'Manuel', lastName: 'Kirokov', isCompleted: true };
const withReports = {
  ...kirokov,
  issueReports: [
    {
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      subcategory: 'NAME_OR_BIRTHDATE',
      description: "Erreur sur l'orthographe du nom du candidat, c'est Kirkove et non Kirokov",
      questionNumber: null,
    },
    { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: null, questionNumber: 12 },
  ],
};

interface Args {
  catalogue: '2021' | '2022';
  sessionVersion: 2 | 3;
  stayOpen: boolean;
  readonly: boolean;
  report: unknown;
}

/** Opens the dialog and, when given, picks a category (and subcategory) as a person would. */
function choose(category?: string, subcategory?: string, validate = false) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector('pix-candidate-report')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    if (category) {
      root.querySelector<HTMLInputElement>(`input[name="category"][value="${category}"]`)?.click();
      await element.updateComplete;
    }
    if (subcategory) {
      const radio = root.querySelector<HTMLInputElement>(`input[name="subcategory"][value="${subcategory}"]`);
      if (radio) radio.click();
      const select = root.querySelector<HTMLSelectElement>('select');
      if (select) {
        select.value = subcategory;
        select.dispatchEvent(new Event('change'));
      }
      await element.updateComplete;
    }
    if (validate) {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await element.updateComplete;
    }
  };
}

const meta: Meta<Args> = {
  title: 'Elements/pix-candidate-report',
  component: 'pix-candidate-report',
  args: { catalogue: '2021', sessionVersion: 2, stayOpen: false, readonly: false, report: kirokov },
  argTypes: {
    catalogue: { control: 'inline-radio', options: ['2021', '2022'] },
    sessionVersion: { control: 'inline-radio', options: [2, 3] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '720px' } } },
  render: (args) => html`<pix-candidate-report
    open
    .report=${args.report}
    catalogue=${args.catalogue}
    session-version=${args.sessionVersion}
    ?stay-open=${args.stayOpen}
    ?readonly=${args.readonly}
  ></pix-candidate-report>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Categories2021: Story = { name: 'Catalogue 2021: categories' };
export const A1TechnicalProblem: Story = { name: 'A1 Problème technique', play: choose('TECHNICAL_PROBLEM') };
export const A2Other: Story = { name: 'A2 Autre incident', play: choose('OTHER') };
export const C1NameOrBirthdate: Story = {
  name: 'C1-C2 Modification infos candidat (C1)',
  play: choose('CANDIDATE_INFORMATIONS_CHANGES', 'NAME_OR_BIRTHDATE'),
};
export const C3LeftExamRoom: Story = { name: 'C3-C4 Retard, absence ou départ (C3)', play: choose('LATE_OR_LEAVING', 'LEFT_EXAM_ROOM') };
export const C4SignatureIssue: Story = { name: 'C3-C4 Retard, absence ou départ (C4)', play: choose('LATE_OR_LEAVING', 'SIGNATURE_ISSUE') };
export const C5EndScreen: Story = { name: 'C5 Connexion et fin de test', play: choose('CONNECTION_OR_END_SCREEN') };
export const E1ToE7: Story = { name: 'E1-E7 Problème sur une question (E6)', play: choose('IN_CHALLENGE', 'LINK_NOT_WORKING') };
export const NoCategoryError: Story = { name: 'Error: no category', play: choose(undefined, undefined, true) };
export const FieldErrors: Story = { name: 'Errors: question number and type', play: choose('IN_CHALLENGE', undefined, true) };
export const DescriptionError: Story = { name: 'Error: description missing', play: choose('OTHER', undefined, true) };
export const ExistingReports: Story = { name: 'Existing reports (2 signalements)', args: { report: withReports } };
export const ReadOnly: Story = { name: 'Read-only (finalised session)', args: { report: withReports, readonly: true } };
export const Categories2022: Story = { name: 'Catalogue 2022: categories', args: { catalogue: '2022' } };
export const C6Fraud2022: Story = { name: '2022 C6 Suspicion de fraude', args: { catalogue: '2022' }, play: choose('FRAUD') };
export const C7NonBlocking2022: Story = {
  name: '2022 C7 Incident technique non bloquant',
  args: { catalogue: '2022' },
  play: choose('NON_BLOCKING_TECHNICAL_ISSUE'),
};
export const E12Version2: Story = {
  name: '2022 E1-E12 (version 2 session)',
  args: { catalogue: '2022' },
  play: choose('IN_CHALLENGE', 'ACCESSIBILITY_ISSUE'),
};
export const Version3Session2022: Story = { name: '2022, version 3 session (no E1-E12)', args: { catalogue: '2022', sessionVersion: 3 } };
export const GuideCandidate: Story = {
  name: 'A candidate of session 296',
  args: { report: session296.reports[0] },
};
export const English: Story = {
  render: () => html`<div lang="en"><pix-candidate-report open .report=${withReports}></pix-candidate-report></div>`,
  play: choose('IN_CHALLENGE', undefined, true),
};
export const DarkTheme: Story = {
  name: 'Custom dark theme',
  render: () => html`<style>
      .dark {
        --pix-neutral-0: #1b2333;
        --pix-neutral-20: #111827;
        --pix-neutral-900: #f4f5f7;
        --pix-neutral-500: #b6c0d0;
        --pix-primary-700: #cec3f4;
        --pix-primary-500: #957ee8;
        --pix-primary-100: #291a5d;
        --pix-error-700: #f3c0bc;
        --pix-info-50: #12316b;
        --pix-info-700: #bed4ff;
      }
    </style>
    <div class="dark"><pix-candidate-report open .report=${withReports}></pix-candidate-report></div>`,
  play: choose('OTHER', undefined, true),
};
// Edition "current": today's Pix Certif (its own catalogue, the list view first when the
// candidate has reports, saving and deleting at once).
const currentReports = {
  ...kirokov,
  issueReports: [
    { id: 31, ...withReports.issueReports[0]! },
    { id: 32, category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: null, questionNumber: 12 },
    { id: 33, category: 'NON_BLOCKING_TECHNICAL_ISSUE', subcategory: null, description: 'Ordinateur éteint', questionNumber: null },
  ],
};

/** Renders the dialog in edition "current"; `refuse` makes the host refuse every save and deletion. */
function current(report: unknown, options: { sessionVersion?: 2 | 3; lang?: 'fr' | 'en'; refuse?: boolean } = {}) {
  const refuse = (event: PixIssueReportAddEvent | PixIssueReportRemoveEvent) => {
    if (options.refuse) event.respondWith(Promise.reject(new Error('Le serveur a refusé')));
  };
  return () => html`<div lang=${options.lang ?? 'fr'}>
    <pix-candidate-report
      open
      edition="current"
      .report=${report}
      session-version=${options.sessionVersion ?? 2}
      @pix-issue-report-add=${refuse}
      @pix-issue-report-remove=${refuse}
    ></pix-candidate-report>
  </div>`;
}

/** Types a question number, as a person would. */
function typeQuestion(value: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector('pix-candidate-report')!;
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#question-number');
    if (input) {
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    }
    await element.updateComplete;
  };
}

function inSequence(...steps: Array<(context: { canvasElement: HTMLElement }) => Promise<void>>) {
  return async (context: { canvasElement: HTMLElement }) => {
    for (const step of steps) await step(context);
  };
}

export const CurrentForm: Story = { name: 'Current: the form (no report yet)', render: current(kirokov) };
export const CurrentList: Story = { name: 'Current: Mes signalements (3)', render: current(currentReports) };
export const CurrentListVersion3: Story = {
  name: 'Current: version 3 session (its E1-E12 report stays)',
  render: current(currentReports, { sessionVersion: 3 }),
};
export const CurrentC1: Story = {
  name: 'Current: C1-C2 (C1 preselected)',
  render: current(kirokov),
  play: choose('CANDIDATE_INFORMATIONS_CHANGES'),
};
export const CurrentC6: Story = { name: 'Current: C6 Suspicion de fraude', render: current(kirokov), play: choose('FRAUD') };
export const CurrentC7: Story = {
  name: 'Current: C7 Incident technique non bloquant',
  render: current(kirokov),
  play: choose('NON_BLOCKING_TECHNICAL_ISSUE'),
};
export const CurrentE1ToE12: Story = {
  name: 'Current: E1-E12, question 65 refused',
  render: current(kirokov),
  play: inSequence(choose('IN_CHALLENGE'), typeQuestion('65'), choose(undefined, undefined, true)),
};
export const CurrentNoCategory: Story = {
  name: 'Current: no category',
  render: current(kirokov),
  play: choose(undefined, undefined, true),
};
export const CurrentSaveRefused: Story = {
  name: 'Current: the host refuses the report',
  render: current(kirokov, { refuse: true }),
  play: choose('FRAUD', undefined, true),
};
export const CurrentDeleteRefused: Story = {
  name: 'Current: the host refuses the deletion',
  render: current(currentReports, { refuse: true }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('pix-candidate-report')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.existing .delete')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  },
};
export const CurrentEnglish: Story = { name: 'Current: English', render: current(currentReports, { lang: 'en' }) };
export const CurrentEnglishForm: Story = {
  name: 'Current: English form (C8)',
  render: current(kirokov, { lang: 'en' }),
  play: choose('NON_BLOCKING_CANDIDATE_ISSUE'),
};

export const BadInput: Story = {
  name: 'Bad input (error state)',
  tags: ['expect-console-error'],
  args: { report: { certificationCourseId: 'abc', firstName: 42 } },
};
