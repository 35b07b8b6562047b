import { css } from 'lit';

/**
 * Tablet first (768 px), down to 320 px with no sideways scrolling; every target at least
 * 44 × 44 px, since it is used by touch; borders rather than backgrounds alone, for forced colours.
 */
export const invigilatorSpaceStyles = css`
  .page {
    gap: var(--_space-6);
    max-width: var(--pix-page-width, 60rem);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  .button {
    min-height: 44px;
    min-width: 44px;
  }

  /* Login */
  .login {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    max-width: 30rem;
    margin-inline: auto;
  }
  .login form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .login input {
    min-height: 44px;
  }
  .password {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .password__prefix {
    font-weight: 700;
  }
  .password input {
    flex: 1;
    min-width: 0;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }

  /* Header */
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .header__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
  }
  .facts dt {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  .facts dd {
    margin: 0;
    font-weight: 700;
  }
  .notice {
    flex-direction: column;
  }
  .notice a {
    color: inherit;
  }

  /* List */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .search {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .search input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
  }
  .search input::-webkit-search-cancel-button {
    display: none;
  }
  .candidates {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .candidate {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-4);
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-100);
    border-radius: 8px;
  }
  /* In a long list (isLongList), a card out of sight is neither styled nor laid out at each poll;
     it stays in the accessibility tree, the keyboard order and find-in-page. The card whose
     options menu is open is always drawn: the menu overflows it. */
  .candidates.long > .candidate:not(.candidate--menu-open) {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  .candidate__info {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .candidate__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
  @media (max-width: 40rem) {
    .candidate {
      grid-template-columns: minmax(0, 1fr);
    }
    .candidate__actions {
      justify-content: flex-start;
    }
  }
  .name {
    font-weight: 700;
  }
  .muted {
    font-size: 0.875rem;
    color: var(--_neutral-500);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .tag {
    padding: 0 var(--_space-2);
    border: 1px solid currentcolor;
    border-radius: 25px;
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--_info-700);
    background: var(--_info-50);
  }
  .tag--error {
    color: var(--_error-700);
    background: var(--_error-50);
  }
  .tag--warning {
    color: var(--_warning-700);
    background: var(--_warning-50);
  }
  .tag--success {
    color: var(--_success-700);
    background: var(--_success-50);
  }
  .tag--neutral {
    color: var(--_neutral-900);
    background: var(--_neutral-20);
  }
  .button--danger {
    background: var(--_error-700);
  }
  .button--danger:hover,
  .button--danger:focus-visible {
    background: var(--_error-700);
    filter: brightness(0.85);
  }
  .button--success {
    background: var(--_success-700);
  }

  /* Options menu */
  .menu {
    position: relative;
  }
  .menu__button {
    padding: 0;
    border-radius: 50%;
    font-size: 1.25rem;
    line-height: 1;
  }
  .menu__list {
    position: absolute;
    inset-inline-end: 0;
    z-index: 1;
    min-width: 16rem;
    max-width: calc(100vw - 2rem);
    margin: var(--_space-1) 0 0;
    padding: var(--_space-1) 0;
    list-style: none;
    background: var(--_neutral-0);
    border: 1px solid var(--_neutral-100);
    border-radius: var(--_radius);
    box-shadow: 0 6px 12px rgb(7 20 46 / 0.08);
  }
  .menu__item {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: var(--_space-2) var(--_space-4);
    border: 0;
    font: inherit;
    text-align: start;
    color: var(--_neutral-900);
    background: transparent;
    cursor: pointer;
  }
  .menu__item:hover,
  .menu__item:focus {
    background: var(--_primary-10);
    outline: 2px solid var(--_primary-700);
    outline-offset: -2px;
  }

  /* Dialogs */
  .dialog__body .reasons {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .choice {
    min-height: 44px;
    align-items: center;
  }
  .choice input {
    width: 24px;
    height: 24px;
  }
`;
