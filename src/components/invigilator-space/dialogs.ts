import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang, MessageParams } from '../../i18n/messages.js';
import { liveAlertSubcategories } from '../../state/invigilator.js';
import type { ValidSession, ValidSupervisedCandidate } from '../../state/schemas.js';
import type { CommonMessageKey } from '../../internal/common.messages.js';
import type { InvigilatorSpaceMessageKey } from './invigilator-space.messages.js';
import { candidateName } from './candidate-row.js';
import { isolated } from '../../internal/bidi.js';

type Key = InvigilatorSpaceMessageKey | 'handover.timeout';

/** The dialog shown, about whom; one at a time. */
export type Dialog =
  | { kind: 'exit' }
  | { kind: 'resume' | 'end' | 'companion' | 'alert' | 'handled'; candidateId: number; result?: 'validated' | 'dismissed' };

/** What the dialogs (§ 5.4 "Quitter", § 5.6 confirmations, § 5.7 live alerts) need from the element. */
export interface DialogView {
  t(key: Key | CommonMessageKey, params?: MessageParams): string;
  locale: Lang;
  dialog: Dialog | null;
  session: ValidSession;
  candidate: ValidSupervisedCandidate | undefined;
  /** The hand-over is on its way: both buttons inert, "Envoi en cours…". */
  sending: boolean;
  /** A refusal shown inside the dialog (the live alerts'). */
  error: Key | null;
  alertReason: string | null;
  onReason(subcategory: string): void;
  onConfirm(): void;
  onClose(): void;
  onDismissAlert(candidate: ValidSupervisedCandidate): void;
  onClosed(): void;
}

/** The one `<dialog>` of the element, with the content of the dialog shown (none: empty and closed). */
export function renderDialog(view: DialogView): TemplateResult {
  const { t, dialog, candidate, sending } = view;
  const names = candidate ? { firstName: candidate.firstName, lastName: candidate.lastName } : { firstName: '', lastName: '' };
  const fullName = candidate ? candidateName(candidate) : '';
  let title: string | TemplateResult = '';
  let body: TemplateResult | typeof nothing = nothing;
  let footer: TemplateResult | typeof nothing = nothing;
  const confirmButton = (key: Key, label?: string) =>
    html`<button
      type="button"
      class="button"
      aria-disabled=${sending ? 'true' : 'false'}
      aria-label=${label ?? nothing}
      @click=${() => !sending && view.onConfirm()}
    >
      ${sending ? t('handover.sending') : t(key)}
    </button>`;
  // Initial focus on the harmless choice: these confirmations end a test or an invigilation.
  const cancelButton = (key: Key) =>
    html`<button
      type="button"
      class="button button--secondary"
      data-initial-focus
      aria-disabled=${sending ? 'true' : 'false'}
      aria-label=${t('invigilator.confirmation.cancelLabel')}
      @click=${view.onClose}
    >
      ${t(key)}
    </button>`;
  switch (dialog?.kind) {
    case 'exit':
      title = t('invigilator.exit.label', { sessionId: view.session.id });
      body = html`<p>${t('invigilator.exit.description')}</p>`;
      footer = html`${confirmButton('invigilator.exit.confirm')} ${cancelButton('invigilator.confirmation.cancel')}`;
      break;
    case 'resume':
      title = isolated((params) => t('invigilator.resume.title', params), names);
      body = html`<p>${t('invigilator.resume.description')}</p>`;
      footer = html`${confirmButton('invigilator.resume.confirm')} ${cancelButton('invigilator.confirmation.close')}`;
      break;
    case 'end':
      title = isolated((params) => t('invigilator.end.title', params), names);
      body = html`<p>${t('invigilator.end.description')}</p>`;
      footer = html`${confirmButton('invigilator.end.confirm')} ${cancelButton('invigilator.confirmation.cancel')}`;
      break;
    case 'companion':
      title = isolated((params) => t('invigilator.companion.title', params), { candidateFullName: fullName });
      body = html`<p>${t('invigilator.companion.description')}</p>`;
      footer = html`${cancelButton('invigilator.confirmation.cancel')}
      ${confirmButton('invigilator.companion.confirm', t('invigilator.companion.confirm.label'))}`;
      break;
    case 'alert':
      title = html`<bdi>${fullName}</bdi>`;
      body = renderAlertReasons(view);
      footer = renderAlertFooter(view);
      break;
    case 'handled':
      title = isolated((params) => t('invigilator.handled.title', params), { candidateFullName: fullName });
      body = html`<p class="alert alert--success">
          ${t(dialog.result === 'dismissed' ? 'invigilator.handled.dismissed' : 'invigilator.handled.validated')}
        </p>
        <p>${t('invigilator.handled.refresh')}</p>`;
      footer = html`<button
        type="button"
        class="button"
        data-initial-focus
        aria-label=${t('invigilator.handled.closeLabel')}
        @click=${view.onClose}
      >
        ${t('invigilator.confirmation.close')}
      </button>`;
      break;
    default:
      break;
  }
  return html`<dialog id="invigilator-dialog" part="dialog" aria-labelledby="dialog-title" aria-busy=${sending ? 'true' : 'false'} @close=${view.onClosed}>
    ${
      dialog
        ? html`<div class="dialog__header"><h2 id="dialog-title">${title}</h2></div>
          <div class="dialog__body">
            ${body} ${view.error ? html`<p class="alert alert--error" role="alert">${t(view.error)}</p>` : nothing}
            <div class="dialog__footer">${footer}</div>
          </div>`
        : nothing
    }
  </dialog>`;
}

/** The reasons offered for a question's alert, by the alert's flags. */
function renderAlertReasons(view: DialogView): TemplateResult {
  const reasons = liveAlertSubcategories(view.candidate?.challengeLiveAlert ?? null);
  return html`<div class="reasons" role="radiogroup" aria-labelledby="dialog-title">
    ${reasons.map(
      (reason, index) => html`<div class="choice">
        <input
          type="radio"
          ?data-initial-focus=${index === 0}
          id=${`reason-${reason.code}`}
          name="reportCategory"
          .checked=${live(view.alertReason === reason.subcategory)}
          ?disabled=${view.sending}
          @change=${() => view.onReason(reason.subcategory)}
        />
        <label for=${`reason-${reason.code}`}>${reason.label[view.locale]}</label>
      </div>`,
    )}
  </div>`;
}

function renderAlertFooter(view: DialogView): TemplateResult {
  const { t, sending, candidate } = view;
  const noReason = view.alertReason === null;
  const dismiss = () => {
    if (!sending && candidate) view.onDismissAlert(candidate);
  };
  return html`<p>${t('invigilator.alert.description1')}<br />${t('invigilator.alert.description2')}</p>
    <button type="button" class="button button--danger" aria-disabled=${sending ? 'true' : 'false'} @click=${dismiss}>
      ${t('invigilator.alert.dismiss')}
    </button>
    <button
      type="button"
      class="button button--success"
      aria-disabled=${sending || noReason ? 'true' : 'false'}
      @click=${() => !sending && !noReason && view.onConfirm()}
    >
      ${sending ? t('handover.sending') : t('invigilator.alert.validate')}
    </button>`;
}
