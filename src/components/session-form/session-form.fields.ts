import { SESSION_FORM_FIELDS, type SessionFormField } from '../../state/session.js';
import { SESSION_DESCRIPTION_LIMIT, SESSION_TEXT_LIMIT } from '../../state/constants.js';
import type { SessionFormValues, ValidSession } from '../../state/schemas.js';
import type { SessionFormMessageKey } from './session-form.messages.js';

/** What a person has typed, field by field, exactly as the controls hold it (untrimmed). */
export type FormEntries = Record<SessionFormField, string>;

/** How each field is shown. The rules themselves belong to `validateSessionForm`. */
export interface FieldSpec {
  readonly field: SessionFormField;
  readonly label: SessionFormMessageKey;
  readonly control: 'text' | 'date' | 'time' | 'textarea';
  readonly required: boolean;
  /** The length limit shown with a counter (and set as `maxlength`), if any. */
  readonly limit: number | null;
}

export const FIELD_SPECS: readonly FieldSpec[] = [
  { field: 'address', label: 'sessionForm.address', control: 'text', required: true, limit: SESSION_TEXT_LIMIT },
  { field: 'room', label: 'sessionForm.room', control: 'text', required: true, limit: SESSION_TEXT_LIMIT },
  { field: 'date', label: 'sessionForm.date', control: 'date', required: true, limit: null },
  { field: 'time', label: 'sessionForm.time', control: 'time', required: true, limit: null },
  { field: 'examiner', label: 'sessionForm.examiner', control: 'text', required: true, limit: SESSION_TEXT_LIMIT },
  { field: 'description', label: 'sessionForm.description', control: 'textarea', required: false, limit: SESSION_DESCRIPTION_LIMIT },
];

export function specOf(field: SessionFormField): FieldSpec {
  return FIELD_SPECS.find((spec) => spec.field === field)!;
}

export function blankEntries(): FormEntries {
  return { address: '', room: '', date: '', time: '', examiner: '', description: '' };
}

/** The entries a modification starts from: the session as the host gave it. */
export function entriesFromSession(session: ValidSession): FormEntries {
  return {
    address: session.address,
    room: session.room,
    date: session.date,
    time: session.time,
    examiner: session.examiner,
    description: session.description ?? '',
  };
}

/** The entries once saved: what was sent (trimmed, a blank description empty). */
export function entriesFromValues(values: SessionFormValues): FormEntries {
  return { ...values, description: values.description ?? '' };
}

export function sameEntries(first: FormEntries, second: FormEntries): boolean {
  return SESSION_FORM_FIELDS.every((field) => first[field] === second[field]);
}

/**
 * A native date or time control whose text is incomplete or impossible reports an empty
 * value; the form hands this stand-in to `validateSessionForm` instead, so that the person
 * reads "… valide" rather than "Veuillez indiquer …" for something they did type.
 */
export const UNREADABLE_ENTRY = '?';
