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
import { FinalisationPayloadSchema, type FinalisationPayload, type SessionFormValues } from '../../src/state/schemas.js';
import { session561 } from '../fixtures/guide-sessions.js';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('pix-api: toFinalisationRequest', () => {
  const payload: FinalisationPayload = {
    sessionId: 561,
    examinerGlobalComment: 'Coupure réseau de 10 minutes.',
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
    const request = toFinalisationRequest(payload, session561.reports);
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
    const request = toFinalisationRequest({ ...payload, examinerGlobalComment: null }, session561.reports);
    expect(request.body.data.attributes).to.deep.equal({
      'examiner-global-comment': null,
      'has-incident': false,
      'has-joining-issue': false,
    });
  });

  it('treats a blank comment as no comment and trims the others', () => {
    const blank = toFinalisationRequest({ ...payload, examinerGlobalComment: '   ' }, []);
    expect(blank.body.data.attributes['examiner-global-comment']).to.equal(null);
    expect(blank.body.data.attributes['has-incident']).to.equal(false);
    const padded = toFinalisationRequest({ ...payload, examinerGlobalComment: '  Panne  ' }, []);
    expect(padded.body.data.attributes['examiner-global-comment']).to.equal('Panne');
    expect(padded.body.data.attributes['has-incident']).to.equal(true);
  });

  it('gives empty names to a report the names list does not know', () => {
    const request = toFinalisationRequest(payload, [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' }]);
    expect(request.body.data.included.map((item) => [item.attributes.firstName, item.attributes.lastName])).to.deep.equal([
      ['Marion', 'Cotillon'],
      ['', ''],
      ['', ''],
    ]);
  });

  it('sends no report for an empty payload', () => {
    const request = toFinalisationRequest({ sessionId: 7, examinerGlobalComment: null, certificationReports: [] }, []);
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

  it('never throws on bad input and never lets a bad id leave its path segment', () => {
    const bad = toFinalisationRequest({ sessionId: '../../admin' } as unknown as FinalisationPayload, 'nope' as unknown as []);
    expect(bad).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/invalid/finalization',
      body: {
        data: {
          attributes: { 'examiner-global-comment': null, 'has-incident': false, 'has-joining-issue': false },
          included: [],
        },
      },
    });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const request = toFinalisationRequest(a as FinalisationPayload, b as []);
        expect(request.url).to.match(/^\/api\/sessions\/(\d+|invalid)\/finalization$/);
        expect(roundTrip(request)).to.deep.equal(request);
      }),
    );
  });
});

describe('pix-api: toAbortReasonRequest', () => {
  it('builds POST /abort with { data: { reason } }', () => {
    expect(toAbortReasonRequest(1199, 'candidate')).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/1199/abort',
      body: { data: { reason: 'candidate' } },
    });
    expect(toAbortReasonRequest(1200, 'technical')).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/1200/abort',
      body: { data: { reason: 'technical' } },
    });
  });

  it('never throws on bad input', () => {
    expect(toAbortReasonRequest(-3, 'oops' as 'candidate')).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/invalid/abort',
      body: { data: { reason: null } },
    });
  });
});

describe('pix-api: toIssueReportRequest', () => {
  it('builds POST /certification-issue-reports with kebab-case attributes', () => {
    expect(
      toIssueReportRequest(1202, {
        category: 'IN_CHALLENGE',
        subcategory: 'LINK_NOT_WORKING',
        description: 'Lien mort',
        questionNumber: 12,
      }),
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
      toIssueReportRequest(487, { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null }),
    ).to.deep.equal({
      method: 'POST',
      url: '/api/certification-reports/487/certification-issue-reports',
      body: {
        data: { attributes: { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, 'question-number': null } },
      },
    });
  });

  it('never throws on bad input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, report) => {
        const request = toIssueReportRequest(id as number, report as never);
        expect(request.url).to.match(/^\/api\/certification-reports\/(\d+|invalid)\/certification-issue-reports$/);
        expect(roundTrip(request)).to.deep.equal(request);
      }),
    );
  });
});

describe('pix-api: toEnrolmentRequest', () => {
  it('builds PUT /enrol-students-to-session with the learner ids', () => {
    expect(toEnrolmentRequest({ sessionId: 296, studentIds: [3, 12, 40] })).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/296/enrol-students-to-session',
      body: { data: { attributes: { 'organization-learner-ids': [3, 12, 40] } } },
    });
  });

  it('sends each id once, in ascending order, and drops invalid ones', () => {
    const request = toEnrolmentRequest({ sessionId: 296, studentIds: [40, 3, 40, 0, -1, 2.5, Number.NaN, 12] });
    expect(request.body.data.attributes['organization-learner-ids']).to.deep.equal([3, 12, 40]);
  });

  it('never throws on bad input', () => {
    expect(toEnrolmentRequest(null as never)).to.deep.equal({
      method: 'PUT',
      url: '/api/sessions/invalid/enrol-students-to-session',
      body: { data: { attributes: { 'organization-learner-ids': [] } } },
    });
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
    expect(toSessionCreateRequest(42, values)).to.deep.equal({
      method: 'POST',
      url: '/api/certification-centers/42/session',
      body: { data: { type: 'sessions', attributes } },
    });
  });

  it('updates with PATCH and the id as a string in the body', () => {
    expect(toSessionUpdateRequest(296, { ...values, description: 'Tiers temps salle 210' })).to.deep.equal({
      method: 'PATCH',
      url: '/api/sessions/296',
      body: { data: { type: 'sessions', id: '296', attributes: { ...attributes, description: 'Tiers temps salle 210' } } },
    });
  });

  it('sends exactly the six attributes, description null when missing or blank', () => {
    const extra = { ...values, accessCode: 'BCDF23', status: 'created', description: '  ' } as unknown as SessionFormValues;
    const request = toSessionCreateRequest(42, extra);
    expect(Object.keys(request.body.data.attributes)).to.deep.equal(['address', 'room', 'date', 'time', 'examiner', 'description']);
    expect(request.body.data.attributes.description).to.equal(null);
    const { description: _omitted, ...withoutDescription } = values;
    expect(toSessionCreateRequest(42, withoutDescription as SessionFormValues).body.data.attributes.description).to.equal(null);
  });

  it('never throws on bad input', () => {
    expect(toSessionUpdateRequest(Number.NaN, undefined as never)).to.deep.equal({
      method: 'PATCH',
      url: '/api/sessions/invalid',
      body: {
        data: {
          type: 'sessions',
          id: 'invalid',
          attributes: { address: '', room: '', date: '', time: '', examiner: '', description: null },
        },
      },
    });
    expect(toSessionCreateRequest('1/../2' as unknown as number, values).url).to.equal('/api/certification-centers/invalid/session');
  });
});
