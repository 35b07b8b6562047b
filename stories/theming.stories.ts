import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/pix-finalise-wizard.js';
import { session561 } from '../test/fixtures/guide-sessions.js';

const meta: Meta = {
  title: 'Guides/Thème (theming)',
  parameters: { layout: 'padded' },
};
export default meta;

/** A school portal's own look, set from outside: tokens and parts only. */
export const EntTheme: StoryObj = {
  name: "Thème d'un ENT (tokens et parts)",
  render: () => html`<style>
      .ent-theme {
        --pix-primary-10: #e0f2f1;
        --pix-primary-100: #b2dfdb;
        --pix-primary-300: #4db6ac;
        --pix-primary-500: #00695c;
        --pix-primary-700: #004d40;
        --pix-primary-900: #00251a;
        --pix-certif-50: #e0f2f1;
        --pix-font-family-body: Georgia, 'Times New Roman', serif;
        --pix-font-family-title: Georgia, 'Times New Roman', serif;
        --pix-radius: 0;
      }
      .ent-theme pix-finalise-wizard::part(step) {
        border-radius: 0;
        border-inline-start: 6px solid #00695c;
      }
      .ent-theme pix-finalise-wizard::part(unfinished-banner) {
        border-radius: 0;
      }
    </style>
    <div class="ent-theme">
      <pix-finalise-wizard .session=${session561.session} .reports=${session561.reports} now="2021-01-18T11:00"></pix-finalise-wizard>
    </div>`,
};
