import { css, type ReactiveController, type ReactiveElement } from 'lit';
import { deepActiveElement, isModal, trapTab } from './focus.js';

/**
 * The modal dialog closed (by its owner, a button, or Escape) and focus went back. Fired on the
 * `<dialog>` itself, neither bubbling nor composed: it stays inside the owner's shadow root, and
 * the owner decides what, if anything, its host hears.
 */
export class ModalDialogCloseEvent extends Event {
  static readonly type = 'modal-dialog-close';
  constructor() {
    super(ModalDialogCloseEvent.type, { bubbles: false, composed: false });
  }
}

export interface ModalDialogOptions {
  /** The owner's `<dialog>`, in its shadow root (absent while it renders something else). */
  dialog(): HTMLDialogElement | null | undefined;
  /** Where focus goes when the dialog opens, or comes back in the page. */
  initialFocus(): HTMLElement | null | undefined;
  /** Where focus goes on close when the opener is no longer in the page. */
  fallbackFocus?(): HTMLElement | null | undefined;
  /** Whether Escape may close the dialog now (not while sending, for instance). */
  canDismiss?(): boolean;
}

/**
 * The `<dialog>` with this `id` in `host`'s shadow root, found through the root's id map: the
 * controller looks for it after every update, and a long page (200 candidates, 1,000 reports)
 * must not be searched node by node each time.
 */
export function dialogById(host: ReactiveElement, id: string): HTMLDialogElement | null {
  return ((host.renderRoot as ShadowRoot | undefined)?.getElementById?.(id) as HTMLDialogElement | null | undefined) ?? null;
}

/**
 * The library's one modal dialog behaviour, for a native `<dialog>` the owner renders in its own
 * shadow root: shown with `showModal()`, modal again when the owner is taken out of the page and
 * put back, Tab kept inside, Escape closes (unless `canDismiss` says no), focus back to the opener
 * (or to `fallbackFocus` when the opener is gone), then one `ModalDialogCloseEvent` on the dialog.
 * Pair it with `modalDialogStyles`.
 */
export class ModalDialogController implements ReactiveController {
  private opener: HTMLElement | null = null;
  /** Set from opening until focus has gone back: once per opening. */
  private focusToReturn = false;
  private readonly bound = new WeakSet<HTMLDialogElement>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ModalDialogOptions,
  ) {
    host.addController(this);
  }

  /** Whether the dialog is shown. */
  get open(): boolean {
    return this.options.dialog()?.open ?? false;
  }

  /** Shows the dialog as a modal; focus returns to `opener` (default: the focused element) on close. */
  show(opener?: HTMLElement | null): void {
    const dialog = this.options.dialog();
    // Taken out of the page before it could show (it shows again once put back: `hostConnected`).
    if (!dialog?.isConnected) return;
    this.listenTo(dialog);
    if (!dialog.open) {
      const active = deepActiveElement();
      this.opener = opener ?? (active instanceof HTMLElement && active !== document.body ? active : null);
      this.focusToReturn = true;
      dialog.showModal();
      this.options.initialFocus()?.focus();
    }
  }

  /**
   * Closes the dialog and gives focus back at once, so that the owner may then move it elsewhere
   * (to an outcome message, say); `ModalDialogCloseEvent` follows a task later.
   */
  close(): void {
    const dialog = this.options.dialog();
    if (!dialog?.open) return;
    dialog.close();
    this.returnFocus();
  }

  hostConnected(): void {
    // Taken out of the page, an open modal dialog leaves the top layer but stays open: back in
    // the page it would be a plain dialog, with the page behind it reachable. Make it modal again.
    const dialog = this.options.dialog();
    if (dialog?.open && !isModal(dialog)) {
      dialog.close();
      dialog.showModal();
      this.options.initialFocus()?.focus();
    }
  }

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (dialog) this.listenTo(dialog);
  }

  private listenTo(dialog: HTMLDialogElement): void {
    if (this.bound.has(dialog)) return;
    this.bound.add(dialog);
    dialog.addEventListener('keydown', (event) => {
      trapTab(event, dialog, this.host.renderRoot as ShadowRoot);
      // Chrome ignores a prevented `cancel` when Escape comes again: hold the key itself back too.
      if (event.key === 'Escape' && !this.dismissible()) event.preventDefault();
    });
    dialog.addEventListener('cancel', (event) => {
      if (!this.dismissible()) event.preventDefault();
    });
    dialog.addEventListener('close', () => this.onClose(dialog));
  }

  private dismissible(): boolean {
    return !this.options.canDismiss || this.options.canDismiss();
  }

  private onClose(dialog: HTMLDialogElement): void {
    // The close event comes a task later: a dialog shown again since then stays open.
    if (dialog.open) return;
    this.returnFocus();
    dialog.dispatchEvent(new ModalDialogCloseEvent());
  }

  private returnFocus(): void {
    if (!this.focusToReturn) return;
    this.focusToReturn = false;
    const opener = this.opener;
    this.opener = null;
    const target = opener?.isConnected ? opener : this.options.fallbackFocus?.();
    target?.focus();
  }
}

/**
 * The look of every modal dialog: the box, the backdrop, the header with its title, the body
 * and the footer (`dialog__header`, `dialog__body`, `dialog__footer`). A dialog's width is
 * `--_dialog-width` (40rem by default), set on the `<dialog>` by its owner.
 */
export const modalDialogStyles = css`
  dialog {
    width: min(var(--_dialog-width, 40rem), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    color: var(--_neutral-900);
    background: var(--_neutral-20);
    box-shadow: 0 6px 12px rgb(7 20 46 / 0.08);
    font-family: var(--_font-body);
  }
  dialog::backdrop {
    background: rgb(37 56 88 / 0.5);
  }
  /* Forced colours drop the shadow and the backdrop's tint: a border keeps the dialog's edge. */
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
  .dialog__header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-4);
    padding: var(--_space-6);
    background: var(--_neutral-0);
    border-bottom: 1px solid var(--_neutral-20);
  }
  .dialog__header h2 {
    margin: 0;
    font-family: var(--_font-title);
    font-size: 1.25rem;
  }
  .dialog__body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    padding: var(--_space-6);
  }
  .dialog__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-3);
  }
`;
