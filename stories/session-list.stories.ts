import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/pix-session-list.js';
import type { PixSessionList } from '../src/components/session-list/session-list.js';
import type { PixSessionDeleteEvent } from '../src/events/session-list-events.js';
import type { SessionSummary } from '../src/state/schemas.js';

const centre: SessionSummary[] = [
  {
    id: 561,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2026-01-18',
    time: '09:00',
    examiner: 'Paul Éluard',
    enrolledCandidatesCount: 24,
    effectiveCandidatesCount: 23,
    status: 'finalized',
  },
  {
    id: 296,
    address: 'Collège Anne Frank',
    room: 'CDI',
    date: '2025-12-14',
    time: '13:30',
    examiner: 'Mme Durand',
    enrolledCandidatesCount: 28,
    effectiveCandidatesCount: 28,
    status: 'processed',
  },
  {
    id: 612,
    address: 'Collège Anne Frank',
    room: 'Salle 104',
    date: '2026-03-20',
    time: '10:00',
    examiner: 'M. Martin',
    enrolledCandidatesCount: 3,
    effectiveCandidatesCount: 0,
    status: 'created',
  },
  {
    id: 598,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2026-02-03',
    time: '08:30',
    examiner: 'Paul Éluard',
    enrolledCandidatesCount: 26,
    effectiveCandidatesCount: 2,
    status: 'created',
  },
  {
    id: 577,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2026-01-25',
    time: '14:00',
    examiner: 'Paul Éluard',
    enrolledCandidatesCount: 25,
    effectiveCandidatesCount: 25,
    status: 'in_process',
  },
  {
    id: 620,
    address: 'Collège Anne Frank',
    room: 'Gymnase',
    date: '2026-04-02',
    time: '09:00',
    examiner: 'Mme Leroy',
    enrolledCandidatesCount: 0,
    effectiveCandidatesCount: 0,
    status: 'created',
  },
];

const STATUSES = ['created', 'finalized', 'in_process', 'processed'] as const;

/** `count` sessions over four years, most of them over (a big centre). */
function bigCentre(count: number): SessionSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2022, 0, 1) + index * 3 * 3600 * 1000);
    return {
      id: 1000 + index,
      address: `Lycée ${['Jean Moulin', 'Victor Hugo', 'Marie Curie'][index % 3]}`,
      room: `Salle ${100 + (index % 40)}`,
      date: day.toISOString().slice(0, 10),
      time: `${String(8 + (index % 9)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`,
      examiner: ['Paul Éluard', 'Mme Durand', 'M. Martin'][index % 3]!,
      enrolledCandidatesCount: 10 + (index % 25),
      effectiveCandidatesCount: index % 5 === 0 ? 0 : 10 + (index % 20),
      status: STATUSES[index % 4]!,
    };
  });
}

type Answer = 'success' | '404' | '409' | 'failure' | 'never';

interface Args {
  sessions: unknown;
  answer: Answer;
  delay: number;
}

/** Plays the host: answers `pix-session-delete` after `delay` ms as `answer` says. */
function host(answer: Answer, delay: number) {
  return (event: PixSessionDeleteEvent) => {
    if (answer === 'never') {
      event.respondWith(new Promise(() => {}));
      return;
    }
    event.respondWith(
      new Promise((resolve, reject) =>
        setTimeout(() => {
          if (answer === 'success') resolve(undefined);
          else if (answer === 'failure') reject({ status: 500 });
          else reject({ status: Number(answer) });
        }, delay),
      ),
    );
  };
}

function sessionList(args: Args) {
  return html`<pix-session-list .sessions=${args.sessions} timeout="10000" @pix-session-delete=${host(args.answer, args.delay)}></pix-session-list>`;
}

const meta: Meta<Args> = {
  title: 'Elements/pix-session-list',
  component: 'pix-session-list',
  args: { sessions: centre, answer: 'success', delay: 800 },
  argTypes: {
    answer: { control: 'inline-radio', options: ['success', '404', '409', 'failure', 'never'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => sessionList(args),
};
export default meta;
type Story = StoryObj<Args>;

async function listIn(canvasElement: HTMLElement): Promise<PixSessionList> {
  const element = canvasElement.querySelector('pix-session-list')!;
  await element.updateComplete;
  return element;
}

function part(element: PixSessionList, selector: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

/** Opens the confirmation for session 612 (3 candidates enrolled, none joined). */
async function askToDelete(element: PixSessionList): Promise<void> {
  part(element, 'button.delete[data-session="612"]').click();
  await element.updateComplete;
  await element.updateComplete;
}

async function confirmDelete(element: PixSessionList): Promise<void> {
  await askToDelete(element);
  part(element, 'dialog .confirm').click();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
}

export const CentreSessions: Story = { name: "A centre's sessions" };

export const FirstSession: Story = {
  name: 'No session yet (empty state)',
  args: { sessions: [] },
};

export const Filtered: Story = {
  name: 'Filtered: "Finalisée"',
  render: (args) => html`<pix-session-list .sessions=${args.sessions} .filters=${{ status: 'finalized' }}></pix-session-list>`,
};

export const NothingFound: Story = {
  name: 'Filtered: nothing found',
  render: (args) => html`<pix-session-list .sessions=${args.sessions} .filters=${{ sessionId: 999 }}></pix-session-list>`,
};

export const BigCentre: Story = {
  name: '10,000 sessions, paged',
  args: { sessions: bigCentre(10000) },
};

export const ServerPaging: Story = {
  name: 'Server paging (the host pages, 10,000 in all)',
  render: () => {
    const all = bigCentre(10000).reverse();
    const element = document.createElement('pix-session-list');
    element.serverPaging = true;
    element.total = all.length;
    element.sessions = all.slice(0, 25);
    element.addEventListener('pix-list-change', ({ detail }) => {
      const start = (detail.page - 1) * detail.pageSize;
      element.sessions = all.slice(start, start + detail.pageSize);
    });
    return element;
  },
};

export const DeleteRefused: Story = {
  name: 'Delete refused: a candidate has joined (tooltip)',
  play: async ({ canvasElement }) => {
    const element = await listIn(canvasElement);
    part(element, 'button.delete[data-session="598"]').focus();
    await element.updateComplete;
  },
};

export const DeleteConfirmation: Story = {
  name: 'Delete: the confirmation',
  parameters: { docs: { story: { height: '480px' } } },
  play: async ({ canvasElement }) => askToDelete(await listIn(canvasElement)),
};

export const DeleteSending: Story = {
  name: 'Delete: sending',
  args: { answer: 'never' },
  parameters: { docs: { story: { height: '480px' } } },
  play: async ({ canvasElement }) => {
    const element = await listIn(canvasElement);
    await askToDelete(element);
    part(element, 'dialog .confirm').click();
    await element.updateComplete;
  },
};

export const DeleteSuccess: Story = {
  name: 'Delete: success',
  args: { delay: 0 },
  play: async ({ canvasElement }) => confirmDelete(await listIn(canvasElement)),
};

export const DeleteNotFound: Story = {
  name: 'Delete: 404',
  args: { answer: '404', delay: 0 },
  play: async ({ canvasElement }) => confirmDelete(await listIn(canvasElement)),
};

export const DeleteStarted: Story = {
  name: 'Delete: 409',
  args: { answer: '409', delay: 0 },
  play: async ({ canvasElement }) => confirmDelete(await listIn(canvasElement)),
};

export const DeleteFailure: Story = {
  name: 'Delete: any other failure',
  args: { answer: 'failure', delay: 0 },
  play: async ({ canvasElement }) => confirmDelete(await listIn(canvasElement)),
};

export const English: Story = {
  name: 'English',
  render: (args) => html`<div lang="en">${sessionList(args)}</div>`,
};

export const NotSetYet: Story = {
  name: 'Not set yet',
  args: { sessions: undefined },
};

export const BadInput: Story = {
  name: 'Bad input (unknown status)',
  tags: ['expect-console-error'],
  args: { sessions: [{ ...centre[0]!, status: 'started' }] },
};
