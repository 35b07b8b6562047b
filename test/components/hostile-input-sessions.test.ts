import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/pix-session-details.js';
import '../../src/define/pix-session-form.js';
import '../../src/define/pix-student-enrolment.js';
import '../../src/define/pix-session-list.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import {
  CandidatesSchema,
  CertificationReportsSchema,
  SessionFormValuesSchema,
  SessionListFiltersSchema,
  SessionSummariesSchema,
  SessionSchema,
  StudentsSchema,
  isCalendarDate,
  type Candidate,
  type CertificationReport,
  type Session,
  type SessionListFiltersInput,
  type SessionSummary,
  type Student,
} from '../../src/state/schemas.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { ANYTHING, hostileScalars, sampleAnything } from '../helpers/hostile.js';

/**
 * Issue 7, item 6, for the three session elements: at least 30 malformed values per property,
 * hand-picked and generated with fast-check. For each one: no uncaught exception, the clear
 * "Données invalides" error state when the contract's schema refuses the value, no event with
 * invalid data (every button is tried after each value), and Object.prototype untouched.
 * Each test prints how many values it tried per property.
 */

// ---------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------

/**
 * Near-misses of a valid object generated with fast-check: one field removed, or replaced by
 * anything (a number for a string, a string for a number, NaN, a negative or fractional id…).
 */
function mutants(valid: object, count: number, seed: number): unknown[] {
  const keys = Object.keys(valid);
  const badField = fc.oneof(
    ANYTHING,
    fc.double(),
    fc.integer({ min: -1000, max: 0 }),
    fc.string(),
    fc.constantFrom(Number.NaN, -1, 0.5, '1', null, 'x'.repeat(10_000)),
  );
  return fc.sample(fc.tuple(fc.constantFrom(...keys), fc.boolean(), badField), { numRuns: count, seed }).map(([key, remove, bad]) => {
    const copy: Record<string, unknown> = { ...valid };
    if (remove) delete copy[key];
    else copy[key] = bad;
    return copy;
  });
}

const session: Session = session296.session;

function sessionValues(seed: number): unknown[] {
  return [
    ...hostileScalars(),
    { ...session, id: '296' },
    { ...session, id: -296 },
    { ...session, id: 2.96 },
    { ...session, id: Number.NaN },
    { ...session, id: 0 },
    { ...session, date: '2021-02-30' },
    { ...session, date: '14/12/2020' },
    { ...session, time: '24:00' },
    { ...session, time: '9:00' },
    { ...session, status: 'open' },
    { ...session, version: 4 },
    { ...session, accessCode: 'abc' },
    { ...session, address: 42 },
    { ...session, description: 5 },
    { ...session, certificationCenterName: null },
    // A field smuggled in through a "__proto__" key is not a field.
    JSON.parse(JSON.stringify({ ...session, id: undefined }).replace(/^\{/, '{"__proto__": {"id": 296}, ')),
    JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(session).slice(1, -1)}, "status": "nope"}`),
    // Valid sessions in disguise: taken, and their "__proto__" key or prototype ignored.
    JSON.parse(`{"__proto__": {"status": "finalized", "polluted": true}, ${JSON.stringify(session).slice(1, -1)}}`),
    Object.assign(Object.create({ polluted: true, status: 'finalized' }), session),
    ...mutants(session, 20, seed),
    ...sampleAnything(10, seed + 1),
  ];
}

const candidate: Candidate = { id: 1, firstName: 'Faye', lastName: 'Bernier', birthdate: '2006-03-05', division: '3A' };
const report: CertificationReport = { certificationCourseId: 487, firstName: 'Faye', lastName: 'Bernier', isCompleted: true };
const student: Student = { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false };

/** Arrays around a valid item: duplicates, holes, near-misses (each next to a valid one), and anything. */
function listValues<T extends object>(valid: T, idKey: keyof T, seed: number, extra: unknown[]): unknown[] {
  const other = { ...valid, [idKey]: 9999 };
  return [
    ...hostileScalars(),
    [valid, valid],
    [valid, { ...other, [idKey]: valid[idKey] }],
    [valid, null],
    [undefined],
    // eslint-disable-next-line no-sparse-arrays
    [, valid],
    { length: 1, 0: valid },
    [{ ...valid, [idKey]: String(valid[idKey]) }],
    [{ ...valid, [idKey]: -3 }],
    [{ ...valid, [idKey]: 0.5 }],
    [{ ...valid, [idKey]: Number.NaN }],
    [{ ...valid, [idKey]: Infinity }],
    [JSON.parse(`{"__proto__": ${JSON.stringify(valid)}}`)],
    [JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1, -1)}, "${String(idKey)}": "x"}`)],
    ...extra,
    ...mutants(valid, 20, seed).map((item) => [other, item]),
    ...sampleAnything(8, seed + 1).map((item) => [item]),
  ];
}

function candidateValues(): unknown[] {
  return listValues(candidate, 'id', 101, [
    [{ ...candidate, birthdate: '2005-13-01' }],
    [{ ...candidate, birthdate: null }],
    [{ ...candidate, firstName: 42 }],
    [{ ...candidate, division: 3 }],
    [{ ...candidate, hasStarted: 'yes' }],
    [{ ...candidate, lastName: undefined }],
  ]);
}

function reportValues(): unknown[] {
  return listValues(report, 'certificationCourseId', 202, [
    [{ ...report, isCompleted: 'false' }],
    [{ ...report, abortReason: 'bored' }],
    [{ ...report, hasSeenEndTestScreen: 1 }],
    [{ ...report, issueReports: 'none' }],
    [{ ...report, issueReports: [{ category: 42 }] }],
    [{ ...report, firstName: null }],
  ]);
}

function studentValues(): unknown[] {
  return listValues(student, 'id', 303, [
    [{ ...student, isEnrolled: 'false' }],
    [{ ...student, division: undefined }],
    [{ ...student, division: null }],
    [{ ...student, birthdate: '2008-02-30' }],
    [{ ...student, firstName: ['Léa'] }],
    [{ ...student, lastName: { toString: () => 'Martin' } }],
  ]);
}

const sessionSummary: SessionSummary = {
  id: 296,
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  date: '2020-12-14',
  time: '12:00',
  examiner: 'Paul Eluard',
  enrolledCandidatesCount: 3,
  effectiveCandidatesCount: 0,
  status: 'created',
};

function sessionSummaryValues(): unknown[] {
  return listValues(sessionSummary, 'id', 404, [
    [{ ...sessionSummary, status: 'started' }],
    [{ ...sessionSummary, date: '2020-02-30' }],
    [{ ...sessionSummary, time: '25:00' }],
    [{ ...sessionSummary, enrolledCandidatesCount: -1 }],
    [{ ...sessionSummary, effectiveCandidatesCount: 1.5 }],
    [{ ...sessionSummary, address: null }],
  ]);
}

const filters: SessionListFiltersInput = { sessionId: 296, status: 'created', startDate: '2020-12-01', endDate: null };

function filterValues(seed: number): unknown[] {
  return [
    ...hostileScalars(),
    { sessionId: '296' },
    { sessionId: -1 },
    { sessionId: 2.5 },
    { status: 'open' },
    { status: 'in_process' },
    { startDate: '2020-02-30' },
    { endDate: 20201214 },
    { startDate: '14/12/2020' },
    ...mutants(filters, 20, seed),
    ...sampleAnything(10, seed + 1),
  ];
}

/** Moments for `now`, dates for `today`: text that is not a date, numbers that are not timestamps… */
function momentValues(seed: number): unknown[] {
  return [
    ...hostileScalars(),
    'not a date',
    '2020-13-45',
    '2020-02-30',
    '14/12/2020',
    'tomorrow',
    '2020-12-14T25:00',
    '  ',
    '\u0000',
    8.64e15 + 1,
    -8.64e15 - 1,
    Number.MIN_VALUE,
    -0,
    new Date(Number.NaN),
    { valueOf: () => 0 },
    {
      toString: () => {
        throw new Error('boom');
      },
    },
    ['2020-12-14'],
    new String('2020-12-14'),
    ...fc.sample(fc.oneof(fc.string(), fc.double(), fc.integer()), { numRuns: 10, seed }),
    ...sampleAnything(10, seed + 1),
  ];
}

/** Numbers for `timeout` and `page-size`: negative, fractional, NaN, huge, and things that are not numbers. */
function countValues(seed: number): unknown[] {
  return [
    ...hostileScalars(),
    -0,
    0.5,
    2.5,
    1e12,
    2 ** 31,
    2 ** 53,
    -(2 ** 31),
    Number.EPSILON,
    '50',
    '  25 ',
    'abc',
    '1e3',
    '0x10',
    [10],
    { valueOf: () => 10 },
    new Number(25),
    ...fc.sample(fc.oneof(fc.double(), fc.integer({ min: -1000, max: 0 }), fc.string()), { numRuns: 10, seed }),
    ...sampleAnything(8, seed + 1),
  ];
}

// ---------------------------------------------------------------------------------------
// Oracles and checks
// ---------------------------------------------------------------------------------------

type Schema = { safeParse(value: unknown): { success: boolean } };

/** Whether the contract's schema accepts a value (a value whose reading throws is refused). */
function accepts(schema: Schema, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** A short description of a value for assertion messages; never throws (some values cannot be printed). */
function show(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
    if (typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function') return String(value);
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.slice(0, 80);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}

function errorState(element: HTMLElement): Element | null {
  return element.shadowRoot!.querySelector('[role="alert"].input-error');
}

/** Not set yet is not bad input: a quiet, busy placeholder, no alert. */
function expectNotSetYet(element: HTMLElement, label: string): void {
  expect(element.shadowRoot!.querySelector('[role="alert"]'), `${label}: no alert`).to.equal(null);
  expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), `${label}: busy`).to.not.equal(null);
}

function expectErrorState(element: HTMLElement, label: string): void {
  const alert = errorState(element);
  expect(alert, `${label}: the error state`).to.not.equal(null);
  expect(alert!.textContent, label).to.contain('Données invalides');
}

const prototypeKeys = (target: object) => Object.getOwnPropertyNames(target).sort().join(',');
const OBJECT_KEYS = prototypeKeys(Object.prototype);
const ARRAY_KEYS = prototypeKeys(Array.prototype);

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').to.equal(undefined);
  expect(prototypeKeys(Object.prototype)).to.equal(OBJECT_KEYS);
  expect(prototypeKeys(Array.prototype)).to.equal(ARRAY_KEYS);
}

function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function set(element: HTMLElement, property: string, value: unknown): void {
  (element as unknown as Record<string, unknown>)[property] = value;
}

/** Clicks every match of `selector` in the shadow root (`first`: only the first one). */
function click(element: HTMLElement, selector: string, first = false): void {
  const targets = [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  for (const target of first ? targets.slice(0, 1) : targets) target.click();
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Tried values per property, printed once at the end. */
const tried: Record<string, { total: number; refused: number }> = {};

function count(property: string, refused: boolean): void {
  tried[property] ??= { total: 0, refused: 0 };
  tried[property].total += 1;
  if (refused) tried[property].refused += 1;
}

function expectCount(property: string): void {
  const counted = tried[property]!;
  console.log(`hostile input: ${property}: ${counted.total} values tried, ${counted.refused} malformed`);
  expect(counted.total, property).to.be.at.least(30);
  expect(counted.refused, `${property}: malformed values`).to.be.at.least(30);
}

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

describe('hostile input: the session elements (fast-check and hand-picked)', () => {
  let originalError: typeof console.error;
  let originalWarn: typeof console.warn;
  let logged = 0;
  beforeEach(() => {
    uncaught = [];
    logged = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    originalError = console.error;
    originalWarn = console.warn;
    console.error = () => {
      logged += 1;
    };
    console.warn = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
    console.warn = originalWarn;
  });

  describe('<pix-session-details>', () => {
    const now = '2020-12-14T15:00';
    const started = [{ ...report }];

    async function details(): Promise<{ element: PixSessionDetails; events: CustomEvent[] }> {
      const element = await fixture<PixSessionDetails>(html`<pix-session-details
        .session=${session}
        .candidates=${[candidate]}
        now=${now}
      ></pix-session-details>`);
      const events: CustomEvent[] = [];
      for (const type of ['pix-session-edit', 'pix-session-finalise-request', 'pix-attendance-sheet-download']) {
        element.addEventListener(type, (event) => events.push(event as CustomEvent));
      }
      return { element, events };
    }

    /** Every button of the page, tabs included: only events about the valid session may come out. */
    async function tryEveryButton(element: PixSessionDetails, events: CustomEvent[], sessionId: number | null): Promise<void> {
      const before = events.length;
      click(element, 'button');
      await element.updateComplete;
      for (const event of events.slice(before)) {
        expect(sessionId, `${event.type} fired from a page in the error state`).to.not.equal(null);
        expect(event.detail).to.deep.equal({ sessionId });
      }
    }

    const inputs: Array<[string, () => unknown[], Schema | null, Record<string, unknown>]> = [
      ['session', () => sessionValues(1), SessionSchema, { candidates: [candidate], reports: undefined }],
      ['candidates', candidateValues, CandidatesSchema, { session, reports: undefined }],
      ['reports', reportValues, CertificationReportsSchema, { session, candidates: [candidate] }],
    ];
    for (const [property, values, schema, others] of inputs) {
      it(`.${property}: malformed values show the error state, never throw, never emit invalid data`, async () => {
        const { element, events } = await details();
        for (const value of values()) {
          for (const [name, valid] of Object.entries({ session, candidates: [candidate], reports: started, ...others }))
            set(element, name, valid);
          await element.updateComplete;
          expect(errorState(element), 'back to a valid page').to.equal(null);
          set(element, property, value);
          await element.updateComplete;
          const valid = (property !== 'session' && value === undefined) || accepts(schema!, value);
          const notSetYet = property === 'session' && value === undefined;
          count(`pix-session-details .${property}`, !valid && !notSetYet);
          if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
          else if (notSetYet) expectNotSetYet(element, `.${property} = undefined`);
          else expectErrorState(element, `.${property} = ${show(value)}`);
          const sessionId = !valid ? null : property === 'session' ? SessionSchema.parse(value).id : session.id;
          await tryEveryButton(element, events, sessionId);
        }
        expect(logged, 'each error logged').to.be.at.least(30);
        expectCount(`pix-session-details .${property}`);
        expectNoPollution();
        expect(uncaught).to.deep.equal([]);
      });
    }

    it('now: anything unreadable falls back to the real time, never breaks the page', async () => {
      const { element, events } = await details();
      for (const value of momentValues(5)) {
        set(element, 'now', now);
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('.deadline')!.textContent).to.contain('Pour rappel');
        set(element, 'now', value);
        await element.updateComplete;
        // The contract's `now` is a date-time string, a timestamp or a Date: the rest is malformed.
        const readable =
          (typeof value === 'number' && Number.isFinite(value)) ||
          (value instanceof Date && !Number.isNaN(value.getTime())) ||
          (typeof value === 'string' && (isCalendarDate(value.trim()) || !Number.isNaN(Date.parse(value))));
        count('pix-session-details now', !readable);
        expect(errorState(element), show(value)).to.equal(null);
        expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('Session 296');
        const deadline = element.shadowRoot!.querySelector('.deadline')!.textContent!;
        // Unreadable: the real time, long after 2020-12-14: the deadline has passed.
        if (!readable)
          expect(deadline.replace(/\s/g, ' '), show(value)).to.contain('Le délai de 48 h pour finaliser cette session est dépassé');
        await tryEveryButton(element, events, session.id);
      }
      expectCount('pix-session-details now');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('<pix-session-form>', () => {
    const today = '2030-06-15';
    const entries = {
      address: 'Collège Anne Frank',
      room: 'Salle 208',
      date: '2030-06-20',
      time: '09:30',
      examiner: 'Paul Eluard',
      description: '',
    };

    async function sessionForm(): Promise<{ element: PixSessionForm; events: CustomEvent[] }> {
      const element = await fixture<PixSessionForm>(html`<pix-session-form today=${today}></pix-session-form>`);
      const events: CustomEvent[] = [];
      element.addEventListener('pix-session-submit', (event) => events.push(event));
      element.addEventListener('pix-cancel', (event) => events.push(event));
      return { element, events };
    }

    async function fill(element: PixSessionForm): Promise<void> {
      for (const [field, value] of Object.entries(entries)) {
        const control = element.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`);
        if (!control || control.readOnly) continue;
        control.value = value;
        control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await element.updateComplete;
    }

    /** Submits (and cancels) whatever is shown: any pix-session-submit must carry valid values. */
    async function trySubmit(element: PixSessionForm, events: CustomEvent[], shown: boolean): Promise<void> {
      const before = events.length;
      click(element, 'button[type="submit"]');
      click(element, 'button.cancel');
      await settle();
      await element.updateComplete;
      for (const event of events.slice(before)) {
        expect(shown, `${event.type} fired from the error state`).to.equal(true);
        if (event.type === 'pix-cancel') continue;
        const detail = event.detail as { mode: unknown; session: unknown };
        expect(['create', 'edit']).to.include(detail.mode);
        expect(SessionFormValuesSchema.safeParse(detail.session).success, JSON.stringify(detail.session).slice(0, 200)).to.equal(true);
        expect(detail.session).to.deep.equal(SessionFormValuesSchema.parse(detail.session));
      }
    }

    it('.session: malformed sessions show the error state, never throw, never submit invalid values', async () => {
      const { element, events } = await sessionForm();
      for (const value of sessionValues(11)) {
        element.session = session;
        await element.updateComplete;
        expect(errorState(element)).to.equal(null);
        element.session = value as never;
        await element.updateComplete;
        // No session (undefined or null) means creation; anything else must be a contract Session.
        const valid = value === undefined || value === null || accepts(SessionSchema, value);
        count('pix-session-form .session', !valid);
        if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
        else expectErrorState(element, `.session = ${show(value)}`);
        if (valid && value !== undefined && value !== null) await fill(element);
        await trySubmit(element, events, valid);
      }
      expect(events.filter((event) => event.type === 'pix-session-submit').length, 'valid sessions were submitted').to.be.greaterThan(0);
      expectCount('pix-session-form .session');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });

    it('today: anything but a YYYY-MM-DD date shows the error state, never throws, never submits invalid values', async () => {
      const { element, events } = await sessionForm();
      for (const value of momentValues(12)) {
        element.session = undefined;
        set(element, 'today', today);
        await element.updateComplete;
        expect(errorState(element)).to.equal(null);
        set(element, 'today', value);
        await element.updateComplete;
        const valid = value === undefined || value === null || value === '' || (typeof value === 'string' && isCalendarDate(value));
        count('pix-session-form today', !valid);
        if (valid) {
          expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
          await fill(element);
        } else {
          expectErrorState(element, `today = ${show(value)}`);
        }
        await trySubmit(element, events, valid);
        // The attribute too, for text.
        if (typeof value === 'string') {
          element.setAttribute('today', value);
          await element.updateComplete;
          if (valid) expect(errorState(element)).to.equal(null);
          else expectErrorState(element, `today="${value.slice(0, 40)}"`);
          await trySubmit(element, events, valid);
          element.removeAttribute('today');
        }
      }
      expectCount('pix-session-form today');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });

    it('timeout: malformed values fall back to 30 s (never an immediate failure), never throw, one event per submission', async () => {
      const { element, events } = await sessionForm();
      const HOST_MS = 100;
      element.addEventListener('pix-session-submit', (event) => event.respondWith(settle(HOST_MS)));
      const MAX_TIMER = 2 ** 31 - 1;
      for (const [index, value] of countValues(13).entries()) {
        const viaAttribute = typeof value === 'string' && index % 2 === 0;
        element.session = { ...session, id: 1000 + index };
        element.removeAttribute('timeout');
        element.timeout = 30000;
        await element.updateComplete;
        if (viaAttribute) element.setAttribute('timeout', value);
        else set(element, 'timeout', value);
        await element.updateComplete;
        // What the element should wait for: a positive number of milliseconds (as long as a
        // browser timer can wait), else the default 30 s. The contract's value is a positive integer.
        const given = viaAttribute ? Number(value) : value;
        const positive = typeof given === 'number' && Number.isFinite(given) && given > 0;
        const waits = positive ? Math.min(given, MAX_TIMER) : 30000;
        count('pix-session-form timeout', !(positive && Number.isInteger(given) && given <= MAX_TIMER));
        expect(errorState(element)).to.equal(null);
        const before = events.length;
        await fill(element);
        click(element, 'button[type="submit"]');
        click(element, 'button[type="submit"]');
        await settle(HOST_MS + 20);
        await element.updateComplete;
        expect(events.length - before, `one event for timeout ${show(value)}`).to.equal(1);
        const outcome = element.shadowRoot!.querySelector('.outcome')!.textContent!.trim();
        // Near the host's delay either may win: only clear cases are checked.
        if (waits < HOST_MS / 2)
          expect(outcome.replace(/\s/g, ' '), show(value)).to.equal(
            'Le serveur ne répond pas. Vos informations sont conservées ; réessayez.',
          );
        else if (waits > HOST_MS * 2)
          expect(outcome, `timeout ${show(value)}: the host answered in ${HOST_MS} ms`).to.equal('Les modifications ont été enregistrées.');
      }
      expectCount('pix-session-form timeout');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('<pix-student-enrolment>', () => {
    const others: Student[] = Array.from({ length: 119 }, (_, index) => ({
      id: 100 + index,
      firstName: `Prénom${index}`,
      lastName: `Nom${index}`,
      birthdate: '2008-01-01',
      division: `C${index % 4}`,
      isEnrolled: index % 10 === 0,
    }));
    const school = (): Student[] => [{ ...student }, ...others.map((item) => ({ ...item }))];

    async function picker(): Promise<{ element: PixStudentEnrolment; events: CustomEvent[] }> {
      const element = await fixture<PixStudentEnrolment>(
        html`<pix-student-enrolment .session=${session} .students=${school()}></pix-student-enrolment>`,
      );
      const events: CustomEvent[] = [];
      element.addEventListener('pix-students-enrol', (event) => events.push(event));
      element.addEventListener('pix-cancel', (event) => events.push(event));
      return { element, events };
    }

    /**
     * Ticks and enrols whatever is shown: any pix-students-enrol must name enrollable pupils of
     * the valid list; nothing at all may come from the error state (`students` null).
     */
    async function tryEnrol(element: PixStudentEnrolment, events: CustomEvent[], students: unknown): Promise<void> {
      const before = events.length;
      click(element, 'tbody input[type="checkbox"]:not(:disabled):not(:checked)', true);
      await element.updateComplete;
      click(element, 'button.enrol');
      click(element, 'button.cancel');
      await settle();
      await element.updateComplete;
      const enrollable =
        Array.isArray(students) && accepts(StudentsSchema, students)
          ? new Set((students as Student[]).filter((item) => !item.isEnrolled).map((item) => item.id))
          : new Set<number>();
      if (students === null) expect(events.length - before, 'an event from the error state').to.equal(0);
      for (const event of events.slice(before)) {
        expect(isId(event.detail.sessionId), JSON.stringify(event.detail)).to.equal(true);
        if (event.type === 'pix-cancel') continue;
        const ids = event.detail.studentIds as unknown[];
        expect(ids.length).to.be.greaterThan(0);
        expect(
          ids.every((id) => isId(id) && enrollable.has(id)),
          JSON.stringify(ids),
        ).to.equal(true);
        expect([...ids].sort((a, b) => (a as number) - (b as number))).to.deep.equal(ids);
        expect(new Set(ids).size).to.equal(ids.length);
      }
    }

    const inputs: Array<['session' | 'students', () => unknown[], Schema]> = [
      ['session', () => sessionValues(21), SessionSchema],
      ['students', studentValues, StudentsSchema],
    ];
    for (const [property, values, schema] of inputs) {
      it(`.${property}: malformed values show the error state, never throw, never enrol invalid ids`, async () => {
        const { element, events } = await picker();
        for (const value of values()) {
          element.session = session;
          element.students = school();
          await element.updateComplete;
          expect(errorState(element)).to.equal(null);
          // A pupil ticked before the bad data arrives: nothing of it may leak into an event.
          click(element, 'tbody input[type="checkbox"]:not(:disabled)', true);
          await element.updateComplete;
          element[property] = value as never;
          await element.updateComplete;
          const valid = accepts(schema, value);
          count(`pix-student-enrolment .${property}`, !valid && value !== undefined);
          if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
          else if (value === undefined) expectNotSetYet(element, `.${property} = undefined`);
          else expectErrorState(element, `.${property} = ${show(value)}`);
          await tryEnrol(element, events, valid ? (property === 'students' ? value : school()) : null);
        }
        expect(
          events.some((event) => event.type === 'pix-students-enrol'),
          'valid data still enrols',
        ).to.equal(true);
        expectCount(`pix-student-enrolment .${property}`);
        expectNoPollution();
        expect(uncaught).to.deep.equal([]);
      });
    }

    it('page-size / pageSize: malformed values fall back to 50 rows a page, never throw', async () => {
      const { element, events } = await picker();
      for (const [index, value] of countValues(23).entries()) {
        const viaAttribute = typeof value === 'string' && index % 2 === 0;
        element.removeAttribute('page-size');
        element.pageSize = 25;
        await element.updateComplete;
        expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(25);
        if (viaAttribute) element.setAttribute('page-size', value);
        else set(element, 'pageSize', value);
        await element.updateComplete;
        // An integer from 1 (at most 500), as a number or as text (an attribute's value), is a
        // page size; anything else means the default, 50.
        const given = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        const valid = typeof given === 'number' && Number.isInteger(given) && given >= 1;
        count('pix-student-enrolment page-size', !valid);
        expect(errorState(element)).to.equal(null);
        const rows = element.shadowRoot!.querySelectorAll('tbody tr').length;
        expect(rows, `page size ${show(value)}`).to.equal(valid ? Math.min(given as number, 500, 120) : 50);
        await tryEnrol(element, events, school());
        element.students = school();
      }
      expectCount('pix-student-enrolment page-size');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });
  });
  describe('<pix-session-list>', () => {
    async function sessionList(): Promise<{ element: PixSessionList; events: CustomEvent[] }> {
      const element = await fixture<PixSessionList>(html`<pix-session-list .sessions=${[sessionSummary]}></pix-session-list>`);
      const events: CustomEvent[] = [];
      for (const type of ['pix-navigate', 'pix-list-change', 'pix-session-delete'])
        element.addEventListener(type, (event) => events.push(event as CustomEvent));
      return { element, events };
    }

    /**
     * Every way out of the list, as a person takes it: "Créer une session", a session's number,
     * a page, then the deletion of the first session that can be deleted. Nothing may come from
     * the error state; from a valid list, only sessions of that list.
     */
    async function tryEveryWayOut(element: PixSessionList, events: CustomEvent[], shown: readonly { id: number }[] | null): Promise<void> {
      const before = events.length;
      click(element, 'button.create');
      click(element, 'a.number', true);
      click(element, '.paging__button');
      click(element, 'button.delete:not([aria-disabled="true"])', true);
      await element.updateComplete;
      click(element, 'dialog .confirm');
      await settle();
      await element.updateComplete;
      const ids = new Set((shown ?? []).map((item) => item.id));
      for (const event of events.slice(before)) {
        expect(shown, `${event.type} fired from the error state`).to.not.equal(null);
        if (event.type === 'pix-list-change') continue;
        const sessionId = (event.detail as { sessionId: unknown }).sessionId;
        if (event.type === 'pix-navigate' && (event.detail as { to: string }).to === 'session-create') expect(sessionId).to.equal(null);
        else expect(ids.has(sessionId as number), `${event.type} about ${show(sessionId)}`).to.equal(true);
      }
    }

    it('.sessions: malformed values show the error state, never throw, never emit invalid data', async () => {
      const { element, events } = await sessionList();
      await tryEveryWayOut(element, events, [sessionSummary]);
      for (const value of sessionSummaryValues()) {
        element.sessions = [sessionSummary];
        element.filters = undefined;
        await element.updateComplete;
        expect(errorState(element)).to.equal(null);
        element.sessions = value as never;
        await element.updateComplete;
        const valid = accepts(SessionSummariesSchema, value);
        count('pix-session-list .sessions', !valid && value !== undefined);
        if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
        else if (value === undefined) expectNotSetYet(element, '.sessions = undefined');
        else expectErrorState(element, `.sessions = ${show(value)}`);
        await tryEveryWayOut(element, events, valid ? SessionSummariesSchema.parse(value) : null);
      }
      expect(
        events.some((event) => event.type === 'pix-session-delete'),
        'valid data still deletes',
      ).to.equal(true);
      expect(logged, 'each error logged').to.be.at.least(30);
      expectCount('pix-session-list .sessions');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });

    it('.filters: malformed values show the error state, never throw, never emit invalid data', async () => {
      const { element, events } = await sessionList();
      for (const value of filterValues(31)) {
        element.sessions = [sessionSummary];
        element.filters = undefined;
        await element.updateComplete;
        expect(errorState(element)).to.equal(null);
        element.filters = value as never;
        await element.updateComplete;
        // Absent (undefined or null) means no filter.
        const valid = value === undefined || value === null || accepts(SessionListFiltersSchema, value);
        count('pix-session-list .filters', !valid);
        if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
        else expectErrorState(element, `.filters = ${show(value)}`);
        await tryEveryWayOut(element, events, valid ? [sessionSummary] : null);
      }
      expectCount('pix-session-list .filters');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });

    it('total (with server-paging) and page-size: malformed values never throw; a bad total is an error, a bad page size means 25', async () => {
      const { element, events } = await sessionList();
      element.serverPaging = true;
      for (const [index, value] of countValues(32).entries()) {
        element.sessions = [sessionSummary];
        element.total = 1;
        element.removeAttribute('page-size');
        element.pageSize = 10;
        await element.updateComplete;
        expect(errorState(element)).to.equal(null);
        set(element, 'total', value);
        await element.updateComplete;
        const valid = value === undefined || value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
        count('pix-session-list total', !valid);
        if (valid) expect(errorState(element), `accepted ${show(value)}`).to.equal(null);
        else expectErrorState(element, `total = ${show(value)}`);
        await tryEveryWayOut(element, events, valid ? [sessionSummary] : null);

        element.total = 1;
        if (typeof value === 'string' && index % 2 === 0) element.setAttribute('page-size', value);
        else set(element, 'pageSize', value);
        await element.updateComplete;
        const given = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        count('pix-session-list page-size', ![10, 25, 50, 100].includes(given as number));
        expect(errorState(element), `page size ${show(value)}`).to.equal(null);
        const size = element.shadowRoot!.querySelector<HTMLSelectElement>('#page-size')!.value;
        expect(size, `page size ${show(value)}`).to.equal([10, 25, 50, 100].includes(given as number) ? String(given) : '25');
      }
      expectCount('pix-session-list total');
      expectCount('pix-session-list page-size');
      expectNoPollution();
      expect(uncaught).to.deep.equal([]);
    });
  });
});
