import { html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ABORT_REASONS, isAbortReason, type AbortReason } from '../../state/constants.js';
import { stringProperty, textOf } from '../../state/input.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { abandonReasonMessages } from './abandon-reason.messages.js';
import { basics, fields, tokens } from '../../internal/styles.js';
import { InfoTipController, infoTipStyles } from '../../internal/info-tip.js';
import { setCustomState } from '../../internal/custom-states.js';
import { FieldFeedback, describedBy, renderFieldError } from '../../internal/field-feedback.js';
import { PixAbandonReasonChangeEvent } from '../../events/native-events.js';

let nextId = 0;

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(abandonReasonMessages, commonMessages);

/**
 * @summary The abandonment reason of an unfinished certification ("Raison de l'abandon"): a
 * labelled select with "-- Choisissez --", "Abandon du candidat" and "Problème technique",
 * and an info tip explaining both. A form-associated custom element: it takes part in a native
 * `<form>` (`FormData`, `checkValidity()`, `reportValidity()`, `:invalid`, reset, restore).
 *
 * @tag pix-abandon-reason
 *
 * @event {PixAbandonReasonChangeEvent} change - When a person picks a reason; the new value is `element.value` (and the event's `value`).
 *
 * @csspart base - The wrapper of label, tip and select.
 * @csspart label - The label.
 * @csspart select - The native select.
 * @csspart info-tip - The info tip (button and explanation).
 * @csspart info-button - The ⓘ button.
 * @csspart info-content - The explanation.
 *
 * @cssproperty --pix-primary-500 - Accent colour (focus, selected).
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-neutral-500 - Border colour of the select.
 * @cssproperty --pix-error-700 - Colour of the invalid state.
 * @cssproperty --pix-font-family-body - Font family.
 *
 * @cssstate user-invalid - Set when the value is missing once a person has changed the select (or a form validated it); merely tabbing past it sets nothing; the message "Veuillez choisir la raison de l'abandon." then shows under the select and describes it.
 */
// Merged with the interface below, which types `addEventListener` (types only).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PixAbandonReason extends PixElement {
  override readonly [MESSAGES] = messages;
  static formAssociated = true;
  static override shadowRootOptions = { ...PixElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    tokens,
    // Only what it shows: no buttons, alerts or bad-input state.
    basics,
    fields,
    infoTipStyles,
    css`
      :host {
        display: inline-block;
      }
      .field {
        min-width: 12rem;
      }
      .label-row {
        display: flex;
        align-items: center;
        gap: var(--_space-1);
      }
      select {
        width: 100%;
      }
      :host([disabled]) select {
        color: var(--_neutral-500);
        background: var(--_neutral-20);
        border-color: var(--_neutral-100);
      }
    `,
  ];

  /** The chosen reason: "candidate", "technical", or "" for none. Other values are refused. */
  @property() value: AbortReason | '' = '';

  /** The name under which the value is submitted with its form. */
  @property({ reflect: true }) name = '';

  /** A reason must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The accessible and visible label; defaults to "Raison de l'abandon" in the page's language. */
  @property() label = '';

  /** Hides the label visually (it still names the select), e.g. in a table whose header says it. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-label' }) hideLabel = false;

  /** Leaves out the info tip, e.g. when a table header already has it. */
  @property({ type: Boolean, reflect: true, attribute: 'no-info' }) noInfo = false;

  /**
   * Renders no live region of its own, for a page that announces in its own one (several
   * regions on a page compete): the select still says its error through `aria-invalid` and
   * `aria-describedby`.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-announce' }) noAnnounce = false;

  @query('select') private select?: HTMLSelectElement;

  private readonly internals: ElementInternals;
  private readonly uid = `pix-abandon-reason-${nextId++}`;
  private readonly infoTip = new InfoTipController(this, `${this.uid}-info`);
  private readonly feedback = new FieldFeedback(this, {
    order: ['reason'],
    errors: () => (this.isMissing() ? { reason: this.t('abortReason.required') } : {}),
    describe: (_field, message) => this.t('ui.fieldError', { label: this.shownLabel(), message }),
  });
  private disabledByForm = false;
  private checkingQuietly = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A form that validates its controls (submit, reportValidity) makes errors visible, as
    // :user-invalid does for native fields; the element's own checkValidity() stays quiet.
    this.addEventListener('invalid', () => {
      if (!this.checkingQuietly) this.feedback.showAll();
    });
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    this.checkingQuietly = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.checkingQuietly = false;
    }
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && !isReason(this.value)) {
      const refused: unknown = this.value;
      console.warn(`<pix-abandon-reason>: ${this.t('abortReason.unknownValue', { value: textOf(refused) })}`);
      this.value = '';
    }
    // `name` is reflected: a value that cannot become an attribute (a Symbol, an object) means none.
    if (changed.has('name') && typeof this.name !== 'string') this.name = stringProperty(this.name);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value || null, this.value);
    this.syncValidity();
  }

  private isMissing(): boolean {
    return this.required && !this.value && !this.disabled && !this.disabledByForm;
  }

  private syncValidity(): void {
    if (this.isMissing()) this.internals.setValidity({ valueMissing: true }, this.t('abortReason.required'), this.select);
    else this.internals.setValidity({});
    setCustomState(this.internals, this, 'user-invalid', this.feedback.error('reason') !== undefined);
  }

  formResetCallback(): void {
    this.feedback.reset();
    const initial = this.getAttribute('value') ?? '';
    this.value = isReason(initial) ? initial : '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && isReason(state)) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.requestUpdate();
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const select = event.target as HTMLSelectElement;
    this.value = isReason(select.value) ? select.value : '';
    this.feedback.choose('reason');
    // Composed, as every event of the library is (a host can listen above a shadow root).
    this.dispatchEvent(new PixAbandonReasonChangeEvent(this.value));
  }

  /** The label as shown: a host's label that is not text (a Symbol, an object) counts as none. */
  private shownLabel(): string {
    return stringProperty(this.label) || this.t('abortReason.label');
  }

  private renderInfo(): TemplateResult {
    return this.infoTip.render(
      this.t('abortReason.info.button'),
      html`<p><strong>${this.t('abortReason.info.term', { reason: this.t('abortReason.candidate') })}</strong> ${this.t('abortReason.info.candidate')}</p>
        <p><strong>${this.t('abortReason.info.term', { reason: this.t('abortReason.technical') })}</strong> ${this.t('abortReason.info.technical')}</p>`,
    );
  }

  protected override render(): TemplateResult {
    const label = this.shownLabel();
    const error = this.feedback.error('reason');
    return html`<div class="field" part="base">
      ${
        this.hideLabel && this.noInfo
          ? html`<label for="select" part="label" class="visually-hidden">${label}</label>`
          : html`<div class="label-row">
            <label for="select" part="label" class=${this.hideLabel ? 'visually-hidden' : ''}>${label}</label>
            ${this.noInfo ? null : this.renderInfo()}
          </div>`
      }
      <select
        id="select"
        part="select"
        .value=${this.value}
        ?disabled=${Boolean(this.disabled || this.disabledByForm)}
        ?required=${Boolean(this.required)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('select', error !== undefined)}
        @change=${this.onChange}
        @blur=${() => this.feedback.leave('reason')}
      >
        <option value="" ?selected=${this.value === ''}>${this.t('abortReason.placeholder')}</option>
        ${ABORT_REASONS.map(
          (reason) => html`<option value=${reason} ?selected=${this.value === reason}>${this.t(`abortReason.${reason}`)}</option>`,
        )}
      </select>
      ${renderFieldError('select', error)} ${this.noAnnounce ? nothing : this.feedback.renderLiveRegion()}
    </div>`;
  }
}

/** The events of `<pix-abandon-reason>` by name: `change` is a `PixAbandonReasonChangeEvent`. */
export interface PixAbandonReasonEventMap extends HTMLElementEventMap {
  change: PixAbandonReasonChangeEvent;
}

// Types only (no code): `addEventListener('change', …)` on the element gets its typed event, as
// the DOM's own elements do with theirs.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PixAbandonReason {
  addEventListener<K extends keyof PixAbandonReasonEventMap>(
    type: K,
    listener: (this: PixAbandonReason, event: PixAbandonReasonEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PixAbandonReasonEventMap>(
    type: K,
    listener: (this: PixAbandonReason, event: PixAbandonReasonEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

function isReason(value: unknown): value is AbortReason | '' {
  return value === '' || isAbortReason(value);
}
