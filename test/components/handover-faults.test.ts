import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-session-form.js';
import '../../src/define/pix-student-enrolment.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixHandoverEvent } from '../../src/events/handover-event.js';
import { FinalisationPayloadSchema, SessionFormValuesSchema, type Student } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { $, $$, byLabel, text } from '../helpers/dom.js';
import { chooseReason, reasonSelect as reason } from '../helpers/wizard.js';

/**
 * Issue 7, item 10: the hand-over under faults, for the wizard, the session form and the pupil
 * picker. A host that fails then answers, a host that never answers (timeout, then retry), a
 * late answer after the timeout, double and triple clicks, the element taken out of the page
 * while the host works and put back, and (wizard) a reload with the draft kept in
 * localStorage. Nothing entered is lost; one confirmation fires exactly one event.
 */

const TIMEOUT_MESSAGE = 'Le serveur ne répond pas. Vos informations sont conservées ; réessayez.';
const NOW_561 = '2021-01-18T11:00';
const DRAFT_KEY = 'pix-certif-elements:finalisation-draft:561';

interface Deferred {
  promise: Promise<unknown>;
  resolve(value?: unknown): void;
  reject(reason: unknown): void;
}

function deferred(): Deferred {
  let resolve!: (value?: unknown) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<unknown>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A host that answers each hand-over with a promise the test settles itself. */
function host<E extends PixHandoverEvent<unknown>>(element: HTMLElement, type: string): { events: E[]; answers: Deferred[] } {
  const events: E[] = [];
  const answers: Deferred[] = [];
  element.addEventListener(type, (event) => {
    events.push(event as E);
    const answer = deferred();
    answers.push(answer);
    (event as E).respondWith(answer.promise);
  });
  return { events, answers };
}

function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function flush(element: HTMLElement & { updateComplete: Promise<unknown> }, ms = 0): Promise<void> {
  await settle(ms);
  await element.updateComplete;
}

/** Takes the element out of the page; returns how to put it back where it was. */
function detach(element: HTMLElement): () => void {
  const parent = element.parentNode!;
  const next = element.nextSibling;
  element.remove();
  expect(element.isConnected).to.equal(false);
  return () => parent.insertBefore(element, next);
}

function outcome(element: HTMLElement): string {
  return text(element.shadowRoot!.querySelector('.outcome'));
}

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

describe('hand-over under faults', () => {
  beforeEach(() => {
    uncaught = [];
    localStorage.clear();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    localStorage.clear();
    expect(uncaught, 'no uncaught exception').to.deep.equal([]);
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-finalise-wizard>', () => {
    async function wizard(options: { persist?: boolean; timeout?: number } = {}): Promise<PixFinaliseWizard> {
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        .session=${session561.session}
        .reports=${session561.reports}
        now=${NOW_561}
        ?persist-draft=${options.persist ?? false}
        timeout=${options.timeout ?? 30000}
      ></pix-finalise-wizard>`);
      await element.updateComplete;
      return element;
    }

    function endScreen(element: PixFinaliseWizard): HTMLInputElement {
      return $$(element, 'input[type="checkbox"]').find(
        (input) => input.getAttribute('aria-label') === 'Écran de fin du test vu pour Georges Clounet',
      ) as HTMLInputElement;
    }

    function typeIn(element: PixFinaliseWizard, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<unknown> {
      control.value = value;
      control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      return element.updateComplete;
    }

    /** Everything a person can enter: both reasons, the end screen, an incident, the comment, step 2's fields. */
    async function enterEverything(element: PixFinaliseWizard): Promise<void> {
      await chooseReason(element, 1199, 'candidate');
      await chooseReason(element, 1200, 'technical');
      endScreen(element).click();
      await element.updateComplete;
      ($$(element, 'tbody tr')[1]!.querySelector('button.add') as HTMLButtonElement).click();
      await element.updateComplete;
      const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
      await dialog.updateComplete;
      byLabel(dialog, /^C5 /).click();
      await dialog.updateComplete;
      (dialog.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await dialog.updateComplete;
      await element.updateComplete;
      byLabel(element, /^Je souhaite signaler/).click();
      await element.updateComplete;
      await typeIn(element, byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement, 'Alarme incendie à 10 h');
      await typeIn(element, $(element, '#documents-certificationCenterName') as HTMLInputElement, 'Collège Anne Frank (annexe)');
      await typeIn(element, $(element, '#documents-comment') as HTMLTextAreaElement, 'PV de fraude à venir');
    }

    /** What the screen holds of what a person entered. */
    function entries(element: PixFinaliseWizard) {
      return {
        reasons: [reason(element, 1199).value, reason(element, 1200).value],
        endScreen: endScreen(element).checked,
        incidents: text($$(element, 'tbody tr')[1]!.querySelector('.reports-cell')),
        commentMode: ($(element, '#comment-incident') as HTMLInputElement).checked,
        comment: (element.shadowRoot!.querySelector('#comment') as HTMLTextAreaElement | null)?.value ?? null,
        centre: ($(element, '#documents-certificationCenterName') as HTMLInputElement).value,
        documentsComment: ($(element, '#documents-comment') as HTMLTextAreaElement).value,
      };
    }

    const ENTERED = {
      reasons: ['candidate', 'technical'],
      endScreen: true,
      incidents: 'Ajouter 1 signalement',
      commentMode: true,
      comment: 'Alarme incendie à 10 h',
      centre: 'Collège Anne Frank (annexe)',
      documentsComment: 'PV de fraude à venir',
    };

    async function validate(element: PixFinaliseWizard): Promise<HTMLButtonElement> {
      ($(element, '.validate') as HTMLButtonElement).click();
      await element.updateComplete;
      const dialog = $(element, 'dialog.confirmation') as HTMLDialogElement;
      expect(dialog.open, 'the confirmation is open').to.equal(true);
      return dialog.querySelector('.confirm') as HTMLButtonElement;
    }

    function expectValidPayloads(events: PixHandoverEvent<unknown>[]): void {
      for (const event of events) expect(FinalisationPayloadSchema.safeParse(event.detail).success).to.equal(true);
    }

    it('fails, keeps every entry, then succeeds on retry: one pix-finalise per confirmation', async () => {
      const element = await wizard();
      const { events, answers } = host(element, 'pix-finalise');
      await enterEverything(element);
      (await validate(element)).click();
      expect(events).to.have.length(1);
      answers[0]!.reject({ code: 'SESSION_WITHOUT_STARTED_CERTIFICATION' });
      await flush(element);
      expect($(element, '.outcome').getAttribute('role')).to.equal('alert');
      expect(entries(element)).to.deep.equal(ENTERED);
      (await validate(element)).click();
      expect(events).to.have.length(2);
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('Les informations de la session ont été transmises avec succès.');
      expect(events[0]!.detail).to.deep.equal(events[1]!.detail);
      expectValidPayloads(events);
    });

    it('times out when the host never answers, keeps everything, ignores the late answer, and the retry works', async () => {
      const element = await wizard({ timeout: 60 });
      const { events, answers } = host(element, 'pix-finalise');
      await enterEverything(element);
      (await validate(element)).click();
      await flush(element, 120);
      expect(outcome(element)).to.equal(TIMEOUT_MESSAGE);
      expect(entries(element)).to.deep.equal(ENTERED);
      expect(($(element, 'dialog.confirmation') as HTMLDialogElement).open).to.equal(false);
      // The retry is pending when the first answer finally comes: it changes nothing.
      element.timeout = 30000;
      (await validate(element)).click();
      expect(events).to.have.length(2);
      answers[0]!.reject(new Error('trop tard'));
      await flush(element);
      expect(text($(element, '.sending'))).to.equal('Envoi en cours…');
      expect(outcome(element)).to.equal('');
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('Les informations de la session ont été transmises avec succès.');
      expectValidPayloads(events);
    });

    it('fires once for a double or triple click on "Confirmer la finalisation" and on "Valider"', async () => {
      const element = await wizard();
      const { events, answers } = host(element, 'pix-finalise');
      await enterEverything(element);
      const validateButton = $(element, '.validate') as HTMLButtonElement;
      validateButton.click();
      validateButton.click();
      await element.updateComplete;
      const confirm = element.shadowRoot!.querySelector('dialog.confirmation .confirm') as HTMLButtonElement;
      confirm.click();
      confirm.click();
      confirm.click();
      await element.updateComplete;
      confirm.click();
      expect(events, 'triple click').to.have.length(1);
      answers[0]!.reject(new Error('Service indisponible'));
      await flush(element);
      expect(outcome(element)).to.equal('Service indisponible');
      // A double click on the retry.
      const again = await validate(element);
      again.click();
      again.click();
      expect(events, 'double click').to.have.length(2);
      answers[1]!.resolve();
      await flush(element);
      ($(element, '.outcome') as HTMLElement).click();
      expect(element.shadowRoot!.querySelector('.validate'), 'nothing left to confirm').to.equal(null);
      expect(events).to.have.length(2);
      expectValidPayloads(events);
    });

    it('fires once for a double click on step 2\'s "Soumettre le formulaire"', async () => {
      const element = await wizard();
      const { events, answers } = host(element, 'pix-documents-submit');
      const submit = $$(element, '.documents button[type="submit"]')[0] as HTMLButtonElement;
      submit.click();
      submit.click();
      submit.click();
      await element.updateComplete;
      expect(events).to.have.length(1);
      answers[0]!.resolve();
      await flush(element);
      expect(text($(element, '#documents-sent'))).to.equal('Le formulaire a été transmis aux équipes de Pix.');
      expect(events).to.have.length(1);
    });

    for (const when of ['while detached', 'once back in the page'] as const) {
      it(`taken out of the page mid-hand-over and put back: a failure settling ${when} is shown, nothing is lost, no second event`, async () => {
        const element = await wizard({ persist: true });
        const { events, answers } = host(element, 'pix-finalise');
        await enterEverything(element);
        (await validate(element)).click();
        const putBack = detach(element);
        if (when === 'while detached') {
          answers[0]!.reject(new Error('Réseau coupé'));
          await flush(element);
          putBack();
        } else {
          await flush(element);
          putBack();
          await flush(element);
          expect(text($(element, '.sending'))).to.equal('Envoi en cours…');
          // Back in the page, the confirmation is modal again: the page behind stays out of reach while sending.
          const dialog = $(element, 'dialog.confirmation') as HTMLDialogElement;
          expect(dialog.open && dialog.matches(':modal'), 'the confirmation is modal again').to.equal(true);
          expect(($(element, '.confirm') as HTMLButtonElement).disabled).to.equal(true);
          answers[0]!.reject(new Error('Réseau coupé'));
        }
        await flush(element);
        expect(outcome(element)).to.equal('Réseau coupé');
        expect(entries(element)).to.deep.equal(ENTERED);
        expect(events).to.have.length(1);
        expect(localStorage.getItem(DRAFT_KEY), 'the draft is kept').to.not.equal(null);
        // And the retry works from there.
        (await validate(element)).click();
        expect(events).to.have.length(2);
        answers[1]!.resolve();
        await flush(element);
        expect(outcome(element)).to.equal('Les informations de la session ont été transmises avec succès.');
        expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
        expectValidPayloads(events);
      });
    }

    it('the confirmation taken out of the page before "Confirmer" is modal again once back, and confirms once', async () => {
      const element = await wizard();
      const { events, answers } = host(element, 'pix-finalise');
      await enterEverything(element);
      await validate(element);
      detach(element)();
      await flush(element);
      const dialog = $(element, 'dialog.confirmation') as HTMLDialogElement;
      expect(dialog.open && dialog.matches(':modal')).to.equal(true);
      expect(entries(element)).to.deep.equal(ENTERED);
      const confirm = dialog.querySelector('.confirm') as HTMLButtonElement;
      confirm.click();
      confirm.click();
      answers[0]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('Les informations de la session ont été transmises avec succès.');
      expect(events).to.have.length(1);
    });

    it('taken out of the page mid-hand-over: a success settling while detached is shown once back', async () => {
      const element = await wizard({ persist: true });
      const { events, answers } = host(element, 'pix-finalise');
      await enterEverything(element);
      (await validate(element)).click();
      const putBack = detach(element);
      answers[0]!.resolve();
      await flush(element);
      putBack();
      await flush(element);
      expect(outcome(element)).to.equal('Les informations de la session ont été transmises avec succès.');
      expect(element.shadowRoot!.querySelector<HTMLDialogElement>('dialog.confirmation')?.open ?? false).to.equal(false);
      expect(element.shadowRoot!.querySelector('.validate')).to.equal(null);
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      expect(events).to.have.length(1);
    });

    it('a reload restores every entry from the stored draft (even mid-hand-over); after success the draft is gone and a new page starts empty', async () => {
      const first = await wizard({ persist: true });
      const firstHost = host(first, 'pix-finalise');
      await enterEverything(first);
      (await validate(first)).click();
      expect(firstHost.events).to.have.length(1);
      // The page is reloaded while the host works: the old element goes, a new one comes.
      first.remove();

      const second = await wizard({ persist: true });
      expect(entries(second)).to.deep.equal(ENTERED);
      expect(text($(second, '.header [role="status"]'))).to.equal('Les informations saisies précédemment ont été restaurées.');
      const { events, answers } = host(second, 'pix-finalise');
      (await validate(second)).click();
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal(firstHost.events[0]!.detail);
      answers[0]!.resolve();
      await flush(second);
      expect(outcome(second)).to.equal('Les informations de la session ont été transmises avec succès.');
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      // The old element's late answer does not bring anything back.
      firstHost.answers[0]!.reject(new Error('trop tard'));
      await settle();
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      second.remove();

      const third = await wizard({ persist: true });
      expect(entries(third)).to.deep.equal({
        reasons: ['', ''],
        endScreen: false,
        incidents: 'Ajouter',
        commentMode: false,
        comment: null,
        centre: 'Collège Anne Frank',
        documentsComment: '',
      });
      expect(third.shadowRoot!.querySelector('.header [role="status"]')).to.equal(null);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-session-form>', () => {
    const VALUES = {
      address: 'Collège Anne Frank',
      room: 'Salle 208',
      date: '2030-06-20',
      time: '14:30',
      examiner: 'Paul Eluard',
      description: 'Tiers temps',
    };

    async function sessionForm(options: { session?: unknown; timeout?: number } = {}): Promise<PixSessionForm> {
      const element = await fixture<PixSessionForm>(html`<pix-session-form
        .session=${options.session}
        today="2030-06-15"
        timeout=${options.timeout ?? 30000}
      ></pix-session-form>`);
      await element.updateComplete;
      return element;
    }

    async function fill(element: PixSessionForm): Promise<void> {
      for (const [field, value] of Object.entries(VALUES)) {
        const control = $(element, `#${field}`) as HTMLInputElement;
        control.value = value;
        control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await element.updateComplete;
    }

    function values(element: PixSessionForm): Record<string, string> {
      return Object.fromEntries(Object.keys(VALUES).map((field) => [field, ($(element, `#${field}`) as HTMLInputElement).value]));
    }

    function submitButton(element: PixSessionForm): HTMLButtonElement {
      return $(element, 'button[type="submit"]') as HTMLButtonElement;
    }

    function expectValidDetails(events: PixHandoverEvent<unknown>[]): void {
      for (const event of events) {
        const detail = event.detail as { session: unknown };
        expect(SessionFormValuesSchema.safeParse(detail.session).success).to.equal(true);
        expect(detail.session).to.deep.equal(VALUES);
      }
    }

    it('fails, keeps every entry, then succeeds on retry', async () => {
      const element = await sessionForm();
      const { events, answers } = host(element, 'pix-session-submit');
      await fill(element);
      submitButton(element).click();
      answers[0]!.reject(new Error('Cette salle est déjà réservée.'));
      await flush(element);
      expect(outcome(element)).to.equal('Cette salle est déjà réservée.');
      expect(values(element)).to.deep.equal(VALUES);
      submitButton(element).click();
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('La session a été créée.');
      expect(events).to.have.length(2);
      expectValidDetails(events);
    });

    it('takes a thenable that is not a Promise: its rejection is the failure, its fulfilment the success', async () => {
      const element = await sessionForm();
      // An older HTTP client's request: `then` only, settled later by the test.
      const settlers: Array<{ fulfil(): void; reject(reason: unknown): void }> = [];
      element.addEventListener('pix-session-submit', (event) =>
        event.respondWith({
          then(onFulfilled, onRejected) {
            settlers.push({ fulfil: () => onFulfilled?.(undefined), reject: (reason) => onRejected?.(reason) });
            return this as never;
          },
        }),
      );
      await fill(element);
      submitButton(element).click();
      await flush(element);
      expect($(element, 'form')!.getAttribute('aria-busy'), 'sending until the thenable settles').to.equal('true');
      settlers[0]!.reject({ message: 'Cette salle est déjà réservée.' });
      await flush(element);
      expect(outcome(element)).to.equal('Cette salle est déjà réservée.');
      expect(values(element)).to.deep.equal(VALUES);
      submitButton(element).click();
      await flush(element);
      settlers[1]!.fulfil();
      await flush(element);
      expect(outcome(element)).to.equal('La session a été créée.');
      expect(settlers).to.have.length(2);
    });

    it('times out when the host never answers, keeps everything, ignores the late answer, and the retry works', async () => {
      const element = await sessionForm({ timeout: 60 });
      const { events, answers } = host(element, 'pix-session-submit');
      await fill(element);
      submitButton(element).click();
      await flush(element, 120);
      expect(outcome(element)).to.equal(TIMEOUT_MESSAGE);
      expect(values(element)).to.deep.equal(VALUES);
      element.timeout = 30000;
      submitButton(element).click();
      answers[0]!.resolve();
      await flush(element);
      expect(text(submitButton(element)), 'the late answer changes nothing').to.equal('Envoi en cours…');
      answers[1]!.reject({ message: 'Refusé' });
      await flush(element);
      expect(outcome(element)).to.equal('Refusé');
      expect(values(element)).to.deep.equal(VALUES);
      expect(events).to.have.length(2);
      expectValidDetails(events);
    });

    it('fires once for a double or triple click, and for Enter with a click', async () => {
      const element = await sessionForm();
      const { events, answers } = host(element, 'pix-session-submit');
      await fill(element);
      const submit = submitButton(element);
      submit.click();
      submit.click();
      submit.click();
      ($(element, 'form') as HTMLFormElement).requestSubmit();
      await element.updateComplete;
      submit.click();
      expect(events).to.have.length(1);
      answers[0]!.reject(new Error('Non'));
      await flush(element);
      submit.click();
      submit.click();
      expect(events).to.have.length(2);
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('La session a été créée.');
      // A created session is the host's: the form starts afresh and a click sends nothing.
      submitButton(element).click();
      await flush(element);
      expect(events).to.have.length(2);
      expectValidDetails(events);
    });

    for (const when of ['while detached', 'once back in the page'] as const) {
      it(`taken out of the page mid-hand-over and put back: a failure settling ${when} is shown, nothing is lost, no second event`, async () => {
        const element = await sessionForm();
        const { events, answers } = host(element, 'pix-session-submit');
        await fill(element);
        submitButton(element).click();
        const putBack = detach(element);
        if (when === 'while detached') {
          answers[0]!.reject(new Error('Réseau coupé'));
          await flush(element);
          putBack();
        } else {
          await flush(element);
          putBack();
          await flush(element);
          expect(text(submitButton(element))).to.equal('Envoi en cours…');
          submitButton(element).click();
          answers[0]!.reject(new Error('Réseau coupé'));
        }
        await flush(element);
        expect(outcome(element)).to.equal('Réseau coupé');
        expect(values(element)).to.deep.equal(VALUES);
        expect(events).to.have.length(1);
        submitButton(element).click();
        answers[1]!.resolve();
        await flush(element);
        expect(outcome(element)).to.equal('La session a été créée.');
        expect(events).to.have.length(2);
        expectValidDetails(events);
      });
    }

    it('taken out of the page mid-hand-over: a success settling while detached is shown once back', async () => {
      const element = await sessionForm({ session: session296.session });
      const { events, answers } = host(element, 'pix-session-submit');
      await fill(element);
      submitButton(element).click();
      const putBack = detach(element);
      answers[0]!.resolve();
      await flush(element);
      putBack();
      await flush(element);
      expect(outcome(element)).to.equal('Les modifications ont été enregistrées.');
      expect(values(element), 'the saved values stay').to.deep.equal(VALUES);
      expect(events).to.have.length(1);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-student-enrolment>', () => {
    const pupils: Student[] = [
      { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
      { id: 3, firstName: 'Hugo', lastName: 'Bernard', birthdate: '2008-11-20', division: '3A', isEnrolled: true },
      { id: 7, firstName: 'Chloé', lastName: 'Dubois', birthdate: '2009-01-02', division: '3A', isEnrolled: false },
      { id: 5, firstName: 'Inès', lastName: 'Petit', birthdate: '2008-07-14', division: '3A', isEnrolled: false },
    ];

    async function picker(timeout = 30000): Promise<PixStudentEnrolment> {
      const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment
        .session=${session296.session}
        .students=${pupils}
        timeout=${timeout}
      ></pix-student-enrolment>`);
      await element.updateComplete;
      return element;
    }

    async function tick(element: PixStudentEnrolment, ...names: string[]): Promise<void> {
      for (const name of names) {
        const box = $$(element, 'tbody input[type="checkbox"]').find(
          (input) => input.getAttribute('aria-label') === `Sélectionner ${name}`,
        )!;
        box.click();
        await element.updateComplete;
      }
    }

    function enrolButton(element: PixStudentEnrolment): HTMLButtonElement {
      return $(element, 'button.enrol') as HTMLButtonElement;
    }

    function selected(element: PixStudentEnrolment): string {
      return text($(element, '.counters__selected'));
    }

    function expectIds(events: PixHandoverEvent<unknown>[]): void {
      for (const event of events) expect(event.detail).to.deep.equal({ sessionId: 296, studentIds: [5, 12] });
    }

    it('fails, keeps the selection, then succeeds on retry', async () => {
      const element = await picker();
      const { events, answers } = host(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      answers[0]!.reject(new Error('Indisponible'));
      await flush(element);
      expect(outcome(element)).to.equal('Indisponible');
      expect(selected(element)).to.equal('2 candidats sélectionnés');
      enrolButton(element).click();
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('Les 2 élèves ont été inscrits à la session.');
      expect(events).to.have.length(2);
      expectIds(events);
    });

    it('times out when the host never answers, keeps the selection, ignores the late answer, and the retry works', async () => {
      const element = await picker(60);
      const { events, answers } = host(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      await flush(element, 120);
      expect(outcome(element)).to.equal(TIMEOUT_MESSAGE);
      expect(selected(element)).to.equal('2 candidats sélectionnés');
      element.timeout = 30000;
      enrolButton(element).click();
      answers[0]!.resolve();
      await flush(element);
      expect(text(enrolButton(element)), 'the late answer changes nothing').to.equal('Envoi en cours…');
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('Les 2 élèves ont été inscrits à la session.');
      expect(events).to.have.length(2);
      expectIds(events);
    });

    it('fires once for a double or triple click on "Inscrire", and not again once enrolled', async () => {
      const element = await picker();
      const { events, answers } = host(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      const enrol = enrolButton(element);
      enrol.click();
      enrol.click();
      enrol.click();
      await element.updateComplete;
      enrol.click();
      expect(events).to.have.length(1);
      answers[0]!.resolve();
      await flush(element);
      enrolButton(element).click();
      enrolButton(element).click();
      await flush(element);
      expect(events).to.have.length(1);
      expect(enrolButton(element).disabled).to.equal(true);
      expectIds(events);
    });

    for (const when of ['while detached', 'once back in the page'] as const) {
      it(`taken out of the page mid-hand-over and put back: a failure settling ${when} is shown, nothing is lost, no second event`, async () => {
        const element = await picker();
        const { events, answers } = host(element, 'pix-students-enrol');
        await tick(element, 'Léa Martin', 'Inès Petit');
        enrolButton(element).click();
        const putBack = detach(element);
        if (when === 'while detached') {
          answers[0]!.reject(new Error('Réseau coupé'));
          await flush(element);
          putBack();
        } else {
          await flush(element);
          putBack();
          await flush(element);
          expect(text(enrolButton(element))).to.equal('Envoi en cours…');
          enrolButton(element).click();
          answers[0]!.reject(new Error('Réseau coupé'));
        }
        await flush(element);
        expect(outcome(element)).to.equal('Réseau coupé');
        expect(selected(element)).to.equal('2 candidats sélectionnés');
        expect(events).to.have.length(1);
        enrolButton(element).click();
        answers[1]!.resolve();
        await flush(element);
        expect(outcome(element)).to.equal('Les 2 élèves ont été inscrits à la session.');
        expect(events).to.have.length(2);
        expectIds(events);
      });
    }

    it('taken out of the page mid-hand-over: a success settling while detached is shown once back', async () => {
      const element = await picker();
      const { events, answers } = host(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      const putBack = detach(element);
      answers[0]!.resolve();
      await flush(element);
      putBack();
      await flush(element);
      expect(outcome(element)).to.equal('Les 2 élèves ont été inscrits à la session.');
      expect(text($(element, '.counters__enrolled'))).to.equal('3 candidats déjà inscrits à la session');
      expect(events).to.have.length(1);
    });
  });
});
