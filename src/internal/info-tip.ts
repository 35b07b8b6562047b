import { html, css, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Whether the browser has the top layer's popovers (a popover is never clipped by a scroll container). */
const hasPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** How long the pointer may take to go from the button to its explanation (or back) before it hides. */
const HOVER_GRACE_MS = 300;

/** The room kept between an explanation and the viewport's edges, and between it and its button. */
const EDGE = 8;
const GAP = 6;

/**
 * Places a shown explanation (`popover="manual"`) next to its anchor, inside the viewport: below
 * it (above when there is no room below), or on its inline-start side when `side` is "start" and
 * there is room there. It lives in the top layer, so no scroll container or dialog clips it.
 */
function place(content: HTMLElement, anchor: HTMLElement, side: 'below' | 'start'): void {
  const around = anchor.getBoundingClientRect();
  const box = content.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const room = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  let left: number;
  let top: number;
  const startLeft = rtl ? around.right + GAP : around.left - GAP - box.width;
  if (side === 'start' && startLeft >= EDGE && startLeft + box.width <= room.width - EDGE) {
    left = startLeft;
    top = around.top + around.height / 2 - box.height / 2;
  } else {
    left = rtl ? around.right + EDGE - box.width : around.left - EDGE;
    top = around.bottom + GAP;
    if (top + box.height > room.height - EDGE && around.top - GAP - box.height >= EDGE) top = around.top - GAP - box.height;
  }
  content.style.left = `${Math.max(EDGE, Math.min(left, room.width - EDGE - box.width))}px`;
  content.style.top = `${Math.max(EDGE, top)}px`;
}

/**
 * Shows or hides an explanation in the top layer, placed by its anchor, and keeps it placed while
 * the page scrolls or resizes. Without popovers, the explanation stays where its CSS puts it.
 */
class Placement {
  private shownFor: { content: HTMLElement; anchor: HTMLElement } | null = null;
  private readonly replace = () => {
    if (this.shownFor) place(this.shownFor.content, this.shownFor.anchor, this.side);
  };

  constructor(private readonly side: 'below' | 'start') {}

  sync(content: HTMLElement | null | undefined, anchor: HTMLElement | null | undefined, shown: boolean): void {
    if (!hasPopover || !content || !anchor) return;
    if (shown && content.isConnected) {
      if (!content.matches(':popover-open')) content.showPopover();
      if (!this.shownFor) {
        window.addEventListener('scroll', this.replace, { capture: true, passive: true });
        window.addEventListener('resize', this.replace);
      }
      this.shownFor = { content, anchor };
      place(content, anchor, this.side);
    } else {
      if (content.matches(':popover-open')) content.hidePopover();
      this.stop();
    }
  }

  stop(): void {
    if (!this.shownFor) return;
    this.shownFor = null;
    window.removeEventListener('scroll', this.replace, { capture: true });
    window.removeEventListener('resize', this.replace);
  }
}

/**
 * A toggletip (ⓘ): a button that shows an explanation on click, hover or focus, and hides
 * it with Escape. The explanation is also the button's description, so a screen reader reads
 * it on focus even while it is hidden.
 */
export class InfoTipController implements ReactiveController {
  open = false;
  private hovered = false;
  private leaving?: ReturnType<typeof setTimeout>;
  private readonly placement = new Placement('below');
  /** Escape hides the explanation wherever the focus is, while the pointer keeps it shown (WCAG 1.4.13). */
  private readonly onWindowKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.visible) return;
    event.preventDefault();
    this.dismiss();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
  ) {
    host.addController(this);
  }

  private get visible(): boolean {
    return this.open || this.hovered;
  }

  hostDisconnected(): void {
    this.open = false;
    this.hovered = false;
    clearTimeout(this.leaving);
    this.placement.stop();
    window.removeEventListener('keydown', this.onWindowKeydown);
  }

  hostUpdated(): void {
    const content = this.host.shadowRoot?.getElementById(this.id);
    const button = content?.parentElement?.querySelector<HTMLElement>('.info-tip__button');
    this.placement.sync(content, button, this.visible);
    if (this.visible) window.addEventListener('keydown', this.onWindowKeydown);
    else window.removeEventListener('keydown', this.onWindowKeydown);
  }

  private set(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.host.requestUpdate();
  }

  private dismiss(): void {
    this.open = false;
    this.hovered = false;
    clearTimeout(this.leaving);
    this.host.requestUpdate();
  }

  /** The pointer over the button or over the explanation keeps it shown; leaving both hides it, after a moment to cross the gap. */
  private hover(over: boolean): void {
    clearTimeout(this.leaving);
    if (over) {
      if (!this.hovered) {
        this.hovered = true;
        this.host.requestUpdate();
      }
      return;
    }
    this.leaving = setTimeout(() => {
      this.hovered = false;
      this.host.requestUpdate();
    }, HOVER_GRACE_MS);
  }

  render(buttonLabel: string, content: TemplateResult): TemplateResult {
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
          if (event.key === 'Escape' && this.visible) {
            event.stopPropagation();
            event.preventDefault();
            this.dismiss();
          }
        }}
        @blur=${() => this.set(false)}
        @mouseenter=${() => this.hover(true)}
        @mouseleave=${() => this.hover(false)}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
          <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor"></rect>
          <rect x="7.25" y="4" width="1.5" height="1.5" fill="currentColor"></rect>
        </svg>
      </button>
      <span
        id=${this.id}
        class="info-tip__content"
        part="info-content"
        role="note"
        popover="manual"
        ?hidden=${!this.visible}
        @mouseenter=${() => this.hover(true)}
        @mouseleave=${() => this.hover(false)}
        >${content}</span
      >
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
    border: 0;
    border-radius: 6px;
    background: var(--_neutral-900);
    color: var(--_neutral-0);
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.4;
    text-align: start;
    box-shadow: 0 8px 16px rgb(7 20 46 / 0.08);
  }
  /* In the top layer (placed by script, inside the viewport): nothing clips it. */
  .info-tip__content:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
    overflow: visible;
    max-width: calc(100vw - ${EDGE * 2}px);
  }
  .info-tip__content p {
    margin: 0 0 var(--_space-2);
  }
  /* Forced colours drop the dark background: a border keeps the explanation apart from the page. */
  @media (forced-colors: active) {
    .info-tip__content {
      border: 1px solid CanvasText;
    }
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
  private leaving?: ReturnType<typeof setTimeout>;
  /** The tooltips rendered in the last update (key → id), each placed in the top layer while shown. */
  private rendered = new Map<string, string>();
  private readonly placements = new Map<string, Placement>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hovered = this.focused = this.dismissed = null;
    clearTimeout(this.leaving);
    for (const placement of this.placements.values()) placement.stop();
  }

  hostUpdate(): void {
    this.rendered = new Map();
  }

  hostUpdated(): void {
    for (const [key, id] of this.rendered) {
      const content = this.host.shadowRoot?.getElementById(id);
      let placement = this.placements.get(key);
      if (!placement) this.placements.set(key, (placement = new Placement('start')));
      placement.sync(content, content?.previousElementSibling as HTMLElement | null, this.isShown(key));
    }
    for (const [key, placement] of this.placements) {
      if (!this.rendered.has(key)) {
        placement.stop();
        this.placements.delete(key);
      }
    }
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

  /** The pointer leaving the control (or its tooltip) hides it after a moment to cross the gap between them. */
  private hover(key: string, over: boolean): void {
    clearTimeout(this.leaving);
    if (over) this.set(() => (this.hovered = key));
    else this.leaving = setTimeout(() => this.set(() => (this.hovered = this.hovered === key ? null : this.hovered)), HOVER_GRACE_MS);
  }

  /**
   * The control and its tooltip, in one wrapper that listens for hover, focus and Escape. The
   * control must carry `aria-describedby=${id}`.
   */
  render(key: string, id: string, control: TemplateResult, text: string): TemplateResult {
    this.rendered.set(key, id);
    return html`<span
      class="tooltip"
      @mouseenter=${() => this.hover(key, true)}
      @mouseleave=${() => this.hover(key, false)}
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
  return html`<span id=${id} class="tooltip__content" part="tooltip" role="tooltip" popover="manual" ?hidden=${hidden}>${text}</span>`;
}

// Built in an IIFE marked pure: an entry without tooltips (`<pix-abandon-reason>` alone) leaves it out.
export const tooltipStyles = /* @__PURE__ */ (() => css`
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
    border: 0;
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
  @media (forced-colors: active) {
    .tooltip__content {
      border: 1px solid CanvasText;
    }
  }
  .tooltip__content:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
    transform: none;
    overflow: visible;
    max-width: min(20rem, calc(100vw - ${EDGE * 2}px));
  }
`)();
