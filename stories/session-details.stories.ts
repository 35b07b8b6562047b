import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-session-details.js';
import type { Candidate, Session } from '../src/state/schemas.js';
import type { Edition } from '../src/state/constants.js';
import type { PixSessionDetails } from '../src/components/session-details/session-details.js';
import type { PixHandoverEvent } from '../src/events/handover-event.js';
import { session296 } from '../test/fixtures/guide-sessions.js';

/** Within 48 hours of session 296's start (2020-12-14 12:00), so the reminder shows. */
const NOW_296 = '2020-12-14T15:00';

// The guide's three candidates of session 296 (their birth dates and classes are not in the guide).
const candidates296: Candidate[] = [
  { id: 1, lastName: 'Bernier', firstName: 'Faye', birthdate: '2006-03-05', division: '3A' },
  { id: 2, lastName: 'DOE', firstName: 'Jane', birthdate: '2005-07-21', division: '3B' },
  { id: 3, lastName: 'Lovelace', firstName: 'Ada', birthdate: '2005-12-10', division: '3B' },
];

const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent'];
const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Emma', 'Gabriel', 'Inès', 'Jules', 'Manon', 'Arthur', 'Jade', 'Nathan', 'Zoé'];

/** A full session: 36 pupils of three classes, given in no particular order. */
const manyCandidates: Candidate[] = Array.from({ length: 36 }, (_, index) => ({
  id: 100 + index,
  lastName: LAST_NAMES[(index * 7) % LAST_NAMES.length]!,
  firstName: FIRST_NAMES[(index * 5) % FIRST_NAMES.length]!,
  birthdate: `2006-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
  division: ['3A', '3B', '3C'][index % 3]!,
  hasStarted: index % 4 !== 0,
}));

interface Args {
  session: unknown;
  candidates: unknown;
  reports: unknown;
  now: string;
  tab: 'details' | 'candidates';
  headingLevel: number;
  edition?: Edition;
  /** How the host answers a candidate's deletion or adjustment (edition "current"). */
  answer: Answer;
}

type Answer = 'success' | '403' | 'failure' | 'never';

/** Plays the host: answers `pix-candidate-delete` and `pix-candidate-update` after 20 ms as `answer` says. */
function host(answer: Answer) {
  return (event: PixHandoverEvent<unknown>) => {
    event.respondWith(
      answer === 'never'
        ? new Promise(() => {})
        : new Promise((resolve, reject) =>
            setTimeout(() => (answer === 'success' ? resolve(undefined) : reject({ status: answer === '403' ? 403 : 500 })), 20),
          ),
    );
  };
}

const meta: Meta<Args> = {
  title: 'Elements/pix-session-details',
  component: 'pix-session-details',
  args: {
    session: session296.session,
    candidates: candidates296,
    reports: [],
    now: NOW_296,
    tab: 'details',
    headingLevel: 1,
    answer: 'success',
  },
  argTypes: {
    tab: { control: 'inline-radio', options: ['details', 'candidates'] },
    answer: { control: 'inline-radio', options: ['success', '403', 'failure', 'never'] },
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { layout: 'padded' },
  render: (args) => html`<pix-session-details
    edition=${ifDefined(args.edition)}
    .session=${args.session}
    .candidates=${args.candidates}
    .reports=${args.reports}
    now=${args.now}
    tab=${args.tab}
    heading-level=${args.headingLevel}
    timeout="10000"
    @pix-candidate-delete=${host(args.answer)}
    @pix-candidate-update=${host(args.answer)}
  ></pix-session-details>`,
};
export default meta;
type Story = StoryObj<Args>;

export const BeforeStart: Story = { name: 'Before the start: "Modifier"' };

export const AfterStart: Story = {
  name: 'After the start: "Finaliser la session"',
  args: { reports: session296.reports },
};

export const Finalised: Story = {
  name: 'Finalised',
  args: { session: { ...session296.session, status: 'finalized' }, reports: session296.reports },
};

export const ResultsSent: Story = {
  name: 'Results sent by Pix',
  args: {
    session: { ...session296.session, status: 'processed', description: 'Deux élèves en tiers temps.' },
    reports: session296.reports,
  },
};

export const DeadlinePassed: Story = {
  name: 'Past the 48-hour deadline',
  args: { reports: session296.reports, now: '2020-12-17T09:00' },
};

export const CandidatesTab: Story = { name: 'Candidats tab', args: { tab: 'candidates' } };

export const ManyCandidates: Story = {
  name: 'Many candidates',
  args: {
    session: {
      ...session296.session,
      description: 'Trois classes de 3e ; deux élèves en tiers temps.\nSalle informatique au 2e étage.',
    },
    candidates: manyCandidates,
    tab: 'candidates',
  },
};

export const NoCandidates: Story = { name: 'No candidate yet', args: { candidates: [], tab: 'candidates' } };

export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { reports: session296.reports },
};

export const BadInput: Story = {
  name: 'Bad input: duplicate candidate ids',
  tags: ['expect-console-error'],
  args: { candidates: [candidates296[0], { ...candidates296[1], id: 1 }] },
};

// Edition "current": today's Pix Certif (pix-certif-today.md § 3).

/** A session of today's Pix Certif, with its invigilator password. */
const todaySession: Session = {
  ...session296.session,
  date: '2026-01-12',
  time: '14:30',
  accessCode: 'BXGH34',
  invigilatorPassword: 'K7P2X',
  description: 'Salle informatique au 2e étage.',
};

export const TodayBeforeStart: Story = {
  name: 'Today: before the start, "Modifier"',
  args: { edition: 'current', session: todaySession, now: '2026-01-12T09:00' },
};

export const TodayAfterStart: Story = {
  name: 'Today: after the start, "Finaliser la session"',
  args: { edition: 'current', session: todaySession, reports: session296.reports, now: '2026-01-12T16:00' },
};

export const TodayFinalised: Story = {
  name: 'Today: finalised',
  args: { edition: 'current', session: { ...todaySession, status: 'finalized' }, reports: session296.reports },
};

export const TodayCopied: Story = {
  name: 'Today: the access code just copied',
  args: { edition: 'current', session: todaySession },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('pix-session-details')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Copier le code d’accès à la session"]')?.click();
  },
};

export const TodayNoPasswordNoCandidate: Story = {
  name: 'Today: no invigilator password, no candidate',
  args: { edition: 'current', session: { ...todaySession, invigilatorPassword: undefined, description: null, version: 3 }, candidates: [] },
};

export const TodayCandidatesTab: Story = {
  name: 'Today: Candidats tab',
  args: { edition: 'current', session: todaySession, tab: 'candidates' },
};

export const TodayEnglish: Story = {
  name: 'Today: English',
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { edition: 'current', session: todaySession, reports: session296.reports },
};

// Edition "current": today's candidates tab, SCO layout (pix-certif-today.md § 4).

/** A class of today's Pix Certif: extra time, an adjustment, a CléA candidate, one who joined. */
const todayCandidates: Candidate[] = [
  {
    id: 1,
    lastName: 'Lovelace',
    firstName: 'Ada',
    birthdate: '2008-12-10',
    birthCity: 'Londres',
    birthCountry: 'ROYAUME-UNI',
    extraTimePercentage: 0.3,
    accessibilityAdjustmentNeeded: true,
  },
  { id: 2, lastName: 'Bernier', firstName: 'Faye', birthdate: '2008-03-05', birthCity: 'Lyon', birthCountry: 'FRANCE', isLinked: true },
  {
    id: 3,
    lastName: 'Dubois',
    firstName: 'Hugo',
    birthdate: '2009-01-31',
    birthCity: 'Nantes',
    birthCountry: 'FRANCE',
    subscription: 'CLEA',
  },
  {
    id: 4,
    lastName: 'Zola',
    firstName: 'Émile',
    birthdate: '2008-04-02',
    birthCity: 'Paris',
    birthCountry: 'FRANCE',
    extraTimePercentage: 0.5,
  },
];

const todayTab = { edition: 'current', session: todaySession, candidates: todayCandidates, tab: 'candidates' } as const;

async function detailsIn(canvasElement: HTMLElement): Promise<PixSessionDetails> {
  const element = canvasElement.querySelector('pix-session-details')!;
  await element.updateComplete;
  return element;
}

function part(element: PixSessionDetails, selector: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

/** Opens the dialog of `action` for Ada Lovelace. */
async function openDialog(canvasElement: HTMLElement, action: 'edit' | 'delete'): Promise<PixSessionDetails> {
  const element = await detailsIn(canvasElement);
  part(element, `button.${action}[data-candidate="1"]`).click();
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

/** Opens the dialog of `action`, confirms it and waits for the host's answer. */
async function confirmDialog(canvasElement: HTMLElement, action: 'edit' | 'delete'): Promise<void> {
  const element = await openDialog(canvasElement, action);
  if (action === 'edit') part(element, 'dialog input[type="checkbox"]').click();
  part(element, 'dialog .confirm').click();
  await new Promise((resolve) => setTimeout(resolve, 60));
  await element.updateComplete;
}

const dialogHeight = { docs: { story: { height: '560px' } } };

export const TodayCandidatesList: Story = { name: 'Today: candidates, the SCO list', args: todayTab };

export const TodayNoCandidateSco: Story = {
  name: 'Today: no candidate yet, "Inscrivez des élèves"',
  args: { ...todayTab, candidates: [] },
};

export const TodayEnrolmentRefused: Story = {
  name: 'Today: finalised, "En attente de candidats" and enrolment refused (tooltip)',
  args: { ...todayTab, session: { ...todaySession, status: 'finalized' }, candidates: [] },
  play: async ({ canvasElement }) => {
    const element = await detailsIn(canvasElement);
    part(element, '.enrol').focus();
    await element.updateComplete;
  },
};

export const TodayExpired: Story = {
  name: 'Today: expired, the list with enrolment refused',
  args: { ...todayTab, session: { ...todaySession, hasExpired: true } },
};

export const TodayCandidateJoined: Story = {
  name: 'Today: a candidate who joined cannot be deleted (tooltip)',
  args: todayTab,
  play: async ({ canvasElement }) => {
    const element = await detailsIn(canvasElement);
    part(element, 'button.delete[data-candidate="2"]').focus();
    await element.updateComplete;
  },
};

export const TodayEditDialog: Story = {
  name: 'Today: editing the accessibility adjustment',
  args: todayTab,
  parameters: dialogHeight,
  play: async ({ canvasElement }) => void (await openDialog(canvasElement, 'edit')),
};

export const TodayEditSending: Story = {
  name: 'Today: editing, sending',
  args: { ...todayTab, answer: 'never' },
  parameters: dialogHeight,
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'edit'),
};

export const TodayEditSuccess: Story = {
  name: 'Today: editing, success',
  args: todayTab,
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'edit'),
};

export const TodayEditFailure: Story = {
  name: 'Today: editing, failure',
  args: { ...todayTab, answer: 'failure' },
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'edit'),
};

export const TodayDeleteConfirmation: Story = {
  name: 'Today: deleting a candidate, the confirmation',
  args: todayTab,
  parameters: dialogHeight,
  play: async ({ canvasElement }) => void (await openDialog(canvasElement, 'delete')),
};

export const TodayDeleteSending: Story = {
  name: 'Today: deleting, sending',
  args: { ...todayTab, answer: 'never' },
  parameters: dialogHeight,
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'delete'),
};

export const TodayDeleteSuccess: Story = {
  name: 'Today: deleting, success',
  args: todayTab,
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'delete'),
};

export const TodayDeleteJoined: Story = {
  name: 'Today: deleting, 403 (already joined)',
  args: { ...todayTab, answer: '403' },
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'delete'),
};

export const TodayDeleteFailure: Story = {
  name: 'Today: deleting, any other failure',
  args: { ...todayTab, answer: 'failure' },
  play: async ({ canvasElement }) => confirmDialog(canvasElement, 'delete'),
};

export const TodayCandidatesEnglish: Story = {
  name: 'Today: candidates in English',
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: todayTab,
};

export const TodayBadCandidate: Story = {
  name: 'Today: bad input, extra time as text',
  tags: ['expect-console-error'],
  args: { ...todayTab, candidates: [{ ...todayCandidates[0], extraTimePercentage: '30 %' }] },
};
