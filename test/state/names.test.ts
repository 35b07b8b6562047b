import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareByName, fullName, nameCollator } from '../../src/state/names.js';
import { sortCandidates } from '../../src/state/session-details.js';
import { createEnrolment } from '../../src/state/enrolment.js';
import { session561 } from '../fixtures/guide-sessions.js';

const person = (id: number, lastName: string, firstName: string) => ({ id, lastName, firstName });

describe('names: fullName', () => {
  it('writes the first name, then the last name', () => {
    expect(fullName({ firstName: 'Faye', lastName: 'Bernier' })).to.equal('Faye Bernier');
  });

  it('leaves no stray space when a name is empty', () => {
    expect(fullName({ firstName: '', lastName: 'Bernier' })).to.equal('Bernier');
    expect(fullName({ firstName: 'Faye', lastName: '' })).to.equal('Faye');
  });
});

describe('names: the collator and compareByName', () => {
  it('sorts French names ignoring case and accents, and numbers by value', () => {
    expect(['Zoé', 'émile', 'Eric'].sort(nameCollator.compare)).to.deep.equal(['émile', 'Eric', 'Zoé']);
    expect(nameCollator.compare('Élodie', 'elodie')).to.equal(0);
    expect(['10A', '3A', '3B'].sort(nameCollator.compare)).to.deep.equal(['3A', '3B', '10A']);
  });

  it('orders by last name, then first name, then id', () => {
    const people = [person(3, 'Martin', 'Paul'), person(1, 'martin', 'Paul'), person(2, 'Bernier', 'Zoé'), person(4, 'Martin', 'Anne')];
    expect([...people].sort(compareByName).map((item) => item.id)).to.deep.equal([2, 4, 1, 3]);
  });

  it('gives one order whatever order the people came in', () => {
    const name = fc.constantFrom('Martin', 'martin', 'Émile', 'emile', 'Zoé', '');
    const people = fc
      .array(fc.record({ lastName: name, firstName: name }), { maxLength: 12 })
      .map((records) => records.map((record, index) => ({ ...record, id: index + 1 })));
    const peopleTwice = people.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(peopleTwice, ([list, shuffled]) => {
        expect([...shuffled].sort(compareByName)).to.deep.equal([...list].sort(compareByName));
      }),
    );
  });

  it('is the order of the session details and of the pupil picker', () => {
    const candidates = [
      { id: 2, lastName: 'Martin', firstName: 'Paul', birthdate: '2000-01-01', division: null, hasStarted: false },
      { id: 1, lastName: 'Bernier', firstName: 'Faye', birthdate: '2000-01-01', division: null, hasStarted: false },
    ];
    expect(sortCandidates(candidates).map((item) => item.id)).to.deep.equal([1, 2]);
    const students = [
      { id: 1, lastName: 'Martin', firstName: 'Paul', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
      { id: 2, lastName: 'Bernier', firstName: 'Faye', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
      { id: 3, lastName: 'Zola', firstName: 'Émile', birthdate: '2008-03-05', division: '3A', isEnrolled: false },
    ];
    const created = createEnrolment(session561.session, students);
    if (!created.ok) throw new Error(created.error);
    expect(created.state.students.map((item) => item.id)).to.deep.equal([3, 2, 1]);
  });
});
