import { html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ABORT_REASONS, isAbortReason, type AbortReason } from '../../state/constants.js';
import { stringProperty, textOf } from '../../state/input.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages, type MessageParams } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { abandonReasonMessages, type AbandonReasonMessageKey } from './abandon-reason.messages.js';
import type { Edition } from '../../state/constants.js';
import { basics, fields, tokens } from '../../internal/styles.js';
import { InfoTipController, infoTipStyles } from '../../internal/info-tip.js';
import { setCustomState } from '../../internal/custom-states.js';
import { FieldFeedback, errorIdFor } from '../../internal/field-feedback.js';
import { PixAbandonReasonChangeEvent } from '../../events/native-events.js';

let nextId = 0;

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(abandonReasonMessages, commonMessages);

type Translate = (key: AbandonReasonMessageKey, params?: MessageParams) => string;

/** What each edition shows: the guide's "Raison de l'abandon", today's "Motif d'interruption". */
interface ReasonEdition {
  /** The select's accessible name (its `<label>`) when the host gives none. */
  label: AbandonReasonMessageKey;
  /** A visible caption of its own (today's column header), the label then being for screen readers only; null: the label shows. */
  caption: AbandonReasonMessageKey | null;
  options: Readonly<Record<AbortReason, AbandonReasonMessageKey>>;
  required: AbandonReasonMessageKey;
  infoButton: AbandonReasonMessageKey;
  info(t: Translate): TemplateResult;
  /** The placeholder can be chosen again once a reason is chosen (the guide's), or not (today's). */
  placeholderChoosable: boolean;
}

const REASON_EDITIONS: Readonly<Record<Edition, ReasonEdition>> = {
  '2021': {
    label: 'abortReason.label',
    caption: null,
    options: { candidate: 'abortReason.candidate', technical: 'abortReason.technical' },
    required: 'abortReason.required',
    infoButton: 'abortReason.info.button',
    info: (t) =>
      html`<p><strong>${t('abortReason.info.term', { reason: t('abortReason.candidate') })}</strong> ${t('abortReason.info.candidate')}</p>
        <p><strong>${t('abortReason.info.term', { reason: t('abortReason.technical') })}</strong> ${t('abortReason.info.technical')}</p>`,
    placeholderChoosable: true,
  },
  current: {
    label: 'abortReason.today.selectLabel',
    caption: 'abortReason.today.label',
    options: { candidate: 'abortReason.today.candidate', technical: 'abortReason.today.technical' },
    required: 'abortReason.today.required',
    infoButton: 'abortReason.today.info.button',
    info: (t) =>
      html`<ul class="info-list">
        <li>
          ${t('abortReason.today.candidate')}
          <ul>
            <li>${t('abortReason.today.info.notEnoughTime')}</li>
            <li>${t('abortReason.today.info.leftDeliberately')}</li>
          </ul>
        </li>
        <li>
          ${t('abortReason.today.technical')}
          <ul>
            <li>${t('abortReason.today.info.technical')}</li>
          </ul>
        </li>
      </ul>`,
    placeholderChoosable: false,
  },
};

/**
 * @summary The abandonment reason of an unfinished certification ("Raison de l'abandon"): a
 * labelled select with "-- Choisissez --", "Abandon du candidat" and "Problème technique",
 * and an info tip explaining both. A form-associated custom element: it takes part in a native
 * `<form>` (`FormData`, `checkValidity()`, `reportValidity()`, `:invalid`, reset, restore).
 * In edition "current" (today's Pix Certif): the caption "Motif d'interruption", the select
 * named "Sélectionner le motif d'interruption", the reasons "Test non finalisé dans le délai
 * imparti" and "Problème technique", the placeholder "-- Choisissez --" that cannot be chosen
 * back, and today's help text.
 *
 * In a table row (as the wizard's unfinished certifications), give it `hide-label`, `no-info`,
 * `no-announce`, the candidate's name as `description`, and the page's message as
 * `error-message` while its reason is missing.
 *
 * @tag pix-abandon-reason
 *
 * @event {PixAbandonReasonChangeEvent} change - When a person picks a reason; the new value is `element.value` (and the event's `value`).
 *
 * @csspart base - The wrapper of label, tip and select.
 * @csspart label - The label.
 * @csspart caption - The visible caption "Motif d'interruption" (edition "current"; the label is then for screen readers).
 * @csspart error - The error under the select (the element's own, or `error-message`).
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
 * @cssstate user-invalid - Set when the value is missing once a person has changed the select (or a form validated it); merely tabbing past it sets nothing; the message "Veuillez choisir la raison de l'abandon." ("Veuillez sélectionner le motif d'interruption." in edition "current") then shows under the select and describes it. Also set while `error-message` is given.
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
        /* The containing block of the hidden label and description: they never stand out of a table's scroll area. */
        position: relative;
      }
      .field {
        /* Narrower when its table has no more room (a phone), rather than widening the page. */
        min-width: min(12rem, 100%);
      }
      .label-row {
        display: flex;
        align-items: center;
        gap: var(--_space-1);
      }
      select {
        width: 100%;
      }
      .info-list,
      .info-list ul {
        margin: 0;
        padding-inline-start: var(--_space-4);
      }
      .info-list > li + li {
        margin-block-start: var(--_space-2);
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

  /**
   * The select's accessible name, also its visible label in edition "2021"; defaults to "Raison de
   * l'abandon", and in edition "current" to "Sélectionner le motif d'interruption" (for screen
   * readers, the caption "Motif d'interruption" being what shows).
   */
  @property() label = '';

  /**
   * Extra words that describe the select (its `aria-describedby`), for screen readers only: in a
   * table row, the candidate's name ("Marion Cotillon"), which tells the rows' identical selects apart.
   */
  @property() description = '';

  /**
   * An error the host sets (e.g. a page's "Une ou plusieurs certification(s) non terminée(s)
   * n'ont pas de motif d'interruption. Veuillez les renseigner."): while it is not empty, the select
   * is `aria-invalid`, the message shows under it and describes it, and the element is invalid
   * in its form. The host clears it (sets "") once the reason is given.
   */
  @property({ attribute: 'error-message' }) errorMessage = '';

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
    errors: () => (this.isMissing() ? { reason: this.t(this.reasonEdition.required) } : {}),
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

  /** What the element shows in its edition. */
  private get reasonEdition(): ReasonEdition {
    return REASON_EDITIONS[this.activeEdition];
  }

  private isMissing(): boolean {
    return this.required && !this.value && !this.disabled && !this.disabledByForm;
  }

  /** The host's error: a non-empty text (anything else counts as none). */
  private hostError(): string | undefined {
    return stringProperty(this.errorMessage) || undefined;
  }

  /** The error shown under the select: the host's first, else the element's own once it shows. */
  private shownError(): string | undefined {
    return this.hostError() ?? this.feedback.error('reason');
  }

  private syncValidity(): void {
    const hostError = this.hostError();
    const missing = this.isMissing();
    if (missing || hostError !== undefined) {
      this.internals.setValidity(
        { valueMissing: missing, customError: hostError !== undefined },
        hostError ?? this.t(this.reasonEdition.required),
        this.select,
      );
    } else this.internals.setValidity({});
    setCustomState(this.internals, this, 'user-invalid', this.shownError() !== undefined);
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
    return stringProperty(this.label) || this.t(this.reasonEdition.label);
  }

  private renderInfo(): TemplateResult {
    const texts = this.reasonEdition;
    return this.infoTip.render(
      this.t(texts.infoButton),
      texts.info((key, params) => this.t(key, params)),
    );
  }

  /** The label, or today's caption with the label for screen readers, and the info tip. */
  private renderLabel(): TemplateResult {
    const label = this.shownLabel();
    const caption = this.reasonEdition.caption;
    const labelHidden = this.hideLabel || caption !== null;
    const labelElement = html`<label for="select" part="label" class=${labelHidden ? 'visually-hidden' : ''}>${label}</label>`;
    if (this.hideLabel && this.noInfo) return labelElement;
    return html`${caption === null ? nothing : labelElement}
      <div class="label-row">
        ${caption === null ? labelElement : this.hideLabel ? nothing : html`<span class="caption" part="caption">${this.t(caption)}</span>`}
        ${this.noInfo ? nothing : this.renderInfo()}
      </div>`;
  }

  protected override render(): TemplateResult {
    const editionError = this.editionError;
    if (editionError) return this.renderInputError(editionError);
    const texts = this.reasonEdition;
    const error = this.shownError();
    const description = stringProperty(this.description);
    const describedBy = [description ? 'description' : '', error !== undefined ? errorIdFor('select') : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="base">
      ${this.renderLabel()}
      <select
        id="select"
        part="select"
        .value=${this.value}
        ?disabled=${Boolean(this.disabled || this.disabledByForm)}
        ?required=${Boolean(this.required)}
        aria-invalid=${error !== undefined ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @change=${this.onChange}
        @blur=${() => this.feedback.leave('reason')}
      >
        <option value="" ?selected=${this.value === ''} ?disabled=${!texts.placeholderChoosable} ?hidden=${!texts.placeholderChoosable}>${this.t('abortReason.placeholder')}</option>
        ${ABORT_REASONS.map((reason) => html`<option value=${reason} ?selected=${this.value === reason}>${this.t(texts.options[reason])}</option>`)}
      </select>
      ${description ? html`<span id="description" class="visually-hidden">${description}</span>` : nothing}
      ${error === undefined ? nothing : html`<p id=${errorIdFor('select')} class="field-error" part="error">${error}</p>`}
      ${this.noAnnounce ? nothing : this.feedback.renderLiveRegion()}
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
