import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { FieldFeedback } from '../../internal/field-feedback.js';
import { deepActiveElement } from '../../internal/focus.js';
import { isolated } from '../../internal/bidi.js';
import { handOver } from '../../internal/handover.js';
import { dialogById, ModalDialogController, modalDialogStyles } from '../../internal/modal-dialog.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { choices, common, headings, isLongList, pageStyles, tokens } from '../../internal/styles.js';
import type { PixHandoverEvent } from '../../events/handover-event.js';
import {
  PixCandidateAuthorizeEvent,
  PixCandidateEndEvent,
  PixCandidateResumeEvent,
  PixCompanionAlertClearEvent,
  PixInvigilatorExitEvent,
  PixInvigilatorKitDownloadEvent,
  PixInvigilatorLoginEvent,
  PixLiveAlertDismissEvent,
  PixLiveAlertValidateEvent,
} from '../../events/invigilator-events.js';
import { firstRefusal, guardLoad, loadInput, sameData, type Loaded } from '../../state/input.js';
import {
  countAttendance,
  describeLiveAlertFailure,
  describeLoginFailure,
  filterCandidates,
  SupervisedCandidatesLoader,
  menuActions,
  statusChanges,
  type LoginFailure,
  type MenuAction,
} from '../../state/invigilator.js';
import { stateMessages } from '../../state/messages.js';
import {
  SessionSchema,
  type Session,
  type SupervisedCandidate,
  type ValidSession,
  type ValidSupervisedCandidate,
} from '../../state/schemas.js';
import { candidateName, renderCandidateRow, tagKey, type CandidateRowView } from './candidate-row.js';
import { invigilatorSpaceMessages, type InvigilatorSpaceMessageKey } from './invigilator-space.messages.js';
import { invigilatorSpaceStyles } from './invigilator-space.styles.js';
import { renderLoginForm, type LoginField } from './login-form.js';
import { renderDialog, type Dialog } from './dialogs.js';
import { renderHeader } from './header.js';

const messages = combineMessages(invigilatorSpaceMessages, stateMessages, commonMessages);

type Key = InvigilatorSpaceMessageKey | 'handover.timeout';

/** A message in the page after a hand-over, to read in the language of the moment. */
interface Outcome {
  kind: 'success' | 'failure';
  keys: Key[];
  params?: Record<string, string>;
}

interface Pending {
  authorized: boolean;
  attempt: number;
}

/**
 * @summary The invigilator's live view of a session (Pix's "Espace surveillant", § 5 of
 * pix-certif-today.md): the login form while no session is given; then the header ("Quitter",
 * "Kit surveillant"), the candidates with Pix's search, the counter, each one's tags and times,
 * "Confirmer la présence" / "Annuler la confirmation", the options menu with its confirmations,
 * and the live alerts. The host replaces `.candidates` at each poll: nothing moves under the
 * person's fingers, and each change of status is announced once.
 *
 * @tag pix-invigilator-space
 *
 * @event {PixInvigilatorLoginEvent} pix-invigilator-login - "Surveiller la session"; `detail` is `{ sessionId, password }` (without `C-`). Call `respondWith(promise)`.
 * @event {PixInvigilatorKitDownloadEvent} pix-invigilator-kit-download - "Kit surveillant"; `detail` is `{ sessionId }`.
 * @event {PixInvigilatorExitEvent} pix-invigilator-exit - "Quitter la surveillance", confirmed; `detail` is `{ sessionId }`.
 * @event {PixCandidateAuthorizeEvent} pix-candidate-authorize - "Confirmer la présence" / "Annuler la confirmation", shown at once and undone if the promise given to `respondWith` rejects; `detail` is `{ sessionId, candidateId, authorized }`.
 * @event {PixCandidateResumeEvent} pix-candidate-resume - "Je confirme l'autorisation"; `detail` is `{ sessionId, candidateId }`. Call `respondWith(promise)`.
 * @event {PixCandidateEndEvent} pix-candidate-end - "Terminer le test", confirmed; `detail` is `{ sessionId, candidateId }`. Call `respondWith(promise)`.
 * @event {PixLiveAlertValidateEvent} pix-live-alert-validate - "Valider le signalement"; `detail` is `{ sessionId, candidateId, userId, subcategory }`. Call `respondWith(promise)`.
 * @event {PixLiveAlertDismissEvent} pix-live-alert-dismiss - "Refuser le signalement"; `detail` is `{ sessionId, candidateId, userId }`. Call `respondWith(promise)`.
 * @event {PixCompanionAlertClearEvent} pix-companion-alert-clear - "Confirmer" that the candidate has the extension; `detail` is `{ sessionId, candidateId, userId }`. Call `respondWith(promise)`.
 *
 * @csspart base - The page once a session is given.
 * @csspart login - The login form's block.
 * @csspart title - The page's heading.
 * @csspart login-error - The login's error zone.
 * @csspart login-button - "Surveiller la session".
 * @csspart show-password - The show-password toggle.
 * @csspart header - Title, session facts, notice and buttons.
 * @csspart exit-button - "Quitter".
 * @csspart kit-button - "Kit surveillant".
 * @csspart outcome - The message after a hand-over.
 * @csspart search - The search field.
 * @csspart counter - The attendance counter.
 * @csspart empty - "Aucun candidat inscrit à cette session".
 * @csspart candidate - Each candidate.
 * @csspart tag - Each status tag.
 * @csspart extra-time - The extra-time tag.
 * @csspart times - "Début" and "Fin théorique".
 * @csspart clea-warning - The CléA eligibility warning.
 * @csspart attendance - "Confirmer la présence" / "Annuler la confirmation".
 * @csspart attendance-error - The failed presence change's message.
 * @csspart handle-alert - "Gérer le signalement".
 * @csspart menu-button - "Afficher les options du candidat".
 * @csspart menu - The options menu.
 * @csspart dialog - The confirmation and alert dialogs.
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the candidates are not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour (buttons).
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-error-700 - Alerts and "Gérer le signalement".
 * @cssproperty --pix-success-700 - "En cours" and "Valider le signalement".
 * @cssproperty --pix-page-width - Maximum width of the page (default 60rem).
 */
export class PixInvigilatorSpace extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [tokens, common, pageStyles, headings, choices, modalDialogStyles, invigilatorSpaceStyles];

  /** The session invigilated; absent (undefined or null): the login form. Checked at run time. */
  @property({ attribute: false }) session?: Session | null;

  /** The session's candidates, replaced by the host at each poll (every 5 s in Pix). Checked at run time. */
  @property({ attribute: false }) candidates?: readonly SupervisedCandidate[];

  /**
   * The current time (ISO string, timestamp or Date); the real time when absent. Nothing shown
   * depends on it today: the session's expiry (`hasExpired`) and a candidate's exceeded duration
   * (`hasExceededCertificationDuration`) come from the API, as in Pix Certif.
   */
  @property() now?: string | number | Date;

  @state() private model: { session: ValidSession; candidates: ValidSupervisedCandidate[] | null } | null = null;
  @state() private loadError: string | null = null;
  private readonly candidatesLoader = new SupervisedCandidatesLoader();

  // Login
  @state() private sessionNumber = '';
  @state() private password = '';
  @state() private showPassword = false;
  @state() private loginSending = false;
  @state() private loginFailure: LoginFailure | 'mandatory' | null = null;
  private loginAttempt = 0;
  private readonly loginFeedback = new FieldFeedback<LoginField, 'mandatory'>(this, {
    order: ['sessionNumber', 'password'],
    errors: () => ({
      ...(this.sessionNumber.trim() === '' ? { sessionNumber: 'mandatory' as const } : {}),
      ...(this.password.trim() === '' ? { password: 'mandatory' as const } : {}),
    }),
  });

  // The session's view
  @state() private search = '';
  @state() private openMenu: number | null = null;
  @state() private dialog: Dialog | null = null;
  @state() private dialogSending = false;
  @state() private dialogError: Key | null = null;
  @state() private alertReason: string | null = null;
  @state() private outcome: Outcome | null = null;
  @state() private announcement = '';
  private announcementToggle = false;
  private readonly pending = new Map<number, Pending>();
  /** Presence changes the host accepted, shown until its next poll. */
  private readonly accepted = new Map<number, boolean>();
  private readonly failedAttendance = new Set<number>();
  private attempts = 0;
  /** Counts the sessions given: an answer about an earlier one changes nothing. */
  private subject = 0;
  private focusOutcome = false;
  /** The control that had focus before an update, and its candidate. */
  private focusedBefore: { element: HTMLElement; candidateId: number | null } | null = null;

  private readonly modal = new ModalDialogController(this, {
    dialog: () => dialogById(this, 'invigilator-dialog'),
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>('dialog [data-initial-focus]'),
    fallbackFocus: () => this.searchField(),
    canDismiss: () => !this.dialogSending,
  });

  private get candidateList(): ValidSupervisedCandidate[] {
    return this.model?.candidates ?? [];
  }

  private candidate(id: number): ValidSupervisedCandidate | undefined {
    return this.candidateList.find((candidate) => candidate.id === id);
  }

  private searchField(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#search');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const active = this.shadowRoot ? deepActiveElement(this.shadowRoot) : null;
    if (active instanceof HTMLElement) {
      const row = active.closest<HTMLElement>('[data-candidate-id]');
      this.focusedBefore = { element: active, candidateId: row ? Number(row.dataset['candidateId']) : null };
    } else {
      this.focusedBefore = null;
    }
    if (!changed.has('session') && !changed.has('candidates') && this.hasUpdated) return;
    this.load();
  }

  private load(): void {
    const candidates: Loaded<ValidSupervisedCandidate[] | null> =
      this.candidates === undefined
        ? { ok: true, value: null }
        : guardLoad('candidates', () => this.candidatesLoader.load(this.candidates));
    if (this.session === undefined || this.session === null) {
      // No session: the login form, the element's neutral state (bad candidates are still bad input).
      if (this.model) this.startAfresh();
      this.model = null;
      this.loadError = candidates.ok ? null : candidates.error;
      return;
    }
    const session = loadInput(SessionSchema, this.session, 'session');
    if (!session.ok || !candidates.ok) {
      this.model = null;
      this.loadError = firstRefusal(session, candidates).error;
      return;
    }
    this.loadError = null;
    this.clearInputError();
    const previous = this.model;
    if (previous && previous.session.id !== session.value.id) this.startAfresh();
    else if (!previous) this.subject += 1;
    if (previous?.candidates && candidates.value && previous.session.id === session.value.id) {
      this.announceChanges(statusChanges(previous.candidates, candidates.value, session.value));
    }
    const sameSession = previous && sameData(previous.session, session.value);
    this.model = {
      session: sameSession ? previous.session : session.value,
      candidates: candidates.value,
    };
    this.afterPoll();
  }

  /** Another session (or none): what belonged to the last one goes, and its pending answers are ignored. */
  private startAfresh(): void {
    this.subject += 1;
    this.search = '';
    this.openMenu = null;
    this.dialog = null;
    this.dialogSending = false;
    this.dialogError = null;
    this.outcome = null;
    this.pending.clear();
    this.accepted.clear();
    this.failedAttendance.clear();
    // Back to the login form: nothing of the last login is kept, as in Pix.
    this.loginSending = false;
    this.loginFailure = null;
    this.sessionNumber = '';
    this.password = '';
    this.showPassword = false;
    this.loginFeedback.reset();
  }

  /** A new list: the host's values rule again, and a menu or dialog whose candidate is gone closes. */
  private afterPoll(): void {
    this.accepted.clear();
    const present = (id: number) => this.candidate(id) !== undefined;
    if (this.openMenu !== null) {
      const candidate = this.candidate(this.openMenu);
      if (!candidate || menuActions(candidate).length === 0) this.openMenu = null;
    }
    const dialog = this.dialog;
    if (dialog && dialog.kind !== 'exit' && !present(dialog.candidateId) && !this.dialogSending) {
      this.modal.close();
      this.dialog = null;
    }
  }

  private announceChanges(changes: ReturnType<typeof statusChanges>): void {
    if (changes.length === 0) return;
    const text = changes
      .map((change) =>
        this.t('invigilator.announce', {
          name: candidateName(change),
          status: change.tags.map((tag) => this.t(tagKey(tag))).join(', '),
        }),
      )
      .join('. ');
    this.announce(text);
  }

  private announce(text: string): void {
    // The same words twice must still be read out: a non-breaking space makes the text differ.
    this.announcementToggle = !this.announcementToggle;
    this.announcement = this.announcementToggle ? text : `${text}\u00a0`;
  }

  protected override updated(): void {
    if (this.focusOutcome) {
      this.focusOutcome = false;
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
      return;
    }
    // A poll took away the focused control (the candidate started, or left the list): focus goes
    // to the same candidate's other control, else to the search field (the login form's first
    // field once the host leaves the session); never to the page's body.
    const before = this.focusedBefore;
    this.focusedBefore = null;
    if (!before || before.element.isConnected || this.modal.open) return;
    const row = before.candidateId === null ? null : this.renderRoot.querySelector(`[data-candidate-id="${before.candidateId}"]`);
    const target =
      row?.querySelector<HTMLElement>('[data-control]') ?? this.searchField() ?? this.renderRoot.querySelector<HTMLElement>('#session-id');
    target?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Login

  private async login(): Promise<void> {
    if (this.loginSending) return;
    const sessionNumber = this.sessionNumber.trim();
    if (sessionNumber === '' || this.password.trim() === '') {
      this.loginFailure = 'mandatory';
      await this.loginFeedback.refuse();
      return;
    }
    const sessionId = Number(sessionNumber);
    if (!Number.isSafeInteger(sessionId) || sessionId <= 0) {
      this.loginFailure = { kind: 'incorrect' };
      return;
    }
    this.loginFailure = null;
    this.loginSending = true;
    const attempt = ++this.loginAttempt;
    const subject = this.subject;
    const answer = await handOver(this, new PixInvigilatorLoginEvent({ sessionId, password: this.password }), {
      timeout: this.handoverTimeout,
      genericKey: 'handover.generic',
    });
    if (attempt !== this.loginAttempt || subject !== this.subject) return;
    this.loginSending = false;
    if (!answer.ok) this.loginFailure = describeLoginFailure(answer.rejection, answer.timedOut);
  }

  private loginErrorText(): string | null {
    const failure = this.loginFailure;
    if (failure === null) return null;
    if (failure === 'mandatory') return this.t('invigilator.login.error.mandatory');
    switch (failure.kind) {
      case 'timeout':
        return this.t('handover.timeout');
      case 'incorrect':
        return this.t('invigilator.login.error.incorrect');
      case 'notJoinable':
        return this.t('invigilator.login.error.SESSION_NOT_JOINABLE', { date: failure.date });
      default:
        return this.t(`invigilator.login.error.${failure.code}`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Presence

  private isAuthorized(candidate: ValidSupervisedCandidate): boolean {
    // Asked for every row at each poll: no lookup while nothing is being sent or was just accepted.
    if (this.pending.size === 0 && this.accepted.size === 0) return candidate.authorizedToStart;
    return this.pending.get(candidate.id)?.authorized ?? this.accepted.get(candidate.id) ?? candidate.authorizedToStart;
  }

  /** Shown at once; the host's refusal undoes it. A late answer (newer click, other session) changes nothing. */
  private async toggleAttendance(candidate: ValidSupervisedCandidate): Promise<void> {
    if (!this.model) return;
    const authorized = !this.isAuthorized(candidate);
    const attempt = ++this.attempts;
    const subject = this.subject;
    this.pending.set(candidate.id, { authorized, attempt });
    this.failedAttendance.delete(candidate.id);
    this.requestUpdate();
    const event = new PixCandidateAuthorizeEvent({ sessionId: this.model.session.id, candidateId: candidate.id, authorized });
    const answer = await handOver(this, event, { timeout: this.handoverTimeout, genericKey: 'handover.generic' });
    if (subject !== this.subject || this.pending.get(candidate.id)?.attempt !== attempt) return;
    this.pending.delete(candidate.id);
    if (answer.ok) this.accepted.set(candidate.id, authorized);
    else this.failedAttendance.add(candidate.id);
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------------------------------
  // Options menu

  private async openMenuOf(candidate: ValidSupervisedCandidate, focus: 'first' | 'last'): Promise<void> {
    this.openMenu = candidate.id;
    await this.updateComplete;
    const items = this.menuItems(candidate.id);
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    const id = this.openMenu;
    if (id === null) return;
    this.openMenu = null;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>(`#menu-button-${id}`)?.focus();
  }

  private menuItems(id: number): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>(`#menu-${id} [role="menuitem"]`)];
  }

  private onMenuKeydown(candidate: ValidSupervisedCandidate, event: KeyboardEvent): void {
    const items = this.menuItems(candidate.id);
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        this.closeMenu(true);
        return;
      case 'Tab':
        this.openMenu = null;
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  }

  private async menuAction(candidate: ValidSupervisedCandidate, action: MenuAction): Promise<void> {
    const opener = this.renderRoot.querySelector<HTMLElement>(`#menu-button-${candidate.id}`);
    this.openMenu = null;
    await this.openDialog({ kind: action, candidateId: candidate.id }, opener);
  }

  private rowView(session: ValidSession): CandidateRowView {
    return {
      t: (key, params) => this.t(key, params),
      locale: this.locale,
      session,
      authorized: (candidate) => this.isAuthorized(candidate),
      attendanceFailed: (candidate) => this.failedAttendance.has(candidate.id),
      openMenu: this.openMenu,
      onToggleAttendance: (candidate) => void this.toggleAttendance(candidate),
      onHandleAlert: (candidate, opener) => void this.openDialog({ kind: 'alert', candidateId: candidate.id }, opener),
      onMenuButton: (candidate) => {
        if (this.openMenu === candidate.id) this.closeMenu(true);
        else void this.openMenuOf(candidate, 'first');
      },
      onMenuButtonKeydown: (candidate, event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        void this.openMenuOf(candidate, event.key === 'ArrowDown' ? 'first' : 'last');
      },
      onMenuKeydown: (candidate, event) => this.onMenuKeydown(candidate, event),
      onMenuFocusOut: (candidate, event) => {
        const to = event.relatedTarget as Node | null;
        const menu = event.currentTarget as HTMLElement;
        if (this.openMenu === candidate.id && to !== null && !menu.contains(to)) this.openMenu = null;
      },
      onMenuAction: (candidate, action) => void this.menuAction(candidate, action),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Dialogs

  private async openDialog(dialog: Dialog, opener: HTMLElement | null): Promise<void> {
    this.dialog = dialog;
    this.dialogError = null;
    this.dialogSending = false;
    this.alertReason = null;
    this.outcome = null;
    await this.updateComplete;
    this.modal.show(opener);
  }

  private closeDialog(): void {
    if (this.dialogSending) return;
    this.modal.close();
    this.dialog = null;
  }

  /** Confirm, then hand over: the dialog stays open while sending, then closes on an answer; the outcome shows in the page. */
  private async confirmAndHandOver(
    event: PixHandoverEvent<unknown>,
    onAnswer: (answer: Awaited<ReturnType<typeof handOver>>) => 'close' | 'stay',
  ): Promise<void> {
    if (this.dialogSending) return;
    const subject = this.subject;
    const dialog = this.dialog;
    this.dialogSending = true;
    this.dialogError = null;
    const answer = await handOver(this, event, { timeout: this.handoverTimeout, genericKey: 'handover.generic' });
    if (subject !== this.subject || dialog !== this.dialog) return;
    this.dialogSending = false;
    if (onAnswer(answer) === 'close') {
      this.modal.close();
      this.dialog = null;
      this.focusOutcome = this.outcome !== null;
    }
  }

  private confirm(): void {
    const dialog = this.dialog;
    const model = this.model;
    if (!dialog || !model) return;
    const sessionId = model.session.id;
    if (dialog.kind === 'exit') {
      this.modal.close();
      this.dialog = null;
      this.dispatchEvent(new PixInvigilatorExitEvent({ sessionId }));
      return;
    }
    const candidate = this.candidate(dialog.candidateId);
    if (!candidate) return;
    const names = { firstName: candidate.firstName, lastName: candidate.lastName };
    const detail = { sessionId, candidateId: candidate.id, userId: candidate.userId ?? 0 };
    const timeoutOr = (answer: { timedOut: boolean }, key: Key): Key[] => (answer.timedOut ? ['handover.timeout'] : [key]);
    switch (dialog.kind) {
      case 'resume':
      case 'end': {
        const kind = dialog.kind;
        const Event = kind === 'resume' ? PixCandidateResumeEvent : PixCandidateEndEvent;
        void this.confirmAndHandOver(new Event({ sessionId, candidateId: candidate.id }), (answer) => {
          this.outcome = answer.ok
            ? { kind: 'success', keys: [`invigilator.${kind}.success`], params: names }
            : { kind: 'failure', keys: timeoutOr(answer, `invigilator.${kind}.failure`), params: names };
          return 'close';
        });
        return;
      }
      case 'companion':
        void this.confirmAndHandOver(new PixCompanionAlertClearEvent(detail), (answer) => {
          this.outcome = answer.ok
            ? { kind: 'success', keys: ['invigilator.companion.success1', 'invigilator.companion.success2'] }
            : { kind: 'failure', keys: timeoutOr(answer, 'invigilator.alert.failure') };
          return 'close';
        });
        return;
      case 'alert':
        if (this.alertReason === null) return;
        void this.answerAlert(new PixLiveAlertValidateEvent({ ...detail, subcategory: this.alertReason }), 'validated');
        return;
      default:
        this.closeDialog();
    }
  }

  private async answerAlert(event: PixHandoverEvent<unknown>, result: 'validated' | 'dismissed'): Promise<void> {
    const dialog = this.dialog;
    if (!dialog || dialog.kind === 'exit') return;
    await this.confirmAndHandOver(event, (answer) => {
      if (answer.ok) {
        this.dialog = { kind: 'handled', candidateId: dialog.candidateId, result };
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dialog [data-initial-focus]')?.focus());
        return 'stay';
      }
      const failure = describeLiveAlertFailure(answer.rejection, answer.timedOut);
      this.dialogError =
        failure === 'timeout'
          ? 'handover.timeout'
          : failure === 'alreadyAnswered'
            ? 'invigilator.alert.alreadyAnswered'
            : 'invigilator.alert.failure';
      return 'stay';
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const error = this.editionError ?? this.loadError;
    if (error) return this.renderInputError(error);
    if (!this.model) {
      return renderLoginForm({
        t: (key, params) => this.t(key, params),
        sessionNumber: this.sessionNumber,
        password: this.password,
        showPassword: this.showPassword,
        sending: this.loginSending,
        error: this.loginErrorText(),
        invalid: (field) => this.loginFeedback.error(field) !== undefined,
        onInput: (field, value) => {
          this[field] = value;
          this.loginFeedback.edit(field);
        },
        onLeave: (field) => this.loginFeedback.leave(field),
        onTogglePassword: () => {
          this.showPassword = !this.showPassword;
        },
        onSubmit: () => void this.login(),
      });
    }
    const { session, candidates } = this.model;
    return html`<article class="page" part="base" aria-labelledby="session-title">
      ${this.renderHeader(session)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderOutcome()} ${candidates === null ? this.renderNotSetYet() : this.renderList(session, candidates)}
      ${this.renderDialog(session)}
    </article>`;
  }

  private renderHeader(session: ValidSession): TemplateResult {
    return renderHeader({
      t: (key, params) => this.t(key, params),
      session,
      onExit: (opener) => void this.openDialog({ kind: 'exit' }, opener),
      onKit: () => this.dispatchEvent(new PixInvigilatorKitDownloadEvent({ sessionId: session.id })),
    });
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    // The candidate's names are a person's: each in a <bdi>, so that a right-to-left name never reorders the sentence.
    const lines = outcome.keys.map((key) => (outcome.params ? isolated((params) => this.t(key, params), outcome.params) : this.t(key)));
    // One flex item in the alert (its lines and names flow as text, not as items side by side).
    const content = html`<span>${lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`)}</span>`;
    return outcome.kind === 'success'
      ? html`<p class="alert alert--success outcome" part="outcome" role="status" tabindex="-1">${content}</p>`
      : html`<p class="alert alert--error outcome" part="outcome" role="alert" tabindex="-1">${content}</p>`;
  }

  private renderList(session: ValidSession, candidates: ValidSupervisedCandidate[]): TemplateResult {
    if (candidates.length === 0) {
      return html`<p class="empty" part="empty">${this.t('invigilator.empty')}</p>`;
    }
    const shown = filterCandidates(candidates, this.search);
    const attendance = countAttendance(candidates, (index) => this.isAuthorized(candidates[index]!));
    const counter =
      this.t('invigilator.counter.active', { count: attendance.active, active: attendance.active, total: attendance.total }) +
      this.t('invigilator.counter.started', { count: attendance.active, started: attendance.started });
    const view = this.rowView(session);
    // Read once, not for each of the rows.
    const { locale, openMenu, failedAttendance } = this;
    return html`<section class="list" aria-labelledby="candidates-title">
      <h2 id="candidates-title">${this.t('invigilator.candidates')}</h2>
      <p>${this.t('invigilator.instruction')}</p>
      <div class="search">
        <label class="visually-hidden" for="search">${this.t('invigilator.search')}</label>
        <input
          id="search"
          class="input"
          type="search"
          part="search"
          placeholder=${this.t('invigilator.search')}
          autocomplete="off"
          .value=${live(this.search)}
          @input=${(event: Event) => {
            this.search = (event.target as HTMLInputElement).value;
          }}
        />
        ${
          this.search !== ''
            ? html`<button
              type="button"
              class="button button--tertiary"
              aria-label=${this.t('invigilator.search.clear')}
              @click=${() => {
                this.search = '';
                this.searchField()?.focus();
              }}
            >
              <span aria-hidden="true">✕</span>
            </button>`
            : nothing
        }
      </div>
      <p part="counter">${counter}</p>
      <ul class=${isLongList(shown.length) ? 'candidates long' : 'candidates'}>
        ${repeat(
          shown,
          (candidate) => candidate.id,
          // A poll changes a few rows: the others, the same objects with the same view, are not rendered again.
          (candidate) =>
            guard(
              [candidate, locale, session, this.isAuthorized(candidate), failedAttendance.has(candidate.id), openMenu === candidate.id],
              () => renderCandidateRow(view, candidate),
            ),
        )}
      </ul>
    </section>`;
  }

  private renderDialog(session: ValidSession): TemplateResult {
    const dialog = this.dialog;
    const model = this.model;
    return renderDialog({
      t: (key, params) => this.t(key, params),
      locale: this.locale,
      dialog,
      session,
      candidate: dialog && dialog.kind !== 'exit' ? this.candidate(dialog.candidateId) : undefined,
      sending: this.dialogSending,
      error: this.dialogError,
      alertReason: this.alertReason,
      onReason: (subcategory) => {
        this.alertReason = subcategory;
      },
      onConfirm: () => this.confirm(),
      onClose: () => this.closeDialog(),
      onDismissAlert: (candidate) => {
        if (!model) return;
        const detail = { sessionId: model.session.id, candidateId: candidate.id, userId: candidate.userId ?? 0 };
        void this.answerAlert(new PixLiveAlertDismissEvent(detail), 'dismissed');
      },
      onClosed: () => {
        if (!this.modal.open) this.dialog = null;
      },
    });
  }
}
