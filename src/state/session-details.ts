import { CandidatesSchema, CertificationReportsSchema, SessionSchema, type ValidCandidate, type ValidSession } from './schemas.js';
import { firstRefusal, loadInput, loadRequired, type Refusal } from './input.js';
import { hasStarted, isFinalised, sessionStart } from './session.js';
import { compareByName } from './names.js';
import type { Lang } from './messages.js';

/**
 * The session's details page: what a host gives, checked against the contract's schemas, and
 * what the page may offer. Pure: no DOM, no Lit.
 */
export interface SessionDetailsState {
  readonly session: ValidSession;
  /** The enrolled candidates, sorted by last name, then first name. */
  readonly candidates: readonly ValidCandidate[];
  /** At least one certification report, or a candidate flagged as started. */
  readonly started: boolean;
  /** The finalisation was sent (any status but `created`). */
  readonly finalised: boolean;
}

export interface SessionDetailsInput {
  session: unknown;
  /** Optional: absent (`undefined`) means no candidate enrolled. */
  candidates?: unknown;
  /** Optional: absent (`undefined`) means no certification report. */
  reports?: unknown;
}

export type SessionDetailsCreation = { ok: true; state: SessionDetailsState } | Refusal;

/** Candidates by last name, then first name (French collation: case and accents ignored); a new array. */
export function sortCandidates(candidates: readonly ValidCandidate[]): ValidCandidate[] {
  return [...candidates].sort(compareByName);
}

/**
 * Builds the details page's state from the session, its enrolled candidates and its
 * certification reports, each checked against its schema. On bad input, a short English
 * summary naming what is wrong (for the console and the error state). Never throws.
 */
export function createSessionDetails(input: SessionDetailsInput): SessionDetailsCreation {
  const session = loadRequired(SessionSchema, input.session, 'session');
  const candidates = loadInput(CandidatesSchema, input.candidates === undefined ? [] : input.candidates, 'candidates');
  const reports = loadInput(CertificationReportsSchema, input.reports === undefined ? [] : input.reports, 'reports');
  if (!session.ok || !candidates.ok || !reports.ok) return firstRefusal(session, candidates, reports);
  return {
    ok: true,
    state: {
      session: session.value,
      candidates: sortCandidates(candidates.value),
      started: hasStarted({ reports: reports.value, candidates: candidates.value }),
      finalised: isFinalised(session.value),
    },
  };
}

/** "Modifier" is offered only while nobody has started and the session is not finalised. */
export function canEditSession(state: Pick<SessionDetailsState, 'started' | 'finalised'>): boolean {
  return !state.started && !state.finalised;
}

/** "Finaliser la session" appears once someone has started, until the session is finalised. */
export function canRequestFinalisation(state: Pick<SessionDetailsState, 'started' | 'finalised'>): boolean {
  return state.started && !state.finalised;
}

const DATE_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric' };
// The library's English is British ("finalise"): day before month, as in French.
const DATE_LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A session's `YYYY-MM-DD` date written out in `lang`: "lundi 14 déc. 2020", "Monday, 14 Dec
 * 2020". The day is read in local time (never shifted by a UTC conversion); anything that is
 * not a calendar date is returned as it is.
 */
export function formatSessionDate(date: string, lang: Lang = 'fr'): string {
  const day = sessionStart({ date, time: '00:00' });
  if (Number.isNaN(day.getTime())) return typeof date === 'string' ? date : '';
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? DATE_LOCALES.fr, DATE_FORMAT);
    dateFormats.set(lang, format);
  }
  return format.format(day);
}
