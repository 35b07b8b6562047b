import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  addIssueReport,
  buildPayload,
  checkReadiness,
  createFinalisation,
  findReport,
  markFinalised,
  reconcileFinalisation,
  removeIssueReport,
  reportsLoader,
  setAbortReason,
  setComment,
  setComplementaryInformation,
  setCommentMode,
  setDocumentsField,
  setEndScreenSeen,
  toDraft,
  toggleAllEndScreens,
  type FinalisationCreation,
  type FinalisationState,
} from '../../state/finalisation.js';
import { deadlineMessageKey } from '../../state/session.js';
import type { Catalogue } from '../../state/catalogues.js';
import { COMMENT_LIMIT, type Edition } from '../../state/constants.js';
import { savedIdOf, type FailureMessage } from '../../state/handover.js';
import type { AbortReason, CertificationReport, CommentMode, FinalisationDraft, Session } from '../../state/schemas.js';
import { numberProperty, readProperty } from '../../state/input.js';
import type { Transition } from '../../state/result.js';
import type { LocalisedMessage } from '../../state/messages.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { abandonReasonMessages } from '../abandon-reason/abandon-reason.messages.js';
import { documentsStepMessages } from './documents-step.messages.js';
import { finaliseWizardMessages } from './finalise-wizard.messages.js';
import { currentPageMessages } from './current-page.messages.js';
import { common, headings, pageStyles, rowCards, tables, tokens } from '../../internal/styles.js';
import { InfoTipController, infoTipStyles } from '../../internal/info-tip.js';
import { modalDialogStyles } from '../../internal/modal-dialog.js';
import { HandoverController, dispatchHandover } from '../../internal/handover.js';
import { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../events/issue-report-events.js';
import { PixDraftChangeEvent, PixFinaliseEvent } from '../../events/finalisation-events.js';
import { PixNavigateEvent } from '../../events/navigate-events.js';
import type { PixCandidateReport } from '../candidate-report/candidate-report.js';
import type { PixAbandonReason } from '../abandon-reason/abandon-reason.js';
import { renderCandidatesStep } from './candidates-step.js';
import { currentAbortReasonTip, describeCurrentFailure, renderCurrentPage } from './current-page.js';
import { heading } from '../../internal/heading.js';
import { backButton } from '../../internal/back-button.js';
import { DocumentsStep } from './documents-step.js';
import { confirmationStyles, FinalisationConfirmation } from './confirmation.js';
import { finaliseWizardStyles } from './finalise-wizard.styles.js';
import * as draftStorage from './draft-storage.js';

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(
  finaliseWizardMessages,
  currentPageMessages,
  documentsStepMessages,
  abandonReasonMessages,
  stateMessages,
  commonMessages,
);

/** What differs between the editions' pages, chosen here once: the page drawn and how a refusal is worded. */
const EDITION_PAGES: Readonly<
  Record<Edition, { page: 'guide' | 'current'; describeFailure(rejection: unknown): FailureMessage | undefined }>
> = {
  '2021': { page: 'guide', describeFailure: () => undefined },
  current: { page: 'current', describeFailure: describeCurrentFailure },
};

/**
 * @summary The finalisation of a session, on one page as in Pix Certif: step 1 (the
 * candidates' information: abandonment reasons, "Écran de fin du test vu", incident reports),
 * step 2 (documents), step 3 (the session comment), then the confirmation and the hand-over
 * to the host with `pix-finalise`. In edition "current", today's page instead: "Retour à la
 * session", step "Signalements" (the unfinished and finished tables, sorted by name), step
 * "Informations complémentaires" (the two checkboxes that give `hasIncident` and
 * `hasJoiningIssue`), "Finaliser", the confirmation with the processing-delay text.
 *
 * @tag pix-finalise-wizard
 *
 * @event {PixFinaliseEvent} pix-finalise - Once per confirmation; `detail` is the validated `FinalisationPayload`. Call `event.respondWith(promise)` to hand the sending over.
 * @event {PixDraftChangeEvent} pix-draft-change - After every change a person makes and on "Sauvegarder"; `detail` is the whole draft as plain JSON (built on first read), to give back through `.draft`.
 * @event {PixIssueReportAddEvent} pix-issue-report-add - A candidate's issue report was entered; `detail` is `{ certificationCourseId, issueReport }`. Cancelable.
 * @event {PixIssueReportRemoveEvent} pix-issue-report-remove - A candidate's issue report was deleted; `detail` is `{ certificationCourseId, issueReport, index }`. Cancelable.
 * @event {PixNavigateEvent} pix-navigate - "Retour à la session" (edition "current"; in edition "2021", once the session is finalised); `detail` is `{ to: 'session-details', sessionId }`.
 * @event {PixDocumentsSubmitEvent} pix-documents-submit - Step 2's form was submitted; `detail` is `{ certificationCenterName, sessionId, files, comment }`. Call `event.respondWith(promise)`.
 *
 * @csspart base - The whole page.
 * @csspart header - Title, introduction and deadline message.
 * @csspart outcome - The message of the finalisation's outcome.
 * @csspart back - "Retour à la session" (edition "current"; in edition "2021", once the session is finalised).
 * @csspart step - Each step's section (also `step-1`, `step-2`, `step-3`; edition "current": `step-1`, `step-2`).
 * @csspart unfinished-banner - The warning above the unfinished certifications.
 * @csspart table - The wrapper of each table.
 * @csspart documents - Step 2's form.
 * @csspart dropzone - Step 2's file drop zone.
 * @csspart actions - "Sauvegarder" and "Valider".
 * @csspart confirmation - The confirmation dialog.
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the data is not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour (buttons, focus, ticks).
 * @cssproperty --pix-primary-700 - Hover colour and secondary buttons.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-neutral-100 - Table borders.
 * @cssproperty --pix-neutral-20 - Zebra rows and dialog background.
 * @cssproperty --pix-certif-50 - Table header background.
 * @cssproperty --pix-warning-50 - Background of the warnings.
 * @cssproperty --pix-warning-700 - Text of the warnings.
 * @cssproperty --pix-error-700 - Errors.
 * @cssproperty --pix-success-700 - Success message.
 * @cssproperty --pix-font-family-title - Font of the headings.
 * @cssproperty --pix-font-family-body - Font of the text.
 */
export class PixFinaliseWizard extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [
    tokens,
    common,
    pageStyles,
    headings,
    tables,
    rowCards,
    infoTipStyles,
    modalDialogStyles,
    confirmationStyles,
    finaliseWizardStyles,
  ];

  /** The session to finalise. Checked at run time: bad data shows an error state; not set yet, a quiet empty state. */
  @property({ attribute: false }) session?: Session;

  /** Its certification reports, one per candidate who started. Checked at run time, as `session` is. */
  @property({ attribute: false }) reports?: readonly CertificationReport[];

  /**
   * The issue-report catalogue: "2021", "2022", "current", or a catalogue object (as a property).
   * Unset: the nearest context's, else the edition's ("2021" or "current").
   */
  @property() catalogue?: string | Catalogue;

  /** Leaves out the "Écran de fin du test vu" column (sessions run with an invigilator area). Edition "current" has none: ignored. */
  @property({ type: Boolean, reflect: true, attribute: 'no-end-screen-check' }) noEndScreenCheck = false;

  /** A draft from `pix-draft-change` to restore the screen exactly (null or absent: none). */
  @property({ attribute: false }) draft?: FinalisationDraft | null;

  /** Keeps the draft in `localStorage` per session id, restores it after a reload, clears it after a successful finalisation. */
  @property({ type: Boolean, reflect: true, attribute: 'persist-draft' }) persistDraft = false;

  /** The current time for the 48-hour rule (ISO string, timestamp or Date); the real time when absent. */
  @property() now?: string | number | Date;

  /** Level of the page's heading (1–6); the steps use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** Keeps the incident-report dialog open after "Valider", for a candidate's next report. */
  @property({ type: Boolean, attribute: 'report-dialog-stay-open' }) reportDialogStayOpen = false;

  /** Whether the "Écran de fin du test vu" column is used (default true). */
  get endScreenCheck(): boolean {
    return !this.noEndScreenCheck;
  }
  set endScreenCheck(value: boolean) {
    this.noEndScreenCheck = !value;
  }

  constructor() {
    super();
    // A value a host set before the element was defined sits on the instance, hiding the
    // accessor: take it through the accessor instead (Lit does this for its own properties).
    if (Object.hasOwn(this, 'endScreenCheck')) {
      const early = (this as { endScreenCheck?: unknown }).endScreenCheck;
      delete (this as { endScreenCheck?: unknown }).endScreenCheck;
      this.endScreenCheck = Boolean(early);
    }
  }

  /** `heading-level` as a number: anything else (a Symbol, a BigInt, an object) counts as unset. */
  private get level(): number {
    return numberProperty(this.headingLevel);
  }

  /** The state shown (read-only view): null while the input is invalid. */
  get finalisation(): FinalisationState | null {
    return this.model;
  }

  @state() private model: FinalisationState | null = null;
  /** Why the input is refused; null with no model: not set yet. */
  @state() private loadError: string | null = null;
  @state() private notice: 'restored' | 'saved' | null = null;
  /** `persist-draft` is on and the browser refused the last draft (storage full or forbidden). */
  @state() private draftNotStored = false;
  @state() private missing: LocalisedMessage | null = null;
  @state() private dialogReportId: number | null = null;
  /** Changed to draw every table row again (the rows are otherwise drawn again only when their report changed). */
  @state() private redraw = 0;

  /** The incident dialog once found: searched for through the page (every row) only when it was not drawn yet, or drawn anew. */
  private foundReportDialog: PixCandidateReport | null = null;

  private get reportDialog(): PixCandidateReport | null {
    // Still in this page (a dialog taken out has another root): kept.
    if (this.foundReportDialog?.getRootNode() === this.renderRoot) return this.foundReportDialog;
    return (this.foundReportDialog = this.renderRoot.querySelector<PixCandidateReport>('pix-candidate-report'));
  }

  /** The last valid state while the input is invalid: the base when the same session comes back. */
  private retained: FinalisationState | null = null;
  /** Remembers the reports checked: a refresh of `.reports` checks only the reports that changed. */
  private readonly keptReports = reportsLoader();
  private readonly infoTip = new InfoTipController(this, 'abort-reason-info');
  private readonly storedDraftWrite = new draftStorage.DeferredDraftWrite(this);
  private readonly confirmation = new FinalisationConfirmation(this, {
    shownSessionId: () => this.model?.session.id ?? null,
    isSending: () => this.sending,
    sessionChanged: () => this.onConfirmationSessionChanged(),
  });

  /** The finalisation's hand-over (`pix-finalise`): an answer only lands on the session it was about. */
  private readonly handover = new HandoverController(this, {
    genericKey: 'finalisation.result.generic',
    subject: () => this.model?.session.id,
    format: (message) => this.format(message),
    describe: (rejection) => EDITION_PAGES[this.model?.edition ?? this.activeEdition].describeFailure(rejection),
    // A failure's message shows just above "Valider": both in view, to try again.
    focus: (target) => {
      target.focus();
      if (this.handover.outcome?.kind === 'failure') this.renderRoot.querySelector('button.validate')?.scrollIntoView({ block: 'nearest' });
    },
  });

  /** Step 2, with its own files, errors and hand-over; its fields stay in the draft. */
  private readonly documents = new DocumentsStep(this, {
    subject: () => this.model?.session.id,
    values: () => this.model?.documents,
    setField: (field, value) => (this.model ? this.apply(setDocumentsField(this.model, field, value)) : false),
    t: (key, params) => this.t(key, params),
    format: (message) => this.format(message),
  });

  /** The finalisation is with the host: the confirmation shows it and cannot be used again. */
  private get sending(): boolean {
    return this.handover.sending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs =
      changed.has('session') ||
      changed.has('reports') ||
      changed.has('catalogue') ||
      changed.has('noEndScreenCheck') ||
      this.settingsChanged(changed);
    if (!inputs && !changed.has('draft')) return;
    const input = {
      session: this.session,
      reports: this.reports,
      catalogue: this.catalogueFor(this.catalogue),
      endScreenCheck: this.endScreenCheck,
      edition: this.activeEdition,
      reportsLoader: this.keptReports,
    };
    // What the person entered survives an invalid or empty interlude (a host clearing
    // `.reports` while it refetches): the last valid state is the base for the same session.
    const previous = this.model ?? this.retained;
    const sameSession = previous !== null && readProperty(this.session, 'id') === previous.session.id;
    let created: FinalisationCreation;
    if (!changed.has('draft') && sameSession && previous) {
      created = reconcileFinalisation(previous, input);
    } else {
      const stored = this.draft === undefined || this.draft === null ? this.readStoredDraft() : undefined;
      created = createFinalisation({ ...input, draft: this.draft ?? stored });
      if (created.ok && stored !== undefined && created.draftApplied) this.notice = 'restored';
      if (!sameSession) this.resetPage();
    }
    if (!created.ok) {
      // Nothing of the old data stays usable: no event can carry it any more.
      this.retained = previous;
      this.model = null;
      this.loadError = created.notSetYet ? null : created.error;
      return;
    }
    if (created.draftIssue) console.warn(`<pix-finalise-wizard>: ${created.draftIssue}`);
    this.retained = null;
    this.loadError = null;
    this.clearInputError();
    this.model = created.state;
  }

  private resetPage(): void {
    this.handover.clearOutcome();
    this.draftNotStored = false;
    this.missing = null;
    this.documents.clear();
  }

  private readStoredDraft(): unknown {
    if (!this.persistDraft) return undefined;
    const id = readProperty(this.session, 'id');
    return typeof id === 'number' ? draftStorage.readStoredDraft(id) : undefined;
  }

  /**
   * Keeps the draft in `localStorage` with `persist-draft`, a moment after the change (see
   * `DeferredDraftWrite`); says so, once, when the browser refuses.
   */
  private writeStoredDraft(model: FinalisationState): void {
    if (!this.persistDraft) return;
    this.storedDraftWrite.schedule(model.session.id, () => {
      this.draftNotStored = !draftStorage.writeStoredDraft(toDraft(model), { alreadyRefused: this.draftNotStored });
    });
  }

  private clearStoredDraft(model: FinalisationState): void {
    this.storedDraftWrite.cancel(model.session.id);
    draftStorage.clearStoredDraft(model.session.id);
  }

  /** Applies a person's gesture; every accepted change is announced with `pix-draft-change`. */
  private apply(transition: Transition<FinalisationState>): boolean {
    if (!transition.ok) {
      console.warn(`<pix-finalise-wizard>: ${this.format(transition.reason)}`);
      // Every row is drawn again, so that a control the person changed shows the state again.
      this.redraw += 1;
      return false;
    }
    this.model = transition.state;
    if (this.notice === 'saved') this.notice = null;
    this.emitDraft(transition.state);
    return true;
  }

  /** The draft is built only if a listener reads `detail` (the state is immutable: it is the draft of this change). */
  private emitDraft(model: FinalisationState): void {
    this.writeStoredDraft(model);
    this.dispatchEvent(new PixDraftChangeEvent(() => toDraft(model)));
  }

  private onAbortReason(certificationCourseId: number, reason: AbortReason | null): void {
    if (!this.model) return;
    if (this.apply(setAbortReason(this.model, certificationCourseId, reason)) && this.missing) {
      const readiness = checkReadiness(this.model);
      this.missing = readiness.ok ? null : readiness.reason;
    }
  }

  private async openReports(certificationCourseId: number, opener: HTMLElement): Promise<void> {
    this.dialogReportId = certificationCourseId;
    await this.updateComplete;
    this.reportDialog?.show(opener);
  }

  private onReportDialogClose(event: Event): void {
    // The incident dialog's close is the wizard's own business: it does not reach the host.
    event.stopPropagation();
  }

  /** Where focus goes when the incident dialog's opener (a row's button) is gone: the candidate's row, else "Valider". */
  private readonly reportDialogFallbackFocus = (): HTMLElement | null =>
    this.renderRoot.querySelector<HTMLElement>(`.reports-cell [aria-describedby="for-${this.dialogReportId}"]`) ??
    this.renderRoot.querySelector<HTMLElement>('button.validate');

  private onIssueReportAdd(event: PixIssueReportAddEvent): void {
    event.stopPropagation();
    if (!this.model) return event.preventDefault();
    const { certificationCourseId, issueReport } = event.detail;
    const transition = addIssueReport(this.model, certificationCourseId, issueReport);
    if (!transition.ok) return event.preventDefault();
    const forwarded = new PixIssueReportAddEvent({ certificationCourseId, issueReport: transition.issueReport! });
    const response = dispatchHandover(this, forwarded);
    if (forwarded.defaultPrevented) return event.preventDefault();
    if (!response) {
      this.apply(transition);
      return;
    }
    // The host saves it at once: the dialog waits for the answer (and shows a refusal); the report
    // joins the page once saved, with the id the host gave it.
    event.respondWith(
      response.then((answer) => {
        const id = savedIdOf(answer);
        const saved =
          this.model && addIssueReport(this.model, certificationCourseId, id === undefined ? issueReport : { ...issueReport, id });
        if (saved && saved.ok) this.apply(saved);
        return answer;
      }),
    );
  }

  private onIssueReportRemove(event: PixIssueReportRemoveEvent): void {
    event.stopPropagation();
    if (!this.model) return event.preventDefault();
    const { certificationCourseId, index } = event.detail;
    const transition = removeIssueReport(this.model, certificationCourseId, index);
    if (!transition.ok) return event.preventDefault();
    const forwarded = new PixIssueReportRemoveEvent({ certificationCourseId, issueReport: transition.issueReport!, index });
    const response = dispatchHandover(this, forwarded);
    if (forwarded.defaultPrevented) return event.preventDefault();
    if (!response) {
      this.apply(transition);
      return;
    }
    // The host deletes it at once: the dialog waits for the answer; the report leaves the page once deleted.
    event.respondWith(
      response.then((answer) => {
        const deleted = this.model && removeIssueReport(this.model, certificationCourseId, index);
        if (deleted && deleted.ok) this.apply(deleted);
        return answer;
      }),
    );
  }

  private save(): void {
    if (!this.model || this.model.readOnly) return;
    this.emitDraft(this.model);
    this.storedDraftWrite.flush();
    // Only what was kept is said to be: with `persist-draft`, the browser must have stored it.
    this.notice = this.draftNotStored ? null : 'saved';
  }

  private async validate(): Promise<void> {
    if (!this.model || this.model.readOnly || this.sending) return;
    const readiness = checkReadiness(this.model);
    if (!readiness.ok) {
      this.missing = readiness.reason;
      await this.updateComplete;
      // Each empty select shows its own error too (its `reportValidity()`, with the browser's bubble held back).
      for (const reason of this.renderRoot.querySelectorAll<PixAbandonReason>('pix-abandon-reason')) reason.reportValidity();
      if (readiness.firstMissing !== null) {
        this.documents.feedback.moveFocus(
          this.renderRoot.querySelector<HTMLElement>(`pix-abandon-reason[data-certification="${readiness.firstMissing}"]`),
        );
      }
      return;
    }
    this.missing = null;
    this.handover.clearOutcome();
    await this.confirmation.show(this.model.session.id, readiness.warnings);
  }

  /** The confirmation closed for another session: focus on Valider, the notice said; else on the notice itself. */
  private onConfirmationSessionChanged(): void {
    const validate = this.renderRoot.querySelector<HTMLElement>('button.validate');
    if (validate) {
      validate.focus();
      this.documents.feedback.announce(this.t('wizard.confirm.sessionChanged'));
    } else {
      this.renderRoot.querySelector<HTMLElement>('.session-changed')?.focus();
    }
  }

  private async confirm(): Promise<void> {
    if (!this.model || this.sending || this.model.readOnly) return;
    // Only what the person reviewed is sent: the confirmation must be open for the session shown.
    if (!this.confirmation.isOpenFor(this.model.session.id)) return;
    const payload = buildPayload(this.model);
    if (!payload.ok) {
      this.confirmation.close();
      this.missing = payload.reason;
      return;
    }
    // The confirmation moves focus to its "Envoi en cours…" line once drawn.
    const finalised = this.model;
    await this.handover.send(new PixFinaliseEvent(payload.payload), {
      onSuccess: () => {
        // The page may be in an invalid interlude of the same session: what comes back is finalised.
        if (this.model) this.model = markFinalised(this.model);
        else if (this.retained) this.retained = markFinalised(this.retained);
        this.clearStoredDraft(finalised);
        this.notice = null;
        return {};
      },
      onAnswer: () => this.confirmation.close(),
    });
  }

  /** The hand-over succeeded here: the heading and the page say that the session is finalised. */
  private get finalisedHere(): boolean {
    return this.handover.outcome?.kind === 'success';
  }

  private navigateBack(): void {
    const sessionId = this.model?.session.id;
    if (sessionId !== undefined) this.dispatchEvent(new PixNavigateEvent({ to: 'session-details', sessionId }));
  }

  protected override render(): TemplateResult {
    if (this.editionError) return this.renderInputError(this.editionError);
    if (!this.model) {
      return html`${this.loadError === null ? this.renderNotSetYet() : this.renderInputError(this.loadError)}
      ${this.confirmation.renderNotice((key, params) => this.t(key, params))}`;
    }
    const model = this.model;
    if (EDITION_PAGES[model.edition].page === 'current') return this.renderCurrentPage(model);
    // One polite live region for the page (after the header): the documents' errors and the page's news.
    return html`<article class="page" part="base" aria-labelledby="wizard-title">
      ${this.renderHeader(model)}
      ${this.documents.feedback.renderLiveRegion()}
      ${renderCandidatesStep({
        state: model,
        edition: model.edition,
        lang: this.locale,
        redraw: this.redraw,
        t: (key, params) => this.t(key, params),
        headingLevel: this.level,
        infoTip: this.renderAbortReasonTip(),
        onAbortReason: (id, reason) => this.onAbortReason(id, reason),
        onEndScreen: (id, seen) => this.model && this.apply(setEndScreenSeen(this.model, id, seen)),
        onToggleAllEndScreens: () => this.model && this.apply(toggleAllEndScreens(this.model)),
        onOpenReports: (id, opener) => void this.openReports(id, opener),
      })}
      ${this.documents.render({
        values: model.documents,
        readOnly: model.readOnly,
        headingLevel: this.level,
        lang: this.locale,
        t: (key, params) => this.t(key, params),
        format: (message) => this.format(message),
      })}
      ${this.renderCommentStep(model)} ${this.renderConfirmation(model)} ${this.renderReportDialog(model)}
    </article>`;
  }

  /** Today's page (edition "current"): its own layout, with the wizard's shared parts. */
  private renderCurrentPage(model: FinalisationState): TemplateResult {
    const t = (key: Parameters<PixFinaliseWizard['t']>[0], params?: Parameters<PixFinaliseWizard['t']>[1]) => this.t(key, params);
    return renderCurrentPage({
      state: model,
      edition: model.edition,
      lang: this.locale,
      redraw: this.redraw,
      t,
      headingLevel: this.level,
      outcome: this.handover.outcome ? this.handover.render(() => this.t('current.success')) : nothing,
      finalisedHere: this.finalisedHere,
      missingReasons: this.missing !== null,
      notices: html`${this.confirmation.renderNotice(t)}
      ${
        this.notice === 'restored' && !model.readOnly
          ? html`<p class="alert alert--info" role="status">${this.t('wizard.draftRestored')}</p>`
          : nothing
      }`,
      liveRegion: this.documents.feedback.renderLiveRegion(),
      abortReasonTip: this.infoTip.render(this.t('current.abortReason.tipButton'), currentAbortReasonTip(t)),
      confirmation: this.renderConfirmation(model, {
        title: this.t('current.confirm.title'),
        body: html`<p><span class="confirmation__warning">${this.t('current.confirm.warning')}</span> ${this.t(
          'current.confirm.information',
        )}</p>`,
        confirm: this.t('current.confirm.confirm'),
      }),
      reportDialog: this.renderReportDialog(model),
      onBack: () => this.navigateBack(),
      onAbortReason: (id, reason) => this.onAbortReason(id, reason),
      onOpenReports: (id, opener) => void this.openReports(id, opener),
      onComplementaryInformation: (flag, checked) => this.model && this.apply(setComplementaryInformation(this.model, flag, checked)),
      onFinalise: () => void this.validate(),
    });
  }

  private renderReportDialog(model: FinalisationState): TemplateResult | typeof nothing {
    const dialogReport = this.dialogReportId === null ? undefined : findReport(model, this.dialogReportId);
    if (!dialogReport) return nothing;
    return html`<pix-candidate-report
      .report=${dialogReport}
      .catalogue=${model.catalogue}
      edition=${model.edition}
      session-version=${model.session.version}
      ?readonly=${model.readOnly}
      ?stay-open=${Boolean(this.reportDialogStayOpen)}
      .fallbackFocus=${this.reportDialogFallbackFocus}
      @pix-issue-report-add=${this.onIssueReportAdd}
      @pix-issue-report-remove=${this.onIssueReportRemove}
      @close=${this.onReportDialogClose}
    ></pix-candidate-report>`;
  }

  private renderHeader(model: FinalisationState): TemplateResult {
    const deadline = deadlineMessageKey(model.session, this.nowFor(this.now));
    return html`<header class="header" part="header">
      ${heading(this.level, 'wizard-title', this.t(this.finalisedHere ? 'wizard.title.finalised' : 'wizard.title', { id: model.session.id }))}
      ${this.renderOutcome(model)} ${this.confirmation.renderNotice((key, params) => this.t(key, params))}
      ${
        model.readOnly
          ? html`<p>
              ${backButton(this.t('ui.backToSession'), () => this.navigateBack())}
            </p>`
          : html`<p class="intro">${this.t('wizard.intro')}</p>`
      }
      ${
        deadline && !model.readOnly
          ? html`<p class="alert ${deadline === 'session.deadline.passed' ? 'alert--warning' : 'alert--info'} deadline">
            ${this.t(deadline)}
          </p>`
          : nothing
      }
      ${
        this.notice === 'restored' && !model.readOnly
          ? html`<p class="alert alert--info" role="status">${this.t('wizard.draftRestored')}</p>`
          : nothing
      }
    </header>`;
  }

  private renderOutcome(model: FinalisationState): TemplateResult | typeof nothing {
    // A failure shows beside "Valider" (renderCommentStep), which stays in view to try again.
    if (this.finalisedHere) return this.handover.render(() => this.t('finalisation.result.success'));
    if (this.handover.outcome) return nothing;
    if (model.readOnly) {
      return html`<p class="alert alert--info outcome" part="outcome" role="status" tabindex="-1">
        ${this.t('finalisation.readOnly')}
      </p>`;
    }
    return nothing;
  }

  private renderAbortReasonTip(): TemplateResult {
    return this.infoTip.render(
      this.t('abortReason.info.button'),
      html`<span class="tip-line"><strong>${this.t('abortReason.info.term', { reason: this.t('abortReason.candidate') })}</strong> ${this.t('abortReason.info.candidate')}</span>
        <span class="tip-line"><strong>${this.t('abortReason.info.term', { reason: this.t('abortReason.technical') })}</strong> ${this.t('abortReason.info.technical')}</span>`,
    );
  }

  private renderCommentStep(model: FinalisationState): TemplateResult {
    const readOnly = model.readOnly;
    const choose = (mode: CommentMode) => this.apply(setCommentMode(model, mode));
    return html`<section class="step" part="step step-3" aria-labelledby="step-3-title">
      ${heading(this.level + 1, 'step-3-title', this.t('wizard.step3.title'))}
      <fieldset class="comment-modes">
        <legend class="visually-hidden">${this.t('wizard.comment.legend')}</legend>
        ${(['none', 'incident'] as const).map(
          (mode) => html`<div class="choice">
            <input
              type="radio"
              id=${`comment-${mode}`}
              name="comment-mode"
              .checked=${live(model.commentMode === mode)}
              ?disabled=${readOnly}
              @change=${() => choose(mode)}
            />
            <label for=${`comment-${mode}`}>${this.t(`wizard.comment.${mode}`)}</label>
          </div>`,
        )}
      </fieldset>
      ${
        model.commentMode === 'incident'
          ? html`<div class="field comment">
            <label for="comment">${this.t('wizard.comment.label')}</label>
            <textarea
              id="comment"
              maxlength=${COMMENT_LIMIT}
              ?readonly=${readOnly}
              .value=${live(model.comment)}
              aria-describedby="comment-counter"
              @input=${(event: InputEvent) => {
                if (this.model) this.apply(setComment(this.model, (event.target as HTMLTextAreaElement).value));
              }}
            ></textarea>
            <p id="comment-counter" class="counter">${this.t('ui.counter', { count: model.comment.length, max: COMMENT_LIMIT })}</p>
          </div>`
          : nothing
      }
      ${
        readOnly
          ? nothing
          : html`<div class="actions" part="actions">
            <div class="actions__messages">
              ${this.handover.outcome?.kind === 'failure' ? this.handover.render(() => '') : nothing}
              <div role="alert">
                ${this.missing ? html`<p class="alert alert--error">${this.format(this.missing)}</p>` : nothing}
                ${
                  this.draftNotStored && this.persistDraft
                    ? html`<p class="alert alert--warning draft-not-stored">${this.t('wizard.draftNotStored')}</p>`
                    : nothing
                }
              </div>
              <div role="status">
                ${this.notice === 'saved' ? html`<p class="alert alert--success">${this.t('wizard.saved')}</p>` : nothing}
              </div>
            </div>
            <div class="actions__buttons">
              <button type="button" class="button button--secondary" @click=${this.save}>${this.t('wizard.save')}</button>
              <button type="button" class="button validate" @click=${this.validate}>${this.t('wizard.validate')}</button>
            </div>
          </div>`
      }
    </section>`;
  }

  private renderConfirmation(
    model: FinalisationState,
    texts?: { title: string; body: TemplateResult; confirm: string },
  ): TemplateResult | typeof nothing {
    if (model.readOnly && !this.sending) return nothing;
    return this.confirmation.render({
      sending: this.sending,
      t: (key, params) => this.t(key, params),
      format: (message) => this.format(message),
      onConfirm: () => void this.confirm(),
      texts,
    });
  }
}
