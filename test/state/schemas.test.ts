import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  ABORT_REASONS,
  ACCESS_CODE_PATTERN,
  CandidateSchema,
  CandidatesSchema,
  CertificationReportSchema,
  CertificationReportsSchema,
  COMMENT_LIMIT,
  COMMENT_MODES,
  DESCRIPTION_LIMIT,
  DocumentsValuesSchema,
  DraftReportSchema,
  FinalisationDraftSchema,
  FinalisationPayloadSchema,
  FinalisedCertificationReportSchema,
  IssueReportInputSchema,
  IssueReportSchema,
  isAbortReason,
  isCalendarDate,
  isTime,
  QUESTION_NUMBER_MAX,
  SESSION_DESCRIPTION_LIMIT,
  SESSION_STATUSES,
  SESSION_TEXT_LIMIT,
  SessionFormValuesSchema,
  SessionSchema,
  StudentSchema,
  StudentsSchema,
  TIME_PATTERN,
} from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';

interface Parser {
  safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

function parsed(schema: Parser, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Expected success, got ${JSON.stringify(result.error?.issues)}`);
  return result.data;
}

/** The paths of the issues a refused input raises ("" for the root). */
function refusedAt(schema: Parser, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a refusal of ${JSON.stringify(input)}`);
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

function messagesOf(schema: Parser, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a refusal of ${JSON.stringify(input)}`);
  return (result.error?.issues ?? []).map((issue) => issue.message);
}

const without = <T extends object>(value: T, key: keyof T) => {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key as string];
  return copy;
};

const BAD_IDS: unknown[] = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, '296', null, undefined, true];

describe('schemas: constants', () => {
  it('carry the limits and enumerations of the spec', () => {
    expect(SESSION_STATUSES).to.deep.equal(['created', 'finalized', 'in_process', 'processed']);
    expect(ABORT_REASONS).to.deep.equal(['candidate', 'technical']);
    expect(COMMENT_MODES).to.deep.equal(['none', 'incident']);
    expect([DESCRIPTION_LIMIT, COMMENT_LIMIT, QUESTION_NUMBER_MAX, SESSION_TEXT_LIMIT, SESSION_DESCRIPTION_LIMIT]).to.deep.equal([
      500, 500, 500, 255, 350,
    ]);
    expect(ACCESS_CODE_PATTERN.test('VRRJ30')).to.equal(true);
    expect(TIME_PATTERN.test('23:59')).to.equal(true);
  });
});

describe('schemas: isCalendarDate and isTime', () => {
  it('accepts real calendar days only', () => {
    for (const date of ['2020-12-14', '2021-01-31', '2021-02-28', '2021-04-30', '2021-12-31', '0001-01-01', '9999-12-31']) {
      expect(isCalendarDate(date), date).to.equal(true);
    }
    for (const date of [
      '2021-02-30',
      '2021-02-29',
      '2021-04-31',
      '2021-06-31',
      '2021-09-31',
      '2021-11-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '2021-01-32',
    ]) {
      expect(isCalendarDate(date), date).to.equal(false);
    }
  });

  it('knows the leap years (every 4, not every 100, every 400)', () => {
    for (const year of ['2020', '2024', '2000', '1600', '0004', '0000']) expect(isCalendarDate(`${year}-02-29`), year).to.equal(true);
    for (const year of ['2021', '2023', '1900', '2100', '1700', '0001', '0100'])
      expect(isCalendarDate(`${year}-02-29`), year).to.equal(false);
  });

  it('accepts only the YYYY-MM-DD form', () => {
    for (const value of [
      '2021-1-05',
      '21-01-05',
      '2021/01/05',
      '05/01/2021',
      ' 2021-01-05',
      '2021-01-05 ',
      '2021-01-05T00:00',
      '',
      '+02021-01-05',
      '２０２１-01-05',
    ]) {
      expect(isCalendarDate(value), value).to.equal(false);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => isCalendarDate(value as string) === false || typeof value === 'string'));
    expect(isCalendarDate(Symbol('x') as unknown as string)).to.equal(false);
    expect(isTime(Symbol('x') as unknown as string)).to.equal(false);
    expect(isCalendarDate(undefined as unknown as string)).to.equal(false);
  });

  it('agrees with the calendar for every day of four years', () => {
    const start = Date.UTC(1999, 11, 1);
    for (let day = 0; day < 4 * 366; day += 1) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      expect(isCalendarDate(date), date).to.equal(true);
    }
  });

  it('reads 24-hour HH:MM times', () => {
    for (const time of ['00:00', '09:05', '12:00', '23:59', '19:30']) expect(isTime(time), time).to.equal(true);
    for (const time of ['24:00', '23:60', '9:05', '09:5', '0905', '09:05:00', '12h00', ' 12:00', '', '-1:00'])
      expect(isTime(time), time).to.equal(false);
  });
});

describe('schemas: SessionSchema', () => {
  it('accepts the guide sessions', () => {
    expect(parsed(SessionSchema, session296.session)).to.deep.equal(session296.session);
    expect(parsed(SessionSchema, session561.session)).to.deep.equal(session561.session);
  });

  it('applies the defaults: description null, version 2', () => {
    const minimal = without(without(without(session296.session, 'description'), 'version'), 'certificationCenterName');
    expect(parsed(SessionSchema, minimal)).to.deep.equal({ ...minimal, description: null, version: 2 });
  });

  it('accepts every status and version 3', () => {
    for (const status of SESSION_STATUSES)
      expect((parsed(SessionSchema, { ...session296.session, status }) as { status: string }).status).to.equal(status);
    expect((parsed(SessionSchema, { ...session296.session, version: 3 }) as { version: number }).version).to.equal(3);
  });

  it('refuses missing fields', () => {
    for (const key of ['id', 'address', 'room', 'examiner', 'date', 'time', 'accessCode', 'status'] as const) {
      expect(refusedAt(SessionSchema, without(session296.session, key)), key).to.deep.equal([key]);
    }
  });

  it('refuses wrong types and values', () => {
    const cases: Array<[string, unknown]> = [
      ['address', 42],
      ['room', null],
      ['examiner', ['Paul']],
      ['description', 3],
      ['status', 'done'],
      ['version', 4],
      ['version', '2'],
      ['certificationCenterName', null],
    ];
    for (const [key, value] of cases) {
      expect(refusedAt(SessionSchema, { ...session296.session, [key]: value }), `${key}=${String(value)}`).to.deep.equal([key]);
    }
    for (const value of [null, undefined, 'session', 296, []]) expect(refusedAt(SessionSchema, value)).to.deep.equal(['']);
  });

  it('refuses ids that are not positive integers', () => {
    for (const id of BAD_IDS) expect(refusedAt(SessionSchema, { ...session296.session, id }), String(id)).to.deep.equal(['id']);
  });

  it('refuses impossible dates and times', () => {
    for (const date of ['2021-02-30', '2020-12-32', '14/12/2020', '2020-12-14T12:00', '']) {
      expect(refusedAt(SessionSchema, { ...session296.session, date }), date).to.deep.equal(['date']);
    }
    for (const time of ['24:00', '12:60', '12', '12:00:00', '']) {
      expect(refusedAt(SessionSchema, { ...session296.session, time }), time).to.deep.equal(['time']);
    }
  });

  it('accepts any 6 upper-case letters or digits as access code, and nothing else', () => {
    for (const accessCode of ['VRRJ30', 'BCDF23', 'AAAAAA', '123456'])
      expect(SessionSchema.safeParse({ ...session296.session, accessCode }).success, accessCode).to.equal(true);
    for (const accessCode of ['vrrj30', 'VRRJ3', 'VRRJ300', 'VRR J3', 'VRRJ3É', '', 123456]) {
      expect(refusedAt(SessionSchema, { ...session296.session, accessCode }), String(accessCode)).to.deep.equal(['accessCode']);
    }
  });
});

describe('schemas: CertificationReportSchema and CertificationReportsSchema', () => {
  it('accepts the guide reports and applies the defaults', () => {
    for (const report of [...session296.reports, ...session561.reports]) {
      expect(parsed(CertificationReportSchema, report)).to.deep.equal({
        ...report,
        hasSeenEndTestScreen: false,
        abortReason: null,
        issueReports: [],
      });
    }
    expect(parsed(CertificationReportsSchema, session561.reports)).to.have.length(3);
    expect(parsed(CertificationReportsSchema, [])).to.deep.equal([]);
  });

  it('keeps what is given', () => {
    const report = {
      certificationCourseId: 1199,
      firstName: 'Marion',
      lastName: 'Cotillon',
      isCompleted: false,
      hasSeenEndTestScreen: false,
      abortReason: 'candidate',
      issueReports: [{ category: 'OTHER', subcategory: null, description: 'Malaise', questionNumber: null }],
    };
    expect(parsed(CertificationReportSchema, report)).to.deep.equal(report);
  });

  it('refuses missing fields, wrong types and bad ids', () => {
    const [first] = session296.reports;
    if (!first) throw new Error('fixture missing');
    for (const key of ['certificationCourseId', 'firstName', 'lastName', 'isCompleted'] as const) {
      expect(refusedAt(CertificationReportSchema, without(first, key)), key).to.deep.equal([key]);
    }
    expect(refusedAt(CertificationReportSchema, { ...first, isCompleted: 'true' })).to.deep.equal(['isCompleted']);
    expect(refusedAt(CertificationReportSchema, { ...first, hasSeenEndTestScreen: 1 })).to.deep.equal(['hasSeenEndTestScreen']);
    expect(refusedAt(CertificationReportSchema, { ...first, abortReason: 'tired' })).to.deep.equal(['abortReason']);
    expect(refusedAt(CertificationReportSchema, { ...first, issueReports: {} })).to.deep.equal(['issueReports']);
    expect(refusedAt(CertificationReportSchema, { ...first, issueReports: [{ category: 5 }] })).to.deep.equal(['issueReports.0.category']);
    expect(refusedAt(CertificationReportSchema, { ...first, issueReports: [{ category: 'OTHER', questionNumber: '3' }] })).to.deep.equal([
      'issueReports.0.questionNumber',
    ]);
    for (const id of BAD_IDS)
      expect(refusedAt(CertificationReportSchema, { ...first, certificationCourseId: id }), String(id)).to.deep.equal([
        'certificationCourseId',
      ]);
  });

  it('checks only the shape of the issue reports it carries (the catalogue judges the rest)', () => {
    const [first] = session296.reports;
    if (!first) throw new Error('fixture missing');
    const loose = { category: 'OTHER', description: ' à nettoyer ' };
    expect(parsed(CertificationReportSchema, { ...first, issueReports: [loose] })).to.deep.equal({
      ...first,
      hasSeenEndTestScreen: false,
      abortReason: null,
      issueReports: [{ category: 'OTHER', subcategory: null, description: ' à nettoyer ', questionNumber: null }],
    });
    expect(parsed(IssueReportInputSchema, { category: 'X', questionNumber: 0 })).to.deep.equal({
      category: 'X',
      subcategory: null,
      description: null,
      questionNumber: 0,
    });
    expect(refusedAt(IssueReportInputSchema, { category: 'X', subcategory: 3 })).to.deep.equal(['subcategory']);
    expect(refusedAt(IssueReportInputSchema, {})).to.deep.equal(['category']);
  });

  it('refuses duplicate certification numbers', () => {
    const [first, second] = session561.reports;
    if (!first || !second) throw new Error('fixture missing');
    expect(
      messagesOf(CertificationReportsSchema, [first, second, { ...second, certificationCourseId: first.certificationCourseId }]),
    ).to.deep.equal(['Duplicate certificationCourseId']);
    expect(refusedAt(CertificationReportsSchema, 'reports')).to.deep.equal(['']);
  });
});

describe('schemas: IssueReportSchema', () => {
  it('accepts a full report and fills the missing fields with null', () => {
    const full = { category: 'IN_CHALLENGE', subcategory: 'LINK_NOT_WORKING', description: 'Lien mort', questionNumber: 500 };
    expect(parsed(IssueReportSchema, full)).to.deep.equal(full);
    expect(parsed(IssueReportSchema, { category: 'FRAUD' })).to.deep.equal({
      category: 'FRAUD',
      subcategory: null,
      description: null,
      questionNumber: null,
    });
  });

  it('refuses what the contract excludes', () => {
    const base = { category: 'OTHER', subcategory: null, description: 'x', questionNumber: null };
    const cases: Array<[string, unknown]> = [
      ['category', ''],
      ['category', undefined],
      ['category', 3],
      ['subcategory', ''],
      ['description', ''],
      ['description', ' padded '],
      ['description', 'x'.repeat(501)],
      ['questionNumber', 0],
      ['questionNumber', 501],
      ['questionNumber', 1.5],
      ['questionNumber', Number.NaN],
      ['questionNumber', '12'],
    ];
    for (const [key, value] of cases)
      expect(refusedAt(IssueReportSchema, { ...base, [key]: value }), `${key}=${String(value)}`).to.deep.equal([key]);
    expect(IssueReportSchema.safeParse({ ...base, description: 'x'.repeat(500) }).success).to.equal(true);
  });
});

describe('schemas: candidates and students', () => {
  const candidates = session561.reports.map((report, index) => ({
    id: index + 1,
    firstName: report.firstName,
    lastName: report.lastName,
    birthdate: '2008-02-29',
  }));
  const students = candidates.map((candidate, index) => ({ ...candidate, division: '3A', isEnrolled: index === 0 }));

  it('accepts candidates and applies the defaults (division null, not started)', () => {
    expect(parsed(CandidatesSchema, candidates)).to.deep.equal(
      candidates.map((candidate) => ({ ...candidate, division: null, hasStarted: false })),
    );
    const given = { ...candidates[0], division: '3B', hasStarted: true };
    expect(parsed(CandidateSchema, given)).to.deep.equal(given);
  });

  it('accepts students as given', () => {
    expect(parsed(StudentsSchema, students)).to.deep.equal(students);
  });

  it('refuses missing fields, bad dates and bad ids', () => {
    const [candidate] = candidates;
    const [student] = students;
    if (!candidate || !student) throw new Error('fixture missing');
    for (const key of ['id', 'firstName', 'lastName', 'birthdate'] as const)
      expect(refusedAt(CandidateSchema, without(candidate, key)), key).to.deep.equal([key]);
    for (const key of ['id', 'firstName', 'lastName', 'birthdate', 'division', 'isEnrolled'] as const) {
      expect(refusedAt(StudentSchema, without(student, key)), key).to.deep.equal([key]);
    }
    expect(refusedAt(CandidateSchema, { ...candidate, birthdate: '2009-02-29' })).to.deep.equal(['birthdate']);
    expect(refusedAt(StudentSchema, { ...student, birthdate: '29/02/2008' })).to.deep.equal(['birthdate']);
    expect(refusedAt(StudentSchema, { ...student, division: null })).to.deep.equal(['division']);
    expect(refusedAt(StudentSchema, { ...student, isEnrolled: 'yes' })).to.deep.equal(['isEnrolled']);
    for (const id of BAD_IDS) {
      expect(refusedAt(CandidateSchema, { ...candidate, id }), String(id)).to.deep.equal(['id']);
      expect(refusedAt(StudentSchema, { ...student, id }), String(id)).to.deep.equal(['id']);
    }
  });

  it('refuses duplicate ids', () => {
    expect(messagesOf(CandidatesSchema, [...candidates, { ...candidates[1], id: 1 }])).to.deep.equal(['Duplicate candidate id']);
    expect(messagesOf(StudentsSchema, [...students, { ...students[2], id: 2 }])).to.deep.equal(['Duplicate student id']);
  });
});

describe('schemas: FinalisationPayloadSchema', () => {
  const finished = { certificationCourseId: 1202, isCompleted: true, hasSeenEndTestScreen: true, abortReason: null, issueReports: [] };
  const unfinished = {
    certificationCourseId: 1199,
    isCompleted: false,
    hasSeenEndTestScreen: false,
    abortReason: 'candidate',
    issueReports: [],
  };
  const payload = {
    sessionId: 561,
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    certificationReports: [unfinished, finished],
  };

  it('checks hasIncident and hasJoiningIssue, false when absent', () => {
    const { hasIncident: _incident, hasJoiningIssue: _joining, ...older } = payload;
    expect(parsed(FinalisationPayloadSchema, older)).to.deep.equal(payload);
    expect(parsed(FinalisationPayloadSchema, { ...payload, hasIncident: true })).to.deep.equal({ ...payload, hasIncident: true });
    expect(refusedAt(FinalisationPayloadSchema, { ...payload, hasIncident: 'yes' })).to.deep.equal(['hasIncident']);
    expect(refusedAt(FinalisationPayloadSchema, { ...payload, hasJoiningIssue: null })).to.deep.equal(['hasJoiningIssue']);
  });

  it('accepts a valid payload as it is', () => {
    expect(parsed(FinalisationPayloadSchema, payload)).to.deep.equal(payload);
    expect(parsed(FinalisationPayloadSchema, { ...payload, certificationReports: [] })).to.deep.equal({
      ...payload,
      certificationReports: [],
    });
    expect(parsed(FinalisedCertificationReportSchema, { ...finished, hasSeenEndTestScreen: false })).to.deep.equal({
      ...finished,
      hasSeenEndTestScreen: false,
    });
  });

  it('needs an abortReason for an unfinished certification', () => {
    expect(messagesOf(FinalisedCertificationReportSchema, { ...unfinished, abortReason: null })).to.deep.equal([
      'An unfinished certification needs an abortReason; a finished one has none',
    ]);
    expect(
      refusedAt(FinalisationPayloadSchema, { ...payload, certificationReports: [{ ...unfinished, abortReason: null }] }),
    ).to.deep.equal(['certificationReports.0']);
  });

  it('refuses an abortReason on a finished certification', () => {
    expect(messagesOf(FinalisedCertificationReportSchema, { ...finished, abortReason: 'technical' })).to.deep.equal([
      'An unfinished certification needs an abortReason; a finished one has none',
    ]);
  });

  it('refuses a seen end screen on an unfinished certification', () => {
    expect(messagesOf(FinalisedCertificationReportSchema, { ...unfinished, hasSeenEndTestScreen: true })).to.deep.equal([
      'An unfinished certification cannot have its end screen seen',
    ]);
  });

  it('takes a trimmed, non-empty comment of at most 500 characters, or null', () => {
    for (const comment of ['Coupure réseau', 'a'.repeat(COMMENT_LIMIT), 'Deux\nlignes']) {
      expect(
        (parsed(FinalisationPayloadSchema, { ...payload, examinerGlobalComment: comment }) as { examinerGlobalComment: string })
          .examinerGlobalComment,
      ).to.equal(comment);
    }
    for (const comment of ['', '   ', ' Coupure', 'Coupure\n', 'a'.repeat(COMMENT_LIMIT + 1), 42, undefined]) {
      expect(
        refusedAt(FinalisationPayloadSchema, { ...payload, examinerGlobalComment: comment }),
        JSON.stringify(comment) ?? 'undefined',
      ).to.deep.equal(['examinerGlobalComment']);
    }
  });

  it('refuses duplicates, bad ids, missing fields and bad issue reports', () => {
    expect(messagesOf(FinalisationPayloadSchema, { ...payload, certificationReports: [finished, finished] })).to.deep.equal([
      'Duplicate certificationCourseId',
    ]);
    for (const sessionId of BAD_IDS)
      expect(refusedAt(FinalisationPayloadSchema, { ...payload, sessionId }), String(sessionId)).to.deep.equal(['sessionId']);
    for (const key of ['certificationCourseId', 'isCompleted', 'hasSeenEndTestScreen', 'abortReason', 'issueReports'] as const) {
      expect(refusedAt(FinalisedCertificationReportSchema, without(finished, key)), key).to.include(key);
    }
    expect(
      refusedAt(FinalisationPayloadSchema, {
        ...payload,
        certificationReports: [{ ...finished, issueReports: [{ category: 'OTHER', questionNumber: 0 }] }],
      }),
    ).to.deep.equal(['certificationReports.0.issueReports.0.questionNumber']);
  });
});

describe('schemas: drafts and documents', () => {
  it('fills the draft defaults', () => {
    const draft = {
      sessionId: 561,
      reports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] }],
    };
    expect(parsed(FinalisationDraftSchema, draft)).to.deep.equal({
      ...draft,
      edition: '2021',
      commentMode: 'none',
      comment: '',
      documents: { certificationCenterName: '', sessionNumber: '', comment: '' },
      hasIncident: false,
      hasJoiningIssue: false,
    });
  });

  it('keeps a full draft and refuses a bad one', () => {
    const report = { certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] };
    const draft = {
      sessionId: 561,
      edition: '2021',
      reports: [report],
      commentMode: 'incident',
      comment: ' brouillon ',
      documents: { certificationCenterName: 'Collège Anne Frank', sessionNumber: '561', comment: '' },
      hasIncident: false,
      hasJoiningIssue: false,
    };
    expect(parsed(FinalisationDraftSchema, draft)).to.deep.equal(draft);
    expect(parsed(DraftReportSchema, report)).to.deep.equal(report);
    expect(messagesOf(FinalisationDraftSchema, { ...draft, reports: [report, report] })).to.deep.equal(['Duplicate certificationCourseId']);
    expect(refusedAt(FinalisationDraftSchema, { ...draft, commentMode: 'maybe' })).to.deep.equal(['commentMode']);
    expect(refusedAt(FinalisationDraftSchema, { ...draft, comment: 'c'.repeat(501) })).to.deep.equal(['comment']);
    expect(refusedAt(DraftReportSchema, { ...report, abortReason: undefined })).to.deep.equal(['abortReason']);
  });

  it('limits the documents form', () => {
    expect(parsed(DocumentsValuesSchema, {})).to.deep.equal({ certificationCenterName: '', sessionNumber: '', comment: '' });
    expect(refusedAt(DocumentsValuesSchema, { sessionNumber: '1'.repeat(21) })).to.deep.equal(['sessionNumber']);
    expect(refusedAt(DocumentsValuesSchema, { certificationCenterName: 'c'.repeat(256) })).to.deep.equal(['certificationCenterName']);
    expect(refusedAt(DocumentsValuesSchema, { comment: 'c'.repeat(501) })).to.deep.equal(['comment']);
  });
});

describe('schemas: SessionFormValuesSchema', () => {
  const values = {
    address: ' Collège Anne Frank ',
    room: 'Salle 208 ',
    date: '2020-12-14',
    time: '12:00',
    examiner: ' Paul Eluard',
    description: '  ',
  };

  it('trims and turns a blank description into null', () => {
    expect(parsed(SessionFormValuesSchema, values)).to.deep.equal({
      address: 'Collège Anne Frank',
      room: 'Salle 208',
      date: '2020-12-14',
      time: '12:00',
      examiner: 'Paul Eluard',
      description: null,
    });
    expect((parsed(SessionFormValuesSchema, { ...values, description: ' Tiers temps ' }) as { description: string }).description).to.equal(
      'Tiers temps',
    );
    expect((parsed(SessionFormValuesSchema, without(values, 'description')) as { description: null }).description).to.equal(null);
    expect((parsed(SessionFormValuesSchema, { ...values, description: null }) as { description: null }).description).to.equal(null);
  });

  it('gives the message key of each refusal', () => {
    const cases: Array<[string, unknown, string]> = [
      ['address', '   ', 'session.address.required'],
      ['address', undefined, 'session.address.required'],
      ['address', 'a'.repeat(256), 'validation.max255'],
      ['room', '', 'session.room.required'],
      ['examiner', ' ', 'session.examiner.required'],
      ['examiner', 'e'.repeat(256), 'validation.max255'],
      ['date', '', 'session.date.required'],
      ['date', '2021-02-30', 'session.date.invalid'],
      ['time', '', 'session.time.required'],
      ['time', '24:00', 'session.time.invalid'],
      ['description', 'd'.repeat(351), 'validation.max350'],
    ];
    for (const [key, value, message] of cases) {
      expect(messagesOf(SessionFormValuesSchema, { ...values, [key]: value }), `${key}=${String(value)}`).to.deep.equal([message]);
    }
    expect(SessionFormValuesSchema.safeParse({ ...values, address: ` ${'a'.repeat(255)} ` }).success).to.equal(true);
    expect(SessionFormValuesSchema.safeParse({ ...values, description: 'd'.repeat(350) }).success).to.equal(true);
  });
});

describe('schemas: parsing never evaluates code', () => {
  it("leaves zod's global jitless switch as the host set it (off by default)", () => {
    expect(z.config().jitless).to.equal(undefined);
  });

  it('parses while Function is replaced by one that throws', () => {
    const original = globalThis.Function;
    let calls = 0;
    const blocked = function blocked() {
      calls += 1;
      throw new EvalError('Function is blocked (CSP without unsafe-eval)');
    };
    try {
      globalThis.Function = blocked as unknown as FunctionConstructor;
      // A schema built now, and parsed for the first time now, would compile its parser now.
      const fresh = z.object({ id: z.int(), name: z.string(), nested: z.object({ ok: z.boolean() }) });
      expect(fresh.safeParse({ id: 1, name: 'x', nested: { ok: true } }).success).to.equal(true);
      expect(parsed(SessionSchema, { ...session561.session, id: 562 })).to.deep.equal({ ...session561.session, id: 562 });
      expect(SessionSchema.safeParse({ ...session561.session, date: '2021-02-30' }).success).to.equal(false);
      expect(CertificationReportsSchema.safeParse(session296.reports).success).to.equal(true);
      expect(FinalisationPayloadSchema.safeParse({ sessionId: 1, examinerGlobalComment: null, certificationReports: [] }).success).to.equal(
        true,
      );
    } finally {
      globalThis.Function = original;
    }
    expect(globalThis.Function).to.equal(original);
    expect(calls).to.equal(0);
  });
});

describe('schemas: isAbortReason', () => {
  it('accepts the two abandonment reasons and nothing else', () => {
    expect(ABORT_REASONS.every((reason) => isAbortReason(reason))).to.equal(true);
    for (const value of [
      '',
      'Candidate',
      'bored',
      null,
      undefined,
      0,
      Symbol('candidate'),
      ['candidate'],
      { toString: () => 'candidate' },
    ]) {
      expect(isAbortReason(value), String(typeof value)).to.equal(false);
    }
  });
});
