import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SESSION_STATUS_FILTERS, type SessionStatusFilter } from '../../state/constants.js';
import type { SessionListFilters, SessionSummary, ValidSessionSummary } from '../../state/schemas.js';
import {
  FILTER_DEBOUNCE_MS,
  NO_FILTERS,
  SESSION_LIST_DEFAULT_PAGE_SIZE,
  SESSION_LIST_PAGE_SIZES,
  canDeleteSession,
  dateFilterOf,
  describeSessionDeleteFailure,
  filterSessions,
  hasFilters,
  listChangeDetail,
  loadSessionListFilters,
  loadSessionSummaries,
  loadTotal,
  pageOfSessions,
  sameFilters,
  serverPage,
  sessionIdFilterOf,
  sessionListPageSizeOf,
  sessionStatusLabelKey,
  showsEmptyState,
  sortMostRecentFirst,
  statusFilterOf,
  withoutSession,
  type SessionListPage,
} from '../../state/session-list.js';
import { formatBirthdate } from '../../state/session.js';
import { stringProperty } from '../../state/input.js';
import { combineMessages } from '../../i18n/messages.js';
import { formatNumber } from '../../i18n/numbers.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { HandoverController } from '../../internal/handover.js';
import { dialogById, ModalDialogController, modalDialogStyles } from '../../internal/modal-dialog.js';
import { TooltipController, tooltipStyles } from '../../internal/info-tip.js';
import { heading } from '../../internal/heading.js';
import { strokeIcon } from '../../internal/icon.js';
import { common, headings, iconButtons, pageStyles, rowCards, tables, tokens } from '../../internal/styles.js';
import { PixNavigateEvent } from '../../events/navigate-events.js';
import { PixListChangeEvent, PixSessionDeleteEvent } from '../../events/session-list-events.js';
import { sessionListMessages } from './session-list.messages.js';
import { sessionListStyles } from './session-list.styles.js';

/** The texts it shows: its own, the state layer's (statuses, refused deletions) and the shared ones. */
const messages = combineMessages(sessionListMessages, stateMessages, commonMessages);

/** Where a session's number links to when the host names no page (`details-href`). */
const DEFAULT_DETAILS_HREF = '#session-{id}';

/** Marks where a value goes in a text, to show it emphasised (`<strong>`) without HTML in the messages. */
const SLOT = '\u{E000}';

const ICONS = {
  previous: svg`<path d="M10 4L6 8l4 4" />`,
  next: svg`<path d="M6 4l4 4-4 4" />`,
  delete: svg`<path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4" />`,
  plus: svg`<path d="M8 3v10M3 8h10" />`,
};

function icon(name: keyof typeof ICONS): TemplateResult {
  return strokeIcon(ICONS[name]);
}

/** The typed filters, as the fields hold them while a person types. */
interface TypedFilters {
  sessionId: string;
  startDate: string;
  endDate: string;
}

function typedFrom(filters: SessionListFilters): TypedFilters {
  return {
    sessionId: filters.sessionId === null ? '' : String(filters.sessionId),
    startDate: filters.startDate ?? '',
    endDate: filters.endDate ?? '',
  };
}

/**
 * @summary The centre's certification sessions (Pix Certif, `pix-certif-today.md` § 2): the
 * title and "Créer une session", the filters ("ID de session", "Statut", "Date de début",
 * "Date de fin", "Effacer les filtres"), the table of ten columns, most recent first, whose
 * session number and rows lead to the details, the pages (10, 25, 50 or 100 rows), and the
 * deletion of a session with its confirmation, refused once a candidate has joined. With no
 * session and no filter: "Créer ma première session de certification". Client-side by default;
 * with `server-paging` and `total`, the host pages and the list shows the rows it is given.
 *
 * @tag pix-session-list
 *
 * @event {PixNavigateEvent} pix-navigate - "Créer une session" (`to: 'session-create'`), a session's number or row (`to: 'session-details'`, `sessionId`).
 * @event {PixListChangeEvent} pix-list-change - A person changed a filter, the page or the page size; `detail` is `{ filters: { sessionId, status, startDate, endDate }, page, pageSize }`. Not fired on first render nor when the host sets `.filters`.
 * @event {PixSessionDeleteEvent} pix-session-delete - "Supprimer" in the confirmation; `detail` is `{ sessionId }`. Call `event.respondWith(promise)`: a rejection with `status` 404 or 409 gets its § 2.4 message.
 *
 * @csspart base - The whole list.
 * @csspart header - The title and "Créer une session".
 * @csspart empty-state - "Créer ma première session de certification", when the centre has no session.
 * @csspart filters - The filters' banner.
 * @csspart table - The wrapper of the sessions' table.
 * @csspart no-result - "Aucune session trouvée".
 * @csspart pagination - Page size, rows shown and page buttons.
 * @csspart tooltip - Why a session cannot be deleted.
 * @csspart confirmation - The deletion's confirmation dialog.
 * @csspart outcome - The message of the deletion's outcome.
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the sessions are not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour (buttons, links, focus).
 * @cssproperty --pix-primary-700 - Hover colour and secondary buttons.
 * @cssproperty --pix-neutral-900 - Text colour, and the tooltip's background.
 * @cssproperty --pix-neutral-100 - Borders.
 * @cssproperty --pix-neutral-20 - Zebra rows and the filters' banner.
 * @cssproperty --pix-certif-50 - Table header background.
 * @cssproperty --pix-error-700 - Failure message.
 * @cssproperty --pix-success-700 - Success message.
 * @cssproperty --pix-font-family-title - Font of the headings.
 * @cssproperty --pix-font-family-body - Font of the text.
 * @cssproperty --pix-page-width - Maximum width of the list (default 72rem).
 */
export class PixSessionList extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [
    tokens,
    common,
    pageStyles,
    headings,
    tables,
    rowCards,
    iconButtons,
    modalDialogStyles,
    tooltipStyles,
    sessionListStyles,
  ];

  /** The centre's sessions (every one, or with `server-paging` the page shown). Checked at run time: bad data shows an error state; not set yet, a quiet empty state. */
  @property({ attribute: false }) sessions?: readonly SessionSummary[];

  /** Rows per page: 10, 25 (the default), 50 or 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = SESSION_LIST_DEFAULT_PAGE_SIZE;

  /** The host pages and filters: the list shows `sessions` as given and only says what changed (`pix-list-change`). */
  @property({ type: Boolean, attribute: 'server-paging' }) serverPaging = false;

  /** With `server-paging`: how many sessions the filters let through, every page (default: the number given). */
  @property({ type: Number }) total?: number;

  /** Level of the list's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /**
   * Where a session's number links to, `{id}` standing for its id (e.g. `/sessions/{id}`), for
   * "open in a new tab"; a plain click fires `pix-navigate` instead. Default `#session-{id}`.
   */
  @property({ attribute: 'details-href' }) detailsHref = DEFAULT_DETAILS_HREF;

  /**
   * The filters applied: `{ sessionId, status, startDate, endDate }`, each `null` when not set.
   * Setting it restores them (from a URL, say) without firing `pix-list-change`; each one may be
   * left out.
   */
  @property({ attribute: false })
  get filters(): SessionListFilters {
    return { ...this.applied };
  }
  set filters(value: Partial<SessionListFilters> | null | undefined) {
    const old = this.restoredFilters;
    this.restoredFilters = value;
    this.requestUpdate('filters', old);
  }

  private restoredFilters: unknown = undefined;
  /** The filters in force. */
  @state() private applied: SessionListFilters = NO_FILTERS;
  /** What the typed fields hold (applied 300 ms after the last keystroke). */
  @state() private typed: TypedFilters = typedFrom(NO_FILTERS);
  @state() private page = 1;
  @state() private rowsPerPage = SESSION_LIST_DEFAULT_PAGE_SIZE;
  /** The given sessions, most recent first (client-side), without those deleted since. */
  @state() private sorted: readonly ValidSessionSummary[] = [];
  @state() private loadError: string | null = null;
  @state() private loaded = false;
  /** Sessions deleted here since the host last gave `total` (server-side). */
  @state() private deletedCount = 0;
  /** The session the confirmation is about. */
  @state() private deleting: ValidSessionSummary | null = null;
  /**
   * What a deletion's answer is about: the list as the host gave it. It changes when the host
   * gives sessions without the one being deleted (another page, another centre): an answer that
   * settles after that is late, and changes nothing.
   */
  private listGeneration = 0;

  private shownCache: {
    sorted: readonly ValidSessionSummary[];
    filters: SessionListFilters;
    shown: readonly ValidSessionSummary[];
  } | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly tooltip = new TooltipController(this);

  /** A deletion's answer lands only if it answers the latest attempt. */
  private readonly handover = new HandoverController(this, {
    genericKey: 'sessionDelete.generic',
    subject: () => this.listGeneration,
    format: (message) => this.format(message),
    describe: describeSessionDeleteFailure,
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => dialogById(this, 'delete-dialog'),
    // Initial focus in a destructive confirmation is on the cancel button.
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>(this.handover.sending ? 'dialog .sending' : 'dialog .cancel'),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#filter-session-id, .create'),
    canDismiss: () => !this.handover.sending,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushTyping();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) {
      this.rowsPerPage = sessionListPageSizeOf(this.pageSize);
      this.page = 1;
    }
    if (changed.has('filters')) {
      const restored = loadSessionListFilters(this.restoredFilters);
      if (restored.ok) {
        clearTimeout(this.typingTimer);
        this.typingTimer = undefined;
        this.applied = restored.value;
        this.typed = typedFrom(restored.value);
        this.page = 1;
      }
    }
    if (changed.has('sessions') || changed.has('serverPaging')) {
      const sessions = loadSessionSummaries(this.sessions);
      this.loaded = sessions.ok;
      if (sessions.ok) {
        this.sorted = this.serverPaging ? sessions.value : sortMostRecentFirst(sessions.value);
        this.deletedCount = 0;
        const deleting = this.deleting;
        if (deleting && !this.sorted.some((session) => session.id === deleting.id)) {
          this.listGeneration += 1;
          this.modal.close();
          this.deleting = null;
        }
      }
      this.loadError = sessions.ok || sessions.notSetYet ? null : sessions.error;
    }
    if (changed.has('total')) this.deletedCount = 0;
    // Input that can no longer be shown (bad, or taken back) takes the confirmation away with the list.
    if (this.deleting && (!this.loaded || this.inputError())) {
      this.modal.close();
      this.deleting = null;
    }
  }

  /** What is wrong with the host's input, if anything (the sessions first). */
  private inputError(): string | null {
    if (this.loadError) return this.loadError;
    const filters = loadSessionListFilters(this.restoredFilters);
    if (!filters.ok) return filters.error;
    if (this.serverPaging) {
      const total = loadTotal(this.total, this.sorted.length);
      if (!total.ok) return total.error;
    }
    return this.editionError ?? null;
  }

  /** The sessions the filters let through (client-side), computed once per change. */
  private shownSessions(): readonly ValidSessionSummary[] {
    const cache = this.shownCache;
    if (cache && cache.sorted === this.sorted && cache.filters === this.applied) return cache.shown;
    const shown = filterSessions(this.sorted, this.applied);
    this.shownCache = { sorted: this.sorted, filters: this.applied, shown };
    return shown;
  }

  private currentPage(): SessionListPage {
    if (!this.serverPaging) return pageOfSessions(this.shownSessions(), this.page, this.rowsPerPage);
    const total = loadTotal(this.total, this.sorted.length);
    return serverPage(this.sorted, Math.max(0, (total.ok ? total.value : 0) - this.deletedCount), this.page, this.rowsPerPage);
  }

  // Filters and pages ----------------------------------------------------------------------

  /** Applies new filters (page 1) and tells the host, when they differ from those in force. */
  private applyFilters(filters: SessionListFilters): void {
    if (sameFilters(filters, this.applied)) return;
    this.applied = filters;
    this.page = 1;
    this.announceChange();
  }

  private announceChange(): void {
    this.dispatchEvent(new PixListChangeEvent(listChangeDetail(this.applied, this.page, this.rowsPerPage)));
  }

  private onTyped(field: keyof TypedFilters, value: string): void {
    this.typed = { ...this.typed, [field]: value };
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.flushTyping(), FILTER_DEBOUNCE_MS);
  }

  /** Applies what was typed (the 300 ms are over, or the element leaves the page). */
  private flushTyping(): void {
    if (this.typingTimer === undefined) return;
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    if (!this.isConnected) return;
    this.applyFilters({
      ...this.applied,
      sessionId: sessionIdFilterOf(this.typed.sessionId),
      startDate: dateFilterOf(this.typed.startDate),
      endDate: dateFilterOf(this.typed.endDate),
    });
  }

  private onStatus(value: string): void {
    // What was typed before applies with the status, in one change.
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.applyFilters({
      ...this.applied,
      sessionId: sessionIdFilterOf(this.typed.sessionId),
      startDate: dateFilterOf(this.typed.startDate),
      endDate: dateFilterOf(this.typed.endDate),
      status: statusFilterOf(value),
    });
  }

  private async clearFilters(): Promise<void> {
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.typed = typedFrom(NO_FILTERS);
    this.applyFilters(NO_FILTERS);
    await this.updateComplete;
    // The button is gone: focus goes to the first filter.
    this.renderRoot.querySelector<HTMLInputElement>('#filter-session-id')?.focus();
  }

  private goToPage(page: number): void {
    if (page === this.page) return;
    this.page = page;
    this.announceChange();
  }

  private changePageSize(size: number): void {
    if (size === this.rowsPerPage) return;
    this.rowsPerPage = size;
    this.page = 1;
    this.announceChange();
  }

  // Navigation -----------------------------------------------------------------------------

  private navigate(to: 'session-create' | 'session-details', sessionId: number | null): void {
    this.dispatchEvent(new PixNavigateEvent({ to, sessionId }));
  }

  private onRowClick(event: MouseEvent, session: ValidSessionSummary): void {
    // The number's link and the delete button do their own thing.
    const path = event.composedPath();
    if (path.some((node) => node instanceof HTMLElement && (node.localName === 'a' || node.localName === 'button'))) return;
    this.navigate('session-details', session.id);
  }

  private onNumberClick(event: MouseEvent, session: ValidSessionSummary): void {
    // With a modifier (a new tab, a new window) the browser follows the host's href.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    this.navigate('session-details', session.id);
  }

  // Deletion -------------------------------------------------------------------------------

  private async askToDelete(event: Event, session: ValidSessionSummary): Promise<void> {
    event.stopPropagation();
    if (!canDeleteSession(session) || this.handover.sending) return;
    const opener = event.currentTarget as HTMLElement;
    this.handover.clearOutcome();
    this.deleting = session;
    await this.updateComplete;
    this.modal.show(opener);
  }

  private async confirmDelete(): Promise<void> {
    const session = this.deleting;
    // Only from the confirmation shown for it: a button of a confirmation taken away does nothing.
    if (!session || this.handover.sending || !this.modal.open) return;
    await this.handover.send(new PixSessionDeleteEvent({ sessionId: session.id }), {
      onSuccess: () => {
        const before = this.sorted.length;
        this.sorted = withoutSession(this.sorted, session.id);
        if (this.serverPaging && this.sorted.length < before) this.deletedCount += 1;
        return {};
      },
      onAnswer: () => {
        // The dialog closes in every case; the outcome, in the page, then takes focus.
        this.modal.close();
        this.deleting = null;
      },
    });
  }

  private cancelDelete(): void {
    if (this.handover.sending) return;
    this.modal.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While sending, the buttons are disabled: focus waits on the "Envoi en cours…" line.
    if (this.handover.sending && this.modal.open) {
      const line = this.renderRoot.querySelector<HTMLElement>('dialog .sending');
      if (line && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== line) line.focus();
    }
  }

  // Rendering ------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const error = this.inputError();
    if (error) return this.renderInputError(error);
    if (!this.loaded) return this.renderNotSetYet();
    this.clearInputError();
    const page = this.currentPage();
    const content = showsEmptyState(page.total, this.applied)
      ? this.renderEmptyState()
      : html`${this.renderHeader()} ${this.renderOutcome()} ${this.renderFilters()} ${this.renderTable(page)} ${this.renderPaging(page)}`;
    return html`<section class="page" part="base" aria-labelledby="list-title" aria-busy=${this.handover.sending ? 'true' : 'false'}>
      ${content} ${this.renderConfirmation()}
    </section>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    return this.handover.render(() => this.t('sessionList.delete.success'));
  }

  private renderCreateButton(): TemplateResult {
    return html`<button type="button" class="button create" @click=${() => this.navigate('session-create', null)}>
      ${icon('plus')} ${this.t('sessionList.create')}
    </button>`;
  }

  private renderEmptyState(): TemplateResult {
    return html`<div class="empty-state" part="empty-state">
      ${this.renderOutcome()} ${heading(this.headingLevel, 'list-title', this.t('sessionList.empty.title'))}
      <ul class="empty-state__actions">
        <li>${this.renderCreateButton()}</li>
      </ul>
    </div>`;
  }

  private renderHeader(): TemplateResult {
    return html`<header class="header" part="header">
      ${heading(this.headingLevel, 'list-title', this.t('sessionList.title'))}
      <ul class="header__actions">
        <li>${this.renderCreateButton()}</li>
      </ul>
    </header>`;
  }

  private renderFilters(): TemplateResult {
    const status: SessionStatusFilter | 'all' = this.applied.status ?? 'all';
    return html`<form
      class="filters"
      part="filters"
      aria-label=${this.t('sessionList.filters.label')}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <p class="filters__title" aria-hidden="true">${this.t('sessionList.filters.title')}</p>
      <div class="filters__fields">
        <div class="field">
          <label for="filter-session-id">${this.t('sessionList.filters.sessionId')}</label>
          <input
            id="filter-session-id"
            type="number"
            min="1"
            step="1"
            inputmode="numeric"
            autocomplete="off"
            .value=${live(this.typed.sessionId)}
            @input=${(event: InputEvent) => this.onTyped('sessionId', (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="filter-status">${this.t('sessionList.filters.status')}</label>
          <select id="filter-status" .value=${live(status)} @change=${(event: Event) => this.onStatus((event.target as HTMLSelectElement).value)}>
            <option value="all" ?selected=${status === 'all'}>${this.t('sessionList.filters.status.all')}</option>
            ${SESSION_STATUS_FILTERS.map(
              (value) => html`<option value=${value} ?selected=${status === value}>${this.t(sessionStatusLabelKey(value))}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="filter-start-date">${this.t('sessionList.filters.startDate')}</label>
          <input
            id="filter-start-date"
            type="date"
            .value=${live(this.typed.startDate)}
            @input=${(event: InputEvent) => this.onTyped('startDate', (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="filter-end-date">${this.t('sessionList.filters.endDate')}</label>
          <input
            id="filter-end-date"
            type="date"
            .value=${live(this.typed.endDate)}
            @input=${(event: InputEvent) => this.onTyped('endDate', (event.target as HTMLInputElement).value)}
          />
        </div>
        ${
          hasFilters(this.applied)
            ? html`<button type="button" class="button button--tertiary button--small clear-filters" @click=${() => void this.clearFilters()}>
              ${this.t('sessionList.filters.clear')}
            </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderTable(page: SessionListPage): TemplateResult {
    if (page.rows.length === 0) {
      return html`<p class="no-result" part="no-result">${this.t('sessionList.table.empty')}</p>`;
    }
    const columns = ['address', 'room', 'date', 'time', 'examiner', 'enrolled', 'effective', 'status'] as const;
    // A host's value that is not text (a Symbol, an object) counts as none.
    const href = stringProperty(this.detailsHref) || DEFAULT_DETAILS_HREF;
    return html`<div class="table-wrapper table-wrapper--cards" part="table">
      <table>
        <caption class="visually-hidden">${this.t('sessionList.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('sessionList.column.number')}</th>
            ${columns.map((column) => html`<th scope="col">${this.t(`sessionList.column.${column}`)}</th>`)}
            <th scope="col"><span class="visually-hidden">${this.t('sessionList.column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            page.rows,
            (session) => session.id,
            (session) => this.renderRow(session, href),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(session: ValidSessionSummary, href: string): TemplateResult {
    const lang = this.locale;
    return html`<tr class="row" @click=${(event: MouseEvent) => this.onRowClick(event, session)}>
      <th scope="row" data-label=${this.t('sessionList.column.number')}>
        <a
          class="number"
          href=${href.replaceAll('{id}', String(session.id))}
          aria-label=${this.t('sessionList.row.link', { id: session.id })}
          @click=${(event: MouseEvent) => this.onNumberClick(event, session)}
          >${session.id}</a
        >
      </th>
      <td data-label=${this.t('sessionList.column.address')}>${session.address}</td>
      <td data-label=${this.t('sessionList.column.room')}>${session.room}</td>
      <td data-label=${this.t('sessionList.column.date')}>${formatBirthdate(session.date)}</td>
      <td data-label=${this.t('sessionList.column.time')}>${session.time}</td>
      <td data-label=${this.t('sessionList.column.examiner')}>${session.examiner}</td>
      <td class="count" data-label=${this.t('sessionList.column.enrolled')}>${formatNumber(session.enrolledCandidatesCount, lang)}</td>
      <td class="count" data-label=${this.t('sessionList.column.effective')}>${formatNumber(session.effectiveCandidatesCount, lang)}</td>
      <td data-label=${this.t('sessionList.column.status')}>${this.t(sessionStatusLabelKey(session.status))}</td>
      <td class="actions">${this.renderDeleteButton(session)}</td>
    </tr>`;
  }

  private renderDeleteButton(session: ValidSessionSummary): TemplateResult {
    const label = this.t('sessionList.delete.label', { id: session.id });
    if (canDeleteSession(session)) {
      return html`<button
        type="button"
        class="icon-button delete"
        data-session=${session.id}
        aria-label=${label}
        @click=${(event: Event) => void this.askToDelete(event, session)}
      >
        ${icon('delete')}
      </button>`;
    }
    const tipId = `delete-tip-${session.id}`;
    const button = html`<button
      type="button"
      class="icon-button delete"
      data-session=${session.id}
      aria-label=${label}
      aria-disabled="true"
      aria-describedby=${tipId}
      @click=${(event: Event) => event.stopPropagation()}
    >
      ${icon('delete')}
    </button>`;
    return this.tooltip.render(String(session.id), tipId, button, this.t('sessionList.delete.disabled'));
  }

  private renderPaging(page: SessionListPage): TemplateResult | typeof nothing {
    if (page.total === 0) return nothing;
    const lang = this.locale;
    const count =
      page.pages === 1
        ? this.t('sessionList.paging.count', { count: page.total, total: formatNumber(page.total, lang) })
        : this.t('sessionList.paging.range', {
            count: page.total,
            total: formatNumber(page.total, lang),
            start: formatNumber(page.start, lang),
            end: formatNumber(page.end, lang),
          });
    const move = (target: number, blocked: boolean, key: 'previous' | 'next') => html`<button
      type="button"
      class="icon-button paging__button"
      data-move=${key}
      aria-label=${this.t(`sessionList.paging.${key}`)}
      aria-disabled=${blocked ? 'true' : 'false'}
      @click=${() => {
        if (!blocked) this.goToPage(target);
      }}
    >
      ${icon(key)}
    </button>`;
    return html`<nav class="paging" part="pagination" aria-label=${this.t('sessionList.paging.label')}>
      <div class="paging__size">
        <span aria-hidden="true">${this.t('sessionList.paging.see')}</span>
        <label class="visually-hidden" for="page-size">${this.t('sessionList.paging.pageSize')}</label>
        <select
          id="page-size"
          .value=${live(String(this.rowsPerPage))}
          @change=${(event: Event) => this.changePageSize(Number((event.target as HTMLSelectElement).value))}
        >
          ${SESSION_LIST_PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === this.rowsPerPage}>${size}</option>`)}
        </select>
      </div>
      <p class="paging__count">${count}</p>
      <div class="paging__controls">
        ${move(page.page - 1, page.page <= 1, 'previous')}
        <p class="paging__page" role="status">
          ${this.t('sessionList.paging.page', { current: formatNumber(page.page, lang), total: formatNumber(page.pages, lang) })}
        </p>
        ${move(page.page + 1, page.page >= page.pages, 'next')}
      </div>
    </nav>`;
  }

  private renderConfirmation(): TemplateResult {
    const session = this.deleting;
    const sending = this.handover.sending;
    const [before, after] = this.t('sessionList.delete.content', { id: SLOT }).split(SLOT);
    const enrolled = session?.enrolledCandidatesCount ?? 0;
    return html`<dialog
      id="delete-dialog"
      class="confirmation"
      part="confirmation"
      role="alertdialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-text"
      aria-busy=${sending ? 'true' : 'false'}
    >
      <div class="dialog__header">
        <h2 id="delete-title">${this.t('sessionList.delete.title')}</h2>
      </div>
      <div class="dialog__body">
        <div id="delete-text">
          <p>${before}<strong>${session?.id ?? ''}</strong>${after}</p>
          ${
            enrolled > 0
              ? html`<p class="enrolled">
                <strong>${this.t('sessionList.delete.enrolled.count', { count: enrolled })}</strong>
                ${this.t('sessionList.delete.enrolled.verb', { count: enrolled })}
              </p>`
              : nothing
          }
        </div>
        <p class="alert alert--warning">${this.t('sessionList.delete.warning')}</p>
      </div>
      <div class="dialog__footer">
        <p class="sending" tabindex="-1">${sending ? this.t('handover.sending') : ''}</p>
        <button
          type="button"
          class="button button--secondary cancel"
          aria-label=${this.t('sessionList.delete.cancel')}
          ?disabled=${sending}
          @click=${this.cancelDelete}
        >
          ${this.t('ui.cancel')}
        </button>
        <button
          type="button"
          class="button confirm"
          aria-label=${this.t('sessionList.delete.confirm.label')}
          aria-busy=${sending ? 'true' : 'false'}
          ?disabled=${sending}
          @click=${() => void this.confirmDelete()}
        >
          ${this.t('sessionList.delete.confirm')}
        </button>
      </div>
    </dialog>`;
  }
}
