/**
 * What today's Pix API accepts, written down here on its own from the sources of 1024pix/pix
 * (as ../shared/spec/pix-certif-today.md names them, plus the route files read for these tests),
 * to hold the library's request helpers against. Nothing here comes from the library: not its
 * schemas, not its lists of categories. Each schema cites the file (and commit) it restates.
 *
 * A request is `{ method, path, body }` with a relative path; `checkRequest` finds its route,
 * checks the path's ids as the API's `identifiersType` does, then the body as the route's Joi
 * schema (or the controller and domain model behind it) does.
 */
import * as z from 'zod';

const PIX = '1024pix/pix';

/** `api/src/shared/domain/types/identifiers-type.js` @141963a48a8e63e2ece3886dc5a3394e57dbda51: every id is `positiveInteger32bits`. */
export const ID_SOURCE = `${PIX} api/src/shared/domain/types/identifiers-type.js @141963a48a8e63e2ece3886dc5a3394e57dbda51`;
export const ID_MIN = 1;
export const ID_MAX = 2 ** 31 - 1;

/** `api/src/certification/shared/domain/models/CertificationIssueReportCategory.js` @cbe123f145bce2dfe514547dfd6667ec538c60e4. */
export const CATEGORY_SOURCE = `${PIX} api/src/certification/shared/domain/models/CertificationIssueReportCategory.js @cbe123f145bce2dfe514547dfd6667ec538c60e4`;
export const API_CATEGORIES = [
  'OTHER',
  'CANDIDATE_INFORMATIONS_CHANGES',
  'SIGNATURE_ISSUE',
  'CONNECTION_OR_END_SCREEN',
  'IN_CHALLENGE',
  'FRAUD',
  'TECHNICAL_PROBLEM',
  'NON_BLOCKING_CANDIDATE_ISSUE',
  'NON_BLOCKING_TECHNICAL_ISSUE',
  'LATE_OR_LEAVING',
] as const;
export const API_SUBCATEGORIES = [
  'LEFT_EXAM_ROOM',
  'NAME_OR_BIRTHDATE',
  'EXTRA_TIME_PERCENTAGE',
  'IMAGE_NOT_DISPLAYING',
  'LINK_NOT_WORKING',
  'EMBED_NOT_WORKING',
  'FILE_NOT_OPENING',
  'WEBSITE_UNAVAILABLE',
  'WEBSITE_BLOCKED',
  'EXTRA_TIME_EXCEEDED',
  'SOFTWARE_NOT_WORKING',
  'UNINTENTIONAL_FOCUS_OUT',
  'OTHER',
  'SKIP_ON_OOPS',
  'ACCESSIBILITY_ISSUE',
] as const;
export const DEPRECATED_CATEGORIES: readonly string[] = ['TECHNICAL_PROBLEM', 'OTHER', 'LATE_OR_LEAVING', 'CONNECTION_OR_END_SCREEN'];
export const DEPRECATED_SUBCATEGORIES: readonly string[] = ['LINK_NOT_WORKING', 'OTHER', 'LEFT_EXAM_ROOM'];

/** `api/src/certification/shared/domain/models/CertificationIssueReport.js` @1aa9b7e8a2ee6dbdf0b9b4e7a62a77ac2d225322. */
export const ISSUE_REPORT_SOURCE = `${PIX} api/src/certification/shared/domain/models/CertificationIssueReport.js @1aa9b7e8a2ee6dbdf0b9b4e7a62a77ac2d225322`;
/** The errors it throws for a deprecated category or subcategory (pix-certif-today.md § 1.11). */
export const DEPRECATED_CATEGORY_MESSAGE = 'La catégorie de signalement choisie est dépréciée.';
export const DEPRECATED_SUBCATEGORY_MESSAGE = 'La sous-catégorie de signalement choisie est dépréciée.';
export const QUESTION_NUMBER_MIN = 1;
export const QUESTION_NUMBER_MAX = 500;

/** `api/src/certification/shared/domain/constants/abort-reasons.js` @7d72ea4a361fcc15b3712fa58f47ed7fb5875533. */
export const ABORT_REASONS_SOURCE = `${PIX} api/src/certification/shared/domain/constants/abort-reasons.js @7d72ea4a361fcc15b3712fa58f47ed7fb5875533`;
export const API_ABORT_REASONS = ['candidate', 'technical'] as const;

// Joi.string() refuses the empty string unless told otherwise; `.trim()` trims before that check.
const joiString = z.string().min(1);
const joiTrimmedString = z.string().refine((text) => text.trim() !== '', 'empty once trimmed');
/** An id as Joi's `number()` takes it: a number, or digits it converts. */
const joiId = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(ID_MIN).max(ID_MAX));

// ---------------------------------------------------------------------------------------------
// Issue reports: CertificationIssueReport.create() → validate(), restated.

const inChallengeSubcategories = [
  'IMAGE_NOT_DISPLAYING',
  'LINK_NOT_WORKING',
  'EMBED_NOT_WORKING',
  'FILE_NOT_OPENING',
  'WEBSITE_UNAVAILABLE',
  'WEBSITE_BLOCKED',
  'OTHER',
  'EXTRA_TIME_EXCEEDED',
  'SOFTWARE_NOT_WORKING',
  'UNINTENTIONAL_FOCUS_OUT',
  'SKIP_ON_OOPS',
  'ACCESSIBILITY_ISSUE',
] as const;

const certificationCourseId = z.number();
/** The per-category Joi schemas of CertificationIssueReport.js (validated with `allowUnknown: true`). */
const CATEGORY_SCHEMAS: Record<string, z.ZodType> = {
  SIGNATURE_ISSUE: z.looseObject({ certificationCourseId, category: z.literal('SIGNATURE_ISSUE'), description: joiTrimmedString }),
  CANDIDATE_INFORMATIONS_CHANGES: z.looseObject({
    certificationCourseId,
    category: z.literal('CANDIDATE_INFORMATIONS_CHANGES'),
    description: joiTrimmedString,
    subcategory: z.enum(['NAME_OR_BIRTHDATE', 'EXTRA_TIME_PERCENTAGE']),
  }),
  IN_CHALLENGE: z.looseObject({
    certificationCourseId,
    category: z.literal('IN_CHALLENGE'),
    questionNumber: z.number().min(QUESTION_NUMBER_MIN).max(QUESTION_NUMBER_MAX),
    subcategory: z.enum(inChallengeSubcategories),
  }),
  FRAUD: z.looseObject({ certificationCourseId, category: z.literal('FRAUD') }),
  NON_BLOCKING_CANDIDATE_ISSUE: z.looseObject({
    certificationCourseId,
    category: z.literal('NON_BLOCKING_CANDIDATE_ISSUE'),
    description: joiTrimmedString,
  }),
  NON_BLOCKING_TECHNICAL_ISSUE: z.looseObject({
    certificationCourseId,
    category: z.literal('NON_BLOCKING_TECHNICAL_ISSUE'),
    description: joiTrimmedString,
  }),
  TECHNICAL_PROBLEM: z.looseObject({ certificationCourseId, category: z.literal('TECHNICAL_PROBLEM'), description: joiTrimmedString }),
};

export type Verdict = { ok: true } | { ok: false; error: string };

/**
 * What the API does with an issue report once deserialised (`certification-issue-report-serializer`
 * reads `category`, `description`, `subcategory` and `question-number`, the course id from the
 * path): the constructor's nulling, the category's schema, then the deprecation checks.
 */
export function checkIssueReport(report: {
  certificationCourseId: number;
  category: unknown;
  subcategory?: unknown;
  description?: unknown;
  questionNumber?: unknown;
}): Verdict {
  const entity: Record<string, unknown> = { ...report };
  if (['NON_BLOCKING_CANDIDATE_ISSUE', 'NON_BLOCKING_TECHNICAL_ISSUE', 'SIGNATURE_ISSUE'].includes(String(entity['category']))) {
    entity['subcategory'] = null;
  }
  if (entity['category'] !== 'IN_CHALLENGE') entity['questionNumber'] = null;
  const schema = typeof entity['category'] === 'string' ? CATEGORY_SCHEMAS[entity['category']] : undefined;
  if (!schema || !Object.prototype.hasOwnProperty.call(CATEGORY_SCHEMAS, String(entity['category']))) {
    return { ok: false, error: `Unknown category : ${String(entity['category'])}` };
  }
  const parsed = schema.safeParse(entity);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  if (DEPRECATED_CATEGORIES.includes(entity['category'] as string)) return { ok: false, error: DEPRECATED_CATEGORY_MESSAGE };
  if (DEPRECATED_SUBCATEGORIES.includes(entity['subcategory'] as string)) return { ok: false, error: DEPRECATED_SUBCATEGORY_MESSAGE };
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// The routes.

export interface ApiRoute {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path, its ids as `{name}`. */
  path: string;
  /** What the body must be: `null` when the route takes none. */
  body: z.ZodType;
  /** Checks beyond the body's shape (the domain model behind the route), given the path's ids. */
  domain?: (body: unknown, ids: Record<string, number>) => Verdict;
  sources: string[];
}

const noBody = z.null();

/** `CertificationReport.js`'s `certificationReportSchemaForFinalization`, on a deserialised `included` entry. */
const finalisedReport = z
  .looseObject({
    type: z.literal('certification-reports'),
    id: z.string(),
    attributes: z.looseObject({
      id: z.string().optional(),
      firstName: joiString.optional(),
      lastName: joiString.optional(),
      certificationCourseId: z.number(),
      hasSeenEndTestScreen: z.boolean(),
      isCompleted: z.boolean(),
      abortReason: z.string().nullable(),
    }),
  })
  .refine((report) => report.attributes.isCompleted || !!report.attributes.abortReason, {
    message: 'Abort reason is required if certificationReport is not completed',
  })
  // `CertificationReport.idFromCertificationCourseId`, as Pix Certif gives it back.
  .refine((report) => report.id === `CertificationReport-${report.attributes.certificationCourseId}`, {
    message: 'the id of a certification report is CertificationReport-{certificationCourseId}',
  });

const sessionAttributes = z.looseObject({
  address: joiString,
  room: joiString,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/),
  examiner: joiString,
  description: z.string().nullable().optional(),
});

const SESSION_ROUTE = `${PIX} api/src/certification/enrolment/application/session-route.js @72d1afdb4d2930403da9e66e821b73788ef4e0b2`;
const CANDIDATE_ROUTE = `${PIX} api/src/certification/enrolment/application/certification-candidate-route.js @0a1433ebb4da12eac038fe92d37bc9b01edf4aac`;
const SUPERVISING_CANDIDATE_ROUTE = `${PIX} api/src/certification/session-management/application/certification-candidate-route.js @16e5dfd55dc84029519a25457b85bf58d4eb4863`;
const LIVE_ALERT_ROUTE = `${PIX} api/src/certification/session-management/application/session-live-alert-route.js @0a9ea7657a0c3d23c834ffb20b51f746deeccd74`;

export const ROUTES: ApiRoute[] = [
  {
    name: 'finalise a session',
    method: 'PUT',
    path: '/api/sessions/{sessionId}/finalization',
    // The route validates with `allowUnknown: true`; the controller reads `data.included` of type certification-reports.
    body: z.looseObject({
      data: z.looseObject({
        attributes: z.looseObject({
          'examiner-global-comment': z.string().max(500).nullable().optional(),
          'has-incident': z.boolean(),
          'has-joining-issue': z.boolean(),
        }),
        included: z.array(finalisedReport).optional(),
      }),
    }),
    sources: [
      `${PIX} api/src/certification/session-management/application/finalize-route.js @4e77073394db4ecb9e9c6ef785dcd24493b0528f`,
      `${PIX} api/src/certification/session-management/application/finalize-controller.js @0f8c9d52f753e85c4cf78390d0d6629c977e83f3`,
      `${PIX} api/src/certification/shared/domain/models/CertificationReport.js @30a9f07607a345b501db109587b2bc102edb8b8e`,
      'pix-certif-today.md § 1.7 (certif/app/adapters/session-management.js)',
    ],
  },
  {
    name: "a certification's abort reason",
    method: 'POST',
    path: '/api/certification-reports/{certificationCourseId}/abort',
    // Joi.object({ data: { reason } }) without allowUnknown: nothing else.
    body: z.strictObject({ data: z.strictObject({ reason: z.enum(API_ABORT_REASONS) }) }),
    sources: [
      `${PIX} api/src/certification/session-management/application/certification-report-route.js @33e7588f0c391a1191d8bf4cda641d4cafe73b46`,
      ABORT_REASONS_SOURCE,
      'pix-certif-today.md § 1.7 (certif/app/adapters/certification-report.js)',
    ],
  },
  {
    name: 'save an issue report',
    method: 'POST',
    path: '/api/certification-reports/{certificationCourseId}/certification-issue-reports',
    // The JSON:API resource Pix Certif's Ember Data model saves (§ 1.9.1).
    body: z.looseObject({
      data: z.looseObject({
        type: z.literal('certification-issue-reports'),
        attributes: z.strictObject({
          category: z.string(),
          subcategory: z.string().nullable().optional(),
          description: z.string().nullable().optional(),
          'question-number': z.number().nullable().optional(),
        }),
        relationships: z.looseObject({
          'certification-report': z.object({ data: z.object({ type: z.literal('certification-reports'), id: z.string() }) }),
        }),
      }),
    }),
    domain: (body, ids) => {
      const { data } = body as { data: { attributes: Record<string, unknown>; relationships: Record<string, { data: { id: string } }> } };
      if (data.relationships['certification-report']!.data.id !== `CertificationReport-${ids['certificationCourseId']}`) {
        return { ok: false, error: 'the relationship names another certification report' };
      }
      return checkIssueReport({
        certificationCourseId: ids['certificationCourseId']!,
        category: data.attributes['category'],
        description: data.attributes['description'],
        subcategory: data.attributes['subcategory'],
        questionNumber: data.attributes['question-number'],
      });
    },
    sources: [
      `${PIX} api/src/certification/session-management/application/certification-report-route.js @33e7588f0c391a1191d8bf4cda641d4cafe73b46`,
      ISSUE_REPORT_SOURCE,
      CATEGORY_SOURCE,
      'pix-certif-today.md § 1.9.1, § 1.11 (certif/app/adapters/certification-issue-report.js @99e2bf4a08c6fec0c2d3798b51ee4ea37439a5a9)',
    ],
  },
  {
    name: 'delete an issue report',
    method: 'DELETE',
    path: '/api/certification-issue-reports/{id}',
    body: noBody,
    sources: [
      `${PIX} api/src/certification/session-management/application/certification-issue-report-route.js @1d9b053559c073452c61c6eb3bfb8a3e620447e3`,
      'pix-certif-today.md § 1.7, § 1.9.2',
    ],
  },
  {
    name: 'enrol pupils',
    method: 'PUT',
    path: '/api/sessions/{id}/enrol-students-to-session',
    // No Joi payload: what the controller reads, as Pix Certif sends it.
    body: z.looseObject({
      data: z.looseObject({ attributes: z.looseObject({ 'organization-learner-ids': z.array(z.number().int().min(ID_MIN).max(ID_MAX)) }) }),
    }),
    sources: [
      `${PIX} api/src/certification/enrolment/application/enrolment-route.js @c9412120c551bcbe9261bb8e66705b93dd6bfe50`,
      `${PIX} certif/mirage/config.js (PUT /sessions/:id/enrol-students-to-session reads data.attributes['organization-learner-ids'])`,
    ],
  },
  {
    name: 'create a session',
    method: 'POST',
    path: '/api/certification-centers/{certificationCenterId}/session',
    body: z.looseObject({ data: z.looseObject({ attributes: sessionAttributes }) }),
    sources: [SESSION_ROUTE],
  },
  {
    name: 'modify a session',
    method: 'PATCH',
    path: '/api/sessions/{sessionId}',
    body: z.looseObject({ data: z.looseObject({ attributes: sessionAttributes }) }),
    sources: [SESSION_ROUTE],
  },
  {
    name: 'delete a session',
    method: 'DELETE',
    path: '/api/sessions/{sessionId}',
    body: noBody,
    sources: [SESSION_ROUTE, 'pix-certif-today.md § 2.4'],
  },
  {
    name: 'delete an enrolled candidate',
    method: 'DELETE',
    path: '/api/sessions/{sessionId}/certification-candidates/{certificationCandidateId}',
    body: noBody,
    sources: [CANDIDATE_ROUTE, 'pix-certif-today.md § 4.3, § 4.4'],
  },
  {
    name: "a candidate's accessibility adjustment",
    method: 'PATCH',
    path: '/api/sessions/{sessionId}/certification-candidates/{certificationCandidateId}',
    body: z.strictObject({ data: z.strictObject({ attributes: z.strictObject({ 'accessibility-adjustment-needed': z.boolean() }) }) }),
    sources: [CANDIDATE_ROUTE, 'pix-certif-today.md § 4.6'],
  },
  {
    name: "the invigilator's login",
    method: 'POST',
    path: '/api/sessions/supervise',
    body: z.strictObject({
      data: z.strictObject({
        id: joiId,
        type: z.literal('invigilator-authentications'),
        attributes: z.strictObject({ 'invigilator-password': joiString, 'session-id': joiId }),
      }),
    }),
    sources: [
      `${PIX} api/src/certification/session-management/application/supervise-route.js @4e77073394db4ecb9e9c6ef785dcd24493b0528f`,
      'pix-certif-today.md § 5.3',
    ],
  },
  {
    name: "the invigilator's kit",
    method: 'GET',
    path: '/api/sessions/{id}/invigilator-kit',
    body: noBody,
    sources: ['pix-certif-today.md § 5.4, § 5.8'],
  },
  {
    name: "a candidate's presence",
    method: 'POST',
    path: '/api/certification-candidates/{certificationCandidateId}/authorize-to-start',
    body: z.strictObject({ 'authorized-to-start': z.boolean() }),
    sources: [SUPERVISING_CANDIDATE_ROUTE, 'pix-certif-today.md § 5.6'],
  },
  {
    name: 'resume a test',
    method: 'POST',
    path: '/api/certification-candidates/{id}/authorize-to-resume',
    body: noBody,
    sources: [SUPERVISING_CANDIDATE_ROUTE, 'pix-certif-today.md § 5.6'],
  },
  {
    name: 'end a test',
    method: 'PATCH',
    // Named end-assessment-by-supervisor in the route file read; today's name, as § 5.6 and § 5.8 give it.
    path: '/api/certification-candidates/{id}/end-assessment-by-invigilator',
    body: noBody,
    sources: ['pix-certif-today.md § 5.6, § 5.8', SUPERVISING_CANDIDATE_ROUTE],
  },
  {
    name: 'validate a live alert',
    method: 'PATCH',
    path: '/api/sessions/{id}/candidates/{candidateId}/validate-live-alert',
    // The controller passes `payload.subcategory` on; validating the alert saves an IN_CHALLENGE issue report.
    body: z.looseObject({ subcategory: z.enum(inChallengeSubcategories) }),
    domain: (body) =>
      DEPRECATED_SUBCATEGORIES.includes((body as { subcategory: string }).subcategory)
        ? { ok: false, error: DEPRECATED_SUBCATEGORY_MESSAGE }
        : { ok: true },
    sources: [
      LIVE_ALERT_ROUTE,
      `${PIX} api/src/certification/session-management/application/session-live-alert-controller.js @0a9ea7657a0c3d23c834ffb20b51f746deeccd74`,
      ISSUE_REPORT_SOURCE,
      'pix-certif-today.md § 5.7',
    ],
  },
  {
    name: 'dismiss a live alert',
    method: 'PATCH',
    path: '/api/sessions/{sessionId}/candidates/{candidateId}/dismiss-live-alert',
    body: noBody,
    sources: [LIVE_ALERT_ROUTE, 'pix-certif-today.md § 5.7'],
  },
  {
    name: "clear the extension's alert",
    method: 'PATCH',
    path: '/api/sessions/{sessionId}/users/{userId}/clear-companion-alert',
    body: noBody,
    sources: [
      `${PIX} api/src/certification/session-management/application/companion-alert-route.js @29d5e6083c78c21ccffb34afbc201d0171267b7c`,
      'pix-certif-today.md § 5.7',
    ],
  },
];

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  // Route paths hold letters, digits, dashes, slashes and `{name}` only: nothing else to escape.
  const source = pattern.replace(/\{(\w+)\}/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}$`).exec(path);
  return match ? Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) : null;
}

export type RequestVerdict = { ok: true; route: ApiRoute } | { ok: false; error: string };

/**
 * Holds one request against the API: its route (method and path), the path's ids, its body as
 * sent over the wire (through JSON), and the domain rules behind the route.
 */
export function checkRequest(request: { method: string; path: string; body: unknown }): RequestVerdict {
  const candidates = ROUTES.filter((route) => route.method === request.method);
  for (const route of candidates) {
    const params = matchPath(route.path, request.path);
    if (!params) continue;
    const ids: Record<string, number> = {};
    for (const [name, segment] of Object.entries(params)) {
      // A path segment is digits only (no sign, no space, no exponent), within identifiersType's range.
      if (!/^\d+$/.test(segment) || Number(segment) < ID_MIN || Number(segment) > ID_MAX) {
        return { ok: false, error: `${route.name}: ${name} "${segment}" is not an id (${ID_SOURCE})` };
      }
      ids[name] = Number(segment);
    }
    const wire = request.body === undefined ? null : (JSON.parse(JSON.stringify(request.body)) as unknown);
    const parsed = route.body.safeParse(wire);
    if (!parsed.success) return { ok: false, error: `${route.name}: ${z.prettifyError(parsed.error)}` };
    const domain = route.domain?.(wire, ids) ?? { ok: true };
    if (!domain.ok) return { ok: false, error: `${route.name}: ${domain.error}` };
    return { ok: true, route };
  }
  return { ok: false, error: `no route of the Pix API for ${request.method} ${request.path}` };
}

/**
 * A finalisation as Pix Certif sends it (pix-certif-today.md § 1.7, `finalizeSession` of
 * certif/app/controllers/authenticated/sessions/finalize.js): each unfinished report's abort,
 * in order, then the PUT, whose unfinished reports are exactly the ones aborted, with the same
 * reasons.
 */
export function checkFinalisationSequence(requests: ReadonlyArray<{ method: string; path: string; body: unknown }>): Verdict {
  for (const request of requests) {
    const verdict = checkRequest(request);
    if (!verdict.ok) return verdict;
  }
  const last = requests.at(-1);
  if (!last || last.method !== 'PUT' || !/^\/api\/sessions\/\d+\/finalization$/.test(last.path)) {
    return { ok: false, error: 'a finalisation ends with its PUT' };
  }
  const aborts = requests.slice(0, -1);
  const abortPattern = /^\/api\/certification-reports\/(\d+)\/abort$/;
  if (!aborts.every((request) => request.method === 'POST' && abortPattern.test(request.path))) {
    return { ok: false, error: 'only aborts come before the PUT' };
  }
  const aborted = aborts.map((request) => [
    Number(abortPattern.exec(request.path)![1]),
    (request.body as { data: { reason: string } }).data.reason,
  ]);
  const included =
    (
      last.body as {
        data: { included?: Array<{ attributes: { certificationCourseId: number; isCompleted: boolean; abortReason: string } }> };
      }
    ).data.included ?? [];
  const unfinished = included
    .filter((report) => !report.attributes.isCompleted)
    .map((report) => [report.attributes.certificationCourseId, report.attributes.abortReason]);
  if (JSON.stringify(aborted) !== JSON.stringify(unfinished)) {
    return {
      ok: false,
      error: `the aborts ${JSON.stringify(aborted)} are not the unfinished reports ${JSON.stringify(unfinished)}, in order`,
    };
  }
  return { ok: true };
}
