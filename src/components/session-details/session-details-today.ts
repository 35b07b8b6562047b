import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, MessageParams } from '../../i18n/messages.js';
import {
  fraudReportUrl,
  incidentReportUrl,
  sessionDetailsAction,
  shownInvigilatorPassword,
  formatSessionDate,
  type SessionDetailsState,
} from '../../state/session-details.js';
import { heading } from '../../internal/heading.js';
import { backButton } from '../../internal/back-button.js';
import type { SessionDetailsMessageKey } from './session-details.messages.js';

/** The values a person can copy on the "Détails" tab. */
export type CopyTarget = 'session' | 'accessCode' | 'password';

/** What edition "current" needs from the element: its texts, its settings and the gestures it turns into events. */
export interface TodayDetailsView {
  t(key: SessionDetailsMessageKey, params?: MessageParams): string;
  lang: Lang;
  headingLevel: number;
  /** The browser can write to the clipboard: only then are the copy buttons shown. */
  canCopy: boolean;
  /** The value just copied ("Copié !" shows beside its button for 2 seconds). */
  copied: CopyTarget | null;
  /** "Copié !" as announced this time (it differs from the last one, so that a second copy is read out again). */
  copiedText: string;
  onCopy(target: CopyTarget, value: string): void;
  onBack(): void;
  onInvigilatorKit(): void;
  onAttendanceSheet(): void;
  onEdit(): void;
  onFinalise(): void;
}

function level(base: number, below: number): number {
  return (Number.isInteger(base) ? Math.min(Math.max(base, 1), 6) : 1) + below;
}

const DOWNLOAD_ICON = html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
  <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
</svg>`;

const COPY_ICON = html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
  <rect x="5" y="5" width="8.5" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"></rect>
  <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path>
</svg>`;

/** "Revenir à la liste des sessions", the title, and the "Date" and "Heure de début (heure locale)" blocks. */
export function renderTodayHeader(view: TodayDetailsView, model: SessionDetailsState): TemplateResult {
  const { t, headingLevel } = view;
  const { session } = model;
  const block = (label: SessionDetailsMessageKey, value: TemplateResult) =>
    html`<div class="when__block">${heading(level(headingLevel, 1), `when-${label.split('.').pop()!}`, t(label))}
      <p>${value}</p>
    </div>`;
  return html`${backButton(t('sessionDetails.back'), view.onBack, 'back-button')}
    <header class="header" part="header">
      ${heading(level(headingLevel, 0), 'details-title', t('sessionDetails.title', { id: session.id }), 'title')}
      <div class="when when--today" part="when">
        ${block('sessionDetails.today.date', html`<time datetime=${session.date}>${formatSessionDate(session.date, view.lang, 'current')}</time>`)}
        ${block('sessionDetails.today.time', html`<time datetime=${session.time}>${session.time}</time>`)}
      </div>
    </header>`;
}

/** The downloads beside the tabs: two links to Pix's forms, two buttons for the host. */
export function renderTodayDownloads(view: TodayDetailsView, model: SessionDetailsState): TemplateResult {
  const { t, lang } = view;
  const link = (href: string, text: SessionDetailsMessageKey, label: SessionDetailsMessageKey, part: string) =>
    html`<a class="button button--secondary button--small" part=${`download ${part}`} href=${href} target="_blank" rel="noopener" download aria-label=${t(label)}
      >${DOWNLOAD_ICON} ${t(text)}</a
    >`;
  const button = (text: SessionDetailsMessageKey, label: SessionDetailsMessageKey, part: string, onClick: () => void) =>
    html`<button type="button" class="button button--secondary button--small" part=${`download ${part}`} aria-label=${t(label)} @click=${onClick}>
      ${DOWNLOAD_ICON} ${t(text)}
    </button>`;
  return html`<div class="downloads" part="downloads">
    ${link(incidentReportUrl(model.session.version, lang), 'sessionDetails.download.incident', 'sessionDetails.download.incident.label', 'incident-report')}
    ${link(fraudReportUrl(lang), 'sessionDetails.download.fraud', 'sessionDetails.download.fraud.label', 'fraud-report')}
    ${button('sessionDetails.download.kit', 'sessionDetails.download.kit.label', 'invigilator-kit', view.onInvigilatorKit)}
    ${
      model.candidates.length > 0
        ? button(
            'sessionDetails.download.attendance',
            'sessionDetails.download.attendance.label',
            'attendance-sheet',
            view.onAttendanceSheet,
          )
        : nothing
    }
  </div>`;
}

interface PanelBlock {
  label: SessionDetailsMessageKey;
  sublabel?: SessionDetailsMessageKey;
  value: string;
  strong?: boolean;
  copy?: { target: CopyTarget; label: SessionDetailsMessageKey; value: string };
}

function renderCopy(view: TodayDetailsView, copy: NonNullable<PanelBlock['copy']>): TemplateResult | typeof nothing {
  if (!view.canCopy) return nothing;
  const copied = view.copied === copy.target;
  return html`<span class="copy">
    <button type="button" class="copy__button" part="copy-button" aria-label=${view.t(copy.label)} @click=${() => view.onCopy(copy.target, copy.value)}>
      ${COPY_ICON}
    </button>
    <span class="copy__tooltip" part="copied" role="status">${copied ? view.copiedText : ''}</span>
  </span>`;
}

/** The "Détails" tab: the session's parameters, then "Modifier", "Finaliser la session" or the finalisation-info text. */
export function renderTodayPanel(view: TodayDetailsView, model: SessionDetailsState): TemplateResult {
  const { t, headingLevel } = view;
  const { session } = model;
  const password = shownInvigilatorPassword(session);
  const blocks: PanelBlock[] = [
    {
      label: 'sessionDetails.panel.session',
      value: String(session.id),
      strong: true,
      copy: { target: 'session', label: 'sessionDetails.copy.session', value: String(session.id) },
    },
    {
      label: 'sessionDetails.panel.accessCode',
      sublabel: 'sessionDetails.panel.candidate',
      value: session.accessCode,
      strong: true,
      copy: { target: 'accessCode', label: 'sessionDetails.copy.accessCode', value: session.accessCode },
    },
    ...(password === null
      ? []
      : [
          {
            label: 'sessionDetails.panel.password',
            sublabel: 'sessionDetails.panel.invigilator',
            value: password,
            strong: true,
            // The raw password is what the invigilator types after the "C-" already shown in the field.
            copy: { target: 'password', label: 'sessionDetails.copy.password', value: session.invigilatorPassword! },
          } satisfies PanelBlock,
        ]),
    { label: 'sessionDetails.panel.address', value: session.address },
    { label: 'sessionDetails.panel.room', value: session.room },
    { label: 'sessionDetails.panel.examiner', value: session.examiner },
  ];
  const labelLevel = level(headingLevel, 2);
  return html`<div class="parameters" part="fields">
      ${blocks.map(
        (block, index) => html`<div class="parameter" part="field">
          ${heading(labelLevel, `parameter-${index}`, t(block.label))}
          ${block.sublabel ? html`<p class="parameter__sublabel">${t(block.sublabel)}</p>` : nothing}
          <p class="parameter__value">
            ${block.strong ? html`<strong>${block.value}</strong>` : block.value} ${block.copy ? renderCopy(view, block.copy) : nothing}
          </p>
        </div>`,
      )}
    </div>
    <div class="parameter parameter--wide" part="field">
      ${heading(labelLevel, 'parameter-description', t('sessionDetails.panel.description'))}
      <p class="description">${session.description ?? ''}</p>
    </div>
    ${renderTodayAction(view, model)}`;
}

function renderTodayAction(view: TodayDetailsView, model: SessionDetailsState): TemplateResult {
  const { t } = view;
  switch (sessionDetailsAction(model)) {
    case 'finalised':
      return html`<p class="alert alert--info finalised-info" part="finalised">${t('sessionDetails.today.finalised')}</p>`;
    case 'finalise':
      return html`<div class="actions" part="actions">
        <button type="button" class="button finalise" part="finalise-button" @click=${view.onFinalise}>${t('sessionDetails.finalise')}</button>
      </div>`;
    default:
      return html`<div class="actions" part="actions">
        <button
          type="button"
          class="button button--secondary edit"
          part="edit-button"
          aria-label=${t('sessionDetails.today.edit.label', { id: model.session.id })}
          @click=${view.onEdit}
        >
          ${t('sessionDetails.edit')}
        </button>
      </div>`;
  }
}
