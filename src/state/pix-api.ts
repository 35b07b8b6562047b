import { describeValue, loadInput, readProperty } from './input.js';
import type { LocalisedMessage } from './messages.js';
import {
  FinalisationPayloadSchema,
  IssueReportSchema,
  isAbortReason,
  SessionFormValuesSchema,
  type AbortReason,
  type FinalisationPayload,
  type IssueReport,
  type SessionFormValues,
} from './schemas.js';

/**
 * Optional helpers that turn the library's data into the request bodies of the Pix API, for a
 * host that talks to Pix itself. They build requests and send nothing: the host keeps its own
 * HTTP client, authentication and error handling. Each returns `{ ok: true, request }`, or
 * `{ ok: false, reason }` when given something the API would refuse (an invalid payload or
 * id): no request is ever built from invalid data.
 */

export type PixApiMethod = 'POST' | 'PUT' | 'PATCH';

/** One request to the Pix API: `url` is a path, to be joined to the host's API origin. */
export interface PixApiRequest<Body> {
  method: PixApiMethod;
  url: string;
  body: Body;
}

/**
 * What every helper returns: the request, or a refusal whose `reason` is the message key
 * `input.invalid` with the details in English (`translate(reason.key, reason.params)`).
 */
export type PixApiResult<Body> =
  { ok: true; request: PixApiRequest<Body>; reason?: undefined } | { ok: false; reason: LocalisedMessage; request?: undefined };

export interface FinalisationReportAttributes {
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
  data: { reason: AbortReason | null };
}

export interface IssueReportRequestBody {
  data: {
    attributes: {
      category: string;
      subcategory: string | null;
      description: string | null;
      'question-number': number | null;
    };
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

/** Who a certification report belongs to: the names the finalisation request repeats. */
export interface ReportIdentity {
  certificationCourseId: number;
  firstName: string;
  lastName: string;
}

// These helpers are typed for validated data, yet a plain-JavaScript host may hand them
// anything: they read defensively so that they never throw, and refuse what is invalid.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A positive integer id, also written as digits; null for anything else. */
function asPositiveId(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}

function refuse(details: string): { ok: false; reason: LocalisedMessage } {
  return { ok: false, reason: { key: 'input.invalid', params: { details } } };
}

function accept<Body>(request: PixApiRequest<Body>): PixApiResult<Body> {
  return { ok: true, request };
}

/** An id for a URL path segment, or the refusal naming it: a bad value never reaches a URL. */
function pathId(value: unknown, name: string): { ok: true; id: number } | { ok: false; reason: LocalisedMessage } {
  const id = asPositiveId(value);
  return id === null ? refuse(`${name}: expected a positive integer, got ${describeValue(value)}`) : { ok: true, id };
}

/**
 * The finalisation request: `PUT /api/sessions/{sessionId}/finalization`.
 *
 * `has-incident` is true exactly when there is a global comment; `has-joining-issue` is always
 * false (the guide's workflow has no such question). `included` sits inside `data`, as Pix
 * expects. Issue reports are not part of it: Pix saves each one when it is entered (see
 * {@link toIssueReportRequest}).
 *
 * @param payload the detail of the `pix-finalise` event, or the `payload` of an accepted
 *   `buildPayload` result (not the result itself); anything `FinalisationPayloadSchema`
 *   refuses is refused
 * @param reports the certification reports given to the wizard, for the candidates' names
 *   (matched by `certificationCourseId`; an unknown one gets empty names)
 */
export function toFinalisationRequest(
  payload: FinalisationPayload,
  reports: ReadonlyArray<ReportIdentity>,
): PixApiResult<FinalisationRequestBody> {
  // `buildPayload`'s result is the likeliest mistake: say so rather than list its missing fields.
  if (readProperty(payload, 'ok') !== undefined && readProperty(payload, 'payload') !== undefined) {
    return refuse("payload: this is buildPayload's result; pass its `payload` (after checking `ok`)");
  }
  const loaded = loadInput(FinalisationPayloadSchema, payload, 'payload');
  if (!loaded.ok) return refuse(loaded.error);
  if (!Array.isArray(reports)) return refuse(`reports: expected an array, got ${describeValue(reports)}`);
  const names = new Map<number, { firstName: string; lastName: string }>();
  for (const report of reports as unknown[]) {
    if (!isRecord(report)) continue;
    const id = asPositiveId(readProperty(report, 'certificationCourseId'));
    // The first entry wins, as a duplicate id is a host error and must not swap names silently.
    if (id !== null && !names.has(id)) {
      names.set(id, { firstName: asString(readProperty(report, 'firstName')), lastName: asString(readProperty(report, 'lastName')) });
    }
  }
  const { sessionId, examinerGlobalComment: comment, certificationReports } = loaded.value;
  const included = certificationReports.map((report) => {
    const name = names.get(report.certificationCourseId);
    return {
      type: 'certification-reports' as const,
      id: `CertificationReport-${report.certificationCourseId}`,
      attributes: {
        certificationCourseId: report.certificationCourseId,
        firstName: name?.firstName ?? '',
        lastName: name?.lastName ?? '',
        hasSeenEndTestScreen: report.hasSeenEndTestScreen,
        isCompleted: report.isCompleted,
        abortReason: report.abortReason,
      },
    };
  });
  return accept({
    method: 'PUT',
    url: `/api/sessions/${sessionId}/finalization`,
    body: {
      data: {
        attributes: {
          'examiner-global-comment': comment,
          'has-incident': comment !== null,
          'has-joining-issue': false,
        },
        included,
      },
    },
  });
}

/**
 * The abandonment reason of one unfinished certification:
 * `POST /api/certification-reports/{certificationCourseId}/abort`.
 */
export function toAbortReasonRequest(certificationCourseId: number, reason: AbortReason): PixApiResult<AbortReasonRequestBody> {
  const course = pathId(certificationCourseId, 'certificationCourseId');
  if (!course.ok) return course;
  if (!isAbortReason(reason)) return refuse(`reason: expected "candidate" or "technical", got ${describeValue(reason)}`);
  return accept({ method: 'POST', url: `/api/certification-reports/${course.id}/abort`, body: { data: { reason } } });
}

/**
 * One issue report, as Pix saves it when it is entered:
 * `POST /api/certification-reports/{certificationCourseId}/certification-issue-reports`.
 *
 * @param issueReport a report as `validateIssueReport` returns it (unused fields null)
 */
export function toIssueReportRequest(certificationCourseId: number, issueReport: IssueReport): PixApiResult<IssueReportRequestBody> {
  const course = pathId(certificationCourseId, 'certificationCourseId');
  if (!course.ok) return course;
  const loaded = loadInput(IssueReportSchema, issueReport, 'issueReport');
  if (!loaded.ok) return refuse(loaded.error);
  const { category, subcategory, description, questionNumber } = loaded.value;
  return accept({
    method: 'POST',
    url: `/api/certification-reports/${course.id}/certification-issue-reports`,
    body: { data: { attributes: { category, subcategory, description, 'question-number': questionNumber } } },
  });
}

/**
 * Enrolment of pupils: `PUT /api/sessions/{sessionId}/enrol-students-to-session`.
 *
 * The ids are sent once each, in ascending order (as the `pix-students-enrol` event gives
 * them); an id that is not a positive integer refuses the whole request.
 *
 * @param detail the detail of the `pix-students-enrol` event
 */
export function toEnrolmentRequest(detail: { sessionId: number; studentIds: ReadonlyArray<number> }): PixApiResult<EnrolmentRequestBody> {
  const session = pathId(readProperty(detail, 'sessionId'), 'sessionId');
  if (!session.ok) return session;
  const studentIds = readProperty(detail, 'studentIds');
  if (!Array.isArray(studentIds)) return refuse(`studentIds: expected an array, got ${describeValue(studentIds)}`);
  const ids = new Set<number>();
  for (const [index, value] of (studentIds as unknown[]).entries()) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      return refuse(`studentIds.${index}: expected a positive integer, got ${describeValue(value)}`);
    }
    ids.add(value);
  }
  return accept({
    method: 'PUT',
    url: `/api/sessions/${session.id}/enrol-students-to-session`,
    body: { data: { attributes: { 'organization-learner-ids': [...ids].sort((a, b) => a - b) } } },
  });
}

/** The six attributes Pix takes, once the values pass the session form's own rules. */
function sessionAttributes(
  values: SessionFormValues,
): { ok: true; attributes: SessionAttributes } | { ok: false; reason: LocalisedMessage } {
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
export function toSessionCreateRequest(certificationCenterId: number, values: SessionFormValues): PixApiResult<SessionRequestBody> {
  const centre = pathId(certificationCenterId, 'certificationCenterId');
  if (!centre.ok) return centre;
  const session = sessionAttributes(values);
  if (!session.ok) return session;
  return accept({
    method: 'POST',
    url: `/api/certification-centers/${centre.id}/session`,
    body: { data: { type: 'sessions', attributes: session.attributes } },
  });
}

/**
 * Modification of a session: `PATCH /api/sessions/{sessionId}`, with the id repeated in the
 * body as a string (JSON:API).
 *
 * @param values the `session` of a `pix-session-submit` event in `edit` mode
 */
export function toSessionUpdateRequest(sessionId: number, values: SessionFormValues): PixApiResult<SessionRequestBody> {
  const target = pathId(sessionId, 'sessionId');
  if (!target.ok) return target;
  const session = sessionAttributes(values);
  if (!session.ok) return session;
  return accept({
    method: 'PATCH',
    url: `/api/sessions/${target.id}`,
    body: { data: { type: 'sessions', id: String(target.id), attributes: session.attributes } },
  });
}
