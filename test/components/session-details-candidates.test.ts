import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-session-details.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import type { PixNavigateEvent } from '../../src/events/navigate-events.js';
import type { PixCandidateDeleteEvent, PixCandidateUpdateEvent } from '../../src/events/candidate-events.js';
import type { Candidate, Session } from '../../src/state/schemas.js';
import {
  canEnrolCandidates,
  createSessionDetails,
  describeCandidateDeleteFailure,
  describeCandidateUpdateFailure,
  offersAccessibilityAdjustment,
} from '../../src/state/session-details.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, expectFocus, record, text } from '../helpers/dom.js';
import { deferred } from '../helpers/handover.js';

const session: Session = {
  id: 12345,
  address: 'Lycée Victor Hugo',
  room: 'Salle B12',
  examiner: 'Mme Durand',
  date: '2026-01-12',
  time: '14:30',
  accessCode: 'BXGH34',
  status: 'created',
};

/** Given out of order: the tab sorts them by last name, then first name, the French way. */
const candidates: Candidate[] = [
  {
    id: 3,
    lastName: 'Zola',
    firstName: 'Émile',
    birthdate: '2008-04-02',
    birthCity: 'Paris',
    birthCountry: 'FRANCE',
    subscription: 'DROIT',
  },
  {
    id: 1,
    lastName: 'Lovelace',
    firstName: 'Ada',
    birthdate: '2008-12-10',
    birthCity: 'Londres',
    birthCountry: 'ROYAUME-UNI',
    extraTimePercentage: 0.3,
    accessibilityAdjustmentNeeded: true,
    subscription: 'CORE',
  },
  { id: 2, lastName: 'élan', firstName: 'Bruno', birthdate: '2009-01-31', birthCity: 'Lyon', birthCountry: 'FRANCE', subscription: 'CLEA' },
  { id: 4, lastName: 'Bernier', firstName: 'Faye', birthdate: '2008-03-05', isLinked: true },
];

interface Inputs {
  session?: unknown;
  candidates?: unknown;
  lang?: string;
  timeout?: number;
}

async function tab(inputs: Inputs = {}): Promise<PixSessionDetails> {
  const given = { session, candidates, ...inputs };
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${given.lang ?? 'fr'}>
    <pix-session-details
      edition="current"
      tab="candidates"
      timeout=${given.timeout ?? 30000}
      .session=${given.session}
      .candidates=${given.candidates}
    ></pix-session-details>
  </div>`);
  const element = wrapper.querySelector('pix-session-details')!;
  await element.updateComplete;
  return element;
}

async function settle(element: PixSessionDetails): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

/** The table as a person reads it: one list of cells per row. */
function rows(element: PixSessionDetails): string[][] {
  return $$(element, 'tbody tr').map((row) => [...row.querySelectorAll('td')].slice(0, 8).map((cell) => text(cell)));
}

function headers(element: PixSessionDetails): string[] {
  return $$(element, 'thead th').map((cell) => text(cell));
}

function dialogOf(element: PixSessionDetails): HTMLDialogElement {
  return $(element, 'dialog.candidate-dialog') as HTMLDialogElement;
}

function tooltipOf(element: PixSessionDetails, control: HTMLElement): HTMLElement {
  return $(element, `#${control.getAttribute('aria-describedby')}`);
}

describe('<pix-session-details edition="current">: candidates tab', () => {
  describe('list', () => {
    it('shows "Liste des candidats (n)", "Inscrire des candidats" and the SCO columns, sorted by last name then first name', async () => {
      const element = await tab();
      const title = $(element, '#candidates-title');
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Liste des candidats (4)');
      expect(text(button(element, 'Inscrire des candidats'))).to.equal('Inscrire des candidats');
      expect(headers(element)).to.deep.equal([
        'Nom de naissance',
        'Prénom',
        'Date de naissance',
        'Commune de naissance',
        'Pays de naissance',
        'Temps majoré',
        'Accessibilité',
        'Certification sélectionnée',
        'Actions',
      ]);
      expect(rows(element)).to.deep.equal([
        ['Bernier', 'Faye', '05/03/2008', '', '', '-', '-', 'Certification Pix'],
        ['élan', 'Bruno', '31/01/2009', 'Lyon', 'FRANCE', '-', '-', 'Double Certification Pix-CléA Numérique'],
        ['Lovelace', 'Ada', '10/12/2008', 'Londres', 'ROYAUME-UNI', '30 %', 'Oui', 'Certification Pix'],
        ['Zola', 'Émile', '02/04/2008', 'Paris', 'FRANCE', '-', '-', 'Pix+ Droit'],
      ]);
      const caption = $(element, 'caption');
      expect(caption.classList.contains('visually-hidden')).to.equal(true);
      expect(caption.textContent!.trim()).to.equal(
        'Liste des candidats inscrits à la session, triée par nom de naissance, avec la possibilité de supprimer un candidat dans la dernière colonne.',
      );
      expect(text($(element, '[role="tab"][aria-selected="true"]'))).to.equal('Candidats (4)');
      await expectAccessible(element);
    });

    it('names each action by the candidate; "Editer" only for a certification that includes Pix itself (CORE, CléA)', async () => {
      const element = await tab();
      expect(button(element, 'Editer le candidat Ada Lovelace').classList.contains('edit')).to.equal(true);
      expect(button(element, 'Editer le candidat Bruno élan')).to.exist;
      expect(button(element, 'Editer le candidat Faye Bernier')).to.exist;
      expect(() => button(element, 'Editer le candidat Émile Zola')).to.throw();
      for (const name of ['Ada Lovelace', 'Bruno élan', 'Faye Bernier', 'Émile Zola']) {
        expect(button(element, `Supprimer le candidat ${name}`).classList.contains('delete')).to.equal(true);
      }
      expect(offersAccessibilityAdjustment({})).to.equal(true);
      expect(offersAccessibilityAdjustment({ subscription: 'EDU_CPE' })).to.equal(false);
    });

    it('shows every text in English, the percentage the English way', async () => {
      const element = await tab({ lang: 'en' });
      expect(text($(element, '#candidates-title'))).to.equal("Candidates' list (4)");
      expect(button(element, 'Enrol candidates')).to.exist;
      expect(headers(element)).to.deep.equal([
        'Birth name',
        'First name',
        'Date of birth',
        'Birth city',
        'Birth country',
        'Extra time',
        'Accessibility',
        'Selected certification',
        'Actions',
      ]);
      expect(rows(element)[2]).to.deep.equal([
        'Lovelace',
        'Ada',
        '10/12/2008',
        'Londres',
        'ROYAUME-UNI',
        '30%',
        'Yes',
        'Pix certification',
      ]);
      expect(rows(element)[1]![7]).to.equal('Dual Certification Pix-CléA Numérique');
      expect(rows(element)[3]![7]).to.equal('Pix+ Law');
      expect(button(element, 'Edit the candidate Ada Lovelace')).to.exist;
      expect(button(element, 'Delete the candidate Ada Lovelace')).to.exist;
    });

    it('labels every subscription as Pix does', async () => {
      const labels = {
        EDU_1ER_DEGRE: 'Pix+ Édu 1er degré',
        EDU_2ND_DEGRE: 'Pix+ Édu 2nd degré',
        EDU_CPE: 'Pix+ Édu CPE',
        PRO_SANTE: 'Pix+ Professionnels de Santé',
      } as const;
      const element = await tab({
        candidates: Object.keys(labels).map((subscription, index) => ({
          id: index + 1,
          lastName: `Nom${index}`,
          firstName: 'A',
          birthdate: '2008-01-01',
          subscription,
        })),
      });
      expect(rows(element).map((row) => row[7])).to.deep.equal(Object.values(labels));
      const english = await tab({
        lang: 'en',
        candidates: [{ id: 1, lastName: 'A', firstName: 'B', birthdate: '2008-01-01', subscription: 'PRO_SANTE' }],
      });
      expect(rows(english)[0]![7]).to.equal('Pix+ Health Professionals');
    });
  });

  describe('enrolment', () => {
    it('with no candidate, shows only the SCO panel; "Inscrire des candidats" (mouse or keyboard) fires pix-navigate to the pupil picker', async () => {
      const element = await tab({ candidates: [] });
      expect(text($(element, '.sco-panel'))).to.equal("Inscrivez des élèves et c'est partix ! Inscrire des candidats");
      expect($$(element, 'table, #candidates-title, .empty')).to.have.length(0);
      expect(text($(element, '[role="tab"][aria-selected="true"]'))).to.equal('Candidats');
      const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
      const enrol = button(element, 'Inscrire des candidats');
      enrol.click();
      enrol.focus();
      await sendKeys({ press: 'Enter' });
      expect(navigations.map((event) => event.detail)).to.deep.equal([
        { to: 'student-enrolment', sessionId: 12345 },
        { to: 'student-enrolment', sessionId: 12345 },
      ]);
      expect(navigations[0]!.bubbles && navigations[0]!.composed).to.equal(true);
      await expectAccessible(element);

      const english = await tab({ candidates: [], lang: 'en' });
      expect(text($(english, '.sco-panel'))).to.equal("Enrol students and you're readix to go ! Enrol candidates");
    });

    for (const [name, refused] of [
      ['finalised', { ...session, status: 'finalized' }],
      ['expired', { ...session, hasExpired: true }],
    ] as const) {
      it(`is refused once the session is ${name}: aria-disabled, its message on focus and hover, hidden by Escape; "En attente de candidats"`, async () => {
        const element = await tab({ session: refused, candidates: [] });
        expect($$(element, '.sco-panel')).to.have.length(0);
        expect(text($(element, '#candidates-title'))).to.equal('Liste des candidats (0)');
        expect(text($(element, '.empty'))).to.equal('En attente de candidats');
        const navigations = record(element, 'pix-navigate');
        const enrol = button(element, 'Inscrire des candidats');
        expect(enrol.getAttribute('aria-disabled')).to.equal('true');
        expect(enrol.disabled).to.equal(false);
        const tip = tooltipOf(element, enrol);
        expect(tip.getAttribute('role')).to.equal('tooltip');
        expect(tip.textContent!.trim()).to.equal("Cette session est finalisée ou expirée, l'ajout de candidat n'est pas autorisé.");
        expect(tip.hidden).to.equal(true);
        await expectAccessible(element);

        // By keyboard: Tab reaches it and shows the message; Enter does nothing; Escape hides it.
        $(element, '#panel-candidates').focus();
        await sendKeys({ press: 'Tab' });
        expectFocus(enrol, 'Tab reaches the refused button');
        await element.updateComplete;
        expect(tip.hidden).to.equal(false);
        await expectAccessible(element);
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect(tip.hidden).to.equal(true);
        enrol.blur();
        await element.updateComplete;

        // By mouse: hover shows it, leaving hides it (after a moment to reach the tooltip); a click does nothing.
        enrol.parentElement!.dispatchEvent(new MouseEvent('mouseenter'));
        await element.updateComplete;
        expect(tip.hidden).to.equal(false);
        enrol.click();
        enrol.parentElement!.dispatchEvent(new MouseEvent('mouseleave'));
        await waitUntil(() => tip.hidden, 'the tooltip hides once left', { timeout: 5000 });
        expect(navigations).to.have.length(0);
      });
    }

    it('keeps the list, with enrolment refused, for a finalised session with candidates; says so in English', async () => {
      const element = await tab({ session: { ...session, status: 'processed' }, lang: 'en' });
      expect(rows(element)).to.have.length(4);
      const enrol = button(element, 'Enrol candidates');
      expect(enrol.getAttribute('aria-disabled')).to.equal('true');
      expect(tooltipOf(element, enrol).textContent!.trim()).to.equal(
        'This session is either finalized or expired and no new candidates may be added.',
      );
      const empty = await tab({ session: { ...session, hasExpired: true }, candidates: [], lang: 'en' });
      expect(text($(empty, '.empty'))).to.equal('Awaiting candidates');
      expect(canEnrolCandidates({ status: 'created' })).to.equal(true);
      expect(canEnrolCandidates({ status: 'created', hasExpired: false })).to.equal(true);
      expect(canEnrolCandidates({ status: 'in_process' })).to.equal(false);
    });
  });

  describe('a candidate who joined the session', () => {
    it('cannot be edited nor deleted: both aria-disabled and focusable, with their tooltips', async () => {
      const element = await tab();
      const updates = record(element, 'pix-candidate-update');
      const deletions = record(element, 'pix-candidate-delete');
      const edit = button(element, 'Editer le candidat Faye Bernier');
      const remove = button(element, 'Supprimer le candidat Faye Bernier');
      for (const [control, message] of [
        [edit, "Ce candidat a déjà rejoint la session. Vous ne pouvez pas l'éditer."],
        [remove, 'Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.'],
      ] as const) {
        expect(control.getAttribute('aria-disabled')).to.equal('true');
        const tip = tooltipOf(element, control);
        expect(tip.textContent!.trim()).to.equal(message);
        expect(tip.hidden).to.equal(true);
      }
      // Keyboard: from "Inscrire des candidats", Tab reaches edit then delete of the first row.
      button(element, 'Inscrire des candidats').focus();
      await sendKeys({ press: 'Tab' });
      // Firefox stops first on the table's scroll area when the table is wider than the window.
      if (element.shadowRoot!.activeElement?.classList.contains('table-wrapper')) await sendKeys({ press: 'Tab' });
      expectFocus(edit, 'Tab reaches the refused edit button');
      await element.updateComplete;
      expect(tooltipOf(element, edit).hidden).to.equal(false);
      await expectAccessible(element);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expectFocus(remove, 'then the refused delete button');
      await element.updateComplete;
      expect(tooltipOf(element, edit).hidden).to.equal(true);
      expect(tooltipOf(element, remove).hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(tooltipOf(element, remove).hidden).to.equal(true);
      await sendKeys({ press: ' ' });
      // Mouse: a click opens nothing.
      edit.click();
      remove.click();
      await settle(element);
      expect(dialogOf(element).open).to.equal(false);
      expect(updates).to.have.length(0);
      expect(deletions).to.have.length(0);
    });

    it('says so in English', async () => {
      const element = await tab({ lang: 'en' });
      expect(tooltipOf(element, button(element, 'Edit the candidate Faye Bernier')).textContent!.trim()).to.equal(
        'This candidate has already joined the session, you can’t edit them.',
      );
      expect(tooltipOf(element, button(element, 'Delete the candidate Faye Bernier')).textContent!.trim()).to.equal(
        'This candidate has already joined the session, you can’t delete them.',
      );
    });
  });

  describe('editing the accessibility adjustment', () => {
    it('opens the edition dialog: title, names read-only, the adjustment with its explanation; focus on the checkbox; "Annuler" closes', async () => {
      const element = await tab();
      const updates = record(element, 'pix-candidate-update');
      const opener = button(element, 'Editer le candidat Ada Lovelace');
      opener.click();
      await settle(element);
      const dialog = dialogOf(element);
      expect(dialog.open).to.equal(true);
      expect(text($(element, '#candidate-dialog-title'))).to.equal("Modifier les informations d'un candidat");
      const lastName = $(element, '#candidate-last-name') as HTMLInputElement;
      const firstName = $(element, '#candidate-first-name') as HTMLInputElement;
      expect([lastName.value, lastName.disabled, firstName.value, firstName.disabled]).to.deep.equal(['Lovelace', true, 'Ada', true]);
      expect(text($(element, 'label[for="candidate-last-name"]'))).to.equal('Nom de naissance');
      expect(text($(element, 'label[for="candidate-first-name"]'))).to.equal('Prénom');
      expect(text($(element, 'fieldset legend'))).to.equal("Aménagement d'accessibilité numérique");
      expect(text($(element, 'fieldset .alert'))).to.equal(
        "L'aménagement consiste à retirer les questions non accessibles ainsi qu'à permettre l'oralisation de l'énoncé des épreuves.",
      );
      expect($$(element, 'fieldset .alert b').map((bold) => text(bold))).to.deep.equal([
        'retirer les questions non accessibles',
        "permettre l'oralisation de l'énoncé des épreuves",
      ]);
      const checkbox = $(element, 'dialog input[type="checkbox"]') as HTMLInputElement;
      expect(text(checkbox.closest('label'))).to.equal("Le candidat a besoin d'un aménagement");
      expect(checkbox.checked).to.equal(true);
      expectFocus(checkbox, 'initial focus');
      expect(text(button(element, 'Annuler'))).to.equal('Annuler');
      expect(text($(element, 'dialog .confirm'))).to.equal('Modifier');
      await expectAccessible(element);

      // Untick, then "Annuler": nothing sent, the row unchanged, focus back on the opener.
      await sendKeys({ press: ' ' });
      expect(checkbox.checked).to.equal(false);
      button(element, 'Annuler').click();
      await settle(element);
      expect(dialog.open).to.equal(false);
      expectFocus(opener, 'back on the opener');
      expect(updates).to.have.length(0);
      expect(rows(element)[2]![6]).to.equal('Oui');

      // Open again: the box shows the candidate's value, not the abandoned change; Escape closes.
      opener.click();
      await settle(element);
      expect(checkbox.checked).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialog.open).to.equal(false);
      expect(updates).to.have.length(0);
    });

    it('hands the change over by keyboard: "Envoi en cours…", inert, Escape ignored; success says so in a focused status and the row follows', async () => {
      const element = await tab();
      const answer = deferred();
      const updates = record<PixCandidateUpdateEvent>(element, 'pix-candidate-update');
      element.addEventListener('pix-candidate-update', (event) => event.respondWith(answer.promise));
      const opener = button(element, 'Editer le candidat Bruno élan');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      // Tab: "Annuler", then "Modifier".
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expectFocus($(element, 'dialog .confirm'), 'on "Modifier"');
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(updates.map((event) => event.detail)).to.deep.equal([
        { sessionId: 12345, candidateId: 2, accessibilityAdjustmentNeeded: true },
      ]);
      expect(updates[0]!.bubbles && updates[0]!.composed).to.equal(true);
      expect(text($(element, 'dialog .sending'))).to.equal('Envoi en cours…');
      expect($$(element, 'dialog button, dialog input[type="checkbox"]').every((item) => (item as HTMLInputElement).disabled)).to.equal(
        true,
      );
      expectFocus($(element, 'dialog .sending'), 'focus waits on the sending line');
      await expectAccessible(element);
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialogOf(element).open).to.equal(true);
      $(element, 'dialog .confirm').click();
      expect(updates).to.have.length(1);

      answer.resolve();
      await aTimeout(0);
      await settle(element);
      expect(dialogOf(element).open).to.equal(false);
      const outcome = $(element, '.outcome');
      expect(outcome.getAttribute('role')).to.equal('status');
      expect(text(outcome)).to.equal('Données mises à jour avec succès.');
      expectFocus(outcome, 'the outcome');
      expect(rows(element)[1]![6]).to.equal('Oui');
      await expectAccessible(element);

      // The host's reload is what the row shows from then on.
      element.candidates = candidates.map((candidate) =>
        candidate.id === 2 ? { ...candidate, accessibilityAdjustmentNeeded: false } : candidate,
      );
      await settle(element);
      expect(rows(element)[1]![6]).to.equal('-');
    });

    it('on a refusal, says so in a focused alert and keeps the row; in English too', async () => {
      for (const [lang, expected, label] of [
        [
          'fr',
          'Un problème est survenu pendant la mise à jour du candidat. Merci de réessayer ultérieurement.',
          'Editer le candidat Ada Lovelace',
        ],
        ['en', 'A problem occurred while trying to edit the candidate. Please try again later.', 'Edit the candidate Ada Lovelace'],
      ] as const) {
        const element = await tab({ lang });
        element.addEventListener('pix-candidate-update', (event) => event.respondWith(Promise.reject({ status: 500 })));
        button(element, label).click();
        await settle(element);
        $(element, 'dialog input[type="checkbox"]').click();
        $(element, 'dialog .confirm').click();
        await aTimeout(0);
        await settle(element);
        expect(dialogOf(element).open).to.equal(false);
        const outcome = $(element, '.outcome');
        expect(outcome.getAttribute('role')).to.equal('alert');
        expect(text(outcome)).to.equal(expected);
        expectFocus(outcome, 'the alert');
        expect(rows(element)[2]![6]).to.equal(lang === 'fr' ? 'Oui' : 'Yes');
        await expectAccessible(element);
      }
    });

    it('says "Canditate\'s information has been successfully updated." in English, as Pix writes it, and counts no answer as accepted', async () => {
      const element = await tab({ lang: 'en' });
      button(element, 'Edit the candidate Ada Lovelace').click();
      await settle(element);
      expect(text($(element, '#candidate-dialog-title'))).to.equal("Edit candidate's details");
      expect(text($(element, 'fieldset legend'))).to.equal('Digital accessibility adjustment');
      expect(text($(element, 'fieldset .alert'))).to.equal(
        'The adjustment involves removing questions that are not accessible and allowing the oral presentation of the challenges questions',
      );
      expect(text($(element, 'dialog input[type="checkbox"]').closest('label'))).to.equal('Candidate needs an adjustment');
      expect(text($(element, 'label[for="candidate-last-name"]'))).to.equal('Birth name');
      expect(text(button(element, 'Cancel'))).to.equal('Cancel');
      expect(text($(element, 'dialog .confirm'))).to.equal('Edit');
      $(element, 'dialog input[type="checkbox"]').click();
      const sent = oneEvent(element, 'pix-candidate-update');
      $(element, 'dialog .confirm').click();
      expect((await sent).detail).to.deep.equal({ sessionId: 12345, candidateId: 1, accessibilityAdjustmentNeeded: false });
      await aTimeout(0);
      await settle(element);
      expect(text($(element, '.outcome'))).to.equal("Canditate's information has been successfully updated.");
      expect(rows(element)[2]![6]).to.equal('-');
    });
  });

  describe('deleting a candidate', () => {
    it('asks first: "Supprimer un candidat" with the name and birthdate, focus on "Fermer", which closes it', async () => {
      const element = await tab();
      const deletions = record(element, 'pix-candidate-delete');
      const opener = button(element, 'Supprimer le candidat Ada Lovelace');
      opener.click();
      await settle(element);
      const dialog = dialogOf(element);
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(text($(element, '#candidate-dialog-title'))).to.equal('Supprimer un candidat');
      // The no-break spaces are Pix's: between the names, and before the question mark.
      expect(
        $(element, '#candidate-dialog-text')
          .textContent!.replace(/[ \n\t]+/g, ' ')
          .trim(),
      ).to.equal('Êtes-vous sûr(e) de vouloir supprimer le/la candidat(e) Ada\u00a0Lovelace (né(e) le 10/12/2008)\u00a0?');
      expect($(element, '#candidate-dialog-text strong').textContent).to.equal('Ada\u00a0Lovelace');
      const close = button(element, 'Fermer la modale de suppression de candidat');
      expect(text(close)).to.equal('Fermer');
      expect(text($(element, 'dialog .confirm'))).to.equal('Supprimer le/la candidat(e)');
      expectFocus(close, 'initial focus on the cancel button');
      await expectAccessible(element);
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(dialog.open).to.equal(false);
      expectFocus(opener, 'back on the opener');
      expect(deletions).to.have.length(0);
      expect(rows(element)).to.have.length(4);
    });

    it('in English', async () => {
      const element = await tab({ lang: 'en' });
      button(element, 'Delete the candidate Ada Lovelace').click();
      await settle(element);
      expect(text($(element, '#candidate-dialog-title'))).to.equal('Delete a candidate');
      expect(text($(element, '#candidate-dialog-text'))).to.equal(
        'Are you sure you want to delete the candidate Ada Lovelace (born on 10/12/2008)?',
      );
      expect(text(button(element, 'Close delete candidate modal'))).to.equal('Close');
      expect(text($(element, 'dialog .confirm'))).to.equal('Delete the candidate');
    });

    it('hands the deletion over once confirmed: "Envoi en cours…", inert, Escape ignored; success removes the row and says so', async () => {
      const element = await tab();
      const answer = deferred();
      const deletions = record<PixCandidateDeleteEvent>(element, 'pix-candidate-delete');
      element.addEventListener('pix-candidate-delete', (event) => event.respondWith(answer.promise));
      button(element, 'Supprimer le candidat Ada Lovelace').click();
      await settle(element);
      // Keyboard: Tab from "Fermer" to the confirmation, Enter.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(deletions.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345, candidateId: 1 }]);
      expect(text($(element, 'dialog .sending'))).to.equal('Envoi en cours…');
      expect($$(element, 'dialog button').every((item) => (item as HTMLButtonElement).disabled)).to.equal(true);
      expectFocus($(element, 'dialog .sending'), 'focus waits on the sending line');
      await expectAccessible(element);
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialogOf(element).open).to.equal(true);

      answer.resolve();
      await aTimeout(0);
      await settle(element);
      expect(dialogOf(element).open).to.equal(false);
      expect(rows(element).map((row) => row[0])).to.deep.equal(['Bernier', 'élan', 'Zola']);
      expect(text($(element, '#candidates-title'))).to.equal('Liste des candidats (3)');
      expect(text($(element, '[role="tab"][aria-selected="true"]'))).to.equal('Candidats (3)');
      const outcome = $(element, '.outcome');
      expect(outcome.getAttribute('role')).to.equal('status');
      expect(text(outcome)).to.equal('Le candidat a été supprimé avec succès.');
      expectFocus(outcome, 'the outcome');
      expect(deletions).to.have.length(1);
      await expectAccessible(element);

      // A new dialog takes the outcome away.
      button(element, 'Supprimer le candidat Émile Zola').click();
      await settle(element);
      expect($$(element, '.outcome')).to.have.length(0);
    });

    it('deleting the last candidate shows the SCO panel, with the outcome focused; no listener counts as accepted', async () => {
      const element = await tab({ candidates: [candidates[1]], lang: 'en' });
      button(element, 'Delete the candidate Ada Lovelace').click();
      await settle(element);
      $(element, 'dialog .confirm').click();
      await aTimeout(0);
      await settle(element);
      expect(text($(element, '.sco-panel'))).to.contain("Enrol students and you're readix to go !");
      const outcome = $(element, '.outcome');
      expect(text(outcome)).to.equal('The candidate has been successfully deleted.');
      expectFocus(outcome, 'the outcome');
      await expectAccessible(element);
    });

    const refusals: Array<[string, unknown, string, string]> = [
      [
        '403',
        { status: 403 },
        'Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.',
        'This candidate has already joined the session, you can’t delete them.',
      ],
      [
        'anything else',
        { status: 500 },
        "Une erreur s'est produite lors de la suppression du candidat.",
        'An error occurred while deleting the candidate.',
      ],
    ];
    for (const [name, rejection, french, english] of refusals) {
      it(`shows the § 4.4 message of a refusal (${name}) in a focused alert, and keeps the row`, async () => {
        for (const [lang, expected] of [
          ['fr', french],
          ['en', english],
        ] as const) {
          const element = await tab({ lang });
          element.addEventListener('pix-candidate-delete', (event) => event.respondWith(Promise.reject(rejection)));
          $(element, 'button.delete[data-candidate="1"]').click();
          await settle(element);
          $(element, 'dialog .confirm').click();
          await aTimeout(0);
          await settle(element);
          expect(dialogOf(element).open).to.equal(false);
          const outcome = $(element, '.outcome');
          expect(outcome.getAttribute('role')).to.equal('alert');
          expect(text(outcome)).to.equal(expected);
          expectFocus(outcome, 'the alert');
          expect(rows(element)).to.have.length(4);
          await expectAccessible(element);
        }
      });
    }

    it('counts a host that does not answer within `timeout` as a failure; its late answer changes nothing', async () => {
      const element = await tab({ timeout: 50 });
      const answer = deferred();
      element.addEventListener('pix-candidate-delete', (event) => event.respondWith(answer.promise));
      button(element, 'Supprimer le candidat Ada Lovelace').click();
      await settle(element);
      $(element, 'dialog .confirm').click();
      await waitUntil(() => element.shadowRoot!.querySelector('.outcome'), 'the outcome after 50 ms', { timeout: 5000 });
      await settle(element);
      expect(dialogOf(element).open).to.equal(false);
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      answer.resolve();
      await aTimeout(0);
      await settle(element);
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      expect(rows(element)).to.have.length(4);
    });

    it("ignores an answer that comes after the host gave another session; the other session's page is left as it is", async () => {
      const element = await tab();
      const answer = deferred();
      element.addEventListener('pix-candidate-delete', (event) => event.respondWith(answer.promise));
      button(element, 'Supprimer le candidat Ada Lovelace').click();
      await settle(element);
      $(element, 'dialog .confirm').click();
      await settle(element);
      element.session = { ...session, id: 999 };
      await settle(element);
      expect(dialogOf(element).open).to.equal(false);
      answer.resolve();
      await aTimeout(0);
      await settle(element);
      expect($$(element, '.outcome')).to.have.length(0);
      expect(rows(element)).to.have.length(4);
      // And the page works again for the new session.
      const deletions = record<PixCandidateDeleteEvent>(element, 'pix-candidate-delete');
      button(element, 'Supprimer le candidat Ada Lovelace').click();
      await settle(element);
      expect(dialogOf(element).open).to.equal(true);
      $(element, 'dialog .confirm').click();
      expect(deletions.at(-1)!.detail).to.deep.equal({ sessionId: 999, candidateId: 1 });
    });

    it("reads rejections in the state layer: 403, timeout and the host's own message", () => {
      expect(describeCandidateDeleteFailure({ status: 403 })).to.deep.equal({ message: { key: 'candidateDelete.alreadyJoined' } });
      expect(describeCandidateDeleteFailure({ status: 404 })).to.deep.equal({ message: { key: 'candidateDelete.generic' } });
      expect(describeCandidateDeleteFailure({ message: 'Refusé' })).to.deep.equal({ text: 'Refusé' });
      expect(describeCandidateUpdateFailure(undefined)).to.deep.equal({ message: { key: 'candidateUpdate.generic' } });
    });
  });

  describe('input', () => {
    it('accepts the candidates of the 2021 guide as they were', () => {
      const created = createSessionDetails({ session, candidates: [{ id: 1, firstName: 'A', lastName: 'B', birthdate: '2008-01-01' }] });
      expect(created.ok && created.state.candidates).to.deep.equal([
        { id: 1, firstName: 'A', lastName: 'B', birthdate: '2008-01-01', division: null, hasStarted: false },
      ]);
    });

    for (const [field, value] of [
      ['extraTimePercentage', 'beaucoup'],
      ['extraTimePercentage', -0.1],
      ['subscription', 'PIX_PLUS'],
      ['isLinked', 'yes'],
      ['accessibilityAdjustmentNeeded', 1],
      ['birthCity', 42],
      ['birthCountry', {}],
    ] as const) {
      it(`shows an error state for a candidate whose ${field} is ${JSON.stringify(value)}`, async () => {
        const original = console.error;
        const errors: unknown[] = [];
        console.error = (...args: unknown[]) => errors.push(args);
        try {
          const element = await tab({ candidates: [{ ...candidates[0], [field]: value }] });
          expect($(element, '[role="alert"]').textContent).to.contain(field);
          expect($$(element, 'table, dialog')).to.have.length(0);
        } finally {
          console.error = original;
        }
        expect(errors).to.have.length(1);
      });
    }

    it('leaves edition "2021" as it was: the four columns, no action, the slot', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
        <pix-session-details tab="candidates" .session=${session} .candidates=${candidates}></pix-session-details>
      </div>`);
      const element = wrapper.querySelector('pix-session-details')!;
      await element.updateComplete;
      expect(headers(element)).to.deep.equal(['Nom', 'Prénom', 'Date de naissance', 'Classe']);
      expect($$(element, 'slot[name="candidates-actions"]')).to.have.length(1);
      expect($$(element, '.icon-button, dialog, .enrol')).to.have.length(0);
    });
  });
});
