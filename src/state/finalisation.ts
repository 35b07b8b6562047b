import {
  CertificationReportsSchema,
  COMMENT_LIMIT,
  DocumentsValuesSchema,
  FinalisationDraftSchema,
  FinalisationPayloadSchema,
  isAbortReason,
  SessionSchema,
  type AbortReason,
  type CommentMode,
  type DocumentsValues,
  type FinalisationDraft,
  type FinalisationPayload,
  type IssueReport,
  type ValidCertificationReport,
  type ValidSession,
} from './schemas.js';
import { DEFAULT_EDITION, EDITIONS, isEdition, type Edition } from './constants.js';
import { resolveCatalogue, validateIssueReport, type Catalogue } from './catalogues.js';
import { nameCollator } from './names.js';
import { firstRefusal, KeptItemsLoader, loadInput, loadRequired, readProperty, type Refusal } from './input.js';
import { PARSE_OPTIONS } from './z.js';
import { accept, refuse, type HeaderCheckboxState, type Transition } from './result.js';
import type { LocalisedMessage } from './messages.js';

/** What the finalisation page has in each edition: the state applies these rules, the wizard shows what they allow. */
export interface FinalisationRules {
  /** The "Écran de fin du test vu" column (still off with `endScreenCheck: false`). */
  readonly endScreenColumn: boolean;
  /** Step 2 (documents) and step 3 (the session comment, which decides `hasIncident`). */
  readonly documentsAndComment: boolean;
  /** The two "Informations complémentaires" checkboxes, which decide `hasIncident` and `hasJoiningIssue`. */
  readonly complementaryInformation: boolean;
  /** The tables list candidates by last name, first name (French collation), then number; else in the host's order. */
  readonly sortedByName: boolean;
}

export const FINALISATION_RULES = {
  '2021': { endScreenColumn: true, documentsAndComment: true, complementaryInformation: false, sortedByName: false },
  current: { endScreenColumn: false, documentsAndComment: false, complementaryInformation: true, sortedByName: true },
} as const satisfies Readonly<Record<Edition, FinalisationRules>>;

/** One candidate's line on the finalisation page. */
export interface FinalisationReport {
  readonly certificationCourseId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly isCompleted: boolean;
  readonly hasSeenEndTestScreen: boolean;
  readonly abortReason: AbortReason | null;
  readonly issueReports: readonly IssueReport[];
}

/** Everything the finalisation page shows and a person can change. Immutable. */
export interface FinalisationState {
  /** The edition whose rules apply (`FINALISATION_RULES`). */
  readonly edition: Edition;
  readonly rules: FinalisationRules;
  readonly session: ValidSession;
  readonly catalogue: Catalogue;
  /** Whether the "Écran de fin du test vu" column is used (a host with an invigilator area turns it off). */
  readonly endScreenCheck: boolean;
  readonly reports: readonly FinalisationReport[];
  readonly commentMode: CommentMode;
  /** The text typed in "Commentaire sur la session", kept even while the first radio is chosen. */
  readonly comment: string;
  readonly documents: DocumentsValues;
  /** "Malgré un incident survenu pendant la session…" (edition "current"). */
  readonly hasIncident: boolean;
  /** "Un ou plusieurs candidats étaient présents … mais n'ont pas pu rejoindre la session." (edition "current"). */
  readonly hasJoiningIssue: boolean;
  /** True once the session is finalised: on the server, or after a successful hand-over. */
  readonly readOnly: boolean;
  /** Position of each certification number in `reports`. */
  readonly indexById: ReadonlyMap<number, number>;
}

export interface FinalisationInput {
  session: unknown;
  reports: unknown;
  /** A draft from `pix-draft-change` (or localStorage) to restore. */
  draft?: unknown;
  /** "2021" (default), "2022" or a catalogue object. */
  catalogue?: unknown;
  endScreenCheck?: boolean;
  /** "2021" (default) or "current": the rules of that edition apply. */
  edition?: unknown;
  /**
   * Remembers the reports it checked, for a page whose host sets `reports` again and again: a
   * report given as the last time is not checked again (`reportsLoader()`). Without it, every
   * report is checked.
   */
  reportsLoader?: ReportsLoader;
}

/**
 * The certification reports of one page, loaded again and again (`FinalisationInput.reportsLoader`):
 * a report given as the last time is the same checked object, and what it became in the state is
 * kept beside it, so a refresh makes and reconciles only the reports that changed. It lives as long
 * as its page: what it keeps goes with it.
 */
export class ReportsLoader extends KeptItemsLoader<ValidCertificationReport> {
  /** What each checked report became, for the catalogue and rules it was made with. */
  readonly made = new WeakMap<ValidCertificationReport, { catalogue: Catalogue; rules: FinalisationRules; report: FinalisationReport }>();
  /**
   * What each made report became in `reconcileFinalisation` the last time: when the page still
   * holds that very object, nothing changed on either side and it stays as it is.
   */
  readonly reconciled = new WeakMap<FinalisationReport, FinalisationReport>();

  constructor() {
    super(CertificationReportsSchema, 'reports', (report) => readProperty(report, 'certificationCourseId'));
  }
}

/** A loader of certification reports for `FinalisationInput.reportsLoader`, one per page. */
export function reportsLoader(): ReportsLoader {
  return new ReportsLoader();
}

export type FinalisationCreation =
  | {
      ok: true;
      state: FinalisationState;
      /** Whether a draft was applied (in full, or all but what `draftIssue` names). */
      draftApplied: boolean;
      /** Why (part of) the draft was not applied, when it was not; the rest of the screen is fine. */
      draftIssue: string | null;
    }
  | Refusal;

function defaultDocuments(session: ValidSession): DocumentsValues {
  return {
    certificationCenterName: session.certificationCenterName ?? '',
    sessionNumber: String(session.id),
    comment: '',
  };
}

/**
 * Builds the finalisation page's state from what a host gives: the session, its certification
 * reports, and optionally a draft to restore. Returns a readable error instead of throwing
 * when any of it does not match the contract.
 */
export function createFinalisation(input: FinalisationInput): FinalisationCreation {
  const edition = input.edition ?? DEFAULT_EDITION;
  if (!isEdition(edition)) {
    return {
      ok: false,
      error: `edition: expected one of ${EDITIONS.map((name) => `"${name}"`).join(', ')}, received ${JSON.stringify(String(edition))}`,
    };
  }
  const rules = FINALISATION_RULES[edition];
  const catalogueResult = resolveCatalogue(input.catalogue);
  if (!catalogueResult.ok) return { ok: false, error: catalogueResult.error };
  const catalogue = catalogueResult.catalogue;

  const session = loadRequired(SessionSchema, input.session, 'session');
  const parsedReports = input.reportsLoader
    ? input.reportsLoader.load(input.reports)
    : loadRequired(CertificationReportsSchema, input.reports, 'reports');
  if (!session.ok || !parsedReports.ok) return firstRefusal(session, parsedReports);

  const reports: FinalisationReport[] = [];
  for (const [position, report] of parsedReports.value.entries()) {
    // A report kept by `reportsLoader` (the same checked object) was made into the same state.
    const made = input.reportsLoader?.made.get(report);
    if (made && made.catalogue === catalogue && made.rules === rules) {
      reports.push(made.report);
      continue;
    }
    const issueReports: IssueReport[] = [];
    for (const [index, issueReport] of report.issueReports.entries()) {
      const checked = validateIssueReport(catalogue, issueReport);
      if (!checked.ok) {
        const fields = Object.keys(checked.errors).join(', ');
        return {
          ok: false,
          error: `reports.${position}.issueReports.${index}: not a valid "${catalogue.id}" issue report (${fields}: ${String(issueReport.category)})`,
        };
      }
      issueReports.push(checked.report);
    }
    const madeReport: FinalisationReport = {
      certificationCourseId: report.certificationCourseId,
      firstName: report.firstName,
      lastName: report.lastName,
      isCompleted: report.isCompleted,
      // An unfinished certification has no end screen; a finished one no abandonment reason.
      // Without the end-screen column (edition "current"), nobody says it was seen.
      hasSeenEndTestScreen: rules.endScreenColumn && report.isCompleted && report.hasSeenEndTestScreen,
      abortReason: report.isCompleted ? null : report.abortReason,
      issueReports,
    };
    input.reportsLoader?.made.set(report, { catalogue, rules, report: madeReport });
    reports.push(madeReport);
  }

  const state: FinalisationState = {
    edition,
    rules,
    session: session.value,
    catalogue,
    endScreenCheck: rules.endScreenColumn && (input.endScreenCheck ?? true),
    reports,
    commentMode: 'none',
    comment: '',
    documents: defaultDocuments(session.value),
    hasIncident: false,
    hasJoiningIssue: false,
    readOnly: session.value.status !== 'created',
    indexById: new Map(reports.map((report, index) => [report.certificationCourseId, index])),
  };

  if (input.draft === undefined || input.draft === null) return { ok: true, state, draftApplied: false, draftIssue: null };
  return applyDraft(state, input.draft);
}

function applyDraft(state: FinalisationState, input: unknown): FinalisationCreation {
  const parsed = loadInput(FinalisationDraftSchema, input, 'draft ignored');
  if (!parsed.ok) return { ok: true, state, draftApplied: false, draftIssue: parsed.error };
  const draft = parsed.value;
  if (draft.sessionId !== state.session.id) {
    return { ok: true, state, draftApplied: false, draftIssue: `draft ignored: it belongs to session ${draft.sessionId}` };
  }
  if (draft.edition !== state.edition) {
    return { ok: true, state, draftApplied: false, draftIssue: `draft ignored: it belongs to edition "${draft.edition}"` };
  }
  if (state.readOnly) return { ok: true, state, draftApplied: false, draftIssue: 'draft ignored: the session is already finalised' };

  const problems: string[] = [];
  const reports = state.reports.map((report) => {
    const saved = draft.reports.find((entry) => entry.certificationCourseId === report.certificationCourseId);
    if (!saved) return report;
    const issueReports: IssueReport[] = [];
    for (const issueReport of saved.issueReports) {
      const checked = validateIssueReport(state.catalogue, issueReport);
      if (checked.ok) issueReports.push(checked.report);
      else problems.push(`an issue report of certification ${report.certificationCourseId} was dropped`);
    }
    return {
      ...report,
      hasSeenEndTestScreen: state.rules.endScreenColumn && report.isCompleted && saved.hasSeenEndTestScreen,
      abortReason: report.isCompleted ? null : saved.abortReason,
      issueReports,
    };
  });
  const unknown = draft.reports.filter((entry) => !state.indexById.has(entry.certificationCourseId)).length;
  if (unknown > 0) problems.push(`${unknown} certification(s) of the draft are no longer in the session`);

  return {
    ok: true,
    state: {
      ...state,
      reports,
      ...(state.rules.documentsAndComment
        ? { commentMode: draft.commentMode, comment: draft.comment, documents: { ...draft.documents } }
        : {}),
      ...(state.rules.complementaryInformation ? { hasIncident: draft.hasIncident, hasJoiningIssue: draft.hasJoiningIssue } : {}),
    },
    draftApplied: true,
    draftIssue: problems.length > 0 ? `draft partly applied: ${problems.join('; ')}` : null,
  };
}

/** The whole entered state as plain JSON: given back through `createFinalisation({ draft })`, it restores the screen. */
export function toDraft(state: FinalisationState): FinalisationDraft {
  return {
    sessionId: state.session.id,
    edition: state.edition,
    reports: state.reports.map((report) => ({
      certificationCourseId: report.certificationCourseId,
      hasSeenEndTestScreen: report.hasSeenEndTestScreen,
      abortReason: report.abortReason,
      issueReports: report.issueReports.map((issueReport) => ({ ...issueReport })),
    })),
    commentMode: state.commentMode,
    comment: state.comment,
    documents: { ...state.documents },
    hasIncident: state.hasIncident,
    hasJoiningIssue: state.hasJoiningIssue,
  };
}

function withReport(
  state: FinalisationState,
  index: number,
  change: (report: FinalisationReport) => FinalisationReport,
): FinalisationState {
  const reports = state.reports.slice();
  reports[index] = change(state.reports[index]!);
  return { ...state, reports };
}

function locate(state: FinalisationState, certificationCourseId: number): number | undefined {
  return state.indexById.get(certificationCourseId);
}

/** Ticks or unticks one finished certification's "Écran de fin du test vu". */
export function setEndScreenSeen(state: FinalisationState, certificationCourseId: number, seen: boolean): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.endScreenCheck) return refuse(state, 'finalisation.endScreen.disabled');
  const index = locate(state, certificationCourseId);
  if (index === undefined) return refuse(state, 'finalisation.report.unknown', { id: certificationCourseId });
  if (!state.reports[index]!.isCompleted) {
    return refuse(state, 'finalisation.report.notCompleted', { id: certificationCourseId });
  }
  return accept(withReport(state, index, (report) => ({ ...report, hasSeenEndTestScreen: seen === true })));
}

/** The "select all" box of the end-screen column: ticked when all rows are, mixed when some are. */
export function endScreenHeaderState(state: FinalisationState): HeaderCheckboxState {
  const finished = finishedReports(state);
  if (finished.length === 0) return 'disabled';
  const ticked = finished.filter((report) => report.hasSeenEndTestScreen).length;
  if (ticked === 0) return 'unchecked';
  return ticked === finished.length ? 'checked' : 'mixed';
}

/**
 * The "select all" gesture, with the product's exact rule: if any row is ticked, every row
 * is unticked; otherwise every row is ticked.
 */
export function toggleAllEndScreens(state: FinalisationState): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.endScreenCheck) return refuse(state, 'finalisation.endScreen.disabled');
  const finished = finishedReports(state);
  if (finished.length === 0) return refuse(state, 'finalisation.endScreen.none');
  const seen = !finished.some((report) => report.hasSeenEndTestScreen);
  const reports = state.reports.map((report) =>
    report.isCompleted && report.hasSeenEndTestScreen !== seen ? { ...report, hasSeenEndTestScreen: seen } : report,
  );
  return accept({ ...state, reports });
}

/** Sets (or clears, with null) the abandonment reason of an unfinished certification. */
export function setAbortReason(
  state: FinalisationState,
  certificationCourseId: number,
  reason: AbortReason | null,
): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (reason !== null && !isAbortReason(reason)) {
    return refuse(state, 'finalisation.abortReason.invalid');
  }
  const index = locate(state, certificationCourseId);
  if (index === undefined) return refuse(state, 'finalisation.report.unknown', { id: certificationCourseId });
  if (state.reports[index]!.isCompleted) return refuse(state, 'finalisation.report.completed', { id: certificationCourseId });
  return accept(withReport(state, index, (report) => ({ ...report, abortReason: reason })));
}

/**
 * Adds one issue report to a candidate. The input is checked against the catalogue and the
 * session's version; a refusal's reason is the first field error (the dialog shows them all
 * with `validateIssueReport`).
 */
export function addIssueReport(
  state: FinalisationState,
  certificationCourseId: number,
  input: unknown,
): Transition<FinalisationState> & { issueReport?: IssueReport } {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  const index = locate(state, certificationCourseId);
  if (index === undefined) return refuse(state, 'finalisation.report.unknown', { id: certificationCourseId });
  const checked = validateIssueReport(state.catalogue, input, { sessionVersion: state.session.version });
  if (!checked.ok) {
    const first = Object.values(checked.errors)[0]!;
    return refuse(state, first.key, first.params);
  }
  const issueReport = checked.report;
  const next = withReport(state, index, (report) => ({ ...report, issueReports: [...report.issueReports, issueReport] }));
  return { ...accept(next), issueReport };
}

/** Removes a candidate's issue report by its position in the candidate's list. */
export function removeIssueReport(
  state: FinalisationState,
  certificationCourseId: number,
  reportIndex: number,
): Transition<FinalisationState> & { issueReport?: IssueReport } {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  const index = locate(state, certificationCourseId);
  if (index === undefined) return refuse(state, 'finalisation.report.unknown', { id: certificationCourseId });
  const issueReport = Number.isInteger(reportIndex) ? state.reports[index]!.issueReports[reportIndex] : undefined;
  if (!issueReport) return refuse(state, 'finalisation.issueReport.unknown');
  const next = withReport(state, index, (report) => ({
    ...report,
    issueReports: report.issueReports.filter((_, position) => position !== reportIndex),
  }));
  return { ...accept(next), issueReport };
}

/** Refuses what the edition's page does not have. */
function notInEdition(state: FinalisationState): Transition<FinalisationState> {
  return refuse(state, 'finalisation.notInEdition', { edition: state.edition });
}

/** Step 3's radios: 'none' ("Aucun problème particulier…") or 'incident'. */
export function setCommentMode(state: FinalisationState, mode: CommentMode): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.rules.documentsAndComment) return notInEdition(state);
  if (mode !== 'none' && mode !== 'incident') return refuse(state, 'finalisation.comment.modeNone');
  return accept({ ...state, commentMode: mode });
}

/** Step 3's "Commentaire sur la session", at most 500 characters. */
export function setComment(state: FinalisationState, text: string): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.rules.documentsAndComment) return notInEdition(state);
  if (state.commentMode !== 'incident') return refuse(state, 'finalisation.comment.modeNone');
  if (typeof text !== 'string' || text.length > COMMENT_LIMIT) return refuse(state, 'validation.max500');
  return accept({ ...state, comment: text });
}

/** Step 2's text fields (the files themselves are never part of the state: they are not JSON). */
export function setDocumentsField(state: FinalisationState, field: keyof DocumentsValues, value: string): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.rules.documentsAndComment) return notInEdition(state);
  const documents = { ...state.documents, [field]: value };
  const parsed = DocumentsValuesSchema.safeParse(documents, PARSE_OPTIONS);
  if (!parsed.success || !Object.hasOwn(state.documents, field)) {
    return refuse(state, field === 'certificationCenterName' ? 'validation.max255' : 'validation.max500');
  }
  return accept({ ...state, documents: parsed.data });
}

/** The "Informations complémentaires" checkboxes (edition "current"): `hasIncident` or `hasJoiningIssue`. */
export function setComplementaryInformation(
  state: FinalisationState,
  flag: 'hasIncident' | 'hasJoiningIssue',
  checked: boolean,
): Transition<FinalisationState> {
  if (state.readOnly) return refuse(state, 'finalisation.readOnly');
  if (!state.rules.complementaryInformation) return notInEdition(state);
  if (flag !== 'hasIncident' && flag !== 'hasJoiningIssue') return notInEdition(state);
  return accept({ ...state, [flag]: checked === true });
}

/** After the host accepted the finalisation: everything becomes read-only. */
export function markFinalised(state: FinalisationState): FinalisationState {
  return { ...state, readOnly: true, session: { ...state.session, status: 'finalized' } };
}

/** By last name, then first name (French collation), then certification number. */
function compareReports(left: FinalisationReport, right: FinalisationReport): number {
  return (
    nameCollator.compare(left.lastName, right.lastName) ||
    nameCollator.compare(left.firstName, right.firstName) ||
    left.certificationCourseId - right.certificationCourseId
  );
}

interface ShownReports {
  readonly finished: readonly FinalisationReport[];
  readonly unfinished: readonly FinalisationReport[];
}

/** The order the edition shows the reports in, once per loaded list: a person's gestures change no name. */
const shownOrders = new WeakMap<ReadonlyMap<number, number>, readonly number[]>();
/** The split, once per list of reports: a page asks at every render, and one gesture makes one new list. */
const shownSplits = new WeakMap<readonly FinalisationReport[], ShownReports>();

/** The finished and unfinished certifications, each in the order the edition shows them. */
function shown(state: FinalisationState): ShownReports {
  const cached = shownSplits.get(state.reports);
  if (cached) return cached;
  let order = shownOrders.get(state.indexById);
  if (!order) {
    const indices = state.reports.map((_, index) => index);
    if (state.rules.sortedByName) indices.sort((left, right) => compareReports(state.reports[left]!, state.reports[right]!));
    order = indices;
    shownOrders.set(state.indexById, order);
  }
  const finished: FinalisationReport[] = [];
  const unfinished: FinalisationReport[] = [];
  for (const index of order) {
    const report = state.reports[index]!;
    (report.isCompleted ? finished : unfinished).push(report);
  }
  const split = { finished, unfinished };
  shownSplits.set(state.reports, split);
  return split;
}

/** The finished certifications, in the order they are shown. */
export function finishedReports(state: FinalisationState): readonly FinalisationReport[] {
  return shown(state).finished;
}

/** The unfinished certifications, in the order they are shown. */
export function unfinishedReports(state: FinalisationState): readonly FinalisationReport[] {
  return shown(state).unfinished;
}

export function findReport(state: FinalisationState, certificationCourseId: number): FinalisationReport | undefined {
  const index = locate(state, certificationCourseId);
  return index === undefined ? undefined : state.reports[index];
}

/** Unfinished certifications without an abandonment reason, in the order they are shown. */
export function missingAbortReasons(state: FinalisationState): number[] {
  return unfinishedReports(state)
    .filter((report) => report.abortReason === null)
    .map((report) => report.certificationCourseId);
}

/** Finished certifications whose end screen is not ticked (0 when the column is off). */
export function uncheckedEndScreenCount(state: FinalisationState): number {
  if (!state.endScreenCheck) return 0;
  return finishedReports(state).filter((report) => !report.hasSeenEndTestScreen).length;
}

export type Readiness = { ok: true; warnings: LocalisedMessage[] } | { ok: false; reason: LocalisedMessage; firstMissing: number | null };

/**
 * Can the session be finalised now? Refused while any unfinished certification lacks its
 * reason (the count is in the message). When ready, the confirmation's warnings.
 */
export function checkReadiness(state: FinalisationState): Readiness {
  if (state.readOnly) return { ok: false, reason: { key: 'finalisation.readOnly' }, firstMissing: null };
  const missing = missingAbortReasons(state);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: { key: 'finalisation.missingAbortReasons', params: { count: missing.length } },
      firstMissing: missing[0]!,
    };
  }
  const unchecked = uncheckedEndScreenCount(state);
  return {
    ok: true,
    warnings: unchecked > 0 ? [{ key: 'finalisation.uncheckedEndScreens', params: { count: unchecked } }] : [],
  };
}

/** The comment sent to Pix: null for "Aucun problème…" or a blank text. */
export function examinerGlobalComment(state: FinalisationState): string | null {
  if (!state.rules.documentsAndComment || state.commentMode !== 'incident') return null;
  const text = state.comment.trim();
  return text === '' ? null : text;
}

export type PayloadResult = { ok: true; payload: FinalisationPayload } | { ok: false; reason: LocalisedMessage };

/** The `pix-finalise` payload. Refused unless `checkReadiness` passes; always valid for its schema. */
export function buildPayload(state: FinalisationState): PayloadResult {
  const readiness = checkReadiness(state);
  if (!readiness.ok) return { ok: false, reason: readiness.reason };
  const comment = examinerGlobalComment(state);
  const complementary = state.rules.complementaryInformation;
  const payload: FinalisationPayload = {
    sessionId: state.session.id,
    examinerGlobalComment: comment,
    // The guide's page has no checkboxes: an incident is a comment on the session as a whole.
    hasIncident: complementary ? state.hasIncident : comment !== null,
    hasJoiningIssue: complementary && state.hasJoiningIssue,
    certificationReports: state.reports.map((report) => ({
      certificationCourseId: report.certificationCourseId,
      isCompleted: report.isCompleted,
      hasSeenEndTestScreen: state.rules.endScreenColumn && report.isCompleted && report.hasSeenEndTestScreen,
      abortReason: report.isCompleted ? null : report.abortReason,
      issueReports: report.issueReports.map((issueReport) => ({ ...issueReport })),
    })),
  };
  // The last guard: a payload that does not match the contract never leaves the library.
  const parsed = FinalisationPayloadSchema.safeParse(payload, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, reason: { key: 'finalisation.result.generic' } };
  return { ok: true, payload: parsed.data };
}

/** `before` when `after` holds the same values (its issue reports compared one by one), else `after`. */
function sameOr(before: FinalisationReport, after: FinalisationReport): FinalisationReport {
  const same =
    before.firstName === after.firstName &&
    before.lastName === after.lastName &&
    before.isCompleted === after.isCompleted &&
    before.hasSeenEndTestScreen === after.hasSeenEndTestScreen &&
    before.abortReason === after.abortReason &&
    before.issueReports.length === after.issueReports.length &&
    before.issueReports.every((issueReport, index) => sameValues(issueReport, after.issueReports[index]!));
  return same ? before : after;
}

function sameValues(left: object, right: object): boolean {
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.is((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]))
  );
}

/**
 * New input from the host for the same session (for instance `.reports` set again once an
 * issue report is saved): the host's data is the base, so its issue reports win, and what the
 * person entered on the page (end screens, reasons, comment, documents) is kept. For another
 * session, the new input alone.
 */
export function reconcileFinalisation(current: FinalisationState, input: FinalisationInput): FinalisationCreation {
  const created = createFinalisation({ ...input, draft: undefined });
  if (!created.ok || created.state.session.id !== current.session.id) return created;
  const next = created.state;
  const reports = next.reports.map((report) => {
    const before = findReport(current, report.certificationCourseId);
    if (!before || input.reportsLoader?.reconciled.get(report) === before) return before ?? report;
    // An unchanged report stays the same object: the page draws again only what changed.
    const reconciled = sameOr(before, {
      ...report,
      hasSeenEndTestScreen:
        next.rules.endScreenColumn &&
        report.isCompleted &&
        (before.isCompleted ? before.hasSeenEndTestScreen : report.hasSeenEndTestScreen),
      abortReason: report.isCompleted ? null : (before.abortReason ?? report.abortReason),
    });
    input.reportsLoader?.reconciled.set(report, reconciled);
    return reconciled;
  });
  const sameList = reports.length === current.reports.length && reports.every((report, index) => report === current.reports[index]);
  const sameRoster =
    reports.length === current.reports.length &&
    reports.every((report, index) => {
      const before = current.reports[index]!;
      return (
        report.certificationCourseId === before.certificationCourseId &&
        report.firstName === before.firstName &&
        report.lastName === before.lastName
      );
    });
  return {
    ok: true,
    state: {
      ...next,
      reports: sameList ? current.reports : reports,
      indexById: sameRoster ? current.indexById : next.indexById,
      commentMode: current.commentMode,
      comment: current.comment,
      documents: current.documents,
      hasIncident: next.rules.complementaryInformation && current.hasIncident,
      hasJoiningIssue: next.rules.complementaryInformation && current.hasJoiningIssue,
      readOnly: next.readOnly || current.readOnly,
    },
    draftApplied: false,
    draftIssue: null,
  };
}
