import {
  CandidatesSchema,
  CertificationReportsSchema,
  SessionSchema,
  type Subscription,
  type ValidCandidate,
  type ValidSession,
} from './schemas.js';
import { firstRefusal, loadInput, loadRequired, readProperty, type Refusal } from './input.js';
import { describeFailure, type FailureMessage } from './handover.js';
import { hasStarted, isFinalised, sessionStart } from './session.js';
import { compareByName } from './names.js';
import type { Lang } from './messages.js';
import { DEFAULT_EDITION, type Edition } from './constants.js';

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

/** What the bottom of the "Détails" tab offers: the finalisation-info text, "Finaliser la session", or "Modifier". */
export type SessionDetailsAction = 'finalised' | 'finalise' | 'edit';

/**
 * Edition "current" shows exactly one of them, in this order of rules: a session whose status is
 * not `created` gets the finalisation-info text; else someone started gets "Finaliser la
 * session"; else "Modifier".
 */
export function sessionDetailsAction(state: Pick<SessionDetailsState, 'started' | 'finalised'>): SessionDetailsAction {
  if (state.finalised) return 'finalised';
  return state.started ? 'finalise' : 'edit';
}

// Today's candidates tab (pix-certif-today.md § 4.3–4.6) ---------------------------------------

/**
 * "Inscrire des candidats" leads to the pupil picker only while the session is `created` and has
 * not expired; otherwise Pix refuses (`SCO_ENROL_NOT_ALLOWED`: "finalisée ou expirée").
 */
export function canEnrolCandidates(session: Pick<ValidSession, 'status' | 'hasExpired'>): boolean {
  return session.status === 'created' && session.hasExpired !== true;
}

/** A candidate who joined the session (`isLinked`) can be neither edited nor deleted. */
export function canChangeCandidate(candidate: Pick<ValidCandidate, 'isLinked'>): boolean {
  return candidate.isLinked !== true;
}

/** What the candidate enrolled for: `CORE` (Pix itself) when the host does not say. */
export function candidateSubscription(candidate: Pick<ValidCandidate, 'subscription'>): Subscription {
  return candidate.subscription ?? 'CORE';
}

/**
 * Pix offers the accessibility adjustment to candidates whose certification includes Pix itself
 * (`hasCoreScopeSubscription`): `CORE`, and `CLEA`, the dual certification Pix-CléA Numérique. A
 * Pix+ certification alone does not (Pix shows it there only behind a feature toggle).
 */
export function offersAccessibilityAdjustment(candidate: Pick<ValidCandidate, 'subscription'>): boolean {
  const subscription = candidateSubscription(candidate);
  return subscription === 'CORE' || subscription === 'CLEA';
}

/** The page once a candidate was deleted: without them (the host's next `.candidates` replaces it). */
export function withoutCandidate(state: SessionDetailsState, candidateId: number): SessionDetailsState {
  return { ...state, candidates: state.candidates.filter((candidate) => candidate.id !== candidateId) };
}

/** The page once a candidate's accessibility adjustment was saved (until the host gives the list again). */
export function withAccessibilityAdjustment(state: SessionDetailsState, candidateId: number, needed: boolean): SessionDetailsState {
  return {
    ...state,
    candidates: state.candidates.map((candidate) =>
      candidate.id === candidateId ? { ...candidate, accessibilityAdjustmentNeeded: needed } : candidate,
    ),
  };
}

/**
 * The message of a refused candidate deletion (§ 4.4): HTTP `status` 403 means the candidate has
 * already joined; otherwise the rule of every hand-over (timeout, the host's own `message`, else
 * "Une erreur s'est produite lors de la suppression du candidat.").
 */
export function describeCandidateDeleteFailure(rejection: unknown): FailureMessage {
  if (readProperty(rejection, 'status') === 403) return { message: { key: 'candidateDelete.alreadyJoined' } };
  return describeFailure(rejection, 'candidateDelete.generic');
}

/**
 * The message of a refused accessibility adjustment (§ 4.6): the rule of every hand-over (timeout,
 * the host's own `message`), else "Un problème est survenu pendant la mise à jour du candidat.
 * Merci de réessayer ultérieurement.".
 */
export function describeCandidateUpdateFailure(rejection: unknown): FailureMessage {
  return describeFailure(rejection, 'candidateUpdate.generic');
}

/** The prefix Pix Certif shows before the invigilator's session password (the password itself has none). */
export const INVIGILATOR_PASSWORD_PREFIX = 'C-';

/** The invigilator's password as shown ("C-" + password), or null when the session has none. */
export function shownInvigilatorPassword(session: Pick<ValidSession, 'invigilatorPassword'>): string | null {
  const password = session.invigilatorPassword;
  return typeof password === 'string' && password !== '' ? `${INVIGILATOR_PASSWORD_PREFIX}${password}` : null;
}

/**
 * Pix's incident report form ("PV d'incident") for a session of `version`: the French document for
 * French, Pix's "other locale" document otherwise (pix-certif-today.md § 3.3).
 */
export function incidentReportUrl(version: 2 | 3, lang: Lang): string {
  if (lang !== 'fr') return 'https://cloud.pix.fr/s/B6egBZnbjJFSiaN';
  return version === 3 ? 'https://cloud.pix.fr/s/ff8sYPWPyCo3MrN/download' : 'https://cloud.pix.fr/s/B76yA8ip9Radej9/download';
}

/** Pix's fraud report form ("PV de fraude"): the French document for French, the other one otherwise. */
export function fraudReportUrl(lang: Lang): string {
  return lang === 'fr' ? 'https://cloud.pix.fr/s/H3QdaLzdaap4zr8/download' : 'https://cloud.pix.fr/s/iagftYbDFC8Wb4e/download';
}

const DATE_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric' };
// The library's English is British ("finalise"): day before month, as in French.
const DATE_LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

// Today's Pix Certif writes dates with dayjs's "dddd DD MMM YYYY": "lundi 05 janv. 2026", "Monday
// 05 Jan 2026". Intl gives the words (en-US has dayjs's "Sep", en-GB writes "Sept"); the layout is
// dayjs's, the same in both languages.
const TODAY_DATE_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' };
const TODAY_DATE_LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-US' };
const todayDateFormats = new Map<Lang, Intl.DateTimeFormat>();

function formatTodayDate(date: string, lang: Lang): string | null {
  const day = sessionStart({ date, time: '00:00' });
  if (Number.isNaN(day.getTime())) return null;
  let format = todayDateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(TODAY_DATE_LOCALES[lang] ?? TODAY_DATE_LOCALES.fr, TODAY_DATE_FORMAT);
    todayDateFormats.set(lang, format);
  }
  // The calendar day of the YYYY-MM-DD parts, at noon UTC and written in UTC: no time zone shifts it.
  // (setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.)
  const noon = new Date(0);
  noon.setUTCFullYear(day.getFullYear(), day.getMonth(), day.getDate());
  noon.setUTCHours(12);
  const parts = format.formatToParts(noon);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return [part('weekday'), part('day'), part('month'), part('year')].join(' ');
}

function formatGuideDate(date: string, lang: Lang): string | null {
  const day = sessionStart({ date, time: '00:00' });
  if (Number.isNaN(day.getTime())) return null;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? DATE_LOCALES.fr, DATE_FORMAT);
    dateFormats.set(lang, format);
  }
  return format.format(day);
}

/** How each edition writes a session's date. */
const DATE_WRITERS: Readonly<Record<Edition, (date: string, lang: Lang) => string | null>> = {
  '2021': formatGuideDate,
  current: formatTodayDate,
};

/**
 * A session's `YYYY-MM-DD` date written out in `lang`, as `edition` (default `"2021"`) writes it: "lundi 14 déc.
 * 2020", "Monday, 14 Dec 2020" in the guide's; "lundi 05 janv. 2026", "Monday 05 Jan 2026" in
 * today's. The day is the one the parts name (never shifted by a time zone); anything that is
 * not a calendar date is returned as it is.
 */
export function formatSessionDate(date: string, lang: Lang = 'fr', edition?: Edition): string {
  const write = DATE_WRITERS[edition ?? DEFAULT_EDITION] ?? DATE_WRITERS[DEFAULT_EDITION];
  return write(date, lang) ?? (typeof date === 'string' ? date : '');
}
