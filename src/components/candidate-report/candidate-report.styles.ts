import { css } from 'lit';
import { choices } from '../../internal/styles.js';

export const candidateReportStyles = css`
  :host {
    display: contents;
  }
  dialog {
    --_dialog-width: var(--pix-dialog-width, 40rem);
  }
  /* The report's form is long: its title and close button stay in sight while it scrolls. */
  .dialog__header {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  h2 {
    line-height: 1.4;
  }
  h3 {
    margin: 0 0 var(--_space-2);
    font-size: 1rem;
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_neutral-900);
    cursor: pointer;
  }
  .close:hover,
  .close:focus-visible {
    background: var(--_neutral-20);
  }
  .close:focus-visible {
    outline: var(--_focus-ring);
  }
  .existing ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .existing li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-4);
    padding: var(--_space-2) var(--_space-4);
    background: var(--_neutral-0);
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }
  .existing__line {
    display: block;
  }
  .existing__line + .existing__line {
    color: var(--_neutral-500);
  }
  /* Today's delete button: an icon, named by its label and described by its report. */
  .icon-button {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_error-700);
    cursor: pointer;
  }
  .icon-button:hover,
  .icon-button:focus-visible {
    background: var(--_neutral-20);
  }
  .icon-button:focus-visible {
    outline: var(--_focus-ring);
  }
  .icon-button[aria-disabled='true'],
  .close[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .dialog__footer--start {
    justify-content: flex-start;
  }
  .notice {
    margin: 0;
    font-size: 0.875rem;
  }
  .notice a {
    color: var(--_primary-700);
    text-decoration: underline;
  }
  .notice a svg {
    margin-inline-start: 0.25em;
    vertical-align: -0.125em;
  }
  .existing__detail {
    display: block;
    color: var(--_neutral-500);
  }
  .code {
    font-weight: 700;
    color: var(--_primary-700);
  }
  ${choices}
  .categories > legend {
    margin-bottom: var(--_space-2);
  }
  .category {
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
  }
  .category--chosen {
    background: var(--_neutral-0);
    box-shadow: inset 3px 0 0 var(--_primary-500);
  }
  .choice label {
    display: grid;
    grid-template-columns: 3.75rem 1fr;
    column-gap: var(--_space-2);
  }
  .subcategories .choice label {
    grid-template-columns: 2rem 1fr;
  }
  /* A category's ⓘ explanation opens under its row, inside the dialog (which would clip it). */
  .category > .choice {
    position: relative;
  }
  .choice .info-tip {
    position: static;
  }
  .choice .info-tip__content {
    inset-inline-start: var(--_space-8);
    max-width: calc(100% - var(--_space-8));
  }
  .category__fields {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: var(--_space-3) 0 var(--_space-1) var(--_space-8);
  }
  .subcategories {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .field--short input {
    max-width: 8rem;
  }
  .dialog__footer {
    padding-top: var(--_space-2);
  }
`;
