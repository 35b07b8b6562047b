import { css } from 'lit';
import { card } from '../../internal/styles.js';

export const sessionFormStyles = css`
  .page {
    max-width: var(--pix-form-width, 40rem);
  }
  ${card('.form')}
  .hint {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-4);
  }
  .label-row {
    display: flex;
    align-items: baseline;
    gap: var(--_space-1);
  }
  .required-mark {
    color: var(--_error-700);
    font-weight: 700;
  }
  .field input,
  .field textarea {
    width: 100%;
  }
  .field input[aria-invalid='true'],
  .field textarea[aria-invalid='true'] {
    border: 2px solid var(--_error-700);
  }
  .field input:read-only,
  .field textarea:read-only {
    color: var(--_neutral-500);
    background: var(--_neutral-20);
    border-color: var(--_neutral-100);
  }
  .below {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
  }
  .below .field-error {
    flex: 1 1 auto;
  }
  .below .counter {
    margin-inline-start: auto;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-3);
    margin-top: var(--_space-2);
  }
`;
