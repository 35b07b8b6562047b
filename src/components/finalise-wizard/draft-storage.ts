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
