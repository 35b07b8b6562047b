import { css } from 'lit';

export const sessionDetailsStyles = css`
  .page {
    gap: var(--_space-6);
  }
  p {
    margin: 0;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .header__top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-4) var(--_space-6);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    font-size: 0.875rem;
  }
  .when__separator {
    color: var(--_neutral-500);
  }
  .status {
    align-self: flex-start;
    padding: var(--_space-1) var(--_space-3);
    border-radius: 25px;
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--_neutral-900);
    background: var(--_neutral-20);
  }
  .status--finalised {
    color: var(--_success-700);
    background: var(--_success-50);
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    border-bottom: 1px solid var(--_neutral-100);
  }
  [role='tab'] {
    min-height: 2.75rem;
    min-width: 24px;
    margin-bottom: -1px;
    /* Only the selected tab has an underline: a transparent one would show in forced colours. */
    padding: var(--_space-2) var(--_space-4) calc(var(--_space-2) + 3px);
    border: 0;
    background: transparent;
    font: inherit;
    font-size: 1rem;
    font-weight: 500;
    color: var(--_neutral-500);
    cursor: pointer;
  }
  [role='tab']:hover {
    color: var(--_neutral-900);
    background: var(--_neutral-20);
  }
  [role='tab'][aria-selected='true'] {
    padding-bottom: var(--_space-2);
    color: var(--_primary-700);
    border-bottom: 3px solid var(--_primary-500);
    font-weight: 700;
  }
  [role='tab']:focus-visible {
    outline: 2px solid var(--_primary-900);
    outline-offset: -2px;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }

  [role='tabpanel'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-6);
    padding: var(--_space-6);
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-100);
    border-radius: 8px;
  }
  /* The table is its own card: no second frame around it. */
  #panel-candidates {
    padding: 0;
    border: 0;
    background: transparent;
  }
  [role='tabpanel']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_space-6) var(--_space-4);
    margin: 0;
  }
  .fields > div {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  dt {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  dd {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .description {
    font-weight: 400;
    white-space: pre-line;
  }
  .muted {
    color: var(--_neutral-500);
    font-weight: 400;
  }
  .access-code {
    font-family: var(--pix-font-family-mono, 'Roboto Mono', monospace);
    letter-spacing: 0.05em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }

  td {
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--_neutral-500);
    font-size: 0.875rem;
  }
  ::slotted([slot='candidates-actions']) {
    align-self: flex-start;
  }

  /* Edition "current": today's Pix Certif. */
  .back {
    text-decoration: none;
  }
  .when--today {
    gap: var(--_space-2) var(--_space-8);
    font-size: 1rem;
  }
  .when__block {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .when__block > :is(h1, h2, h3, h4, h5, h6),
  .parameter > :is(h1, h2, h3, h4, h5, h6) {
    font-family: var(--_font-body);
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--_neutral-500);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-3) var(--_space-6);
    border-bottom: 1px solid var(--_neutral-100);
  }
  .controls .tabs {
    border-bottom: 0;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    padding-bottom: var(--_space-2);
  }
  a.button {
    text-decoration: none;
  }
  .parameters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_space-6) var(--_space-4);
  }
  .parameter {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .parameter__sublabel {
    font-size: 0.75rem;
    color: var(--_neutral-500);
  }
  .parameter__value {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .copy {
    position: relative;
    display: inline-flex;
    align-items: center;
  }
  .copy__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
    padding: var(--_space-1);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_primary-700);
    cursor: pointer;
  }
  .copy__button:hover {
    background: var(--_primary-10);
  }
  .copy__button:focus-visible {
    outline: var(--_focus-ring);
  }
  .copy__tooltip:not(:empty) {
    position: absolute;
    z-index: 1;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 50%;
    transform: translateX(-50%);
    padding: 2px var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_neutral-900);
    color: var(--_neutral-0);
    font-size: 0.75rem;
    font-weight: 500;
    white-space: nowrap;
  }

  /* Edition "current": the candidates tab (SCO layout). */
  .candidates-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3) var(--_space-6);
  }
  .candidates-header > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.25rem;
  }
  .sco-panel {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-6);
    padding: var(--_space-8) var(--_space-4);
    text-align: center;
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-100);
    border-radius: 8px;
  }
  .sco-panel__text {
    font-family: var(--_font-title);
    font-size: 1.25rem;
    font-weight: 700;
  }
  /* Nine columns: headers wrap and cells are narrower, so "Actions" is in view on a desktop screen. */
  table.candidates :is(th, td) {
    padding-inline: var(--_space-3);
  }
  table.candidates thead th {
    white-space: normal;
  }
  .row-actions {
    white-space: nowrap;
  }
  dialog.candidate-dialog {
    --_dialog-width: 36rem;
  }
  dialog h2 {
    font-size: 1.25rem;
  }
  .candidate-dialog form {
    display: contents;
  }
  .candidate-dialog .dialog__body {
    gap: var(--_space-4);
    font-size: 0.875rem;
  }
  .candidate-dialog .names {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-4);
  }
  .candidate-dialog input:disabled {
    color: var(--_neutral-500);
    background: var(--_neutral-20);
  }
  .adjustment {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .adjustment .alert {
    display: block;
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 400;
  }
  .sending {
    margin: 0 auto 0 0;
  }
  .sending:focus {
    outline: none;
  }
`;
