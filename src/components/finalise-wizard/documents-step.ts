import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DOCUMENT_ACCEPT, addFiles, validateDocuments, type DocumentsField } from '../../state/documents.js';
import type { FieldError } from '../../state/catalogues.js';
import { COMMENT_LIMIT } from '../../state/constants.js';
import type { DocumentsValues } from '../../state/schemas.js';
import type { Lang, MessageParams } from '../../i18n/messages.js';
import type { LocalisedMessage } from '../../state/messages.js';
import type { CommonMessageKey } from '../../internal/common.messages.js';
import type { DocumentsStepMessageKey } from './documents-step.messages.js';
import type { FailureMessage } from '../../state/handover.js';
import { heading } from '../../internal/heading.js';
import { HandoverController, type HandoverHost } from '../../internal/handover.js';
import { FieldFeedback, describedBy, renderFieldError } from '../../internal/field-feedback.js';
import { PixDocumentsSubmitEvent } from '../../events/finalisation-events.js';
import { isolated } from '../../internal/bidi.js';

type DocumentsStatus = 'editing' | 'sending' | 'sent';

/** What the page gives the step to show it: the draft's fields and the page's settings. */
export interface DocumentsPage {
  values: DocumentsValues;
  readOnly: boolean;
  headingLevel: number;
  lang: Lang;
  t(key: DocumentsStepMessageKey | CommonMessageKey, params?: MessageParams): string;
  format(message: LocalisedMessage): string;
}

/** The element the step lives in: it dispatches `pix-documents-submit` and bounds the wait with its `timeout`. */
export type DocumentsStepHost = HandoverHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface DocumentsStepOptions {
  /** The session the documents are about (its id): another one starts the step afresh. */
  subject(): unknown;
  /** The step's fields as they are now: they belong to the finalisation's draft. */
  values(): DocumentsValues | undefined;
  /** Changes a field through the draft; false when the change is refused. */
  setField(field: keyof DocumentsValues, value: string): boolean;
  t(key: DocumentsStepMessageKey | CommonMessageKey, params?: MessageParams): string;
  format(message: LocalisedMessage): string;
}

interface DocumentsStepView extends DocumentsPage {
  files: readonly File[];
  refused: readonly LocalisedMessage[];
  /** The errors on show (the step's field feedback decides which). */
  errors: Partial<Record<DocumentsField, FieldError | undefined>>;
  status: DocumentsStatus;
  failure: FailureMessage | null;
  dragging: boolean;
  /** Marks the message shown once the host took the documents: focus goes there. */
  sentAnchor: HandoverController['anchor'];
  onField(field: keyof DocumentsValues, value: string): void;
  onLeave(field: DocumentsField): void;
  onFiles(files: File[]): void;
  onRemoveFile(index: number): void;
  onDragging(dragging: boolean): void;
  onSubmit(): void;
  onAgain(): void;
}

function formatSize(bytes: number, lang: Lang): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024));
}

function textField(
  view: DocumentsStepView,
  field: DocumentsField,
  label: string,
  options: { inputmode?: string; autocomplete?: 'organization' } = {},
): TemplateResult {
  const error = view.errors[field];
  const message = error ? view.format(error) : undefined;
  const id = `documents-${field}`;
  return html`<div class="field">
    <label for=${id}>${label}<span aria-hidden="true">*</span></label>
    <input
      id=${id}
      type="text"
      required
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      .value=${live(view.values[field])}
      ?disabled=${view.status === 'sending'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, message !== undefined)}
      @input=${(event: InputEvent) => view.onField(field, (event.target as HTMLInputElement).value)}
      @blur=${() => view.onLeave(field)}
    />
    ${renderFieldError(id, message)}
  </div>`;
}

/** Step 2: the optional documents form. The files go to the host; nothing is uploaded here. */
function renderDocumentsStep(view: DocumentsStepView): TemplateResult {
  const { t } = view;
  const title = heading(view.headingLevel + 1, 'step-2-title', t('wizard.step2.title'));
  if (view.readOnly) {
    // Kept, read-only, so that the steps stay numbered 1, 2, 3: what was sent, or that the form is closed.
    return html`<section class="step" part="step step-2" aria-labelledby="step-2-title">
      ${title}
      ${
        view.status === 'sent'
          ? html`<p class="alert alert--success">${t('documents.sent')}</p>`
          : html`<p class="muted">${t('documents.closed')}</p>`
      }
    </section>`;
  }
  if (view.status === 'sent') {
    return html`<section class="step" part="step step-2" aria-labelledby="step-2-title">
      ${title}
      <p class="alert alert--success" role="status" id="documents-sent" tabindex="-1" ${view.sentAnchor}>${t('documents.sent')}</p>
      <p><button type="button" class="button button--secondary" @click=${view.onAgain}>${t('documents.again')}</button></p>
    </section>`;
  }
  const sending = view.status === 'sending';
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    view.onFiles([...(input.files ?? [])]);
    input.value = '';
  };
  return html`<section class="step" part="step step-2" aria-labelledby="step-2-title">
    ${title}
    <form
      class="documents"
      part="documents"
      novalidate
      aria-labelledby="step-2-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        view.onSubmit();
      }}
    >
      <p>${t('documents.intro')}</p>
      <p class="hint">${t('documents.requiredHint')}</p>
      <div class="documents__fields">
        ${textField(view, 'certificationCenterName', t('documents.centre.label'), { autocomplete: 'organization' })}
        ${textField(view, 'sessionNumber', t('documents.sessionNumber.label'), { inputmode: 'numeric' })}
      </div>
      <div
        class="dropzone ${view.dragging ? 'dropzone--active' : ''}"
        part="dropzone"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          if (!view.dragging) view.onDragging(true);
        }}
        @dragleave=${() => view.onDragging(false)}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          view.onDragging(false);
          view.onFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <p id="dropzone-label" class="dropzone__label">${t('documents.drop.label')}</p>
        <label class="button button--secondary dropzone__button" for="documents-files">${t('documents.drop.action')}</label>
        <input
          id="documents-files"
          class="visually-hidden"
          type="file"
          multiple
          accept=${DOCUMENT_ACCEPT}
          ?disabled=${sending}
          aria-describedby="dropzone-label dropzone-hint"
          @change=${pick}
        />
        <p id="dropzone-hint" class="hint">${t('documents.drop.hint')}</p>
      </div>
      <div role="alert" class="refused">
        ${
          view.refused.length > 0
            ? html`<ul class="alert alert--error">
              ${view.refused.map((message) => html`<li>${isolated((params) => view.format({ ...message, params }), message.params ?? {}, ['name'])}</li>`)}
            </ul>`
            : nothing
        }
      </div>
      ${
        view.files.length > 0
          ? html`<div class="files">
            <p class="files__count">${t('documents.files', { count: view.files.length })}</p>
            <ul>
              ${view.files.map(
                (file, index) => html`<li>
                  <bdi class="files__name">${file.name}</bdi>
                  <span class="muted">${formatSize(file.size, view.lang)}</span>
                  <button
                    type="button"
                    class="button button--tertiary button--small"
                    ?disabled=${sending}
                    @click=${() => view.onRemoveFile(index)}
                  >
                    ${isolated((params) => t('documents.remove', params), { name: file.name })}
                  </button>
                </li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="documents-comment">${t('documents.comment.label')}</label>
        <textarea
          id="documents-comment"
          maxlength=${COMMENT_LIMIT}
          .value=${live(view.values.comment)}
          ?disabled=${sending}
          aria-describedby="documents-comment-counter"
          @input=${(event: InputEvent) => view.onField('comment', (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id="documents-comment-counter" class="counter">
          ${t('ui.counter', { count: view.values.comment.length, max: COMMENT_LIMIT })}
        </p>
      </div>
      ${
        view.failure
          ? html`<p class="alert alert--error" role="alert">
            ${view.failure.message ? view.format(view.failure.message) : view.failure.text}
          </p>`
          : nothing
      }
      <div class="actions">
        <button
          type="submit"
          class="button button--secondary"
          aria-disabled=${sending ? 'true' : 'false'}
          aria-busy=${sending ? 'true' : 'false'}
        >
          ${sending ? t('handover.sending') : t('documents.submit')}
        </button>
      </div>
    </form>
  </section>`;
}

/**
 * Step 2 of the finalisation, on its own: the chosen files, the refused ones, the errors, the
 * drop zone and the hand-over of the documents (`pix-documents-submit`) with its outcome. Its
 * fields belong to the finalisation's draft, which the page keeps: the step reads and changes
 * them through `options`.
 */
export class DocumentsStep {
  private files: File[] = [];
  private refused: LocalisedMessage[] = [];
  private dragging = false;
  private readonly handover: HandoverController;
  /** The step's field feedback; its live region is the page's one (the wizard draws it once). */
  readonly feedback: FieldFeedback<DocumentsField, FieldError>;

  constructor(
    private readonly host: DocumentsStepHost,
    private readonly options: DocumentsStepOptions,
  ) {
    this.handover = new HandoverController(host, {
      genericKey: 'documents.failure',
      subject: options.subject,
      format: options.format,
      onSubjectChange: () => this.clear(),
      focus: (target) => this.feedback.moveFocus(target),
    });
    this.feedback = new FieldFeedback<DocumentsField, FieldError>(host, {
      order: ['certificationCenterName', 'sessionNumber'],
      errors: () => {
        const values = options.values();
        if (!values) return {};
        const checked = validateDocuments(values, this.files);
        return checked.ok ? {} : checked.errors;
      },
      describe: (field, error) =>
        options.t('ui.fieldError', {
          label: options.t(field === 'certificationCenterName' ? 'documents.centre.label' : 'documents.sessionNumber.label'),
          message: options.format(error),
        }),
      summarise: (errors) => options.t('ui.errorCount', { count: errors.length }),
      scope: () => host.renderRoot.querySelector('.documents'),
    });
  }

  /** Drops the files, the refusals, the errors and the outcome (the page starts over). */
  clear(): void {
    this.files = [];
    this.refused = [];
    this.feedback.reset();
    this.handover.clearOutcome();
    this.host.requestUpdate();
  }

  render(page: DocumentsPage): TemplateResult {
    const { outcome, sending } = this.handover;
    return renderDocumentsStep({
      ...page,
      files: this.files,
      refused: this.refused,
      errors: {
        certificationCenterName: this.feedback.error('certificationCenterName'),
        sessionNumber: this.feedback.error('sessionNumber'),
      },
      status: sending ? 'sending' : outcome?.kind === 'success' ? 'sent' : 'editing',
      failure: outcome?.kind === 'failure' ? outcome.failure : null,
      dragging: this.dragging,
      sentAnchor: this.handover.anchor,
      onField: (field, value) => {
        if (field !== 'comment') this.feedback.edit(field);
        this.options.setField(field, value);
      },
      onLeave: (field) => this.feedback.leave(field),
      onFiles: (files) => this.onFiles(files),
      onRemoveFile: (index) => {
        this.files = this.files.filter((_, position) => position !== index);
        this.refused = [];
        this.host.requestUpdate();
        // The button pressed is gone: focus goes to the next file's "Retirer", else the previous one's, else the file picker.
        void this.afterUpdate(() => {
          const removers = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.files li button')];
          return removers[index] ?? removers[index - 1] ?? this.filePicker();
        });
      },
      onDragging: (dragging) => {
        this.dragging = dragging;
        this.host.requestUpdate();
      },
      onSubmit: () => void this.submit(),
      onAgain: () => {
        this.handover.clearOutcome();
        this.options.setField('comment', '');
        // The button pressed is gone with the message: focus goes to the new form's file picker.
        void this.afterUpdate(() => this.filePicker());
      },
    });
  }

  private filePicker(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#documents-files');
  }

  /** Once the page is drawn again, focuses what `target` finds there. */
  private async afterUpdate(target: () => HTMLElement | null): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    target()?.focus();
  }

  private onFiles(added: File[]): void {
    const selection = addFiles(this.files, added);
    this.files = selection.files;
    this.refused = selection.refused;
    this.host.requestUpdate();
  }

  private async submit(): Promise<void> {
    const values = this.options.values();
    if (!values || this.handover.sending) return;
    const checked = validateDocuments(values, this.files);
    if (!checked.ok) {
      await this.feedback.refuse();
      return;
    }
    await this.handover.send(new PixDocumentsSubmitEvent(checked.submission), {
      onSuccess: () => {
        this.files = [];
        this.refused = [];
        this.feedback.reset();
        return {};
      },
    });
  }
}
