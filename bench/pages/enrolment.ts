// Timings of <pix-student-enrolment> with 5,000 pupils in 40 classes, against baselines that put
// a table of all 5,000 rows (the same columns: checkbox, Classe, Nom, Prénom, Date de naissance)
// in the page with innerHTML, measured in the same page. Each function returns milliseconds.
import '../../src/define/pix-student-enrolment.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { Student } from '../../src/state/schemas.js';
import { benchSession as session } from './session.js';

const stage = document.querySelector('#stage')!;

const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Inès', 'Nathan', 'Sarah', 'Lucas', 'Emma', 'Jules', 'Zoé', 'Maël', 'Anaïs'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Robert', 'Girard', 'Moreau', 'Durand', 'Leroy', 'Roux', 'Lefèvre', 'Éluard'];
const CLASS_COUNT = 40;

/** `count` pupils spread over 40 classes ("2de01"… "Tle10"), given in no particular order; one in seven already enrolled. */
function makeStudents(count: number): Student[] {
  const classes = Array.from(
    { length: CLASS_COUNT },
    (_, index) => `${['2de', '1re', 'Tle', 'BTS'][index % 4]}${String(Math.floor(index / 4) + 1).padStart(2, '0')}`,
  );
  return Array.from({ length: count }, (_, index) => ({
    id: 100000 + ((index * 7919) % count),
    firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
    lastName: `${LAST_NAMES[(index * 7) % LAST_NAMES.length]!}-${index}`,
    birthdate: `2008-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    division: classes[(index * 13) % CLASS_COUNT]!,
    isEnrolled: index % 7 === 0,
  }));
}

const students = makeStudents(5000);
const classes = [...new Set(students.map((student) => student.division))].sort();
// The baseline shows the same order as the element (class, then name), sorted once beforehand.
const sorted = [...students].sort(
  (left, right) =>
    left.division.localeCompare(right.division, 'fr') ||
    left.lastName.localeCompare(right.lastName, 'fr') ||
    left.firstName.localeCompare(right.firstName, 'fr'),
);

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const birthdate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The pupils' table as one HTML string: every row given, no paging. */
function tableMarkup(rows: readonly Student[]): string {
  return `<table><caption>Élèves de l'établissement, triés par classe puis par nom</caption><thead><tr><th scope="col"><input type="checkbox" aria-label="Sélectionner tous les élèves affichés"></th><th scope="col">Classe</th><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Date de naissance</th></tr></thead><tbody>${rows
    .map(
      (student) =>
        `<tr><td><input type="checkbox" aria-label="Sélectionner ${escape(student.firstName)} ${escape(student.lastName)}"${student.isEnrolled ? ' checked disabled' : ''}></td><td>${escape(student.division)}</td><th scope="row">${escape(student.lastName)}</th><td>${escape(student.firstName)}</td><td>${birthdate(student.birthdate)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function settleLayout(): void {
  void (document.body as HTMLElement).offsetHeight;
}

async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function clear(): void {
  stage.replaceChildren();
}

async function renderPicker(): Promise<PixStudentEnrolment> {
  const picker = document.createElement('pix-student-enrolment');
  picker.session = session;
  picker.students = students;
  stage.append(picker);
  await picker.updateComplete;
  settleLayout();
  return picker;
}

let filterPicker: PixStudentEnrolment | undefined;
let filterIndex = 0;

function classBox(picker: PixStudentEnrolment, division: string): HTMLInputElement {
  const label = [...picker.shadowRoot!.querySelectorAll('.filter__classes label')].find((item) => item.textContent!.trim() === division);
  if (!label) throw new Error(`No class ${division} in the filter`);
  return label.querySelector('input')!;
}

const bench = {
  /** The element with 5,000 pupils, from creation to its first screen laid out. */
  async enrolmentFirstRender() {
    filterPicker = undefined;
    clear();
    const ms = await time(() => renderPicker());
    clear();
    return ms;
  },
  async baselineFirstRender() {
    filterPicker = undefined;
    clear();
    const ms = await time(() => {
      stage.innerHTML = tableMarkup(sorted);
      settleLayout();
    });
    clear();
    return ms;
  },
  /** A person ticks one class in the filter (another each run), until the screen is updated. */
  async enrolmentFilterChange() {
    if (!filterPicker?.isConnected) {
      clear();
      filterPicker = await renderPicker();
      (filterPicker.shadowRoot!.querySelector('.filter__button') as HTMLButtonElement).click();
      await filterPicker.updateComplete;
    }
    const picker = filterPicker;
    filterIndex = (filterIndex + 7) % classes.length;
    const box = classBox(picker, classes[filterIndex]!);
    const ms = await time(async () => {
      box.click();
      await picker.updateComplete;
      settleLayout();
    });
    // Back to every class, outside the timing.
    box.click();
    await picker.updateComplete;
    return ms;
  },
  /** The baseline the budget uses: the table of all 5,000 rows set again with innerHTML. */
  async baselineFilterChange() {
    filterPicker = undefined;
    clear();
    const host = document.createElement('div');
    stage.append(host);
    host.innerHTML = tableMarkup(sorted);
    settleLayout();
    const ms = await time(() => {
      host.innerHTML = tableMarkup(sorted);
      settleLayout();
    });
    clear();
    return ms;
  },
  /**
   * For information: from a first page of 50 rows (the element's first screen), innerHTML of the
   * filtered rows only (about 125 pupils of one class, unpaged).
   */
  async baselineFilteredRows() {
    filterPicker = undefined;
    clear();
    const host = document.createElement('div');
    stage.append(host);
    host.innerHTML = tableMarkup(sorted.slice(0, 50));
    settleLayout();
    filterIndex = (filterIndex + 7) % classes.length;
    const division = classes[filterIndex]!;
    const ms = await time(() => {
      host.innerHTML = tableMarkup(sorted.filter((student) => student.division === division));
      settleLayout();
    });
    clear();
    return ms;
  },
};

Object.assign(window, { bench, benchReady: true });
