import { css } from 'lit';
import { card, choices } from '../../internal/styles.js';

export const finaliseWizardStyles = css`
  .page {
    gap: var(--_space-8);
  }
  #wizard-title {
    font-size: 1.75rem;
  }
  .step > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.25rem;
  }
  /* A long table is cut into bodies of a few rows (tableBodies in candidates-step.ts); each one, and
     the whole table, is neither styled nor laid out while out of sight: a gesture on one row, or a
     modal dialog making the page inert, restyles and lays out the rows near the screen, not 1,000
     of them. Its rows stay in the accessibility tree, in the keyboard order and in find-in-page;
     once drawn, a body's height is remembered. */
  .table-wrapper.long,
  .table-wrapper.long tbody {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  /* A table's row groups cannot be skipped: a long table's rows are grids with the same columns
     (sharedColumns) instead, which look the same. */
  @container (width > 40rem) {
    .table-wrapper.long :is(table, thead, tbody) {
      display: block;
    }
    .table-wrapper.long colgroup {
      display: none;
    }
    .table-wrapper.long tr {
      display: grid;
      grid-template-columns: var(--_col-name) var(--_col-name) var(--_col-number) var(--_col-reports) var(--_col-last);
      align-items: center;
    }
    .table-wrapper.long thead tr {
      background: var(--_certif-50);
    }
  }
  /* Step 1's two tables share their column positions (sharedColumns in candidates-step.ts). */
  .table-wrapper--cards {
    --_col-name: 20%;
    --_col-number: 16%;
    --_col-reports: 18%;
    --_col-last: 26%;
  }
  .table-wrapper--cards table {
    table-layout: fixed;
  }
  col.col-name {
    width: var(--_col-name);
  }
  col.col-number {
    width: var(--_col-number);
  }
  col.col-reports {
    width: var(--_col-reports);
  }
  col.col-last {
    width: var(--_col-last);
  }
  .table-wrapper--cards :is(th, td) {
    overflow-wrap: break-word;
  }
  @container (max-width: 40rem) {
    .table-wrapper--cards colgroup {
      display: none;
    }
  }
  #finished-title {
    font-size: 1rem;
    margin-top: var(--_space-6);
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .header p,
  .step p {
    margin: 0;
  }
  ${card('.step')}
  .banner {
    align-items: center;
    font-weight: 500;
  }
  .th-with-check,
  .th-with-tip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .th-with-tip .info-tip__content {
    white-space: normal;
  }
  .tip-line {
    display: block;
    margin-bottom: var(--_space-2);
  }
  .tip-line:last-child {
    margin-bottom: 0;
  }
  /* In its fixed-width column, the count goes under "Ajouter" rather than over the next cell. */
  .reports-cell .button {
    white-space: nowrap;
  }
  .reports-cell .button + .button {
    margin-inline-start: var(--_space-2);
  }
  .check-cell {
    text-align: start;
  }
  .muted {
    color: var(--_neutral-500);
  }
  .hint {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  pix-abandon-reason {
    min-width: min(13rem, 100%);
  }

  .documents {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .documents__fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: var(--_space-4);
  }
  .dropzone {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-6);
    border: 2px dashed var(--_neutral-500);
    border-radius: 8px;
    text-align: center;
    background: var(--_neutral-20);
  }
  .dropzone--active {
    border-color: var(--_primary-500);
    background: var(--_primary-10);
  }
  .dropzone:focus-within .dropzone__button {
    outline: 2px solid var(--_primary-900);
    outline-offset: 2px;
  }
  .refused ul,
  .files ul {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
  .refused ul {
    flex-direction: column;
  }
  .files ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-3);
    font-size: 0.875rem;
  }
  /* On a narrow screen the name takes its own line, rather than being squeezed letter by letter. */
  .files__name {
    flex: 1 1 10rem;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .files__count {
    font-size: 0.875rem;
    font-weight: 500;
  }

  ${choices}
  .comment-modes {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-4);
  }
  .actions__messages {
    flex: 1 1 20rem;
  }
  .actions__messages .outcome {
    margin-bottom: var(--_space-2);
  }
  .actions__buttons {
    display: flex;
    gap: var(--_space-3);
    margin-inline-start: auto;
  }
  /* Today's page (edition "current"). */
  .missing-reasons:empty {
    display: none;
  }
  .step__description {
    font-size: 0.875rem;
  }
  .reports-cell .add {
    gap: var(--_space-1);
  }
  .reporting-count {
    margin: var(--_space-1) 0 0;
    font-size: 0.875rem;
  }
  .tip-list,
  .tip-list ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .complementary {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .choice input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .confirmation__warning {
    font-weight: 700;
  }
  /* The session-change notice takes focus when the page has no Valider: it shows it, as the outcome does. */
  .session-changed:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
