import { ContextEvent, createContext } from '@lit/context';
import type { Catalogue } from '../state/catalogues.js';

/**
 * The settings a `<pix-certif-context>` shares with every element inside it (at any depth,
 * through shadow roots). Each is present only where the context sets it: an element's own value
 * wins, then the nearest context that sets it, then the element's default.
 */
export interface SharedSettings {
  edition?: string;
  catalogue?: string | Catalogue;
  now?: string | number | Date;
  timeout?: number;
}

export const settingsContext = createContext<SharedSettings | undefined>(Symbol.for('pix-certif-elements:settings'));

const ROOT_ATTACHED = Symbol.for('pix-certif-elements:context-root');

interface Waiting {
  element: WeakRef<Element>;
  callback: WeakRef<ContextEvent<typeof settingsContext>['callback']>;
}

/**
 * Lets a context defined after the elements inside it (its tag registered later, or the markup
 * parsed before the script) still reach them: the root keeps their unanswered requests and
 * replays them when a provider appears. (Lit's `ContextRoot` does the same, but keeps every
 * request for good while no provider comes: a page without `<pix-certif-context>` would grow
 * at each element put in it. Here an element that has left the page is forgotten; its
 * consumer asks again when it comes back.)
 */
export function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement as HTMLElement & { [ROOT_ATTACHED]?: true };
  if (root[ROOT_ATTACHED]) return;
  root[ROOT_ATTACHED] = true;
  let waiting: Waiting[] = [];
  let known = new WeakMap<Element, WeakSet<object>>();
  /** Forgets the requests of elements gone from the page, when the list has doubled since the last time. */
  let pruneAt = 64;
  const forgetGone = () => {
    waiting = waiting.filter((entry) => {
      const element = entry.element.deref();
      if (element?.isConnected && entry.callback.deref()) return true;
      if (element) known.delete(element);
      return false;
    });
    pruneAt = Math.max(64, waiting.length * 2);
  };
  root.addEventListener('context-request', (event) => {
    const request = event as ContextEvent<typeof settingsContext>;
    if (request.context !== settingsContext || request.subscribe !== true) return;
    const element = (request.contextTarget ?? request.composedPath()[0]) as Element;
    let callbacks = known.get(element);
    if (!callbacks) known.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(request.callback)) return;
    callbacks.add(request.callback);
    waiting.push({ element: new WeakRef(element), callback: new WeakRef(request.callback) });
    if (waiting.length >= pruneAt) forgetGone();
  });
  root.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== settingsContext) return;
    const replayed = waiting;
    // Those still unanswered ask again below, and wait again.
    waiting = [];
    known = new WeakMap();
    pruneAt = 64;
    for (const entry of replayed) {
      const element = entry.element.deref();
      const callback = entry.callback.deref();
      if (element && callback) element.dispatchEvent(new ContextEvent(settingsContext, element, callback, true));
    }
  });
}
