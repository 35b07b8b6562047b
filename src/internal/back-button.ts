import { html, svg, type TemplateResult } from 'lit';
import { strokeIcon } from './icon.js';

/** The arrow of every way back ("Retour à la session", "Revenir à la liste des sessions"). */
const backIcon = /* @__PURE__ */ strokeIcon(svg`<path d="M13 8H3m4-4L3 8l4 4"></path>`);

/**
 * A way back to another page: a tertiary button with its arrow, named by its text (`class="back"`,
 * styled by `buttons`). The element fires `pix-navigate` in `onClick`; the host navigates.
 */
export function backButton(label: string, onClick: () => void, part = 'back'): TemplateResult {
  return html`<button type="button" class="button button--tertiary back" part=${part} @click=${onClick}>${backIcon}${label}</button>`;
}
