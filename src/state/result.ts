import type { LocalisedMessage, MessageKey, MessageParams } from './messages.js';

/**
 * What a transition returns: the new state, or the reason it was refused (a message key the
 * elements show in the page's language). A refused transition changes nothing.
 */
export type Transition<S> = { ok: true; state: S; reason?: undefined } | { ok: false; reason: LocalisedMessage; state: S };

export function accept<S>(state: S): Transition<S> {
  return { ok: true, state };
}

export function refuse<S>(state: S, key: MessageKey, params?: MessageParams): Transition<S> {
  return { ok: false, reason: params ? { key, params } : { key }, state };
}

/** A "select all" header checkbox: ticked, mixed (some rows), unticked, or nothing to select. */
export type HeaderCheckboxState = 'checked' | 'mixed' | 'unchecked' | 'disabled';
