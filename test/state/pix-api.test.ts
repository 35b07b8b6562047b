import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  toAbortReasonRequest,
  toEnrolmentRequest,
  toFinalisationRequest,
  toIssueReportRequest,
  toSessionCreateRequest,
  toSessionUpdateRequest,
} from '../../src/state/pix-api.js';
import { buildPayload, createFinalisation, setAbortReason, type FinalisationState } from '../../src/state/finalisation.js';
import { translate } from '../../src/state/messages.js';
import type { PixApiResult } from '../../src/state/pix-api.js';
import { FinalisationPayloadSchema, type FinalisationPayload, type SessionFormValues } from '../../src/state/schemas.js';
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

/** The request of an accepted result; fails the test on a refusal. */
function requestOf<Body>(result: PixApiResult<Body>) {
  expect(result.ok, JSON.stringify(result.reason)).to.equal(true);
  return result.request!;
}

describe('pix-api: toFinalisationRequest', () => {
  const payload: FinalisationPayload = {
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
  };

  it('builds the PUT request of spec §4, with included inside data and names from the reports', () => {
    expect(FinalisationPayloadSchema.safeParse(payload).success).to.equal(true);
    const result = toFinalisationRequest(payload, session561.reports);
    expect(result.ok).to.equal(true);
    const request = result.request!;
    expect(request).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/561/finalization',
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
    });
    expect(Object.keys(request.body)).to.deep.equal(['data']);
    expect(roundTrip(request)).to.deep.equal(request);
  });

  it('says there is no incident when the comment is null', () => {
    const request = requestOf(toFinalisationRequest({ ...payload, examinerGlobalComment: null }, session561.reports));
    expect(request.body.data.attributes).to.deep.equal({
      'examiner-global-comment': null,
      'has-incident': false,
      'has-joining-issue': false,
    });
  });

  it('refuses a blank or untrimmed comment, which buildPayload never gives', () => {
    for (const examinerGlobalComment of ['   ', '  Panne  ', '']) {
      const result = toFinalisationRequest({ ...payload, examinerGlobalComment }, []);
      expect(result.ok, JSON.stringify(examinerGlobalComment)).to.equal(false);
      expect(result.reason?.key).to.equal('input.invalid');
      expect(String(result.reason?.params?.['details'])).to.contain('examinerGlobalComment');
    }
  });

  it('gives empty names to a report the names list does not know', () => {
    const request = requestOf(toFinalisationRequest(payload, [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' }]));
    expect(request.body.data.included.map((item) => [item.attributes.firstName, item.attributes.lastName])).to.deep.equal([
      ['Marion', 'Cotillon'],
      ['', ''],
      ['', ''],
    ]);
  });

  it('sends no report for an empty payload', () => {
    const request = requestOf(
      toFinalisationRequest(
        { sessionId: 7, examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false, certificationReports: [] },
        [],
      ),
    );
    expect(request).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/7/finalization',
      body: {
        data: {
          attributes: { 'examiner-global-comment': null, 'has-incident': false, 'has-joining-issue': false },
          included: [],
        },
      },
    });
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
    const refused = toFinalisationRequest({ ok: false, payload: undefined } as unknown as FinalisationPayload, session561.reports);
    expect(refused.ok).to.equal(false);
    // Its payload is accepted.
    if (built.ok)
      expect(requestOf(toFinalisationRequest(built.payload, session561.reports)).url).to.equal('/api/sessions/561/finalization');
  });

  it('refuses a payload its schema refuses: bad id, unfinished report without a reason, duplicates, wrong types', () => {
    const unfinished = payload.certificationReports[0]!;
    const bad: unknown[] = [
      { ...payload, sessionId: '../../admin' },
      { ...payload, sessionId: 0 },
      { ...payload, sessionId: '561' },
      { ...payload, certificationReports: [{ ...unfinished, abortReason: null }] },
      { ...payload, certificationReports: [{ ...unfinished, abortReason: 'bored' }] },
      { ...payload, certificationReports: [unfinished, unfinished] },
      { ...payload, certificationReports: 'none' },
      { sessionId: 561 },
      null,
      undefined,
      'payload',
    ];
    for (const value of bad) {
      const result = toFinalisationRequest(value as FinalisationPayload, session561.reports);
      expect(result.ok, JSON.stringify(value)).to.equal(false);
      expect(result.request).to.equal(undefined);
      expect(result.reason?.key).to.equal('input.invalid');
    }
  });

  it('refuses reports that are not an array', () => {
    const result = toFinalisationRequest(payload, 'nope' as unknown as []);
    expect(result.ok).to.equal(false);
    expect(String(result.reason?.params?.['details'])).to.match(/^reports: /);
  });

  it('never throws, and builds a request only from a payload its schema accepts', () => {
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
        expect(result.ok).to.equal(Array.isArray(reports));
        if (result.ok) expect(result.request.url).to.equal('/api/sessions/561/finalization');
      }),
    );
  });
});

describe('pix-api: toAbortReasonRequest', () => {
  it('builds POST /abort with { data: { reason } }', () => {
    expect(requestOf(toAbortReasonRequest(1199, 'candidate'))).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/1199/abort',
      body: { data: { reason: 'candidate' } },
    });
    expect(requestOf(toAbortReasonRequest(1200, 'technical'))).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/1200/abort',
      body: { data: { reason: 'technical' } },
    });
  });

  it('refuses a bad id or an unknown reason, and never throws', () => {
    expect(toAbortReasonRequest(-3, 'candidate')).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'certificationCourseId: expected a positive integer, got -3' } },
    });
    expect(toAbortReasonRequest(1199, 'oops' as 'candidate')).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'reason: expected "candidate" or "technical", got "oops"' } },
    });
    expect(toAbortReasonRequest(1199, null as never).ok).to.equal(false);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, reason) => {
        const result = toAbortReasonRequest(id as number, reason as 'candidate');
        if (result.ok) expect(result.request.url).to.match(/^\/api\/certification-reports\/\d+\/abort$/);
        else expect(result.reason.key).to.equal('input.invalid');
      }),
    );
  });
});

describe('pix-api: toIssueReportRequest', () => {
  it('builds POST /certification-issue-reports with kebab-case attributes', () => {
    expect(
      requestOf(
        toIssueReportRequest(1202, {
          category: 'IN_CHALLENGE',
          subcategory: 'LINK_NOT_WORKING',
          description: 'Lien mort',
          questionNumber: 12,
        }),
      ),
    ).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/1202/certification-issue-reports',
      body: {
        data: {
          attributes: {
            category: 'IN_CHALLENGE',
            subcategory: 'LINK_NOT_WORKING',
            description: 'Lien mort',
            'question-number': 12,
          },
        },
      },
    });
  });

  it('keeps unused fields null', () => {
    expect(
      requestOf(
        toIssueReportRequest(487, { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null }),
      ),
    ).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/487/certification-issue-reports',
      body: {
        data: { attributes: { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, 'question-number': null } },
      },
    });
  });

  it('refuses a bad id or a report its schema refuses', () => {
    const report = { category: 'OTHER', subcategory: null, description: 'Alarme', questionNumber: null };
    expect(toIssueReportRequest('1/../2' as unknown as number, report).ok).to.equal(false);
    for (const bad of [
      { ...report, category: '' },
      { ...report, description: '  Alarme ' },
      { ...report, questionNumber: 501 },
      { ...report, questionNumber: '12' },
      null,
    ]) {
      const result = toIssueReportRequest(1202, bad as never);
      expect(result.ok, JSON.stringify(bad)).to.equal(false);
      expect(String(result.reason?.params?.['details'])).to.match(/^issueReport: /);
    }
  });

  it('never throws on bad input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, report) => {
        const result = toIssueReportRequest(id as number, report as never);
        if (result.ok) expect(result.request.url).to.match(/^\/api\/certification-reports\/\d+\/certification-issue-reports$/);
        expect(roundTrip(result)).to.deep.equal(result);
      }),
    );
  });
});

describe('pix-api: toEnrolmentRequest', () => {
  it('builds PUT /enrol-students-to-session with the learner ids', () => {
    expect(requestOf(toEnrolmentRequest({ sessionId: 296, studentIds: [3, 12, 40] }))).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/296/enrol-students-to-session',
      body: { data: { attributes: { 'organization-learner-ids': [3, 12, 40] } } },
    });
  });

  it('sends each id once, in ascending order', () => {
    const request = requestOf(toEnrolmentRequest({ sessionId: 296, studentIds: [40, 3, 40, 12] }));
    expect(request.body.data.attributes['organization-learner-ids']).to.deep.equal([3, 12, 40]);
  });

  it('refuses a bad session id, a bad pupil id or no list, and never throws', () => {
    for (const bad of [0, -1, 2.5, Number.NaN, '3']) {
      const result = toEnrolmentRequest({ sessionId: 296, studentIds: [3, bad as number] });
      expect(result.ok, String(bad)).to.equal(false);
      expect(String(result.reason?.params?.['details'])).to.match(/^studentIds\.1: /);
    }
    expect(toEnrolmentRequest(null as never)).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'sessionId: expected a positive integer, got undefined' } },
    });
    expect(toEnrolmentRequest({ sessionId: 296 } as never).ok).to.equal(false);
    fc.assert(
      fc.property(fc.anything(), (detail) => {
        const result = toEnrolmentRequest(detail as never);
        if (result.ok) expect(result.request.url).to.match(/^\/api\/sessions\/\d+\/enrol-students-to-session$/);
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
  const attributes = {
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
      url: '/api/certification-centers/42/session',
      body: { data: { type: 'sessions', attributes } },
    });
  });

  it('updates with PATCH and the id as a string in the body', () => {
    expect(requestOf(toSessionUpdateRequest(296, { ...values, description: 'Tiers temps salle 210' }))).to.deep.equal({
      method: 'PATCH',
      url: '/api/sessions/296',
      body: { data: { type: 'sessions', id: '296', attributes: { ...attributes, description: 'Tiers temps salle 210' } } },
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
    expect(toSessionUpdateRequest(Number.NaN, values)).to.deep.equal({
      ok: false,
      reason: { key: 'input.invalid', params: { details: 'sessionId: expected a positive integer, got NaN' } },
    });
    expect(toSessionCreateRequest('1/../2' as unknown as number, values).ok).to.equal(false);
    for (const bad of [undefined, { ...values, room: '  ' }, { ...values, date: '2020-02-30' }, { ...values, time: '25:00' }]) {
      for (const result of [toSessionCreateRequest(42, bad as never), toSessionUpdateRequest(296, bad as never)]) {
        expect(result.ok, JSON.stringify(bad)).to.equal(false);
        expect(String(result.reason?.params?.['details'])).to.match(/^values: /);
      }
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, value) => {
        const result = toSessionUpdateRequest(id as number, value as never);
        if (result.ok) expect(result.request.url).to.match(/^\/api\/sessions\/\d+$/);
      }),
    );
  });
});
