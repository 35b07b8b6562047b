import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { MessageParams } from '../../i18n/messages.js';
import type { LocalisedMessage } from '../../state/messages.js';
import type { CommonMessageKey } from '../../internal/common.messages.js';
import type { FinaliseWizardMessageKey } from './finalise-wizard.messages.js';
import { dialogById, ModalDialogController } from '../../internal/modal-dialog.js';

/** What the confirmation reads from the wizard. */
export interface ConfirmationSource {
  /** The id of the session the page shows; null while the input is invalid. */
  shownSessionId(): number | null;
  /** Whether the finalisation is being handed over (the dialog then stays open). */
  isSending(): boolean;
  /**
   * The confirmation closed (or did not open) because the page shows another session, and the
   * page has drawn its notice: the wizard says so and puts focus where the person can go on.
   */
  sessionChanged(): void;
}

export interface ConfirmationView {
  sending: boolean;
  t(key: FinaliseWizardMessageKey | CommonMessageKey, params?: MessageParams): string;
  format(message: LocalisedMessage): string;
  onConfirm(): void;
  /** The edition's own title, text and confirm button (today's page words them its way); the guide's when absent. */
  texts?: { title: string; body: TemplateResult; confirm: string };
}

/**
 * The finalisation's confirmation: an alert dialog with the warnings of the session it was
 * opened for. It belongs to that session only: when the page shows another session, it closes
 * and says why in the page (`renderNotice`), so nothing the person did not review is sent.
 */
export class FinalisationConfirmation implements ReactiveController {
  private warnings: readonly LocalisedMessage[] = [];
  private sessionId: number | null = null;
  private closedBySessionChange = false;
  private wasSending = false;
  private readonly modal: ModalDialogController;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: ConfirmationSource,
  ) {
    const { isSending } = source;
    host.addController(this);
    this.modal = new ModalDialogController(host, {
      dialog: () => this.dialog(),
      // Initial focus in a destructive confirmation is on the cancel button.
      initialFocus: () => this.dialog()?.querySelector<HTMLElement>(isSending() ? '.sending' : '.cancel'),
      fallbackFocus: () => host.renderRoot.querySelector<HTMLElement>('button.validate'),
      canDismiss: () => !isSending(),
    });
  }

  /** Whether it is open for that session: confirming anything else would send what nobody reviewed. */
  isOpenFor(sessionId: number): boolean {
    return this.modal.open && this.sessionId === sessionId;
  }

  /** Opens it for a session, with that session's warnings. */
  async show(sessionId: number, warnings: readonly LocalisedMessage[]): Promise<void> {
    this.sessionId = sessionId;
    this.warnings = warnings;
    this.closedBySessionChange = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The host may have shown another session meanwhile (in the same task as the click):
    // those warnings are not that session's, so the confirmation does not open.
    if (this.source.shownSessionId() !== sessionId) {
      this.sessionId = null;
      this.noticeSessionChange();
      return;
    }
    this.modal.show();
  }

  close(): void {
    this.modal.close();
  }

  hostUpdate(): void {
    // After the wizard has read its input, before it renders: a confirmation for another session
    // closes before it could show that session's page under the first one's warnings.
    const shown = this.source.shownSessionId();
    if (!this.modal.open || shown === this.sessionId) return;
    this.sessionId = null;
    this.modal.close();
    this.noticeSessionChange();
  }

  /** The notice shows from the next render on; once drawn, the wizard says it and moves focus. */
  private noticeSessionChange(): void {
    if (this.closedBySessionChange) return;
    this.closedBySessionChange = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (this.closedBySessionChange) this.source.sessionChanged();
    });
  }

  hostUpdated(): void {
    // The buttons are disabled while sending: focus waits on the "Envoi en cours…" line, once it
    // says so (focus reads it: the line is no live region, or it would be read twice).
    const sending = this.source.isSending();
    if (sending && !this.wasSending && this.modal.open) this.dialog()?.querySelector<HTMLElement>('.sending')?.focus();
    this.wasSending = sending;
  }

  private dialog(): HTMLDialogElement | null {
    return dialogById(this.host, 'confirmation-dialog');
  }

  /**
   * Why the confirmation closed by itself, if it did, until it opens again: drawn at the top of
   * the page (or by the input error), where it shows whatever the new session's page leaves out.
   */
  renderNotice(t: ConfirmationView['t']): TemplateResult | typeof nothing {
    return this.closedBySessionChange
      ? html`<p class="alert alert--info session-changed" tabindex="-1">${t('wizard.confirm.sessionChanged')}</p>`
      : nothing;
  }

  render({ sending, t, format, onConfirm, texts }: ConfirmationView): TemplateResult {
    return html`<dialog
      id="confirmation-dialog"
      class="confirmation"
      part="confirmation"
      role="alertdialog"
      aria-labelledby="confirmation-title"
      aria-describedby="confirmation-text"
      aria-busy=${sending ? 'true' : 'false'}
    >
      <div class="dialog__header">
        <h2 id="confirmation-title">${texts ? texts.title : t('wizard.confirm.title')}</h2>
      </div>
      <div class="dialog__body" id="confirmation-text">
        ${this.warnings.map((warning) => html`<p class="alert alert--warning">${format(warning)}</p>`)}
        ${texts ? texts.body : html`<p>${t('wizard.confirm.warning')}</p>`}
      </div>
      <div class="dialog__footer">
        <p class="sending" tabindex="-1">${sending ? t('handover.sending') : ''}</p>
        <button type="button" class="button button--secondary cancel" ?disabled=${sending} @click=${() => this.close()}>
          ${t('ui.cancel')}
        </button>
        <button type="button" class="button confirm" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'} @click=${onConfirm}>
          ${texts ? texts.confirm : t('wizard.confirm.confirm')}
        </button>
      </div>
    </dialog>`;
  }
}

/** The confirmation's own look; the dialog's box, header, body and footer are the shared modal dialog's. */
export const confirmationStyles = css`
  dialog.confirmation {
    --_dialog-width: 32rem;
  }
  .confirmation .dialog__body {
    gap: var(--_space-3);
    padding-bottom: 0;
    font-size: 0.875rem;
  }
  .confirmation .dialog__body p {
    margin: 0;
  }
  .confirmation .dialog__footer {
    padding: var(--_space-6);
  }
  .sending {
    margin: 0 auto 0 0;
    font-size: 0.875rem;
  }
  .sending:focus {
    outline: none;
  }
`;
