import { consume, provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalogue } from '../../state/catalogues.js';
import type { Edition } from '../../state/constants.js';
import { attachContextRoot, settingsContext, type SharedSettings } from '../../internal/settings.js';

attachContextRoot();

/**
 * @summary Shared settings for every pix element inside it: set the edition, the catalogue, the
 * clock and the hand-over timeout once for a whole page.
 *
 * The settings reach every element inside, at any depth and through shadow roots. An element's
 * own attribute or property wins; a context inside another inherits what it does not set itself.
 * A change applies at once. Its `lang` attribute, like any `lang`, sets the elements' language.
 *
 * @slot - The page, or the part of it, that the settings apply to.
 */
export class PixCertifContext extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** `"2021"` (the November 2021 user guide) or `"current"` (Pix Certif as it is today). */
  @property() edition?: Edition;

  /** The issue-report catalogue: "2021", "2022", "current", or a catalogue object (as a property). */
  @property() catalogue?: string | Catalogue;

  /** The current time for the time rules (ISO 8601 local date-time, timestamp or Date). */
  @property() now?: string | number | Date;

  /** Milliseconds the elements wait for the host's answer to a hand-over. */
  @property({ type: Number }) timeout?: number;

  /** What an enclosing context shares, inherited where this one sets nothing. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  private inherited?: SharedSettings;

  @provide({ context: settingsContext })
  private provided: SharedSettings = {};

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const own: SharedSettings = { edition: this.edition, catalogue: this.catalogue, now: this.now, timeout: this.timeout };
    const settings: SharedSettings = { ...this.inherited };
    for (const key of Object.keys(own) as (keyof SharedSettings)[]) {
      const value = own[key];
      // A removed attribute leaves `null`: it sets nothing, as an absent one.
      if (value !== undefined && value !== null) (settings as Record<string, unknown>)[key] = value;
    }
    this.provided = settings;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
