import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CertificationReportSchema, DESCRIPTION_LIMIT, type CertificationReport, type IssueReport } from '../../state/schemas.js';
import {
  categoriesFor,
  fieldsOf,
  findCategory,
  reportLabel,
  resolveCatalogue,
  validateIssueReport,
  type Catalogue,
  type CatalogueCategory,
  type FieldError,
  type IssueReportField,
} from '../../state/catalogues.js';
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

/**
 * @summary The "Signalement du candidat" dialog for one candidate: lists the candidate's issue
 * reports (each can be deleted) and enters new ones, category by category, with the fields of
 * the chosen catalogue ("2021" by default, "2022", or a host's own). A field's error shows once
 * the person has left it, or on "Valider" (focus then goes to the first one).
 *
 * @tag pix-candidate-report
 *
 * @event {PixIssueReportAddEvent} pix-issue-report-add - A valid report was entered; `detail` is `{ certificationCourseId, issueReport }` with the normalised report. Cancelable.
 * @event {PixIssueReportRemoveEvent} pix-issue-report-remove - A report was deleted; `detail` is `{ certificationCourseId, issueReport, index }`. Cancelable.
 * @event {PixCandidateReportCloseEvent} close - The dialog closed (Valider, Annuler, Escape or the close button).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The dialog's header (title and close button).
 * @csspart title - The title "Signalement du candidat : Prénom Nom".
 * @csspart body - The scrolling content.
 * @csspart existing - The list of the candidate's reports.
 * @csspart category - One category (radio, label and its fields).
 * @csspart footer - The buttons.
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
  static override styles = [tokens, common, modalDialogStyles, candidateReportStyles];

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

  @query('dialog') private dialog?: HTMLDialogElement;

  private loaded: Loaded = notSetYet('report');
  private opener: HTMLElement | null = null;

  private readonly feedback = new FieldFeedback(this, {
    order: FIELD_ORDER,
    errors: () => {
      if (!this.loaded.ok) return {};
      const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
      return result.ok ? {} : result.errors;
    },
    describe: (field, error) => this.t('ui.fieldError', { label: this.labelOf(field), message: this.format(error) }),
    summarise: (errors) =>
      `${this.t('candidateReport.errorCount', { count: errors.length })} ${errors.map((error) => this.format(error)).join(' ')}`,
  });

  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialog,
    initialFocus: () => this.startControl(),
    fallbackFocus: () => this.hostFallbackFocus(),
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report') || changed.has('catalogue') || this.settingsChanged(changed)) {
      this.loaded = this.load();
      if (this.loaded.ok) {
        this.clearInputError();
        this.issueReports = this.loaded.issueReports;
      }
    }
    if (changed.has('open') && this.open && !changed.get('open')) this.resetEntry();
    // With nothing valid to show, there is no dialog: "open" would be a lie.
    if (!this.loaded.ok) this.open = false;
  }

  private load(): Loaded {
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

  /** A field's name, as its label or legend says it. */
  private labelOf(field: IssueReportField): string {
    const category = this.chosenCategory;
    if (field === 'category') return this.t('candidateReport.categories');
    if (field === 'questionNumber') return this.t('candidateReport.questionNumber');
    const fields = category ? fieldsOf(category, this.subcategory) : undefined;
    if (field === 'subcategory')
      return this.t(fields?.subcategory === 'select' ? 'candidateReport.problemType' : 'candidateReport.subcategories');
    return fields?.descriptionLabel?.[this.locale] ?? '';
  }

  /** The error shown for `field`, in words. */
  private errorText(field: IssueReportField): string | undefined {
    const error: FieldError | undefined = this.feedback.error(field);
    return error ? this.format(error) : undefined;
  }

  private chooseCategory(category: string): void {
    if (category === this.category) return;
    this.category = category;
    // A subcategory or a question number belongs to one category: nothing stale carries over.
    this.subcategory = null;
    this.questionNumber = '';
    this.feedback.choose('category');
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (!this.loaded.ok || this.readonly) return;
    const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
    if (!result.ok) {
      void this.feedback.refuse();
      return;
    }
    const { candidate } = this.loaded;
    const issueReport = result.report;
    const accepted = this.dispatchEvent(
      new PixIssueReportAddEvent({ certificationCourseId: candidate.certificationCourseId, issueReport }),
    );
    if (!accepted) return;
    this.issueReports = [...this.issueReports, issueReport];
    this.resetEntry();
    this.feedback.announce(this.t('candidateReport.added', this.describe(issueReport)));
    if (this.stayOpen) this.updateComplete.then(() => this.focusStart());
    else this.open = false;
  }

  private removeReport(index: number): void {
    if (!this.loaded.ok || this.readonly) return;
    const issueReport = this.issueReports[index];
    if (!issueReport) return;
    const accepted = this.dispatchEvent(
      new PixIssueReportRemoveEvent({ certificationCourseId: this.loaded.candidate.certificationCourseId, issueReport, index }),
    );
    if (!accepted) return;
    this.issueReports = this.issueReports.filter((_, position) => position !== index);
    this.feedback.announce(this.t('candidateReport.removed', this.describe(issueReport)));
    // Focus stays in the list (the next report's button), or goes to the form when it empties.
    this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.existing .delete')];
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else this.focusStart();
    });
  }

  private describe(report: IssueReport): { code: string; label: string } {
    if (!this.loaded.ok) return { code: report.category, label: '' };
    return reportLabel(this.loaded.catalogue, report, this.locale);
  }

  protected override render(): TemplateResult {
    if (!this.loaded.ok) return this.loaded.notSetYet ? this.renderNotSetYet() : this.renderInputError(this.loaded.error);
    const { candidate } = this.loaded;
    return html`<dialog part="dialog" aria-labelledby="title" @modal-dialog-close=${this.onDialogClose}>
      <div class="dialog__header" part="header">
        <h2 id="title" part="title">${this.t('candidateReport.title', { name: candidate.name })}</h2>
        <button type="button" class="close" aria-label=${this.t('ui.close')} @click=${() => this.close()}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
          </svg>
        </button>
      </div>
      <form class="dialog__body" part="body" novalidate @submit=${this.submit}>
        ${this.renderExisting()} ${this.readonly ? this.renderReadOnlyNote() : this.renderCategories()}
        ${this.feedback.renderLiveRegion()}
        <div class="dialog__footer" part="footer">
          ${
            this.readonly
              ? html`<button type="button" class="button" @click=${() => this.close()}>${this.t('ui.close')}</button>`
              : html`<button type="button" class="button button--secondary" @click=${() => this.close()}>
                  ${this.t('ui.cancel')}
                </button>
                <button type="submit" class="button">${this.t('ui.validate')}</button>`
          }
        </div>
      </form>
    </dialog>`;
  }

  private renderReadOnlyNote(): TemplateResult {
    return html`<p class="alert alert--info">${this.t('candidateReport.readOnly')}</p>`;
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
              ${report.description !== null ? html`<span class="existing__detail">${report.description}</span>` : nothing}
            </div>
            ${
              this.readonly
                ? nothing
                : html`<button
                  type="button"
                  class="button button--tertiary button--small delete"
                  aria-label=${this.t('candidateReport.deleteLabel', { code, label })}
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

  private renderCategories(): TemplateResult {
    if (!this.loaded.ok) return html``;
    const categories = categoriesFor(this.loaded.catalogue, this.sessionVersion);
    const categoryError = this.errorText('category');
    return html`<fieldset class="categories" aria-describedby=${describedBy('category', categoryError !== undefined)}>
      <legend>${this.t('candidateReport.categories')}</legend>
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
            </div>
            ${chosen ? this.renderFields(category) : nothing}
          </div>`;
        },
      )}
    </fieldset>`;
  }

  private renderFields(category: CatalogueCategory): TemplateResult {
    const fields = fieldsOf(category, this.subcategory);
    return html`<div class="category__fields">
      ${category.info ? html`<p class="alert alert--info">${category.info[this.locale]}</p>` : nothing}
      ${category.questionNumber ? this.renderQuestionNumber() : nothing}
      ${fields.subcategory === 'radio' ? this.renderSubcategoryRadios(category) : nothing}
      ${fields.subcategory === 'select' ? this.renderSubcategorySelect(category) : nothing}
      ${
        fields.description !== 'none' && fields.descriptionLabel
          ? this.renderDescription(fields.descriptionLabel[this.locale], fields.description === 'required')
          : nothing
      }
    </div>`;
  }

  private renderQuestionNumber(): TemplateResult {
    const error = this.errorText('questionNumber');
    return html`<div class="field field--short">
      <label for="question-number">${this.t('candidateReport.questionNumber')}</label>
      <input
        id="question-number"
        type="number"
        inputmode="numeric"
        min="1"
        max="500"
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

  private renderSubcategoryRadios(category: CatalogueCategory): TemplateResult {
    const error = this.errorText('subcategory');
    return html`<fieldset class="subcategories" aria-describedby=${describedBy('subcategory', error !== undefined)}>
      <legend class="visually-hidden">${this.t('candidateReport.subcategories')}</legend>
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

  private renderSubcategorySelect(category: CatalogueCategory): TemplateResult {
    const error = this.errorText('subcategory');
    return html`<div class="field">
      <label for="subcategory-select">${this.t('candidateReport.problemType')}</label>
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
        <option value="" ?selected=${this.subcategory === null}>${this.t('abortReason.placeholder')}</option>
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
