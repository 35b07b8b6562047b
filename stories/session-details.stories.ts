import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-session-details.js';
import type { Candidate, Session } from '../src/state/schemas.js';
import type { Edition } from '../src/state/constants.js';
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
  },
  argTypes: {
    tab: { control: 'inline-radio', options: ['details', 'candidates'] },
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
