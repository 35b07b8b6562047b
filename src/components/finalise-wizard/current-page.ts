import { backButton } from '../../internal/back-button.js';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AbortReason } from '../../state/schemas.js';
import type { Edition } from '../../state/constants.js';
import { finishedReports, unfinishedReports, type FinalisationReport, type FinalisationState } from '../../state/finalisation.js';
import { HandoverTimeoutError, type FailureMessage } from '../../state/handover.js';
import type { MessageKey } from '../../state/messages.js';
import { readProperty } from '../../state/input.js';
import { fullName } from '../../state/names.js';
import type { MessageParams } from '../../i18n/messages.js';
import { heading } from '../../internal/heading.js';
import { reasonSelect, rowDescriptions, sharedColumns, tableBodies, tableWrapperClass } from './candidates-step.js';
import type { CurrentPageMessageKey } from './current-page.messages.js';

/** The codes with their own text on today's page (§ 1.7). */
const CURRENT_FAILURE_CODES = [
  'SESSION_ALREADY_FINALIZED',
  'SESSION_WITHOUT_STARTED_CERTIFICATION',
  'UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON',
  'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE',
  'SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED',
] as const;

/**
 * A host's rejection as today's page words it: a known code gets § 1.7's text; a rejection with
 * nothing readable (no code, no message) gets "Erreur lors de la finalisation de session.".
 * Anything else (a timeout, the host's own message) is the library's usual reading: `undefined`.
 */
export function describeCurrentFailure(rejection: unknown): FailureMessage | undefined {
  if (isTimeout(rejection)) return undefined;
  const code = readProperty(rejection, 'code');
  if (typeof code === 'string' && (CURRENT_FAILURE_CODES as readonly string[]).includes(code)) {
    // The wizard's texts, localised by the wizard (its `format` knows them).
    return { message: { key: `current.result.${code}` as MessageKey } };
  }
  const text = readProperty(rejection, 'message');
  if (typeof text === 'string' && text.trim() !== '') return undefined;
  return { message: { key: 'current.result.generic' as MessageKey } };
}

function isTimeout(rejection: unknown): boolean {
  try {
    return rejection instanceof HandoverTimeoutError;
  } catch {
    // A proxy whose prototype cannot be read is not the library's timeout.
    return false;
  }
}

/** What today's page needs from the wizard: its state, texts, the parts it shares with the guide's page, and the gestures. */
export interface CurrentPageView {
  state: FinalisationState;
  edition: Edition;
  /** The language of the texts, and a number the wizard changes to draw every row again (see `tableRows`). */
  lang: string;
  redraw: number;
  t(key: CurrentPageMessageKey | 'ui.backToSession', params?: MessageParams): string;
  headingLevel: number;
  /** The success (once finalised here) or failure of the hand-over, at the top. */
  outcome: TemplateResult | typeof nothing;
  /** Whether the finalisation succeeded on this page (the page then stays, read-only). */
  finalisedHere: boolean;
  /** "Finaliser" found reasons missing: the message shows under the title. */
  missingReasons: boolean;
  /** What the wizard says at the top whatever the edition (the confirmation closed by a session change, a draft restored). */
  notices: TemplateResult | typeof nothing;
  liveRegion: TemplateResult;
  abortReasonTip: TemplateResult;
  confirmation: TemplateResult | typeof nothing;
  reportDialog: TemplateResult | typeof nothing;
  onBack(): void;
  onAbortReason(certificationCourseId: number, reason: AbortReason | null): void;
  onOpenReports(certificationCourseId: number, opener: HTMLElement): void;
  onComplementaryInformation(flag: 'hasIncident' | 'hasJoiningIssue', checked: boolean): void;
  onFinalise(): void;
}

const addIcon = html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
  <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path>
</svg>`;

/** The "Signalement" cell: the button named by its text, described by the candidate's name; the count as text. */
function reportingCell(view: CurrentPageView, report: FinalisationReport): TemplateResult {
  const { t, state } = view;
  const id = report.certificationCourseId;
  const count = report.issueReports.length;
  const open = (event: Event) => view.onOpenReports(id, event.currentTarget as HTMLElement);
  return html`<td class="reports-cell" data-label=${t('current.column.reporting')}>
    ${
      state.readOnly
        ? count === 0
          ? html`<span class="muted">—</span>`
          : nothing
        : html`<button type="button" class="button button--tertiary button--small add" aria-describedby=${`for-${id}`} @click=${open}>
          ${addIcon}${t(count > 0 ? 'current.reporting.addOrDelete' : 'current.reporting.add')}
        </button>`
    }
    ${count > 0 ? html`<p class="reporting-count">${t('current.reporting.count', { count })}</p>` : nothing}
  </td>`;
}

function table(
  view: CurrentPageView,
  caption: string,
  rows: readonly FinalisationReport[],
  lastHeader: TemplateResult | typeof nothing,
  lastCell: (report: FinalisationReport) => TemplateResult | typeof nothing,
): TemplateResult {
  const { t } = view;
  return html`<div class=${`${tableWrapperClass(rows)} table-wrapper--cards`} part="table">
    <table>
      <caption class="visually-hidden">${caption}</caption>
      ${sharedColumns}
      <thead>
        <tr>
          <th scope="col">${t('current.column.lastName')}</th>
          <th scope="col">${t('current.column.firstName')}</th>
          <th scope="col">${t('current.column.number')}</th>
          <th scope="col">${t('current.column.reporting')}</th>
          ${lastHeader}
        </tr>
      </thead>
      ${tableBodies(
        rows,
        [view.lang, view.redraw, view.state.readOnly, view.edition, view.missingReasons],
        (report) => html`<tr>
            <td data-label=${t('current.column.lastName')}>${report.lastName}</td>
            <td data-label=${t('current.column.firstName')}>${report.firstName}</td>
            <td data-label=${t('current.column.number')}>${report.certificationCourseId}</td>
            ${reportingCell(view, report)} ${lastCell(report)}
          </tr>`,
      )}
    </table>
  </div>`;
}

function unfinishedTable(view: CurrentPageView, rows: readonly FinalisationReport[]): TemplateResult {
  const { t, state } = view;
  const header = html`<th scope="col"><span class="th-with-tip">${t('current.column.abortReason')} ${view.abortReasonTip}</span></th>`;
  const cell = (report: FinalisationReport) => html`<td data-label=${t('current.column.abortReason')}>
    ${
      state.readOnly
        ? report.abortReason
          ? t(`current.abortReason.${report.abortReason}`)
          : nothing
        : reasonSelect(view, report, {
            label: t('current.abortReason.select'),
            description: fullName(report),
            errorMessage: view.missingReasons && !report.abortReason ? t('current.missingReasons') : '',
          })
    }
  </td>`;
  return html`<div class="alert alert--warning banner" part="unfinished-banner">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <path d="M8 1l7 13H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path>
        <rect x="7.25" y="5.5" width="1.5" height="4.5" fill="currentColor"></rect>
        <rect x="7.25" y="11" width="1.5" height="1.5" fill="currentColor"></rect>
      </svg>
      <span>${t('current.unfinished.warning')}</span>
    </div>
    ${table(view, t('current.unfinished.caption'), rows, header, cell)}`;
}

function finishedTable(view: CurrentPageView, rows: readonly FinalisationReport[], withAlert: boolean): TemplateResult {
  const { t } = view;
  return html`${
    withAlert
      ? html`<div class="alert alert--success banner finished-alert">
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
          </svg>
          <span>${t('current.finished.alert')}</span>
        </div>`
      : nothing
  }
  ${table(view, t('current.finished.caption'), rows, nothing, () => nothing)}`;
}

/** The abandonment reasons explained, as Pix's tooltip lists them. */
export function currentAbortReasonTip(t: CurrentPageView['t']): TemplateResult {
  return html`<ul class="tip-list">
    <li>
      ${t('current.abortReason.candidate')}
      <ul>
        <li>${t('current.abortReason.candidate.notEnoughTime')}</li>
        <li>${t('current.abortReason.candidate.leftDeliberately')}</li>
      </ul>
    </li>
    <li>
      ${t('current.abortReason.technical')}
      <ul>
        <li>${t('current.abortReason.technical.description')}</li>
      </ul>
    </li>
  </ul>`;
}

function reportingStep(view: CurrentPageView): TemplateResult {
  const { t, state } = view;
  const unfinished = unfinishedReports(state);
  const finished = finishedReports(state);
  return html`<section class="step" part="step step-1" aria-labelledby="step-1-title">
    ${heading(view.headingLevel + 1, 'step-1-title', t('current.reporting.title'))}
    <p class="step__description">${t('current.reporting.description')}</p>
    <div hidden>${rowDescriptions(state, view.lang, fullName)}</div>
    ${unfinished.length > 0 ? unfinishedTable(view, unfinished) : nothing}
    ${finished.length > 0 ? finishedTable(view, finished, unfinished.length > 0) : nothing}
  </section>`;
}

function complementaryStep(view: CurrentPageView): TemplateResult {
  const { t, state } = view;
  const checkbox = (flag: 'hasIncident' | 'hasJoiningIssue', id: string, label: string) => html`<div class="choice">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(state[flag])}
      ?disabled=${state.readOnly}
      @change=${(event: Event) => view.onComplementaryInformation(flag, (event.currentTarget as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
  return html`<section class="step" part="step step-2" aria-labelledby="step-2-title">
    ${heading(view.headingLevel + 1, 'step-2-title', t('current.complementary.title'))}
    <p class="step__description">${t('current.complementary.description')}</p>
    <div class="complementary">
      ${checkbox('hasIncident', 'complementary-incident', t('current.complementary.incident'))}
      ${checkbox('hasJoiningIssue', 'complementary-joining-issue', t('current.complementary.joiningIssue'))}
      ${
        state.hasJoiningIssue
          ? html`<p class="alert alert--info joining-issue-help">
            <span
              >${t('current.complementary.joiningIssue.before')}
              <a href=${t('current.complementary.joiningIssue.url')} target="_blank" rel="noreferrer noopener"
                >${t('current.complementary.joiningIssue.link')}</a
              ></span
            >
          </p>`
          : nothing
      }
    </div>
  </section>`;
}

/**
 * Today's finalisation page (§ 1.2–1.7): "Retour à la session", the title, the missing-reason
 * message, step "Signalements" with its two tables, step "Informations complémentaires" with its
 * two checkboxes, "Finaliser". A session finalised elsewhere shows only the title, the back
 * button and why; a session nobody started, why and no "Finaliser".
 */
export function renderCurrentPage(view: CurrentPageView): TemplateResult {
  const { t, state } = view;
  const finalisedElsewhere = state.readOnly && !view.finalisedHere;
  const notStarted = !finalisedElsewhere && state.reports.length === 0;
  return html`<article class="page page--current" part="base" aria-labelledby="wizard-title">
    <header class="header" part="header">
      <div>
        ${backButton(t('ui.backToSession'), () => view.onBack())}
      </div>
      ${heading(view.headingLevel, 'wizard-title', t(view.finalisedHere ? 'current.title.finalised' : 'current.title', { id: state.session.id }))}
      <div role="alert" class="missing-reasons">${
        view.missingReasons ? html`<p class="alert alert--error" id="missing-reasons">${t('current.missingReasons')}</p>` : nothing
      }</div>
      ${view.outcome} ${view.notices}
      ${
        finalisedElsewhere
          ? html`<p class="alert alert--info not-finalisable" part="outcome">${t('current.result.SESSION_ALREADY_FINALIZED')}</p>`
          : notStarted
            ? html`<p class="alert alert--info not-finalisable">${t('current.result.SESSION_WITHOUT_STARTED_CERTIFICATION')}</p>`
            : nothing
      }
    </header>
    ${view.liveRegion}
    ${
      finalisedElsewhere || notStarted
        ? nothing
        : html`${reportingStep(view)} ${complementaryStep(view)}
          ${
            state.readOnly
              ? nothing
              : html`<div class="actions" part="actions">
                <div class="actions__buttons">
                  <button type="button" class="button validate finalise" @click=${() => view.onFinalise()}>${t('current.finalise')}</button>
                </div>
              </div>`
          }
          ${view.confirmation} ${view.reportDialog}`
    }
  </article>`;
}
