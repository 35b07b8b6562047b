import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  alreadyEnrolledCount,
  buildEnrolment,
  canEnrol,
  classesOf,
  clearSelection,
  createEnrolment,
  everyoneEnrolled,
  headerState,
  isChecked,
  isSelected,
  searchClasses,
  selectedCount,
  selectedIds,
  setClassFilter,
  setStudentSelected,
  shownStudents,
  toggleAllShown,
  toggleStudent,
  type EnrolmentState,
} from '../../src/state/enrolment.js';
import type { Transition } from '../../src/state/result.js';
import type { Session, Student } from '../../src/state/schemas.js';

const session: Session = {
  id: 296,
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  examiner: 'Paul Eluard',
  date: '2020-12-14',
  time: '12:00',
  accessCode: 'VRRJ30',
  description: null,
  status: 'created',
};

function pupil(id: number, division: string, lastName: string, firstName: string, isEnrolled = false): Student {
  return { id, division, lastName, firstName, birthdate: '2008-03-05', isEnrolled };
}

// Given out of order on purpose.
const pupils: Student[] = [
  pupil(1, '3B', 'Martin', 'Léa'),
  pupil(2, '3A', 'Dupont', 'Zoé', true),
  pupil(3, '10A', 'Abadie', 'Hugo'),
  pupil(4, '3A', 'dupont', 'Adèle'),
  pupil(5, '3A', 'Élie', 'Marc'),
  pupil(6, '4B', 'Bernard', 'Paul'),
  pupil(7, '4B', 'Aubert', 'Jeanne', true),
];

function start(students: unknown = pupils, forSession: unknown = session): EnrolmentState {
  const created = createEnrolment(forSession, students);
  if (!created.ok) throw new Error(created.error);
  return created.state;
}

/** The state after a transition that must be accepted. */
function accepted(transition: Transition<EnrolmentState>): EnrolmentState {
  if (!transition.ok) throw new Error(`refused: ${transition.reason.key}`);
  return transition.state;
}

const ids = (students: readonly Student[]) => students.map((student) => student.id);

describe('createEnrolment', () => {
  it('sorts the pupils by class (naturally), then last name, then first name, ignoring case and accents', () => {
    const state = start();
    expect(ids(state.students)).to.deep.equal([4, 2, 5, 1, 7, 6, 3]);
    expect(ids(shownStudents(state))).to.deep.equal([4, 2, 5, 1, 7, 6, 3]);
  });

  it('orders namesakes (same names ignoring case and accents) by id, whatever order they came in', () => {
    const namesakes = [pupil(9, '3A', 'Lefèvre', 'Léo'), pupil(3, '3a', 'LEFEVRE', 'leo'), pupil(5, '3A', 'lefevre', 'Leo')];
    expect(ids(start(namesakes).students)).to.deep.equal([3, 5, 9]);
    expect(ids(start([...namesakes].reverse()).students)).to.deep.equal([3, 5, 9]);
    expect(classesOf(start(namesakes))).to.deep.equal(['3A', '3a']);
    expect(classesOf(start([...namesakes].reverse()))).to.deep.equal(['3A', '3a']);
  });

  it('does not reorder the array it was given', () => {
    const given = [...pupils];
    start(given);
    expect(ids(given)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts with nothing selected, no filter, and editable for a created session', () => {
    const state = start();
    expect(selectedCount(state)).to.equal(0);
    expect(state.classFilter).to.deep.equal([]);
    expect(state.readOnly).to.equal(false);
    expect(state.session.id).to.equal(296);
  });

  it('is read-only for every finalised status', () => {
    for (const status of ['finalized', 'in_process', 'processed'] as const) {
      expect(start(pupils, { ...session, status }).readOnly, status).to.equal(true);
    }
  });

  it('accepts an empty pupil list', () => {
    const state = start([]);
    expect(shownStudents(state)).to.deep.equal([]);
    expect(classesOf(state)).to.deep.equal([]);
  });

  it('refuses a malformed session with a readable summary', () => {
    for (const bad of [
      null,
      undefined,
      'session',
      {},
      { ...session, id: -1 },
      { ...session, status: 'open' },
      { ...session, date: '2020-02-30' },
    ]) {
      const result = createEnrolment(bad, pupils);
      expect(result.ok, JSON.stringify(bad)).to.equal(false);
      if (!result.ok) expect(result.error).to.match(/^Invalid session: .+/);
    }
  });

  it('refuses malformed pupils and says what is wrong', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /^Invalid students: /],
      [{ 0: pupils[0] }, /^Invalid students: /],
      [[...pupils, pupil(1, '3C', 'Doublon', 'Jean')], /Duplicate student id/],
      [[{ ...pupil(8, '3C', 'Sans', 'Classe'), division: undefined }], /0\.division/],
      [[{ ...pupil(8, '3C', 'Date', 'Fausse'), birthdate: '2008-02-30' }], /0\.birthdate/],
      [[{ ...pupil(8, '3C', 'Statut', 'Inconnu'), isEnrolled: 'yes' }], /0\.isEnrolled/],
    ];
    for (const [students, message] of cases) {
      const result = createEnrolment(session, students);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.match(message);
    }
  });

  it('does not throw when reading the input throws', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('no access');
      },
    });
    const result = createEnrolment(session, hostile);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.contain('no access');
  });
});

describe('classes', () => {
  it('lists the distinct classes in natural order', () => {
    expect(classesOf(start())).to.deep.equal(['3A', '3B', '4B', '10A']);
  });

  it('searches classes ignoring case and accents; a blank query keeps them all', () => {
    const classes = ['3ème A', '3EME B', 'Seconde 2', 'Première B', 'Terminale'];
    expect(searchClasses(classes, 'eme')).to.deep.equal(['3ème A', '3EME B']);
    expect(searchClasses(classes, 'ÈME A')).to.deep.equal(['3ème A']);
    expect(searchClasses(classes, 'premiere')).to.deep.equal(['Première B']);
    expect(searchClasses(classes, ' b ')).to.deep.equal(['3EME B', 'Première B']);
    expect(searchClasses(classes, '')).to.deep.equal(classes);
    expect(searchClasses(classes, '   ')).to.deep.equal(classes);
    expect(searchClasses(classes, 'zzz')).to.deep.equal([]);
  });
});

describe('class filter', () => {
  it('shows only the chosen classes, in list order', () => {
    const state = accepted(setClassFilter(start(), ['4B', '3A']));
    expect(ids(shownStudents(state))).to.deep.equal([4, 2, 5, 7, 6]);
    expect(state.classFilter).to.deep.equal(['3A', '4B']);
  });

  it('ignores unknown classes; only unknown ones means every class', () => {
    const state = accepted(setClassFilter(start(), ['3B', '5Z']));
    expect(state.classFilter).to.deep.equal(['3B']);
    expect(ids(shownStudents(state))).to.deep.equal([1]);
    const onlyUnknown = accepted(setClassFilter(state, ['5Z']));
    expect(onlyUnknown.classFilter).to.deep.equal([]);
    expect(shownStudents(onlyUnknown)).to.have.length(7);
  });

  it('shows every class again with an empty filter, or anything that is not a list', () => {
    const filtered = accepted(setClassFilter(start(), ['3B']));
    expect(shownStudents(accepted(setClassFilter(filtered, [])))).to.have.length(7);
    expect(shownStudents(accepted(setClassFilter(filtered, 'oops' as unknown as string[])))).to.have.length(7);
  });

  it('keeps the selection across filter changes', () => {
    let state = accepted(toggleStudent(start(), 1));
    state = accepted(toggleStudent(state, 6));
    state = accepted(setClassFilter(state, ['3A']));
    expect(selectedIds(state)).to.deep.equal([1, 6]);
    state = accepted(setClassFilter(state, []));
    expect(selectedIds(state)).to.deep.equal([1, 6]);
  });

  it('is allowed on a finalised session (viewing is not enrolling)', () => {
    const state = start(pupils, { ...session, status: 'finalized' });
    expect(ids(shownStudents(accepted(setClassFilter(state, ['4B']))))).to.deep.equal([7, 6]);
  });
});

describe('ticking pupils', () => {
  it('toggles a pupil on and off, without touching the previous state', () => {
    const initial = start();
    const ticked = accepted(toggleStudent(initial, 5));
    expect(isSelected(ticked, 5)).to.equal(true);
    expect(isSelected(initial, 5)).to.equal(false);
    expect(ticked).not.to.equal(initial);
    const unticked = accepted(toggleStudent(ticked, 5));
    expect(isSelected(unticked, 5)).to.equal(false);
    expect(isSelected(ticked, 5)).to.equal(true);
  });

  it('sets a pupil explicitly; setting it to what it is changes nothing', () => {
    const initial = start();
    const ticked = accepted(setStudentSelected(initial, 4, true));
    expect(selectedIds(ticked)).to.deep.equal([4]);
    expect(accepted(setStudentSelected(ticked, 4, true))).to.equal(ticked);
    expect(selectedIds(accepted(setStudentSelected(ticked, 4, false)))).to.deep.equal([]);
    expect(accepted(setStudentSelected(initial, 4, false))).to.equal(initial);
  });

  it('refuses an unknown pupil, naming its id', () => {
    const state = start();
    const result = toggleStudent(state, 999);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.deep.equal({ key: 'enrolment.student.unknown', params: { id: 999 } });
    expect(result.state).to.equal(state);
  });

  it('refuses an already enrolled pupil', () => {
    const state = start();
    for (const result of [toggleStudent(state, 2), setStudentSelected(state, 7, true), setStudentSelected(state, 7, false)]) {
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.deep.equal({ key: 'enrolment.student.enrolled' });
      expect(result.state).to.equal(state);
    }
  });

  it('refuses every selection change once the session is finalised', () => {
    const state = start(pupils, { ...session, status: 'in_process' });
    for (const result of [toggleStudent(state, 1), setStudentSelected(state, 1, true), toggleAllShown(state)]) {
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.deep.equal({ key: 'enrolment.finalised' });
      expect(selectedCount(result.state)).to.equal(0);
    }
  });

  it('clears the selection', () => {
    let state = accepted(toggleStudent(start(), 1));
    state = accepted(toggleStudent(state, 3));
    state = accepted(clearSelection(state));
    expect(selectedCount(state)).to.equal(0);
    expect(accepted(clearSelection(state))).to.equal(state);
  });

  it('shows enrolled pupils as ticked, apart from the selection', () => {
    const state = accepted(toggleStudent(start(), 1));
    expect(isChecked(state, 2)).to.equal(true);
    expect(isSelected(state, 2)).to.equal(false);
    expect(isChecked(state, 1)).to.equal(true);
    expect(isChecked(state, 6)).to.equal(false);
    expect(isChecked(state, 999)).to.equal(false);
  });
});

describe('header checkbox (select all shown)', () => {
  it('is unchecked with nothing ticked, and ticks every enrollable shown pupil', () => {
    const state = start();
    expect(headerState(state)).to.equal('unchecked');
    const next = accepted(toggleAllShown(state));
    expect(selectedIds(next)).to.deep.equal([1, 3, 4, 5, 6]);
    expect(headerState(next)).to.equal('checked');
  });

  it('is mixed when some are ticked, and then ticks them all', () => {
    const state = accepted(toggleStudent(start(), 4));
    expect(headerState(state)).to.equal('mixed');
    const next = accepted(toggleAllShown(state));
    expect(selectedIds(next)).to.deep.equal([1, 3, 4, 5, 6]);
    expect(headerState(next)).to.equal('checked');
  });

  it('unticks them all when all were ticked', () => {
    const all = accepted(toggleAllShown(start()));
    const next = accepted(toggleAllShown(all));
    expect(selectedIds(next)).to.deep.equal([]);
    expect(headerState(next)).to.equal('unchecked');
  });

  it('is checked when every enrollable shown pupil is ticked one by one (enrolled ones do not count)', () => {
    let state = accepted(setClassFilter(start(), ['4B']));
    state = accepted(toggleStudent(state, 6));
    expect(headerState(state)).to.equal('checked');
  });

  it('acts only on the shown pupils and keeps the selections outside the filter', () => {
    let state = accepted(toggleStudent(start(), 1)); // 3B
    state = accepted(toggleStudent(state, 3)); // 10A
    state = accepted(setClassFilter(state, ['3A']));
    expect(headerState(state)).to.equal('unchecked');
    state = accepted(toggleAllShown(state));
    expect(selectedIds(state)).to.deep.equal([1, 3, 4, 5]);
    expect(headerState(state)).to.equal('checked');
    state = accepted(toggleAllShown(state));
    expect(selectedIds(state)).to.deep.equal([1, 3]);
  });

  it('is judged over the shown pupils only: mixed overall, checked for the filter', () => {
    let state = accepted(toggleStudent(start(), 6));
    expect(headerState(state)).to.equal('mixed');
    state = accepted(setClassFilter(state, ['4B']));
    expect(headerState(state)).to.equal('checked');
    state = accepted(setClassFilter(state, ['3B']));
    expect(headerState(state)).to.equal('unchecked');
  });

  it('is disabled, and refuses, when every shown pupil is already enrolled', () => {
    const state = start([pupil(2, '3A', 'Dupont', 'Zoé', true), pupil(7, '4B', 'Aubert', 'Jeanne', true)]);
    expect(headerState(state)).to.equal('disabled');
    const result = toggleAllShown(state);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.deep.equal({ key: 'enrolment.empty' });
  });

  it('is disabled, and refuses, when no pupil is listed', () => {
    const state = start([]);
    expect(headerState(state)).to.equal('disabled');
    const result = toggleAllShown(state);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.deep.equal({ key: 'enrolment.empty' });
  });

  it('is disabled for a finalised session', () => {
    expect(headerState(start(pupils, { ...session, status: 'processed' }))).to.equal('disabled');
  });
});

describe('counters and payload', () => {
  it('counts selected and already enrolled pupils over all pupils, not only those shown', () => {
    let state = accepted(toggleStudent(start(), 1));
    state = accepted(toggleStudent(state, 6));
    state = accepted(setClassFilter(state, ['10A']));
    expect(shownStudents(state)).to.have.length(1);
    expect(selectedCount(state)).to.equal(2);
    expect(alreadyEnrolledCount(state)).to.equal(2);
  });

  it('says when every pupil is already enrolled, over all pupils, not only those shown; never for an empty school', () => {
    expect(everyoneEnrolled(start())).to.equal(false);
    expect(everyoneEnrolled(accepted(setClassFilter(start(), ['4B'])))).to.equal(false);
    const enrolled = pupils.map((student) => ({ ...student, isEnrolled: true }));
    expect(everyoneEnrolled(start(enrolled))).to.equal(true);
    expect(everyoneEnrolled(start([...enrolled, pupil(8, '5C', 'Roux', 'Zoé')]))).to.equal(false);
    expect(everyoneEnrolled(start([]))).to.equal(false);
  });

  it('gives the selected ids in ascending order', () => {
    let state = start();
    for (const id of [6, 1, 5, 3]) state = accepted(toggleStudent(state, id));
    expect(selectedIds(state)).to.deep.equal([1, 3, 5, 6]);
  });

  it('can enrol only once something is selected and the session is not finalised', () => {
    const state = start();
    expect(canEnrol(state)).to.equal(false);
    expect(canEnrol(accepted(toggleStudent(state, 1)))).to.equal(true);
    expect(canEnrol(start(pupils, { ...session, status: 'finalized' }))).to.equal(false);
  });

  it('builds the payload with the session id and the ids ascending', () => {
    let state = start();
    for (const id of [6, 4, 1]) state = accepted(toggleStudent(state, id));
    expect(buildEnrolment(state)).to.deep.equal({ ok: true, payload: { sessionId: 296, studentIds: [1, 4, 6] } });
  });

  it('refuses to build with nothing selected', () => {
    expect(buildEnrolment(start())).to.deep.equal({ ok: false, reason: { key: 'enrolment.empty' } });
  });

  it('refuses to build for a finalised session', () => {
    expect(buildEnrolment(start(pupils, { ...session, status: 'finalized' }))).to.deep.equal({
      ok: false,
      reason: { key: 'enrolment.finalised' },
    });
  });
});

describe('a school of 5,000 pupils', () => {
  const DIVISIONS = ['6A', '6B', '5A', '5B', '4A', '4B', '3A', '3B', '2nde 1', '2nde 2', '1ère A', 'Tle B'];
  const school = Array.from({ length: 5000 }, (_, index) =>
    pupil(index + 1, DIVISIONS[index % DIVISIONS.length] ?? '6A', `Nom${(index * 7919) % 5000}`, `Prénom${index}`, index % 10 === 0),
  );

  it('stays fast: creation and 300 transitions in well under two seconds', () => {
    const began = performance.now();
    let state = start(school);
    for (let step = 0; step < 100; step += 1) {
      state = toggleStudent(state, 2 + step * 3).state;
      state = setClassFilter(state, [DIVISIONS[step % DIVISIONS.length] ?? '6A']).state;
      state = toggleAllShown(state).state;
      headerState(state);
    }
    const elapsed = performance.now() - began;
    expect(selectedCount(state)).to.be.greaterThan(0);
    expect(elapsed).to.be.lessThan(2000);
  });
});

describe('property: random gestures', () => {
  const studentArbitrary = fc.record({
    division: fc.constantFrom('3A', '3B', '4A', '10C', 'Seconde'),
    lastName: fc.string({ maxLength: 6 }),
    firstName: fc.string({ maxLength: 6 }),
    isEnrolled: fc.boolean(),
  });

  const gesture = fc.oneof(
    fc.record({ type: fc.constant('toggle' as const), id: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ type: fc.constant('set' as const), id: fc.integer({ min: 0, max: 40 }), selected: fc.boolean() }),
    fc.record({ type: fc.constant('toggleAll' as const) }),
    fc.record({
      type: fc.constant('filter' as const),
      divisions: fc.subarray(['3A', '3B', '4A', '10C', 'Seconde', 'unknown', '']),
    }),
    fc.record({ type: fc.constant('clear' as const) }),
  );

  it('never throws, never selects an enrolled or unknown pupil, and builds sorted unique ids', () => {
    fc.assert(
      fc.property(
        fc.array(studentArbitrary, { maxLength: 30 }),
        fc.constantFrom('created', 'created', 'finalized'),
        fc.array(gesture, { maxLength: 40 }),
        (records, status, gestures) => {
          const students = records.map((record, index) => ({ ...record, id: index + 1, birthdate: '2008-03-05' }));
          const created = createEnrolment({ ...session, status }, students);
          if (!created.ok) return false;
          let state = created.state;
          const byId = new Map(students.map((student) => [student.id, student]));
          // A model of the selection, kept by hand from the rules, to compare with.
          const model = new Set<number>();

          for (const action of gestures) {
            const before = state;
            let result: Transition<EnrolmentState>;
            const shownEnrollable = shownStudents(state)
              .filter((student) => !student.isEnrolled)
              .map((student) => student.id);
            switch (action.type) {
              case 'toggle':
                result = toggleStudent(state, action.id);
                if (result.ok) {
                  if (model.has(action.id)) model.delete(action.id);
                  else model.add(action.id);
                }
                break;
              case 'set':
                result = setStudentSelected(state, action.id, action.selected);
                if (result.ok) {
                  if (action.selected) model.add(action.id);
                  else model.delete(action.id);
                }
                break;
              case 'toggleAll': {
                const allTicked = shownEnrollable.every((id) => model.has(id));
                result = toggleAllShown(state);
                if (result.ok) for (const id of shownEnrollable) allTicked ? model.delete(id) : model.add(id);
                else if (!state.readOnly && shownEnrollable.length > 0) return false;
                break;
              }
              case 'filter':
                result = setClassFilter(state, action.divisions);
                break;
              case 'clear':
                result = clearSelection(state);
                model.clear();
                break;
            }
            if (!result.ok && result.state !== before) return false;
            state = result.state;

            const chosen = selectedIds(state);
            if (chosen.join() !== [...model].sort((a, b) => a - b).join()) return false;
            for (const id of chosen) {
              const student = byId.get(id);
              if (!student || student.isEnrolled) return false;
            }
            if (state.readOnly && chosen.length > 0) return false;
            if (selectedCount(state) !== chosen.length) return false;
            const rows = shownStudents(state).filter((student) => !student.isEnrolled);
            const tickedRows = rows.filter((student) => model.has(student.id)).length;
            const expectedHeader =
              state.readOnly || rows.length === 0
                ? 'disabled'
                : tickedRows === 0
                  ? 'unchecked'
                  : tickedRows === rows.length
                    ? 'checked'
                    : 'mixed';
            if (headerState(state) !== expectedHeader) return false;
          }

          const built = buildEnrolment(state);
          if (!built.ok) return selectedCount(state) === 0 || state.readOnly;
          const { studentIds } = built.payload;
          for (let index = 1; index < studentIds.length; index += 1) {
            if ((studentIds[index - 1] ?? 0) >= (studentIds[index] ?? 0)) return false;
          }
          return built.payload.sessionId === 296 && studentIds.length === selectedCount(state);
        },
      ),
      { numRuns: 300 },
    );
  });
});
