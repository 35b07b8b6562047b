import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  alreadyEnrolledCount,
  buildEnrolment,
  canEnrol,
  classesOf,
  createEnrolment,
  everyoneEnrolled,
  headerState,
  isChecked,
  searchClasses,
  selectedCount,
  setClassFilter,
  shownStudents,
  toggleAllShown,
  toggleStudent,
  type EnrolmentState,
} from '../../state/enrolment.js';
import { carryOver, markEnrolled } from '../../state/enrolment-refresh.js';
import { formatBirthdate } from '../../state/session.js';
import { fullName } from '../../state/names.js';
import {
  clampPage,
  countPages,
  DEFAULT_PAGE_SIZE,
  needsPaging,
  pageAfterMove,
  pageAfterResize,
  pageRows,
  pageSizeChoices,
  rowsPerPageOf,
  type PageMove,
} from '../../state/paging.js';
import type { Session, Student } from '../../state/schemas.js';
import type { Transition } from '../../state/result.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { formatNumber } from '../../i18n/numbers.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { studentEnrolmentMessages } from './student-enrolment.messages.js';
import { heading } from '../../internal/heading.js';
import { strokeIcon } from '../../internal/icon.js';
import { common, headings, pageStyles, pageTitleSize, tables, tokens } from '../../internal/styles.js';
import { HandoverController } from '../../internal/handover.js';
import { PixCancelEvent, PixStudentsEnrolEvent } from '../../events/session-events.js';
import { PixNavigateEvent } from '../../events/navigate-events.js';
import { backButton } from '../../internal/back-button.js';
import { studentEnrolmentStyles } from './student-enrolment.styles.js';

const ICONS: Record<PageMove | 'chevron' | 'close', TemplateResult> = {
  first: svg`<path d="M11 4L7 8l4 4M6 4v8" />`,
  previous: svg`<path d="M10 4L6 8l4 4" />`,
  next: svg`<path d="M6 4l4 4-4 4" />`,
  last: svg`<path d="M5 4l4 4-4 4M10 4v8" />`,
  chevron: svg`<path d="M4 6l4 4 4-4" />`,
  close: svg`<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />`,
};

function icon(name: keyof typeof ICONS, extraClass = ''): TemplateResult {
  return strokeIcon(ICONS[name], { class: extraClass, strokeWidth: 1.75 });
}

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(studentEnrolmentMessages, stateMessages, commonMessages);

/**
 * @summary The SCO pupil picker: the school's pupils sorted by class then name, a class
 * filter with search, pupils already enrolled ticked, disabled and marked "Déjà inscrit à la
 * session" (with a message when every pupil is), a tri-state "select all" over the enrollable pupils of the filtered list (every page), the two counters, paging for
 * schools of thousands of pupils, "Annuler", and "Inscrire" handing the ids over to the host
 * with `pix-students-enrol`. A finalised session is shown read-only with the refusal message.
 *
 * @tag pix-student-enrolment
 *
 * @event {PixStudentsEnrolEvent} pix-students-enrol - "Inscrire"; `detail` is `{ sessionId, studentIds }` (ascending). Call `event.respondWith(promise)` to hand the sending over.
 * @event {PixCancelEvent} pix-cancel - "Annuler"; `detail` is `{ sessionId }`.
 * @event {PixNavigateEvent} pix-navigate - "Retour à la session", shown for a finalised session and after pupils are enrolled; `detail` is `{ to: 'session-details', sessionId }`.
 *
 * @csspart base - The whole picker.
 * @csspart header - Title, introduction and the finalised-session message.
 * @csspart finalised - The message refusing enrolment on a finalised session.
 * @csspart toolbar - The class filter and its current choice.
 * @csspart filter-button - The "Filtrer" button.
 * @csspart filter-panel - The searchable list of classes.
 * @csspart filter-summary - The classes chosen, as removable chips.
 * @csspart counters - The selected and already-enrolled counters.
 * @csspart everyone-enrolled - The message saying that every pupil is already enrolled.
 * @csspart table - The wrapper of the pupils' table.
 * @csspart pagination - Page size, page status and page buttons.
 * @csspart actions - The outcome message, "Retour à la session", "Annuler" and "Inscrire".
 * @csspart back - "Retour à la session" (a finalised session, or pupils enrolled).
 * @csspart outcome - The message of the hand-over's outcome.
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the data is not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour (buttons, focus, ticks).
 * @cssproperty --pix-primary-700 - Hover colour and secondary buttons.
 * @cssproperty --pix-primary-10 - Background of the filter's chips.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-neutral-500 - Secondary text (already-enrolled rows, counters).
 * @cssproperty --pix-neutral-100 - Borders.
 * @cssproperty --pix-neutral-20 - Zebra rows.
 * @cssproperty --pix-certif-50 - Table header background.
 * @cssproperty --pix-warning-50 - Background of the finalised-session message.
 * @cssproperty --pix-warning-700 - Text of the finalised-session message.
 * @cssproperty --pix-error-700 - Failure message.
 * @cssproperty --pix-success-700 - Success message.
 * @cssproperty --pix-font-family-title - Font of the heading.
 * @cssproperty --pix-font-family-body - Font of the text.
 * @cssproperty --pix-page-width - Maximum width of the picker (default 72rem).
 */
export class PixStudentEnrolment extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [tokens, common, pageStyles, headings, pageTitleSize, tables, studentEnrolmentStyles];

  /** The session the pupils are enrolled in. Checked at run time: bad data shows an error state; not set yet, a quiet empty state. */
  @property({ attribute: false }) session?: Session;

  /** The school's pupils. Checked at run time, as `session` is. */
  @property({ attribute: false }) students?: readonly Student[];

  /** Level of the picker's heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** Pupils per page at first (25, 50 or 100 are offered; 1 to 500 accepted). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** The state shown (read-only view): null while the input is invalid. */
  get enrolment(): EnrolmentState | null {
    return this.model;
  }

  @state() private model: EnrolmentState | null = null;
  /** Why the input is refused; null with no model: not set yet. */
  @state() private loadError: string | null = null;
  @state() private page = 1;
  @state() private rowsPerPage = DEFAULT_PAGE_SIZE;
  @state() private filterOpen = false;
  @state() private classQuery = '';
  /** The table is wider than its wrapper (a phone): the wrapper scrolls, and must be reachable by keyboard to do so. */
  @state() private tableScrolls = false;

  /** "Inscrire": an answer only lands on the session it was about. */
  private readonly handover = new HandoverController<{ count: number }>(this, {
    genericKey: 'handover.generic',
    subject: () => this.model?.session.id,
    format: (message) => this.format(message),
  });

  @query('.filter__button') private filterButton?: HTMLButtonElement;

  /** Enrollable pupils of the filtered list, counted once per filter (thousands of rows). */
  private enrollableShown: { shown: readonly Student[]; count: number } | null = null;

  /** Watches the table and its wrapper: either changes width with the window, the host's layout or the rows shown. */
  private wrapperObserver: ResizeObserver | null = null;
  private observedWrapper: HTMLElement | null = null;

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    const filter = this.renderRoot.querySelector('.filter');
    if (filter && !event.composedPath().includes(filter)) this.filterOpen = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
    this.wrapperObserver?.disconnect();
    this.observedWrapper = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const wrapper = this.renderRoot.querySelector<HTMLElement>('.table-wrapper');
    if (wrapper === this.observedWrapper) return;
    this.wrapperObserver ??= new ResizeObserver(() => this.measureTable());
    this.wrapperObserver.disconnect();
    this.observedWrapper = wrapper;
    if (wrapper) {
      this.wrapperObserver.observe(wrapper);
      this.wrapperObserver.observe(wrapper.querySelector('table')!);
    } else {
      this.measureTable();
    }
  }

  private measureTable(): void {
    const wrapper = this.observedWrapper;
    const scrolls = wrapper !== null && wrapper.scrollWidth > wrapper.clientWidth;
    if (scrolls !== this.tableScrolls) this.tableScrolls = scrolls;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.rowsPerPage = rowsPerPageOf(this.pageSize);
    if (changed.has('session') || changed.has('students')) {
      const created = createEnrolment(this.session, this.students);
      if (!created.ok) {
        this.model = null;
        this.loadError = created.notSetYet ? null : created.error;
        this.filterOpen = false;
      } else {
        const previous = this.model;
        this.model = carryOver(previous, created.state);
        this.loadError = null;
        this.clearInputError();
        if (!previous || previous.session.id !== this.model.session.id) {
          this.page = 1;
          this.classQuery = '';
        }
      }
    }
    if (this.model) this.page = clampPage(this.page, this.pageCount(this.model));
  }

  private pageCount(model: EnrolmentState): number {
    return countPages(shownStudents(model).length, this.rowsPerPage);
  }

  private enrollableShownCount(model: EnrolmentState): number {
    const shown = shownStudents(model);
    if (this.enrollableShown?.shown !== shown) {
      let count = 0;
      for (const student of shown) if (!student.isEnrolled) count += 1;
      this.enrollableShown = { shown, count };
    }
    return this.enrollableShown.count;
  }

  /** Applies a person's gesture; a refused one (should not happen: the controls follow the rules) is logged. */
  private apply(transition: Transition<EnrolmentState>): void {
    if (!transition.ok) {
      console.warn(`<pix-student-enrolment>: ${this.format(transition.reason)}`);
      this.requestUpdate();
      return;
    }
    this.model = transition.state;
  }

  // Filter ---------------------------------------------------------------------------------

  private async toggleFilter(): Promise<void> {
    this.filterOpen = !this.filterOpen;
    if (!this.filterOpen) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#class-search')?.focus();
  }

  private closeFilter(): void {
    this.filterOpen = false;
    this.filterButton?.focus();
  }

  private onFilterKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.filterOpen) return;
    // Also stops a search field from clearing itself: Escape means "close" here.
    event.preventDefault();
    event.stopPropagation();
    this.closeFilter();
  }

  private setFilter(divisions: readonly string[]): void {
    if (!this.model) return;
    const before = this.model;
    this.apply(setClassFilter(this.model, divisions));
    if (this.model !== before) this.page = 1;
  }

  private toggleClass(division: string, ticked: boolean): void {
    if (!this.model) return;
    const current = this.model.classFilter;
    this.setFilter(ticked ? [...current, division] : current.filter((item) => item !== division));
  }

  private async removeClass(division: string, index: number): Promise<void> {
    this.toggleClass(division, false);
    await this.updateComplete;
    // The chip and its button are gone: focus goes to the chip now in its place, else the button.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip button')];
    (buttons[index] ?? buttons[index - 1] ?? this.filterButton)?.focus();
  }

  private async clearFilter(): Promise<void> {
    this.setFilter([]);
    await this.updateComplete;
    this.filterButton?.focus();
  }

  // Paging ---------------------------------------------------------------------------------

  private movePage(move: PageMove): void {
    if (!this.model) return;
    this.page = pageAfterMove(this.page, move, this.pageCount(this.model));
  }

  private changePageSize(size: number): void {
    this.page = pageAfterResize(this.page, this.rowsPerPage, size);
    this.rowsPerPage = size;
  }

  // Hand-over ------------------------------------------------------------------------------

  /** "Retour à la session", once there is nothing left to do here (finalised, or pupils enrolled). */
  private navigateBack(): void {
    if (!this.model) return;
    this.dispatchEvent(new PixNavigateEvent({ to: 'session-details', sessionId: this.model.session.id }));
  }

  private cancel(): void {
    if (!this.model) return;
    this.dispatchEvent(new PixCancelEvent({ sessionId: this.model.session.id }));
  }

  private async enrol(): Promise<void> {
    if (!this.model || this.handover.sending) return;
    const built = buildEnrolment(this.model);
    if (!built.ok) return;
    const { studentIds } = built.payload;
    await this.handover.send(new PixStudentsEnrolEvent(built.payload), {
      onSuccess: () => {
        if (this.model) {
          const marked = markEnrolled(this.model, studentIds);
          if (marked.ok) this.model = marked.state;
        }
        return { count: studentIds.length };
      },
    });
  }

  // Rendering ------------------------------------------------------------------------------

  /** A number as the page's language groups it ("5 000 élèves"); as a `count`, it still chooses the plural. */
  private grouped(value: number): string {
    return formatNumber(value, this.locale);
  }

  protected override render(): TemplateResult {
    // Today's Pix Certif gives this page no title of its own in its entry points (pix-certif-today.md
    // § 2.5): edition "current" keeps the guide's texts.
    const editionError = this.editionError;
    if (editionError) return this.renderInputError(editionError);
    if (!this.model) return this.loadError === null ? this.renderNotSetYet() : this.renderInputError(this.loadError);
    const model = this.model;
    return html`<article class="page" part="base" aria-labelledby="enrolment-title" aria-busy=${this.handover.sending ? 'true' : 'false'}>
      <header class="header" part="header">
        ${heading(this.headingLevel, 'enrolment-title', this.t('studentEnrolment.title', { id: model.session.id }))}
        ${
          model.readOnly
            ? html`<p class="alert alert--warning finalised" part="finalised">${this.t('enrolment.finalised')}</p>`
            : html`<p class="intro">${this.t('studentEnrolment.intro')}</p>`
        }
      </header>
      ${this.renderToolbar(model)} ${this.renderCounters(model)} ${this.renderEveryoneEnrolled(model)} ${this.renderTable(model)}
      ${this.renderPaging(model)}
      ${this.renderActions(model)}
    </article>`;
  }

  private renderToolbar(model: EnrolmentState): TemplateResult {
    const chosen = model.classFilter;
    return html`<div class="toolbar" part="toolbar">
      <div class="filter" @keydown=${this.onFilterKeydown}>
        <button
          type="button"
          class="button button--secondary button--small filter__button"
          part="filter-button"
          aria-expanded=${this.filterOpen ? 'true' : 'false'}
          aria-controls="filter-panel"
          @click=${() => void this.toggleFilter()}
        >
          <span>${this.t('studentEnrolment.filter.button')}</span>
          ${
            chosen.length > 0
              ? html`<span aria-hidden="true">(${this.grouped(chosen.length)})</span
                ><span class="visually-hidden">${this.t('studentEnrolment.filter.count', { count: this.grouped(chosen.length) })}</span>`
              : nothing
          }
          ${icon('chevron', 'filter__chevron')}
        </button>
        ${this.renderFilterPanel(model)}
      </div>
      <div class="summary" part="filter-summary">
        ${
          chosen.length === 0
            ? html`<span>${this.t('studentEnrolment.filter.all')}</span>`
            : html`<span id="chips-label">${this.t('studentEnrolment.filter.active')}</span>
              <ul class="chips" aria-labelledby="chips-label">
                ${repeat(
                  chosen,
                  (division) => division,
                  (division, index) => html`<li class="chip">
                    <span>${division}</span>
                    <button
                      type="button"
                      aria-label=${this.t('studentEnrolment.filter.remove', { name: division })}
                      @click=${() => void this.removeClass(division, index)}
                    >
                      ${icon('close')}
                    </button>
                  </li>`,
                )}
              </ul>
              <button type="button" class="button button--tertiary button--small clear-filter" @click=${() => void this.clearFilter()}>
                ${this.t('studentEnrolment.filter.clear')}
              </button>`
        }
      </div>
    </div>`;
  }

  private renderFilterPanel(model: EnrolmentState): TemplateResult {
    const found = searchClasses(classesOf(model), this.classQuery);
    const chosen = new Set(model.classFilter);
    return html`<div
      id="filter-panel"
      class="filter__panel"
      part="filter-panel"
      role="group"
      aria-label=${this.t('studentEnrolment.filter.panel')}
      ?hidden=${!this.filterOpen}
    >
      <div class="field">
        <label for="class-search">${this.t('studentEnrolment.filter.search')}</label>
        <input
          id="class-search"
          type="search"
          autocomplete="off"
          placeholder=${this.t('studentEnrolment.filter.placeholder')}
          aria-describedby="class-search-status"
          .value=${live(this.classQuery)}
          @input=${(event: InputEvent) => {
            this.classQuery = (event.target as HTMLInputElement).value;
          }}
        />
      </div>
      <fieldset>
        <legend>${this.t('studentEnrolment.filter.classes')}</legend>
        <ul class="filter__classes">
          ${repeat(
            found,
            (division) => division,
            (division) => html`<li>
              <label>
                <input
                  type="checkbox"
                  .checked=${live(chosen.has(division))}
                  @change=${(event: Event) => this.toggleClass(division, (event.target as HTMLInputElement).checked)}
                />
                <span>${division}</span>
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <p id="class-search-status" class="filter__empty" role="status">
        ${found.length === 0 ? this.t('studentEnrolment.filter.empty') : ''}
      </p>
    </div>`;
  }

  private renderCounters(model: EnrolmentState): TemplateResult {
    const shown = shownStudents(model).length;
    return html`<div class="counters" part="counters">
      ${
        model.readOnly
          ? nothing
          : html`<p class="counters__selected" role="status">${this.t('enrolment.selected', { count: this.grouped(selectedCount(model)) })}</p>`
      }
      <p class="counters__enrolled">${this.t('enrolment.alreadyEnrolled', { count: this.grouped(alreadyEnrolledCount(model)) })}</p>
      <p class="counters__shown">${this.t('studentEnrolment.shown', { count: this.grouped(shown) })}</p>
    </div>`;
  }

  /** Nobody left to enrol: said in words (a finalised session has its own message instead). */
  private renderEveryoneEnrolled(model: EnrolmentState): TemplateResult | typeof nothing {
    if (model.readOnly || !everyoneEnrolled(model)) return nothing;
    return html`<p id="everyone-enrolled" class="alert alert--info everyone-enrolled" part="everyone-enrolled">
      ${this.t('studentEnrolment.allEnrolled')}
    </p>`;
  }

  private renderTable(model: EnrolmentState): TemplateResult {
    const shown = shownStudents(model);
    const header = headerState(model);
    const enrollable = model.readOnly ? 0 : this.enrollableShownCount(model);
    // Every listed pupil already enrolled: the disabled header shows ticked, like each of its rows.
    const allEnrolled = header === 'disabled' && !model.readOnly && shown.length > 0 && enrollable === 0;
    const { start, end } = pageRows(this.page, this.rowsPerPage, shown.length);
    const rows = shown.slice(start, end);
    const pages = this.pageCount(model);
    const caption =
      pages > 1
        ? this.t('studentEnrolment.caption.paged', { page: this.grouped(this.page), pages: this.grouped(pages) })
        : this.t('studentEnrolment.caption');
    // Scrolling sideways, the wrapper is a named region that takes focus, so that a keyboard can scroll it (WCAG 2.1.1).
    return html`<div
      class="table-wrapper"
      part="table"
      role=${this.tableScrolls ? 'region' : nothing}
      aria-labelledby=${this.tableScrolls ? 'table-caption' : nothing}
      tabindex=${this.tableScrolls ? '0' : nothing}
    >
      <span id="select-all-scope" hidden>
        ${this.t('studentEnrolment.selectAll.scope', { count: this.grouped(enrollable) })}
      </span>
      <table>
        <caption id="table-caption" class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="check-cell">
              <input
                type="checkbox"
                class="select-all"
                aria-label=${this.t('studentEnrolment.selectAll')}
                aria-describedby="select-all-scope"
                .checked=${live(header === 'checked' || allEnrolled)}
                .indeterminate=${live(header === 'mixed')}
                ?disabled=${header === 'disabled'}
                @change=${() => this.model && this.apply(toggleAllShown(this.model))}
              />
            </th>
            <th scope="col">${this.t('studentEnrolment.column.class')}</th>
            <th scope="col">${this.t('studentEnrolment.column.lastName')}</th>
            <th scope="col">${this.t('studentEnrolment.column.firstName')}</th>
            <th scope="col">${this.t('studentEnrolment.column.birthdate')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr>
                <td colspan="5" class="empty">${this.t('studentEnrolment.noStudents')}</td>
              </tr>`
              : rows.map((student) => this.renderRow(model, student))
          }
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(model: EnrolmentState, student: Student): TemplateResult {
    const enrolled = student.isEnrolled;
    // Said in words next to the box, not only by the grey: the box is described by it.
    const noteId = `enrolled-note-${student.id}`;
    return html`<tr class=${enrolled ? 'enrolled' : ''}>
      <td class="check-cell">
        <div class="check">
          <input
            type="checkbox"
            data-student=${student.id}
            aria-label=${this.t('studentEnrolment.selectStudent', { name: fullName(student) })}
            aria-describedby=${enrolled ? noteId : nothing}
            .checked=${live(isChecked(model, student.id))}
            ?disabled=${enrolled || model.readOnly}
            @change=${() => this.model && this.apply(toggleStudent(this.model, student.id))}
          />
          ${enrolled ? html`<span id=${noteId} class="enrolled-note">${this.t('studentEnrolment.enrolledNote')}</span>` : nothing}
        </div>
      </td>
      <td>${student.division}</td>
      <th scope="row">${student.lastName}</th>
      <td>${student.firstName}</td>
      <td>${formatBirthdate(student.birthdate)}</td>
    </tr>`;
  }

  private renderPaging(model: EnrolmentState): TemplateResult | typeof nothing {
    const total = shownStudents(model).length;
    if (!needsPaging(total, this.rowsPerPage)) return nothing;
    const pages = this.pageCount(model);
    const { start, end: to } = pageRows(this.page, this.rowsPerPage, total);
    const from = start + 1;
    const sizes = pageSizeChoices(this.rowsPerPage);
    const pageButton = (move: PageMove, blocked: boolean) => html`<button
      type="button"
      class="button button--secondary button--small paging__button"
      data-move=${move}
      aria-label=${this.t(`studentEnrolment.paging.${move}`)}
      aria-disabled=${blocked ? 'true' : 'false'}
      @click=${() => {
        if (!blocked) this.movePage(move);
      }}
    >
      ${icon(move)}
    </button>`;
    return html`<nav class="paging" part="pagination" aria-label=${this.t('studentEnrolment.paging.label')}>
      <div class="paging__size">
        <label for="page-size">${this.t('studentEnrolment.paging.pageSize')}</label>
        <select
          id="page-size"
          .value=${live(String(this.rowsPerPage))}
          @change=${(event: Event) => this.changePageSize(Number((event.target as HTMLSelectElement).value))}
        >
          ${sizes.map((size) => html`<option value=${size} ?selected=${size === this.rowsPerPage}>${size}</option>`)}
        </select>
      </div>
      <p class="paging__range">
        ${this.t('studentEnrolment.paging.range', { from: this.grouped(from), to: this.grouped(to), total: this.grouped(total) })}
      </p>
      <div class="paging__controls">
        ${pageButton('first', this.page <= 1)} ${pageButton('previous', this.page <= 1)}
        <p class="paging__status" role="status">
          ${this.t('studentEnrolment.paging.status', { page: this.grouped(this.page), pages: this.grouped(pages) })}
        </p>
        ${pageButton('next', this.page >= pages)} ${pageButton('last', this.page >= pages)}
      </div>
    </nav>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    return this.handover.render(({ count }) => this.t('studentEnrolment.success', { count: this.grouped(count) }));
  }

  private renderActions(model: EnrolmentState): TemplateResult {
    const blocked = !canEnrol(model);
    return html`<div class="actions" part="actions">
      ${this.renderOutcome()}
      <div class="actions__buttons">
        ${
          model.readOnly || this.handover.outcome?.kind === 'success'
            ? backButton(this.t('ui.backToSession'), () => this.navigateBack())
            : nothing
        }
        <button type="button" class="button button--secondary cancel" @click=${this.cancel}>${this.t('ui.cancel')}</button>
        ${
          model.readOnly
            ? nothing
            : html`<button
              type="button"
              class="button enrol"
              ?disabled=${blocked && !this.handover.sending}
              aria-disabled=${this.handover.sending ? 'true' : 'false'}
              aria-busy=${this.handover.sending ? 'true' : 'false'}
              @click=${() => void this.enrol()}
            >
              ${this.handover.sending ? this.t('handover.sending') : this.t('studentEnrolment.enrol')}
            </button>`
        }
      </div>
    </div>`;
  }
}
