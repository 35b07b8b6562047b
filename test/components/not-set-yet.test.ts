import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PixElement } from '../../src/internal/pix-element.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { PixInvigilatorSpace } from '../../src/components/invigilator-space/invigilator-space.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import type { Candidate, SessionSummary, Student } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, text } from '../helpers/dom.js';
import { chooseReason, reasonSelect } from '../helpers/wizard.js';

/**
 * Contract, "Bad input": not set yet is not bad input. A property still `undefined` (the element
 * is in the page before the host's script sets it) shows a quiet, busy placeholder: no alert,
 * nothing in the console. Once set, the element renders; real bad input still shows its error.
 */

const students: Student[] = [{ id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false }];
const candidates: Candidate[] = [{ id: 4, firstName: 'Faye', lastName: 'Bernier', birthdate: '2005-12-10' }];
const summaries: SessionSummary[] = [
  {
    id: 296,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2020-12-14',
    time: '12:00',
    examiner: 'Paul Eluard',
    enrolledCandidatesCount: 3,
    effectiveCandidatesCount: 0,
    status: 'created',
  },
];

let logs: unknown[][] = [];
let originalError: typeof console.error;
let originalWarn: typeof console.warn;

function alertOf(element: Element): Element | null {
  return element.shadowRoot!.querySelector('[role="alert"]');
}

/** The quiet state: a busy placeholder and nothing else, no alert, nothing logged. */
async function expectNotSetYet(element: PixElement, label: string): Promise<void> {
  await element.updateComplete;
  expect(alertOf(element), `${label}: no alert`).to.equal(null);
  const placeholder = element.shadowRoot!.querySelector('[aria-busy="true"]');
  expect(placeholder, `${label}: a busy placeholder`).to.not.equal(null);
  expect(text(element.shadowRoot!), `${label}: nothing shown`).to.equal('');
  expect(logs, `${label}: nothing logged`).to.deep.equal([]);
  await expectAccessible(element);
}

/** Real bad input: the error state, logged once (not again when the same error stays). */
async function expectBadInput(element: PixElement, label: string, logged = 1): Promise<void> {
  await element.updateComplete;
  expect(text(alertOf(element)), label).to.contain('Données invalides');
  expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), `${label}: not busy`).to.equal(null);
  expect(
    logs.filter(([, level]) => level === 'error'),
    `${label}: logged once`,
  ).to.have.length(logged);
  logs = [];
}

describe('not set yet is not bad input', () => {
  beforeEach(() => {
    logs = [];
    originalError = console.error;
    originalWarn = console.warn;
    console.error = (...args: unknown[]) => logs.push([args.join(' '), 'error']);
    console.warn = (...args: unknown[]) => logs.push([args.join(' '), 'warn']);
  });
  afterEach(() => {
    console.error = originalError;
    console.warn = originalWarn;
  });

  it('<pix-finalise-wizard>: quiet until both .session and .reports are set, then the page; bad input still an error', async () => {
    const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard now="2021-01-18T11:00"></pix-finalise-wizard>`);
    await expectNotSetYet(element, 'nothing set');
    element.session = session561.session;
    await expectNotSetYet(element, '.session set, .reports not yet');
    element.reports = session561.reports;
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.equal('Finaliser la session 561');
    expect(alertOf(element)?.textContent?.trim() ?? '', 'no alert with content').to.equal('');
    expect(logs).to.deep.equal([]);

    // A host clearing .reports while it refetches: quiet again, and what the person chose survives.
    await chooseReason(element, 1199, 'candidate');
    element.reports = undefined;
    await expectNotSetYet(element, '.reports cleared for a refetch');
    element.reports = session561.reports;
    await element.updateComplete;
    expect(reasonSelect(element, 1199).value).to.equal('candidate');

    element.reports = null as never;
    await expectBadInput(element, '.reports = null');
    element.session = undefined;
    await expectBadInput(element, 'bad .reports beside a session not set yet', 0);
  });

  it('<pix-finalise-wizard>: bad .session beside .reports not set yet is an error', async () => {
    const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard></pix-finalise-wizard>`);
    element.session = { ...session561.session, status: 'open' } as never;
    await expectBadInput(element, 'a session with an unknown status');
  });

  it('<pix-session-details>: quiet until .session is set (candidates and reports are optional)', async () => {
    const element = await fixture<PixSessionDetails>(html`<pix-session-details now="2020-12-14T13:00"></pix-session-details>`);
    await expectNotSetYet(element, 'nothing set');
    element.candidates = candidates;
    await expectNotSetYet(element, '.candidates set, .session not yet');
    element.session = session296.session;
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.contain('296');
    expect(alertOf(element)).to.equal(null);
    expect(logs).to.deep.equal([]);
    element.candidates = 'Bernier' as never;
    await expectBadInput(element, '.candidates as text');
    element.session = undefined;
    await expectBadInput(element, 'bad .candidates beside a session not set yet', 0);
  });

  it('<pix-student-enrolment>: quiet until .session and .students are set', async () => {
    const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment></pix-student-enrolment>`);
    await expectNotSetYet(element, 'nothing set');
    element.students = students;
    await expectNotSetYet(element, '.students set, .session not yet');
    element.session = session296.session;
    await element.updateComplete;
    expect(text($(element, 'tbody'))).to.contain('Martin');
    expect(alertOf(element)).to.equal(null);
    expect(logs).to.deep.equal([]);
    element.students = [{ ...students[0]!, id: '12' }] as never;
    await expectBadInput(element, 'a pupil id as text');
    element.students = undefined;
    await expectNotSetYet(element, '.students cleared');
  });

  it('<pix-session-list>: quiet until .sessions is set, whatever else is set; bad input still an error', async () => {
    const element = await fixture<PixSessionList>(html`<pix-session-list server-paging></pix-session-list>`);
    await expectNotSetYet(element, 'nothing set');
    element.filters = { status: 'created' };
    element.total = 40;
    await expectNotSetYet(element, '.filters and total set, .sessions not yet');
    element.sessions = summaries;
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.equal('Sessions de certification');
    expect(text($(element, 'tbody'))).to.contain('Collège Anne Frank');
    expect(alertOf(element)).to.equal(null);
    expect(logs).to.deep.equal([]);

    // A host clearing .sessions while it refetches: quiet again, and the filters stay.
    element.sessions = undefined;
    await expectNotSetYet(element, '.sessions cleared for a refetch');
    element.sessions = [];
    await element.updateComplete;
    expect(text($(element, '.no-result')), 'the filter still applies').to.equal('Aucune session trouvée');
    expect(logs).to.deep.equal([]);

    element.sessions = [{ ...summaries[0]!, id: '296' }] as never;
    await expectBadInput(element, 'a session id as text');
    element.sessions = undefined;
    await expectNotSetYet(element, '.sessions cleared after bad input');
    element.filters = { status: 'open' } as never;
    await expectBadInput(element, 'bad .filters beside sessions not set yet');
  });

  it('<pix-invigilator-space>: the login form without .session, quiet until .candidates is set', async () => {
    const element = await fixture<PixInvigilatorSpace>(html`<pix-invigilator-space></pix-invigilator-space>`);
    await element.updateComplete;
    expect(text($(element, 'h1')), 'no session: the login form, its neutral state').to.equal('Espace Surveillant');
    expect(alertOf(element)).to.equal(null);
    expect(logs).to.deep.equal([]);
    element.session = { ...session296.session, hasExpired: false };
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.equal('Session 296');
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), 'the list waits for .candidates').to.not.equal(null);
    expect(alertOf(element)).to.equal(null);
    expect(logs).to.deep.equal([]);
    await expectAccessible(element);
    element.candidates = [{ id: 'x' }] as never;
    await expectBadInput(element, 'a candidate id as text');
    element.session = null;
    await expectBadInput(element, 'bad .candidates beside no session', 0);
    element.candidates = [];
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.equal('Espace Surveillant');
  });

  it('<pix-candidate-report>: nothing until .report is set, and show() waits for it; bad input still an error', async () => {
    const element = await fixture<PixCandidateReport>(html`<pix-candidate-report></pix-candidate-report>`);
    await expectNotSetYet(element, 'no report');
    element.show();
    await expectNotSetYet(element, 'show() without a report');
    expect(element.open, 'no dialog to open').to.equal(false);
    element.report = session561.reports[0];
    await element.updateComplete;
    element.show();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(logs).to.deep.equal([]);
    element.report = { certificationCourseId: 'x' } as never;
    await expectBadInput(element, 'a report of the wrong shape');
  });

  it('<pix-session-form>: no session is the creation form, quietly; <pix-abandon-reason> needs nothing', async () => {
    const form = await fixture<PixSessionForm>(html`<pix-session-form today="2030-06-15"></pix-session-form>`);
    expect(text($(form, 'h1'))).to.equal('Créer une session');
    expect(alertOf(form)?.textContent?.trim() ?? '').to.equal('');
    const reason = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
    expect(reason.shadowRoot!.querySelector('select')).to.not.equal(null);
    expect(logs).to.deep.equal([]);
  });
});
