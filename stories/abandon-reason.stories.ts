import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/pix-abandon-reason.js';
import type { Edition } from '../src/state/constants.js';

interface Args {
  value: '' | 'candidate' | 'technical';
  label: string;
  required: boolean;
  disabled: boolean;
  hideLabel: boolean;
  noInfo: boolean;
  edition?: Edition;
  description?: string;
  errorMessage?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/pix-abandon-reason',
  component: 'pix-abandon-reason',
  args: { value: '', label: '', required: false, disabled: false, hideLabel: false, noInfo: false },
  argTypes: {
    value: { control: 'select', options: ['', 'candidate', 'technical'] },
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
  },
  render: (args) => html`<pix-abandon-reason
    edition=${ifDefined(args.edition)}
    description=${ifDefined(args.description)}
    error-message=${ifDefined(args.errorMessage)}
    .value=${args.value}
    label=${args.label}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?hide-label=${args.hideLabel}
    ?no-info=${args.noInfo}
  ></pix-abandon-reason>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const CandidateLeft: Story = { name: 'Abandon du candidat', args: { value: 'candidate' } };

export const TechnicalProblem: Story = { name: 'Problème technique', args: { value: 'technical' } };

export const RowOfATable: Story = {
  name: 'In a table row (label for the candidate, hidden)',
  args: { label: "Raison de l'abandon pour Marion Cotillon", hideLabel: true, noInfo: true },
};

export const Disabled: Story = { args: { value: 'technical', disabled: true } };

export const InANativeForm: Story = {
  name: 'In a native form (required, reportValidity)',
  render: () => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const output = (event.target as HTMLFormElement).querySelector('output')!;
      output.textContent = JSON.stringify(Object.fromEntries(new FormData(event.target as HTMLFormElement)));
    }}
  >
    <pix-abandon-reason name="reason-1199" required label="Raison de l'abandon pour Marion Cotillon"></pix-abandon-reason>
    <p><button type="submit">Envoyer</button> <button type="reset">Réinitialiser</button></p>
    <output aria-live="polite"></output>
  </form>`,
};

export const English: Story = {
  render: () => html`<div lang="en"><pix-abandon-reason value="candidate"></pix-abandon-reason></div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme (--pix-* tokens and parts)',
  render: () => html`<style>
      .ent-theme {
        --pix-primary-500: #00695c;
        --pix-primary-700: #004d40;
        --pix-neutral-500: #37474f;
        --pix-font-family-body: Georgia, serif;
      }
      .ent-theme pix-abandon-reason::part(select) {
        border-radius: 0;
      }
    </style>
    <div class="ent-theme"><pix-abandon-reason value="technical"></pix-abandon-reason></div>`,
};

// Edition "current": today's Pix Certif (pix-certif-today.md § 1.3).

export const Today: Story = { name: "Today: Motif d'interruption", args: { edition: 'current' } };

export const TodayChosen: Story = {
  name: 'Today: Test non finalisé dans le délai imparti',
  args: { edition: 'current', value: 'candidate' },
};

export const TodayHelpOpen: Story = {
  name: 'Today: the help text open',
  args: { edition: 'current' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('pix-abandon-reason')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.info-tip__button')?.click();
  },
};

export const TodayTableRow: Story = {
  name: 'Today: in a table row, reason missing on "Finaliser"',
  render: () => html`<table>
    <caption>
      Certification(s) non terminée(s)
    </caption>
    <thead>
      <tr>
        <th scope="col">Nom</th>
        <th scope="col">Prénom</th>
        <th scope="col">Motif d'interruption</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td>Cotillon</td>
        <td>Marion</td>
        <td>
          <pix-abandon-reason
            edition="current"
            hide-label
            no-info
            no-announce
            required
            description="Marion Cotillon"
            error-message="Une ou plusieurs certification(s) non terminée(s) n'ont pas de motif d'interruption. Veuillez les renseigner."
          ></pix-abandon-reason>
        </td>
      </tr>
      <tr>
        <td>Marteau</td>
        <td>Sophie</td>
        <td>
          <pix-abandon-reason edition="current" hide-label no-info no-announce required description="Sophie Marteau" value="technical"></pix-abandon-reason>
        </td>
      </tr>
    </tbody>
  </table>`,
};

export const TodayEnglish: Story = {
  name: 'Today: English',
  render: () => html`<div lang="en"><pix-abandon-reason edition="current" value="candidate"></pix-abandon-reason></div>`,
};
