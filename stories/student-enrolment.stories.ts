import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-student-enrolment.js';
import type { Edition } from '../src/state/constants.js';
import type { PixStudentEnrolment } from '../src/components/student-enrolment/student-enrolment.js';
import type { PixStudentsEnrolEvent } from '../src/events/session-events.js';
import type { Student } from '../src/state/schemas.js';
import { session296 } from '../test/fixtures/guide-sessions.js';

const smallClass: Student[] = [
  { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
  { id: 3, firstName: 'Hugo', lastName: 'Bernard', birthdate: '2008-11-20', division: '3A', isEnrolled: true },
  { id: 7, firstName: 'Chloé', lastName: 'Dubois', birthdate: '2009-01-02', division: '3A', isEnrolled: false },
  { id: 5, firstName: 'Inès', lastName: 'Petit', birthdate: '2008-07-14', division: '3A', isEnrolled: false },
  { id: 20, firstName: 'Nathan', lastName: 'Robert', birthdate: '2008-05-30', division: '4C', isEnrolled: false },
  { id: 9, firstName: 'Emma', lastName: 'Durand', birthdate: '2009-09-09', division: '3B', isEnrolled: true },
  { id: 1, firstName: 'Lucas', lastName: 'Moreau', birthdate: '2008-02-29', division: '4C', isEnrolled: false },
  { id: 14, firstName: 'Jules', lastName: 'Lefèvre', birthdate: '2008-10-01', division: '4C', isEnrolled: false },
];

const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Inès', 'Nathan', 'Sarah', 'Lucas', 'Emma', 'Jules', 'Zoé', 'Adam', 'Louise'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Robert', 'Girard', 'Moreau', 'Durand', 'Leroy', 'Roux', 'Faure', 'Blanc'];
const LEVELS = ['6e', '5e', '4e', '3e'];

/** A big school: 5,000 pupils in 40 classes (6e A … 3e J), one in eight already enrolled. */
function bigSchool(): Student[] {
  // A fixed pseudo-random sequence: the same school at every load, names well mixed.
  let seed = 20211118;
  const next = (modulo: number) => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) % modulo;
  };
  return Array.from({ length: 5000 }, (_, index) => {
    const classIndex = index % 40;
    const level = Math.floor(classIndex / 10);
    return {
      id: index + 1,
      firstName: FIRST_NAMES[next(FIRST_NAMES.length)]!,
      lastName: LAST_NAMES[next(LAST_NAMES.length)]!,
      birthdate: `20${String(10 - level).padStart(2, '0')}-${String(next(12) + 1).padStart(2, '0')}-${String(next(28) + 1).padStart(2, '0')}`,
      division: `${LEVELS[level]!} ${String.fromCharCode(65 + (classIndex % 10))}`,
      isEnrolled: next(8) === 0,
    };
  });
}

type Answer = 'success' | 'failure' | 'never';

interface Args {
  session: unknown;
  students: unknown;
  answer: Answer;
  delay: number;
  edition?: Edition;
}

/** Plays the host: answers `pix-students-enrol` after `delay` ms as `answer` says. */
function host(answer: Answer, delay: number) {
  return (event: PixStudentsEnrolEvent) => {
    if (answer === 'never') {
      event.respondWith(new Promise(() => {}));
      return;
    }
    event.respondWith(
      new Promise((resolve, reject) =>
        setTimeout(() => {
          if (answer === 'success') resolve(undefined);
          else reject(new Error('Le service Pix Certif est indisponible (503). Réessayez dans quelques minutes.'));
        }, delay),
      ),
    );
  };
}

function picker(args: Args) {
  return html`<pix-student-enrolment
    edition=${ifDefined(args.edition)}
    .session=${args.session}
    .students=${args.students}
    timeout="10000"
    @pix-students-enrol=${host(args.answer, args.delay)}
  ></pix-student-enrolment>`;
}

const meta: Meta<Args> = {
  title: 'Elements/pix-student-enrolment',
  component: 'pix-student-enrolment',
  args: {
    session: session296.session,
    students: smallClass,
    answer: 'success',
    delay: 800,
  },
  argTypes: {
    answer: { control: 'inline-radio', options: ['success', 'failure', 'never'] },
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => picker(args),
};
export default meta;
type Story = StoryObj<Args>;

async function pickerIn(canvasElement: HTMLElement): Promise<PixStudentEnrolment> {
  const element = canvasElement.querySelector('pix-student-enrolment')!;
  await element.updateComplete;
  return element;
}

async function tick(element: PixStudentEnrolment, ...names: string[]): Promise<void> {
  for (const name of names) {
    element.shadowRoot!.querySelector<HTMLInputElement>(`input[aria-label="Sélectionner ${name}"]`)!.click();
    await element.updateComplete;
  }
}

export const SmallClass: Story = { name: 'Small class' };

export const SomeSelected: Story = {
  name: 'Some pupils selected',
  play: async ({ canvasElement }) => tick(await pickerIn(canvasElement), 'Chloé Dubois', 'Lucas Moreau'),
};

export const BigSchool: Story = {
  name: '5,000 pupils in 40 classes',
  args: { students: bigSchool() },
};

export const AllEnrolled: Story = {
  name: 'All pupils already enrolled',
  args: { students: smallClass.map((student) => ({ ...student, isEnrolled: true })) },
};

export const Finalised: Story = {
  name: 'Finalised session',
  args: { session: { ...session296.session, status: 'finalized' } },
};

export const FilterOpen: Story = {
  name: 'Class filter open',
  args: { students: bigSchool() },
  parameters: { docs: { story: { height: '520px' } } },
  play: async ({ canvasElement }) => {
    const element = await pickerIn(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.filter__button')!.click();
    await element.updateComplete;
    const labels = [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('.filter__classes label')];
    for (const division of ['4e C', '3e A']) {
      labels.find((label) => label.textContent?.trim() === division)?.click();
      await element.updateComplete;
    }
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('#class-search')!;
    search.value = '4e';
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    search.focus();
  },
};

export const Sending: Story = {
  name: 'Sending',
  args: { answer: 'never' },
  play: async ({ canvasElement }) => {
    const element = await pickerIn(canvasElement);
    await tick(element, 'Chloé Dubois', 'Lucas Moreau', 'Léa Martin');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.enrol')!.click();
    await element.updateComplete;
  },
};

export const Failure: Story = {
  name: 'Failure',
  args: { answer: 'failure', delay: 0 },
  play: async ({ canvasElement }) => {
    const element = await pickerIn(canvasElement);
    await tick(element, 'Chloé Dubois', 'Lucas Moreau');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.enrol')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  },
};

export const Success: Story = {
  name: 'Success',
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    const element = await pickerIn(canvasElement);
    await tick(element, 'Chloé Dubois', 'Lucas Moreau');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.enrol')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  },
};

export const English: Story = {
  name: 'English',
  args: { students: bigSchool() },
  render: (args) => html`<div lang="en">${picker(args)}</div>`,
};

export const BadInput: Story = {
  name: 'Bad input (duplicate ids)',
  tags: ['expect-console-error'],
  args: { students: [smallClass[0], { ...smallClass[1], id: 12 }] },
};

// Edition "current": today's Pix Certif gives the pupil picker no title of its own in its entry
// points (pix-certif-today.md § 2.5), so the guide's texts stay.
export const Today: Story = { name: "Today: the guide's texts", args: { edition: 'current' } };
