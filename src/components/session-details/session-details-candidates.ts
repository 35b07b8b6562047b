import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang, MessageParams } from '../../i18n/messages.js';
import { formatPercent } from '../../i18n/numbers.js';
import type { ValidCandidate } from '../../state/schemas.js';
import { formatBirthdate } from '../../state/session.js';
import {
  canChangeCandidate,
  canEnrolCandidates,
  candidateSubscription,
  offersAccessibilityAdjustment,
  type SessionDetailsState,
} from '../../state/session-details.js';
import type { CommonMessageKey } from '../../internal/common.messages.js';
import { heading } from '../../internal/heading.js';
import { strokeIcon } from '../../internal/icon.js';
import type { TooltipController } from '../../internal/info-tip.js';
import type { SessionDetailsMessageKey } from './session-details.messages.js';

/** The dialog open on the candidates tab: the deletion's confirmation, or the accessibility adjustment with its ticked value. */
export type CandidateDialog = { kind: 'delete'; candidate: ValidCandidate } | { kind: 'edit'; candidate: ValidCandidate; needed: boolean };

/** What today's candidates tab needs from the element: its texts, its state and the gestures it turns into events. */
export interface TodayCandidatesView {
  t(key: SessionDetailsMessageKey | CommonMessageKey, params?: MessageParams): string;
  lang: Lang;
  headingLevel: number;
  /** The outcome of the latest hand-over (a focused status or alert), or nothing. */
  outcome: TemplateResult | typeof nothing;
  tooltip: TooltipController;
  dialog: CandidateDialog | null;
  sending: boolean;
  onEnrol(): void;
  onEdit(candidate: ValidCandidate, opener: HTMLElement): void;
  onDelete(candidate: ValidCandidate, opener: HTMLElement): void;
  onNeededChange(needed: boolean): void;
  onSubmit(): void;
  onCancel(): void;
}

const ICONS = {
  edit: svg`<path d="M10.5 2.5l3 3L6 13H3v-3l7.5-7.5zM9 4l3 3" />`,
  delete: svg`<path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4" />`,
};

/** Marks where a value goes in a text, to show it emphasised without HTML in the messages. */
const SLOT = '\u{E000}';

/** A message whose placeholders are markup: the text around them comes from the translation. */
function withMarkup(text: string, parts: readonly TemplateResult[]): Array<string | TemplateResult> {
  return text.split(SLOT).flatMap((piece, index) => (index < parts.length ? [piece, parts[index]!] : [piece]));
}

/**
 * The candidates tab of today's Pix Certif, SCO layout (pix-certif-today.md § 4.2–4.4, 4.6):
 * with no candidate and enrolment open, only the panel "Inscrivez des élèves et c'est partix !";
 * otherwise "Liste des candidats (n)", "Inscrire des candidats" and the table (or "En attente de
 * candidats"). Then the one dialog of the tab.
 */
export function renderTodayCandidates(view: TodayCandidatesView, model: SessionDetailsState): TemplateResult {
  const enrolOpen = canEnrolCandidates(model.session);
  const content =
    model.candidates.length === 0 && enrolOpen
      ? html`<div class="sco-panel" part="empty-state">
          <p class="sco-panel__text">${view.t('sessionDetails.candidates.sco')}</p>
          ${renderEnrolButton(view, true)}
        </div>`
      : html`<header class="candidates-header" part="candidates-header">
            ${heading(view.headingLevel + 1, 'candidates-title', view.t('sessionDetails.candidates.title', { count: model.candidates.length }))}
            ${renderEnrolButton(view, enrolOpen)}
          </header>
          ${
            model.candidates.length === 0
              ? html`<p class="empty" part="empty">${view.t('sessionDetails.candidates.waiting')}</p>`
              : renderTable(view, model.candidates)
          }`;
  return html`${view.outcome} ${content} ${renderDialog(view)}`;
}

function renderEnrolButton(view: TodayCandidatesView, open: boolean): TemplateResult {
  const text = view.t('sessionDetails.candidates.enrol');
  if (open) {
    return html`<button type="button" class="button enrol" part="enrol-button" @click=${view.onEnrol}>${text}</button>`;
  }
  const button = html`<button type="button" class="button enrol" part="enrol-button" aria-disabled="true" aria-describedby="enrol-tip">
    ${text}
  </button>`;
  return view.tooltip.render('enrol', 'enrol-tip', button, view.t('sessionDetails.candidates.enrolRefused'));
}

function renderTable(view: TodayCandidatesView, candidates: readonly ValidCandidate[]): TemplateResult {
  const { t } = view;
  const columns: readonly SessionDetailsMessageKey[] = [
    'sessionDetails.column.birthName',
    'sessionDetails.column.firstName',
    'sessionDetails.column.birthdate',
    'sessionDetails.column.birthCity',
    'sessionDetails.column.birthCountry',
    'sessionDetails.column.extraTime',
    'sessionDetails.column.accessibility',
    'sessionDetails.column.subscription',
    'sessionDetails.column.actions',
  ];
  return html`<div class="table-wrapper" part="table">
    <table class="candidates">
      <caption class="visually-hidden">${t('sessionDetails.candidates.scoCaption')}</caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${t(column)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          candidates,
          (candidate) => candidate.id,
          (candidate) => renderRow(view, candidate),
        )}
      </tbody>
    </table>
  </div>`;
}

function renderRow(view: TodayCandidatesView, candidate: ValidCandidate): TemplateResult {
  const { t, lang } = view;
  const none = t('sessionDetails.candidates.empty.value');
  const extraTime = candidate.extraTimePercentage;
  return html`<tr data-candidate=${candidate.id}>
    <td>${candidate.lastName}</td>
    <td>${candidate.firstName}</td>
    <td><time datetime=${candidate.birthdate}>${formatBirthdate(candidate.birthdate)}</time></td>
    <td>${candidate.birthCity ?? ''}</td>
    <td>${candidate.birthCountry ?? ''}</td>
    <td class="extra-time">${typeof extraTime === 'number' && extraTime > 0 ? formatPercent(extraTime, lang) : none}</td>
    <td class="accessibility">${candidate.accessibilityAdjustmentNeeded === true ? t('sessionDetails.candidates.adjusted') : none}</td>
    <td>${t(`sessionDetails.subscription.${candidateSubscription(candidate)}`)}</td>
    <td class="row-actions">
      ${offersAccessibilityAdjustment(candidate) ? renderRowAction(view, candidate, 'edit') : nothing} ${renderRowAction(view, candidate, 'delete')}
    </td>
  </tr>`;
}

/** "Editer" or "Supprimer" for a candidate: refused (aria-disabled, with its tooltip) once they joined the session. */
function renderRowAction(view: TodayCandidatesView, candidate: ValidCandidate, action: 'edit' | 'delete'): TemplateResult {
  const label = view.t(`sessionDetails.candidate.${action}`, { firstName: candidate.firstName, lastName: candidate.lastName });
  const icon = strokeIcon(ICONS[action]);
  if (canChangeCandidate(candidate)) {
    const open = action === 'edit' ? view.onEdit : view.onDelete;
    return html`<button
      type="button"
      class="icon-button ${action}"
      data-candidate=${candidate.id}
      aria-label=${label}
      @click=${(event: Event) => open(candidate, event.currentTarget as HTMLElement)}
    >
      ${icon}
    </button>`;
  }
  const tipId = `${action}-tip-${candidate.id}`;
  const button = html`<button
    type="button"
    class="icon-button ${action}"
    data-candidate=${candidate.id}
    aria-label=${label}
    aria-disabled="true"
    aria-describedby=${tipId}
  >
    ${icon}
  </button>`;
  return view.tooltip.render(`${action}-${candidate.id}`, tipId, button, view.t(`sessionDetails.candidate.${action}.refused`));
}

/** The tab's one `<dialog>`: the deletion's confirmation (§ 4.4) or the accessibility adjustment (§ 4.6). */
function renderDialog(view: TodayCandidatesView): TemplateResult {
  const { dialog, sending } = view;
  const body = dialog?.kind === 'edit' ? renderEditDialog(view, dialog) : renderDeleteDialog(view, dialog?.candidate ?? null);
  return html`<dialog
    id="candidate-dialog"
    class="candidate-dialog"
    part="candidate-dialog"
    role=${dialog?.kind === 'edit' ? 'dialog' : 'alertdialog'}
    aria-labelledby="candidate-dialog-title"
    aria-describedby=${dialog?.kind === 'edit' ? nothing : 'candidate-dialog-text'}
    aria-busy=${sending ? 'true' : 'false'}
  >
    ${body}
  </dialog>`;
}

function renderFooter(view: TodayCandidatesView, cancel: TemplateResult, confirm: TemplateResult): TemplateResult {
  return html`<div class="dialog__footer">
    <p class="sending" tabindex="-1">${view.sending ? view.t('handover.sending') : ''}</p>
    ${cancel} ${confirm}
  </div>`;
}

function renderDeleteDialog(view: TodayCandidatesView, candidate: ValidCandidate | null): TemplateResult {
  const { t, sending } = view;
  const name = candidate ? t('sessionDetails.deleteCandidate.name', { firstName: candidate.firstName, lastName: candidate.lastName }) : '';
  const text = t('sessionDetails.deleteCandidate.body', { name: SLOT, birthdate: candidate ? formatBirthdate(candidate.birthdate) : '' });
  return html`<div class="dialog__header">
      <h2 id="candidate-dialog-title">${t('sessionDetails.deleteCandidate.title')}</h2>
    </div>
    <div class="dialog__body">
      <p id="candidate-dialog-text">${withMarkup(text, [html`<strong>${name}</strong>`])}</p>
      ${renderFooter(
        view,
        html`<button
          type="button"
          class="button button--secondary cancel"
          aria-label=${t('sessionDetails.deleteCandidate.close')}
          ?disabled=${sending}
          @click=${view.onCancel}
        >
          ${t('ui.close')}
        </button>`,
        html`<button type="button" class="button confirm" aria-busy=${sending ? 'true' : 'false'} ?disabled=${sending} @click=${view.onSubmit}>
          ${t('sessionDetails.deleteCandidate.confirm')}
        </button>`,
      )}
    </div>`;
}

function renderEditDialog(view: TodayCandidatesView, dialog: Extract<CandidateDialog, { kind: 'edit' }>): TemplateResult {
  const { t, sending } = view;
  const { candidate } = dialog;
  const details = t('sessionDetails.editCandidate.details', { removing: SLOT, oral: SLOT });
  return html`<form
    @submit=${(event: Event) => {
      event.preventDefault();
      view.onSubmit();
    }}
  >
    <div class="dialog__header">
      <h2 id="candidate-dialog-title">${t('sessionDetails.editCandidate.title')}</h2>
    </div>
    <div class="dialog__body">
      <div class="names">
        <div class="field">
          <label for="candidate-last-name">${t('sessionDetails.column.birthName')}</label>
          <input id="candidate-last-name" type="text" disabled .value=${live(candidate.lastName)} />
        </div>
        <div class="field">
          <label for="candidate-first-name">${t('sessionDetails.column.firstName')}</label>
          <input id="candidate-first-name" type="text" disabled .value=${live(candidate.firstName)} />
        </div>
      </div>
      <fieldset class="adjustment">
        <legend>${t('sessionDetails.editCandidate.legend')}</legend>
        <p class="alert alert--info">
          ${withMarkup(details, [
            html`<b>${t('sessionDetails.editCandidate.details.removing')}</b>`,
            html`<b>${t('sessionDetails.editCandidate.details.oral')}</b>`,
          ])}
        </p>
        <label class="checkbox">
          <input
            type="checkbox"
            name="accessibility-adjustment-needed"
            .checked=${live(dialog.needed)}
            ?disabled=${sending}
            @change=${(event: Event) => view.onNeededChange((event.target as HTMLInputElement).checked)}
          />
          ${t('sessionDetails.editCandidate.needed')}
        </label>
      </fieldset>
      ${renderFooter(
        view,
        html`<button type="button" class="button button--secondary cancel" ?disabled=${sending} @click=${view.onCancel}>${t('ui.cancel')}</button>`,
        html`<button type="submit" class="button confirm" aria-busy=${sending ? 'true' : 'false'} ?disabled=${sending}>
          ${t('sessionDetails.edit')}
        </button>`,
      )}
    </div>
  </form>`;
}
