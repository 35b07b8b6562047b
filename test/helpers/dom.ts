import { sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
/** Small helpers to drive elements as a person does and read what they show. */

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

export function $(element: Element, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${element.localName}> shows nothing matching ${selector}`);
  return found;
}

export function $$(element: Element, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

/** The text a person reads in a node (hidden parts left out), whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  const content = node instanceof HTMLElement ? node.innerText : node?.textContent;
  return (content ?? '').replace(/\s+/g, ' ').trim();
}

/** The control a label names, found by the label's text (as a person reads the screen). */
export function byLabel(element: Element, label: string | RegExp): HTMLElement {
  const labels = [...shadow(element).querySelectorAll('label')];
  const match = labels.find((item) => (typeof label === 'string' ? text(item) === label : label.test(text(item))));
  if (!match) throw new Error(`No label "${label}" in <${element.localName}>: ${labels.map((item) => text(item)).join(' | ')}`);
  const control = match.control ?? (match.htmlFor ? shadow(element).getElementById(match.htmlFor) : null);
  if (!control) throw new Error(`The label "${label}" names no control`);
  return control as HTMLElement;
}

/** A button found by its accessible text (aria-label or content). */
export function button(element: Element, name: string | RegExp): HTMLButtonElement {
  const buttons = [...shadow(element).querySelectorAll('button')];
  const match = buttons.find((item) => {
    const accessible = item.getAttribute('aria-label') ?? text(item);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
  if (!match) throw new Error(`No button "${name}": ${buttons.map((item) => item.getAttribute('aria-label') ?? text(item)).join(' | ')}`);
  return match;
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function selectOption(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Collects the events of one type fired on `target`. */
export function record<E extends Event = CustomEvent>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  target.addEventListener(type, (event) => events.push(event as E));
  return events;
}

/**
 * Collects, in one list and as they come, the events of each type on each target. (Spreading
 * several `record()` lists into one copies them before any event comes: it stays empty.)
 */
export function recordAll<E extends Event = Event>(targets: EventTarget | EventTarget[], ...types: string[]): E[] {
  const events: E[] = [];
  for (const target of ([] as EventTarget[]).concat(targets)) {
    for (const type of types) target.addEventListener(type, (event) => events.push(event as E));
  }
  return events;
}

/** WebKit (Safari's engine), which the tests drive through WebDriver. */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

/** Shift+Tab, as a person presses it. */
export async function shiftTab(): Promise<void> {
  // WebDriver presses keys together only within one "press".
  if (isWebKit) {
    await sendKeys({ press: 'Shift+Tab' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** An element as a failure message names it (chai printing a live element can stall a browser). */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  const name = element.getAttribute('aria-label') ?? (element instanceof HTMLElement ? text(element) : '');
  const id = element.id ? `#${element.id}` : '';
  return `<${element.localName}${id}>${name ? ` "${name.slice(0, 60)}"` : ''}`;
}

/** Checks that focus is on `expected`, looking inside shadow roots. */
export function expectFocus(expected: Element | null, message = 'focus'): void {
  const actual = focused();
  expect(actual === expected, `${message}: on ${describeElement(expected)}, not ${describeElement(actual)}`).to.equal(true);
}
