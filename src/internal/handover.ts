import { PixHandoverEvent, sealHandover } from '../events/handover-event.js';
import { describeFailure, HandoverTimeoutError, type FailureMessage } from '../state/handover.js';
import type { MessageKey } from '../state/messages.js';

export type HandoverOutcome = { ok: true } | { ok: false; failure: FailureMessage };

export const DEFAULT_HANDOVER_TIMEOUT = 30000;
/** The longest delay a browser timer can wait: beyond it, `setTimeout` fires at once. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * Dispatches a hand-over event and waits for the host's answer: its promise if a listener
 * called `respondWith`, settled within `timeout` ms; accepted at once otherwise.
 */
export async function handOver(
  target: EventTarget,
  event: PixHandoverEvent<unknown>,
  options: { timeout: number; genericKey: MessageKey },
): Promise<HandoverOutcome> {
  try {
    target.dispatchEvent(event);
  } finally {
    sealHandover(event);
  }
  const response = event.response;
  if (!response) return { ok: true };
  const timeout =
    Number.isFinite(options.timeout) && options.timeout > 0 ? Math.min(options.timeout, MAX_TIMER_DELAY) : DEFAULT_HANDOVER_TIMEOUT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandoverTimeoutError(timeout)), timeout);
  });
  try {
    await Promise.race([response, expiry]);
    return { ok: true };
  } catch (rejection) {
    return { ok: false, failure: describeFailure(rejection, options.genericKey) };
  } finally {
    clearTimeout(timer);
  }
}
