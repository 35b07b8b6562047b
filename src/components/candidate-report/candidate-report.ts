import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CertificationReportSchema, DESCRIPTION_LIMIT, type CertificationReport, type IssueReport } from '../../state/schemas.js';
import {
  canDeleteIssueReport,
  categoriesFor,
  fieldsOf,
  findCategory,
  findSubcategory,
  questionNumberMaxOf,
  reportLabel,
  resolveCatalogue,
  validateIssueReport,
  type Catalogue,
  type CatalogueCategory,
  type FieldError,
  type IssueReportField,
} from '../../state/catalogues.js';
import type { Edition } from '../../state/constants.js';
import type { MessageKey } from '../../state/messages.js';
import { loadRequired, notSetYet, type Refusal } from '../../state/input.js';
import { fullName } from '../../state/names.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { candidateReportMessages } from './candidate-report.messages.js';
import { common, tokens } from '../../internal/styles.js';
import { ModalDialogController, modalDialogStyles } from '../../internal/modal-dialog.js';
import { FieldFeedback, describedBy, renderFieldError } from '../../internal/field-feedback.js';
import { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../events/issue-report-events.js';
import { HandoverController, dispatchHandover } from '../../internal/handover.js';
import { savedIdOf } from '../../state/handover.js';
import { InfoTipController, infoTipStyles } from '../../internal/info-tip.js';
import { isolated } from '../../internal/bidi.js';
import { PixCandidateReportCloseEvent } from '../../events/native-events.js';
import { candidateReportStyles } from './candidate-report.styles.js';

interface Candidate {
  certificationCourseId: number;
  name: string;
}

type Loaded = { ok: true; catalogue: Catalogue; candidate: Candidate; issueReports: IssueReport[] } | Refusal;

const FIELD_ORDER: IssueReportField[] = ['category', 'questionNumber', 'subcategory', 'description'];

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(candidateReportMessages, stateMessages, commonMessages);
type Key = keyof (typeof messages)['fr'] & string;

/** What each edition's dialog is, chosen in one place: its shape and the words it uses. */
interface EditionView {
  /**
   * Today's Pix: one dialog, two views. It opens on the list "Mes signalements (n)" when the
   * candidate has reports (each deleted with its own button, "Ajouter un signalement" for the
   * form); the form's "Annuler" goes back to the list when it came from there. The guide's: the
   * reports above the form, in one view.
   */
  listView: boolean;
  title: Key;
  /** The category group's legend; hidden where the edition shows none. */
  categories: Key;
  hideCategoriesLegend: boolean;
  subcategoryRadios: Key;
  subcategorySelect: Key;
  questionNumber: Key;
  validate: Key;
  /** The state layer's refusals the edition words its own way. */
  errors: Partial<Record<MessageKey, Key>>;
}

const EDITION_VIEWS: Readonly<Record<Edition, EditionView>> = {
  '2021': {
    listView: false,
    title: 'candidateReport.title',
    categories: 'candidateReport.categories',
    hideCategoriesLegend: false,
    subcategoryRadios: 'candidateReport.subcategories',
    subcategorySelect: 'candidateReport.problemType',
    questionNumber: 'candidateReport.questionNumber',
    validate: 'ui.validate',
    errors: {},
  },
  current: {
    listView: true,
    title: 'candidateReport.current.title',
    categories: 'candidateReport.categories',
    hideCategoriesLegend: true,
    subcategoryRadios: 'candidateReport.current.subcategory',
    subcategorySelect: 'candidateReport.current.subcategory',
    questionNumber: 'candidateReport.current.questionNumber',
    validate: 'candidateReport.current.validate',
    errors: { 'issueReport.category.required': 'candidateReport.current.categoryRequired' },
  },
};

/**
 * @summary The "Signalement du candidat" dialog for one candidate: lists the candidate's issue
 * reports (each can be deleted) and enters new ones, category by category, with the fields of
 * the chosen catalogue ("2021" by default, "2022", "current", or a host's own). A field's error
 * shows once the person has left it, or on "Valider" (focus then goes to the first one). In
 * edition "current" it is today's Pix Certif dialog: the list "Mes signalements (n)" first when
 * the candidate has reports, then the form.
 *
 * @tag pix-candidate-report
 *
 * @event {PixIssueReportAddEvent} pix-issue-report-add - A valid report was entered; `detail` is `{ certificationCourseId, issueReport }` with the normalised report. Cancelable. Call `event.respondWith(promise)` to save it at once: the dialog waits, and a rejection keeps the report out with a message (a fulfilment with the saved report's id, or an object with `id`, gives the report its `id`).
 * @event {PixIssueReportRemoveEvent} pix-issue-report-remove - A report was deleted; `detail` is `{ certificationCourseId, issueReport, index }`. Cancelable. Call `event.respondWith(promise)` to delete it at once: a rejection keeps the report, with a message.
 * @event {PixCandidateReportCloseEvent} close - The dialog closed (Valider, Annuler, Escape or the close button).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The dialog's header (title and close button).
 * @csspart title - The title "Signalement du candidat : Prénom Nom".
 * @csspart body - The scrolling content.
 * @csspart existing - The list of the candidate's reports.
 * @csspart category - One category (radio, label and its fields).
 * @csspart footer - The buttons.
 * @csspart outcome - The message of a refused save or deletion.
 * @csspart info-tip - A category's ⓘ and its explanation (edition "current").
 * @csspart info-button - The ⓘ button.
 * @csspart info-content - The explanation it shows.
 * @csspart error - The error state shown for invalid input.
 * @csspart not-set-yet - The quiet, busy placeholder while the data is not set yet.
 *
 * @cssproperty --pix-primary-500 - Accent colour.
 * @cssproperty --pix-neutral-20 - Background of the dialog's body.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-error-700 - Colour of errors.
 * @cssproperty --pix-info-50 - Background of category information.
 * @cssproperty --pix-dialog-width - Width of the dialog (default 40rem).
 * @cssproperty --pix-font-family-title - Font of the title.
 */
// Merged with the interface below, which types `addEventListener` (types only).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PixCandidateReport extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [tokens, common, modalDialogStyles, infoTipStyles, candidateReportStyles];

  /** The candidate's certification report. Checked at run time: bad data shows an error state; not set yet, nothing. */
  @property({ attribute: false }) report?: CertificationReport;

  /**
   * The issue-report catalogue: "2021", "2022", "current", or a catalogue object (as a property).
   * Unset: the nearest context's, else the edition's ("2021" or "current").
   */
  @property() catalogue?: string | Catalogue;

  /** The session's version: on 3, categories reserved to version 2 are not offered. */
  @property({ type: Number, attribute: 'session-version' }) sessionVersion = 2;

  /** Whether the dialog is open. `show()` and `close()` set it. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Stays open after "Valider" for the candidate's next report. */
  @property({ type: Boolean, reflect: true, attribute: 'stay-open' }) stayOpen = false;

  /** Shows the reports without adding or deleting (a finalised session). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Where focus goes on close when the opener has left the page (a function returning an
   * element, as a property): the page knows what took the opener's place.
   */
  @property({ attribute: false }) fallbackFocus?: () => HTMLElement | null | undefined;

  @state() private issueReports: IssueReport[] = [];
  @state() private category: string | null = null;
  @state() private subcategory: string | null = null;
  @state() private description = '';
  @state() private questionNumber = '';
  /** Edition "current": the view shown, and whether the form was reached from the list. */
  @state() private view: 'list' | 'add' = 'add';
  @state() private fromList = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  private loaded: Loaded = notSetYet('report');
  private opener: HTMLElement | null = null;
  /** What the pending or last hand-over was about: its failure message says so. */
  private action: 'add' | 'remove' = 'add';
  private readonly tips = new Map<string, InfoTipController>();

  private readonly feedback = new FieldFeedback(this, {
    order: FIELD_ORDER,
    errors: () => {
      if (!this.loaded.ok) return {};
      const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
      return result.ok ? {} : result.errors;
    },
    describe: (field, error) => this.t('ui.fieldError', { label: this.labelOf(field), message: this.format(this.worded(error)) }),
    summarise: (errors) =>
      `${this.t('candidateReport.errorCount', { count: errors.length })} ${errors.map((error) => this.format(this.worded(error))).join(' ')}`,
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialog,
    initialFocus: () => this.startControl(),
    fallbackFocus: () => this.hostFallbackFocus(),
    // While a save or a deletion waits for the host, the dialog stays.
    canDismiss: () => !this.handover.sending,
  });

  /** Saving and deleting at once, when the host answers with `respondWith`. */
  private readonly handover = new HandoverController(this, {
    genericKey: 'handover.generic',
    subject: () => (this.loaded.ok ? this.loaded.candidate.certificationCourseId : undefined),
    format: (message) => this.format(message),
  });

  private hostFallbackFocus(): HTMLElement | null {
    // Anything but a function (a Symbol, an object) counts as none.
    const fallback: unknown = this.fallbackFocus;
    const target: unknown = typeof fallback === 'function' ? (fallback as () => unknown)() : null;
    return target instanceof HTMLElement ? target : null;
  }

  /** Opens the dialog as a modal; focus returns to `opener` (default: the focused element) on close. */
  show(opener?: HTMLElement): void {
    if (opener) this.opener = opener;
    this.open = true;
  }

  /** Closes the dialog without emitting anything. */
  close(): void {
    this.open = false;
  }

  private get editionView(): EditionView {
    return EDITION_VIEWS[this.activeEdition];
  }

  /** The view shown now: the guide's edition has only the form (with the reports above it). */
  private get shownView(): 'list' | 'add' {
    return this.editionView.listView ? this.view : 'add';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report') || changed.has('catalogue') || this.settingsChanged(changed)) {
      this.loaded = this.load();
      if (this.loaded.ok) {
        this.clearInputError();
        this.issueReports = this.loaded.issueReports;
      }
    }
    if (changed.has('open') && this.open && !changed.get('open')) {
      this.resetEntry();
      this.handover.clearOutcome();
      this.view = this.issueReports.length > 0 || this.readonly ? 'list' : 'add';
      this.fromList = false;
    }
    // With nothing valid to show, there is no dialog: "open" would be a lie.
    if (!this.loaded.ok) this.open = false;
  }

  private load(): Loaded {
    const editionError = this.editionError;
    if (editionError) return { ok: false, error: editionError };
    const catalogue = resolveCatalogue(this.catalogueFor(this.catalogue));
    if (!catalogue.ok) return { ok: false, error: `catalogue: ${catalogue.error}` };
    const parsed = loadRequired(CertificationReportSchema, this.report, 'report');
    if (!parsed.ok) return parsed;
    const issueReports: IssueReport[] = [];
    for (const [index, input] of parsed.value.issueReports.entries()) {
      const checked = validateIssueReport(catalogue.catalogue, input);
      if (!checked.ok) {
        return { ok: false, error: `report.issueReports.${index}: not a valid "${catalogue.catalogue.id}" issue report` };
      }
      issueReports.push(checked.report);
    }
    const { certificationCourseId, firstName, lastName } = parsed.value;
    return {
      ok: true,
      catalogue: catalogue.catalogue,
      candidate: { certificationCourseId, name: fullName({ firstName, lastName }) },
      issueReports,
    };
  }

  protected override updated(): void {
    if (this.open && !this.modal.open) {
      this.modal.show(this.opener);
      this.opener = null;
    } else if (!this.open && this.modal.open) {
      this.modal.close();
    }
  }

  private resetEntry(): void {
    this.category = null;
    this.subcategory = null;
    this.description = '';
    this.questionNumber = '';
    this.feedback.reset();
  }

  private startControl(): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot;
    if (this.shownView === 'list') return root.querySelector<HTMLElement>('button.add') ?? root.querySelector<HTMLElement>('.close');
    return (
      root.querySelector<HTMLElement>('input[name="category"]:checked') ??
      root.querySelector<HTMLElement>('input[name="category"]') ??
      root.querySelector<HTMLElement>('.close')
    );
  }

  private focusStart(): void {
    this.startControl()?.focus();
  }

  private onDialogClose(): void {
    this.open = false;
    this.opener = null;
    this.dispatchEvent(new PixCandidateReportCloseEvent());
  }

  private closeByButton(): void {
    if (!this.handover.sending) this.close();
  }

  /** Edition "current": from the list to the form ("Ajouter un signalement"), or back ("Annuler"). */
  private async showView(view: 'list' | 'add'): Promise<void> {
    if (this.handover.sending) return;
    this.handover.clearOutcome();
    this.resetEntry();
    this.fromList = view === 'add';
    this.view = view;
    await this.updateComplete;
    this.focusStart();
  }

  private cancel(): void {
    if (this.handover.sending) return;
    if (this.shownView === 'add' && this.fromList) void this.showView('list');
    else this.close();
  }

  private get chosenCategory(): CatalogueCategory | undefined {
    return this.loaded.ok && this.category ? findCategory(this.loaded.catalogue, this.category) : undefined;
  }

  private entry(): Record<IssueReportField, unknown> {
    return {
      category: this.category,
      subcategory: this.subcategory,
      description: this.description,
      questionNumber: this.questionNumber.trim() === '' ? null : Number(this.questionNumber),
    };
  }

  /** A field's name, as its label or legend says it (without the colon some labels end with). */
  private labelOf(field: IssueReportField): string {
    const view = this.editionView;
    const category = this.chosenCategory;
    const fields = category ? fieldsOf(category, this.subcategory) : undefined;
    let label: string;
    if (field === 'category') label = this.t(view.categories);
    else if (field === 'questionNumber') label = this.t(view.questionNumber);
    else if (field === 'subcategory') label = this.t(fields?.subcategory === 'select' ? view.subcategorySelect : view.subcategoryRadios);
    else label = fields?.descriptionLabel?.[this.locale] ?? '';
    return label.replace(/\s*:\s*$/, '');
  }

  /** A refusal of the state layer, in the edition's words. */
  private worded(error: FieldError): FieldError {
    const own = this.editionView.errors[error.key];
    return own ? { key: own as MessageKey, params: error.params } : error;
  }

  /** The error shown for `field`, in words. */
  private errorText(field: IssueReportField): string | undefined {
    const error: FieldError | undefined = this.feedback.error(field);
    return error ? this.format(this.worded(error)) : undefined;
  }

  private chooseCategory(category: string): void {
    if (category === this.category) return;
    this.category = category;
    // A subcategory or a question number belongs to one category: nothing stale carries over;
    // a category may come with its usual subcategory chosen (today's C1 and E1).
    this.subcategory = this.chosenCategory?.defaultSubcategory ?? null;
    this.questionNumber = '';
    this.feedback.choose('category');
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (!this.loaded.ok || this.readonly || this.handover.sending) return;
    const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
    if (!result.ok) {
      void this.feedback.refuse();
      return;
    }
    const { candidate } = this.loaded;
    const issueReport = result.report;
    const added = new PixIssueReportAddEvent({ certificationCourseId: candidate.certificationCourseId, issueReport });
    const response = dispatchHandover(this, added);
    if (added.defaultPrevented) return;
    if (!response) {
      this.addReport(issueReport);
      return;
    }
    // The host saves it at once: the report joins the list once saved, with the id it got there.
    let answer: unknown;
    this.action = 'add';
    this.feedback.announce(this.t('handover.sending'));
    void this.handover.answer(
      response.then((value) => {
        answer = value;
      }),
      {
        onSuccess: () => {
          const id = savedIdOf(answer);
          this.addReport(id === undefined ? issueReport : { ...issueReport, id });
          return {};
        },
      },
    );
  }

  private addReport(issueReport: IssueReport): void {
    this.issueReports = [...this.issueReports, issueReport];
    this.resetEntry();
    this.feedback.announce(this.t('candidateReport.added', this.describe(issueReport)));
    if (!this.stayOpen) {
      this.open = false;
      return;
    }
    if (this.editionView.listView) void this.showView('list');
    else this.updateComplete.then(() => this.focusStart());
  }

  private removeReport(index: number): void {
    if (!this.loaded.ok || this.readonly || this.handover.sending) return;
    const issueReport = this.issueReports[index];
    if (!issueReport || !this.deletable(issueReport)) return;
    const removed = new PixIssueReportRemoveEvent({
      certificationCourseId: this.loaded.candidate.certificationCourseId,
      issueReport,
      index,
    });
    const response = dispatchHandover(this, removed);
    if (removed.defaultPrevented) return;
    if (!response) {
      this.dropReport(issueReport, index);
      return;
    }
    this.action = 'remove';
    this.feedback.announce(this.t('handover.sending'));
    void this.handover.answer(response, {
      onSuccess: () => {
        this.dropReport(issueReport, index);
        return {};
      },
    });
  }

  private dropReport(issueReport: IssueReport, index: number): void {
    this.issueReports = this.issueReports.filter((report) => report !== issueReport);
    this.feedback.announce(this.t('candidateReport.removed', this.describe(issueReport)));
    // Focus stays in the list (the next report's button), or goes to the form (or "Ajouter un
    // signalement") when it empties.
    this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.existing .delete')];
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else this.focusStart();
    });
  }

  private deletable(report: IssueReport): boolean {
    return canDeleteIssueReport(this.activeEdition, report, this.sessionVersion);
  }

  private describe(report: IssueReport): { code: string; label: string } {
    if (!this.loaded.ok) return { code: report.category, label: '' };
    return reportLabel(this.loaded.catalogue, report, this.locale);
  }

  /** The tooltip of a category, one per category that has one. */
  private tipFor(category: string, index: number): InfoTipController {
    let tip = this.tips.get(category);
    if (!tip) {
      tip = new InfoTipController(this, `tip-${index}`);
      this.tips.set(category, tip);
    }
    return tip;
  }

  protected override render(): TemplateResult {
    if (!this.loaded.ok) return this.loaded.notSetYet ? this.renderNotSetYet() : this.renderInputError(this.loaded.error);
    const { candidate } = this.loaded;
    const view = this.editionView;
    return html`<dialog part="dialog" aria-labelledby="title" @modal-dialog-close=${this.onDialogClose}>
      <div class="dialog__header" part="header">
        <h2 id="title" part="title">${isolated((params) => this.t(view.title, params), { name: candidate.name })}</h2>
        <button
          type="button"
          class="close"
          aria-label=${this.t('ui.close')}
          aria-disabled=${this.handover.sending ? 'true' : 'false'}
          @click=${() => this.closeByButton()}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
          </svg>
        </button>
      </div>
      ${this.shownView === 'list' ? this.renderListView() : this.renderForm(view)}
    </dialog>`;
  }

  /** A refused save or deletion, where the person is. */
  private renderFailure(): TemplateResult | typeof nothing {
    if (this.handover.outcome?.kind !== 'failure') return nothing;
    return html`<p class="alert alert--error outcome" part="outcome" role="alert" tabindex="-1" ${this.handover.anchor}>
      ${this.t(this.action === 'add' ? 'candidateReport.addFailed' : 'candidateReport.deleteFailed')}
    </p>`;
  }

  private renderForm(view: EditionView): TemplateResult {
    const sending = this.handover.sending;
    return html`<form class="dialog__body" part="body" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.submit}>
      ${this.renderFailure()} ${view.listView ? nothing : this.renderExisting()}
      ${this.readonly ? this.renderReadOnlyNote() : this.renderCategories(view)} ${this.feedback.renderLiveRegion()}
      <div class="dialog__footer" part="footer">
        ${
          this.readonly
            ? html`<button type="button" class="button" @click=${() => this.close()}>${this.t('ui.close')}</button>`
            : html`<button
                type="button"
                class="button button--secondary"
                aria-disabled=${sending ? 'true' : 'false'}
                @click=${() => this.cancel()}
              >
                ${this.t('ui.cancel')}
              </button>
              <button type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'} aria-busy=${sending ? 'true' : 'false'}>
                ${this.t(view.validate)}
              </button>`
        }
      </div>
    </form>`;
  }

  private renderReadOnlyNote(): TemplateResult {
    return html`<p class="alert alert--info">${this.t('candidateReport.readOnly')}</p>`;
  }

  /** Edition "current": "Mes signalements (n)", each report with its delete button, and "Ajouter un signalement". */
  private renderListView(): TemplateResult {
    const sending = this.handover.sending;
    return html`<div class="dialog__body" part="body" aria-busy=${sending ? 'true' : 'false'}>
      ${this.renderFailure()}
      <section class="existing" part="existing" aria-labelledby="existing-title">
        <h3 id="existing-title">${this.t('candidateReport.current.reports', { count: this.issueReports.length })}</h3>
        ${this.readonly && this.issueReports.length === 0 ? html`<p>${this.t('candidateReport.none')}</p>` : nothing}
        <ul>
          ${this.issueReports.map((report, index) => this.renderListedReport(report, index))}
        </ul>
      </section>
      ${this.readonly ? this.renderReadOnlyNote() : nothing} ${this.feedback.renderLiveRegion()}
      ${
        this.readonly
          ? nothing
          : html`<div class="dialog__footer dialog__footer--start">
              <button
                type="button"
                class="button button--secondary add"
                aria-disabled=${sending ? 'true' : 'false'}
                @click=${() => this.showView('add')}
              >
                <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
                  <path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
                </svg>
                ${this.t('candidateReport.current.add')}
              </button>
            </div>`
      }
    </div>`;
  }

  private renderListedReport(report: IssueReport, index: number): TemplateResult {
    if (!this.loaded.ok) return html``;
    const category = findCategory(this.loaded.catalogue, report.category);
    const subcategory = category ? findSubcategory(category, report.subcategory) : undefined;
    const id = `report-${index}`;
    return html`<li>
      <div class="existing__text" id=${id}>
        <span class="existing__line"><span class="code">${category?.code ?? report.category}</span> ${category?.label[this.locale] ?? ''}</span>
        ${
          subcategory
            ? html`<span class="existing__line"><span class="code">${subcategory.code}</span> ${subcategory.label[this.locale]}</span>`
            : nothing
        }
      </div>
      ${
        this.readonly || !this.deletable(report)
          ? nothing
          : html`<button
              type="button"
              class="icon-button delete"
              aria-label=${this.t('candidateReport.current.delete')}
              aria-describedby=${id}
              aria-disabled=${this.handover.sending ? 'true' : 'false'}
              @click=${() => this.removeReport(index)}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
                <path
                  d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.4"
                  stroke-linecap="round"
                  stroke-linejoin="round"
                ></path>
              </svg>
            </button>`
      }
    </li>`;
  }

  private renderExisting(): TemplateResult | typeof nothing {
    if (this.issueReports.length === 0) return this.readonly ? html`<p>${this.t('candidateReport.none')}</p>` : nothing;
    return html`<section class="existing" part="existing" aria-labelledby="existing-title">
      <h3 id="existing-title">${this.t('candidateReport.existing', { count: this.issueReports.length })}</h3>
      <ul>
        ${this.issueReports.map((report, index) => {
          const { code, label } = this.describe(report);
          return html`<li>
            <div class="existing__text">
              <span class="code">${code}</span> <span>${label}</span>
              ${
                report.questionNumber !== null
                  ? html`<span class="existing__detail">${this.t('candidateReport.questionNumberValue', { number: report.questionNumber })}</span>`
                  : nothing
              }
              ${report.description !== null ? html`<bdi class="existing__detail">${report.description}</bdi>` : nothing}
            </div>
            ${
              this.readonly || !this.deletable(report)
                ? nothing
                : html`<button
                  type="button"
                  class="button button--tertiary button--small delete"
                  aria-label=${this.t('candidateReport.deleteLabel', { code, label })}
                  aria-disabled=${this.handover.sending ? 'true' : 'false'}
                  @click=${() => this.removeReport(index)}
                >
                  ${this.t('candidateReport.delete')}
                </button>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderCategories(view: EditionView): TemplateResult {
    if (!this.loaded.ok) return html``;
    const categories = categoriesFor(this.loaded.catalogue, this.sessionVersion);
    const categoryError = this.errorText('category');
    return html`<fieldset class="categories" aria-describedby=${describedBy('category', categoryError !== undefined)}>
      <legend class=${view.hideCategoriesLegend ? 'visually-hidden' : ''}>${this.t(view.categories)}</legend>
      ${renderFieldError('category', categoryError)}
      ${repeat(
        categories,
        (category) => category.category,
        (category, index) => {
          const chosen = category.category === this.category;
          const id = `category-${index}`;
          return html`<div class="category ${chosen ? 'category--chosen' : ''}" part="category">
            <div class="choice">
              <input
                type="radio"
                id=${id}
                name="category"
                .value=${category.category}
                .checked=${chosen}
                aria-invalid=${categoryError ? 'true' : 'false'}
                @change=${() => this.chooseCategory(category.category)}
              />
              <label for=${id}><span class="code">${category.code}</span> <span>${category.label[this.locale]}</span></label>
              ${
                category.tooltip
                  ? this.tipFor(category.category, index).render(
                      category.tooltip.title?.[this.locale] ?? this.t('candidateReport.moreInfo'),
                      html`${category.tooltip[this.locale]}`,
                    )
                  : nothing
              }
            </div>
            ${chosen ? this.renderFields(view, category) : nothing}
          </div>`;
        },
      )}
    </fieldset>`;
  }

  private renderFields(view: EditionView, category: CatalogueCategory): TemplateResult {
    const fields = fieldsOf(category, this.subcategory);
    return html`<div class="category__fields">
      ${category.info ? html`<p class="alert alert--info">${category.info[this.locale]}</p>` : nothing}
      ${category.notice ? this.renderNotice(category.notice) : nothing}
      ${category.questionNumber ? this.renderQuestionNumber(view, category) : nothing}
      ${fields.subcategory === 'radio' ? this.renderSubcategoryRadios(view, category) : nothing}
      ${fields.subcategory === 'select' ? this.renderSubcategorySelect(view, category) : nothing}
      ${
        fields.description !== 'none' && fields.descriptionLabel
          ? this.renderDescription(fields.descriptionLabel[this.locale], fields.description === 'required')
          : nothing
      }
    </div>`;
  }

  /** A category's notice (today's C6), its link opening in a new window where `{link}` says. */
  private renderNotice(notice: NonNullable<CatalogueCategory['notice']>): TemplateResult {
    const text = notice[this.locale];
    const link = notice.link;
    if (!link) return html`<p class="notice">${text}</p>`;
    const href = typeof link === 'string' ? link : link.href;
    // No white space inside the link: its text is the link's words only.
    const anchor = html`<a href=${href} target="_blank" rel="noopener noreferrer"
      >${typeof link === 'string' ? link : link.text[this.locale]}${this.renderNewWindowIcon()}</a
    >`;
    const at = text.indexOf('{link}');
    if (at < 0) return html`<p class="notice">${text} ${anchor}</p>`;
    return html`<p class="notice">${text.slice(0, at)}${anchor}${text.slice(at + '{link}'.length)}</p>`;
  }

  private renderNewWindowIcon(): TemplateResult {
    const label = this.t('candidateReport.newWindow');
    return html`<svg role="img" aria-label=${label} viewBox="0 0 16 16" width="14" height="14" focusable="false"><path d="M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v4h-9v-9h4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;
  }

  private renderQuestionNumber(view: EditionView, category: CatalogueCategory): TemplateResult {
    const error = this.errorText('questionNumber');
    const max = this.loaded.ok ? questionNumberMaxOf(this.loaded.catalogue, category) : 500;
    return html`<div class="field field--short">
      <label for="question-number">${this.t(view.questionNumber)}</label>
      <input
        id="question-number"
        type="number"
        inputmode="numeric"
        min="1"
        max=${max}
        step="1"
        required
        .value=${this.questionNumber}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('question-number', error !== undefined)}
        @input=${(event: InputEvent) => {
          this.questionNumber = (event.target as HTMLInputElement).value;
          this.feedback.edit('questionNumber');
        }}
        @blur=${() => this.feedback.leave('questionNumber')}
      />
      ${renderFieldError('question-number', error)}
    </div>`;
  }

  private renderSubcategoryRadios(view: EditionView, category: CatalogueCategory): TemplateResult {
    const error = this.errorText('subcategory');
    return html`<fieldset class="subcategories" aria-describedby=${describedBy('subcategory', error !== undefined)}>
      <legend class="visually-hidden">${this.t(view.subcategoryRadios)}</legend>
      ${(category.subcategories ?? []).map(
        (subcategory, index) => html`<div class="choice">
          <input
            type="radio"
            id=${`subcategory-${index}`}
            name="subcategory"
            .value=${subcategory.subcategory}
            .checked=${subcategory.subcategory === this.subcategory}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${() => {
              this.subcategory = subcategory.subcategory;
              this.feedback.choose('subcategory');
            }}
          />
          <label for=${`subcategory-${index}`}
            ><span class="code">${subcategory.code}</span> <span>${subcategory.label[this.locale]}</span></label
          >
        </div>`,
      )}
      ${renderFieldError('subcategory', error)}
    </fieldset>`;
  }

  private renderSubcategorySelect(view: EditionView, category: CatalogueCategory): TemplateResult {
    const error = this.errorText('subcategory');
    return html`<div class="field">
      <label for="subcategory-select">${this.t(view.subcategorySelect)}</label>
      <select
        id="subcategory-select"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('subcategory', error !== undefined)}
        @change=${(event: Event) => {
          this.subcategory = (event.target as HTMLSelectElement).value || null;
          this.feedback.choose('subcategory');
        }}
        @blur=${() => this.feedback.leave('subcategory')}
      >
        ${
          // A category with its usual subcategory has always one chosen: no empty choice.
          category.defaultSubcategory === undefined
            ? html`<option value="" ?selected=${this.subcategory === null}>${this.t('abortReason.placeholder')}</option>`
            : nothing
        }
        ${(category.subcategories ?? []).map(
          (subcategory) => html`<option value=${subcategory.subcategory} ?selected=${subcategory.subcategory === this.subcategory}>
            ${subcategory.code} ${subcategory.label[this.locale]}
          </option>`,
        )}
      </select>
      ${renderFieldError('subcategory', error)}
    </div>`;
  }

  private renderDescription(label: string, required: boolean): TemplateResult {
    const error = this.errorText('description');
    return html`<div class="field">
      <label for="description">${label}</label>
      <textarea
        id="description"
        maxlength=${DESCRIPTION_LIMIT}
        ?required=${required}
        .value=${this.description}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('description', error !== undefined, 'description-counter')}
        @input=${(event: InputEvent) => {
          this.description = (event.target as HTMLTextAreaElement).value;
          this.feedback.edit('description');
        }}
        @blur=${() => this.feedback.leave('description')}
      ></textarea>
      <p id="description-counter" class="counter">
        ${this.t('ui.counter', { count: this.description.length, max: DESCRIPTION_LIMIT })}
      </p>
      ${renderFieldError('description', error)}
    </div>`;
  }
}

/** The events of `<pix-candidate-report>` by name: `close` is a `PixCandidateReportCloseEvent`. */
export interface PixCandidateReportEventMap extends HTMLElementEventMap {
  close: PixCandidateReportCloseEvent;
}

// Types only (no code): `addEventListener('close', …)` on the element gets its typed event, as
// the DOM's own elements do with theirs.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PixCandidateReport {
  addEventListener<K extends keyof PixCandidateReportEventMap>(
    type: K,
    listener: (this: PixCandidateReport, event: PixCandidateReportEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PixCandidateReportEventMap>(
    type: K,
    listener: (this: PixCandidateReport, event: PixCandidateReportEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
