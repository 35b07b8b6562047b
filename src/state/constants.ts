/**
 * The domain's constants and plain checks, without zod: what elements need at hand (a select's
 * options, a field's limit) costs no schema code in a host's bundle.
 */

/** The statuses a session can have on the server. */
export const SESSION_STATUSES = ['created', 'finalized', 'in_process', 'processed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** The statuses the session list filters on ("Tous" is no filter); "finalized" also matches `in_process`. */
export const SESSION_STATUS_FILTERS = ['created', 'finalized', 'processed'] as const;
export type SessionStatusFilter = (typeof SESSION_STATUS_FILTERS)[number];

/** Why an unfinished certification ended. */
export const ABORT_REASONS = ['candidate', 'technical'] as const;
export type AbortReason = (typeof ABORT_REASONS)[number];

/** True for one of the abandonment reasons, whatever a host or a select gave. */
export function isAbortReason(value: unknown): value is AbortReason {
  return (ABORT_REASONS as readonly unknown[]).includes(value);
}

export const COMMENT_MODES = ['none', 'incident'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const DESCRIPTION_LIMIT = 500;
export const COMMENT_LIMIT = 500;
export const QUESTION_NUMBER_MAX = 500;
export const SESSION_TEXT_LIMIT = 255;
export const SESSION_DESCRIPTION_LIMIT = 350;

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ACCESS_CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** True for a `YYYY-MM-DD` string naming a real calendar day (no 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  // Hosts calling from plain JavaScript may pass anything; a symbol would throw in `exec`.
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Plain arithmetic: `Date.UTC` reads years 0–99 as 1900–1999, which made 0000-02-29 invalid.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

/** True for a 24-hour `HH:MM` time. */
export function isTime(value: string): boolean {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

/**
 * The editions of the elements: the November 2021 user guide (the default) and Pix Certif as it
 * is today. An edition chooses the texts, the columns, the steps and the default catalogue.
 */
export const EDITIONS = ['2021', 'current'] as const;
export type Edition = (typeof EDITIONS)[number];
export const DEFAULT_EDITION = '2021' satisfies Edition;

/** True for one of the editions, whatever a host gave. */
export function isEdition(value: unknown): value is Edition {
  return (EDITIONS as readonly unknown[]).includes(value);
}

/**
 * The catalogue each edition uses unless a host chooses one, by name (see catalogues.ts). Kept
 * here, away from the catalogues' data, so that an element that shows no catalogue (the
 * abandon-reason select) does not carry them.
 */
export const EDITION_CATALOGUES = { '2021': '2021', current: 'current' } as const satisfies Readonly<Record<Edition, '2021' | 'current'>>;
