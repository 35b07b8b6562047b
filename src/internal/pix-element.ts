import { LitElement, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { observeLang, resolveLang } from '../i18n/locale.js';
import { localise, type Lang, type LocalisedMessage, type MessageParams, type Messages } from '../i18n/messages.js';
import { commonMessages } from './common.messages.js';

/**
 * Where an element finds its texts: each element sets it to its own messages (with those of
 * other owners it shows, combined), e.g. `override readonly [MESSAGES] = abandonReasonMessages;`.
 * A symbol rather than a named field, so that `t()` can be typed from it and it stays out of the
 * element's public properties.
 */
export const MESSAGES: unique symbol = Symbol('messages');

/** The keys an element's `t()` accepts: those of its own messages. */
type ElementKey<Element extends PixElement> = keyof Element[typeof MESSAGES]['fr'] & string;

/**
 * The base of every element: speaks the page's language (the closest `lang` attribute,
 * followed live), and shows bad input from a host as a clear error state instead of throwing.
 */
export class PixElement extends LitElement {
  /**
   * The element's texts; see `MESSAGES`.
   * @internal
   */
  readonly [MESSAGES]: Messages<string> = commonMessages;

  /** The language the element speaks now: "fr" or "en". */
  @state() protected locale: Lang = 'fr';

  private stopObservingLang?: () => void;
  private lastLoggedError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLang(this);
    this.stopObservingLang = observeLang(() => {
      this.locale = resolveLang(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  /** One of the element's texts in its language (a key its messages lack fails to compile). */
  protected t<Key extends ElementKey<this>>(key: Key, params?: MessageParams): string {
    return localise(this[MESSAGES], key, params, this.locale);
  }

  /** A message kept for later (a refusal of the state layer, a hand-over failure) in the element's language. */
  protected format(message: LocalisedMessage<ElementKey<this>>): string {
    return localise(this[MESSAGES], message.key, message.params, this.locale);
  }

  /** Logs a host's bad input once (not at every render). */
  protected logInputError(detail: string): void {
    if (detail === this.lastLoggedError) return;
    this.lastLoggedError = detail;
    console.error(`<${this.localName}>: ${detail}`);
  }

  protected clearInputError(): void {
    this.lastLoggedError = '';
  }

  /**
   * The quiet state shown while the host has not given the data yet (a required property still
   * `undefined`): not bad input, so no alert and nothing logged; busy until the data comes.
   */
  protected renderNotSetYet(): TemplateResult {
    this.clearInputError();
    return html`<div class="not-set-yet" part="not-set-yet" aria-busy="true"></div>`;
  }

  /** The error state shown instead of the element's content when its input is invalid. */
  protected renderInputError(detail: string): TemplateResult {
    this.logInputError(detail);
    return html`<div class="input-error" role="alert" part="error">
      <p><strong>${localise(commonMessages, 'ui.inputError.title', {}, this.locale)}</strong></p>
      <p>${localise(commonMessages, 'ui.inputError.detail', {}, this.locale)} <code lang="en">${detail}</code></p>
    </div>`;
  }
}
