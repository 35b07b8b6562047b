import { readProperty } from './input.js';
import type { LocalisedMessage, MessageKey } from './messages.js';

/** The error codes a host may reject with, each with the spec's message. */
export const FINALISATION_ERROR_CODES = [
  'SESSION_ALREADY_FINALIZED',
  'SESSION_WITHOUT_STARTED_CERTIFICATION',
  'UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON',
  'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE',
] as const;
export type FinalisationErrorCode = (typeof FINALISATION_ERROR_CODES)[number];

/** What went wrong, to show: one of the library's messages, or the host's own text. */
export type FailureMessage = { message: LocalisedMessage; text?: undefined } | { text: string; message?: undefined };

/** Raised by the library itself when the host's promise did not settle in time. */
export class HandoverTimeoutError extends Error {
  readonly code = 'TIMEOUT';
  constructor(milliseconds: number) {
    super(`The host did not answer within ${milliseconds} ms`);
    this.name = 'HandoverTimeoutError';
  }
}

function isTimeout(rejection: unknown): boolean {
  try {
    return rejection instanceof HandoverTimeoutError;
  } catch {
    // A proxy whose prototype cannot be read is not our timeout.
    return false;
  }
}

/**
 * Turns a host's rejection into the message to show: a known `code` gets the spec's
 * localised message, else a non-empty `message` string is shown as given, else the generic
 * message of the element (`genericKey`).
 */
export function describeFailure(rejection: unknown, genericKey: MessageKey = 'finalisation.result.generic'): FailureMessage {
  if (isTimeout(rejection)) return { message: { key: 'handover.timeout' } };
  const code = readProperty(rejection, 'code');
  if (typeof code === 'string' && (FINALISATION_ERROR_CODES as readonly string[]).includes(code)) {
    return { message: { key: `finalisation.result.${code as FinalisationErrorCode}` } };
  }
  const text = readProperty(rejection, 'message');
  if (typeof text === 'string' && text.trim() !== '') return { text: text.trim().slice(0, 500) };
  return { message: { key: genericKey } };
}

/** The server id a host's answer gives for a saved report: the id itself, or an object with an `id`. */
export function savedIdOf(answer: unknown): number | undefined {
  let id: unknown = answer;
  try {
    if (typeof answer === 'object' && answer !== null) id = (answer as { id?: unknown }).id;
  } catch {
    return undefined;
  }
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
