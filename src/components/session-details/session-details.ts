import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  canChangeCandidate,
  canEditSession,
  canEnrolCandidates,
  canRequestFinalisation,
  createSessionDetails,
  describeCandidateDeleteFailure,
  describeCandidateUpdateFailure,
  formatSessionDate,
  withAccessibilityAdjustment,
  withoutCandidate,
  type SessionDetailsState,
} from '../../state/session-details.js';
import { deadlineMessageKey, formatBirthdate, statusLabelKey } from '../../state/session.js';
import type { Candidate, CertificationReport, Session, ValidCandidate } from '../../state/schemas.js';
import { numberProperty } from '../../state/input.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { sessionDetailsMessages, type SessionDetailsMessageKey } from './session-details.messages.js';
import { common, headings, iconButtons, pageStyles, pageTitleSize, tables, tokens } from '../../internal/styles.js';
import {
  PixAttendanceSheetDownloadEvent,
  PixInvigilatorKitDownloadEvent,
  PixSessionEditEvent,
  PixSessionFinaliseRequestEvent,
  type SessionIdDetail,
} from '../../events/session-events.js';
import { PixNavigateEvent } from '../../events/navigate-events.js';
import { PixCandidateDeleteEvent, PixCandidateUpdateEvent } from '../../events/candidate-events.js';
import { HandoverController } from '../../internal/handover.js';
import { dialogById, ModalDialogController, modalDialogStyles } from '../../internal/modal-dialog.js';
import { TooltipController, tooltipStyles } from '../../internal/info-tip.js';
import type { Edition } from '../../state/constants.js';
import { sessionDetailsStyles } from './session-details.styles.js';
import {
  renderTodayDownloads,
  renderTodayHeader,
  renderTodayPanel,
  type CopyTarget,
  type TodayDetailsView,
} from './session-details-today.js';
import { renderTodayCandidates, type CandidateDialog, type TodayCandidatesView } from './session-details-candidates.js';

/** The page's tabs, in order. */
export const SESSION_DETAILS_TABS = ['details', 'candidates'] as const;
export type SessionDetailsTab = (typeof SESSION_DETAILS_TABS)[number];

function heading(level: number, id: string, content: string): TemplateResult {
  switch (Math.min(Math.max(Math.trunc(level) || 1, 1), 6)) {
    case 1:
      return html`<h1 id=${id} part="title">${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part="title">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part="title">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part="title">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part="title">${content}</h5>`;
    default:
      return html`<h6 id=${id} part="title">${content}</h6>`;
  }
}

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(sessionDetailsMessages, stateMessages, commonMessages);

/** How long "Copié !" shows beside a copy button. */
export const COPIED_DURATION_MS = 2000;

/** What differs between the editions, chosen once per render. */
interface DetailsEditionView {
  /** What stands above the tabs: the header (and, today, the way back to the list). */
  top(model: SessionDetailsState): TemplateResult;
  /** The tab list, and whatever stands beside it. */
  controls(tabs: TemplateResult, model: SessionDetailsState): TemplateResult;
  tabsLabel: 'sessionDetails.tabs' | 'sessionDetails.today.tabs';
  candidatesTab: 'sessionDetails.tab.candidates' | 'sessionDetails.today.tab.candidates';
  /** The content of the "Détails" tab. */
  details(model: SessionDetailsState): TemplateResult;
  /** The content of the candidates tab. */
  candidates(model: SessionDetailsState): TemplateResult;
}

/**
 * @summary A session's details page, as in Pix Certif: "Session {id}", "Télécharger le PV",
 * the date and start time, then the tabs "Détails" (the session's fields, "Modifier" or
 * "Finaliser la session" as the session's progress allows) and "Candidats (N)" (the enrolled
 * candidates). Shows the 48-hour finalisation reminder, or the warning once it is late, until
 * the session is finalised. In edition "current" (today's Pix Certif): "Revenir à la liste des
 * sessions", the "Date" and "Heure de début (heure locale)" blocks, the downloads "PV
 * d'incident", "PV de fraude" (links to Pix's forms), "Kit surveillant" and "Feuille
 * d'émargement", the parameters with their copy buttons (the invigilator's password as "C-…"),
 * and "Modifier", "Finaliser la session" or the finalisation-info text; no 48-hour text. Its
 * candidates tab is today's, SCO layout: "Liste des candidats (n)" with "Inscrire des candidats"
 * (refused, with its message, once the session is finalised or expired), the columns "Nom de
 * naissance" to "Certification sélectionnée", and per candidate "Editer" (the accessibility
 * adjustment, in a dialog) and "Supprimer" (after a confirmation), both refused once the
 * candidate joined the session; with no candidate, "Inscrivez des élèves et c'est partix !" (or
 * "En attente de candidats" when enrolment is refused).
 *
 * @tag pix-session-details
 *
 * @event {PixAttendanceSheetDownloadEvent} pix-attendance-sheet-download - "Télécharger le PV" ("Feuille d'émargement" in edition "current", offered only with at least one candidate): the host downloads the attendance sheet; `detail` is `{ sessionId }`.
 * @event {PixSessionEditEvent} pix-session-edit - "Modifier" (offered only while nobody has started); `detail` is `{ sessionId }`.
 * @event {PixSessionFinaliseRequestEvent} pix-session-finalise-request - "Finaliser la session" (offered once someone has started, until the session is finalised); `detail` is `{ sessionId }`.
 * @event {PixInvigilatorKitDownloadEvent} pix-invigilator-kit-download - "Kit surveillant" (edition "current"): the host downloads the invigilator's kit; `detail` is `{ sessionId }`.
 * @event {PixNavigateEvent} pix-navigate - Edition "current": "Revenir à la liste des sessions" (`{ to: 'session-list', sessionId: null }`) and "Inscrire des candidats" (`{ to: 'student-enrolment', sessionId }`).
 * @event {PixCandidateDeleteEvent} pix-candidate-delete - Edition "current": "Supprimer le/la candidat(e)" in the confirmation; `detail` is `{ sessionId, candidateId }`. Call `event.respondWith(promise)`: a rejection with `status` 403 gets "Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer."; on success the row goes away until the host gives `.candidates` again.
 * @event {PixCandidateUpdateEvent} pix-candidate-update - Edition "current": "Modifier" in a candidate's edition dialog; `detail` is `{ sessionId, candidateId, accessibilityAdjustmentNeeded }`. Call `event.respondWith(promise)`; on success the row shows the new value until the host gives `.candidates` again.
 *
 * @slot candidates-actions - Edition "2021": shown above the candidates' table, e.g. the host's button to enrol pupils.
 *
 * @csspart base - The whole page.
 * @csspart header - Title, download button, date, status and messages.
 * @csspart title - The page's heading.
 * @csspart download-button - "Télécharger le PV".
 * @csspart when - The date and start time line.
 * @csspart status - The session's status.
 * @csspart finalised - The message of a finalised session.
 * @csspart deadline - The 48-hour reminder or the passed-deadline warning.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (also `tab-selected` on the selected one).
 * @csspart panel - Each tab panel (also `details-panel`, `candidates-panel`).
 * @csspart fields - The list of the session's fields.
 * @csspart actions - "Modifier" and "Finaliser la session".
 * @csspart edit-button - "Modifier".
 * @csspart finalise-button - "Finaliser la session".
 * @csspart table - The wrapper of the candidates' table.
 * @csspart back-button - "Revenir à la liste des sessions" (edition "current").
 * @csspart controls - The tabs and the downloads (edition "current").
 * @csspart downloads - The download links and buttons (edition "current"); each is also a `download` part, with `incident-report`, `fraud-report`, `invigilator-kit` or `attendance-sheet`.
 * @csspart field - Each parameter of the "Détails" tab (edition "current").
 * @csspart copy-button - Each copy button (edition "current").
 * @csspart copied - The "Copié !" tooltip beside a copy button (edition "current").
 * @csspart empty - The text shown when no candidate is enrolled ("En attente de candidats" in edition "current").
 * @csspart empty-state - "Inscrivez des élèves et c'est partix !" and its "Inscrire des candidats" (edition "current").
 * @csspart candidates-header - "Liste des candidats (n)" and "Inscrire des candidats" (edition "current").
 * @csspart enrol-button - "Inscrire des candidats" (edition "current").
 * @csspart tooltip - Why an action is refused: enrolment, or editing and deleting a candidate who joined (edition "current").
 * @csspart candidate-dialog - The deletion's confirmation or the accessibility adjustment's dialog (edition "current").
 * @csspart outcome - The message of a deletion's or an adjustment's outcome (edition "current").
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the data is not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour (buttons, selected tab).
 * @cssproperty --pix-primary-700 - Hover colour, secondary buttons, selected tab text.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-neutral-500 - Field labels and secondary text.
 * @cssproperty --pix-neutral-100 - Borders.
 * @cssproperty --pix-neutral-20 - Zebra rows and the status badge.
 * @cssproperty --pix-certif-50 - Table header background.
 * @cssproperty --pix-info-50 - Background of the reminder and the finalised message.
 * @cssproperty --pix-info-700 - Text of the reminder and the finalised message.
 * @cssproperty --pix-warning-50 - Background of the passed-deadline warning.
 * @cssproperty --pix-warning-700 - Text of the passed-deadline warning.
 * @cssproperty --pix-success-700 - Text of a finalised status, and of a candidate's outcome message.
 * @cssproperty --pix-error-700 - A candidate's failure message (edition "current").
 * @cssproperty --pix-font-family-title - Font of the heading.
 * @cssproperty --pix-font-family-body - Font of the text.
 * @cssproperty --pix-font-family-mono - Font of the access code.
 * @cssproperty --pix-page-width - Maximum width of the page (default 72rem).
 */
export class PixSessionDetails extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [
    tokens,
    common,
    pageStyles,
    headings,
    pageTitleSize,
    tables,
    iconButtons,
    modalDialogStyles,
    tooltipStyles,
    sessionDetailsStyles,
  ];

  /** The session shown. Checked at run time: bad data shows an error state; not set yet, a quiet empty state. */
  @property({ attribute: false }) session?: Session;

  /** The enrolled candidates; none when absent. Checked at run time, as `session` is. */
  @property({ attribute: false }) candidates?: readonly Candidate[];

  /** The session's certification reports, to know who started; none when absent. Checked at run time, as `session` is. */
  @property({ attribute: false }) reports?: readonly CertificationReport[];

  /** The current time for the 48-hour rule (ISO string, timestamp or Date); the real time when absent. */
  @property() now?: string | number | Date;

  /** Level of the page's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** The tab shown: "details" (default) or "candidates". Follows a person's choice. */
  @property({ reflect: true }) tab: SessionDetailsTab = 'details';

  /** The state shown (read-only view): null while the input is invalid. */
  get details(): SessionDetailsState | null {
    return this.model;
  }

  @state() private model: SessionDetailsState | null = null;
  /** Why the input is refused; null with no model: not set yet. */
  @state() private loadError: string | null = null;

  /** A button of the page that had focus before an update (it may disappear with it). */
  private focusedBeforeUpdate: HTMLElement | null = null;

  /** The value just copied, while "Copié !" shows. */
  @state() private copied: CopyTarget | null = null;
  /** Flips at each copy, so that the same words are announced again. */
  @state() private copiedToggle = false;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The candidates tab's dialog (edition "current"): what it is about, while it is open or last was. */
  @state() private candidateDialog: CandidateDialog | null = null;

  private readonly tooltip = new TooltipController(this);

  /** A candidate's deletion or adjustment: its answer lands only if it answers the latest attempt about this session. */
  private readonly handover = new HandoverController<{ text: SessionDetailsMessageKey }>(this, {
    genericKey: 'candidateDelete.generic',
    subject: () => this.model?.session.id,
    format: (message) => this.format(message),
    describe: (rejection) =>
      this.candidateDialog?.kind === 'edit' ? describeCandidateUpdateFailure(rejection) : describeCandidateDeleteFailure(rejection),
    onSubjectChange: () => {
      this.modal.close();
      this.candidateDialog = null;
    },
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => dialogById(this, 'candidate-dialog'),
    // A destructive confirmation opens on its cancel button; the adjustment on its checkbox.
    initialFocus: () =>
      this.renderRoot.querySelector<HTMLElement>(
        this.handover.sending
          ? 'dialog .sending'
          : this.candidateDialog?.kind === 'edit'
            ? 'dialog input[type="checkbox"]'
            : 'dialog .cancel',
      ),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#panel-candidates'),
    canDismiss: () => !this.handover.sending,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
    this.copied = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedBeforeUpdate = this.shadowRoot?.activeElement instanceof HTMLElement ? this.shadowRoot.activeElement : null;
    // `tab` is reflected: a value that cannot become an attribute (a Symbol, a revoked proxy) means the default.
    if (changed.has('tab') && typeof this.tab !== 'string') this.tab = 'details';
    if (!changed.has('session') && !changed.has('candidates') && !changed.has('reports') && this.hasUpdated) return;
    const created = createSessionDetails({ session: this.session, candidates: this.candidates, reports: this.reports });
    if (!created.ok) {
      this.model = null;
      this.loadError = created.notSetYet ? null : created.error;
      return;
    }
    this.loadError = null;
    this.clearInputError();
    this.model = created.state;
  }

  protected override updated(): void {
    // "Modifier" or "Finaliser la session" goes away when the host updates the session:
    // focus moves to the panel around it rather than falling back to the page's body
    // (unless it went somewhere already: a hand-over's outcome takes it).
    const lost = this.focusedBeforeUpdate;
    this.focusedBeforeUpdate = null;
    if (lost && !lost.isConnected && !this.shadowRoot?.activeElement) {
      this.renderRoot.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')?.focus();
    }
    // While sending, the dialog's buttons are disabled: focus waits on the "Envoi en cours…" line.
    if (this.handover.sending && this.modal.open) {
      const line = this.renderRoot.querySelector<HTMLElement>('dialog .sending');
      if (line && this.shadowRoot?.activeElement !== line) line.focus();
    }
  }

  private get currentTab(): SessionDetailsTab {
    return SESSION_DETAILS_TABS.includes(this.tab) ? this.tab : 'details';
  }

  private async selectTab(tab: SessionDetailsTab, focus: boolean): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = SESSION_DETAILS_TABS.indexOf(this.currentTab);
    const last = SESSION_DETAILS_TABS.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
        next = index === 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    void this.selectTab(SESSION_DETAILS_TABS[next]!, true);
  }

  private emitSessionEvent(SessionEvent: new (detail: SessionIdDetail) => Event): void {
    if (this.model) this.dispatchEvent(new SessionEvent({ sessionId: this.model.session.id }));
  }

  private async copy(target: CopyTarget, value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Refused (no permission, no focus): nothing was copied, so nothing says it was.
      return;
    }
    clearTimeout(this.copiedTimer);
    this.copiedToggle = !this.copiedToggle;
    this.copied = target;
    this.copiedTimer = setTimeout(() => {
      this.copied = null;
    }, COPIED_DURATION_MS);
  }

  // The candidates tab of edition "current" ------------------------------------------------

  private async openCandidateDialog(dialog: CandidateDialog, opener: HTMLElement): Promise<void> {
    if (!canChangeCandidate(dialog.candidate) || this.handover.sending) return;
    this.handover.clearOutcome();
    this.candidateDialog = dialog;
    await this.updateComplete;
    this.modal.show(opener);
  }

  private async submitCandidateDialog(): Promise<void> {
    const dialog = this.candidateDialog;
    const model = this.model;
    if (!dialog || !model || this.handover.sending) return;
    const ids = { sessionId: model.session.id, candidateId: dialog.candidate.id };
    const event =
      dialog.kind === 'edit'
        ? new PixCandidateUpdateEvent({ ...ids, accessibilityAdjustmentNeeded: dialog.needed })
        : new PixCandidateDeleteEvent(ids);
    await this.handover.send(event, {
      onSuccess: () => {
        // The host reloads the list when it likes: until then the row shows what was saved.
        if (this.model) {
          this.model =
            dialog.kind === 'edit'
              ? withAccessibilityAdjustment(this.model, ids.candidateId, dialog.needed)
              : withoutCandidate(this.model, ids.candidateId);
        }
        return { text: dialog.kind === 'edit' ? 'sessionDetails.editCandidate.success' : 'sessionDetails.deleteCandidate.success' };
      },
      onAnswer: () => {
        // The dialog closes in every case; the outcome, in the page, then takes focus.
        this.modal.close();
        this.candidateDialog = null;
      },
    });
  }

  private cancelCandidateDialog(): void {
    if (!this.handover.sending) this.modal.close();
  }

  /** What today's candidates tab renders from. */
  private get candidatesView(): TodayCandidatesView {
    return {
      t: (key, params) => this.t(key, params),
      lang: this.locale,
      headingLevel: numberProperty(this.headingLevel),
      outcome: this.handover.render((success) => this.t(success.text)),
      tooltip: this.tooltip,
      dialog: this.candidateDialog,
      sending: this.handover.sending,
      onEnrol: () => {
        if (this.model && canEnrolCandidates(this.model.session)) {
          this.dispatchEvent(new PixNavigateEvent({ to: 'student-enrolment', sessionId: this.model.session.id }));
        }
      },
      onEdit: (candidate, opener) =>
        void this.openCandidateDialog({ kind: 'edit', candidate, needed: candidate.accessibilityAdjustmentNeeded === true }, opener),
      onDelete: (candidate, opener) => void this.openCandidateDialog({ kind: 'delete', candidate }, opener),
      onNeededChange: (needed) => {
        if (this.candidateDialog?.kind === 'edit' && !this.handover.sending) this.candidateDialog = { ...this.candidateDialog, needed };
      },
      onSubmit: () => void this.submitCandidateDialog(),
      onCancel: () => this.cancelCandidateDialog(),
    };
  }

  /** What edition "current" renders from. */
  private get todayView(): TodayDetailsView {
    const copied = this.t('sessionDetails.copied');
    return {
      t: (key, params) => this.t(key, params),
      lang: this.locale,
      headingLevel: numberProperty(this.headingLevel),
      canCopy: typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function',
      copied: this.copied,
      // A no-break space makes a second "Copié !" differ from the first, so it is read out again.
      copiedText: this.copiedToggle ? copied : `${copied}\u00a0`,
      onCopy: (target, value) => void this.copy(target, value),
      onBack: () => this.dispatchEvent(new PixNavigateEvent({ to: 'session-list', sessionId: null })),
      onInvigilatorKit: () => this.emitSessionEvent(PixInvigilatorKitDownloadEvent),
      onAttendanceSheet: () => this.emitSessionEvent(PixAttendanceSheetDownloadEvent),
      onEdit: () => this.emitSessionEvent(PixSessionEditEvent),
      onFinalise: () => this.emitSessionEvent(PixSessionFinaliseRequestEvent),
    };
  }

  /** Each edition's header, controls and "Détails" tab. */
  private readonly editionViews: Readonly<Record<Edition, DetailsEditionView>> = {
    '2021': {
      top: (model) => this.renderHeader(model),
      controls: (tabs) => tabs,
      tabsLabel: 'sessionDetails.tabs',
      candidatesTab: 'sessionDetails.tab.candidates',
      details: (model) => html`${this.renderFields(model)} ${this.renderActions(model)}`,
      candidates: (model) => html`<slot name="candidates-actions"></slot> ${this.renderCandidates(model)}`,
    },
    current: {
      top: (model) => renderTodayHeader(this.todayView, model),
      controls: (tabs, model) => html`<div class="controls" part="controls">${tabs} ${renderTodayDownloads(this.todayView, model)}</div>`,
      tabsLabel: 'sessionDetails.today.tabs',
      candidatesTab: 'sessionDetails.today.tab.candidates',
      details: (model) => renderTodayPanel(this.todayView, model),
      candidates: (model) => renderTodayCandidates(this.candidatesView, model),
    },
  };

  /** A button that tells the host about this session with an event of class `SessionEvent`. */
  private renderSessionButton(
    classes: string,
    part: string,
    label: SessionDetailsMessageKey,
    SessionEvent: new (detail: SessionIdDetail) => Event,
  ): TemplateResult {
    return html`<button type="button" class=${classes} part=${part} @click=${() => this.emitSessionEvent(SessionEvent)}>${this.t(label)}</button>`;
  }

  protected override render(): TemplateResult {
    const editionError = this.editionError;
    if (editionError) return this.renderInputError(editionError);
    if (!this.model) return this.loadError === null ? this.renderNotSetYet() : this.renderInputError(this.loadError);
    const model = this.model;
    const tab = this.currentTab;
    const view = this.editionViews[this.activeEdition];
    const tabs = html`<div class="tabs" role="tablist" part="tabs" aria-label=${this.t(view.tabsLabel)} @keydown=${this.onTabKeydown}>
      ${this.renderTab('details', this.t('sessionDetails.tab.details'), tab)}
      ${this.renderTab('candidates', this.t(view.candidatesTab, { count: model.candidates.length }), tab)}
    </div>`;
    return html`<article class="page" part="base" aria-labelledby="details-title">
      ${view.top(model)} ${view.controls(tabs, model)} ${this.renderPanel('details', tab, view.details(model))}
      ${this.renderPanel('candidates', tab, view.candidates(model))}
    </article>`;
  }

  private renderHeader(model: SessionDetailsState): TemplateResult {
    const { session } = model;
    const deadline = deadlineMessageKey(session, this.nowFor(this.now), this.activeEdition);
    return html`<header class="header" part="header">
      <div class="header__top">
        ${heading(numberProperty(this.headingLevel), 'details-title', this.t('sessionDetails.title', { id: session.id }))}
        ${this.renderSessionButton('button button--secondary download', 'download-button', 'sessionDetails.download', PixAttendanceSheetDownloadEvent)}
      </div>
      <p class="when" part="when">
        <span class="when__date">${this.renderLabelled('sessionDetails.date', 'date', html`<time datetime=${session.date}>${formatSessionDate(session.date, this.locale)}</time>`)}</span>
        <span class="when__separator" aria-hidden="true">|</span>
        <span class="when__time">${this.renderLabelled('sessionDetails.time', 'time', html`<time datetime=${session.time}>${session.time}</time>`)}</span>
      </p>
      <p class="status ${model.finalised ? 'status--finalised' : ''}" part="status">
        ${this.t('sessionDetails.status', { status: this.t(statusLabelKey(session.status)) })}
      </p>
      ${model.finalised ? html`<p class="alert alert--info finalised" part="finalised">${this.t('session.alreadyFinalised')}</p>` : nothing}
      ${
        deadline
          ? html`<p class="alert ${deadline === 'session.deadline.passed' ? 'alert--warning' : 'alert--info'} deadline" part="deadline">
            ${this.t(deadline)}
          </p>`
          : nothing
      }
    </header>`;
  }

  /**
   * A message with one placeholder whose value is markup (a `<time>`): the text around the
   * placeholder comes from the translation, so each language keeps its own punctuation.
   */
  private renderLabelled(key: 'sessionDetails.date' | 'sessionDetails.time', name: string, value: TemplateResult): TemplateResult {
    const marker = `\u0000${name}\u0000`;
    const [before = '', after = ''] = this.t(key, { [name]: marker }).split(marker);
    return html`${before}${value}${after}`;
  }

  private renderTab(tab: SessionDetailsTab, label: string, current: SessionDetailsTab): TemplateResult {
    const selected = tab === current;
    return html`<button
      type="button"
      role="tab"
      id=${`tab-${tab}`}
      part=${selected ? 'tab tab-selected' : 'tab'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${`panel-${tab}`}
      tabindex=${selected ? '0' : '-1'}
      @click=${() => void this.selectTab(tab, false)}
    >
      ${label}
    </button>`;
  }

  private renderPanel(tab: SessionDetailsTab, current: SessionDetailsTab, content: TemplateResult): TemplateResult {
    return html`<div
      id=${`panel-${tab}`}
      role="tabpanel"
      aria-labelledby=${`tab-${tab}`}
      tabindex="0"
      part=${`panel ${tab}-panel`}
      ?hidden=${tab !== current}
    >
      ${content}
    </div>`;
  }

  private renderFields(model: SessionDetailsState): TemplateResult {
    const { session } = model;
    const field = (labelKey: SessionDetailsMessageKey, value: TemplateResult | string, extraClass = '') =>
      html`<div class=${extraClass}>
        <dt>${this.t(labelKey)}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<dl class="fields" part="fields">
      ${field('sessionDetails.field.id', String(session.id))}
      ${session.certificationCenterName !== undefined ? field('sessionDetails.field.centre', session.certificationCenterName) : nothing}
      ${field('sessionDetails.field.address', session.address)} ${field('sessionDetails.field.room', session.room)}
      ${field('sessionDetails.field.examiner', session.examiner)}
      ${field('sessionDetails.field.accessCode', html`<span class="access-code">${session.accessCode}</span>`)}
      ${field(
        'sessionDetails.field.description',
        session.description !== null && session.description.trim() !== ''
          ? html`<span class="description">${session.description}</span>`
          : html`<span class="muted">${this.t('sessionDetails.noDescription')}</span>`,
        'wide',
      )}
    </dl>`;
  }

  private renderActions(model: SessionDetailsState): TemplateResult | typeof nothing {
    const edit = canEditSession(model);
    const finalise = canRequestFinalisation(model);
    if (!edit && !finalise) return nothing;
    return html`<div class="actions" part="actions">
      ${edit ? this.renderSessionButton('button button--secondary edit', 'edit-button', 'sessionDetails.edit', PixSessionEditEvent) : nothing}
      ${
        finalise
          ? this.renderSessionButton('button finalise', 'finalise-button', 'sessionDetails.finalise', PixSessionFinaliseRequestEvent)
          : nothing
      }
    </div>`;
  }

  private renderCandidates(model: SessionDetailsState): TemplateResult {
    if (model.candidates.length === 0) {
      return html`<p class="empty" part="empty">${this.t('sessionDetails.candidates.empty')}</p>`;
    }
    return html`<div class="table-wrapper" part="table">
      <table>
        <caption class="visually-hidden">${this.t('sessionDetails.candidates.caption', { id: model.session.id })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('sessionDetails.column.lastName')}</th>
            <th scope="col">${this.t('sessionDetails.column.firstName')}</th>
            <th scope="col">${this.t('sessionDetails.column.birthdate')}</th>
            <th scope="col">${this.t('sessionDetails.column.division')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            model.candidates,
            (candidate) => candidate.id,
            (candidate) => this.renderCandidate(candidate),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderCandidate(candidate: ValidCandidate): TemplateResult {
    const division = candidate.division !== null && candidate.division.trim() !== '' ? candidate.division : null;
    return html`<tr>
      <td>${candidate.lastName}</td>
      <td>${candidate.firstName}</td>
      <td><time datetime=${candidate.birthdate}>${formatBirthdate(candidate.birthdate)}</time></td>
      <td>
        ${division ?? html`<span aria-hidden="true">—</span> <span class="visually-hidden">${this.t('sessionDetails.noDivision')}</span>`}
      </td>
    </tr>`;
  }
}
