import { css } from 'lit';

export const sessionListStyles = css`
  .page {
    gap: var(--_space-6);
  }
  p {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.75rem;
  }
  dialog h2 {
    font-size: 1.25rem;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Header and empty state ---------------------------------------------------------------- */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-4);
  }
  .empty-state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-6);
    padding: var(--_space-8) var(--_space-4);
    text-align: center;
  }

  /* Filters ----------------------------------------------------------------------------- */
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-4) var(--_space-6);
    background: var(--_neutral-20);
    border-radius: 8px;
  }
  .filters__title {
    font-family: var(--_font-title);
    font-weight: 700;
  }
  .filters__fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3) var(--_space-4);
  }
  .filters input,
  .filters select {
    min-height: 2rem;
    padding-block: var(--_space-1);
  }
  #filter-session-id {
    width: 9rem;
  }

  /* Table -------------------------------------------------------------------------------- */
  .row {
    cursor: pointer;
  }
  .row:hover {
    background: var(--_primary-10);
  }
  .number {
    color: var(--_primary-500);
    font-weight: 500;
  }
  .number:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .count {
    text-align: end;
  }
  .actions {
    text-align: end;
  }
  .no-result {
    padding: var(--_space-6);
    text-align: center;
    color: var(--_neutral-500);
  }

  /* Paging ------------------------------------------------------------------------------ */
  .paging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3) var(--_space-6);
    font-size: 0.875rem;
  }
  .paging__size,
  .paging__controls {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .paging__size select {
    min-height: 2rem;
    padding-block: var(--_space-1);
  }
  .paging__page {
    min-width: 6rem;
    text-align: center;
    font-weight: 500;
  }

  /* Confirmation ------------------------------------------------------------------------- */
  dialog.confirmation {
    --_dialog-width: 32rem;
  }
  .confirmation .dialog__body {
    gap: var(--_space-3);
    font-size: 0.875rem;
  }
  .confirmation .dialog__footer {
    padding: 0 var(--_space-6) var(--_space-6);
  }
  .sending {
    margin: 0 auto 0 0;
    font-size: 0.875rem;
  }
  .sending:focus {
    outline: none;
  }
`;
