import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-candidate-report.js';
import '../../src/define/pix-abandon-reason.js';
import '../../src/define/pix-session-details.js';
import '../../src/define/pix-session-form.js';
import '../../src/define/pix-student-enrolment.js';
import '../../src/define/pix-session-list.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { PixDocumentsSubmitEvent, PixDraftChangeEvent, PixFinaliseEvent } from '../../src/events/finalisation-events.js';
import { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import {
  PixAttendanceSheetDownloadEvent,
  PixCancelEvent,
  PixSessionEditEvent,
  PixSessionFinaliseRequestEvent,
  PixSessionSubmitEvent,
  PixStudentsEnrolEvent,
} from '../../src/events/session-events.js';
import type { PixHandoverEvent } from '../../src/events/handover-event.js';
import { PixNavigateEvent } from '../../src/events/navigate-events.js';
import { PixListChangeEvent, PixSessionDeleteEvent } from '../../src/events/session-list-events.js';
import { CATALOGUE_2021 } from '../../src/state/catalogues.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { $, button, record, selectOption, text } from '../helpers/dom.js';

/**
 * Issue 12, defect 5: every element × every property × seven exotic values. For each case: no
 * exception out of the element (thrown by the assignment or its update, or reported to the
 * window), and no event at all. An input whose reading throws gives the error state, logged once.
 */

const EVENT_TYPES = [
  PixFinaliseEvent.type,
  PixDraftChangeEvent.type,
  PixDocumentsSubmitEvent.type,
  PixIssueReportAddEvent.type,
  PixIssueReportRemoveEvent.type,
  PixSessionEditEvent.type,
  PixSessionFinaliseRequestEvent.type,
  PixAttendanceSheetDownloadEvent.type,
  PixCancelEvent.type,
  PixSessionSubmitEvent.type,
  PixStudentsEnrolEvent.type,
  PixNavigateEvent.type,
  PixListChangeEvent.type,
  PixSessionDeleteEvent.type,
  'change',
  'close',
];

const NOW = '2021-01-18T11:00';
const candidate = { id: 1, firstName: 'Faye', lastName: 'Bernier', birthdate: '2006-03-05', division: '3A' };
const student = { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false };
const sessionSummary = {
  id: 296,
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  date: '2026-01-12',
  time: '09:00',
  examiner: 'Paul Éluard',
  enrolledCandidatesCount: 3,
  effectiveCandidatesCount: 0,
  status: 'created',
};

function boom(): never {
  throw new Error('hostile getter');
}

/** The valid value's shape, every entry read through a getter that throws. */
function throwingGetters(valid: unknown): unknown {
  if (Array.isArray(valid)) {
    const list: unknown[] = [];
    valid.forEach((_, index) => Object.defineProperty(list, index, { get: boom, enumerable: true }));
    return list;
  }
  if (typeof valid === 'object' && valid !== null) {
    const object = {};
    for (const key of Object.keys(valid)) Object.defineProperty(object, key, { get: boom, enumerable: true });
    return object;
  }
  // For a primitive: any conversion to a primitive throws.
  return Object.defineProperties(
    {},
    {
      [Symbol.toPrimitive]: { get: boom },
      toString: { get: boom },
      valueOf: { get: boom },
    },
  );
}

function revokedProxy(valid: unknown): unknown {
  const { proxy, revoke } = Proxy.revocable(Array.isArray(valid) ? [] : {}, {});
  revoke();
  return proxy;
}

function throwingTraps(valid: unknown): unknown {
  const trap = () => {
    throw new Error('hostile trap');
  };
  const target = Array.isArray(valid) ? [...valid] : typeof valid === 'object' && valid !== null ? { ...valid } : {};
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    set: trap,
    defineProperty: trap,
    deleteProperty: trap,
    apply: trap,
    construct: trap,
  });
}

function cyclic(valid: unknown): unknown {
  if (Array.isArray(valid)) {
    const list: unknown[] = [...valid];
    list.push(list);
    return list;
  }
  const object: Record<string, unknown> = typeof valid === 'object' && valid !== null ? { ...valid } : {};
  object['self'] = object;
  object['nested'] = { back: object };
  return object;
}

function withoutPrototype(valid: unknown): unknown {
  const object = Object.create(null) as Record<string, unknown>;
  if (typeof valid === 'object' && valid !== null && !Array.isArray(valid)) Object.assign(object, valid);
  object['message'] = 'no prototype';
  return object;
}

const HOSTILE: Array<[string, (valid: unknown) => unknown, { throws: boolean }]> = [
  ['a getter that throws', throwingGetters, { throws: true }],
  ['a revoked Proxy', revokedProxy, { throws: true }],
  ['a Proxy whose traps throw', throwingTraps, { throws: true }],
  ['a Symbol', () => Symbol('hostile'), { throws: false }],
  ['a BigInt', () => 10n, { throws: false }],
  ['a cyclic object', cyclic, { throws: false }],
  ['an object without a prototype', withoutPrototype, { throws: false }],
];

interface ElementSpec {
  tag: string;
  /** Every property a host sets, with a valid value. */
  valid: Record<string, unknown>;
  /** The properties without which the element cannot show anything: a throwing value gives the error state. */
  required: string[];
}

const ELEMENTS: ElementSpec[] = [
  {
    tag: 'pix-finalise-wizard',
    valid: {
      session: session561.session,
      reports: session561.reports,
      draft: { sessionId: 561, reports: [] },
      catalogue: CATALOGUE_2021,
      now: NOW,
      timeout: 30000,
      headingLevel: 1,
      noEndScreenCheck: false,
      persistDraft: false,
      reportDialogStayOpen: false,
    },
    required: ['session', 'reports', 'catalogue'],
  },
  {
    tag: 'pix-candidate-report',
    valid: {
      report: session561.reports[0],
      catalogue: CATALOGUE_2021,
      sessionVersion: 2,
      stayOpen: false,
      readonly: false,
      fallbackFocus: () => null,
    },
    required: ['report', 'catalogue'],
  },
  {
    tag: 'pix-abandon-reason',
    valid: { value: 'candidate', name: 'reason', label: 'Raison', required: true, disabled: false, hideLabel: false, noInfo: false },
    required: [],
  },
  {
    tag: 'pix-session-details',
    valid: {
      session: session296.session,
      candidates: [candidate],
      reports: [session296.reports[0]],
      now: NOW,
      headingLevel: 1,
      tab: 'details',
    },
    required: ['session', 'candidates', 'reports'],
  },
  {
    tag: 'pix-session-form',
    valid: { session: session296.session, today: '2020-12-01', timeout: 30000, headingLevel: 1 },
    required: ['session'],
  },
  {
    tag: 'pix-student-enrolment',
    valid: { session: session296.session, students: [student], timeout: 30000, headingLevel: 1, pageSize: 50 },
    required: ['session', 'students'],
  },
  {
    tag: 'pix-session-list',
    valid: {
      sessions: [sessionSummary],
      filters: { sessionId: null, status: 'created', startDate: '2026-01-01', endDate: null },
      pageSize: 25,
      serverPaging: false,
      total: 1,
      headingLevel: 1,
      detailsHref: '/sessions/{id}',
      timeout: 30000,
    },
    required: ['sessions', 'filters'],
  },
];

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function place(spec: ElementSpec): Promise<Updatable> {
  const element = document.createElement(spec.tag) as Updatable;
  Object.assign(element, spec.valid);
  await fixture(html`<div>${element}</div>`);
  await element.updateComplete;
  return element;
}

describe('hostile matrix: every element × every property × exotic values', () => {
  let errors: unknown[][];
  let originalError: typeof console.error;
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    uncaught = [];
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    originalError = console.error;
    originalWarn = console.warn;
    console.error = (...args: unknown[]) => errors.push(args);
    console.warn = () => {};
    localStorage.clear();
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
    console.warn = originalWarn;
    localStorage.clear();
  });

  let cases = 0;
  for (const spec of ELEMENTS) {
    for (const property of Object.keys(spec.valid)) {
      for (const [name, make, { throws }] of HOSTILE) {
        cases += 1;
        it(`<${spec.tag}> .${property} = ${name}`, async () => {
          const element = await place(spec);
          expect(element.shadowRoot!.querySelector('.input-error'), 'valid to start with').to.equal(null);
          const events: Event[] = [];
          for (const type of EVENT_TYPES) element.addEventListener(type, (event) => events.push(event));
          errors = [];
          const thrown: unknown[] = [];
          try {
            (element as unknown as Record<string, unknown>)[property] = make(spec.valid[property]);
            await element.updateComplete;
          } catch (error) {
            thrown.push(error);
          }
          await settle();
          try {
            await element.updateComplete;
          } catch (error) {
            thrown.push(error);
          }
          expect(
            [...thrown, ...uncaught].map((error) => String(error)),
            'exceptions out of the element',
          ).to.deep.equal([]);
          expect(
            events.map((event) => event.type),
            'events',
          ).to.deep.equal([]);
          if (throws && spec.required.includes(property)) {
            const alert = $(element, '.input-error[role="alert"]');
            expect(text(alert)).to.contain('Données invalides');
            expect(errors, 'logged once').to.have.length(1);
            expect(String(errors[0]![0])).to.contain(`<${spec.tag}>`);
          }
        });
      }
    }
  }

  it('has at least 176 cases', () => {
    expect(cases).to.be.at.least(176);
  });
});

describe('hostile input on a live element', () => {
  let originalError: typeof console.error;
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    originalError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  });

  async function readyWizard(): Promise<PixFinaliseWizard> {
    const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
      .session=${session561.session}
      .reports=${session561.reports}
      now=${NOW}
    ></pix-finalise-wizard>`);
    for (const [id, reason] of [
      [1199, 'candidate'],
      [1200, 'technical'],
    ] as const) {
      const select = $(element, `pix-abandon-reason[data-certification="${id}"]`);
      selectOption(select.shadowRoot!.querySelector('select')!, reason);
      await element.updateComplete;
    }
    return element;
  }

  it('<pix-finalise-wizard>: throwing .reports on a ready page leaves nothing that can fire pix-finalise', async () => {
    const element = await readyWizard();
    const validate = button(element, 'Valider');
    const finalised = record(element, 'pix-finalise');
    element.reports = throwingGetters(session561.reports) as never;
    await element.updateComplete;
    expect(text($(element, '[role="alert"]'))).to.contain('Données invalides');
    expect(element.finalisation).to.equal(null);
    // The buttons of the old page are gone; clicking what is left of them does nothing.
    expect(element.shadowRoot!.querySelector('.validate')).to.equal(null);
    validate.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('dialog.confirmation')).to.equal(null);
    expect(finalised).to.have.length(0);
    expect(uncaught).to.deep.equal([]);
  });

  it('<pix-finalise-wizard>: a revoked .session while the confirmation is open closes it and nothing fires', async () => {
    const element = await readyWizard();
    button(element, 'Valider').click();
    await element.updateComplete;
    const confirm = button(element, 'Confirmer la finalisation');
    const finalised = record(element, 'pix-finalise');
    element.session = revokedProxy(session561.session) as never;
    await element.updateComplete;
    expect(text($(element, '[role="alert"]'))).to.contain('Données invalides');
    confirm.click();
    await settle();
    expect(finalised).to.have.length(0);
    expect(uncaught).to.deep.equal([]);
  });

  it('<pix-session-list>: a revoked .sessions while the confirmation is open closes it; its buttons fire nothing', async () => {
    const element = await fixture<HTMLElement & { sessions: unknown; updateComplete: Promise<unknown> }>(
      html`<pix-session-list .sessions=${[sessionSummary]}></pix-session-list>`,
    );
    ($(element, 'button.delete') as HTMLButtonElement).click();
    await element.updateComplete;
    const dialog = $(element, 'dialog.confirmation') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const confirm = $(element, 'dialog .confirm') as HTMLButtonElement;
    const deleted = record(element, 'pix-session-delete');
    element.sessions = revokedProxy([sessionSummary]);
    await element.updateComplete;
    expect(text($(element, '[role="alert"]'))).to.contain('Données invalides');
    expect(dialog.open, 'the confirmation is closed').to.equal(false);
    confirm.click();
    await settle();
    expect(deleted).to.have.length(0);
    // Fixed data: nothing of the abandoned confirmation comes back.
    element.sessions = [sessionSummary];
    await element.updateComplete;
    expect(($(element, 'dialog.confirmation') as HTMLDialogElement).open).to.equal(false);
    ($(element, 'dialog .confirm') as HTMLButtonElement).click();
    await settle();
    expect(deleted).to.have.length(0);
    expect(uncaught).to.deep.equal([]);
  });

  for (const [name, make] of HOSTILE) {
    it(`<pix-abandon-reason>: .label = ${name}, then a person empties the select and leaves it: its error is said with the label shown, nothing thrown`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <pix-abandon-reason value="candidate" required no-info></pix-abandon-reason><button type="button">Suivant</button>
      </div>`);
      const element = wrapper.querySelector('pix-abandon-reason') as PixAbandonReason;
      (element as unknown as Record<string, unknown>)['label'] = make('Raison');
      await element.updateComplete;
      const select = element.shadowRoot!.querySelector('select')!;
      select.focus();
      selectOption(select, '');
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      await settle();
      expect(uncaught.map((error) => String(error))).to.deep.equal([]);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(element, '[role="status"]')).replace(/\u00a0/g, ''), 'said with the label shown').to.equal(
        `${$(element, 'label').textContent!.trim()} : Veuillez choisir la raison de l'abandon.`,
      );
    });
  }

  it('<pix-candidate-report>: a throwing .report on an open dialog closes it; Valider adds nothing', async () => {
    const dialog = await fixture<PixCandidateReport>(html`<pix-candidate-report .report=${session561.reports[0]}></pix-candidate-report>`);
    dialog.show();
    await dialog.updateComplete;
    const added = record(dialog, 'pix-issue-report-add');
    const submit = dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
    dialog.report = throwingTraps(session561.reports[0]) as never;
    await dialog.updateComplete;
    expect(text($(dialog, '[role="alert"]'))).to.contain('Données invalides');
    expect(dialog.open).to.equal(false);
    submit?.click();
    await dialog.updateComplete;
    expect(added).to.have.length(0);
    expect(uncaught).to.deep.equal([]);
  });
});

describe('exotic rejections of a hand-over', () => {
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  const prototypeLess = (): unknown => Object.assign(Object.create(null) as object, { message: 'Refusé par le serveur' });
  const opaqueProxy = (): unknown => throwingTraps({ message: 'x' });
  const GENERIC_ENROL = /Erreur|error/i;

  for (const [name, rejection, expected] of [
    ['an error without a prototype', prototypeLess, /Refusé par le serveur/],
    ['a Proxy whose traps throw', opaqueProxy, GENERIC_ENROL],
  ] as const) {
    it(`<pix-session-form>: rejected with ${name}, shows a failure and throws nothing`, async () => {
      const element = await fixture<PixSessionForm>(
        html`<pix-session-form .session=${session296.session} today="2020-12-01"></pix-session-form>`,
      );
      element.addEventListener('pix-session-submit', (event) =>
        (event as PixHandoverEvent<unknown>).respondWith(Promise.reject(rejection())),
      );
      element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(20);
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.match(expected);
      expect(uncaught).to.deep.equal([]);
    });

    it(`<pix-student-enrolment>: rejected with ${name}, shows a failure and throws nothing`, async () => {
      const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment
        .session=${session296.session}
        .students=${[student]}
      ></pix-student-enrolment>`);
      element.addEventListener('pix-students-enrol', (event) =>
        (event as PixHandoverEvent<unknown>).respondWith(Promise.reject(rejection())),
      );
      element.shadowRoot!.querySelector<HTMLInputElement>('tbody input[type="checkbox"]')!.click();
      await element.updateComplete;
      button(element, 'Inscrire').click();
      await settle(20);
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.match(expected);
      expect(uncaught).to.deep.equal([]);
    });

    it(`<pix-session-list>: a deletion rejected with ${name} shows a failure and throws nothing`, async () => {
      const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<pix-session-list .sessions=${[sessionSummary]}></pix-session-list>`,
      );
      element.addEventListener('pix-session-delete', (event) =>
        (event as PixHandoverEvent<unknown>).respondWith(Promise.reject(rejection())),
      );
      ($(element, 'button.delete') as HTMLButtonElement).click();
      await element.updateComplete;
      ($(element, 'dialog .confirm') as HTMLButtonElement).click();
      await settle(20);
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.match(expected);
      expect(element.shadowRoot!.querySelectorAll('tbody tr'), 'the row is kept').to.have.length(1);
      expect(uncaught).to.deep.equal([]);
    });
  }
});
