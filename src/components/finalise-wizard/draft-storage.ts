import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FinalisationDraft } from '../../state/schemas.js';

/**
 * The wizard's draft in `localStorage` (`persist-draft`), one entry per session id. Storage
 * can be full, forbidden (a sandboxed frame, a privacy setting) or hold anything: nothing here
 * throws, and each problem is said once in the console.
 */

const STORAGE_PREFIX = 'pix-certif-elements:finalisation-draft:';

function keyOf(sessionId: number): string {
  return `${STORAGE_PREFIX}${sessionId}`;
}

function warn(message: string): void {
  console.warn(`<pix-finalise-wizard>: ${message}`);
}

/** The page's storage, or null where reading `localStorage` itself is forbidden. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The draft stored for a session, as parsed JSON, or undefined when there is none. A stored
 * `null` counts as none; text that is not JSON is removed, with a warning.
 */
export function readStoredDraft(sessionId: number): unknown {
  const store = storage();
  let text: string | null;
  try {
    text = store?.getItem(keyOf(sessionId)) ?? null;
  } catch {
    warn('the stored draft could not be read from localStorage (storage forbidden)');
    return undefined;
  }
  if (text === null) return undefined;
  let draft: unknown;
  try {
    draft = JSON.parse(text) as unknown;
  } catch {
    warn('the stored draft is not JSON: it was removed');
    clearStoredDraft(sessionId);
    return undefined;
  }
  return draft === null ? undefined : draft;
}

/**
 * Stores a session's draft. False when the browser refused (storage full or forbidden), with a
 * warning unless `alreadyRefused` says the last write was refused too (said once per streak).
 */
export function writeStoredDraft(draft: FinalisationDraft, { alreadyRefused = false } = {}): boolean {
  const store = storage();
  try {
    if (!store) throw new Error('localStorage is not available');
    store.setItem(keyOf(draft.sessionId), JSON.stringify(draft));
    return true;
  } catch {
    if (!alreadyRefused) warn('the draft could not be stored in localStorage (storage full or forbidden)');
    return false;
  }
}

/** Forgets a session's draft (after a successful finalisation, or a stored draft unreadable). */
export function clearStoredDraft(sessionId: number): void {
  try {
    storage()?.removeItem(keyOf(sessionId));
  } catch {
    // Nothing can be cleared where storage is forbidden.
  }
}

/** How long after a change the draft is written: a burst of keystrokes costs one write. */
export const STORE_DELAY = 400;

/**
 * Writes a draft a moment after the change instead of at every keystroke (each write serialises
 * every report), and never loses one: a pending write happens at once when the page is hidden
 * or left (`visibilitychange`, `pagehide`), when the element leaves the page, or on `flush()`.
 * It listens to the page only while a write is pending.
 */
export class DeferredDraftWrite implements ReactiveController {
  #write: (() => void) | null = null;
  #sessionId: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onPageHidden = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.flush();
  };

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Writes `write` (the latest one given) a moment from now; `sessionId` names whose draft it is. */
  schedule(sessionId: number, write: () => void): void {
    this.#write = write;
    this.#sessionId = sessionId;
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => this.flush(), STORE_DELAY);
    addEventListener('pagehide', this.#onPageHidden);
    document.addEventListener('visibilitychange', this.#onPageHidden);
  }

  /** Writes the pending draft now, if any. */
  flush(): void {
    const write = this.#write;
    this.#stop();
    write?.();
  }

  /** Forgets a pending write of this session's draft (it was just cleared). */
  cancel(sessionId: number): void {
    if (this.#sessionId === sessionId) this.#stop();
  }

  hostDisconnected(): void {
    this.flush();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#write = null;
    this.#sessionId = null;
    removeEventListener('pagehide', this.#onPageHidden);
    document.removeEventListener('visibilitychange', this.#onPageHidden);
  }
}
