import { describeValue, loadInput, readProperty } from './input.js';
import type { LocalisedMessage } from './messages.js';
import {
  FinalisationPayloadSchema,
  IssueReportSchema,
  isAbortReason,
  QUESTION_NUMBER_MAX,
  SessionFormValuesSchema,
  type AbortReason,
  type FinalisationPayload,
  type IssueReport,
  type SessionFormValues,
} from './schemas.js';

/**
 * Optional helpers that turn the library's data (an event's detail, mostly) into the requests
 * today's Pix API accepts, as Pix Certif itself sends them, for a host that talks to Pix itself.
 * They build requests and send nothing: the host keeps its own HTTP client, authentication and
 * error handling. Every helper returns the same shape, `{ ok: true, requests }` (to be sent one
 * after the other, in order), or `{ ok: false, reason }` when given something the API would
 * refuse (an invalid payload or id, a category Pix has deprecated): no request is ever built
 * from invalid data, and no URL from an invalid id.
 */

export type PixApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One request to the Pix API: `path` is relative (`/api/…`), to be joined to the host's API
 * origin; `body` is the JSON to send, or `null` when the request has none.
 */
export interface PixApiRequest<Body = unknown> {
  method: PixApiMethod;
  path: string;
  body: Body;
}

/**
 * What every helper returns: the requests, in the order to send them, or a refusal whose
 * `reason` is the message key `input.invalid` with the details in English
 * (`translate(reason.key, reason.params)`).
 */
export type PixApiResult<Request extends PixApiRequest = PixApiRequest> =
  { ok: true; requests: Request[]; reason?: undefined } | { ok: false; reason: LocalisedMessage; requests?: undefined };

/** The message of the Pix API for a deprecated category (`DeprecatedCertificationIssueReportCategoryError`). */
export const PIX_API_DEPRECATED_CATEGORY = 'La catégorie de signalement choisie est dépréciée.';
/** The message of the Pix API for a deprecated subcategory (`DeprecatedCertificationIssueReportSubcategoryError`). */
export const PIX_API_DEPRECATED_SUBCATEGORY = 'La sous-catégorie de signalement choisie est dépréciée.';

/**
 * Today's Pix API on issue reports (`CertificationIssueReportCategory.js` and
 * `CertificationIssueReport.js` in 1024pix/pix): the categories it still takes, what each
 * requires, and what it has deprecated (the 2021 catalogue's A1, A2, C3-C4, C5, E6 and E7).
 */
export const PIX_API_DEPRECATED_CATEGORIES = ['TECHNICAL_PROBLEM', 'OTHER', 'LATE_OR_LEAVING', 'CONNECTION_OR_END_SCREEN'] as const;
export const PIX_API_DEPRECATED_SUBCATEGORIES = ['LINK_NOT_WORKING', 'OTHER', 'LEFT_EXAM_ROOM'] as const;
/** The in-challenge subcategories the API still takes (E1-E5, E8-E12), also for a live alert's validation. */
export const PIX_API_IN_CHALLENGE_SUBCATEGORIES = [
  'IMAGE_NOT_DISPLAYING',
  'EMBED_NOT_WORKING',
  'FILE_NOT_OPENING',
  'WEBSITE_UNAVAILABLE',
  'WEBSITE_BLOCKED',
  'EXTRA_TIME_EXCEEDED',
  'SOFTWARE_NOT_WORKING',
  'UNINTENTIONAL_FOCUS_OUT',
  'SKIP_ON_OOPS',
  'ACCESSIBILITY_ISSUE',
] as const;

interface CategoryRule {
  /** The subcategories it takes; absent: no subcategory is sent. */
  subcategories?: readonly string[];
  description: boolean;
  questionNumber: boolean;
}

// What each category requires is also exactly what Pix Certif sends for it (pix-certif-today.md § 1.9.1).
const ISSUE_REPORT_RULES: Readonly<Record<string, CategoryRule>> = {
  CANDIDATE_INFORMATIONS_CHANGES: {
    subcategories: ['NAME_OR_BIRTHDATE', 'EXTRA_TIME_PERCENTAGE'],
    description: true,
    questionNumber: false,
  },
  SIGNATURE_ISSUE: { description: true, questionNumber: false },
  FRAUD: { description: false, questionNumber: false },
  NON_BLOCKING_TECHNICAL_ISSUE: { description: true, questionNumber: false },
  NON_BLOCKING_CANDIDATE_ISSUE: { description: true, questionNumber: false },
  IN_CHALLENGE: { subcategories: PIX_API_IN_CHALLENGE_SUBCATEGORIES, description: false, questionNumber: true },
};

/** The ids of the Pix API are PostgreSQL integers: 1 to 2^31 − 1 (`identifiers-type.js`); beyond, it answers 400. */
const MAX_ID = 2 ** 31 - 1;

export interface FinalisationReportAttributes {
  id: string;
  certificationCourseId: number;
  firstName: string;
  lastName: string;
  hasSeenEndTestScreen: boolean;
  isCompleted: boolean;
  abortReason: AbortReason | null;
}

export interface FinalisationRequestBody {
  data: {
    attributes: {
      'examiner-global-comment': string | null;
      'has-incident': boolean;
      'has-joining-issue': boolean;
    };
    included: Array<{
      type: 'certification-reports';
      id: string;
      attributes: FinalisationReportAttributes;
    }>;
  };
}

export interface AbortReasonRequestBody {
  data: { reason: AbortReason };
}

export interface IssueReportRequestBody {
  data: {
    type: 'certification-issue-reports';
    attributes: {
      category: string;
      subcategory?: string;
      description?: string;
      'question-number'?: number;
    };
    relationships: { 'certification-report': { data: { type: 'certification-reports'; id: string } } };
  };
}

export interface EnrolmentRequestBody {
  data: { attributes: { 'organization-learner-ids': number[] } };
}

export interface SessionAttributes {
  address: string;
  room: string;
  date: string;
  time: string;
  examiner: string;
  description: string | null;
}

export interface SessionRequestBody {
  data: { type: 'sessions'; id?: string; attributes: SessionAttributes };
}

export interface CandidateUpdateRequestBody {
  data: { attributes: { 'accessibility-adjustment-needed': boolean } };
}

export interface InvigilatorLoginRequestBody {
  data: {
    id: string;
    type: 'invigilator-authentications';
    attributes: { 'session-id': string; 'invigilator-password': string };
  };
}

export interface CandidateAuthorizeRequestBody {
  'authorized-to-start': boolean;
}

export interface LiveAlertValidateRequestBody {
  subcategory: string;
}

/** The requests of a finalisation: the `abort` of each unfinished report, then the `PUT`. */
export type FinalisationRequest = PixApiRequest<AbortReasonRequestBody> | PixApiRequest<FinalisationRequestBody>;

/** Who a certification report belongs to: the names the finalisation request repeats. */
export interface ReportIdentity {
  certificationCourseId: number;
  firstName: string;
  lastName: string;
}

type Refused = { ok: false; reason: LocalisedMessage };

// These helpers are typed for validated data, yet a plain-JavaScript host may hand them
// anything: they read defensively so that they never throw, and refuse what is invalid.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** An id the API takes (1 to 2^31 − 1), also written as digits; null for anything else. */
function asId(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= MAX_ID ? number : null;
}

function refuse(details: string): Refused {
  return { ok: false, reason: { key: 'input.invalid', params: { details } } };
}

function accept<Request extends PixApiRequest>(...requests: Request[]): PixApiResult<Request> {
  return { ok: true, requests };
}

/** An id for a URL path segment, or the refusal naming it: a bad value never reaches a URL. */
function pathId(value: unknown, name: string): { ok: true; id: number } | Refused {
  const id = asId(value);
  return id === null ? refuse(`${name}: expected a positive integer up to ${MAX_ID}, got ${describeValue(value)}`) : { ok: true, id };
}

/** A boolean of an event's detail, named `label` in a refusal; `absent` (when given) stands for a missing one. */
function booleanOf(detail: unknown, name: string, label = name, absent?: boolean): { ok: true; value: boolean } | Refused {
  const value = readProperty(detail, name);
  if (value === undefined && absent !== undefined) return { ok: true, value: absent };
  return typeof value === 'boolean' ? { ok: true, value } : refuse(`${label}: expected true or false, got ${describeValue(value)}`);
}

/** `{ sessionId, candidateId }` of an event's detail, both checked. */
function sessionAndCandidate(detail: unknown): { ok: true; sessionId: number; candidateId: number } | Refused {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  const candidate = pathId(readProperty(detail, 'candidateId'), 'candidateId');
  if (!candidate.ok) return candidate;
  return { ok: true, sessionId: session.id, candidateId: candidate.id };
}

/** `{ sessionId, userId }` of a live alert's event detail: the API addresses the candidate by user. */
function sessionAndUser(detail: unknown): { ok: true; sessionId: number; userId: number } | Refused {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  const user = pathId(readProperty(detail, 'userId'), 'userId');
  if (!user.ok) return user;
  return { ok: true, sessionId: session.id, userId: user.id };
}

const reportId = (certificationCourseId: number) => `CertificationReport-${certificationCourseId}`;

function abortRequest(certificationCourseId: number, reason: AbortReason): PixApiRequest<AbortReasonRequestBody> {
  return { method: 'POST', path: `/api/certification-reports/${certificationCourseId}/abort`, body: { data: { reason } } };
}

/** The names of each certification, from the reports given to the wizard (the first entry of an id wins). */
function namesOf(reports: unknown[]): Map<number, { firstName: unknown; lastName: unknown }> {
  const names = new Map<number, { firstName: unknown; lastName: unknown }>();
  for (const report of reports) {
    if (!isRecord(report)) continue;
    const id = asId(readProperty(report, 'certificationCourseId'));
    // A duplicate id is a host error and must not swap names silently.
    if (id !== null && !names.has(id)) {
      names.set(id, { firstName: readProperty(report, 'firstName'), lastName: readProperty(report, 'lastName') });
    }
  }
  return names;
}

/**
 * A finalisation, as Pix Certif sends it (pix-certif-today.md § 1.7): one
 * `POST /api/certification-reports/{certificationCourseId}/abort` per unfinished report, in
 * the payload's order, then `PUT /api/sessions/{sessionId}/finalization`. Send them one after
 * the other, stopping at the first failure.
 *
 * `has-incident` and `has-joining-issue` are the payload's `hasIncident` and `hasJoiningIssue`
 * (false when absent). `included` sits inside `data`, one `certification-reports` entry per
 * report, with the candidate's names: Pix refuses a report without them. Issue reports are not
 * part of it: Pix saves each one when it is entered (see {@link toIssueReportRequest}).
 *
 * @param payload the detail of the `pix-finalise` event, or the `payload` of an accepted
 *   `buildPayload` result (not the result itself); anything `FinalisationPayloadSchema`
 *   refuses is refused
 * @param reports the certification reports given to the wizard, for the candidates' names
 *   (matched by `certificationCourseId`); refused when missing, or when one has no names
 */
export function toFinalisationRequest(
  payload: FinalisationPayload,
  reports: ReadonlyArray<ReportIdentity>,
): PixApiResult<FinalisationRequest> {
  // `buildPayload`'s result is the likeliest mistake: say so rather than list its missing fields.
  if (readProperty(payload, 'ok') !== undefined && readProperty(payload, 'payload') !== undefined) {
    return refuse("payload: this is buildPayload's result; pass its `payload` (after checking `ok`)");
  }
  const loaded = loadInput(FinalisationPayloadSchema, payload, 'payload');
  if (!loaded.ok) return refuse(loaded.error);
  const session = pathId(loaded.value.sessionId, 'payload.sessionId');
  if (!session.ok) return session;
  // Read from the payload as given: older payloads have neither, which counts as false.
  const hasIncident = booleanOf(payload, 'hasIncident', 'payload.hasIncident', false);
  if (!hasIncident.ok) return hasIncident;
  const hasJoiningIssue = booleanOf(payload, 'hasJoiningIssue', 'payload.hasJoiningIssue', false);
  if (!hasJoiningIssue.ok) return hasJoiningIssue;
  if (!Array.isArray(reports)) {
    return refuse(`reports: expected the certification reports given to the wizard (for the names), got ${describeValue(reports)}`);
  }
  const names = namesOf(reports as unknown[]);
  const aborts: Array<PixApiRequest<AbortReasonRequestBody>> = [];
  const included: FinalisationRequestBody['data']['included'] = [];
  for (const [index, report] of loaded.value.certificationReports.entries()) {
    const course = pathId(report.certificationCourseId, `payload.certificationReports.${index}.certificationCourseId`);
    if (!course.ok) return course;
    const name = names.get(course.id);
    const { firstName, lastName } = name ?? {};
    if (typeof firstName !== 'string' || firstName === '' || typeof lastName !== 'string' || lastName === '') {
      return refuse(`reports: no firstName and lastName for certification ${course.id} (Pix needs the names of every report)`);
    }
    if (!report.isCompleted && report.abortReason !== null) aborts.push(abortRequest(course.id, report.abortReason));
    included.push({
      type: 'certification-reports',
      id: reportId(course.id),
      attributes: {
        id: reportId(course.id),
        certificationCourseId: course.id,
        firstName,
        lastName,
        hasSeenEndTestScreen: report.hasSeenEndTestScreen,
        isCompleted: report.isCompleted,
        abortReason: report.abortReason,
      },
    });
  }
  const finalisation: PixApiRequest<FinalisationRequestBody> = {
    method: 'PUT',
    path: `/api/sessions/${session.id}/finalization`,
    body: {
      data: {
        attributes: {
          'examiner-global-comment': loaded.value.examinerGlobalComment,
          'has-incident': hasIncident.value,
          'has-joining-issue': hasJoiningIssue.value,
        },
        included,
      },
    },
  };
  return accept<FinalisationRequest>(...aborts, finalisation);
}

/**
 * The abandonment reason of one unfinished certification, on its own:
 * `POST /api/certification-reports/{certificationCourseId}/abort` (`toFinalisationRequest`
 * already gives one per unfinished report).
 */
export function toAbortReasonRequest(
  certificationCourseId: number,
  reason: AbortReason,
): PixApiResult<PixApiRequest<AbortReasonRequestBody>> {
  const course = pathId(certificationCourseId, 'certificationCourseId');
  if (!course.ok) return course;
  if (!isAbortReason(reason)) return refuse(`reason: expected "candidate" or "technical", got ${describeValue(reason)}`);
  return accept(abortRequest(course.id, reason));
}

/**
 * The API's own messages when the category or subcategory is deprecated (both when both are),
 * whatever else the report holds; null when neither is.
 */
function deprecationRefusal(category: unknown, subcategory: unknown): string | null {
  const deprecated: string[] = [];
  if ((PIX_API_DEPRECATED_CATEGORIES as readonly unknown[]).includes(category)) {
    deprecated.push(`issueReport.category: ${PIX_API_DEPRECATED_CATEGORY} ("${String(category)}" is a category of the 2021 catalogue)`);
  }
  if ((PIX_API_DEPRECATED_SUBCATEGORIES as readonly unknown[]).includes(subcategory)) {
    deprecated.push(
      `issueReport.subcategory: ${PIX_API_DEPRECATED_SUBCATEGORY} ("${String(subcategory)}" is a subcategory of the 2021 catalogue)`,
    );
  }
  return deprecated.length > 0 ? deprecated.join('; ') : null;
}

/** What today's API requires of a category's report, beyond its shape; null when it takes it. */
function categoryRefusal(issueReport: IssueReport): string | null {
  const { category, subcategory, description, questionNumber } = issueReport;
  const rule = Object.prototype.hasOwnProperty.call(ISSUE_REPORT_RULES, category) ? ISSUE_REPORT_RULES[category] : undefined;
  if (!rule) {
    return `issueReport.category: today's Pix API has no category ${describeValue(category)} (expected one of ${Object.keys(ISSUE_REPORT_RULES).join(', ')})`;
  }
  if (rule.subcategories && (subcategory === null || !rule.subcategories.includes(subcategory))) {
    return `issueReport.subcategory: ${category} takes one of ${rule.subcategories.join(', ')}, got ${describeValue(subcategory)}`;
  }
  if (rule.description && description === null) return `issueReport.description: ${category} needs a description`;
  if (rule.questionNumber && questionNumber === null) {
    return `issueReport.questionNumber: ${category} needs a question number from 1 to ${QUESTION_NUMBER_MAX}`;
  }
  return null;
}

/**
 * One issue report, as Pix Certif saves it when it is entered (pix-certif-today.md § 1.9.1):
 * `POST /api/certification-reports/{certificationCourseId}/certification-issue-reports`, a
 * JSON:API `certification-issue-reports` resource with the attributes Pix Certif sends for its
 * category (`category`, then `subcategory`, `description` or `question-number` as the category
 * takes them; the others are left out) and its certification report as relationship.
 *
 * Refused: a category or subcategory today's API has deprecated (the 2021 catalogue's A1, A2,
 * C3-C4, C5, E6, E7: the reason quotes the API's own message), an unknown category, a missing
 * field the category requires, a question number outside 1–500.
 *
 * @param certificationCourseId the certification the report belongs to; the detail of the
 *   `pix-issue-report-add` event (`{ certificationCourseId, issueReport }`) is also accepted
 *   alone, as the first argument
 * @param issueReport a report as `validateIssueReport` returns it (unused fields null)
 */
export function toIssueReportRequest(
  certificationCourseId: number | { certificationCourseId: number; issueReport: IssueReport },
  issueReport?: IssueReport,
): PixApiResult<PixApiRequest<IssueReportRequestBody>> {
  if (isRecord(certificationCourseId) && issueReport === undefined) {
    return toIssueReportRequest(
      readProperty(certificationCourseId, 'certificationCourseId') as number,
      readProperty(certificationCourseId, 'issueReport') as IssueReport,
    );
  }
  const course = pathId(certificationCourseId, 'certificationCourseId');
  if (!course.ok) return course;
  // A report of the 2021 catalogue first, with the API's own words; then the range, in words a
  // person understands rather than the schema's.
  const deprecated = deprecationRefusal(readProperty(issueReport, 'category'), readProperty(issueReport, 'subcategory'));
  if (deprecated !== null) return refuse(deprecated);
  const number = readProperty(issueReport, 'questionNumber');
  if (typeof number === 'number' && !(Number.isInteger(number) && number >= 1 && number <= QUESTION_NUMBER_MAX)) {
    return refuse(`issueReport.questionNumber: expected a whole number from 1 to ${QUESTION_NUMBER_MAX}, got ${describeValue(number)}`);
  }
  const loaded = loadInput(IssueReportSchema, issueReport, 'issueReport');
  if (!loaded.ok) return refuse(loaded.error);
  const refusal = categoryRefusal(loaded.value);
  if (refusal !== null) return refuse(refusal);
  const { category, subcategory, description, questionNumber } = loaded.value;
  const rule = ISSUE_REPORT_RULES[category]!;
  const attributes: IssueReportRequestBody['data']['attributes'] = { category };
  if (rule.subcategories && subcategory !== null) attributes.subcategory = subcategory;
  if (rule.description && description !== null) attributes.description = description;
  if (rule.questionNumber && questionNumber !== null) attributes['question-number'] = questionNumber;
  return accept({
    method: 'POST',
    path: `/api/certification-reports/${course.id}/certification-issue-reports`,
    body: {
      data: {
        type: 'certification-issue-reports',
        attributes,
        relationships: { 'certification-report': { data: { type: 'certification-reports', id: reportId(course.id) } } },
      },
    },
  });
}

/**
 * The deletion of a saved issue report (pix-certif-today.md § 1.9.2):
 * `DELETE /api/certification-issue-reports/{id}`, no body. Refused without the report's `id`
 * (the one Pix gave it when it was saved).
 *
 * @param issueReport the detail of the `pix-issue-report-remove` event
 *   (`{ certificationCourseId, issueReport, index }`), the issue report itself, or its id
 */
export function toIssueReportDeleteRequest(
  issueReport: number | { id?: number | null } | { issueReport: { id?: number | null } },
): PixApiResult<PixApiRequest<null>> {
  const report =
    isRecord(issueReport) && isRecord(readProperty(issueReport, 'issueReport')) ? readProperty(issueReport, 'issueReport') : issueReport;
  const value = isRecord(report) ? readProperty(report, 'id') : report;
  const id = pathId(value, 'issueReport.id');
  if (!id.ok) return id;
  return accept({ method: 'DELETE', path: `/api/certification-issue-reports/${id.id}`, body: null });
}

/**
 * Enrolment of pupils: `PUT /api/sessions/{sessionId}/enrol-students-to-session`.
 *
 * The ids are sent once each, in ascending order (as the `pix-students-enrol` event gives
 * them); an id that is not a positive integer refuses the whole request.
 *
 * @param detail the detail of the `pix-students-enrol` event
 */
export function toEnrolmentRequest(detail: {
  sessionId: number;
  studentIds: ReadonlyArray<number>;
}): PixApiResult<PixApiRequest<EnrolmentRequestBody>> {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  const studentIds = readProperty(detail, 'studentIds');
  if (!Array.isArray(studentIds)) return refuse(`studentIds: expected an array, got ${describeValue(studentIds)}`);
  const ids = new Set<number>();
  for (const [index, value] of (studentIds as unknown[]).entries()) {
    if (typeof value !== 'number' || asId(value) === null) {
      return refuse(`studentIds.${index}: expected a positive integer up to ${MAX_ID}, got ${describeValue(value)}`);
    }
    ids.add(value);
  }
  return accept({
    method: 'PUT',
    path: `/api/sessions/${session.id}/enrol-students-to-session`,
    body: { data: { attributes: { 'organization-learner-ids': [...ids].sort((a, b) => a - b) } } },
  });
}

/** The six attributes Pix takes, once the values pass the session form's own rules. */
function sessionAttributes(values: SessionFormValues): { ok: true; attributes: SessionAttributes } | Refused {
  const loaded = loadInput(SessionFormValuesSchema, values, 'values');
  if (!loaded.ok) return refuse(loaded.error);
  const { address, room, date, time, examiner, description } = loaded.value;
  return { ok: true, attributes: { address, room, date, time, examiner, description } };
}

/**
 * Creation of a session in a certification centre:
 * `POST /api/certification-centers/{certificationCenterId}/session`.
 *
 * @param values the `session` of a `pix-session-submit` event in `create` mode
 */
export function toSessionCreateRequest(
  certificationCenterId: number,
  values: SessionFormValues,
): PixApiResult<PixApiRequest<SessionRequestBody>> {
  const centre = pathId(certificationCenterId, 'certificationCenterId');
  if (!centre.ok) return centre;
  const session = sessionAttributes(values);
  if (!session.ok) return session;
  return accept({
    method: 'POST',
    path: `/api/certification-centers/${centre.id}/session`,
    body: { data: { type: 'sessions', attributes: session.attributes } },
  });
}

/**
 * Modification of a session: `PATCH /api/sessions/{sessionId}`, with the id repeated in the
 * body as a string (JSON:API).
 *
 * @param values the `session` of a `pix-session-submit` event in `edit` mode
 */
export function toSessionUpdateRequest(sessionId: number, values: SessionFormValues): PixApiResult<PixApiRequest<SessionRequestBody>> {
  const target = pathId(sessionId, 'sessionId');
  if (!target.ok) return target;
  const session = sessionAttributes(values);
  if (!session.ok) return session;
  return accept({
    method: 'PATCH',
    path: `/api/sessions/${target.id}`,
    body: { data: { type: 'sessions', id: String(target.id), attributes: session.attributes } },
  });
}

/**
 * Deletion of a session (pix-certif-today.md § 2.4): `DELETE /api/sessions/{sessionId}`, no body.
 *
 * @param detail the detail of the `pix-session-delete` event (`{ sessionId }`)
 */
export function toSessionDeleteRequest(detail: { sessionId: number }): PixApiResult<PixApiRequest<null>> {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  return accept({ method: 'DELETE', path: `/api/sessions/${session.id}`, body: null });
}

/**
 * Deletion of an enrolled candidate (pix-certif-today.md § 4.3–4.4):
 * `DELETE /api/sessions/{sessionId}/certification-candidates/{candidateId}`, no body.
 *
 * @param detail the detail of the `pix-candidate-delete` event (`{ sessionId, candidateId }`)
 */
export function toCandidateDeleteRequest(detail: { sessionId: number; candidateId: number }): PixApiResult<PixApiRequest<null>> {
  const ids = sessionAndCandidate(detail);
  if (!ids.ok) return ids;
  return accept({ method: 'DELETE', path: `/api/sessions/${ids.sessionId}/certification-candidates/${ids.candidateId}`, body: null });
}

/**
 * A candidate's accessibility adjustment (pix-certif-today.md § 4.6):
 * `PATCH /api/sessions/{sessionId}/certification-candidates/{candidateId}` with
 * `{ data: { attributes: { 'accessibility-adjustment-needed' } } }`.
 *
 * @param detail the detail of the `pix-candidate-update` event
 */
export function toCandidateUpdateRequest(detail: {
  sessionId: number;
  candidateId: number;
  accessibilityAdjustmentNeeded: boolean;
}): PixApiResult<PixApiRequest<CandidateUpdateRequestBody>> {
  const ids = sessionAndCandidate(detail);
  if (!ids.ok) return ids;
  const needed = booleanOf(detail, 'accessibilityAdjustmentNeeded');
  if (!needed.ok) return needed;
  return accept({
    method: 'PATCH',
    path: `/api/sessions/${ids.sessionId}/certification-candidates/${ids.candidateId}`,
    body: { data: { attributes: { 'accessibility-adjustment-needed': needed.value } } },
  });
}

/**
 * The invigilator's login (pix-certif-today.md § 5.3): `POST /api/sessions/supervise`, the
 * session number as the resource's id and in its attributes, as strings.
 *
 * @param detail the detail of the `pix-invigilator-login` event (`{ sessionId, password }`,
 *   the password without its `C-`)
 */
export function toInvigilatorLoginRequest(detail: {
  sessionId: number;
  password: string;
}): PixApiResult<PixApiRequest<InvigilatorLoginRequestBody>> {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  const password = readProperty(detail, 'password');
  if (typeof password !== 'string' || password.trim() === '') {
    return refuse(
      `password: expected the session's password, got ${typeof password === 'string' ? 'an empty text' : describeValue(password)}`,
    );
  }
  const id = String(session.id);
  return accept({
    method: 'POST',
    path: '/api/sessions/supervise',
    body: { data: { id, type: 'invigilator-authentications', attributes: { 'session-id': id, 'invigilator-password': password } } },
  });
}

/**
 * The invigilator's kit, a PDF (pix-certif-today.md § 5.4): `GET /api/sessions/{sessionId}/invigilator-kit`.
 *
 * @param detail the detail of the `pix-invigilator-kit-download` event (`{ sessionId }`)
 */
export function toInvigilatorKitRequest(detail: { sessionId: number }): PixApiResult<PixApiRequest<null>> {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  return accept({ method: 'GET', path: `/api/sessions/${session.id}/invigilator-kit`, body: null });
}

/**
 * A candidate's presence, confirmed or cancelled (pix-certif-today.md § 5.6):
 * `POST /api/certification-candidates/{candidateId}/authorize-to-start` with
 * `{ 'authorized-to-start': authorized }` (plain JSON, not JSON:API).
 *
 * @param detail the detail of the `pix-candidate-authorize` event
 */
export function toCandidateAuthorizeRequest(detail: {
  sessionId: number;
  candidateId: number;
  authorized: boolean;
}): PixApiResult<PixApiRequest<CandidateAuthorizeRequestBody>> {
  const ids = sessionAndCandidate(detail);
  if (!ids.ok) return ids;
  const authorized = booleanOf(detail, 'authorized');
  if (!authorized.ok) return authorized;
  return accept({
    method: 'POST',
    path: `/api/certification-candidates/${ids.candidateId}/authorize-to-start`,
    body: { 'authorized-to-start': authorized.value },
  });
}

/**
 * A candidate allowed to resume the test (pix-certif-today.md § 5.6):
 * `POST /api/certification-candidates/{candidateId}/authorize-to-resume`, no body.
 *
 * @param detail the detail of the `pix-candidate-resume` event (`{ sessionId, candidateId }`)
 */
export function toCandidateResumeRequest(detail: { sessionId: number; candidateId: number }): PixApiResult<PixApiRequest<null>> {
  const ids = sessionAndCandidate(detail);
  if (!ids.ok) return ids;
  return accept({ method: 'POST', path: `/api/certification-candidates/${ids.candidateId}/authorize-to-resume`, body: null });
}

/**
 * A candidate's test ended by the invigilator (pix-certif-today.md § 5.6):
 * `PATCH /api/certification-candidates/{candidateId}/end-assessment-by-invigilator`, no body.
 *
 * @param detail the detail of the `pix-candidate-end` event (`{ sessionId, candidateId }`)
 */
export function toCandidateEndRequest(detail: { sessionId: number; candidateId: number }): PixApiResult<PixApiRequest<null>> {
  const ids = sessionAndCandidate(detail);
  if (!ids.ok) return ids;
  return accept({ method: 'PATCH', path: `/api/certification-candidates/${ids.candidateId}/end-assessment-by-invigilator`, body: null });
}

/**
 * A live alert validated with its reason (pix-certif-today.md § 5.7):
 * `PATCH /api/sessions/{sessionId}/candidates/{userId}/validate-live-alert` with
 * `{ subcategory }`, one of the in-challenge subcategories the API still takes (a deprecated
 * one, E6 or E7, is refused with the API's message).
 *
 * @param detail the detail of the `pix-live-alert-validate` event (`{ sessionId, candidateId, userId, subcategory }`)
 */
export function toLiveAlertValidateRequest(detail: {
  sessionId: number;
  candidateId: number;
  userId: number;
  subcategory: string;
}): PixApiResult<PixApiRequest<LiveAlertValidateRequestBody>> {
  const ids = sessionAndUser(detail);
  if (!ids.ok) return ids;
  const subcategory = readProperty(detail, 'subcategory');
  if ((PIX_API_DEPRECATED_SUBCATEGORIES as readonly unknown[]).includes(subcategory)) {
    return refuse(`subcategory: ${PIX_API_DEPRECATED_SUBCATEGORY} ("${String(subcategory)}" is a subcategory of the 2021 catalogue)`);
  }
  if (typeof subcategory !== 'string' || !(PIX_API_IN_CHALLENGE_SUBCATEGORIES as readonly string[]).includes(subcategory)) {
    return refuse(`subcategory: expected one of ${PIX_API_IN_CHALLENGE_SUBCATEGORIES.join(', ')}, got ${describeValue(subcategory)}`);
  }
  return accept({
    method: 'PATCH',
    path: `/api/sessions/${ids.sessionId}/candidates/${ids.userId}/validate-live-alert`,
    body: { subcategory },
  });
}

/**
 * A live alert refused (pix-certif-today.md § 5.7):
 * `PATCH /api/sessions/{sessionId}/candidates/{userId}/dismiss-live-alert`, no body.
 *
 * @param detail the detail of the `pix-live-alert-dismiss` event (`{ sessionId, candidateId, userId }`)
 */
export function toLiveAlertDismissRequest(detail: {
  sessionId: number;
  candidateId: number;
  userId: number;
}): PixApiResult<PixApiRequest<null>> {
  const ids = sessionAndUser(detail);
  if (!ids.ok) return ids;
  return accept({ method: 'PATCH', path: `/api/sessions/${ids.sessionId}/candidates/${ids.userId}/dismiss-live-alert`, body: null });
}

/**
 * The browser extension's alert cleared (pix-certif-today.md § 5.7):
 * `PATCH /api/sessions/{sessionId}/users/{userId}/clear-companion-alert`, no body.
 *
 * @param detail the detail of the `pix-companion-alert-clear` event (`{ sessionId, candidateId, userId }`)
 */
export function toCompanionAlertClearRequest(detail: {
  sessionId: number;
  candidateId: number;
  userId: number;
}): PixApiResult<PixApiRequest<null>> {
  const ids = sessionAndUser(detail);
  if (!ids.ok) return ids;
  return accept({ method: 'PATCH', path: `/api/sessions/${ids.sessionId}/users/${ids.userId}/clear-companion-alert`, body: null });
}
