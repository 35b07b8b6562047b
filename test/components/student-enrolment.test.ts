import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-student-enrolment.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixCancelEvent, PixStudentsEnrolEvent } from '../../src/events/session-events.js';
import type { PixNavigateEvent } from '../../src/events/navigate-events.js';
import type { Session, Student } from '../../src/state/schemas.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, focused, record, recordAll, selectOption, shiftTab, text } from '../helpers/dom.js';

const session: Session = session296.session;
const finalisedSession: Session = { ...session296.session, status: 'finalized' };

/** A small school: three classes, two pupils already enrolled, one class (5D) entirely enrolled. */
const students: Student[] = [
  { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
  { id: 3, firstName: 'Hugo', lastName: 'Bernard', birthdate: '2008-11-20', division: '3A', isEnrolled: true },
  { id: 7, firstName: 'Chloé', lastName: 'Dubois', birthdate: '2009-01-02', division: '3A', isEnrolled: false },
  { id: 5, firstName: 'Inès', lastName: 'Petit', birthdate: '2008-07-14', division: '3A', isEnrolled: false },
  { id: 20, firstName: 'Nathan', lastName: 'Robert', birthdate: '2008-05-30', division: '4C', isEnrolled: false },
  { id: 30, firstName: 'Sarah', lastName: 'Girard', birthdate: '2007-12-24', division: '5D', isEnrolled: true },
  { id: 1, firstName: 'Lucas', lastName: 'Moreau', birthdate: '2008-02-29', division: '4C', isEnrolled: false },
];

const ENROLLED = 'Déjà inscrit à la session';

const SORTED_ROWS = [
  [ENROLLED, '3A', 'Bernard', 'Hugo', '20/11/2008'],
  ['', '3A', 'Dubois', 'Chloé', '02/01/2009'],
  ['', '3A', 'Petit', 'Inès', '14/07/2008'],
  ['', '3B', 'Martin', 'Léa', '05/03/2008'],
  ['', '4C', 'Moreau', 'Lucas', '29/02/2008'],
  ['', '4C', 'Robert', 'Nathan', '30/05/2008'],
  [ENROLLED, '5D', 'Girard', 'Sarah', '24/12/2007'],
];

const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Inès', 'Nathan', 'Sarah', 'Lucas', 'Emma', 'Jules', 'Zoé'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Robert', 'Girard', 'Moreau', 'Durand', 'Leroy', 'Roux'];

/** `count` pupils spread over `classes` classes ("C01"…), every `enrolledEvery`-th one already enrolled. */
function school(count: number, classes: number, enrolledEvery = 0): Student[] {
  return Array.from({ length: count }, (_, index) => ({
    id: count - index,
    firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
    lastName: `${LAST_NAMES[(index * 7) % LAST_NAMES.length]!}-${index}`,
    birthdate: `2008-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    division: `C${String((index % classes) + 1).padStart(2, '0')}`,
    isEnrolled: enrolledEvery > 0 && index % enrolledEvery === 0,
  }));
}

async function picker(
  input: { session?: unknown; students?: unknown } = {},
  attributes: { timeout?: number } = {},
): Promise<PixStudentEnrolment> {
  const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment
    .session=${'session' in input ? input.session : session}
    .students=${'students' in input ? input.students : students}
    timeout=${attributes.timeout ?? 30000}
  ></pix-student-enrolment>`);
  await element.updateComplete;
  return element;
}

function rows(element: PixStudentEnrolment): string[][] {
  const table = $(element, 'table') as HTMLTableElement;
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => text(cell)));
}

function lastNames(element: PixStudentEnrolment): string[] {
  return rows(element).map((cells) => cells[2]!);
}

function checkbox(element: PixStudentEnrolment, name: string): HTMLInputElement {
  const found = $$(element, 'input[type="checkbox"]').find((input) => input.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No checkbox "${name}"`);
  return found as HTMLInputElement;
}

function pupil(element: PixStudentEnrolment, name: string): HTMLInputElement {
  return checkbox(element, `Sélectionner ${name}`);
}

function selectAll(element: PixStudentEnrolment): HTMLInputElement {
  return checkbox(element, 'Sélectionner tous les élèves affichés');
}

/** "checked", "mixed", "unchecked", with "disabled" appended when it cannot be used. */
function headerLooks(element: PixStudentEnrolment): string {
  const header = selectAll(element);
  const look = header.indeterminate ? 'mixed' : header.checked ? 'checked' : 'unchecked';
  return header.disabled ? `${look} disabled` : look;
}

async function click(element: PixStudentEnrolment, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

function selectedCounter(element: PixStudentEnrolment): string {
  return text($(element, '.counters__selected'));
}

function enrolledCounter(element: PixStudentEnrolment): string {
  return text($(element, '.counters__enrolled'));
}

function filterButton(element: PixStudentEnrolment): HTMLButtonElement {
  return $(element, '.filter__button') as HTMLButtonElement;
}

function panel(element: PixStudentEnrolment): HTMLElement {
  return $(element, '#filter-panel');
}

async function openFilter(element: PixStudentEnrolment): Promise<void> {
  if (filterButton(element).getAttribute('aria-expanded') === 'true') return;
  await click(element, filterButton(element));
  await element.updateComplete;
}

async function chooseClass(element: PixStudentEnrolment, division: string): Promise<void> {
  await openFilter(element);
  await click(element, byLabel(element, division));
}

async function search(element: PixStudentEnrolment, query: string, label = 'Chercher une classe'): Promise<void> {
  const field = byLabel(element, label) as HTMLInputElement;
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  if (query) await sendKeys({ type: query });
  await element.updateComplete;
}

function filterClasses(element: PixStudentEnrolment): string[] {
  return $$(element, '.filter__classes label').map((label) => text(label));
}

function enrolButton(element: PixStudentEnrolment): HTMLButtonElement {
  return $(element, 'button.enrol') as HTMLButtonElement;
}

function settle(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('<pix-student-enrolment>', () => {
  describe('list', () => {
    it('shows the pupils sorted by class then name, with the columns and dates of the spec', async () => {
      const element = await picker();
      expect(text($(element, 'h1'))).to.equal('Ajouter des candidats à la session 296');
      element.headingLevel = 3;
      await element.updateComplete;
      expect(text($(element, 'h3#enrolment-title'))).to.equal('Ajouter des candidats à la session 296');
      expect(element.shadowRoot!.querySelector('h1')).to.equal(null);
      expect($$(element, 'thead th').map((cell) => text(cell))).to.deep.equal(['', 'Classe', 'Nom', 'Prénom', 'Date de naissance']);
      for (const header of $$(element, 'thead th')) expect(header.getAttribute('scope')).to.equal('col');
      expect(rows(element)).to.deep.equal(SORTED_ROWS);
      expect(selectedCounter(element)).to.equal('Aucun candidat sélectionné');
      expect($(element, '.counters__selected').getAttribute('role')).to.equal('status');
      expect(enrolledCounter(element)).to.equal('2 candidats déjà inscrits à la session');
      expect(text($(element, '.counters__shown'))).to.equal('7 élèves affichés');
      expect(element.shadowRoot!.querySelector('.paging'), 'no paging for a small class').to.equal(null);
      await expectAccessible(element);
    });

    it('shows already enrolled pupils ticked and disabled, and keeps them so', async () => {
      const element = await picker();
      const hugo = pupil(element, 'Hugo Bernard');
      expect(hugo.checked).to.equal(true);
      expect(hugo.disabled).to.equal(true);
      expect(element.shadowRoot!.getElementById(hugo.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
        'Déjà inscrit à la session',
      );
      expect(pupil(element, 'Sarah Girard').checked).to.equal(true);
      const chloe = pupil(element, 'Chloé Dubois');
      expect(chloe.checked).to.equal(false);
      expect(chloe.disabled).to.equal(false);
      expect(chloe.hasAttribute('aria-describedby')).to.equal(false);
      await click(element, hugo);
      expect(hugo.checked).to.equal(true);
      expect(selectedCounter(element), 'an enrolled pupil is never selected').to.equal('Aucun candidat sélectionné');
    });

    it('counts in real plurals', async () => {
      const element = await picker({ students: students.map((student) => ({ ...student, isEnrolled: student.id === 3 })) });
      expect(enrolledCounter(element)).to.equal('1 candidat déjà inscrit à la session');
      await click(element, pupil(element, 'Léa Martin'));
      expect(selectedCounter(element)).to.equal('1 candidat sélectionné');
      await click(element, pupil(element, 'Lucas Moreau'));
      await click(element, pupil(element, 'Sarah Girard'));
      expect(selectedCounter(element)).to.equal('3 candidats sélectionnés');
      await click(element, pupil(element, 'Sarah Girard'));
      await click(element, pupil(element, 'Lucas Moreau'));
      await click(element, pupil(element, 'Léa Martin'));
      expect(selectedCounter(element)).to.equal('Aucun candidat sélectionné');
    });

    it('keeps "Inscrire" disabled while nothing is selected', async () => {
      const element = await picker();
      const enrol = enrolButton(element);
      const events = record(element, 'pix-students-enrol');
      expect(text(enrol)).to.equal('Inscrire');
      expect(enrol.disabled).to.equal(true);
      enrol.click();
      await element.updateComplete;
      expect(events).to.have.length(0);
      await click(element, pupil(element, 'Léa Martin'));
      expect(enrol.disabled).to.equal(false);
      await click(element, pupil(element, 'Léa Martin'));
      expect(enrol.disabled).to.equal(true);
    });

    it('shows HTML-looking names as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedEnrolment = true">';
      const element = await picker({
        students: [
          { id: 1, firstName: hostile, lastName: '<b>Nom</b>', birthdate: '2008-01-01', division: '<i>3A</i>', isEnrolled: false },
        ],
      });
      await settle(50);
      expect(element.shadowRoot!.querySelector('img, b, i')).to.equal(null);
      expect(rows(element)[0]).to.deep.equal(['', '<i>3A</i>', '<b>Nom</b>', hostile, '01/01/2008']);
      expect(pupil(element, `${hostile} <b>Nom</b>`)).to.exist;
      expect((window as unknown as { __pwnedEnrolment?: boolean }).__pwnedEnrolment).to.equal(undefined);
    });
  });

  describe('header checkbox', () => {
    it('is tri-state over the enrollable rows shown: unchecked, mixed, checked', async () => {
      const element = await picker();
      const header = selectAll(element);
      expect(headerLooks(element)).to.equal('unchecked');
      expect(element.shadowRoot!.getElementById(header.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
        'Concerne les 5 élèves pouvant être inscrits dans la liste filtrée, toutes pages confondues.',
      );

      await click(element, pupil(element, 'Chloé Dubois'));
      expect(headerLooks(element), 'one of five ticked').to.equal('mixed');
      await expectAccessible(element);

      for (const name of ['Inès Petit', 'Léa Martin', 'Lucas Moreau', 'Nathan Robert']) await click(element, pupil(element, name));
      expect(headerLooks(element), 'every enrollable row ticked (enrolled ones do not count)').to.equal('checked');
      expect(selectedCounter(element)).to.equal('5 candidats sélectionnés');
      await expectAccessible(element);

      await click(element, pupil(element, 'Inès Petit'));
      expect(headerLooks(element)).to.equal('mixed');
    });

    it('ticks every enrollable row from unchecked or mixed, and clears them all when all were ticked', async () => {
      const element = await picker();
      const header = selectAll(element);
      await click(element, header);
      expect(headerLooks(element), 'unchecked → all ticked').to.equal('checked');
      expect(selectedCounter(element)).to.equal('5 candidats sélectionnés');
      expect(pupil(element, 'Hugo Bernard').disabled, 'enrolled rows untouched').to.equal(true);

      await click(element, header);
      expect(headerLooks(element), 'checked → all cleared').to.equal('unchecked');
      expect(selectedCounter(element)).to.equal('Aucun candidat sélectionné');
      expect(pupil(element, 'Hugo Bernard').checked, 'enrolled rows stay ticked').to.equal(true);

      await click(element, pupil(element, 'Nathan Robert'));
      await click(element, header);
      expect(headerLooks(element), 'mixed → all ticked').to.equal('checked');
      expect(
        ['Chloé Dubois', 'Inès Petit', 'Léa Martin', 'Lucas Moreau', 'Nathan Robert'].every((name) => pupil(element, name).checked),
      ).to.equal(true);
    });

    it('is disabled when every listed pupil is already enrolled', async () => {
      const element = await picker({ students: students.map((student) => ({ ...student, isEnrolled: true })) });
      expect(headerLooks(element), 'ticked like every row, and disabled').to.equal('checked disabled');
      expect(element.shadowRoot!.getElementById('select-all-scope')!.textContent!.trim()).to.equal(
        'Aucun élève de la liste filtrée ne peut être inscrit.',
      );
      expect(
        $$(element, 'tbody input').every((input) => (input as HTMLInputElement).checked && (input as HTMLInputElement).disabled),
      ).to.equal(true);
      expect(enrolledCounter(element)).to.equal('7 candidats déjà inscrits à la session');
      expect(enrolButton(element).disabled).to.equal(true);
      await expectAccessible(element);
    });

    it('says "Déjà inscrit à la session" in words beside an already-enrolled pupil, and describes its box with it', async () => {
      const element = await picker();
      for (const name of ['Hugo Bernard', 'Sarah Girard']) {
        const box = pupil(element, name);
        const note = element.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
        expect(text(note), `${name}: the words shown`).to.equal('Déjà inscrit à la session');
        expect(note.closest('tr'), `${name}: in the pupil's row`).to.equal(box.closest('tr'));
        const shown = note.getBoundingClientRect();
        expect(shown.width > 20 && shown.height > 8 && getComputedStyle(note).clipPath === 'none', `${name}: visible`).to.equal(true);
      }
      expect($$(element, '.enrolled-note'), 'only beside the enrolled pupils').to.have.length(2);
      expect(pupil(element, 'Léa Martin').hasAttribute('aria-describedby')).to.equal(false);
      await expectAccessible(element);
    });

    it('says so when every pupil is already enrolled: the header shows ticked and disabled, "Inscrire" stays disabled', async () => {
      const element = await picker({ students: students.map((student) => ({ ...student, isEnrolled: true })) });
      const events = record(element, 'pix-students-enrol');
      expect(text($(element, '.everyone-enrolled'))).to.equal('Tous les élèves sont déjà inscrits à la session.');
      expect(headerLooks(element)).to.equal('checked disabled');
      expect(enrolButton(element).disabled).to.equal(true);
      enrolButton(element).click();
      await element.updateComplete;
      expect(events).to.have.length(0);
      // A class filter does not change what is said about the whole school.
      await chooseClass(element, '3A');
      expect(text($(element, '.everyone-enrolled'))).to.equal('Tous les élèves sont déjà inscrits à la session.');
      await expectAccessible(element);
    });

    it('says nothing of the kind while one pupil can still be enrolled, nor for a finalised session or an empty school', async () => {
      for (const input of [
        {},
        { session: finalisedSession, students: students.map((student) => ({ ...student, isEnrolled: true })) },
        { students: [] },
      ]) {
        const element = await picker(input);
        expect(element.shadowRoot!.querySelector('.everyone-enrolled'), JSON.stringify(input).slice(0, 60)).to.equal(null);
      }
    });

    it('says so once the host accepted the enrolment of the last pupils, under the success', async () => {
      const element = await picker({ students: students.map((student) => ({ ...student, isEnrolled: student.id !== 12 })) });
      expect(element.shadowRoot!.querySelector('.everyone-enrolled')).to.equal(null);
      await click(element, pupil(element, 'Léa Martin'));
      await click(element, enrolButton(element));
      await settle();
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal("L'élève a été inscrit à la session.");
      expectFocus($(element, '.outcome'));
      expect(text($(element, '.everyone-enrolled'))).to.equal('Tous les élèves sont déjà inscrits à la session.');
      expect(enrolButton(element).disabled).to.equal(true);
      await expectAccessible(element);
    });

    it('follows the filter: disabled for a class whose pupils are all enrolled, rows outside the filter untouched', async () => {
      const element = await picker();
      await click(element, pupil(element, 'Léa Martin'));
      await chooseClass(element, '5D');
      expect(lastNames(element)).to.deep.equal(['Girard']);
      expect(headerLooks(element)).to.equal('checked disabled');

      await click(element, byLabel(element, '5D'));
      await chooseClass(element, '3A');
      expect(lastNames(element)).to.deep.equal(['Bernard', 'Dubois', 'Petit']);
      expect(headerLooks(element), 'Léa (3B) is ticked but not shown').to.equal('unchecked');
      expect(element.shadowRoot!.getElementById('select-all-scope')!.textContent!.trim()).to.equal(
        'Concerne les 2 élèves pouvant être inscrits dans la liste filtrée, toutes pages confondues.',
      );
      await click(element, selectAll(element));
      expect(headerLooks(element)).to.equal('checked');
      expect(selectedCounter(element), 'counts every pupil, shown or not').to.equal('3 candidats sélectionnés');
      await click(element, selectAll(element));
      expect(selectedCounter(element), 'clears only the rows shown').to.equal('1 candidat sélectionné');
    });
  });

  describe('class filter', () => {
    it('opens a searchable list of classes from "Filtrer", with a real label and the spec placeholder', async () => {
      const element = await picker();
      const toggle = filterButton(element);
      expect(text(toggle)).to.equal('Filtrer');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('filter-panel');
      expect(panel(element).hidden).to.equal(true);
      expect(text($(element, '.summary'))).to.equal('Toutes les classes sont affichées.');

      await openFilter(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(element).hidden).to.equal(false);
      const field = byLabel(element, 'Chercher une classe') as HTMLInputElement;
      expect(field.placeholder).to.equal('Chercher une classe …');
      expectFocus(field, 'focus goes to the search field');
      expect(text($(element, '#filter-panel legend'))).to.equal('Classes');
      expect(filterClasses(element)).to.deep.equal(['3A', '3B', '4C', '5D']);
      await expectAccessible(element);
    });

    it('searches the classes ignoring case, and says when none is found', async () => {
      const element = await picker({
        students: [
          ...students,
          { id: 40, firstName: 'Élise', lastName: 'Faure', birthdate: '2009-04-04', division: 'Seconde É', isEnrolled: false },
        ],
      });
      await openFilter(element);
      await search(element, '3');
      expect(filterClasses(element)).to.deep.equal(['3A', '3B']);
      expect(text($(element, '#class-search-status'))).to.equal('');
      await search(element, 'seconde e');
      expect(filterClasses(element)).to.deep.equal(['Seconde É']);
      await search(element, 'zz');
      expect(filterClasses(element)).to.deep.equal([]);
      const status = $(element, '#class-search-status');
      expect(text(status)).to.equal('Aucune classe trouvée');
      expect(status.getAttribute('role')).to.equal('status');
      await expectAccessible(element);
      await search(element, '');
      expect(filterClasses(element)).to.have.length(5);
    });

    it('shows the chosen classes only, says which ones, and shows all when none is ticked', async () => {
      const element = await picker();
      await chooseClass(element, '3B');
      expect(lastNames(element)).to.deep.equal(['Martin']);
      await click(element, byLabel(element, '4C'));
      expect(lastNames(element)).to.deep.equal(['Martin', 'Moreau', 'Robert']);
      expect(text(filterButton(element))).to.equal('Filtrer (2) , 2 classes choisies');
      expect($$(element, '.chip').map((chip) => text(chip))).to.deep.equal(['3B', '4C']);
      expect(text($(element, '.counters__shown'))).to.equal('3 élèves affichés');
      await expectAccessible(element);

      await click(element, byLabel(element, '3B'));
      await click(element, byLabel(element, '4C'));
      expect(lastNames(element), 'no class ticked: every class').to.have.length(7);
      expect(text(filterButton(element))).to.equal('Filtrer');
    });

    it('keeps ticked classes while the search hides them', async () => {
      const element = await picker();
      await chooseClass(element, '3A');
      await search(element, '4');
      expect(filterClasses(element)).to.deep.equal(['4C']);
      expect(lastNames(element)).to.deep.equal(['Bernard', 'Dubois', 'Petit']);
      await click(element, byLabel(element, '4C'));
      expect(lastNames(element)).to.deep.equal(['Bernard', 'Dubois', 'Petit', 'Moreau', 'Robert']);
    });

    it('removes a class from its chip or clears the filter, focus kept on a control', async () => {
      const element = await picker();
      await chooseClass(element, '3A');
      await click(element, byLabel(element, '3B'));
      await click(element, byLabel(element, '4C'));
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      const remove3B = button(element, 'Retirer la classe 3B du filtre');
      remove3B.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect($$(element, '.chip').map((chip) => text(chip))).to.deep.equal(['3A', '4C']);
      expectFocus(button(element, 'Retirer la classe 4C du filtre'), 'focus moves to the chip now in its place');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expectFocus(button(element, 'Retirer la classe 3A du filtre'));
      await click(element, byLabel(element, '5D'));
      const clear = button(element, 'Afficher toutes les classes');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.chip')).to.equal(null);
      expect(lastNames(element)).to.have.length(7);
      expectFocus(filterButton(element), 'focus back on Filtrer');
    });

    it('is keyboard-complete: Enter opens, type to search, Space ticks, Escape closes and returns focus', async () => {
      const element = await picker();
      filterButton(element).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(filterButton(element).getAttribute('aria-expanded')).to.equal('true');
      expectFocus(byLabel(element, 'Chercher une classe'));
      await sendKeys({ type: '4' });
      await element.updateComplete;
      expect(filterClasses(element)).to.deep.equal(['4C']);
      await sendKeys({ press: 'Tab' });
      expectFocus(byLabel(element, '4C'));
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(lastNames(element)).to.deep.equal(['Moreau', 'Robert']);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(filterButton(element).getAttribute('aria-expanded')).to.equal('false');
      expect(panel(element).hidden).to.equal(true);
      expectFocus(filterButton(element), 'focus returns to Filtrer');

      // Escape from the search field closes too (instead of clearing it).
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect((focused() as HTMLInputElement).value).to.equal('4');
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      expectFocus(filterButton(element));
      expect((byLabel(element, 'Chercher une classe') as HTMLInputElement).value).to.equal('4');
    });

    it('closes on a click outside, and with the button', async () => {
      const element = await picker();
      await openFilter(element);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(panel(element).hidden).to.equal(true);
      await openFilter(element);
      byLabel(element, '3A').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(panel(element).hidden, 'a click inside keeps it open').to.equal(false);
      await click(element, filterButton(element));
      expect(panel(element).hidden).to.equal(true);
    });

    it('keeps the selection across filter changes', async () => {
      const element = await picker();
      await click(element, pupil(element, 'Léa Martin'));
      await click(element, pupil(element, 'Lucas Moreau'));
      await chooseClass(element, '3A');
      expect(selectedCounter(element)).to.equal('2 candidats sélectionnés');
      await click(element, pupil(element, 'Inès Petit'));
      await click(element, byLabel(element, '3A'));
      expect(['Léa Martin', 'Lucas Moreau', 'Inès Petit'].map((name) => pupil(element, name).checked)).to.deep.equal([true, true, true]);
      expect(selectedCounter(element)).to.equal('3 candidats sélectionnés');
    });
  });

  describe('table by keyboard', () => {
    it('reaches the header and every row checkbox with Tab and ticks them with Space', async () => {
      const element = await picker();
      filterButton(element).focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(selectAll(element));
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(headerLooks(element)).to.equal('checked');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(headerLooks(element)).to.equal('unchecked');
      await sendKeys({ press: 'Tab' });
      expectFocus(pupil(element, 'Chloé Dubois'), 'the disabled enrolled row is skipped');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(pupil(element, 'Chloé Dubois').checked).to.equal(true);
      expect(headerLooks(element)).to.equal('mixed');
      for (const name of ['Inès Petit', 'Léa Martin', 'Lucas Moreau', 'Nathan Robert']) {
        await sendKeys({ press: 'Tab' });
        expectFocus(pupil(element, name));
      }
      await sendKeys({ press: 'Tab' });
      expectFocus(button(element, 'Annuler'), 'past the last row: Annuler');
      await sendKeys({ press: 'Tab' });
      expectFocus(enrolButton(element), 'then Inscrire, enabled');
      await shiftTab();
      await shiftTab();
      expectFocus(pupil(element, 'Nathan Robert'));
    });
  });

  describe('enrolment', () => {
    it('emits pix-cancel with the session id on "Annuler"', async () => {
      const element = await picker();
      const events = record<PixCancelEvent>(element, 'pix-cancel');
      await click(element, button(element, 'Annuler'));
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 296 }]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('sends the selected ids in ascending order, once, and shows the sending then the success', async () => {
      const element = await picker();
      for (const name of ['Nathan Robert', 'Léa Martin', 'Chloé Dubois', 'Lucas Moreau']) await click(element, pupil(element, name));
      let resolveHost!: () => void;
      const events: PixStudentsEnrolEvent[] = [];
      element.addEventListener('pix-students-enrol', (event) => {
        events.push(event);
        event.respondWith(new Promise<void>((resolve) => (resolveHost = resolve)));
      });
      const enrol = enrolButton(element);
      enrol.focus();
      enrol.click();
      enrol.click();
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ sessionId: 296, studentIds: [1, 7, 12, 20] });
      expect(text(enrol)).to.equal('Envoi en cours…');
      expect(enrol.getAttribute('aria-disabled')).to.equal('true');
      expect(enrol.getAttribute('aria-busy')).to.equal('true');
      expectFocus(enrol, 'focus stays on the busy button');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(events, 'cannot be submitted twice').to.have.length(1);
      await expectAccessible(element);

      resolveHost();
      await settle();
      await element.updateComplete;
      const outcome = $(element, '.outcome');
      expect(text(outcome)).to.equal('Les 4 élèves ont été inscrits à la session.');
      expect(outcome.getAttribute('role')).to.equal('status');
      expectFocus(outcome);
      expect(pupil(element, 'Léa Martin').disabled, 'now enrolled: ticked and disabled').to.equal(true);
      expect(pupil(element, 'Léa Martin').checked).to.equal(true);
      expect(enrolledCounter(element)).to.equal('6 candidats déjà inscrits à la session');
      expect(selectedCounter(element)).to.equal('Aucun candidat sélectionné');
      expect(enrolButton(element).disabled).to.equal(true);
      expect(text(enrolButton(element))).to.equal('Inscrire');
      await expectAccessible(element);
      // Enrolled: the way back to the session is the next stop after the message.
      const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
      await sendKeys({ press: 'Tab' });
      expectFocus(button(element, 'Retour à la session'));
      await sendKeys({ press: 'Enter' });
      expect(navigations.map((event) => event.detail)).to.deep.equal([{ to: 'session-details', sessionId: 296 }]);
    });

    it('counts the hand-over as accepted when no listener answers', async () => {
      const element = await picker();
      const events = record<PixStudentsEnrolEvent>(element, 'pix-students-enrol');
      await click(element, pupil(element, 'Inès Petit'));
      await click(element, enrolButton(element));
      await settle();
      await element.updateComplete;
      expect(events.map((event) => event.detail.studentIds)).to.deep.equal([[5]]);
      expect(text($(element, '.outcome'))).to.equal("L'élève a été inscrit à la session.");
    });

    it('shows the failure, keeps the selection and lets the person retry', async () => {
      const element = await picker();
      await chooseClass(element, '3A');
      await click(element, selectAll(element));
      const answers: Array<() => Promise<unknown>> = [
        () => Promise.reject(new Error('Le service Pix Certif est indisponible (503).')),
        () => Promise.reject(42),
        () => Promise.resolve(),
      ];
      const events = record<PixStudentsEnrolEvent>(element, 'pix-students-enrol');
      element.addEventListener('pix-students-enrol', (event) => event.respondWith(answers[events.length - 1]!()));
      const messages: string[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await click(element, enrolButton(element));
        await settle();
        await element.updateComplete;
        const outcome = $(element, '.outcome');
        messages.push(text(outcome));
        expectFocus(outcome);
        if (attempt < 2) {
          expect(outcome.getAttribute('role')).to.equal('alert');
          expect(selectedCounter(element), 'selection kept').to.equal('2 candidats sélectionnés');
          expect(lastNames(element), 'filter kept').to.deep.equal(['Bernard', 'Dubois', 'Petit']);
          expect(enrolButton(element).disabled).to.equal(false);
          if (attempt === 0) await expectAccessible(element);
        }
      }
      expect(messages).to.deep.equal([
        'Le service Pix Certif est indisponible (503).',
        'Une erreur est survenue. Vos informations sont conservées ; réessayez.',
        'Les 2 élèves ont été inscrits à la session.',
      ]);
      expect(events.map((event) => event.detail.studentIds)).to.deep.equal([
        [5, 7],
        [5, 7],
        [5, 7],
      ]);
    });

    it('counts a host that never answers as a failure after the timeout', async () => {
      const element = await picker({}, { timeout: 50 });
      element.addEventListener('pix-students-enrol', (event) => event.respondWith(new Promise(() => {})));
      await click(element, pupil(element, 'Léa Martin'));
      await click(element, enrolButton(element));
      expect(text(enrolButton(element))).to.equal('Envoi en cours…');
      await settle(120);
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      expect(pupil(element, 'Léa Martin').checked).to.equal(true);
      expect(text(enrolButton(element))).to.equal('Inscrire');
    });

    it('keeps the filter and the selection when the host passes fresh pupils', async () => {
      const element = await picker();
      await click(element, pupil(element, 'Léa Martin'));
      await click(element, pupil(element, 'Nathan Robert'));
      await chooseClass(element, '4C');
      element.students = students.map((student) => (student.id === 20 ? { ...student, isEnrolled: true } : student));
      await element.updateComplete;
      expect(lastNames(element)).to.deep.equal(['Moreau', 'Robert']);
      expect(pupil(element, 'Nathan Robert').disabled).to.equal(true);
      expect(selectedCounter(element), 'Nathan is now enrolled; Léa is kept').to.equal('1 candidat sélectionné');
    });
  });

  describe('finalised session', () => {
    it('shows the list read-only with the refusal message and no "Inscrire"', async () => {
      const element = await picker({ session: finalisedSession });
      const events = record(element, 'pix-students-enrol');
      expect(text($(element, '.finalised'))).to.equal("Cette session a déjà été finalisée, l'ajout de candidat n'est pas autorisé.");
      expect(element.shadowRoot!.querySelector('button.enrol')).to.equal(null);
      expect(element.shadowRoot!.querySelector('.counters__selected')).to.equal(null);
      expect(enrolledCounter(element)).to.equal('2 candidats déjà inscrits à la session');
      expect(rows(element)).to.deep.equal(SORTED_ROWS);
      expect(headerLooks(element)).to.equal('unchecked disabled');
      expect($$(element, 'tbody input').every((input) => (input as HTMLInputElement).disabled)).to.equal(true);
      await click(element, pupil(element, 'Léa Martin'));
      expect(pupil(element, 'Léa Martin').checked).to.equal(false);
      await chooseClass(element, '3A');
      expect(lastNames(element), 'the filter still works').to.deep.equal(['Bernard', 'Dubois', 'Petit']);
      expect(events).to.have.length(0);
      await expectAccessible(element);
      const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
      await click(element, button(element, 'Retour à la session'));
      expect(navigations.map((event) => event.detail)).to.deep.equal([{ to: 'session-details', sessionId: finalisedSession.id }]);
      await click(element, button(element, 'Annuler'));
    });
  });

  describe('paging', () => {
    it('pages 120 pupils by 50 with accessible buttons, a page-size select and a live status', async () => {
      const element = await picker({ students: school(120, 3) });
      const nav = $(element, 'nav.paging');
      expect(nav.getAttribute('aria-label')).to.equal('Pages de la liste des élèves');
      expect(rows(element)).to.have.length(50);
      const status = $(element, '.paging__status');
      expect(text(status)).to.equal('Page 1 sur 3');
      expect(status.getAttribute('role')).to.equal('status');
      expect(text($(element, '.paging__range'))).to.equal('Élèves 1 à 50 sur 120');
      expect(text($(element, 'caption'))).to.equal("Élèves de l'établissement, triés par classe puis par nom (Page 1 sur 3)");
      expect(button(element, 'Page précédente').getAttribute('aria-disabled')).to.equal('true');
      expect(button(element, 'Première page').getAttribute('aria-disabled')).to.equal('true');
      await expectAccessible(element);

      const firstPage = lastNames(element);
      const next = button(element, 'Page suivante');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(text(status)).to.equal('Page 2 sur 3');
      expect(text($(element, '.paging__range'))).to.equal('Élèves 51 à 100 sur 120');
      expect(lastNames(element)).to.not.deep.equal(firstPage);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(text(status)).to.equal('Page 3 sur 3');
      expect(rows(element)).to.have.length(20);
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expectFocus(next, 'focus stays on the blocked button, never lost');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(text(status)).to.equal('Page 3 sur 3');
      await click(element, button(element, 'Première page'));
      expect(text(status)).to.equal('Page 1 sur 3');
      await click(element, button(element, 'Dernière page'));
      expect(text(status)).to.equal('Page 3 sur 3');
      await click(element, button(element, 'Page précédente'));
      expect(text(status)).to.equal('Page 2 sur 3');

      const size = byLabel(element, 'Élèves par page') as HTMLSelectElement;
      expect([...size.options].map((option) => option.value)).to.deep.equal(['25', '50', '100']);
      expect(size.value).to.equal('50');
      selectOption(size, '100');
      await element.updateComplete;
      expect(text(status), 'the first row shown (51) stays in view').to.equal('Page 1 sur 2');
      expect(rows(element)).to.have.length(100);
      await expectAccessible(element);
    });

    it('goes back to page 1 on a filter change, and the header covers every page of the filter', async () => {
      const element = await picker({ students: school(120, 3, 10) });
      await click(element, button(element, 'Dernière page'));
      await chooseClass(element, 'C01');
      expect(text($(element, '.paging__status'))).to.equal('Page 1 sur 1');
      expect(text($(element, '.paging__range'))).to.equal('Élèves 1 à 40 sur 40');
      await click(element, byLabel(element, 'C01'));
      await click(element, filterButton(element));
      expect(text($(element, '.paging__status'))).to.equal('Page 1 sur 3');
      await click(element, selectAll(element));
      expect(enrolledCounter(element)).to.equal('12 candidats déjà inscrits à la session');
      expect(selectedCounter(element), 'all 108 enrollable pupils, not the 50 of the page').to.equal('108 candidats sélectionnés');
      await click(element, button(element, 'Dernière page'));
      expect(headerLooks(element)).to.equal('checked');
      expect($$(element, 'tbody input').every((input) => (input as HTMLInputElement).checked)).to.equal(true);
    });

    it('accepts a page size from the host', async () => {
      const element = await fixture<PixStudentEnrolment>(html`<pix-student-enrolment
        .session=${session}
        .students=${school(60, 2)}
        page-size="10"
      ></pix-student-enrolment>`);
      expect(rows(element)).to.have.length(10);
      expect(text($(element, '.paging__status'))).to.equal('Page 1 sur 6');
      expect([...(byLabel(element, 'Élèves par page') as HTMLSelectElement).options].map((option) => option.value)).to.deep.equal([
        '10',
        '25',
        '50',
        '100',
      ]);
      element.pageSize = -3;
      await element.updateComplete;
      expect(rows(element), 'a nonsense size falls back to 50').to.have.length(50);
    });
  });

  describe('5,000 pupils in 40 classes', () => {
    it('groups every number the French way ("5 000 élèves"), and the English way under lang="en"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
        <pix-student-enrolment .session=${session} .students=${school(5000, 40, 0)} page-size="1"></pix-student-enrolment>
      </div>`);
      const element = wrapper.querySelector('pix-student-enrolment')!;
      await element.updateComplete;
      const shown = (selector: string) =>
        element
          .shadowRoot!.querySelector(selector)!
          .textContent!.replace(/\s+/g, (space) => (space === '\u202f' ? space : ' '))
          .trim();
      expect(shown('.counters__shown')).to.equal('5\u202f000 élèves affichés');
      expect(shown('.paging__range')).to.equal('Élèves 1 à 1 sur 5\u202f000');
      expect(shown('.paging__status')).to.equal('Page 1 sur 5\u202f000');
      expect(shown('caption')).to.equal("Élèves de l'établissement, triés par classe puis par nom (Page 1 sur 5\u202f000)");
      expect(shown('#select-all-scope')).to.equal(
        'Concerne les 5\u202f000 élèves pouvant être inscrits dans la liste filtrée, toutes pages confondues.',
      );
      await click(element, $(element, '.paging__button[data-move="last"]'));
      expect(shown('.paging__range')).to.equal('Élèves 5\u202f000 à 5\u202f000 sur 5\u202f000');
      await click(element, selectAll(element));
      expect(shown('.counters__selected')).to.equal('5\u202f000 candidats sélectionnés');
      await click(element, enrolButton(element));
      await settle();
      await element.updateComplete;
      expect(shown('.outcome')).to.equal('Les 5\u202f000 élèves ont été inscrits à la session.');
      expect(shown('.counters__enrolled')).to.equal('5\u202f000 candidats déjà inscrits à la session');
      wrapper.lang = 'en';
      await settle();
      await element.updateComplete;
      expect(shown('.counters__enrolled')).to.equal('5,000 candidates already enrolled in the session');
      expect(shown('.paging__status')).to.equal('Page 5,000 of 5,000');
    });

    it('renders, filters and selects fast', async () => {
      const many = school(5000, 40, 7);
      const startRender = performance.now();
      const element = await picker({ students: many });
      await settle();
      const renderMs = performance.now() - startRender;

      expect(rows(element)).to.have.length(50);
      expect(text($(element, '.paging__status'))).to.equal('Page 1 sur 100');
      expect(enrolledCounter(element)).to.equal('715 candidats déjà inscrits à la session');

      await openFilter(element);
      expect(filterClasses(element)).to.have.length(40);
      const startFilter = performance.now();
      await click(element, byLabel(element, 'C17'));
      await settle();
      const filterMs = performance.now() - startFilter;
      expect(text($(element, '.paging__range'))).to.equal('Élèves 1 à 50 sur 125');
      expect(rows(element).every((cells) => cells[1] === 'C17')).to.equal(true);

      await click(element, byLabel(element, 'C17'));
      const startSelect = performance.now();
      await click(element, selectAll(element));
      await settle();
      const selectMs = performance.now() - startSelect;
      expect(selectedCounter(element)).to.equal('4 285 candidats sélectionnés');

      const ids: number[] = [];
      element.addEventListener('pix-students-enrol', (event) => ids.push(...event.detail.studentIds));
      await click(element, enrolButton(element));
      expect(ids).to.have.length(4285);
      expect(
        ids.every((id, index) => index === 0 || ids[index - 1]! < id),
        'ascending',
      ).to.equal(true);
      await settle();
      await element.updateComplete;
      expect(enrolledCounter(element)).to.equal('5 000 candidats déjà inscrits à la session');
      await expectAccessible(element);

      console.log(
        `5,000 pupils: first render ${renderMs.toFixed(0)} ms, filter change ${filterMs.toFixed(0)} ms, select all ${selectMs.toFixed(0)} ms`,
      );
      expect(renderMs).to.be.below(1500);
      expect(filterMs).to.be.below(1500);
      expect(selectMs).to.be.below(1500);
    });
  });

  describe('English', () => {
    it('speaks the page language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <pix-student-enrolment .session=${session} .students=${school(60, 2, 20)}></pix-student-enrolment>
      </div>`);
      const element = wrapper.querySelector('pix-student-enrolment')!;
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Add candidates to session 296');
      expect($$(element, 'thead th').map((cell) => text(cell))).to.deep.equal(['', 'Class', 'Last name', 'First name', 'Date of birth']);
      const header = checkbox(element, 'Select all the pupils shown');
      expect(element.shadowRoot!.getElementById(header.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
        'Applies to the 57 pupils who can be enrolled in the filtered list, on every page.',
      );
      expect(checkbox(element, 'Select Léa Martin-0')).to.exist;
      expect(selectedCounter(element)).to.equal('No candidate selected');
      expect(enrolledCounter(element)).to.equal('3 candidates already enrolled in the session');
      expect(text($(element, '.paging__status'))).to.equal('Page 1 of 2');
      expect(text(enrolButton(element))).to.equal('Enrol');
      expect(text(button(element, 'Cancel'))).to.equal('Cancel');
      await click(element, header);
      expect(selectedCounter(element)).to.equal('57 candidates selected');
      await openFilter(element);
      expect((byLabel(element, 'Search for a class') as HTMLInputElement).placeholder).to.equal('Search for a class…');
      await search(element, 'x', 'Search for a class');
      expect(text($(element, '#class-search-status'))).to.equal('No class found');
      await expectAccessible(element);
    });

    it('says "Already enrolled in the session" beside an enrolled pupil, and when every pupil is', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <pix-student-enrolment .session=${session} .students=${students}></pix-student-enrolment>
      </div>`);
      const element = wrapper.querySelector('pix-student-enrolment')!;
      await element.updateComplete;
      const hugo = checkbox(element, 'Select Hugo Bernard');
      expect(text(element.shadowRoot!.getElementById(hugo.getAttribute('aria-describedby')!))).to.equal('Already enrolled in the session');
      expect(rows(element)[0]).to.deep.equal(['Already enrolled in the session', '3A', 'Bernard', 'Hugo', '20/11/2008']);
      element.students = students.map((student) => ({ ...student, isEnrolled: true }));
      await element.updateComplete;
      expect(text($(element, '.everyone-enrolled'))).to.equal('All the pupils are already enrolled in the session.');
      await expectAccessible(element);
    });

    it('gives the finalised message in English', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <pix-student-enrolment .session=${finalisedSession} .students=${students}></pix-student-enrolment>
      </div>`);
      const element = wrapper.querySelector('pix-student-enrolment')!;
      await element.updateComplete;
      expect(text($(element, '.finalised'))).to.equal('This session has already been finalised; adding candidates is not allowed.');
      await expectAccessible(element);
    });
  });

  describe('bad input', () => {
    let errors: unknown[][];
    let original: typeof console.error;
    beforeEach(() => {
      errors = [];
      original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    const cases: Array<[string, { session?: unknown; students?: unknown }, RegExp]> = [
      ['students that are not an array', { students: { 0: students[0] } }, /Invalid students/],
      ['null students', { students: null }, /Invalid students/],
      ['duplicate pupil ids', { students: [students[0], { ...students[1], id: 12 }] }, /Duplicate student id/],
      ['a pupil id given as a string', { students: [{ ...students[0], id: '12' }] }, /id/],
      ['a pupil without a class', { students: [{ ...students[0], division: undefined }] }, /division/],
      ['an impossible birth date', { students: [{ ...students[0], birthdate: '2008-02-30' }] }, /birthdate/],
      ['isEnrolled given as a string', { students: [{ ...students[0], isEnrolled: 'false' }] }, /isEnrolled/],
      ['a session without id', { session: { ...session, id: undefined } }, /Invalid session: id/],
      ['a session with an unknown status', { session: { ...session, status: 'open' } }, /status/],
      ['no session', { session: null }, /Invalid session/],
    ];
    for (const [name, input, message] of cases) {
      it(`shows a clear error for ${name}, logs once and emits nothing`, async () => {
        // From before the element exists: an event fired while it loads counts too.
        const events = recordAll(document, 'pix-students-enrol', 'pix-cancel');
        const element = await picker(input);
        const alert = $(element, '[role="alert"]');
        expect(text(alert)).to.contain('Données invalides');
        expect(text(alert)).to.match(message);
        expect(element.shadowRoot!.querySelector('table, button')).to.equal(null);
        element.requestUpdate();
        await element.updateComplete;
        expect(errors).to.have.length(1);
        expect(events).to.have.length(0);
        expect(element.enrolment).to.equal(null);
        await expectAccessible(element);
      });
    }

    it('recovers when the host fixes its data', async () => {
      const element = await picker({ students: 'nope' });
      expect($(element, '[role="alert"]')).to.exist;
      element.students = students;
      await element.updateComplete;
      expect(rows(element)).to.have.length(7);
      expect(element.enrolment?.session.id).to.equal(296);
    });

    it('survives a getter that throws', async () => {
      const trap = [{ ...students[0] }];
      Object.defineProperty(trap[0], 'lastName', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      });
      const element = await picker({ students: trap });
      expect(text($(element, '[role="alert"]'))).to.match(/boom|lastName/);
    });
  });
});
