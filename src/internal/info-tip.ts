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

/**
 * A tooltip on a control that cannot act now (an `aria-disabled` button, still focusable): its
 * explanation is the control's description (`aria-describedby`, read on focus even while hidden),
 * shown on hover (of the control or of the tooltip itself) and on focus, hidden by Escape until
 * the pointer or the focus leaves. One controller serves every row of a table: `key` says which.
 *
 * ```ts
 * html`<span class="tooltip" ${...}>${this.tooltip.wrap(key, id, button, text)}</span>`
 * ```
 */
export class TooltipController implements ReactiveController {
  private hovered: string | null = null;
  private focused: string | null = null;
  private dismissed: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hovered = this.focused = this.dismissed = null;
  }

  /** Whether the tooltip of `key` shows now. */
  isShown(key: string): boolean {
    return (this.hovered === key || this.focused === key) && this.dismissed !== key;
  }

  private set(change: () => void): void {
    change();
    if (this.hovered === null && this.focused === null) this.dismissed = null;
    this.host.requestUpdate();
  }

  /**
   * The control and its tooltip, in one wrapper that listens for hover, focus and Escape. The
   * control must carry `aria-describedby=${id}`.
   */
  render(key: string, id: string, control: TemplateResult, text: string): TemplateResult {
    return html`<span
      class="tooltip"
      @mouseenter=${() => this.set(() => (this.hovered = key))}
      @mouseleave=${() => this.set(() => (this.hovered = this.hovered === key ? null : this.hovered))}
      @focusin=${() => this.set(() => (this.focused = key))}
      @focusout=${() => this.set(() => (this.focused = this.focused === key ? null : this.focused))}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !this.isShown(key)) return;
        event.preventDefault();
        event.stopPropagation();
        this.set(() => (this.dismissed = key));
      }}
      >${control}${tooltipContent(id, text, !this.isShown(key))}</span
    >`;
  }
}

/** The tooltip itself: its text is its name (it names nothing else: the control is described by it). */
function tooltipContent(id: string, text: string, hidden: boolean): TemplateResult {
  // eslint-disable-next-line lit-a11y/accessible-name -- the tooltip's name comes from its text content
  return html`<span id=${id} class="tooltip__content" part="tooltip" role="tooltip" ?hidden=${hidden}>${text}</span>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: relative;
    display: inline-flex;
  }
  .tooltip__content {
    position: absolute;
    z-index: 10;
    inset-block-start: 50%;
    inset-inline-end: calc(100% + 8px);
    transform: translateY(-50%);
    width: max-content;
    max-width: min(20rem, 70vw);
    padding: var(--_space-2) var(--_space-4);
    border-radius: 6px;
    background: var(--_neutral-900);
    color: var(--_neutral-0);
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.4;
    text-align: start;
    white-space: normal;
    box-shadow: 0 8px 16px rgb(7 20 46 / 0.08);
  }
`;
