import { isCalendarDate, SESSION_STATUS_FILTERS, type SessionStatus, type SessionStatusFilter } from './constants.js';
import { SessionListFiltersSchema, SessionSummariesSchema, type SessionListFilters, type ValidSessionSummary } from './schemas.js';
import { describeFailure, type FailureMessage } from './handover.js';
import { loadInput, loadRequired, readProperty, type Loaded } from './input.js';
import type { MessageKey } from './messages.js';
import { countPages, clampPage, pageRows, pageSizeAmong } from './paging.js';
import { statusLabelKey } from './session.js';

/**
 * The list of a centre's sessions (pix-certif-today.md § 2): reading what a host gives, most
 * recent first, the filters, the pages, the status labels, and what a refused deletion means.
 * Pure: no DOM, no Lit.
 */

/** The page sizes the list offers, as Pix Certif does. */
export const SESSION_LIST_PAGE_SIZES = [10, 25, 50, 100] as const;
export const SESSION_LIST_DEFAULT_PAGE_SIZE = 25;

/** Milliseconds a typed filter (session id, dates) waits before it applies; the status applies at once. */
export const FILTER_DEBOUNCE_MS = 300;

/** No filter set: every session. */
export const NO_FILTERS: SessionListFilters = Object.freeze({ sessionId: null, status: null, startDate: null, endDate: null });

/** True when at least one filter is set ("Effacer les filtres" shows, the empty state does not). */
export function hasFilters(filters: SessionListFilters): boolean {
  return filters.sessionId !== null || filters.status !== null || filters.startDate !== null || filters.endDate !== null;
}

export function sameFilters(left: SessionListFilters, right: SessionListFilters): boolean {
  return (
    left.sessionId === right.sessionId &&
    left.status === right.status &&
    left.startDate === right.startDate &&
    left.endDate === right.endDate
  );
}

/** The sessions a host gives (`.sessions`): `undefined` is "not set yet"; anything invalid is refused with a reason. */
export function loadSessionSummaries(value: unknown): Loaded<ValidSessionSummary[]> {
  return loadRequired(SessionSummariesSchema, value, 'sessions');
}

/** The filters a host restores (`.filters`): absent (undefined or null) means none. */
export function loadSessionListFilters(value: unknown): Loaded<SessionListFilters> {
  if (value === undefined || value === null) return { ok: true, value: NO_FILTERS };
  return loadInput(SessionListFiltersSchema, value, 'filters');
}

/**
 * The number of sessions a host pages through (`total`, with `server-paging`): a whole number
 * from 0; absent, the number of sessions given.
 */
export function loadTotal(value: unknown, given: number): Loaded<number> {
  if (value === undefined || value === null) return { ok: true, value: given };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { ok: true, value };
  return { ok: false, error: `total: expected a whole number from 0, received ${typeof value === 'number' ? value : typeof value}` };
}

/** Most recent first: date and time descending, then id descending. */
export function compareMostRecentFirst(left: ValidSessionSummary, right: ValidSessionSummary): number {
  if (left.date !== right.date) return left.date < right.date ? 1 : -1;
  if (left.time !== right.time) return left.time < right.time ? 1 : -1;
  return right.id - left.id;
}

/** A sorted copy, most recent first. */
export function sortMostRecentFirst(sessions: readonly ValidSessionSummary[]): ValidSessionSummary[] {
  return [...sessions].sort(compareMostRecentFirst);
}

/** The statuses a status filter matches: "Finalisée" is both `finalized` and `in_process`. */
const STATUSES_OF_FILTER: Readonly<Record<SessionStatusFilter, readonly SessionStatus[]>> = {
  created: ['created'],
  finalized: ['finalized', 'in_process'],
  processed: ['processed'],
};

/** Whether a session passes the filters: the id exactly, the status, the dates inclusive. */
export function matchesFilters(session: ValidSessionSummary, filters: SessionListFilters): boolean {
  if (filters.sessionId !== null && session.id !== filters.sessionId) return false;
  if (filters.status !== null && !STATUSES_OF_FILTER[filters.status].includes(session.status)) return false;
  // YYYY-MM-DD strings compare as the dates they name.
  if (filters.startDate !== null && session.date < filters.startDate) return false;
  if (filters.endDate !== null && session.date > filters.endDate) return false;
  return true;
}

/** The sessions that pass the filters, in the order given; the same array when no filter is set. */
export function filterSessions(sessions: readonly ValidSessionSummary[], filters: SessionListFilters): readonly ValidSessionSummary[] {
  return hasFilters(filters) ? sessions.filter((session) => matchesFilters(session, filters)) : sessions;
}

/** The label of a status in the list (and the status filter's options). */
export function sessionStatusLabelKey(status: SessionStatus): MessageKey {
  return statusLabelKey(status);
}

export function isStatusFilter(value: unknown): value is SessionStatusFilter {
  return (SESSION_STATUS_FILTERS as readonly unknown[]).includes(value);
}

/** The status select's value as a filter: "all" (or anything unknown) is no filter. */
export function statusFilterOf(value: string): SessionStatusFilter | null {
  return isStatusFilter(value) ? value : null;
}

/** The session id typed in "ID de session": a whole number, else no filter (empty, or not a number). */
export function sessionIdFilterOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const id = Number(trimmed);
  return Number.isSafeInteger(id) ? id : null;
}

/** A date field's value as a filter: a real `YYYY-MM-DD` date, else no filter. */
export function dateFilterOf(text: string): string | null {
  const trimmed = text.trim();
  return isCalendarDate(trimmed) ? trimmed : null;
}

/** The rows per page a host asked for (`page-size`): 10, 25, 50 or 100, else 25. */
export function sessionListPageSizeOf(value: unknown): number {
  return pageSizeAmong(value, SESSION_LIST_PAGE_SIZES, SESSION_LIST_DEFAULT_PAGE_SIZE);
}

/** One page of the list, as shown: its rows, and where it sits among the others. */
export interface SessionListPage {
  readonly rows: readonly ValidSessionSummary[];
  /** How many sessions the filters let through (every page). */
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  /** The rows shown, counted from 1 (`start` is 0 and `end` 0 when there is none). */
  readonly start: number;
  readonly end: number;
}

/** Client-side paging: the page `page` (brought within range) of `shown`. */
export function pageOfSessions(shown: readonly ValidSessionSummary[], page: number, pageSize: number): SessionListPage {
  const total = shown.length;
  const pages = countPages(total, pageSize);
  const current = clampPage(page, pages);
  const { start, end } = pageRows(current, pageSize, total);
  return { rows: shown.slice(start, end), total, page: current, pages, start: total === 0 ? 0 : start + 1, end };
}

/** Server-side paging: the host gave the page's rows and the total; the list shows them as given. */
export function serverPage(rows: readonly ValidSessionSummary[], total: number, page: number, pageSize: number): SessionListPage {
  const pages = countPages(total, pageSize);
  const current = clampPage(page, pages);
  const { start, end } = pageRows(current, pageSize, total);
  return { rows, total, page: current, pages, start: total === 0 ? 0 : start + 1, end };
}

/**
 * The empty state ("Créer ma première session de certification"): no session at all and no
 * filter set (with server paging: a total of 0 and no filter).
 */
export function showsEmptyState(total: number, filters: SessionListFilters): boolean {
  return total === 0 && !hasFilters(filters);
}

/** A session may be deleted until a candidate has joined it. */
export function canDeleteSession(session: ValidSessionSummary): boolean {
  return session.effectiveCandidatesCount === 0;
}

/** The sessions without the one deleted. */
export function withoutSession(sessions: readonly ValidSessionSummary[], id: number): ValidSessionSummary[] {
  return sessions.filter((session) => session.id !== id);
}

/** What `pix-list-change` says: the filters, the page (from 1) and the page size. */
export interface ListChangeDetail {
  filters: SessionListFilters;
  page: number;
  pageSize: number;
}

export function listChangeDetail(filters: SessionListFilters, page: number, pageSize: number): ListChangeDetail {
  return { filters: { ...filters }, page, pageSize };
}

/** Codes a host may reject a deletion with, besides the HTTP `status` (404, 409). */
export const SESSION_DELETE_ERROR_CODES = ['SESSION_NOT_FOUND', 'SESSION_STARTED_DELETION_ERROR'] as const;

const DELETE_FAILURES: Readonly<Record<string, MessageKey>> = {
  '404': 'sessionDelete.notFound',
  '409': 'sessionDelete.started',
  SESSION_NOT_FOUND: 'sessionDelete.notFound',
  SESSION_STARTED_DELETION_ERROR: 'sessionDelete.started',
};

/**
 * The message of a refused deletion (§ 2.4): HTTP `status` 404 or 409, or their codes, get the
 * spec's texts; otherwise the rule of every hand-over (timeout, the host's own `message`, else
 * "Une erreur s'est produite lors de la suppression de la session.").
 */
export function describeSessionDeleteFailure(rejection: unknown): FailureMessage {
  const status = readProperty(rejection, 'status');
  const code = readProperty(rejection, 'code');
  const known =
    (typeof status === 'number' && Object.hasOwn(DELETE_FAILURES, String(status)) ? DELETE_FAILURES[String(status)] : undefined) ??
    (typeof code === 'string' && Object.hasOwn(DELETE_FAILURES, code) && !/^\d+$/.test(code) ? DELETE_FAILURES[code] : undefined);
  if (known) return { message: { key: known } };
  return describeFailure(rejection, 'sessionDelete.generic');
}
