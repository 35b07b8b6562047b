import { LitElement, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { observeLang, resolveLang } from '../i18n/locale.js';
import { translate, type Lang, type LocalisedMessage, type MessageKey, type MessageParams } from '../i18n/messages.js';

/**
 * The base of every element: speaks the page's language (the closest `lang` attribute,
 * followed live), and shows bad input from a host as a clear error state instead of throwing.
 */
export class PixElement extends LitElement {
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

  /** A text of the i18n layer in the element's language. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(key, params, this.locale);
  }

  protected format(message: LocalisedMessage): string {
    return translate(message.key, message.params, this.locale);
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

  /** The error state shown instead of the element's content when its input is invalid. */
  protected renderInputError(detail: string): TemplateResult {
    this.logInputError(detail);
    return html`<div class="input-error" role="alert" part="error">
      <p><strong>${this.t('ui.inputError.title')}</strong></p>
      <p>${this.t('ui.inputError.detail')} <code lang="en">${detail}</code></p>
    </div>`;
  }
}
