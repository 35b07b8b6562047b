import { consume } from '@lit/context';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { observeLang, resolveLang } from '../i18n/locale.js';
import { localise, type Lang, type LocalisedMessage, type MessageParams, type Messages } from '../i18n/messages.js';
import type { Catalogue } from '../state/catalogues.js';
import { DEFAULT_EDITION, EDITION_CATALOGUES, EDITIONS, isEdition, type Edition } from '../state/constants.js';
import { commonMessages } from './common.messages.js';
import { attachContextRoot, settingsContext, type SharedSettings } from './settings.js';

/** Milliseconds an element waits for the host's answer to a hand-over, unless told otherwise. */
export const DEFAULT_HANDOVER_TIMEOUT = 30000;

attachContextRoot();

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

  /**
   * `"2021"` (the November 2021 user guide, the default) or `"current"` (Pix Certif as it is
   * today). Unset, the nearest `<pix-certif-context>` that sets one decides.
   */
  @property({ reflect: true }) edition?: Edition;

  /**
   * Milliseconds to wait for the host's answer to a hand-over before it counts as a failure.
   * Unset, the nearest `<pix-certif-context>` that sets one decides, else 30000.
   */
  @property({ type: Number }) timeout?: number;

  /**
   * What the nearest `<pix-certif-context>` shares (followed live).
   * @internal
   */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected shared?: SharedSettings;

  private stopObservingLang?: () => void;
  private lastLoggedError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLang(this);
    this.stopObservingLang?.();
    this.stopObservingLang = observeLang(this, () => {
      this.locale = resolveLang(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  /**
   * The edition the element follows: its own, else the nearest context's, else `"2021"`. A value
   * that names no edition counts as the default here, and `editionError` says so.
   */
  protected get activeEdition(): Edition {
    const edition = this.setting('edition', this.edition);
    return isEdition(edition) ? edition : DEFAULT_EDITION;
  }

  /** What is wrong with the edition asked for (own or shared), for the element's error state. */
  protected get editionError(): string | undefined {
    const edition = this.setting('edition', this.edition);
    if (edition === undefined || isEdition(edition)) return undefined;
    return `edition: expected one of ${EDITIONS.map((name) => `"${name}"`).join(', ')}, received ${JSON.stringify(String(edition))}`;
  }

  /** True when what decides the edition or a shared setting changed in this update. */
  protected settingsChanged(changed: PropertyValues): boolean {
    return changed.has('edition') || changed.has('shared');
  }

  /** The wait for a hand-over's answer: own `timeout`, else the context's, else 30000. */
  get handoverTimeout(): number {
    return this.setting('timeout', this.timeout) ?? DEFAULT_HANDOVER_TIMEOUT;
  }

  /** The catalogue to use: the element's own, else the context's, else its edition's. */
  protected catalogueFor(own: string | Catalogue | null | undefined): string | Catalogue {
    return this.setting('catalogue', own) ?? EDITION_CATALOGUES[this.activeEdition];
  }

  /** The current time for the time rules: the element's own `now`, else the context's, else the real time. */
  protected nowFor(own: string | number | Date | null | undefined): string | number | Date {
    return this.setting('now', own) ?? new Date();
  }

  /**
   * A shared setting as this element sees it: its own value when it has one (an attribute
   * present or a property set, `null` from a removed attribute counting as none), else the
   * nearest context's.
   */
  protected setting<Key extends keyof SharedSettings>(key: Key, own: SharedSettings[Key] | null): SharedSettings[Key] {
    return own ?? this.shared?.[key];
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
