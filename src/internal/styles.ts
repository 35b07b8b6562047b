import { css, unsafeCSS } from 'lit';

// The pieces a single element may do without are built in an IIFE marked pure: a bundler leaves
// them out of an entry that does not use them (`<pix-abandon-reason>` alone needs only `tokens`,
// `basics` and `fields`). A tagged template itself cannot carry the mark.

/**
 * Whether a list or table of `count` rows is long: the browser then skips its rows while out of
 * sight (`content-visibility: auto`), so an interaction does not style and lay out every row
 * again. A short one is always drawn, so that what it shows is there at once (`innerText`).
 */
export function isLongList(count: number): boolean {
  return count > 60;
}

/**
 * The Pix look as defaults: every colour, font and spacing reads a public `--pix-*` custom
 * property that a host may set (on `:root` or on the element), falling back to Pix UI's value.
 * Private `--_*` aliases keep the fallbacks in one place.
 */
export const tokens = css`
  :host {
    --_primary-10: var(--pix-primary-10, #f7f5ff);
    --_primary-100: var(--pix-primary-100, #cec3f4);
    --_primary-300: var(--pix-primary-300, #957ee8);
    --_primary-500: var(--pix-primary-500, #613fdd);
    --_primary-700: var(--pix-primary-700, #452d9d);
    --_primary-900: var(--pix-primary-900, #291a5d);
    --_neutral-0: var(--pix-neutral-0, #ffffff);
    --_neutral-20: var(--pix-neutral-20, #f4f5f7);
    --_neutral-100: var(--pix-neutral-100, #cdd1d9);
    --_neutral-500: var(--pix-neutral-500, #5e6c84);
    --_neutral-900: var(--pix-neutral-900, #122647);
    --_info-50: var(--pix-info-50, #e6f2fe);
    --_info-700: var(--pix-info-700, #1d4ed8);
    --_success-50: var(--pix-success-50, #e8f3ef);
    --_success-700: var(--pix-success-700, #145c42);
    --_warning-50: var(--pix-warning-50, #fff7eb);
    --_warning-700: var(--pix-warning-700, #b45309);
    --_error-50: var(--pix-error-50, #fbecec);
    --_error-700: var(--pix-error-700, #952e2e);
    --_certif-50: var(--pix-certif-50, #e8f2f2);
    --_font-body: var(--pix-font-family-body, Roboto, Arial, sans-serif);
    --_font-title: var(--pix-font-family-title, Nunito, Arial, sans-serif);
    --_space-1: var(--pix-spacing-1x, 4px);
    --_space-2: var(--pix-spacing-2x, 8px);
    --_space-3: var(--pix-spacing-3x, 12px);
    --_space-4: var(--pix-spacing-4x, 16px);
    --_space-6: var(--pix-spacing-6x, 24px);
    --_space-8: var(--pix-spacing-8x, 32px);
    --_radius: var(--pix-radius, 4px);
    --_focus-ring: var(--pix-focus-ring, 2px solid var(--_primary-300));

    font-family: var(--_font-body);
    color: var(--_neutral-900);
    font-size: var(--pix-font-size, 1rem);
    line-height: 1.5;
  }
`;

/** Every element's basics: box sizing, `hidden`, visually hidden text. */
export const basics = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** The Pix buttons: primary, secondary, tertiary, small. */
export const buttons = /* @__PURE__ */ (() => css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: 2.5rem;
    min-width: 24px;
    padding: var(--_space-2) var(--_space-6);
    border: 2px solid transparent;
    border-radius: 25px;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 700;
    cursor: pointer;
    background: var(--_primary-500);
    color: var(--_neutral-0);
  }
  .button:hover,
  .button:focus-visible {
    background: var(--_primary-700);
  }
  .button:focus-visible {
    outline: 2px solid var(--_primary-900);
    outline-offset: 2px;
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button--secondary {
    background: transparent;
    border-color: var(--_primary-700);
    color: var(--_primary-700);
  }
  .button--secondary:hover,
  .button--secondary:focus-visible {
    background: var(--_primary-100);
    color: var(--_primary-900);
  }
  .button--tertiary {
    background: transparent;
    color: var(--_primary-700);
    text-decoration: underline;
    padding-inline: var(--_space-1);
    border-radius: var(--_radius);
  }
  .button--tertiary:hover,
  .button--tertiary:focus-visible {
    background: transparent;
    color: var(--_primary-500);
  }
  .button--small {
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-4);
  }
  .back {
    align-self: flex-start;
    gap: var(--_space-2);
    padding-inline: 0;
  }
`)();

/** Fields: labels, text inputs, selects, text areas, radios and checkboxes, and their errors. */
export const fields = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  label,
  .label,
  legend {
    font-size: 0.875rem;
    font-weight: 500;
  }
  input[type='text'],
  input[type='number'],
  input[type='search'],
  input[type='date'],
  input[type='time'],
  select,
  textarea {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_neutral-900);
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-500);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-4);
    min-height: 2.5rem;
  }
  textarea {
    resize: vertical;
    min-height: 6rem;
  }
  /* A read-only field reads as text, not as a field to fill: no border, no resize handle. */
  input[readonly],
  textarea[readonly] {
    border-color: transparent;
    background: transparent;
    padding-inline: 0;
    resize: none;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    border-color: var(--_primary-500);
    outline: var(--_focus-ring);
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.1875rem;
    accent-color: var(--_primary-500);
  }
  /* WebKit does not count a radio reached with the arrow keys as :focus-visible. */
  input[type='radio']:focus,
  input[type='checkbox']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error-700);
  }
  .field-error {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_error-700);
  }
`;

/** A field's character counter, alerts and the bad-input error state. */
export const notices = /* @__PURE__ */ (() => css`
  .counter {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_neutral-500);
    text-align: end;
  }

  .alert {
    display: flex;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid currentcolor;
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }
  .alert--info {
    color: var(--_info-700);
    background: var(--_info-50);
  }
  .alert--warning {
    color: var(--_warning-700);
    background: var(--_warning-50);
  }
  .alert--error,
  .input-error {
    color: var(--_error-700);
    background: var(--_error-50);
  }
  .alert--success {
    color: var(--_success-700);
    background: var(--_success-50);
  }
  .input-error {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid currentcolor;
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }
  .input-error p {
    margin: 0;
  }
  .input-error code {
    font-family: inherit;
    overflow-wrap: anywhere;
  }
`)();

/** Shared pieces: buttons, fields, messages, visually hidden text (the pieces above, in this order). */
export const common = /* @__PURE__ */ (() => css`
  ${basics}
  ${buttons}
  ${fields}
  ${notices}
`)();

/** The Pix table: a bordered card, a tinted header row, zebra rows. */
export const tables = /* @__PURE__ */ (() => css`
  .table-wrapper {
    /* The containing block of the visually hidden texts in its cells: they stay inside its scroll area. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--_neutral-100);
    border-radius: 8px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: var(--_space-3) var(--_space-4);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--_certif-50);
    font-weight: 500;
    white-space: nowrap;
  }
  tbody tr:nth-child(even) {
    background: var(--_neutral-20);
  }
`)();

/** A round icon button of a table row (edit, delete), refused with `aria-disabled`. */
export const iconButtons = /* @__PURE__ */ (() => css`
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_primary-700);
    cursor: pointer;
  }
  .icon-button:hover,
  .icon-button:focus-visible {
    background: var(--_primary-100);
  }
  .icon-button:focus-visible {
    outline: var(--_focus-ring);
  }
  .icon-button[aria-disabled='true'] {
    color: var(--_neutral-500);
    background: transparent;
    cursor: not-allowed;
  }
`)();

/**
 * A table that becomes one card per row where it has less than 40rem of room (a phone): each
 * cell shows its column's name (its `data-label`) before its value, the header row is kept for
 * screen readers only, but a header cell holding a control (a "select all" box, an ⓘ) still shows.
 * The table stays a table for assistive technologies. Opt in with `.table-wrapper--cards`.
 */
export const rowCards = /* @__PURE__ */ (() => css`
  .table-wrapper--cards {
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    .table-wrapper--cards :is(table, thead, tbody, tr, td, tbody th) {
      display: block;
    }
    .table-wrapper--cards thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
      padding-inline: var(--_space-4);
      background: var(--_certif-50);
    }
    .table-wrapper--cards thead tr:not(:has(:is(button, input))) {
      padding: 0;
    }
    .table-wrapper--cards thead th:not(:has(:is(button, input))) {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .table-wrapper--cards thead th {
      padding-inline: 0;
      white-space: normal;
    }
    .table-wrapper--cards tbody tr {
      padding: var(--_space-3) var(--_space-4);
    }
    .table-wrapper--cards tbody tr + tr {
      border-top: 1px solid var(--_neutral-100);
    }
    .table-wrapper--cards tbody :is(th, td) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-1) var(--_space-3);
      padding: var(--_space-1) 0;
      text-align: start;
      white-space: normal;
      overflow-wrap: break-word;
    }
    .table-wrapper--cards tbody :is(th, td)[data-label]::before {
      flex: 0 0 8rem;
      font-weight: 500;
      color: var(--_neutral-500);
      content: attr(data-label);
      /* The header cell already names the value for screen readers. */
      content: attr(data-label) / '';
    }
  }
`)();

/**
 * The page elements (wizard, session details, session form, pupil picker): a column of blocks,
 * and the hand-over's outcome message, which receives focus. Each element sets its own gap.
 */
export const pageStyles = /* @__PURE__ */ (() => css`
  :host {
    display: block;
  }
  .page {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    max-width: var(--pix-page-width, 72rem);
  }
  .outcome:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`)();

/** Headings in Pix's title font; each element sets their sizes. */
export const headings = /* @__PURE__ */ (() => css`
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-family: var(--_font-title);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_neutral-900);
  }
`)();

/** One title size for every heading of the session details, the session form and the pupil picker. */
export const pageTitleSize = /* @__PURE__ */ (() => css`
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.75rem;
  }
`)();

/** Pix's card: a white bordered block whose children stand in a column (the session form, each wizard step). */
export function card(selector: string) {
  return css`
    ${unsafeCSS(selector)} {
      display: flex;
      flex-direction: column;
      gap: var(--_space-4);
      padding: var(--_space-6);
      background: var(--_neutral-0);
      border: 1px solid var(--_neutral-100);
      border-radius: 8px;
    }
  `;
}

/** Radio choices in a bare fieldset: each `.choice` sets its input beside its label. */
export const choices = /* @__PURE__ */ (() => css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    font-size: 0.875rem;
  }
  .choice input {
    flex: none;
  }
  .choice label {
    font-weight: 400;
    padding-top: 0.125rem;
  }
  /* A ring around a focused radio looks like a selected one: the focus shows around its whole choice instead. */
  @supports selector(:has(*)) {
    .choice > input[type='radio']:focus {
      outline: none;
    }
    .choice:has(> input[type='radio']:focus) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
      border-radius: var(--_radius);
    }
  }
`)();
