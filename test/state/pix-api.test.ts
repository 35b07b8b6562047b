import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  PIX_API_DEPRECATED_CATEGORY,
  PIX_API_DEPRECATED_SUBCATEGORY,
  toAbortReasonRequest,
  toCandidateAuthorizeRequest,
  toCandidateDeleteRequest,
  toCandidateEndRequest,
  toCandidateResumeRequest,
  toCandidateUpdateRequest,
  toCompanionAlertClearRequest,
  toEnrolmentRequest,
  toFinalisationRequest,
  toInvigilatorKitRequest,
  toInvigilatorLoginRequest,
  toIssueReportDeleteRequest,
  toIssueReportRequest,
  toLiveAlertDismissRequest,
  toLiveAlertValidateRequest,
  toSessionCreateRequest,
  toSessionDeleteRequest,
  toSessionUpdateRequest,
  type PixApiRequest,
  type PixApiResult,
} from '../../src/state/pix-api.js';
import { buildPayload, createFinalisation, setAbortReason, type FinalisationState } from '../../src/state/finalisation.js';
import { translate } from '../../src/state/messages.js';
import { CATALOGUE_2021 } from '../../src/state/catalogues.js';
import { FinalisationPayloadSchema, type FinalisationPayload, type IssueReport, type SessionFormValues } from '../../src/state/schemas.js';
import { session561 } from '../fixtures/guide-sessions.js';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Session 561 with a reason for each unfinished report: ready to finalise. */
function readyFinalisation(): FinalisationState {
  const created = createFinalisation({ session: session561.session, reports: session561.reports });
  if (!created.ok) throw new Error(created.error);
  let state = created.state;
  for (const [id, reason] of [
    [1199, 'candidate'],
    [1200, 'technical'],
  ] as const) {
    const step = setAbortReason(state, id, reason);
    expect(step.ok).to.equal(true);
    state = step.state;
  }
  return state;
}

/** The requests of an accepted result; fails the test on a refusal. */
function requestsOf<Request extends PixApiRequest>(result: PixApiResult<Request>): Request[] {
  expect(result.ok, JSON.stringify(result.reason)).to.equal(true);
  return result.requests!;
}

/** The one request of an accepted result. */
function requestOf<Request extends PixApiRequest>(result: PixApiResult<Request>): Request {
  const requests = requestsOf(result);
  expect(requests).to.have.length(1);
  return requests[0]!;
}

/** The English details of a refusal; fails the test on an accepted result. */
function detailsOf(result: PixApiResult): string {
  expect(result.ok, JSON.stringify(result.requests)).to.equal(false);
  expect(result.requests).to.equal(undefined);
  expect(result.reason?.key).to.equal('input.invalid');
  return String(result.reason?.params?.['details']);
}

describe('pix-api: toFinalisationRequest', () => {
  // With the two flags the payload now carries (read from the payload as given: see the test of absent ones).
  const payload = {
    sessionId: 561,
    examinerGlobalComment: 'Coupure réseau de 10 minutes.',
    hasIncident: true,
    hasJoiningIssue: false,
    certificationReports: [
      { certificationCourseId: 1199, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
      { certificationCourseId: 1200, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
      {
        certificationCourseId: 1202,
        isCompleted: true,
        hasSeenEndTestScreen: true,
        abortReason: null,
        issueReports: [{ category: 'OTHER', subcategory: null, description: 'Alarme incendie', questionNumber: null }],
      },
    ],
  } as FinalisationPayload;

  it('gives the abort of each unfinished report in payload order, then the PUT with included inside data and names from the reports', () => {
    expect(FinalisationPayloadSchema.safeParse(payload).success).to.equal(true);
    const requests = requestsOf(toFinalisationRequest(payload, session561.reports));
    expect(requests).to.deep.equal([
      { method: 'POST', path: '/api/certification-reports/1199/abort', body: { data: { reason: 'candidate' } } },
      { method: 'POST', path: '/api/certification-reports/1200/abort', body: { data: { reason: 'technical' } } },
      {
        method: 'PUT',
        path: '/api/sessions/561/finalization',
        body: {
          data: {
            attributes: {
              'examiner-global-comment': 'Coupure réseau de 10 minutes.',
              'has-incident': true,
              'has-joining-issue': false,
            },
            included: [
              {
                type: 'certification-reports',
                id: 'CertificationReport-1199',
                attributes: {
                  id: 'CertificationReport-1199',
                  certificationCourseId: 1199,
                  firstName: 'Marion',
                  lastName: 'Cotillon',
                  hasSeenEndTestScreen: false,
                  isCompleted: false,
                  abortReason: 'candidate',
                },
              },
              {
                type: 'certification-reports',
                id: 'CertificationReport-1200',
                attributes: {
                  id: 'CertificationReport-1200',
                  certificationCourseId: 1200,
                  firstName: 'Sophie',
                  lastName: 'Marteau',
                  hasSeenEndTestScreen: false,
                  isCompleted: false,
                  abortReason: 'technical',
                },
              },
              {
                type: 'certification-reports',
                id: 'CertificationReport-1202',
                attributes: {
                  id: 'CertificationReport-1202',
                  certificationCourseId: 1202,
                  firstName: 'Georges',
                  lastName: 'Clounet',
                  hasSeenEndTestScreen: true,
                  isCompleted: true,
                  abortReason: null,
                },
              },
            ],
          },
        },
      },
    ]);
    expect(roundTrip(requests)).to.deep.equal(requests);
  });

  it('follows the payload order for the aborts, whatever the order of the reports given', () => {
    const reordered = { ...payload, certificationReports: [payload.certificationReports[1]!, payload.certificationReports[0]!] };
    const requests = requestsOf(toFinalisationRequest(reordered, session561.reports));
    expect(requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'POST /api/certification-reports/1200/abort',
      'POST /api/certification-reports/1199/abort',
      'PUT /api/sessions/561/finalization',
    ]);
  });

  it("maps hasIncident and hasJoiningIssue as the payload gives them, whatever the comment, and false when they're absent", () => {
    // Payloads built before the two flags existed have neither: both count as false.
    const cases: Array<[unknown, unknown, boolean, boolean]> = [
      [true, true, true, true],
      [false, true, false, true],
      [true, false, true, false],
      [undefined, undefined, false, false],
    ];
    for (const [hasIncident, hasJoiningIssue, incident, joining] of cases) {
      for (const comment of [null, 'Coupure réseau de 10 minutes.']) {
        const given = { ...payload, examinerGlobalComment: comment, hasIncident, hasJoiningIssue } as unknown as FinalisationPayload;
        const put = requestsOf(toFinalisationRequest(given, session561.reports)).at(-1)!;
        expect(
          (put.body as { data: { attributes: unknown } }).data.attributes,
          JSON.stringify([hasIncident, hasJoiningIssue, comment]),
        ).to.deep.equal({
          'examiner-global-comment': comment,
          'has-incident': incident,
          'has-joining-issue': joining,
        });
      }
    }
  });

  it('refuses a hasIncident or hasJoiningIssue that is not a boolean', () => {
    for (const [name, value] of [
      ['hasIncident', 'yes'],
      ['hasIncident', null],
      ['hasJoiningIssue', 1],
    ] as const) {
      const result = toFinalisationRequest({ ...payload, [name]: value } as unknown as FinalisationPayload, session561.reports);
      // The payload's schema checks both flags.
      expect(detailsOf(result)).to.equal(`payload: ${name}: Expected true or false`);
    }
  });

  it('gives only the PUT when every report is finished, and for an empty payload', () => {
    const finished = { ...payload, certificationReports: [payload.certificationReports[2]!] };
    expect(requestsOf(toFinalisationRequest(finished, session561.reports)).map((request) => request.method)).to.deep.equal(['PUT']);
    const empty = { sessionId: 7, examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false, certificationReports: [] };
    expect(requestOf(toFinalisationRequest(empty as FinalisationPayload, []))).to.deep.equal({
      method: 'PUT',
      path: '/api/sessions/7/finalization',
      body: {
        data: {
          attributes: { 'examiner-global-comment': null, 'has-incident': false, 'has-joining-issue': false },
          included: [],
        },
      },
    });
  });

  it('refuses without the reports, or when one of the payload has no names', () => {
    expect(detailsOf(toFinalisationRequest(payload, undefined as never))).to.match(/^reports: expected the certification reports/);
    expect(detailsOf(toFinalisationRequest(payload, 'nope' as never))).to.match(/^reports: /);
    expect(
      detailsOf(toFinalisationRequest(payload, [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' }])),
    ).to.equal('reports: no firstName and lastName for certification 1200 (Pix needs the names of every report)');
    const emptyName = session561.reports.map((report) => (report.certificationCourseId === 1202 ? { ...report, lastName: '' } : report));
    expect(detailsOf(toFinalisationRequest(payload, emptyName))).to.match(/certification 1202/);
    // The first entry of an id wins: a duplicate does not swap names silently.
    const duplicated = [...session561.reports, { certificationCourseId: 1199, firstName: 'Autre', lastName: 'Nom' }];
    const put = requestsOf(toFinalisationRequest(payload, duplicated)).at(-1)!;
    expect(JSON.stringify(put.body)).to.contain('Cotillon').and.not.contain('Autre');
  });

  it("refuses buildPayload's whole result, and says to pass its payload", () => {
    const built = buildPayload(readyFinalisation());
    expect(built.ok).to.equal(true);
    const result = toFinalisationRequest(built as unknown as FinalisationPayload, session561.reports);
    expect(result).to.deep.equal({
      ok: false,
      reason: {
        key: 'input.invalid',
        params: { details: "payload: this is buildPayload's result; pass its `payload` (after checking `ok`)" },
      },
    });
    expect(translate(result.reason!.key, result.reason!.params, 'en')).to.contain("buildPayload's result");
    expect(toFinalisationRequest({ ok: false, payload: undefined } as unknown as FinalisationPayload, session561.reports).ok).to.equal(
      false,
    );
    // Its payload is accepted.
    if (built.ok) {
      const paths = requestsOf(toFinalisationRequest(built.payload, session561.reports)).map((request) => request.path);
      expect(paths).to.deep.equal([
        '/api/certification-reports/1199/abort',
        '/api/certification-reports/1200/abort',
        '/api/sessions/561/finalization',
      ]);
    }
  });

  it('refuses a payload its schema refuses, and ids the API cannot take', () => {
    const unfinished = payload.certificationReports[0]!;
    const bad: unknown[] = [
      { ...payload, sessionId: '../../admin' },
      { ...payload, sessionId: 0 },
      { ...payload, sessionId: '561' },
      { ...payload, sessionId: 2 ** 31 },
      { ...payload, certificationReports: [{ ...unfinished, certificationCourseId: 2 ** 31 }] },
      { ...payload, certificationReports: [{ ...unfinished, abortReason: null }] },
      { ...payload, certificationReports: [{ ...unfinished, abortReason: 'bored' }] },
      { ...payload, certificationReports: [unfinished, unfinished] },
      { ...payload, certificationReports: 'none' },
      { sessionId: 561 },
      null,
      undefined,
      'payload',
    ];
    for (const value of bad) detailsOf(toFinalisationRequest(value as FinalisationPayload, session561.reports));
    expect(detailsOf(toFinalisationRequest({ ...payload, sessionId: 2 ** 31 }, session561.reports))).to.equal(
      'payload.sessionId: expected a positive integer up to 2147483647, got 2147483648',
    );
  });

  it('never throws, and builds requests only from a payload its schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const result = toFinalisationRequest(a as FinalisationPayload, b as []);
        expect(result.ok).to.equal(false);
        expect(roundTrip(result)).to.deep.equal(result);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (reports) => {
        const result = toFinalisationRequest(payload, reports as []);
        expect(result.ok).to.equal(false);
      }),
    );
  });
});

describe('pix-api: toAbortReasonRequest', () => {
  it('builds POST /abort with { data: { reason } }', () => {
    expect(requestOf(toAbortReasonRequest(1199, 'candidate'))).to.deep.equal({
      method: 'POST',
      path: '/api/certification-reports/1199/abort',
      body: { data: { reason: 'candidate' } },
    });
    expect(requestOf(toAbortReasonRequest(1200, 'technical')).body).to.deep.equal({ data: { reason: 'technical' } });
  });

  it('refuses a bad id or an unknown reason, and never throws', () => {
    expect(toAbortReasonRequest(-3, 'candidate')).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'certificationCourseId: expected a positive integer up to 2147483647, got -3' } },
    });
    expect(toAbortReasonRequest(1199, 'oops' as 'candidate')).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'reason: expected "candidate" or "technical", got "oops"' } },
    });
    detailsOf(toAbortReasonRequest(1199, null as never));
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, reason) => {
        const result = toAbortReasonRequest(id as number, reason as 'candidate');
        if (result.ok) expect(result.requests[0]!.path).to.match(/^\/api\/certification-reports\/\d+\/abort$/);
        else expect(result.reason.key).to.equal('input.invalid');
      }),
    );
  });
});

describe('pix-api: toIssueReportRequest', () => {
  const relationships = (id: number) => ({
    'certification-report': { data: { type: 'certification-reports', id: `CertificationReport-${id}` } },
  });

  it('builds the JSON:API POST with the attributes Pix Certif sends for each category', () => {
    const cases: Array<[IssueReport, Record<string, unknown>]> = [
      [
        { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: 'Image absente', questionNumber: 12 },
        { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', 'question-number': 12 },
      ],
      [
        { category: 'CANDIDATE_INFORMATIONS_CHANGES', subcategory: 'EXTRA_TIME_PERCENTAGE', description: '30 %', questionNumber: null },
        { category: 'CANDIDATE_INFORMATIONS_CHANGES', subcategory: 'EXTRA_TIME_PERCENTAGE', description: '30 %' },
      ],
      [
        { category: 'SIGNATURE_ISSUE', subcategory: 'NAME_OR_BIRTHDATE', description: 'A signé ligne 4', questionNumber: 3 },
        { category: 'SIGNATURE_ISSUE', description: 'A signé ligne 4' },
      ],
      [{ category: 'FRAUD', subcategory: null, description: null, questionNumber: null }, { category: 'FRAUD' }],
      [
        { category: 'NON_BLOCKING_TECHNICAL_ISSUE', subcategory: null, description: 'Écran figé', questionNumber: null },
        { category: 'NON_BLOCKING_TECHNICAL_ISSUE', description: 'Écran figé' },
      ],
      [
        { category: 'NON_BLOCKING_CANDIDATE_ISSUE', subcategory: null, description: 'Arrivé en retard', questionNumber: null },
        { category: 'NON_BLOCKING_CANDIDATE_ISSUE', description: 'Arrivé en retard' },
      ],
    ];
    for (const [report, attributes] of cases) {
      expect(requestOf(toIssueReportRequest(1202, report)), report.category).to.deep.equal({
        method: 'POST',
        path: '/api/certification-reports/1202/certification-issue-reports',
        body: { data: { type: 'certification-issue-reports', attributes, relationships: relationships(1202) } },
      });
    }
  });

  it("also takes pix-issue-report-add's detail alone", () => {
    const issueReport = { category: 'FRAUD', subcategory: null, description: null, questionNumber: null };
    expect(toIssueReportRequest({ certificationCourseId: 487, issueReport })).to.deep.equal(toIssueReportRequest(487, issueReport));
    expect(requestOf(toIssueReportRequest({ certificationCourseId: 487, issueReport })).path).to.equal(
      '/api/certification-reports/487/certification-issue-reports',
    );
    expect(detailsOf(toIssueReportRequest({ issueReport } as never))).to.match(/^certificationCourseId: /);
  });

  it("refuses every category and subcategory of the 2021 catalogue that today's API has deprecated, quoting its message", () => {
    const deprecated: Array<[string, string | null, string]> = [
      ['TECHNICAL_PROBLEM', null, 'A1'],
      ['OTHER', null, 'A2'],
      ['LATE_OR_LEAVING', 'LEFT_EXAM_ROOM', 'C3'],
      ['LATE_OR_LEAVING', 'SIGNATURE_ISSUE', 'C4'],
      ['CONNECTION_OR_END_SCREEN', null, 'C5'],
    ];
    for (const [category, subcategory, code] of deprecated) {
      const details = detailsOf(toIssueReportRequest(1202, { category, subcategory, description: 'Texte', questionNumber: null }));
      expect(details, code).to.contain(`issueReport.category: ${PIX_API_DEPRECATED_CATEGORY}`);
      expect(translate('input.invalid', { details }, 'fr'), code).to.contain('La catégorie de signalement choisie est dépréciée.');
    }
    expect(
      detailsOf(
        toIssueReportRequest(1202, { category: 'LATE_OR_LEAVING', subcategory: 'LEFT_EXAM_ROOM', description: 'x', questionNumber: null }),
      ),
    ).to.contain(PIX_API_DEPRECATED_SUBCATEGORY);
    for (const [subcategory, code] of [
      ['LINK_NOT_WORKING', 'E6'],
      ['OTHER', 'E7'],
    ] as const) {
      const details = detailsOf(
        toIssueReportRequest(1202, { category: 'IN_CHALLENGE', subcategory, description: null, questionNumber: 4 }),
      );
      expect(details, code).to.equal(
        `issueReport.subcategory: La sous-catégorie de signalement choisie est dépréciée. ("${subcategory}" is a subcategory of the 2021 catalogue)`,
      );
    }
    // The deprecation comes first, whatever else is wrong with the report.
    expect(
      detailsOf(toIssueReportRequest(1202, { category: 'OTHER', subcategory: null, description: null, questionNumber: 0.5 })),
    ).to.match(/^issueReport\.category: La catégorie de signalement choisie est dépréciée\./);
    // Whatever the category, a deprecated subcategory is never sent.
    expect(
      detailsOf(toIssueReportRequest(1202, { category: 'FRAUD', subcategory: 'OTHER', description: null, questionNumber: null })),
    ).to.contain(PIX_API_DEPRECATED_SUBCATEGORY);
  });

  it('refuses each deprecated entry of the 2021 catalogue, and accepts the others once complete', () => {
    const deprecatedCodes: string[] = [];
    for (const category of CATALOGUE_2021.categories) {
      const entries = category.subcategories?.map((sub) => [sub.subcategory, sub.code] as const) ?? [[null, category.code] as const];
      for (const [subcategory, code] of entries) {
        const report = {
          category: category.category,
          subcategory,
          description: 'Texte',
          questionNumber: category.questionNumber ? 5 : null,
        };
        const result = toIssueReportRequest(1202, report);
        if (!result.ok && /dépréciée/.test(String(result.reason.params?.['details']))) deprecatedCodes.push(code);
        else expect(result.ok, `${code}: ${JSON.stringify(result.reason)}`).to.equal(true);
      }
    }
    expect(deprecatedCodes).to.deep.equal(['A1', 'A2', 'C3', 'C4', 'C5', 'E6', 'E7']);
  });

  it('refuses an unknown category, a missing field its category requires, an out-of-range question number', () => {
    const base = { subcategory: null, description: null, questionNumber: null };
    expect(detailsOf(toIssueReportRequest(1202, { ...base, category: 'PIZZA' }))).to.match(
      /^issueReport\.category: today's Pix API has no category "PIZZA"/,
    );
    expect(detailsOf(toIssueReportRequest(1202, { ...base, category: 'toString' }))).to.match(/no category "toString"/);
    expect(detailsOf(toIssueReportRequest(1202, { ...base, category: 'SIGNATURE_ISSUE' }))).to.equal(
      'issueReport.description: SIGNATURE_ISSUE needs a description',
    );
    expect(detailsOf(toIssueReportRequest(1202, { ...base, category: 'CANDIDATE_INFORMATIONS_CHANGES', description: 'x' }))).to.match(
      /^issueReport\.subcategory: CANDIDATE_INFORMATIONS_CHANGES takes one of NAME_OR_BIRTHDATE, EXTRA_TIME_PERCENTAGE, got null/,
    );
    expect(
      detailsOf(toIssueReportRequest(1202, { ...base, category: 'IN_CHALLENGE', subcategory: 'NAME_OR_BIRTHDATE', questionNumber: 3 })),
    ).to.match(/^issueReport\.subcategory: IN_CHALLENGE takes one of IMAGE_NOT_DISPLAYING/);
    expect(detailsOf(toIssueReportRequest(1202, { ...base, category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS' }))).to.equal(
      'issueReport.questionNumber: IN_CHALLENGE needs a question number from 1 to 500',
    );
    for (const questionNumber of [0, 501, -1, 2.5, Number.NaN, Infinity]) {
      const report = { ...base, category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS', questionNumber };
      expect(detailsOf(toIssueReportRequest(1202, report)), String(questionNumber)).to.match(
        /^issueReport\.questionNumber: expected a whole number from 1 to 500, got /,
      );
    }
    for (const questionNumber of [1, 500]) {
      const report = { ...base, category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS', questionNumber };
      expect(requestOf(toIssueReportRequest(1202, report)).body.data.attributes['question-number']).to.equal(questionNumber);
    }
  });

  it('refuses a bad id or a report its schema refuses', () => {
    const report = { category: 'SIGNATURE_ISSUE', subcategory: null, description: 'Oubli', questionNumber: null };
    expect(detailsOf(toIssueReportRequest('1/../2' as unknown as number, report))).to.match(/^certificationCourseId: /);
    for (const bad of [{ ...report, category: '' }, { ...report, description: '  Oubli ' }, { ...report, questionNumber: '12' }, null]) {
      expect(detailsOf(toIssueReportRequest(1202, bad as never)), JSON.stringify(bad)).to.match(/^issueReport: /);
    }
  });

  it('never throws on bad input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, report) => {
        const result = toIssueReportRequest(id as number, report as never);
        if (result.ok) expect(result.requests[0]!.path).to.match(/^\/api\/certification-reports\/\d+\/certification-issue-reports$/);
        expect(roundTrip(result)).to.deep.equal(result);
      }),
    );
  });
});

describe('pix-api: toIssueReportDeleteRequest', () => {
  const deleted = { method: 'DELETE', path: '/api/certification-issue-reports/88', body: null };
  const issueReport = { id: 88, category: 'FRAUD', subcategory: null, description: null, questionNumber: null };

  it("builds DELETE /api/certification-issue-reports/{id} from pix-issue-report-remove's detail, the report or its id", () => {
    expect(requestOf(toIssueReportDeleteRequest({ certificationCourseId: 1202, issueReport, index: 0 } as never))).to.deep.equal(deleted);
    expect(requestOf(toIssueReportDeleteRequest(issueReport))).to.deep.equal(deleted);
    expect(requestOf(toIssueReportDeleteRequest(88))).to.deep.equal(deleted);
  });

  it('refuses without an id, and never builds a URL from a bad one', () => {
    for (const bad of [
      { ...issueReport, id: null },
      { ...issueReport, id: undefined },
      { ...issueReport, id: '8/../1' },
      0,
      -4,
      2 ** 31,
      null,
      undefined,
    ]) {
      expect(detailsOf(toIssueReportDeleteRequest(bad as never)), String(bad)).to.match(/^issueReport\.id: expected a positive integer/);
    }
    detailsOf(toIssueReportDeleteRequest({ certificationCourseId: 1202, issueReport: { ...issueReport, id: null }, index: 0 } as never));
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = toIssueReportDeleteRequest(value as never);
        if (result.ok) expect(result.requests[0]!.path).to.match(/^\/api\/certification-issue-reports\/[1-9]\d*$/);
      }),
    );
  });
});

describe('pix-api: toEnrolmentRequest', () => {
  it('builds PUT /enrol-students-to-session with the learner ids, each once, in ascending order', () => {
    expect(requestOf(toEnrolmentRequest({ sessionId: 296, studentIds: [40, 3, 40, 12] }))).to.deep.equal({
      method: 'PUT',
      path: '/api/sessions/296/enrol-students-to-session',
      body: { data: { attributes: { 'organization-learner-ids': [3, 12, 40] } } },
    });
  });

  it('refuses a bad session id, a bad pupil id or no list, and never throws', () => {
    for (const bad of [0, -1, 2.5, Number.NaN, '3', 2 ** 31]) {
      expect(detailsOf(toEnrolmentRequest({ sessionId: 296, studentIds: [3, bad as number] })), String(bad)).to.match(/^studentIds\.1: /);
    }
    expect(toEnrolmentRequest(null as never)).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'sessionId: expected a positive integer up to 2147483647, got undefined' } },
    });
    detailsOf(toEnrolmentRequest({ sessionId: 296 } as never));
    fc.assert(
      fc.property(fc.anything(), (detail) => {
        const result = toEnrolmentRequest(detail as never);
        if (result.ok) expect(result.requests[0]!.path).to.match(/^\/api\/sessions\/\d+\/enrol-students-to-session$/);
      }),
    );
  });
});

describe('pix-api: session requests', () => {
  const values: SessionFormValues = {
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2020-12-14',
    time: '12:00',
    examiner: 'Paul Eluard',
    description: null,
  };

  it('creates in a certification centre with POST', () => {
    expect(requestOf(toSessionCreateRequest(42, values))).to.deep.equal({
      method: 'POST',
      path: '/api/certification-centers/42/session',
      body: { data: { type: 'sessions', attributes: values } },
    });
  });

  it('updates with PATCH and the id as a string in the body', () => {
    expect(requestOf(toSessionUpdateRequest(296, { ...values, description: 'Tiers temps salle 210' }))).to.deep.equal({
      method: 'PATCH',
      path: '/api/sessions/296',
      body: { data: { type: 'sessions', id: '296', attributes: { ...values, description: 'Tiers temps salle 210' } } },
    });
  });

  it('sends exactly the six attributes, description null when missing or blank', () => {
    const extra = { ...values, accessCode: 'BCDF23', status: 'created', description: '  ' } as unknown as SessionFormValues;
    const request = requestOf(toSessionCreateRequest(42, extra));
    expect(Object.keys(request.body.data.attributes)).to.deep.equal(['address', 'room', 'date', 'time', 'examiner', 'description']);
    expect(request.body.data.attributes.description).to.equal(null);
    const { description: _omitted, ...withoutDescription } = values;
    expect(requestOf(toSessionCreateRequest(42, withoutDescription as SessionFormValues)).body.data.attributes.description).to.equal(null);
  });

  it('refuses a bad id or values the session form refuses, and never throws', () => {
    expect(detailsOf(toSessionUpdateRequest(Number.NaN, values))).to.equal(
      'sessionId: expected a positive integer up to 2147483647, got NaN',
    );
    detailsOf(toSessionCreateRequest('1/../2' as unknown as number, values));
    for (const bad of [undefined, { ...values, room: '  ' }, { ...values, date: '2020-02-30' }, { ...values, time: '25:00' }]) {
      for (const result of [toSessionCreateRequest(42, bad as never), toSessionUpdateRequest(296, bad as never)]) {
        expect(detailsOf(result), JSON.stringify(bad)).to.match(/^values: /);
      }
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, value) => {
        const result = toSessionUpdateRequest(id as number, value as never);
        if (result.ok) expect(result.requests[0]!.path).to.match(/^\/api\/sessions\/\d+$/);
      }),
    );
  });

  it('deletes a session with DELETE and no body (§ 2.4)', () => {
    expect(requestOf(toSessionDeleteRequest({ sessionId: 296 }))).to.deep.equal({
      method: 'DELETE',
      path: '/api/sessions/296',
      body: null,
    });
    expect(detailsOf(toSessionDeleteRequest({ sessionId: '296/candidates' } as never))).to.match(/^sessionId: /);
    detailsOf(toSessionDeleteRequest(undefined as never));
  });
});

describe('pix-api: candidate and invigilator requests', () => {
  const ids = { sessionId: 296, candidateId: 31 };

  it('deletes and updates an enrolled candidate (§ 4.4, § 4.6)', () => {
    expect(requestOf(toCandidateDeleteRequest(ids))).to.deep.equal({
      method: 'DELETE',
      path: '/api/sessions/296/certification-candidates/31',
      body: null,
    });
    expect(requestOf(toCandidateUpdateRequest({ ...ids, accessibilityAdjustmentNeeded: true }))).to.deep.equal({
      method: 'PATCH',
      path: '/api/sessions/296/certification-candidates/31',
      body: { data: { attributes: { 'accessibility-adjustment-needed': true } } },
    });
    expect(requestOf(toCandidateUpdateRequest({ ...ids, accessibilityAdjustmentNeeded: false })).body).to.deep.equal({
      data: { attributes: { 'accessibility-adjustment-needed': false } },
    });
    expect(detailsOf(toCandidateUpdateRequest({ ...ids, accessibilityAdjustmentNeeded: 'yes' } as never))).to.equal(
      'accessibilityAdjustmentNeeded: expected true or false, got "yes"',
    );
    expect(detailsOf(toCandidateUpdateRequest(ids as never))).to.match(/^accessibilityAdjustmentNeeded: /);
    expect(detailsOf(toCandidateDeleteRequest({ sessionId: 296, candidateId: 0 }))).to.match(/^candidateId: /);
    expect(detailsOf(toCandidateDeleteRequest({ sessionId: -1, candidateId: 31 }))).to.match(/^sessionId: /);
  });

  it('logs the invigilator in with the session number as strings, the password as typed (§ 5.3)', () => {
    expect(requestOf(toInvigilatorLoginRequest({ sessionId: 561, password: 'K8M2Q' }))).to.deep.equal({
      method: 'POST',
      path: '/api/sessions/supervise',
      body: {
        data: { id: '561', type: 'invigilator-authentications', attributes: { 'session-id': '561', 'invigilator-password': 'K8M2Q' } },
      },
    });
    expect(detailsOf(toInvigilatorLoginRequest({ sessionId: 561, password: '  ' }))).to.equal(
      "password: expected the session's password, got an empty text",
    );
    expect(detailsOf(toInvigilatorLoginRequest({ sessionId: 561 } as never))).to.match(/^password: /);
    expect(detailsOf(toInvigilatorLoginRequest({ sessionId: 'abc', password: 'K8M2Q' } as never))).to.match(/^sessionId: /);
  });

  it("downloads the invigilator's kit (§ 5.4)", () => {
    expect(requestOf(toInvigilatorKitRequest({ sessionId: 561 }))).to.deep.equal({
      method: 'GET',
      path: '/api/sessions/561/invigilator-kit',
      body: null,
    });
    detailsOf(toInvigilatorKitRequest({} as never));
  });

  it('authorises, resumes and ends a candidate (§ 5.6)', () => {
    expect(requestOf(toCandidateAuthorizeRequest({ ...ids, authorized: true }))).to.deep.equal({
      method: 'POST',
      path: '/api/certification-candidates/31/authorize-to-start',
      body: { 'authorized-to-start': true },
    });
    expect(requestOf(toCandidateAuthorizeRequest({ ...ids, authorized: false })).body).to.deep.equal({ 'authorized-to-start': false });
    expect(detailsOf(toCandidateAuthorizeRequest(ids as never))).to.match(/^authorized: /);
    expect(requestOf(toCandidateResumeRequest(ids))).to.deep.equal({
      method: 'POST',
      path: '/api/certification-candidates/31/authorize-to-resume',
      body: null,
    });
    expect(requestOf(toCandidateEndRequest(ids))).to.deep.equal({
      method: 'PATCH',
      path: '/api/certification-candidates/31/end-assessment-by-invigilator',
      body: null,
    });
    detailsOf(toCandidateResumeRequest({ sessionId: 296 } as never));
    detailsOf(toCandidateEndRequest({ sessionId: 296, candidateId: '31; DROP' } as never));
  });

  it('validates, dismisses and clears live alerts, addressed by user (§ 5.7)', () => {
    const alert = { ...ids, userId: 7001 };
    expect(requestOf(toLiveAlertValidateRequest({ ...alert, subcategory: 'WEBSITE_BLOCKED' }))).to.deep.equal({
      method: 'PATCH',
      path: '/api/sessions/296/candidates/7001/validate-live-alert',
      body: { subcategory: 'WEBSITE_BLOCKED' },
    });
    expect(requestOf(toLiveAlertDismissRequest(alert))).to.deep.equal({
      method: 'PATCH',
      path: '/api/sessions/296/candidates/7001/dismiss-live-alert',
      body: null,
    });
    expect(requestOf(toCompanionAlertClearRequest(alert))).to.deep.equal({
      method: 'PATCH',
      path: '/api/sessions/296/users/7001/clear-companion-alert',
      body: null,
    });
    expect(detailsOf(toLiveAlertValidateRequest({ ...alert, subcategory: 'LINK_NOT_WORKING' }))).to.contain(PIX_API_DEPRECATED_SUBCATEGORY);
    expect(detailsOf(toLiveAlertValidateRequest({ ...alert, subcategory: 'NAME_OR_BIRTHDATE' }))).to.match(
      /^subcategory: expected one of /,
    );
    for (const helper of [toLiveAlertDismissRequest, toCompanionAlertClearRequest]) {
      expect(detailsOf(helper({ ...alert, userId: null } as never))).to.match(/^userId: /);
    }
  });

  it('never throw, and build a path only from valid ids', () => {
    const helpers = [
      toSessionDeleteRequest,
      toCandidateDeleteRequest,
      toCandidateUpdateRequest,
      toInvigilatorLoginRequest,
      toInvigilatorKitRequest,
      toCandidateAuthorizeRequest,
      toCandidateResumeRequest,
      toCandidateEndRequest,
      toLiveAlertValidateRequest,
      toLiveAlertDismissRequest,
      toCompanionAlertClearRequest,
    ] as Array<(detail: unknown) => PixApiResult>;
    fc.assert(
      fc.property(fc.anything(), (detail) => {
        for (const helper of helpers) {
          const result = helper(detail);
          if (result.ok) for (const request of result.requests) expect(request.path).to.match(/^\/api(\/[a-z-]+|\/[1-9]\d*)+$/);
          expect(roundTrip(result)).to.deep.equal(result);
        }
      }),
    );
  });
});
