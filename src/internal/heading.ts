import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the level a host asks for (`heading-level`), so an element fits the host page's
 * outline. Levels outside 1–6 (or not integers) are brought back into range.
 */
export function heading(level: number, id: string, content: string, part?: string): TemplateResult {
  const clamped = Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 1;
  const partName = part ?? nothing;
  switch (clamped) {
    case 1:
      return html`<h1 id=${id} part=${partName}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${partName}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${partName}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${partName}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${partName}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${partName}>${content}</h6>`;
  }
}
