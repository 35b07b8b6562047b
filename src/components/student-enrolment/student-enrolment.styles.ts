import { css } from 'lit';

export const studentEnrolmentStyles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  p {
    margin: 0;
  }
  .intro {
    font-size: 0.875rem;
  }

  /* Filter ---------------------------------------------------------------------------- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3) var(--_space-4);
  }
  .filter {
    position: relative;
  }
  .filter__button[aria-expanded='true'] {
    background: var(--_primary-100);
  }
  .filter__chevron {
    transition: transform 0.15s;
  }
  .filter__button[aria-expanded='true'] .filter__chevron {
    transform: rotate(180deg);
  }
  .filter__panel {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + var(--_space-1));
    inset-inline-start: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    width: min(20rem, 90vw);
    padding: var(--_space-4);
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-100);
    border-radius: var(--_radius);
    box-shadow: 0 8px 16px rgb(7 20 46 / 0.08);
  }
  .filter__panel fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filter__panel legend {
    padding: 0;
    margin-bottom: var(--_space-1);
  }
  .filter__classes {
    max-height: 14rem;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .filter__classes label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2rem;
    padding-inline: var(--_space-1);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .filter__classes label:hover {
    background: var(--_neutral-20);
  }
  .filter__empty {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  .filter__empty:empty {
    display: none;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    font-size: 0.875rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding-inline-start: var(--_space-3);
    border-radius: 25px;
    background: var(--_primary-10);
    border: 1px solid var(--_primary-300);
    color: var(--_primary-900);
    font-weight: 500;
  }
  .chip button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 24px;
    height: 24px;
    margin-inline-end: var(--_space-1);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .chip button:hover,
  .chip button:focus-visible {
    background: var(--_primary-100);
  }
  .chip button:focus-visible {
    outline: var(--_focus-ring);
  }

  /* Counters ---------------------------------------------------------------------------- */
  .counters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    font-size: 0.875rem;
  }
  .counters__selected {
    font-weight: 700;
  }
  .counters__shown {
    color: var(--_neutral-500);
  }

  /* Table ------------------------------------------------------------------------------- */
  /* The shared Pix table (tables), denser for long lists. */
  .table-wrapper {
    background: var(--_neutral-0);
  }
  .table-wrapper:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  th,
  td {
    padding: var(--_space-2) var(--_space-4);
  }
  tbody th {
    font-weight: 400;
  }
  .check-cell {
    width: 3rem;
    padding-inline-end: 0;
  }
  tr.enrolled td:not(.check-cell),
  tr.enrolled th {
    color: var(--_neutral-500);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .enrolled-note {
    /* Two short lines at most, beside the box. */
    min-width: 6.5rem;
    font-size: 0.75rem;
    line-height: 1.25;
    color: var(--_neutral-500);
  }
  .everyone-enrolled {
    align-self: flex-start;
  }
  .empty {
    text-align: center;
    color: var(--_neutral-500);
  }

  /* Paging ------------------------------------------------------------------------------ */
  .paging {
    /* Its controls follow its own width, wherever a host puts the picker. */
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3) var(--_space-6);
    font-size: 0.875rem;
  }
  .paging__size {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .paging__size select {
    min-height: 2rem;
    padding-block: var(--_space-1);
  }
  .paging__controls {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .paging__status {
    min-width: 8rem;
    text-align: center;
    font-weight: 500;
  }
  .paging__button {
    min-width: 2.5rem;
    padding-inline: var(--_space-3);
  }
  /* Too narrow for the four buttons and the status on one line (a phone): the status above, the buttons below. */
  @container (max-width: 21rem) {
    .paging__controls {
      flex-wrap: wrap;
      justify-content: center;
      width: 100%;
    }
    .paging__status {
      order: -1;
      flex-basis: 100%;
    }
  }

  /* Actions ----------------------------------------------------------------------------- */
  .actions {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .outcome {
    /* A host's message may hold a long word (a code, an address): it wraps rather than widen the page. */
    overflow-wrap: anywhere;
  }
  .actions__buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-3);
  }
`;
