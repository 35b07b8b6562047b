import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { FinalisationPayloadSchema } from '../../src/state/schemas.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { hostileScalars as hostileValues, sampleAnything } from '../helpers/hostile.js';

const hostileScalars = hostileValues();

const validReport = session561.reports[0]!;
const hostileReports: unknown[] = [
  ...hostileScalars,
  [validReport, validReport],
  [{ ...validReport, certificationCourseId: -3 }],
  [{ ...validReport, certificationCourseId: 0.5 }],
  [{ ...validReport, certificationCourseId: Number.NaN }],
  [{ ...validReport, certificationCourseId: '1199' }],
  [{ ...validReport, isCompleted: 'false' }],
  [{ ...validReport, firstName: null }],
  [{ ...validReport, abortReason: 'bored' }],
  [{ ...validReport, issueReports: [{ category: 'NOPE', subcategory: null, description: null, questionNumber: null }] }],
  [{ ...validReport, issueReports: [{ category: 'OTHER', subcategory: null, description: 'x'.repeat(501), questionNumber: null }] }],
  [{ ...validReport, issueReports: [{ category: 'IN_CHALLENGE', subcategory: 'LINK_NOT_WORKING', description: 'a', questionNumber: 0 }] }],
  [{ ...validReport, issueReports: 'none' }],
  [JSON.parse('{"__proto__": {"isCompleted": true}, "certificationCourseId": 4}')],
  ...sampleAnything(20, 42).map((value) => [value]),
  ...sampleAnything(10, 7),
];

const hostileSessions: unknown[] = [
  ...hostileScalars,
  { ...session561.session, id: '561' },
  { ...session561.session, id: -561 },
  { ...session561.session, id: 5.61 },
  { ...session561.session, date: '2021-02-30' },
  { ...session561.session, time: '24:00' },
  { ...session561.session, status: 'open' },
  { ...session561.session, version: 4 },
  { ...session561.session, accessCode: 'abc' },
  { ...session561.session, address: 42 },
  ...sampleAnything(12, 11),
];

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

describe('hostile input (fast-check and hand-picked)', () => {
  let originalError: typeof console.error;
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    originalError = console.error;
    originalWarn = console.warn;
    console.error = () => {};
    console.warn = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
    console.warn = originalWarn;
  });

  it(`<pix-finalise-wizard>: ${hostileReports.length} bad .reports and ${hostileSessions.length} bad .session never throw, show an error, emit nothing invalid`, async () => {
    const wizard = await fixture<PixFinaliseWizard>(
      html`<pix-finalise-wizard .session=${session561.session} .reports=${session561.reports}></pix-finalise-wizard>`,
    );
    const events: Event[] = [];
    for (const type of ['pix-finalise', 'pix-draft-change', 'pix-issue-report-add'])
      wizard.addEventListener(type, (event) => events.push(event));
    let errorStates = 0;
    for (const [property, values] of [
      ['reports', hostileReports],
      ['session', hostileSessions],
    ] as const) {
      for (const value of values) {
        wizard.session = session561.session;
        wizard.reports = session561.reports;
        await wizard.updateComplete;
        (wizard as unknown as Record<string, unknown>)[property] = value;
        await wizard.updateComplete;
        const alert = wizard.shadowRoot!.querySelector('.input-error');
        if (alert) {
          errorStates += 1;
          expect(alert.textContent).to.contain('Données invalides');
        } else if (value === undefined) {
          // Not set yet is not bad input: a quiet, busy placeholder.
          expect(wizard.shadowRoot!.querySelector('[role="alert"]'), `${String(property)} not set yet`).to.equal(null);
          expect(wizard.shadowRoot!.querySelector('[aria-busy="true"]'), `${String(property)} not set yet`).to.not.equal(null);
        } else {
          // Accepted input: the page works and its payload is valid.
          expect(wizard.finalisation, `accepted ${String(property)}`).to.not.equal(null);
        }
        wizard.shadowRoot!.querySelector<HTMLButtonElement>('.validate')?.click();
        await wizard.updateComplete;
      }
    }
    expect(errorStates).to.be.greaterThan(hostileReports.length + hostileSessions.length - 20);
    for (const event of events) {
      if (event.type === 'pix-finalise') expect(FinalisationPayloadSchema.safeParse((event as CustomEvent).detail).success).to.equal(true);
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(uncaught).to.deep.equal([]);
  });

  it('<pix-finalise-wizard>: bad drafts, catalogues, now and timeout never break the page', async () => {
    const wizard = await fixture<PixFinaliseWizard>(
      html`<pix-finalise-wizard .session=${session561.session} .reports=${session561.reports}></pix-finalise-wizard>`,
    );
    const values = [
      ...hostileScalars,
      ...sampleAnything(10, 3),
      { sessionId: 561, reports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: 'yes' }] },
    ];
    for (const value of values) {
      wizard.draft = value as never;
      await wizard.updateComplete;
      expect(wizard.shadowRoot!.querySelector('.input-error'), 'a bad draft is ignored, not fatal').to.equal(null);
    }
    for (const value of values) {
      (wizard as unknown as Record<string, unknown>)['now'] = value;
      (wizard as unknown as Record<string, unknown>)['timeout'] = value;
      await wizard.updateComplete;
      expect(wizard.shadowRoot!.querySelector('h1')).to.not.equal(null);
    }
    let catalogueErrors = 0;
    for (const value of [...values, '2019', { id: 'x', categories: [{}] }]) {
      (wizard as unknown as Record<string, unknown>)['catalogue'] = value;
      await wizard.updateComplete;
      if (wizard.shadowRoot!.querySelector('.input-error')) catalogueErrors += 1;
    }
    expect(catalogueErrors).to.be.greaterThan(20);
    expect(uncaught).to.deep.equal([]);
  });

  it(`<pix-candidate-report>: ${hostileReports.length} bad .report values never open, throw or emit`, async () => {
    const dialog = await fixture<PixCandidateReport>(html`<pix-candidate-report .report=${validReport}></pix-candidate-report>`);
    const events: Event[] = [];
    dialog.addEventListener('pix-issue-report-add', (event) => events.push(event));
    let errorStates = 0;
    for (const value of [...hostileReports.flatMap((item) => (Array.isArray(item) ? item : [item]))]) {
      dialog.report = value;
      dialog.show();
      await dialog.updateComplete;
      if (dialog.shadowRoot!.querySelector('.input-error')) {
        errorStates += 1;
        expect(dialog.open).to.equal(false);
      }
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      dialog.close();
      await dialog.updateComplete;
    }
    expect(errorStates).to.be.at.least(30);
    expect(events).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });

  it('<pix-abandon-reason>: 30+ bad values are refused and leave it empty', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason required></pix-abandon-reason>`);
    const values = [...hostileScalars, ...sampleAnything(15, 5), 'Candidate', ' candidate', 'technical\u0000'];
    for (const value of values) {
      (element as unknown as Record<string, unknown>)['value'] = value;
      await element.updateComplete;
      expect(element.value).to.equal('');
      expect(element.checkValidity()).to.equal(false);
    }
    expect(values.length).to.be.at.least(30);
    expect(uncaught).to.deep.equal([]);
  });
});
