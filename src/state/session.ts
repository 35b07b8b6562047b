import { isCalendarDate, SessionFormValuesSchema, type SessionFormValues, type SessionStatus } from './schemas.js';
import { DEFAULT_EDITION, isEdition, type Edition } from './constants.js';
import type { FieldError } from './catalogues.js';
import { isMessageKey, type MessageKey } from './messages.js';
import { PARSE_OPTIONS } from './z.js';

// ---------------------------------------------------------------------------------------
// Session form
// ---------------------------------------------------------------------------------------

export const SESSION_FORM_FIELDS = ['address', 'room', 'date', 'time', 'examiner', 'description'] as const;
export type SessionFormField = (typeof SESSION_FORM_FIELDS)[number];
export type SessionFormErrors = Partial<Record<SessionFormField, FieldError>>;

export type SessionFormMode = 'create' | 'edit';

export interface SessionFormOptions {
  mode: SessionFormMode;
  /** The day the form is filled in, `YYYY-MM-DD`; defaults to the local date of the device. */
  today?: string;
}

export type SessionFormValidation = { ok: true; value: SessionFormValues } | { ok: false; errors: SessionFormErrors };

/**
 * What a field reports when zod's issue carries no message key of ours (a value of the wrong
 * type where only the schema's default message applies).
 */
const FALLBACK_ERRORS: Record<SessionFormField, FieldError> = {
  address: { key: 'session.address.required' },
  room: { key: 'session.room.required' },
  date: { key: 'session.date.required' },
  time: { key: 'session.time.required' },
  examiner: { key: 'session.examiner.required' },
  description: { key: 'input.invalid', params: { details: 'description' } },
};

function isSessionFormField(value: unknown): value is SessionFormField {
  return typeof value === 'string' && (SESSION_FORM_FIELDS as readonly string[]).includes(value);
}

/**
 * Copies only the form's fields, so that anything else a host passes (or a getter that
 * throws) cannot reach the schema. A non-object counts as an empty form.
 */
function readFormFields(input: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null) return fields;
  for (const field of SESSION_FORM_FIELDS) {
    try {
      const value: unknown = (input as Record<string, unknown>)[field];
      if (value !== undefined) fields[field] = value;
    } catch {
      // An unreadable field is a missing one.
    }
  }
  return fields;
}

/** `YYYY-MM-DD` of a moment in the device's time zone (not UTC: a session date is local). */
export function localIsoDate(moment: Date = new Date()): string {
  const valid = Number.isNaN(moment.getTime()) ? new Date() : moment;
  const year = String(valid.getFullYear()).padStart(4, '0');
  const month = String(valid.getMonth() + 1).padStart(2, '0');
  const day = String(valid.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Checks the session form: every field trimmed, the spec's limits, a real calendar date, a
 * 24-hour time, and on creation no date before today. Errors are message keys, one per field
 * (the first rule that fails). Accepts anything: it never throws.
 */
export function validateSessionForm(input: unknown, options: SessionFormOptions): SessionFormValidation {
  const fields = readFormFields(input);
  const parsed = SessionFormValuesSchema.safeParse(fields, PARSE_OPTIONS);
  const errors: SessionFormErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (!isSessionFormField(field) || errors[field]) continue;
      errors[field] = isMessageKey(issue.message) ? { key: issue.message } : { ...FALLBACK_ERRORS[field] };
    }
  }

  if (options?.mode === 'create' && !errors.date) {
    const date = typeof fields['date'] === 'string' ? fields['date'].trim() : '';
    const today = typeof options.today === 'string' && isCalendarDate(options.today) ? options.today : localIsoDate();
    // Both are YYYY-MM-DD, so string order is calendar order.
    if (isCalendarDate(date) && date < today) errors.date = { key: 'session.date.past' };
  }

  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}

// ---------------------------------------------------------------------------------------
// Access code
// ---------------------------------------------------------------------------------------

/** Letters that cannot be mistaken for a digit or form a word (no vowels, no L, N, S, Z). */
export const ACCESS_CODE_LETTERS = 'BCDFGHJKMPQRTVWXY';
/** Digits that cannot be mistaken for a letter (no 0, 1, 5). */
export const ACCESS_CODE_DIGITS = '2346789';

const STRICT_ACCESS_CODE = new RegExp(`^[${ACCESS_CODE_LETTERS}]{4}[${ACCESS_CODE_DIGITS}]{2}$`);
// Codes made before the strict rule (the guide's `VRRJ30`) are still valid on input.
const LENIENT_ACCESS_CODE = /^[A-Z0-9]{6}$/;

function pick(alphabet: string, random: () => number): string {
  const draw = random();
  // A faulty source (NaN, 1, negative) must still give a character of the alphabet.
  const index = Number.isFinite(draw) ? Math.min(alphabet.length - 1, Math.max(0, Math.floor(draw * alphabet.length))) : 0;
  return alphabet.charAt(index);
}

/** A new access code in the strict form: 4 letters of `ACCESS_CODE_LETTERS`, 2 digits of `ACCESS_CODE_DIGITS`. */
export function generateAccessCode(random: () => number = Math.random): string {
  let code = '';
  for (let index = 0; index < 4; index += 1) code += pick(ACCESS_CODE_LETTERS, random);
  for (let index = 0; index < 2; index += 1) code += pick(ACCESS_CODE_DIGITS, random);
  return code;
}

/** Strict: the generated form. Otherwise: any 6 upper-case letters or digits. */
export function isAccessCode(code: unknown, { strict = false }: { strict?: boolean } = {}): boolean {
  if (typeof code !== 'string') return false;
  return (strict ? STRICT_ACCESS_CODE : LENIENT_ACCESS_CODE).test(code);
}

// ---------------------------------------------------------------------------------------
// Status, start, deadline
// ---------------------------------------------------------------------------------------

/** Any status but `created` means the finalisation was sent. */
export function isFinalised(session: { readonly status: SessionStatus }): boolean {
  return session.status !== 'created';
}

const STATUS_LABEL_KEYS: Readonly<Record<SessionStatus, MessageKey>> = {
  created: 'session.status.created',
  finalized: 'session.status.finalized',
  in_process: 'session.status.in_process',
  processed: 'session.status.processed',
};

export function statusLabelKey(status: SessionStatus): MessageKey {
  return STATUS_LABEL_KEYS[status];
}

export interface StartedEvidence {
  readonly reports?: ReadonlyArray<unknown> | null;
  readonly candidates?: ReadonlyArray<{ readonly hasStarted?: boolean | null }> | null;
}

/** Someone started once a certification report exists or a candidate is flagged as started. */
export function hasStarted({ reports, candidates }: StartedEvidence = {}): boolean {
  if (Array.isArray(reports) && reports.length > 0) return true;
  return Array.isArray(candidates) && candidates.some((candidate) => candidate?.hasStarted === true);
}

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PARTS = /^(\d{2}):(\d{2})$/;

/** The session's start in the device's local time; an invalid date (NaN) when its date or time is malformed. */
export function sessionStart(session: { readonly date: string; readonly time: string }): Date {
  const date = DATE_PARTS.exec(session.date);
  const time = TIME_PARTS.exec(session.time);
  if (!date || !time || !isCalendarDate(session.date)) return new Date(Number.NaN);
  const [hours, minutes] = [Number(time[1]), Number(time[2])];
  if (hours > 23 || minutes > 59) return new Date(Number.NaN);
  // setFullYear, unlike `new Date(y, …)`, does not map years 0–99 to 1900–1999.
  const start = new Date(0);
  start.setFullYear(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  start.setHours(hours, minutes, 0, 0);
  return start;
}

/**
 * A moment given as a Date, a timestamp or a string. A date-only string is local midnight,
 * like the session dates it is compared with (`Date.parse` would read it as UTC). Anything
 * unreadable falls back to the real time.
 */
export function toTimestamp(moment: Date | string | number | null | undefined): number {
  let timestamp = Number.NaN;
  if (typeof moment === 'number') timestamp = moment;
  else if (typeof moment === 'string') {
    const text = moment.trim();
    timestamp = DATE_PARTS.test(text) ? sessionStart({ date: text, time: '00:00' }).getTime() : Date.parse(text);
  } else {
    try {
      if (moment instanceof Date) timestamp = moment.getTime();
    } catch {
      // A revoked proxy, or an object pretending to be a Date: unreadable.
    }
  }
  return Number.isFinite(timestamp) ? timestamp : Date.now();
}

export const FINALISATION_DEADLINE_MS = 48 * 60 * 60 * 1000;

/** Pix's default theoretical duration of a session (the API's `DEFAULT_SESSION_DURATION_MINUTES`): 1 h 45. */
export const SESSION_DURATION_MINUTES = 105;

/**
 * Which editions have the 48-hour finalisation rule: the guide's (`"2021"`) does; today's Pix
 * Certif (`"current"`) shows no 48-hour text anywhere.
 */
const FINALISATION_DEADLINE_BY_EDITION: Readonly<Record<Edition, boolean>> = { '2021': true, current: false };

/** True when `edition` has the 48-hour finalisation rule (none or an unknown one counts as the default, `"2021"`). */
export function hasFinalisationDeadline(edition?: Edition): boolean {
  return FINALISATION_DEADLINE_BY_EDITION[isEdition(edition) ? edition : DEFAULT_EDITION];
}

/**
 * The session's end: its start plus Pix's default duration (105 minutes); an invalid date (NaN)
 * when its date or time is malformed.
 */
export function sessionEnd(session: { readonly date: string; readonly time: string }): Date {
  const start = sessionStart(session);
  return new Date(start.getTime() + SESSION_DURATION_MINUTES * 60 * 1000);
}

/**
 * More than 48 hours since the session's end, its start + 105 minutes (exactly 48 hours is still
 * in time), so the warning never comes early.
 */
export function isDeadlinePassed(
  session: { readonly date: string; readonly time: string },
  now: Date | string | number = new Date(),
): boolean {
  const end = sessionEnd(session).getTime();
  if (Number.isNaN(end)) return false;
  return toTimestamp(now) - end > FINALISATION_DEADLINE_MS;
}

/**
 * The 48 h message a not-yet-finalised session shows in `edition` (default `"2021"`): the reminder,
 * or the warning once late; null once finalised, and always null in an edition without the rule
 * (`"current"`).
 */
export function deadlineMessageKey(
  session: { readonly date: string; readonly time: string; readonly status: SessionStatus },
  now: Date | string | number = new Date(),
  edition?: Edition,
): 'session.deadline.passed' | 'session.deadline.reminder' | null {
  if (!hasFinalisationDeadline(edition) || isFinalised(session)) return null;
  return isDeadlinePassed(session, now) ? 'session.deadline.passed' : 'session.deadline.reminder';
}

/** `2008-03-05` → `05/03/2008`, as the guide shows birth dates; anything else is returned as it is. */
export function formatBirthdate(date: string): string {
  if (typeof date !== 'string') return '';
  const parts = DATE_PARTS.exec(date);
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : date;
}
