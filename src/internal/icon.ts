import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * A 16 × 16 line icon, hidden from assistive technology (the control it sits in has the name):
 * `paths` are the icon's strokes, drawn in the text's colour.
 */
export function strokeIcon(
  paths: SVGTemplateResult | TemplateResult,
  options: { class?: string; strokeWidth?: number } = {},
): TemplateResult {
  return html`<svg
    class=${options.class ?? nothing}
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    stroke-width=${options.strokeWidth ?? 1.5}
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;
}
