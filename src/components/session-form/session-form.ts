import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  SESSION_FORM_FIELDS,
  isFinalised,
  localIsoDate,
  validateSessionForm,
  type SessionFormField,
  type SessionFormMode,
  type SessionFormValidation,
} from '../../state/session.js';
import { SessionSchema, isCalendarDate, type Session, type ValidSession } from '../../state/schemas.js';
import { describeValue, loadInput } from '../../state/input.js';
import { MESSAGES, PixElement } from '../../internal/pix-element.js';
import { combineMessages } from '../../i18n/messages.js';
import { commonMessages } from '../../internal/common.messages.js';
import { stateMessages } from '../../state/messages.js';
import { sessionFormMessages, type SessionFormMessageKey } from './session-form.messages.js';
import type { Edition } from '../../state/constants.js';
import { heading } from '../../internal/heading.js';
import { common, headings, pageStyles, pageTitleSize, tokens } from '../../internal/styles.js';
import { HandoverController } from '../../internal/handover.js';
import { FieldFeedback, describedBy, renderFieldError } from '../../internal/field-feedback.js';
import { PixCancelEvent, PixSessionSubmitEvent } from '../../events/session-events.js';
import { PixNavigateEvent } from '../../events/navigate-events.js';
import { backButton } from '../../internal/back-button.js';
import {
  UNREADABLE_ENTRY,
  blankEntries,
  entriesFromSession,
  entriesFromValues,
  sameEntries,
  specOf,
  type FieldSpec,
  type FormEntries,
} from './session-form.fields.js';
import { sessionFormStyles } from './session-form.styles.js';

type Loaded =
  { ok: true; mode: 'create'; session: null } | { ok: true; mode: 'edit'; session: ValidSession } | { ok: false; error: string };

/** The native controls whose text can be unreadable (incomplete or impossible). */
type DatetimeField = 'date' | 'time';

/** Checks the host's inputs: no session means creation; a session must match the contract's `Session`. */
function loadInputs(session: unknown, today: unknown): Loaded {
  if (today !== undefined && today !== null && today !== '' && !(typeof today === 'string' && isCalendarDate(today))) {
    return { ok: false, error: `today: expected a real date as YYYY-MM-DD, got ${describeValue(today)}` };
  }
  if (session === undefined || session === null) return { ok: true, mode: 'create', session: null };
  const parsed = loadInput(SessionSchema, session, 'session');
  return parsed.ok ? { ok: true, mode: 'edit', session: parsed.value } : parsed;
}

/** The texts it shows: its own and those of other owners. */
const messages = combineMessages(sessionFormMessages, stateMessages, commonMessages);

/**
 * Each edition's titles: today's Pix Certif titles its creation page "Création d’une session de
 * certification" (pix-certif-today.md § 2.5) and gives no other title; the guide's stay.
 */
const FORM_TITLES: Readonly<Record<Edition, Readonly<Record<SessionFormMode, SessionFormMessageKey>>>> = {
  '2021': { create: 'sessionForm.title.create', edit: 'sessionForm.title.edit' },
  current: { create: 'sessionForm.today.title.create', edit: 'sessionForm.title.edit' },
};

/**
 * @summary Creates a session, or modifies one (guide, chapters 2 and 3): "Nom du site", "Nom de
 * la salle", "Date de début", "Heure de début (heure locale)", "Surveillant(s)" and
 * "Observations", with the spec's rules and messages. Errors appear once a person has left a
 * field, or on submission (focus then goes to the first one). The valid, trimmed values are
 * handed to the host with `pix-session-submit`. A finalised session is shown read-only.
 *
 * @tag pix-session-form
 *
 * @event {PixSessionSubmitEvent} pix-session-submit - On a valid submission; `detail` is `{ mode: 'create' | 'edit', session: { address, room, date, time, examiner, description } }` (trimmed, description null when blank). Call `event.respondWith(promise)` to hand the sending over.
 * @event {PixCancelEvent} pix-cancel - "Annuler"; `detail` is `{ sessionId }`, null when creating.
 * @event {PixNavigateEvent} pix-navigate - "Retour à la session", shown for a finalised session and after a modification is saved; `detail` is `{ to: 'session-details', sessionId }`.
 *
 * @csspart base - The whole element.
 * @csspart title - The heading.
 * @csspart outcome - The message of the submission's outcome (success or failure).
 * @csspart notice - The message shown instead of the buttons' action for a finalised session.
 * @csspart form - The native form.
 * @csspart hint - "Les champs marqués d'un * sont obligatoires."
 * @csspart field - Each field's wrapper (label, control, error, counter).
 * @csspart actions - The row of buttons.
 * @csspart cancel - "Annuler".
 * @csspart back - "Retour à la session" (a finalised session, or a modification saved).
 * @csspart submit - "Créer la session" / "Enregistrer les modifications".
 * @csspart error - The error state shown for invalid input.
 *
 * @cssproperty --pix-primary-500 - Accent colour (submit button, focus).
 * @cssproperty --pix-primary-700 - Hover colour and secondary button.
 * @cssproperty --pix-neutral-900 - Text colour.
 * @cssproperty --pix-neutral-500 - Field borders, hints and counters.
 * @cssproperty --pix-neutral-20 - Background of read-only fields.
 * @cssproperty --pix-error-700 - Errors and the required-field marker.
 * @cssproperty --pix-success-700 - Success message.
 * @cssproperty --pix-font-family-title - Font of the heading.
 * @cssproperty --pix-font-family-body - Font of the text.
 */
export class PixSessionForm extends PixElement {
  override readonly [MESSAGES] = messages;
  static override styles = [tokens, common, pageStyles, headings, pageTitleSize, sessionFormStyles];

  /** The session to modify; absent or null: a new session is created. Checked at run time: bad data shows an error state. */
  @property({ attribute: false }) session?: Session | null;

  /** The day the form is filled in, `YYYY-MM-DD` (no creation before it); the device's local date when absent. */
  @property() today?: string;

  /** Level of the heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** "create" without a session, "edit" with one. */
  get mode(): SessionFormMode {
    return this.loaded.ok ? this.loaded.mode : this.session === undefined || this.session === null ? 'create' : 'edit';
  }

  @state() private loaded: Loaded = { ok: true, mode: 'create', session: null };
  @state() private entries: FormEntries = blankEntries();
  @state() private unreadable: Partial<Record<DatetimeField, boolean>> = {};
  private readonly feedback = new FieldFeedback(this, {
    order: SESSION_FORM_FIELDS,
    errors: () => {
      const result = this.loaded.ok && !this.isReadOnly() ? this.validate() : null;
      return result && !result.ok ? result.errors : {};
    },
    describe: (field, error) => this.t('ui.fieldError', { label: this.t(specOf(field).label), message: this.format(error) }),
    summarise: (errors) => this.t('ui.errorCount', { count: errors.length }),
  });

  /** The entries as loaded or last saved: anything else is the person's own work. */
  private baseline: FormEntries = blankEntries();
  private loadedKey: string | null = null;
  /** The submissions: the form's subject is the loaded key, so a late answer about older entries is ignored. */
  private readonly handover = new HandoverController<{ mode: SessionFormMode }>(this, {
    genericKey: 'handover.generic',
    subject: () => this.loadedKey ?? undefined,
    format: (message) => this.format(message),
    focus: (target) => this.feedback.moveFocus(target),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') || changed.has('today') || this.loadedKey === null) this.load();
  }

  private load(): void {
    const loaded = loadInputs(this.session, this.today);
    this.loaded = loaded;
    if (!loaded.ok) return;
    this.clearInputError();
    const key = loaded.mode === 'create' ? 'create' : `edit:${loaded.session.id}`;
    const start = loaded.mode === 'create' ? blankEntries() : entriesFromSession(loaded.session);
    if (key !== this.loadedKey) {
      // The hand-over controller starts afresh too (not sending, no outcome): it follows the key.
      this.loadedKey = key;
      this.entries = start;
      this.baseline = start;
      this.feedback.reset();
      this.unreadable = {};
      return;
    }
    // The same session again (say, as saved by the host): take it, unless the person has
    // unsaved entries, which are never thrown away. A finalised session shows what it holds.
    if (sameEntries(this.entries, this.baseline) || this.isReadOnly()) {
      this.entries = start;
      this.unreadable = {};
    }
    this.baseline = start;
  }

  private isReadOnly(): boolean {
    return this.loaded.ok && this.loaded.mode === 'edit' && isFinalised(this.loaded.session);
  }

  private todayOption(): string | undefined {
    return typeof this.today === 'string' && this.today !== '' ? this.today : undefined;
  }

  private validate(): SessionFormValidation {
    const input: Record<SessionFormField, string> = { ...this.entries };
    if (this.unreadable.date) input.date = UNREADABLE_ENTRY;
    if (this.unreadable.time) input.time = UNREADABLE_ENTRY;
    return validateSessionForm(input, { mode: this.mode, today: this.todayOption() });
  }

  private control(field: SessionFormField): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${field}`);
  }

  /** A date or time control whose text is not a whole, possible value reports "bad input". */
  private readUnreadable(field: SessionFormField, control: HTMLInputElement | HTMLTextAreaElement): void {
    if (field !== 'date' && field !== 'time') return;
    const bad = control instanceof HTMLInputElement && control.validity.badInput;
    if (Boolean(this.unreadable[field]) !== bad) this.unreadable = { ...this.unreadable, [field]: bad };
  }

  private onInput(field: SessionFormField, event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (this.handover.sending || this.isReadOnly()) return;
    this.entries = { ...this.entries, [field]: control.value };
    this.feedback.edit(field);
    this.readUnreadable(field, control);
    if (this.handover.outcome?.kind === 'success') this.handover.clearOutcome();
  }

  private onBlur(field: SessionFormField, event: Event): void {
    if (this.handover.sending || this.isReadOnly()) return;
    this.readUnreadable(field, event.target as HTMLInputElement | HTMLTextAreaElement);
    // A half-typed date or time fires no input event: something unreadable was typed all the same.
    if ((field === 'date' || field === 'time') && this.unreadable[field]) this.feedback.edit(field);
    this.feedback.leave(field);
  }

  /** "Retour à la session", once there is nothing left to do here (finalised, or saved). */
  private navigateBack(sessionId: number): void {
    this.dispatchEvent(new PixNavigateEvent({ to: 'session-details', sessionId }));
  }

  private cancel(): void {
    if (this.handover.sending || !this.loaded.ok) return;
    this.dispatchEvent(new PixCancelEvent({ sessionId: this.loaded.mode === 'edit' ? this.loaded.session.id : null }));
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const loaded = this.loaded;
    if (!loaded.ok || this.handover.sending || this.isReadOnly()) return;
    // Enter in a half-typed date or time submits without a blur: read the controls now.
    for (const field of ['date', 'time'] as const) {
      const control = this.control(field);
      if (control) this.readUnreadable(field, control);
    }
    const result = this.validate();
    this.handover.clearOutcome();
    if (!result.ok) {
      await this.feedback.refuse();
      return;
    }
    this.feedback.announce(this.t('handover.sending'));
    const { mode } = loaded;
    await this.handover.send(new PixSessionSubmitEvent({ mode, session: result.value }), {
      onSuccess: () => {
        // A created session is the host's now: the form starts afresh for the next one, which
        // also keeps a second click from creating the same session twice.
        const saved = mode === 'create' ? blankEntries() : entriesFromValues(result.value);
        this.entries = saved;
        this.baseline = saved;
        this.unreadable = {};
        return { mode };
      },
      onAnswer: () => this.feedback.announce(''),
    });
  }

  protected override render(): TemplateResult {
    const editionError = this.editionError;
    if (editionError) return this.renderInputError(editionError);
    const loaded = this.loaded;
    if (!loaded.ok) return this.renderInputError(loaded.error);
    const readOnly = this.isReadOnly();
    const title = this.t(FORM_TITLES[this.activeEdition][loaded.mode], loaded.mode === 'edit' ? { id: loaded.session.id } : undefined);
    return html`<div class="page" part="base">
      ${heading(this.headingLevel, 'title', title, 'title')} ${this.renderOutcome()}
      ${readOnly ? html`<p class="alert alert--info notice" part="notice">${this.t('sessionForm.finalised')}</p>` : nothing}
      ${
        loaded.mode === 'edit' && (readOnly || this.handover.outcome?.kind === 'success')
          ? backButton(this.t('ui.backToSession'), () => this.navigateBack(loaded.session.id))
          : nothing
      }
      <form
        class="form"
        part="form"
        novalidate
        aria-labelledby="title"
        aria-describedby=${readOnly ? nothing : 'required-hint'}
        aria-busy=${this.handover.sending ? 'true' : 'false'}
        @submit=${this.submit}
      >
        ${readOnly ? nothing : html`<p id="required-hint" class="hint" part="hint">${this.t('sessionForm.requiredHint')}</p>`}
        ${this.renderField(specOf('address'), readOnly)} ${this.renderField(specOf('room'), readOnly)}
        <div class="row">${this.renderField(specOf('date'), readOnly)} ${this.renderField(specOf('time'), readOnly)}</div>
        ${this.renderField(specOf('examiner'), readOnly)} ${this.renderField(specOf('description'), readOnly)}
        ${this.feedback.renderLiveRegion()}
        <div class="actions" part="actions">
          <button
            type="button"
            class="button button--secondary cancel"
            part="cancel"
            aria-disabled=${this.handover.sending ? 'true' : 'false'}
            @click=${this.cancel}
          >
            ${this.t('ui.cancel')}
          </button>
          ${
            readOnly
              ? nothing
              : html`<button
                type="submit"
                class="button submit"
                part="submit"
                aria-disabled=${this.handover.sending ? 'true' : 'false'}
                aria-busy=${this.handover.sending ? 'true' : 'false'}
              >
                ${
                  this.handover.sending
                    ? this.t('handover.sending')
                    : this.t(loaded.mode === 'create' ? 'sessionForm.submit.create' : 'sessionForm.submit.edit')
                }
              </button>`
          }
        </div>
      </form>
    </div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    return this.handover.render(({ mode }) => this.t(mode === 'create' ? 'sessionForm.created' : 'sessionForm.saved'));
  }

  private renderField(spec: FieldSpec, readOnly: boolean): TemplateResult {
    const { field, limit } = spec;
    const shown = readOnly ? undefined : this.feedback.error(field);
    const error = shown ? this.format(shown) : undefined;
    const value = this.entries[field];
    const required = spec.required && !readOnly;
    const counter = limit !== null && !readOnly;
    const description = describedBy(field, error !== undefined, ...(counter ? [`${field}-counter`] : []));
    const locked = readOnly || this.handover.sending;
    const onInput = (event: Event) => this.onInput(field, event);
    const onBlur = (event: Event) => this.onBlur(field, event);
    const control =
      spec.control === 'textarea'
        ? html`<textarea
            id=${field}
            name=${field}
            maxlength=${limit ?? nothing}
            ?readonly=${locked}
            .value=${live(value)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${description}
            @input=${onInput}
            @blur=${onBlur}
          ></textarea>`
        : html`<input
            id=${field}
            name=${field}
            type=${spec.control}
            autocomplete="off"
            maxlength=${limit ?? nothing}
            min=${spec.control === 'date' && this.mode === 'create' ? (this.todayOption() ?? localIsoDate()) : nothing}
            ?required=${required}
            ?readonly=${locked}
            .value=${live(value)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${description}
            @input=${onInput}
            @blur=${onBlur}
          />`;
    return html`<div class="field field--${field}" part="field">
      <div class="label-row">
        <label for=${field}>${this.t(spec.label)}</label>${
          required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing
        }
      </div>
      ${control}
      ${
        error || counter
          ? html`<div class="below">
            ${renderFieldError(field, error)}
            ${counter ? html`<p id=${`${field}-counter`} class="counter">${this.t('ui.counter', { count: value.length, max: limit })}</p>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }
}
