import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-session-form.js';
import type { Edition } from '../src/state/constants.js';
import type { PixSessionForm } from '../src/components/session-form/session-form.js';
import type { PixSessionSubmitEvent } from '../src/events/session-events.js';
import { session296 } from '../test/fixtures/guide-sessions.js';

type Answer = 'success' | 'failure' | 'never';

interface Args {
  session?: unknown;
  today?: string;
  headingLevel: number;
  answer: Answer;
  delay: number;
  edition?: Edition;
}

/** Plays the host: answers `pix-session-submit` after `delay` ms as `answer` says. */
function host(answer: Answer, delay: number) {
  return (event: PixSessionSubmitEvent) => {
    if (answer === 'never') {
      event.respondWith(new Promise(() => {}));
      return;
    }
    event.respondWith(
      new Promise((resolve, reject) =>
        setTimeout(() => {
          if (answer === 'success') resolve(undefined);
          else reject(new Error('Une autre session occupe déjà la salle 208 à cette heure.'));
        }, delay),
      ),
    );
  };
}

const meta: Meta<Args> = {
  title: 'Elements/pix-session-form',
  component: 'pix-session-form',
  args: { headingLevel: 1, answer: 'success', delay: 800 },
  argTypes: {
    answer: { control: 'inline-radio', options: ['success', 'failure', 'never'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => html`<pix-session-form
    edition=${ifDefined(args.edition)}
    .session=${args.session}
    today=${args.today ?? ''}
    heading-level=${args.headingLevel}
    timeout="5000"
    @pix-session-submit=${host(args.answer, args.delay)}
  ></pix-session-form>`,
};
export default meta;
type Story = StoryObj<Args>;

async function formIn(canvasElement: HTMLElement): Promise<PixSessionForm> {
  const form = canvasElement.querySelector('pix-session-form')!;
  await form.updateComplete;
  return form;
}

/** Types into a field the way the browser reports it (an `input` event). */
function enter(form: PixSessionForm, id: string, value: string): void {
  const control = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function submit(canvasElement: HTMLElement, wait = 0): Promise<void> {
  const form = await formIn(canvasElement);
  form.shadowRoot!.querySelector<HTMLButtonElement>('.submit')!.click();
  await new Promise((resolve) => setTimeout(resolve, wait));
  await form.updateComplete;
}

export const Creation: Story = { name: 'Creation' };

export const CreationWithErrors: Story = {
  name: 'Creation: submitted empty',
  args: { today: '2030-06-15' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    enter(form, 'date', '2030-06-01');
    await submit(canvasElement);
  },
};

export const Modification: Story = {
  name: 'Modification (session 296)',
  args: { session: { ...session296.session, description: "Deux candidats bénéficient d'un tiers temps." } },
};

export const ModificationWithErrors: Story = {
  name: 'Modification with errors shown',
  args: { session: { ...session296.session, description: 'Observation trop longue. '.repeat(15) } },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    enter(form, 'address', '   ');
    enter(form, 'examiner', '');
    await submit(canvasElement);
  },
};

export const Sending: Story = {
  name: 'Sending (the host has not answered yet)',
  args: { session: session296.session, answer: 'never' },
  play: async ({ canvasElement }) => submit(canvasElement),
};

export const HostFailure: Story = {
  name: 'Host failure (its own message), retry possible',
  args: { session: session296.session, answer: 'failure', delay: 10 },
  play: async ({ canvasElement }) => submit(canvasElement, 100),
};

export const Success: Story = {
  name: 'Success: modifications saved',
  args: { session: session296.session, answer: 'success', delay: 10 },
  play: async ({ canvasElement }) => submit(canvasElement, 100),
};

export const CreationSuccess: Story = {
  name: 'Success: session created, the form starts afresh',
  args: { today: '2030-06-15', answer: 'success', delay: 10 },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    enter(form, 'address', 'Collège Anne Frank');
    enter(form, 'room', 'Salle 208');
    enter(form, 'date', '2030-06-20');
    enter(form, 'time', '09:00');
    enter(form, 'examiner', 'Paul Eluard');
    await submit(canvasElement, 100);
  },
};

export const Finalised: Story = {
  name: 'Finalised session: read-only',
  args: { session: { ...session296.session, status: 'finalized' } },
};

export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { today: '2030-06-15' },
  play: CreationWithErrors.play,
};

export const EnglishModification: Story = {
  name: 'English: modification',
  render: English.render,
  args: { session: session296.session },
};

export const BadInput: Story = {
  name: 'Bad input: a session with an impossible date',
  tags: ['expect-console-error'],
  args: { session: { ...session296.session, date: '2020-02-30' } },
};

// Edition "current": today's Pix Certif titles its creation page (pix-certif-today.md § 2.5).

export const TodayCreation: Story = { name: 'Today: creation', args: { edition: 'current' } };

export const TodayCreationEnglish: Story = {
  name: 'Today: creation, English',
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  args: { edition: 'current' },
};

export const TodayModification: Story = {
  name: "Today: modification (the guide's title)",
  args: { edition: 'current', session: session296.session },
};
