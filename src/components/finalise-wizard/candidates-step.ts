import { isLongList } from '../../internal/styles.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AbortReason } from '../../state/schemas.js';
import type { Edition } from '../../state/constants.js';
import {
  endScreenHeaderState,
  finishedReports,
  unfinishedReports,
  type FinalisationReport,
  type FinalisationState,
} from '../../state/finalisation.js';
import { fullName } from '../../state/names.js';
import type { MessageParams } from '../../i18n/messages.js';
import type { AbandonReasonMessageKey } from '../abandon-reason/abandon-reason.messages.js';
import type { FinaliseWizardMessageKey } from './finalise-wizard.messages.js';
import { heading } from '../../internal/heading.js';

/** What step 1 needs from the wizard: its state, its texts and the gestures it turns into transitions. */
export interface CandidatesStepView {
  state: FinalisationState;
  /** Passed on to the abandonment-reason selects. */
  edition: Edition;
  /** The language of the texts, and a number the wizard changes to draw every row again (see `tableRows`). */
  lang: string;
  redraw: number;
  t(key: FinaliseWizardMessageKey | AbandonReasonMessageKey, params?: MessageParams): string;
  headingLevel: number;
  infoTip: TemplateResult;
  onAbortReason(certificationCourseId: number, reason: AbortReason | null): void;
  onEndScreen(certificationCourseId: number, seen: boolean): void;
  onToggleAllEndScreens(): void;
  onOpenReports(certificationCourseId: number, opener: HTMLElement): void;
}

function issueReportsCell(view: CandidatesStepView, report: FinalisationReport): TemplateResult {
  const { t, state } = view;
  const id = report.certificationCourseId;
  const count = report.issueReports.length;
  const open = (event: Event) => view.onOpenReports(id, event.currentTarget as HTMLElement);
  // "Ajouter" comes first, so that a report joining the row does not move it.
  return html`<td class="reports-cell" data-label=${t('wizard.column.issueReports')}>
    ${
      state.readOnly
        ? count === 0
          ? html`<span class="muted">—</span>`
          : nothing
        : html`<button type="button" class="button button--secondary button--small add" aria-describedby=${`for-${id}`} @click=${open}>
          ${t('wizard.issueReports.add')}
        </button>`
    }
    ${
      count > 0
        ? html`<button type="button" class="button button--tertiary button--small" aria-describedby=${`for-${id}`} @click=${open}>
          ${t('issueReport.count', { count })}
        </button>`
        : nothing
    }
  </td>`;
}

/**
 * A table's rows, keyed by certification number. A row is drawn again only when its report or
 * what every row shows (`shared`: the language, read-only…) changed, and the table only when
 * its list of reports did: a keystroke elsewhere costs nothing here, and a gesture on one report
 * costs one row, however long the table. (The state is immutable: an unchanged report is the
 * same object.)
 */
function tableRows(
  rows: readonly FinalisationReport[],
  shared: readonly unknown[],
  row: (report: FinalisationReport) => TemplateResult,
): unknown {
  return guard([rows, ...shared], () =>
    repeat(
      rows,
      (report) => report.certificationCourseId,
      (report) => guard([report, ...shared], () => row(report)),
    ),
  );
}

/** The rows of each `<tbody>` of a long table (even: the zebra goes on from one to the next). */
const ROWS_PER_BODY = 10;

/**
 * A table's bodies: one `<tbody>` of `tableRows`, or for a long table one per `ROWS_PER_BODY`
 * rows, which the browser skips while out of sight (`content-visibility`, see the styles): a
 * gesture, or a modal dialog making the page inert, then restyles and lays out the rows in
 * sight, not the whole table. Every row stays in the page, in the keyboard order, in
 * find-in-page and in the accessibility tree. A body is drawn again only when one of its
 * reports or what every row shows changed.
 */
export function tableBodies(
  rows: readonly FinalisationReport[],
  shared: readonly unknown[],
  row: (report: FinalisationReport) => TemplateResult,
): unknown {
  if (!isLongList(rows.length)) return html`<tbody>${tableRows(rows, shared, row)}</tbody>`;
  const bodies: FinalisationReport[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BODY) bodies.push(rows.slice(start, start + ROWS_PER_BODY));
  return repeat(
    bodies,
    (_, index) => index,
    (body) => guard([...body, ...shared], () => html`<tbody>${tableRows(body, shared, row)}</tbody>`),
  );
}

/**
 * The wrapper's class: a long table is skipped by the browser while out of sight (see the
 * styles); a short one is always drawn, so that what it shows is there at once (`innerText`).
 */
export function tableWrapperClass(rows: readonly unknown[]): string {
  return isLongList(rows.length) ? 'table-wrapper long' : 'table-wrapper';
}

/**
 * The columns both tables of step 1 share, with the same widths (see the styles' fixed layout), so
 * that a name, a number or a "Signalement" button sits at the same place in either table, and
 * adding an issue report moves no column.
 */
export const sharedColumns = html`<colgroup>
  <col class="col-name" />
  <col class="col-name" />
  <col class="col-number" />
  <col class="col-reports" />
  <col class="col-last" />
</colgroup>`;

/** The hidden names the rows' buttons are described by: drawn again only when the list of candidates changed (`indexById`). */
export function rowDescriptions(state: FinalisationState, lang: string, text: (report: FinalisationReport) => string): unknown {
  return guard([state.indexById, lang], () =>
    state.reports.map((report) => html`<span id=${`for-${report.certificationCourseId}`}>${text(report)}</span>`),
  );
}

/**
 * A table of candidates: the columns both tables share (Nom, Prénom, N° de certification,
 * Signalement), then the table's own last column.
 */
function candidatesTable(
  view: CandidatesStepView,
  titleId: string,
  rows: readonly FinalisationReport[],
  lastHeader: TemplateResult | typeof nothing,
  lastCell: (report: FinalisationReport) => TemplateResult | typeof nothing,
): TemplateResult {
  const { t } = view;
  return html`<div class=${`${tableWrapperClass(rows)} table-wrapper--cards`} part="table">
    <table aria-labelledby=${titleId}>
      ${sharedColumns}
      <thead>
        <tr>
          <th scope="col">${t('wizard.column.lastName')}</th>
          <th scope="col">${t('wizard.column.firstName')}</th>
          <th scope="col">${t('wizard.column.number')}</th>
          <th scope="col">${t('wizard.column.issueReports')}</th>
          ${lastHeader}
        </tr>
      </thead>
      ${tableBodies(
        rows,
        [view.lang, view.redraw, view.state.readOnly, view.state.endScreenCheck, view.edition],
        (report) => html`<tr>
            <td data-label=${t('wizard.column.lastName')}>${report.lastName}</td>
            <td data-label=${t('wizard.column.firstName')}>${report.firstName}</td>
            <td data-label=${t('wizard.column.number')}>${report.certificationCourseId}</td>
            ${issueReportsCell(view, report)}
            ${lastCell(report)}
          </tr>`,
      )}
    </table>
  </div>`;
}

function unfinishedTable(view: CandidatesStepView, rows: readonly FinalisationReport[]): TemplateResult {
  const { t, state } = view;
  const abortReasonHeader = html`<th scope="col"><span class="th-with-tip">${t('wizard.column.abortReason')} ${view.infoTip}</span></th>`;
  const abortReasonCell = (report: FinalisationReport) => html`<td data-label=${t('wizard.column.abortReason')}>
    ${
      state.readOnly
        ? report.abortReason
          ? t(`abortReason.${report.abortReason}`)
          : t('wizard.abortReason.none')
        : reasonSelect(view, report, { label: t('abortReason.labelFor', { name: fullName(report) }) })
    }
  </td>`;
  return html`<div class="alert alert--warning banner" part="unfinished-banner" id="unfinished-title">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <path d="M8 1l7 13H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path>
        <rect x="7.25" y="5.5" width="1.5" height="4.5" fill="currentColor"></rect>
        <rect x="7.25" y="11" width="1.5" height="1.5" fill="currentColor"></rect>
      </svg>
      <span>${t('wizard.unfinished.banner')}</span>
    </div>
    ${candidatesTable(view, 'unfinished-title', rows, abortReasonHeader, abortReasonCell)}`;
}

function finishedTable(view: CandidatesStepView, rows: readonly FinalisationReport[]): TemplateResult {
  const { t, state } = view;
  const header = endScreenHeaderState(state);
  const endScreenHeader = html`<th scope="col">
    <span class="th-with-check">
      <input
        type="checkbox"
        aria-label=${t('wizard.endScreen.all')}
        .checked=${live(header === 'checked')}
        .indeterminate=${live(header === 'mixed')}
        ?disabled=${state.readOnly || header === 'disabled'}
        @change=${(event: Event) => {
          event.preventDefault();
          view.onToggleAllEndScreens();
        }}
      />
      <span>${t('wizard.column.endScreen')}</span>
    </span>
  </th>`;
  const endScreenCell = (report: FinalisationReport) => html`<td class="check-cell" data-label=${t('wizard.column.endScreen')}>
    <input
      type="checkbox"
      aria-label=${t('wizard.endScreen.row', { name: fullName(report) })}
      .checked=${live(report.hasSeenEndTestScreen)}
      ?disabled=${state.readOnly}
      @change=${(event: Event) => view.onEndScreen(report.certificationCourseId, (event.currentTarget as HTMLInputElement).checked)}
    />
  </td>`;
  const withEndScreen = state.endScreenCheck;
  return html`${heading(view.headingLevel + 2, 'finished-title', t('wizard.finished.title'))}
    ${candidatesTable(view, 'finished-title', rows, withEndScreen ? endScreenHeader : nothing, (report) =>
      withEndScreen ? endScreenCell(report) : nothing,
    )}`;
}

/** Step 1: the unfinished certifications (with their reasons), then the finished ones. */
/** What a table row's abandonment-reason select says beyond its reason: its name, and in edition "current" its description and error. */
export interface ReasonSelectTexts {
  label: string;
  description?: string;
  errorMessage?: string;
}

/**
 * A report's abandonment-reason select in its table row, in either edition: the page announces
 * the errors (no browser bubble), and the wizard's own events say what changed.
 */
export function reasonSelect(
  view: { edition: Edition; onAbortReason(certificationCourseId: number, reason: AbortReason | null): void },
  report: FinalisationReport,
  texts: ReasonSelectTexts,
): TemplateResult {
  return html`<pix-abandon-reason
    data-certification=${report.certificationCourseId}
    edition=${view.edition}
    label=${texts.label}
    description=${texts.description ?? ''}
    error-message=${texts.errorMessage ?? ''}
    hide-label
    no-info
    no-announce
    required
    .value=${live(report.abortReason ?? '')}
    @invalid=${(event: Event) => {
      // The page's message and the select's own mark say what is missing: no browser bubble.
      event.preventDefault();
    }}
    @change=${(event: Event) => {
      // The wizard's own events say what changed (pix-draft-change): this inner change stays inside.
      event.stopPropagation();
      const value = (event.currentTarget as HTMLInputElement).value;
      view.onAbortReason(report.certificationCourseId, value === '' ? null : (value as AbortReason));
    }}
  ></pix-abandon-reason>`;
}

export function renderCandidatesStep(view: CandidatesStepView): TemplateResult {
  const unfinished = unfinishedReports(view.state);
  const finished = finishedReports(view.state);
  return html`<section class="step" part="step step-1" aria-labelledby="step-1-title">
    ${heading(view.headingLevel + 1, 'step-1-title', view.t('wizard.step1.title'))}
    <div hidden>${rowDescriptions(view.state, view.lang, (report) => view.t('wizard.issueReports.for', { name: fullName(report) }))}</div>
    ${unfinished.length === 0 && finished.length === 0 ? html`<p>${view.t('wizard.noReports')}</p>` : nothing}
    ${unfinished.length > 0 ? unfinishedTable(view, unfinished) : nothing}
    ${finished.length > 0 ? finishedTable(view, finished) : nothing}
  </section>`;
}
