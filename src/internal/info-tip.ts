import { html, css, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A toggletip (ⓘ): a button that shows an explanation on click, hover or focus, and hides
 * it with Escape. The explanation is also the button's description, so a screen reader reads
 * it on focus even while it is hidden.
 */
export class InfoTipController implements ReactiveController {
  open = false;
  private hovered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  private set(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.host.requestUpdate();
  }

  render(buttonLabel: string, content: TemplateResult): TemplateResult {
    const visible = this.open || this.hovered;
    return html`<span class="info-tip" part="info-tip">
      <button
        type="button"
        class="info-tip__button"
        part="info-button"
        aria-label=${buttonLabel}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.id}
        aria-describedby=${this.id}
        @click=${() => this.set(!this.open)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape' && this.open) {
            event.stopPropagation();
            event.preventDefault();
            this.set(false);
          }
        }}
        @blur=${() => this.set(false)}
        @mouseenter=${() => {
          this.hovered = true;
          this.host.requestUpdate();
        }}
        @mouseleave=${() => {
          this.hovered = false;
          this.host.requestUpdate();
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
          <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor"></rect>
          <rect x="7.25" y="4" width="1.5" height="1.5" fill="currentColor"></rect>
        </svg>
      </button>
      <span id=${this.id} class="info-tip__content" part="info-content" role="note" ?hidden=${!visible}>${content}</span>
    </span>`;
  }
}

export const infoTipStyles = css`
  .info-tip {
    position: relative;
    display: inline-flex;
    vertical-align: middle;
  }
  .info-tip__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_primary-700);
    cursor: pointer;
  }
  .info-tip__button:focus-visible {
    outline: var(--_focus-ring);
  }
  .info-tip__content {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 6px);
    inset-inline-start: -8px;
    width: min(382px, 80vw);
    padding: var(--_space-2) var(--_space-4);
    border-radius: 6px;
    background: var(--_neutral-900);
    color: var(--_neutral-0);
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.4;
    text-align: start;
    box-shadow: 0 8px 16px rgb(7 20 46 / 0.08);
  }
  .info-tip__content p {
    margin: 0 0 var(--_space-2);
  }
  .info-tip__content p:last-child {
    margin: 0;
  }
`;
