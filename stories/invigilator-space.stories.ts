import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/pix-invigilator-space.js';
import type { PixInvigilatorSpace } from '../src/components/invigilator-space/invigilator-space.js';
import type { Session, SupervisedCandidate } from '../src/state/schemas.js';

const session: Session = {
  id: 12345,
  address: 'Collège Victor Hugo',
  room: 'Salle B12',
  examiner: 'Mme Durand',
  date: '2026-11-30',
  time: '09:00',
  accessCode: 'FAPX94',
  status: 'created',
  version: 3,
  hasExpired: false,
};

/** Today at hh:mm, local time. */
function at(hours: number, minutes: number): string {
  const moment = new Date();
  moment.setHours(hours, minutes, 0, 0);
  return moment.toISOString();
}

const base = { birthdate: '2011-04-02', authorizedToStart: false, assessmentStatus: null } as const;

/** One candidate in each status: waiting, present, doing the test, past the duration, with each alert, finished. */
const everyStatus: SupervisedCandidate[] = [
  { ...base, id: 1, userId: 101, firstName: 'Linh', lastName: 'Nguyen' },
  { ...base, id: 2, userId: 102, firstName: 'Élodie', lastName: "D'Arcy", authorizedToStart: true, extraTimePercentage: 0.3 },
  {
    ...base,
    id: 3,
    userId: 103,
    firstName: 'Jean-Luc',
    lastName: 'Martin',
    authorizedToStart: true,
    assessmentStatus: 'started',
    startDateTime: at(9, 5),
    theoricalEndDateTime: at(10, 50),
  },
  {
    ...base,
    id: 4,
    userId: 104,
    firstName: 'Inès',
    lastName: 'Moreau',
    authorizedToStart: true,
    assessmentStatus: 'started',
    subscription: 'DROIT',
    startDateTime: at(9, 0),
    hasExceededCertificationDuration: true,
  },
  {
    ...base,
    id: 5,
    userId: 105,
    firstName: 'Chloé',
    lastName: 'Bernard',
    authorizedToStart: true,
    assessmentStatus: 'started',
    startDateTime: at(9, 10),
    theoricalEndDateTime: at(10, 55),
    challengeLiveAlert: { status: 'ongoing', hasImage: true },
  },
  {
    ...base,
    id: 6,
    userId: 106,
    firstName: 'Omar',
    lastName: 'Diallo',
    authorizedToStart: true,
    assessmentStatus: 'started',
    startDateTime: at(9, 12),
    theoricalEndDateTime: at(10, 57),
    companionLiveAlert: { status: 'ongoing' },
  },
  {
    ...base,
    id: 7,
    userId: 107,
    firstName: 'Ada',
    lastName: 'Lovelace',
    authorizedToStart: true,
    assessmentStatus: 'completed',
    subscription: 'CLEA',
    isStillEligibleToDoubleCertification: false,
  },
];

/** A host that accepts every hand-over after a short while, as Pix's API would. */
function acceptAll(event: Event): void {
  const handover = event as Event & { respondWith?: (promise: Promise<unknown>) => void };
  handover.respondWith?.(new Promise((resolve) => setTimeout(resolve, 600)));
}

interface Args {
  session: Session | null;
  candidates: SupervisedCandidate[];
  lang: 'fr' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/pix-invigilator-space',
  component: 'pix-invigilator-space',
  args: { session, candidates: everyStatus, lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  parameters: { layout: 'padded' },
  render: (args) => html`<div lang=${args.lang}>
    <pix-invigilator-space
      .session=${args.session}
      .candidates=${args.candidates}
      @pix-invigilator-login=${acceptAll}
      @pix-candidate-authorize=${acceptAll}
      @pix-candidate-resume=${acceptAll}
      @pix-candidate-end=${acceptAll}
      @pix-live-alert-validate=${acceptAll}
      @pix-live-alert-dismiss=${acceptAll}
      @pix-companion-alert-clear=${acceptAll}
    ></pix-invigilator-space>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Login: Story = { name: 'Login form', args: { session: null } };

export const EveryStatus: Story = { name: 'A session with a candidate in each status' };

export const English: Story = { name: 'In English', args: { lang: 'en' } };

export const Empty: Story = { name: 'No candidate', args: { candidates: [] } };

export const LiveAlert: Story = {
  name: 'A live alert to handle',
  args: { candidates: everyStatus.filter((candidate) => candidate.id === 5 || candidate.id === 3) },
};

/**
 * A live session: every 5 seconds the host polls and gives a new list (a candidate starts,
 * another finishes, a third raises an alert). Focus, the search, an open menu or dialog stay
 * put, and each change of status is announced once.
 */
export const LiveSession: Story = {
  name: 'A live session (a poll every 5 seconds)',
  render: (args) => {
    const candidates = everyStatus.map((candidate) => ({ ...candidate }));
    let tick = 0;
    let started = false;
    const start = (element: PixInvigilatorSpace) => {
      if (started) return;
      started = true;
      const timer = setInterval(() => {
        if (!element.isConnected) {
          clearInterval(timer);
          return;
        }
        tick += 1;
        const next = candidates.map((candidate) => ({ ...candidate }));
        const waiting = next.find((candidate) => candidate.assessmentStatus === null);
        if (tick % 3 === 1 && waiting) Object.assign(waiting, { assessmentStatus: 'started', startDateTime: new Date().toISOString() });
        const playing = next.filter((candidate) => candidate.assessmentStatus === 'started' && !candidate.challengeLiveAlert);
        if (tick % 3 === 2 && playing[0]) playing[0].challengeLiveAlert = { status: 'ongoing', isFocus: true };
        if (tick % 3 === 0 && playing[1]) playing[1].assessmentStatus = 'completed';
        candidates.splice(0, candidates.length, ...next);
        element.candidates = next;
      }, 5000);
    };
    return html`<div lang=${args.lang}>
      <pix-invigilator-space
        .session=${args.session}
        .candidates=${candidates}
        ${ref((element) => element && start(element as PixInvigilatorSpace))}
        @pix-candidate-authorize=${acceptAll}
        @pix-candidate-resume=${acceptAll}
        @pix-candidate-end=${acceptAll}
        @pix-live-alert-validate=${acceptAll}
        @pix-live-alert-dismiss=${acceptAll}
        @pix-companion-alert-clear=${acceptAll}
      ></pix-invigilator-space>
    </div>`;
  },
};
