import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/pix-abandon-reason.js';

interface Args {
  value: '' | 'candidate' | 'technical';
  label: string;
  required: boolean;
  disabled: boolean;
  hideLabel: boolean;
  noInfo: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/pix-abandon-reason',
  component: 'pix-abandon-reason',
  args: { value: '', label: '', required: false, disabled: false, hideLabel: false, noInfo: false },
  argTypes: { value: { control: 'select', options: ['', 'candidate', 'technical'] } },
  render: (args) => html`<pix-abandon-reason
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
