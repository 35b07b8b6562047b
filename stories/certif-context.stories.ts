import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { PixCertifContext } from '../src/components/certif-context/certif-context.js';
import type { Edition } from '../src/state/constants.js';
import { session561 } from '../test/fixtures/guide-sessions.js';

interface Args {
  edition: Edition;
  lang: 'fr' | 'en';
}

/** A page of a host: the settings are given once, on the context around it. */
function page(args: Args) {
  const toggle = (event: Event) => {
    const context = (event.currentTarget as HTMLElement).closest('pix-certif-context') as PixCertifContext;
    context.edition = context.edition === 'current' ? '2021' : 'current';
    (event.currentTarget as HTMLElement).textContent = `Édition affichée : ${context.edition}`;
  };
  return html`<pix-certif-context edition=${args.edition} lang=${args.lang} now="2020-12-14T16:00">
    <p>
      <button type="button" @click=${toggle}>Édition affichée : ${args.edition}</button>
      (le bouton change l'attribut <code>edition</code> du contexte : chaque élément suit)
    </p>
    <pix-finalise-wizard .session=${session561.session} .reports=${session561.reports}></pix-finalise-wizard>
  </pix-certif-context>`;
}

const meta: Meta<Args> = {
  title: 'Elements/pix-certif-context',
  component: 'pix-certif-context',
  args: { edition: '2021', lang: 'fr' },
  argTypes: {
    edition: { control: 'inline-radio', options: ['2021', 'current'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: page,
};
export default meta;
type Story = StoryObj<Args>;

export const SwitchTheEditionLive: Story = { name: 'Switch the edition live' };

export const TodaysPixCertif: Story = { name: "Today's Pix Certif, in English", args: { edition: 'current', lang: 'en' } };

export const OwnAttributeWins: Story = {
  name: "An element's own attribute wins",
  render: () => html`<pix-certif-context edition="current">
    <pix-abandon-reason></pix-abandon-reason>
    <pix-abandon-reason edition="2021"></pix-abandon-reason>
  </pix-certif-context>`,
};
