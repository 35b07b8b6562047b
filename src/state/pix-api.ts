import { isAbortReason, type AbortReason, type FinalisationPayload, type IssueReport, type SessionFormValues } from './schemas.js';

/**
 * Optional helpers that turn the library's data into the request bodies of the Pix API, for a
 * host that talks to Pix itself. They build requests and send nothing: the host keeps its own
 * HTTP client, authentication and error handling.
 */

export type PixApiMethod = 'POST' | 'PUT' | 'PATCH';

/** One request to the Pix API: `url` is a path, to be joined to the host's API origin. */
export interface PixApiRequest<Body> {
  method: PixApiMethod;
  url: string;
  body: Body;
}

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
// anything: they read defensively so that they never throw.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asNullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function asPositiveId(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}

/**
 * An id as a URL path segment. Anything that is not a positive integer becomes `invalid`, so
 * that a bad value can never address another resource (`..`, `/`, `?`): the server refuses it.
 */
function pathId(value: unknown): string {
  const id = asPositiveId(value);
  return id === null ? 'invalid' : String(id);
}

function asAbortReason(value: unknown): AbortReason | null {
  return isAbortReason(value) ? value : null;
}

function asQuestionNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function trimmedOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/**
 * The finalisation request: `PUT /api/sessions/{sessionId}/finalization`.
 *
 * `has-incident` is true exactly when there is a global comment; `has-joining-issue` is always
 * false (the guide's workflow has no such question). `included` sits inside `data`, as Pix
 * expects. Issue reports are not part of it: Pix saves each one when it is entered (see
 * {@link toIssueReportRequest}).
 *
 * @param payload the detail of the `pix-finalise` event
 * @param reports the certification reports given to the wizard, for the candidates' names
 *   (matched by `certificationCourseId`; an unknown one gets empty names)
 */
export function toFinalisationRequest(
  payload: FinalisationPayload,
  reports: ReadonlyArray<ReportIdentity>,
): PixApiRequest<FinalisationRequestBody> {
  const source: Record<string, unknown> = isRecord(payload) ? payload : {};
  const names = new Map<number, { firstName: string; lastName: string }>();
  for (const report of asArray(reports)) {
    if (!isRecord(report)) continue;
    const id = asPositiveId(report['certificationCourseId']);
    // The first entry wins, as a duplicate id is a host error and must not swap names silently.
    if (id !== null && !names.has(id)) {
      names.set(id, { firstName: asString(report['firstName']), lastName: asString(report['lastName']) });
    }
  }
  const comment = trimmedOrNull(source['examinerGlobalComment']);
  const included: FinalisationRequestBody['data']['included'] = [];
  for (const report of asArray(source['certificationReports'])) {
    if (!isRecord(report)) continue;
    const id = asPositiveId(report['certificationCourseId']);
    if (id === null) continue;
    const name = names.get(id);
    included.push({
      type: 'certification-reports',
      id: `CertificationReport-${id}`,
      attributes: {
        certificationCourseId: id,
        firstName: name?.firstName ?? '',
        lastName: name?.lastName ?? '',
        hasSeenEndTestScreen: report['hasSeenEndTestScreen'] === true,
        isCompleted: report['isCompleted'] === true,
        abortReason: asAbortReason(report['abortReason']),
      },
    });
  }
  return {
    method: 'PUT',
    url: `/api/sessions/${pathId(source['sessionId'])}/finalization`,
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
  };
}

/**
 * The abandonment reason of one unfinished certification:
 * `POST /api/certification-reports/{certificationCourseId}/abort`.
 */
export function toAbortReasonRequest(certificationCourseId: number, reason: AbortReason): PixApiRequest<AbortReasonRequestBody> {
  return {
    method: 'POST',
    url: `/api/certification-reports/${pathId(certificationCourseId)}/abort`,
    body: { data: { reason: asAbortReason(reason) } },
  };
}

/**
 * One issue report, as Pix saves it when it is entered:
 * `POST /api/certification-reports/{certificationCourseId}/certification-issue-reports`.
 *
 * @param issueReport a report as `validateIssueReport` returns it (unused fields null)
 */
export function toIssueReportRequest(certificationCourseId: number, issueReport: IssueReport): PixApiRequest<IssueReportRequestBody> {
  const report: Record<string, unknown> = isRecord(issueReport) ? issueReport : {};
  return {
    method: 'POST',
    url: `/api/certification-reports/${pathId(certificationCourseId)}/certification-issue-reports`,
    body: {
      data: {
        attributes: {
          category: asString(report['category']),
          subcategory: asNullableString(report['subcategory']),
          description: asNullableString(report['description']),
          'question-number': asQuestionNumber(report['questionNumber']),
        },
      },
    },
  };
}

/**
 * Enrolment of pupils: `PUT /api/sessions/{sessionId}/enrol-students-to-session`.
 *
 * The ids are sent once each, in ascending order (as the `pix-students-enrol` event gives
 * them); values that are not positive integers are left out.
 *
 * @param detail the detail of the `pix-students-enrol` event
 */
export function toEnrolmentRequest(detail: { sessionId: number; studentIds: ReadonlyArray<number> }): PixApiRequest<EnrolmentRequestBody> {
  const source: Record<string, unknown> = isRecord(detail) ? detail : {};
  const ids = new Set<number>();
  for (const value of asArray(source['studentIds'])) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ids.add(value);
  }
  return {
    method: 'PUT',
    url: `/api/sessions/${pathId(source['sessionId'])}/enrol-students-to-session`,
    body: { data: { attributes: { 'organization-learner-ids': [...ids].sort((a, b) => a - b) } } },
  };
}

function sessionAttributes(values: SessionFormValues): SessionAttributes {
  const source: Record<string, unknown> = isRecord(values) ? values : {};
  return {
    address: asString(source['address']),
    room: asString(source['room']),
    date: asString(source['date']),
    time: asString(source['time']),
    examiner: asString(source['examiner']),
    description: trimmedOrNull(source['description']),
  };
}

/**
 * Creation of a session in a certification centre:
 * `POST /api/certification-centers/{certificationCenterId}/session`.
 *
 * @param values the `session` of a `pix-session-submit` event in `create` mode
 */
export function toSessionCreateRequest(certificationCenterId: number, values: SessionFormValues): PixApiRequest<SessionRequestBody> {
  return {
    method: 'POST',
    url: `/api/certification-centers/${pathId(certificationCenterId)}/session`,
    body: { data: { type: 'sessions', attributes: sessionAttributes(values) } },
  };
}

/**
 * Modification of a session: `PATCH /api/sessions/{sessionId}`, with the id repeated in the
 * body as a string (JSON:API).
 *
 * @param values the `session` of a `pix-session-submit` event in `edit` mode
 */
export function toSessionUpdateRequest(sessionId: number, values: SessionFormValues): PixApiRequest<SessionRequestBody> {
  const id = pathId(sessionId);
  return {
    method: 'PATCH',
    url: `/api/sessions/${id}`,
    body: { data: { type: 'sessions', id, attributes: sessionAttributes(values) } },
  };
}
