import * as z from './z.js';

import {
  ABORT_REASONS,
  ACCESS_CODE_PATTERN,
  COMMENT_LIMIT,
  COMMENT_MODES,
  DEFAULT_EDITION,
  DESCRIPTION_LIMIT,
  EDITIONS,
  QUESTION_NUMBER_MAX,
  SESSION_DESCRIPTION_LIMIT,
  SESSION_STATUSES,
  SESSION_STATUS_FILTERS,
  SESSION_TEXT_LIMIT,
  TIME_PATTERN,
  isCalendarDate,
} from './constants.js';

export * from './constants.js';

/**
 * What `z.int()` checks, with the checks the schemas already ship (zod's number formats cost
 * 0.4 kB min+gzip): an integer, or one issue and nothing else checked; then a safe one.
 */
const int = () => z.number().check(z.refine(Number.isInteger, { abort: true }), z.refine(Number.isSafeInteger));
const id = int().check(z.positive());
const isoDate = z.string().check(z.refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD'));
const time = z.string().check(z.regex(TIME_PATTERN, 'Expected a time as HH:MM'));
const abortReason = z.literal(ABORT_REASONS);

function uniqueBy<T>(key: (item: T) => unknown, message: string) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, message);
}

export const SessionSchema = z.object({
  id,
  address: z.string(),
  room: z.string(),
  examiner: z.string(),
  date: isoDate,
  time,
  accessCode: z.string().check(z.regex(ACCESS_CODE_PATTERN, 'Expected 6 upper-case letters or digits')),
  description: z._default(z.nullable(z.string()), null),
  status: z.literal(SESSION_STATUSES),
  certificationCenterName: z.optional(z.string()),
  version: z._default(z.literal([2, 3]), 2),
  /** The invigilator's session password, shown as "C-" + value in edition "current" (none: null, absent or ""). */
  invigilatorPassword: z.optional(z.nullable(z.string())),
  /** The 24-hour entry window is over (no new certification can start). */
  hasExpired: z.optional(z.boolean()),
});
/** A session as a host gives it. */
export type Session = z.input<typeof SessionSchema>;
/** A session once validated: defaults applied. */
export type ValidSession = z.output<typeof SessionSchema>;

export const IssueReportSchema = z.object({
  /** The report's id on the host's server, once saved there (edition "current" saves reports at once). */
  id: z.optional(z.nullable(id)),
  category: z.string().check(z.minLength(1)),
  subcategory: z._default(z.nullable(z.string().check(z.minLength(1))), null),
  description: z._default(
    z.nullable(
      z.string().check(
        z.maxLength(DESCRIPTION_LIMIT),
        z.refine((text) => text.trim() === text && text !== '', 'Expected a trimmed, non-empty description'),
      ),
    ),
    null,
  ),
  questionNumber: z._default(z.nullable(int().check(z.gte(1), z.lte(QUESTION_NUMBER_MAX))), null),
});
export type IssueReport = z.output<typeof IssueReportSchema>;
export type IssueReportInput = z.input<typeof IssueReportSchema>;

/**
 * An issue report as a host passes it inside a certification report: the shape only. The
 * catalogue's rules (and trimming) are applied by `validateIssueReport`.
 */
export const IssueReportInputSchema = z.object({
  id: z.optional(z.nullable(id)),
  category: z.string(),
  subcategory: z._default(z.nullable(z.string()), null),
  description: z._default(z.nullable(z.string()), null),
  questionNumber: z._default(z.nullable(z.number()), null),
});

export const CertificationReportSchema = z.object({
  certificationCourseId: id,
  firstName: z.string(),
  lastName: z.string(),
  isCompleted: z.boolean(),
  hasSeenEndTestScreen: z._default(z.boolean(), false),
  abortReason: z._default(z.nullable(abortReason), null),
  issueReports: z._default(z.array(IssueReportInputSchema), () => []),
});
/** A certification report as a host gives it. */
export type CertificationReport = z.input<typeof CertificationReportSchema>;
export type ValidCertificationReport = z.output<typeof CertificationReportSchema>;

export const CertificationReportsSchema = z
  .array(CertificationReportSchema)
  .check(uniqueBy((report) => report.certificationCourseId, 'Duplicate certificationCourseId'));

/** What a candidate enrolled for, besides Pix itself (`CORE`). */
export const SUBSCRIPTIONS = ['CORE', 'CLEA', 'DROIT', 'EDU_1ER_DEGRE', 'EDU_2ND_DEGRE', 'EDU_CPE', 'PRO_SANTE'] as const;
export type Subscription = (typeof SUBSCRIPTIONS)[number];

/** A share of extra time: 0.3 is 30 %. */
const extraTime = z.number().check(z.gte(0));

export const CandidateSchema = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  birthdate: isoDate,
  division: z._default(z.nullable(z.string()), null),
  hasStarted: z._default(z.boolean(), false),
  // Today's Pix Certif (pix-certif-today.md § 4.7), all optional: a candidate of the 2021 guide stays valid as it was.
  birthCity: z.optional(z.nullable(z.string())),
  birthCountry: z.optional(z.nullable(z.string())),
  extraTimePercentage: z.optional(z.nullable(extraTime)),
  accessibilityAdjustmentNeeded: z.optional(z.boolean()),
  /** The candidate joined the session: they can be neither edited nor deleted. */
  isLinked: z.optional(z.boolean()),
  subscription: z.optional(z.literal(SUBSCRIPTIONS)),
});
export type Candidate = z.input<typeof CandidateSchema>;
export type ValidCandidate = z.output<typeof CandidateSchema>;
export const CandidatesSchema = z.array(CandidateSchema).check(uniqueBy((candidate) => candidate.id, 'Duplicate candidate id'));
export const ASSESSMENT_STATUSES = ['started', 'completed', 'aborted', 'endedByInvigilator'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

const isoDateTime = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), 'Expected an ISO date-time'));

/** A row of the invigilator space (pix-certif-today.md § 5.8), as the host gives it at each poll. */
export const SupervisedCandidateSchema = z.object({
  id,
  userId: z._default(z.nullable(id), null),
  firstName: z.string(),
  lastName: z.string(),
  birthdate: isoDate,
  extraTimePercentage: z._default(z.nullable(extraTime), null),
  authorizedToStart: z.boolean(),
  assessmentStatus: z.nullable(z.literal(ASSESSMENT_STATUSES)),
  startDateTime: z._default(z.nullable(isoDateTime), null),
  theoricalEndDateTime: z._default(z.nullable(isoDateTime), null),
  subscription: z._default(z.literal(SUBSCRIPTIONS), 'CORE'),
  isStillEligibleToDoubleCertification: z._default(z.boolean(), true),
  hasExceededCertificationDuration: z._default(z.boolean(), false),
  challengeLiveAlert: z._default(
    z.nullable(
      z.object({
        status: z.literal(['ongoing', 'dismissed', 'validated']),
        hasEmbed: z._default(z.boolean(), false),
        hasImage: z._default(z.boolean(), false),
        isFocus: z._default(z.boolean(), false),
        hasAttachment: z._default(z.boolean(), false),
      }),
    ),
    null,
  ),
  companionLiveAlert: z._default(z.nullable(z.object({ status: z.literal(['ongoing', 'cleared']) })), null),
});
export type SupervisedCandidate = z.input<typeof SupervisedCandidateSchema>;
export type ValidSupervisedCandidate = z.output<typeof SupervisedCandidateSchema>;
export const SupervisedCandidatesSchema = z
  .array(SupervisedCandidateSchema)
  .check(uniqueBy((candidate) => candidate.id, 'Duplicate candidate id'));

export const StudentSchema = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  birthdate: isoDate,
  division: z.string(),
  isEnrolled: z.boolean(),
});
export type Student = z.output<typeof StudentSchema>;
export const StudentsSchema = z.array(StudentSchema).check(uniqueBy((student) => student.id, 'Duplicate student id'));

/** `HH:MM`, or `HH:MM:SS` as Pix's API gives it (the seconds are dropped). */
const summaryTime = z.pipe(
  z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Expected a time as HH:MM')),
  z.transform((text) => text.slice(0, 5)),
);
const count = int().check(z.gte(0));

/** A row of `<pix-session-list>` (pix-certif-today.md § 2.3). */
export const SessionSummarySchema = z.object({
  id,
  address: z.string(),
  room: z.string(),
  date: isoDate,
  time: summaryTime,
  examiner: z.string(),
  enrolledCandidatesCount: count,
  effectiveCandidatesCount: count,
  status: z.literal(SESSION_STATUSES),
});
/** A session of the list as a host gives it. */
export type SessionSummary = z.input<typeof SessionSummarySchema>;
/** A session of the list once validated (time as `HH:MM`). */
export type ValidSessionSummary = z.output<typeof SessionSummarySchema>;
export const SessionSummariesSchema = z.array(SessionSummarySchema).check(uniqueBy((session) => session.id, 'Duplicate session id'));

/** The list's filters as a host restores them (`.filters`): each one absent or null means "not set". */
export const SessionListFiltersSchema = z.object({
  sessionId: z._default(z.nullable(int().check(z.gte(0))), null),
  status: z._default(z.nullable(z.literal(SESSION_STATUS_FILTERS)), null),
  startDate: z._default(z.nullable(isoDate), null),
  endDate: z._default(z.nullable(isoDate), null),
});
export type SessionListFilters = z.output<typeof SessionListFiltersSchema>;
export type SessionListFiltersInput = z.input<typeof SessionListFiltersSchema>;

export const FinalisedCertificationReportSchema = z
  .object({
    certificationCourseId: id,
    isCompleted: z.boolean(),
    hasSeenEndTestScreen: z.boolean(),
    abortReason: z.nullable(abortReason),
    issueReports: z.array(IssueReportSchema),
  })
  .check(
    z.refine(
      (report) => (report.isCompleted ? report.abortReason === null : report.abortReason !== null),
      'An unfinished certification needs an abortReason; a finished one has none',
    ),
    z.refine((report) => report.isCompleted || !report.hasSeenEndTestScreen, 'An unfinished certification cannot have its end screen seen'),
  );

export const FinalisationPayloadSchema = z.object({
  sessionId: id,
  examinerGlobalComment: z.nullable(
    z.string().check(
      z.maxLength(COMMENT_LIMIT),
      z.refine((text) => text.trim() === text && text !== '', 'Expected a trimmed, non-empty comment'),
    ),
  ),
  // Absent (a payload built before they existed): false, as the API's own default.
  hasIncident: z._default(z.boolean('Expected true or false'), false),
  hasJoiningIssue: z._default(z.boolean('Expected true or false'), false),
  certificationReports: z
    .array(FinalisedCertificationReportSchema)
    .check(uniqueBy((report) => report.certificationCourseId, 'Duplicate certificationCourseId')),
});
export type FinalisationPayload = z.output<typeof FinalisationPayloadSchema>;

export const DocumentsValuesSchema = z.object({
  certificationCenterName: z._default(z.string().check(z.maxLength(SESSION_TEXT_LIMIT)), ''),
  sessionNumber: z._default(z.string().check(z.maxLength(20)), ''),
  comment: z._default(z.string().check(z.maxLength(COMMENT_LIMIT)), ''),
});
export type DocumentsValues = z.output<typeof DocumentsValuesSchema>;

export const DraftReportSchema = z.object({
  certificationCourseId: id,
  hasSeenEndTestScreen: z.boolean(),
  abortReason: z.nullable(abortReason),
  // The shape only: each report is checked against the catalogue when the draft is applied,
  // so that one bad report (an over-long description) drops that report, not the whole draft.
  issueReports: z.array(IssueReportInputSchema),
});
export type DraftReport = z.output<typeof DraftReportSchema>;

/**
 * Everything a person has entered on the finalisation page, as plain JSON: given back to a
 * new wizard through `.draft`, it restores the same screen.
 */
export const FinalisationDraftSchema = z.object({
  sessionId: id,
  // A draft saved before editions existed is the guide's.
  edition: z._default(z.literal(EDITIONS), DEFAULT_EDITION),
  reports: z.array(DraftReportSchema).check(uniqueBy((report) => report.certificationCourseId, 'Duplicate certificationCourseId')),
  commentMode: z._default(z.literal(COMMENT_MODES), 'none'),
  comment: z._default(z.string().check(z.maxLength(COMMENT_LIMIT)), ''),
  documents: z._default(DocumentsValuesSchema, () => ({ certificationCenterName: '', sessionNumber: '', comment: '' })),
  hasIncident: z._default(z.boolean(), false),
  hasJoiningIssue: z._default(z.boolean(), false),
});
export type FinalisationDraft = z.output<typeof FinalisationDraftSchema>;
export type FinalisationDraftInput = z.input<typeof FinalisationDraftSchema>;

/**
 * The session form's values once valid (trimmed, description null when blank). Messages are
 * message keys of the i18n layer, so a form shows them in the page's language.
 */
const requiredText = (requiredKey: string) =>
  z.string(requiredKey).check(z.trim(), z.minLength(1, requiredKey), z.maxLength(SESSION_TEXT_LIMIT, 'validation.max255'));

// An empty date or time is "missing", not also "invalid": `abort` keeps it to one message.
export const SessionFormValuesSchema = z.object({
  address: requiredText('session.address.required'),
  room: requiredText('session.room.required'),
  date: z
    .string('session.date.required')
    .check(z.trim(), z.minLength(1, { error: 'session.date.required', abort: true }), z.refine(isCalendarDate, 'session.date.invalid')),
  time: z
    .string('session.time.required')
    .check(z.trim(), z.minLength(1, { error: 'session.time.required', abort: true }), z.regex(TIME_PATTERN, 'session.time.invalid')),
  examiner: requiredText('session.examiner.required'),
  description: z.pipe(
    z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(SESSION_DESCRIPTION_LIMIT, 'validation.max350')))),
    z.transform((text) => (text ? text : null)),
  ),
});
export type SessionFormValues = z.output<typeof SessionFormValuesSchema>;
export type SessionFormInput = z.input<typeof SessionFormValuesSchema>;
