import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-session-form.js';
import '../../src/define/pix-student-enrolment.js';
import '../../src/define/pix-session-list.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import type { PixSessionDeleteEvent } from '../../src/events/session-list-events.js';
import type { PixDocumentsSubmitEvent, PixFinaliseEvent } from '../../src/events/finalisation-events.js';
import type { PixSessionSubmitEvent, PixStudentsEnrolEvent } from '../../src/events/session-events.js';
import type { SessionSummary, Student } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, expectFocus, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';
import { chooseReason, showSession as show } from '../helpers/wizard.js';

/**
 * Issue 12, defect 1: an answer changes only the session it was for, and only the latest
 * attempt. The host's promise settles after the host has set another `.session` (B): B is left
 * as it is. An older attempt's answer after a newer one changes nothing either.
 */

const SUCCESS = 'Les informations de la session ont été transmises avec succès.';
const SENDING = 'Envoi en cours…';
const DRAFT_561 = 'pix-certif-elements:finalisation-draft:561';

/** Whether the element shows something matching `selector` (a boolean: chai printing a live element can stall a browser). */
function has(element: HTMLElement, selector: string): boolean {
  return element.shadowRoot!.querySelector(selector) !== null;
}

function outcome(element: HTMLElement): string {
  return text(element.shadowRoot!.querySelector('.outcome'));
}

describe('late answers', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  // -------------------------------------------------------------------------------------
  describe('<pix-finalise-wizard> and pix-finalise', () => {
    /** Session 296 (A) is ready to finalise at once; session 561 (B) asks for two reasons. */
    async function wizard(options: { timeout?: number } = {}): Promise<PixFinaliseWizard> {
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        .session=${session296.session}
        .reports=${session296.reports}
        persist-draft
        timeout=${options.timeout ?? 30000}
      ></pix-finalise-wizard>`);
      await element.updateComplete;
      return element;
    }

    /** "Valider", then "Confirmer la finalisation", as a person does. */
    async function finalise(element: PixFinaliseWizard): Promise<void> {
      ($(element, '.validate') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(($(element, 'dialog.confirmation') as HTMLDialogElement).open, 'the confirmation is open').to.equal(true);
      ($(element, 'dialog.confirmation .confirm') as HTMLButtonElement).click();
      await element.updateComplete;
    }

    /** Session B as the person left it: editable, with the reason chosen, and its draft stored. */
    async function expectUntouched(element: PixFinaliseWizard): Promise<void> {
      expect(text($(element, 'h1'))).to.equal('Finaliser la session 561');
      expect(outcome(element), 'no outcome on B').to.equal('');
      expect(element.finalisation!.readOnly, 'B is not finalised').to.equal(false);
      expect(has(element, '.validate'), 'B can still be validated').to.equal(true);
      expect(($(element, 'pix-abandon-reason[data-certification="1199"]') as PixAbandonReason).value).to.equal('candidate');
      // Stored a moment after the change, whether A's answer came before or after.
      await waitUntil(() => localStorage.getItem(DRAFT_561) !== null, "B's stored draft is kept");
    }

    it('a success for A that settles once the host shows B leaves B as it is: not finalised, no message, its draft kept', async () => {
      const element = await wizard();
      const { events, answers } = answeringHost<PixFinaliseEvent>(element, 'pix-finalise');
      await finalise(element);
      expect(events.map((event) => event.detail.sessionId)).to.deep.equal([296]);
      await show(element, session561);
      await chooseReason(element, 1199, 'candidate');
      await waitUntil(() => localStorage.getItem(DRAFT_561) !== null, "B's draft is stored a moment after the change");
      answers[0]!.resolve();
      await flush(element);
      await expectUntouched(element);
      await expectAccessible(element);
    });

    it('a rejection for A that settles once the host shows B shows no error on B', async () => {
      const element = await wizard();
      const { answers } = answeringHost(element, 'pix-finalise');
      await finalise(element);
      await show(element, session561);
      await chooseReason(element, 1199, 'candidate');
      answers[0]!.reject({ code: 'SESSION_ALREADY_FINALIZED' });
      await flush(element);
      await expectUntouched(element);
      expect(
        $$(element, '[role="alert"]')
          .map((alert) => text(alert))
          .filter(Boolean),
      ).to.deep.equal([]);
    });

    it("A's timeout running out once the host shows B shows nothing on B", async () => {
      const element = await wizard({ timeout: 60 });
      answeringHost(element, 'pix-finalise');
      await finalise(element);
      await show(element, session561);
      await chooseReason(element, 1199, 'candidate');
      await flush(element, 120);
      await expectUntouched(element);
    });

    it("an older attempt's answer, settling while a newer attempt for the same session waits, changes nothing", async () => {
      const element = await wizard();
      const { events, answers } = answeringHost<PixFinaliseEvent>(element, 'pix-finalise');
      await finalise(element);
      // The host shows B, then A again: the person confirms A once more.
      await show(element, session561);
      await show(element, session296);
      await finalise(element);
      expect(events.map((event) => event.detail.sessionId)).to.deep.equal([296, 296]);
      answers[0]!.resolve();
      await flush(element);
      expect(text($(element, '.sending')), 'still waiting for the newer attempt').to.equal(SENDING);
      expect(outcome(element)).to.equal('');
      expect(element.finalisation!.readOnly).to.equal(false);
      answers[1]!.reject(new Error('Service indisponible'));
      await flush(element);
      expect(outcome(element)).to.equal('Service indisponible');
      expectFocus($(element, '.outcome'), 'the answer to the latest attempt takes focus');
      expect(element.finalisation!.readOnly).to.equal(false);
    });

    it('an answer still lands when the host gives the same session again while it waits', async () => {
      const element = await wizard();
      const { answers } = answeringHost(element, 'pix-finalise');
      await finalise(element);
      await show(element, { session: { ...session296.session }, reports: [...session296.reports] });
      answers[0]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal(SUCCESS);
      expect(element.finalisation!.readOnly).to.equal(true);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-finalise-wizard> step 2 and pix-documents-submit', () => {
    async function wizard(): Promise<PixFinaliseWizard> {
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        .session=${session561.session}
        .reports=${session561.reports}
      ></pix-finalise-wizard>`);
      await element.updateComplete;
      return element;
    }

    async function pick(element: PixFinaliseWizard, name: string): Promise<void> {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(100)], name, { type: 'application/pdf' }));
      const input = $(element, '#documents-files') as HTMLInputElement;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await element.updateComplete;
    }

    function submitButton(element: PixFinaliseWizard): HTMLButtonElement {
      return $(element, '.documents button[type="submit"]') as HTMLButtonElement;
    }

    /** Session B's step 2 as the person left it: the form, its file, nothing sent, no error. */
    async function expectUntouched(element: PixFinaliseWizard): Promise<void> {
      expect(has(element, '#documents-sent'), 'nothing sent for B').to.equal(false);
      expect(text(submitButton(element))).to.equal('Soumettre le formulaire');
      expect($$(element, '.files__name').map((name) => text(name))).to.deep.equal(['pv-296.pdf']);
      expect(($(element, '#documents-sessionNumber') as HTMLInputElement).value).to.equal('296');
      expect(has(element, '.documents [role="alert"].alert'), 'no error on B').to.equal(false);
    }

    it("a success for A's documents that settles once the host shows B leaves B's step 2 as it is", async () => {
      const element = await wizard();
      const { events, answers } = answeringHost<PixDocumentsSubmitEvent>(element, 'pix-documents-submit');
      await pick(element, 'pv-561.pdf');
      submitButton(element).click();
      await element.updateComplete;
      expect(events.map((event) => event.detail.sessionId)).to.deep.equal([561]);
      await show(element, session296);
      await pick(element, 'pv-296.pdf');
      const centre = $(element, '#documents-certificationCenterName');
      centre.focus();
      answers[0]!.resolve();
      await flush(element);
      await expectUntouched(element);
      expectFocus(centre, 'focus stays where the person is');
      await expectAccessible(element);
    });

    it("a rejection for A's documents that settles once the host shows B shows no error on B", async () => {
      const element = await wizard();
      const { answers } = answeringHost(element, 'pix-documents-submit');
      submitButton(element).click();
      await element.updateComplete;
      await show(element, session296);
      await pick(element, 'pv-296.pdf');
      answers[0]!.reject(new Error('Stockage plein'));
      await flush(element);
      await expectUntouched(element);
    });

    it("an older attempt's answer, settling while B's submission waits, changes nothing; B's own answer lands", async () => {
      const element = await wizard();
      const { events, answers } = answeringHost<PixDocumentsSubmitEvent>(element, 'pix-documents-submit');
      submitButton(element).click();
      await element.updateComplete;
      await show(element, session296);
      await pick(element, 'pv-296.pdf');
      submitButton(element).click();
      await element.updateComplete;
      expect(events.map((event) => event.detail.sessionId)).to.deep.equal([561, 296]);
      answers[0]!.resolve();
      await flush(element);
      expect(text(submitButton(element)), "still waiting for B's answer").to.equal(SENDING);
      expect(has(element, '#documents-sent')).to.equal(false);
      answers[1]!.resolve();
      await flush(element);
      expect(text($(element, '#documents-sent'))).to.equal('Le formulaire a été transmis aux équipes de Pix.');
      expectFocus($(element, '#documents-sent'));
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-student-enrolment> and pix-students-enrol', () => {
    const pupils: Student[] = [
      { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
      { id: 3, firstName: 'Hugo', lastName: 'Bernard', birthdate: '2008-11-20', division: '3A', isEnrolled: true },
      { id: 7, firstName: 'Chloé', lastName: 'Dubois', birthdate: '2009-01-02', division: '3A', isEnrolled: false },
      { id: 5, firstName: 'Inès', lastName: 'Petit', birthdate: '2008-07-14', division: '3A', isEnrolled: false },
    ];
    /** The same school seen from session 561 (B): nobody enrolled yet. */
    const pupilsOfB: Student[] = pupils.map((pupil) => ({ ...pupil, isEnrolled: false }));

    async function picker(): Promise<PixStudentEnrolment> {
      const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment
        .session=${session296.session}
        .students=${pupils}
      ></pix-student-enrolment>`);
      await element.updateComplete;
      return element;
    }

    async function showB(element: PixStudentEnrolment): Promise<void> {
      element.session = session561.session;
      element.students = pupilsOfB;
      await element.updateComplete;
    }

    function pupil(element: PixStudentEnrolment, name: string): HTMLInputElement {
      return $$(element, 'tbody input[type="checkbox"]').find(
        (input) => input.getAttribute('aria-label') === `Sélectionner ${name}`,
      ) as HTMLInputElement;
    }

    async function tick(element: PixStudentEnrolment, ...names: string[]): Promise<void> {
      for (const name of names) {
        pupil(element, name).click();
        await element.updateComplete;
      }
    }

    function enrolButton(element: PixStudentEnrolment): HTMLButtonElement {
      return $(element, 'button.enrol') as HTMLButtonElement;
    }

    /** Session B as the person left it: nobody enrolled, Chloé ticked, nothing said. */
    function expectUntouched(element: PixStudentEnrolment): void {
      expect(text($(element, 'h1'))).to.equal('Ajouter des candidats à la session 561');
      for (const name of ['Léa Martin', 'Inès Petit']) {
        expect(pupil(element, name).disabled, `${name} is not enrolled in B`).to.equal(false);
        expect(pupil(element, name).checked, `${name} is not ticked in B`).to.equal(false);
      }
      expect(pupil(element, 'Chloé Dubois').checked).to.equal(true);
      expect(text($(element, '.counters__enrolled'))).to.equal('Aucun candidat déjà inscrit à la session');
      expect(outcome(element), 'no outcome on B').to.equal('');
      expect(text(enrolButton(element))).to.equal('Inscrire');
    }

    it('a success for A that settles once the host shows B enrols nobody in B', async () => {
      const element = await picker();
      const { events, answers } = answeringHost<PixStudentsEnrolEvent>(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      await element.updateComplete;
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 296, studentIds: [5, 12] }]);
      await showB(element);
      await tick(element, 'Chloé Dubois');
      pupil(element, 'Chloé Dubois').focus();
      answers[0]!.resolve();
      await flush(element);
      await expectUntouched(element);
      expectFocus(pupil(element, 'Chloé Dubois'), 'focus stays where the person is');
      await expectAccessible(element);
    });

    it('a rejection for A that settles once the host shows B shows no error on B', async () => {
      const element = await picker();
      const { answers } = answeringHost(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      await element.updateComplete;
      await showB(element);
      await tick(element, 'Chloé Dubois');
      answers[0]!.reject(new Error('Indisponible'));
      await flush(element);
      await expectUntouched(element);
    });

    it("an older attempt's answer, settling while B's enrolment waits, changes nothing; B's own answer lands", async () => {
      const element = await picker();
      const { events, answers } = answeringHost<PixStudentsEnrolEvent>(element, 'pix-students-enrol');
      await tick(element, 'Léa Martin', 'Inès Petit');
      enrolButton(element).click();
      await element.updateComplete;
      await showB(element);
      await tick(element, 'Chloé Dubois');
      enrolButton(element).click();
      await element.updateComplete;
      expect(events.map((event) => event.detail)).to.deep.equal([
        { sessionId: 296, studentIds: [5, 12] },
        { sessionId: 561, studentIds: [7] },
      ]);
      answers[0]!.resolve();
      await flush(element);
      expect(text(enrolButton(element)), "still waiting for B's answer").to.equal(SENDING);
      expect(pupil(element, 'Léa Martin').disabled, 'Léa is not enrolled in B').to.equal(false);
      expect(outcome(element)).to.equal('');
      answers[1]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal("L'élève a été inscrit à la session.");
      expectFocus($(element, '.outcome'));
      expect(pupil(element, 'Chloé Dubois').disabled, 'Chloé is enrolled in B').to.equal(true);
      expect(pupil(element, 'Léa Martin').disabled).to.equal(false);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-session-list> and pix-session-delete', () => {
    function summary(id: number, date: string, address = 'Collège Anne Frank'): SessionSummary {
      return {
        id,
        address,
        room: 'Salle 208',
        date,
        time: '09:00',
        examiner: 'Paul Éluard',
        enrolledCandidatesCount: 2,
        effectiveCandidatesCount: 0,
        status: 'created',
      };
    }
    /** Page A of the list: session 12 is deleted from it. Page B (the host's next page, or a refetch): other sessions. */
    const pageA = [summary(12, '2026-03-20'), summary(11, '2026-03-10')];
    const pageB = [summary(8, '2026-02-20', 'Lycée Victor Hugo'), summary(7, '2026-02-10', 'Lycée Victor Hugo')];

    async function list(options: { timeout?: number } = {}): Promise<PixSessionList> {
      const element = await fixture<PixSessionList>(html`<pix-session-list
        .sessions=${pageA}
        timeout=${options.timeout ?? 30000}
      ></pix-session-list>`);
      await element.updateComplete;
      return element;
    }

    /** The delete button of a session, then "Supprimer" in its confirmation, as a person does. */
    async function deleteSession(element: PixSessionList, id: number): Promise<void> {
      ($(element, `button.delete[data-session="${id}"]`) as HTMLButtonElement).click();
      await element.updateComplete;
      expect(($(element, 'dialog.confirmation') as HTMLDialogElement).open, 'the confirmation is open').to.equal(true);
      ($(element, 'dialog .confirm') as HTMLButtonElement).click();
      await element.updateComplete;
    }

    async function showB(element: PixSessionList): Promise<void> {
      element.sessions = pageB;
      await element.updateComplete;
    }

    function ids(element: PixSessionList): number[] {
      return $$(element, 'tbody a.number').map((link) => Number(text(link)));
    }

    /** Page B as the host gave it: its rows, no confirmation, no message, focus where the person put it. */
    function expectUntouched(element: PixSessionList, focusedControl: HTMLElement): void {
      expect(ids(element)).to.deep.equal([8, 7]);
      expect(($(element, 'dialog.confirmation') as HTMLDialogElement).open, 'no confirmation about a session not shown').to.equal(false);
      expect(outcome(element), 'no outcome on B').to.equal('');
      expect(
        $$(element, '[role="alert"]')
          .map((alert) => text(alert))
          .filter(Boolean),
      ).to.deep.equal([]);
      expectFocus(focusedControl, 'focus stays where the person is');
    }

    it('a success for session 12 that settles once the host shows other sessions changes nothing on them', async () => {
      const element = await list();
      const { events, answers } = answeringHost<PixSessionDeleteEvent>(element, 'pix-session-delete');
      await deleteSession(element, 12);
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12 }]);
      await showB(element);
      const filter = $(element, '#filter-session-id');
      filter.focus();
      answers[0]!.resolve();
      await flush(element);
      expectUntouched(element, filter);
      await expectAccessible(element);
    });

    it('a refusal (409) for session 12 that settles once the host shows other sessions shows no error on them', async () => {
      const element = await list();
      const { answers } = answeringHost(element, 'pix-session-delete');
      await deleteSession(element, 12);
      await showB(element);
      const filter = $(element, '#filter-session-id');
      filter.focus();
      answers[0]!.reject({ status: 409 });
      await flush(element);
      expectUntouched(element, filter);
    });

    it("session 12's timeout running out once the host shows other sessions shows nothing on them", async () => {
      const element = await list({ timeout: 60 });
      answeringHost(element, 'pix-session-delete');
      await deleteSession(element, 12);
      await showB(element);
      const filter = $(element, '#filter-session-id');
      filter.focus();
      await flush(element, 120);
      expectUntouched(element, filter);
    });

    it("an older attempt's answer, settling while a newer deletion waits, changes nothing; the newer one's answer lands", async () => {
      const element = await list();
      const { events, answers } = answeringHost<PixSessionDeleteEvent>(element, 'pix-session-delete');
      await deleteSession(element, 12);
      await showB(element);
      await deleteSession(element, 8);
      expect(events.map((event) => event.detail.sessionId)).to.deep.equal([12, 8]);
      answers[0]!.resolve();
      await flush(element);
      expect(text($(element, 'dialog .sending')), 'still waiting for the deletion of 8').to.equal(SENDING);
      expect(outcome(element)).to.equal('');
      expect(ids(element)).to.deep.equal([8, 7]);
      answers[1]!.reject({ status: 409 });
      await flush(element);
      expect(outcome(element)).to.equal('La session a déjà commencé.');
      expectFocus($(element, '.outcome'), 'the answer to the latest attempt takes focus');
      expect(ids(element)).to.deep.equal([8, 7]);
    });

    it('an answer still lands when the host gives the list again, session 12 in it, while it waits', async () => {
      const element = await list();
      const { answers } = answeringHost(element, 'pix-session-delete');
      await deleteSession(element, 12);
      element.sessions = pageA.map((session) => ({ ...session }));
      await element.updateComplete;
      expect(text($(element, 'dialog .sending')), 'the confirmation still waits').to.equal(SENDING);
      answers[0]!.resolve();
      await flush(element);
      expect(outcome(element)).to.equal('La session a été supprimée avec succès.');
      expectFocus($(element, '.outcome'));
      expect(ids(element)).to.deep.equal([11]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('<pix-session-form> and pix-session-submit', () => {
    it('an answer about session A, settling once the host shows session B, changes nothing on B', async () => {
      const element = await fixture<PixSessionForm>(html`<pix-session-form
        .session=${session296.session}
        today="2020-12-01"
      ></pix-session-form>`);
      const { events, answers } = answeringHost<PixSessionSubmitEvent>(element, 'pix-session-submit');
      button(element, 'Enregistrer les modifications').click();
      await element.updateComplete;
      expect(events).to.have.length(1);
      element.session = { ...session561.session, room: 'Salle 12' };
      await element.updateComplete;
      answers[0]!.reject(new Error('Indisponible'));
      await flush(element);
      expect(text($(element, 'h1'))).to.equal('Modifier la session 561');
      expect(outcome(element)).to.equal('');
      expect(($(element, '#room') as HTMLInputElement).value).to.equal('Salle 12');
      expect(text($(element, 'button[type="submit"]'))).to.equal('Enregistrer les modifications');
    });
  });
});
