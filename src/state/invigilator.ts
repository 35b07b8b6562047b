/**
 * The invigilator space's rules (pix-certif-today.md § 5): who is shown by a search, each
 * candidate's tags, what can be done for them, the attendance counter, the times shown, and
 * what a poll changed. Pure functions: no DOM, usable in Node.
 */
import { KeptItemsLoader, readProperty } from './input.js';
import { SupervisedCandidatesSchema, type Subscription, type ValidSupervisedCandidate } from './schemas.js';

/** What the rules need to know about the session. */
export interface SupervisedSessionFacts {
  /** The 24-hour entry window is over (§ 6): nobody may start any more. */
  readonly hasExpired?: boolean | undefined;
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * A name as Pix's search compares it (`Intl.Collator('fr', { sensitivity: 'base',
 * ignorePunctuation: true })`): without accents, case, punctuation or spaces.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[\p{P}\p{White_Space}]/gu, '');
}

/**
 * Pix's search rule: the term starts the last name, the first name, "first last" or "last first",
 * ignoring accents, case and punctuation. An empty term (or one of punctuation only) matches everyone.
 */
export function matchesSearch(candidate: { readonly firstName: string; readonly lastName: string }, term: string): boolean {
  return matchesKey(candidate, searchKey(term));
}

function matchesKey(candidate: { readonly firstName: string; readonly lastName: string }, wanted: string): boolean {
  if (wanted === '') return true;
  const { firstName, lastName } = candidate;
  return [lastName, firstName, `${firstName} ${lastName}`, `${lastName} ${firstName}`].some((name) => searchKey(name).startsWith(wanted));
}

/** The candidates a search shows, in the host's order. */
export function filterCandidates<C extends { readonly firstName: string; readonly lastName: string }>(
  candidates: readonly C[],
  term: string,
): C[] {
  const wanted = searchKey(term);
  return wanted === '' ? [...candidates] : candidates.filter((candidate) => matchesKey(candidate, wanted));
}

// ---------------------------------------------------------------------------------------------
// Each candidate's state

type CandidateFacts = Pick<
  ValidSupervisedCandidate,
  'assessmentStatus' | 'authorizedToStart' | 'hasExceededCertificationDuration' | 'challengeLiveAlert' | 'companionLiveAlert'
>;

/** Doing the test now. */
export function isPlaying(candidate: Pick<CandidateFacts, 'assessmentStatus'>): boolean {
  return candidate.assessmentStatus === 'started';
}

/** Finished, or ended by the invigilator. */
export function hasCompleted(candidate: Pick<CandidateFacts, 'assessmentStatus'>): boolean {
  return candidate.assessmentStatus === 'completed' || candidate.assessmentStatus === 'endedByInvigilator';
}

/** Past the time allowed: the duration once started, else the session's 24-hour window. */
export function isOvertime(candidate: CandidateFacts, session: SupervisedSessionFacts): boolean {
  if (hasCompleted(candidate)) return false;
  return isPlaying(candidate) ? candidate.hasExceededCertificationDuration : session.hasExpired === true;
}

/** The live alert waiting for the invigilator, if any: the extension's first, then a question's. */
export function currentLiveAlert(candidate: CandidateFacts): 'companion' | 'challenge' | null {
  if (candidate.companionLiveAlert?.status === 'ongoing') return 'companion';
  if (candidate.challengeLiveAlert?.status === 'ongoing') return 'challenge';
  return null;
}

/** The tags above a candidate (§ 5.6), in order. */
export const CANDIDATE_TAGS = ['overtime', 'completed', 'challengeAlert', 'companionAlert', 'onHold', 'playing'] as const;
export type CandidateTag = (typeof CANDIDATE_TAGS)[number];

export function candidateTags(candidate: CandidateFacts, session: SupervisedSessionFacts): CandidateTag[] {
  const tags: CandidateTag[] = [];
  if (isOvertime(candidate, session)) tags.push('overtime');
  if (hasCompleted(candidate)) tags.push('completed');
  if (isPlaying(candidate)) {
    const alert = currentLiveAlert(candidate);
    if (alert === 'challenge') tags.push('challengeAlert', 'onHold');
    else if (alert === 'companion') tags.push('companionAlert', 'onHold');
    else tags.push('playing');
  }
  return tags;
}

/** "Confirmer la présence" / "Annuler la confirmation" shows while the test has not begun and the session has not expired. */
export function canToggleAttendance(candidate: Pick<CandidateFacts, 'assessmentStatus'>, session: SupervisedSessionFacts): boolean {
  return candidate.assessmentStatus === null && session.hasExpired !== true;
}

/** The options menu shows while the candidate is doing the test. */
export function hasOptionsMenu(candidate: Pick<CandidateFacts, 'assessmentStatus'>): boolean {
  return isPlaying(candidate);
}

/** "Gérer le signalement" shows while a question's alert waits. */
export function canHandleChallengeAlert(candidate: CandidateFacts): boolean {
  return isPlaying(candidate) && candidate.challengeLiveAlert?.status === 'ongoing';
}

export const MENU_ACTIONS = ['companion', 'resume', 'end'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** The options menu's items (§ 5.6): once the duration is exceeded, only "Terminer le test". */
export function menuActions(candidate: CandidateFacts): MenuAction[] {
  if (!hasOptionsMenu(candidate)) return [];
  if (candidate.hasExceededCertificationDuration) return ['end'];
  const actions: MenuAction[] = [];
  if (candidate.companionLiveAlert?.status === 'ongoing') actions.push('companion');
  actions.push('resume', 'end');
  return actions;
}

// ---------------------------------------------------------------------------------------------
// Counter

export interface Attendance {
  /** Authorised and not begun yet, or doing the test. */
  active: number;
  total: number;
  /** Doing the test. */
  started: number;
}

/** The counter's figures (§ 5.5), with each presence as shown (`authorizedToStart` may be an optimistic value). */
export function countAttendance(
  candidates: ReadonlyArray<Pick<CandidateFacts, 'assessmentStatus' | 'authorizedToStart'>>,
  authorized: (index: number) => boolean = (index) => candidates[index]!.authorizedToStart,
): Attendance {
  let active = 0;
  let started = 0;
  candidates.forEach((candidate, index) => {
    if (isPlaying(candidate)) started += 1;
    if (isPlaying(candidate) || (candidate.assessmentStatus === null && authorized(index))) active += 1;
  });
  return { active, total: candidates.length, started };
}

// ---------------------------------------------------------------------------------------------
// Times

const PIX_PLUS_MINUTES: Partial<Record<Subscription, number>> = {
  DROIT: 60,
  PRO_SANTE: 60,
  EDU_1ER_DEGRE: 90,
  EDU_2ND_DEGRE: 90,
  EDU_CPE: 90,
};

/** The theoretical end: the API's, except Pix+ certifications, which last a set time from the start. */
export function theoreticalEnd(
  candidate: Pick<ValidSupervisedCandidate, 'startDateTime' | 'theoricalEndDateTime' | 'subscription'>,
): Date | null {
  const minutes = PIX_PLUS_MINUTES[candidate.subscription];
  if (minutes !== undefined && candidate.startDateTime) {
    return new Date(Date.parse(candidate.startDateTime) + minutes * 60_000);
  }
  return candidate.theoricalEndDateTime ? new Date(candidate.theoricalEndDateTime) : null;
}

/** HH:mm in the browser's time zone. */
export function formatClockTime(moment: Date | string | null | undefined): string {
  if (moment === null || moment === undefined) return '';
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Polls

/** A candidate whose tags changed between two polls, with the tags shown now. */
export interface StatusChange {
  id: number;
  firstName: string;
  lastName: string;
  tags: CandidateTag[];
}

/**
 * What a poll changed that a person must hear about: the candidates present in both lists whose
 * tags differ (started, finished, an alert raised…). New or removed candidates are not statuses.
 */
export function statusChanges(
  previous: readonly ValidSupervisedCandidate[],
  next: readonly ValidSupervisedCandidate[],
  session: SupervisedSessionFacts,
): StatusChange[] {
  // A poll usually lists the same candidates in the same order: the one at the same place is the
  // one looked for, and the map by id is only made when the order changed.
  let before: Map<number, ValidSupervisedCandidate> | undefined;
  const changes: StatusChange[] = [];
  for (const [index, candidate] of next.entries()) {
    let old = previous[index];
    if (old?.id !== candidate.id) {
      before ??= new Map(previous.map((item) => [item.id, item]));
      old = before.get(candidate.id);
    }
    // The same object (a candidate the poll did not change: SupervisedCandidatesLoader) has the same tags.
    if (old === undefined || old === candidate) continue;
    const tags = candidateTags(candidate, session);
    if (tags.join(' ') !== candidateTags(old, session).join(' ') && tags.length > 0) {
      changes.push({ id: candidate.id, firstName: candidate.firstName, lastName: candidate.lastName, tags });
    }
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Live alerts

/** A reason an invigilator may pick to validate a question's live alert. */
export interface LiveAlertReason {
  /** The subcategory sent to the API. */
  readonly subcategory: string;
  readonly code: string;
  /** The alert's flag that offers it; null: always offered. */
  readonly when: 'hasImage' | 'hasEmbed' | 'hasAttachment' | 'isFocus' | null;
  readonly label: { readonly fr: string; readonly en: string };
}

/** A question's subcategories an invigilator may pick for a live alert (§ 5.7, labels of § 1.10). */
export const LIVE_ALERT_SUBCATEGORIES: readonly LiveAlertReason[] = [
  {
    subcategory: 'IMAGE_NOT_DISPLAYING',
    code: 'E1',
    when: 'hasImage',
    label: { fr: "L'image ne s'affiche pas", en: 'The picture isn’t displayed' },
  },
  {
    subcategory: 'EMBED_NOT_WORKING',
    code: 'E2',
    when: 'hasEmbed',
    label: { fr: "Le simulateur/l'application ne s'affiche pas", en: 'The simulator/the application isn’t displayed' },
  },
  {
    subcategory: 'FILE_NOT_OPENING',
    code: 'E3',
    when: 'hasAttachment',
    label: {
      fr: "Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas",
      en: 'The file to download can’t be downloaded or doesn’t open',
    },
  },
  {
    subcategory: 'WEBSITE_UNAVAILABLE',
    code: 'E4',
    when: null,
    label: {
      fr: 'Le site à visiter est indisponible/en maintenance/inaccessible',
      en: 'The website to visit is unavailable/under maintenance/unreachable',
    },
  },
  {
    subcategory: 'WEBSITE_BLOCKED',
    code: 'E5',
    when: null,
    label: {
      fr: "Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)",
      en: 'The website is blocked by the establishment’s network restrictions (social media for ex.)',
    },
  },
  {
    subcategory: 'EXTRA_TIME_EXCEEDED',
    code: 'E8',
    when: null,
    label: {
      fr: "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
      en: 'The candidate profits from extra time and hasn’t been able to answer the question within the time allocated',
    },
  },
  {
    subcategory: 'SOFTWARE_NOT_WORKING',
    code: 'E9',
    when: null,
    label: { fr: "Le logiciel installé sur l'ordinateur n'a pas fonctionné", en: 'The software installed on the computer didn’t work' },
  },
  {
    subcategory: 'UNINTENTIONAL_FOCUS_OUT',
    code: 'E10',
    when: 'isFocus',
    label: {
      fr: 'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
      en: 'The candidate was forced to click outside the authorised frame for a focus mode question',
    },
  },
  {
    subcategory: 'SKIP_ON_OOPS',
    code: 'E11',
    when: null,
    label: {
      fr: 'Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
      en: 'A technical problem due to the Pix platform prevented the candidate from answering the question',
    },
  },
  {
    subcategory: 'ACCESSIBILITY_ISSUE',
    code: 'E12',
    when: null,
    label: {
      fr: 'Problème avec l’accessibilité de la question (ex\u00a0: daltonisme)',
      en: 'Problem with the accessibility of the question (ex : colour blindness)',
    },
  },
];

/** The reasons offered for a question's alert, by code number: E4, E5, E8, E9, E11, E12 always, the others by the alert's flags. */
export function liveAlertSubcategories(alert: ValidSupervisedCandidate['challengeLiveAlert']): LiveAlertReason[] {
  return LIVE_ALERT_SUBCATEGORIES.filter((item) => item.when === null || alert?.[item.when] === true);
}

// ---------------------------------------------------------------------------------------------
// The host's refusals

/** The login's refusals that have their own text (§ 5.3); any other gets "incorrect". */
export const LOGIN_ERROR_CODES = ['CERTIFICATION_CENTER_IS_ARCHIVED', 'SESSION_FINALIZED', 'SESSION_NOT_JOINABLE'] as const;
export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

export type LoginFailure =
  | { kind: 'timeout' }
  | { kind: 'incorrect' }
  | { kind: 'code'; code: Exclude<LoginErrorCode, 'SESSION_NOT_JOINABLE'> }
  | { kind: 'notJoinable'; date: string };

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/** `meta.blockedAccessDate` as DD/MM/YYYY (an ISO date or date-time; another text as it is). */
export function formatBlockedAccessDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const parts = DATE_PREFIX.exec(value);
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : value.slice(0, 40);
}

/** What a refused login shows: the `code` of § 5.3 (with `meta.blockedAccessDate`), else "incorrect". */
export function describeLoginFailure(rejection: unknown, timedOut = false): LoginFailure {
  if (timedOut) return { kind: 'timeout' };
  const code = readProperty(rejection, 'code');
  if (code === 'SESSION_NOT_JOINABLE') {
    return { kind: 'notJoinable', date: formatBlockedAccessDate(readProperty(readProperty(rejection, 'meta'), 'blockedAccessDate')) };
  }
  if (code === 'CERTIFICATION_CENTER_IS_ARCHIVED' || code === 'SESSION_FINALIZED') return { kind: 'code', code };
  return { kind: 'incorrect' };
}

/** A live alert's refusal (§ 5.7): the candidate answered meanwhile, or anything else. */
export function describeLiveAlertFailure(rejection: unknown, timedOut = false): 'timeout' | 'alreadyAnswered' | 'generic' {
  if (timedOut) return 'timeout';
  return readProperty(rejection, 'code') === 'ALREADY_ANSWERED_ERROR' ? 'alreadyAnswered' : 'generic';
}

// ---------------------------------------------------------------------------------------------
// Loading a poll

/**
 * Loads the candidates of each poll: a candidate given exactly as at the last poll is the same
 * object as then, without checking it again (see `KeptItemsLoader`).
 */
export class SupervisedCandidatesLoader extends KeptItemsLoader<ValidSupervisedCandidate> {
  constructor() {
    super(SupervisedCandidatesSchema, 'candidates', (item) => readProperty(item, 'id'));
  }
}
