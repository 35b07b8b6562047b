import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CertificationReportSchema, DESCRIPTION_LIMIT, type IssueReport } from '../../state/schemas.js';
import {
  categoriesFor,
  codeOf,
  describeIssues,
  fieldsOf,
  findCategory,
  findSubcategory,
  resolveCatalogue,
  validateIssueReport,
  type Catalogue,
  type CatalogueCategory,
  type IssueReportErrors,
  type IssueReportField,
} from '../../state/catalogues.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { candidateReportMessages } from './candidate-report.messages.js';
import { common, tokens } from '../../internal/styles.js';
import { deepActiveElement, isModal, trapTab } from '../../internal/focus.js';
import { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../events/issue-report-events.js';
import { candidateReportStyles } from './candidate-report.styles.js';

interface Candidate {
  certificationCourseId: number;
  name: string;
}

type Loaded =
  | { ok: true; catalogue: Catalogue; candidate: Candidate; issueReports: IssueReport[] }
  | { ok: false; error: string };

const FIELD_ORDER: IssueReportField[] = ['category', 'questionNumber', 'subcategory', 'description'];

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(candidateReportMessages, stateMessages, commonMessages);

/**
 * @summary The "Signalement du candidat" dialog for one candidate: lists the candidate's issue
 * reports (each can be deleted) and enters new ones, category by category, with the fields of
 * the chosen catalogue ("2021" by default, "2022", or a host's own).
 *
 * @tag pix-candidate-report
 *
 * @event {PixIssueReportAddEvent} pix-issue-report-add - A valid report was entered; `detail` is `{ certificationCourseId, issueReport }` with the normalised report. Cancelable.
 * @event {PixIssueReportRemoveEvent} pix-issue-report-remove - A report was deleted; `detail` is `{ certificationCourseId, issueReport, index }`. Cancelable.
 * @event close - The dialog closed (Valider, Annuler, Escape or the close button).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The dialog's header (title and close button).
 * @csspart title - The title "Signalement du candidat : Prénom Nom".
 * @csspart body - The scrolling content.
 * @csspart existing - The list of the candidate's reports.
 * @csspart category - One category (radio, label and its fields).
 * @csspart footer - The buttons.
 * @csspart error - The error state shown for invalid input.
 *
 * @cssproperty --pix-primary-500 - Accent colour.
 * @cssproperty --pix-neutral-20 - Background of the dialog's body.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-error-700 - Colour of errors.
 * @cssproperty --pix-info-50 - Background of category information.
 * @cssproperty --pix-dialog-width - Width of the dialog (default 40rem).
 * @cssproperty --pix-font-family-title - Font of the title.
 */
export class PixCandidateReport extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [tokens, common, candidateReportStyles];

  /** The candidate's certification report (the contract's `CertificationReport`). */
  @property({ attribute: false }) report?: unknown;

  /** "2021" (default), "2022", or a catalogue object (as a property). */
  @property() catalogue: string | Catalogue = '2021';

  /** The session's version: on 3, categories reserved to version 2 are not offered. */
  @property({ type: Number, attribute: 'session-version' }) sessionVersion = 2;

  /** Whether the dialog is open. `show()` and `close()` set it. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Stays open after "Valider" for the candidate's next report. */
  @property({ type: Boolean, reflect: true, attribute: 'stay-open' }) stayOpen = false;

  /** Shows the reports without adding or deleting (a finalised session). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private issueReports: IssueReport[] = [];
  @state() private category: string | null = null;
  @state() private subcategory: string | null = null;
  @state() private description = '';
  @state() private questionNumber = '';
  @state() private showErrors = false;
  @state() private announcement = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  private loaded: Loaded = { ok: false, error: 'report: missing' };
  private opener: HTMLElement | null = null;
  private focusFirstErrorPending = false;

  /** Opens the dialog as a modal; focus returns to `opener` (default: the focused element) on close. */
  show(opener?: HTMLElement): void {
    if (opener) this.opener = opener;
    this.open = true;
  }

  /** Closes the dialog without emitting anything. */
  close(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Taken out of the page, an open modal dialog leaves the top layer but stays open: back in
    // the page it would be a plain dialog with the page behind it reachable. Make it modal again.
    const dialog = this.dialog;
    if (dialog?.open && this.open && !isModal(dialog)) {
      dialog.close();
      dialog.showModal();
      this.focusStart();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report') || changed.has('catalogue')) {
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
    const catalogue = resolveCatalogue(this.catalogue);
    if (!catalogue.ok) return { ok: false, error: `catalogue: ${catalogue.error}` };
    const parsed = CertificationReportSchema.safeParse(this.report);
    if (!parsed.success) return { ok: false, error: `report: ${describeIssues(parsed.error.issues)}` };
    const issueReports: IssueReport[] = [];
    for (const [index, input] of parsed.data.issueReports.entries()) {
      const checked = validateIssueReport(catalogue.catalogue, input);
      if (!checked.ok) {
        return { ok: false, error: `report.issueReports.${index}: not a valid "${catalogue.catalogue.id}" issue report` };
      }
      issueReports.push(checked.report);
    }
    const { certificationCourseId, firstName, lastName } = parsed.data;
    return {
      ok: true,
      catalogue: catalogue.catalogue,
      candidate: { certificationCourseId, name: `${firstName} ${lastName}`.trim() },
      issueReports,
    };
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (dialog && this.open && !dialog.open) {
      const active = deepActiveElement();
      this.opener ??= active instanceof HTMLElement && active !== document.body ? active : null;
      dialog.showModal();
      this.focusStart();
    } else if (dialog && !this.open && dialog.open) {
      dialog.close();
    }
    if (this.focusFirstErrorPending) {
      this.focusFirstErrorPending = false;
      this.focusFirstError();
    }
  }

  private resetEntry(): void {
    this.category = null;
    this.subcategory = null;
    this.description = '';
    this.questionNumber = '';
    this.showErrors = false;
    this.announcement = '';
  }

  private focusStart(): void {
    const root = this.renderRoot as ShadowRoot;
    const target =
      root.querySelector<HTMLElement>('input[name="category"]:checked') ??
      root.querySelector<HTMLElement>('input[name="category"]') ??
      root.querySelector<HTMLElement>('.close');
    target?.focus();
  }

  private onDialogClose(): void {
    // The close event comes a task later: a dialog shown again since then stays open.
    if (this.dialog?.open) return;
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close', { bubbles: true, composed: true }));
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

  private currentErrors(): IssueReportErrors {
    if (!this.showErrors || !this.loaded.ok) return {};
    const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
    return result.ok ? {} : result.errors;
  }

  private chooseCategory(category: string): void {
    if (category === this.category) return;
    this.category = category;
    // A subcategory or a question number belongs to one category: nothing stale carries over.
    this.subcategory = null;
    this.questionNumber = '';
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (!this.loaded.ok || this.readonly) return;
    const result = validateIssueReport(this.loaded.catalogue, this.entry(), { sessionVersion: this.sessionVersion });
    if (!result.ok) {
      this.showErrors = true;
      const messages = FIELD_ORDER.flatMap((field) => {
        const error = result.errors[field];
        return error ? [this.format(error)] : [];
      });
      this.announcement = `${this.t('candidateReport.errorCount', { count: messages.length })} ${messages.join(' ')}`;
      this.focusFirstErrorPending = true;
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
    this.announcement = this.t('candidateReport.added', this.describe(issueReport));
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
    this.announcement = this.t('candidateReport.removed', this.describe(issueReport));
    // Focus stays in the list (the next report's button), or goes to the form when it empties.
    this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.existing .delete')];
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else this.focusStart();
    });
  }

  private focusFirstError(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-invalid-target]');
    target?.focus();
  }

  private describe(report: IssueReport): { code: string; label: string } {
    if (!this.loaded.ok) return { code: report.category, label: '' };
    const category = findCategory(this.loaded.catalogue, report.category);
    const subcategory = category ? findSubcategory(category, report.subcategory) : undefined;
    return {
      code: codeOf(this.loaded.catalogue, report),
      label: (subcategory ?? category)?.label[this.locale] ?? report.category,
    };
  }

  protected override render(): TemplateResult {
    if (!this.loaded.ok) return this.renderInputError(this.loaded.error);
    const { candidate } = this.loaded;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onDialogClose}
      @keydown=${(event: KeyboardEvent) => trapTab(event, this.dialog!, this.renderRoot as ShadowRoot)}
    >
      <div class="header" part="header">
        <h2 id="title" part="title">${this.t('candidateReport.title', { name: candidate.name })}</h2>
        <button type="button" class="close" aria-label=${this.t('ui.close')} @click=${() => this.close()}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
          </svg>
        </button>
      </div>
      <form class="body" part="body" novalidate @submit=${this.submit}>
        ${this.renderExisting()} ${this.readonly ? this.renderReadOnlyNote() : this.renderCategories()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        <div class="footer" part="footer">
          ${this.readonly
            ? html`<button type="button" class="button" @click=${() => this.close()}>${this.t('ui.close')}</button>`
            : html`<button type="button" class="button button--secondary" @click=${() => this.close()}>
                  ${this.t('ui.cancel')}
                </button>
                <button type="submit" class="button">${this.t('ui.validate')}</button>`}
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
              ${report.questionNumber !== null
                ? html`<span class="existing__detail">${this.t('candidateReport.questionNumberValue', { number: report.questionNumber })}</span>`
                : nothing}
              ${report.description !== null ? html`<span class="existing__detail">${report.description}</span>` : nothing}
            </div>
            ${this.readonly
              ? nothing
              : html`<button
                  type="button"
                  class="button button--tertiary button--small delete"
                  aria-label=${this.t('candidateReport.deleteLabel', { code, label })}
                  @click=${() => this.removeReport(index)}
                >
                  ${this.t('candidateReport.delete')}
                </button>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderCategories(): TemplateResult {
    if (!this.loaded.ok) return html``;
    const errors = this.currentErrors();
    const categories = categoriesFor(this.loaded.catalogue, this.sessionVersion);
    const categoryError = errors.category;
    return html`<fieldset class="categories" aria-describedby=${categoryError ? 'category-error' : nothing}>
      <legend>${this.t('candidateReport.categories')}</legend>
      ${categoryError
        ? html`<p id="category-error" class="field-error">${this.format(categoryError)}</p>`
        : nothing}
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
                ?data-invalid-target=${categoryError !== undefined && index === 0}
                @change=${() => this.chooseCategory(category.category)}
              />
              <label for=${id}><span class="code">${category.code}</span> <span>${category.label[this.locale]}</span></label>
            </div>
            ${chosen ? this.renderFields(category, errors) : nothing}
          </div>`;
        },
      )}
    </fieldset>`;
  }

  private renderFields(category: CatalogueCategory, errors: IssueReportErrors): TemplateResult {
    const fields = fieldsOf(category, this.subcategory);
    return html`<div class="category__fields">
      ${category.info ? html`<p class="alert alert--info">${category.info[this.locale]}</p>` : nothing}
      ${category.questionNumber ? this.renderQuestionNumber(errors) : nothing}
      ${fields.subcategory === 'radio' ? this.renderSubcategoryRadios(category, errors) : nothing}
      ${fields.subcategory === 'select' ? this.renderSubcategorySelect(category, errors) : nothing}
      ${fields.description !== 'none' && fields.descriptionLabel
        ? this.renderDescription(fields.descriptionLabel[this.locale], fields.description === 'required', errors)
        : nothing}
    </div>`;
  }

  private renderQuestionNumber(errors: IssueReportErrors): TemplateResult {
    const error = errors.questionNumber;
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
        aria-describedby=${error ? 'question-number-error' : nothing}
        ?data-invalid-target=${error !== undefined && !errors.category}
        @input=${(event: InputEvent) => {
          this.questionNumber = (event.target as HTMLInputElement).value;
        }}
      />
      ${error ? html`<p id="question-number-error" class="field-error">${this.format(error)}</p>` : nothing}
    </div>`;
  }

  private renderSubcategoryRadios(category: CatalogueCategory, errors: IssueReportErrors): TemplateResult {
    const error = errors.subcategory;
    const firstTarget = error !== undefined && !errors.category && !errors.questionNumber;
    return html`<fieldset class="subcategories" aria-describedby=${error ? 'subcategory-error' : nothing}>
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
            ?data-invalid-target=${firstTarget && index === 0}
            @change=${() => {
              this.subcategory = subcategory.subcategory;
            }}
          />
          <label for=${`subcategory-${index}`}
            ><span class="code">${subcategory.code}</span> <span>${subcategory.label[this.locale]}</span></label
          >
        </div>`,
      )}
      ${error ? html`<p id="subcategory-error" class="field-error">${this.format(error)}</p>` : nothing}
    </fieldset>`;
  }

  private renderSubcategorySelect(category: CatalogueCategory, errors: IssueReportErrors): TemplateResult {
    const error = errors.subcategory;
    return html`<div class="field">
      <label for="subcategory-select">${this.t('candidateReport.problemType')}</label>
      <select
        id="subcategory-select"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'subcategory-error' : nothing}
        ?data-invalid-target=${error !== undefined && !errors.category && !errors.questionNumber}
        @change=${(event: Event) => {
          this.subcategory = (event.target as HTMLSelectElement).value || null;
        }}
      >
        <option value="" ?selected=${this.subcategory === null}>${this.t('abortReason.placeholder')}</option>
        ${(category.subcategories ?? []).map(
          (subcategory) => html`<option value=${subcategory.subcategory} ?selected=${subcategory.subcategory === this.subcategory}>
            ${subcategory.code} ${subcategory.label[this.locale]}
          </option>`,
        )}
      </select>
      ${error ? html`<p id="subcategory-error" class="field-error">${this.format(error)}</p>` : nothing}
    </div>`;
  }

  private renderDescription(label: string, required: boolean, errors: IssueReportErrors): TemplateResult {
    const error = errors.description;
    const describedBy = error ? 'description-error description-counter' : 'description-counter';
    return html`<div class="field">
      <label for="description">${label}</label>
      <textarea
        id="description"
        maxlength=${DESCRIPTION_LIMIT}
        ?required=${required}
        .value=${this.description}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        ?data-invalid-target=${error !== undefined && !errors.category && !errors.questionNumber && !errors.subcategory}
        @input=${(event: InputEvent) => {
          this.description = (event.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      <p id="description-counter" class="counter">
        ${this.t('ui.counter', { count: this.description.length, max: DESCRIPTION_LIMIT })}
      </p>
      ${error ? html`<p id="description-error" class="field-error">${this.format(error)}</p>` : nothing}
    </div>`;
  }
}
