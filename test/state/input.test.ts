import { expect } from '@open-wc/testing';
import {
  describeIssues,
  describeThrown,
  describeValue,
  firstRefusal,
  guardLoad,
  loadInput,
  loadRequired,
  numberProperty,
  readProperty,
  stringProperty,
  textOf,
} from '../../src/state/input.js';
import { SessionSchema, CertificationReportsSchema } from '../../src/state/schemas.js';
import { createFinalisation } from '../../src/state/finalisation.js';
import { createSessionDetails } from '../../src/state/session-details.js';
import { createEnrolment } from '../../src/state/enrolment.js';
import { resolveCatalogue } from '../../src/state/catalogues.js';
import { describeFailure } from '../../src/state/handover.js';
import { toTimestamp } from '../../src/state/session.js';
import { session561 } from '../fixtures/guide-sessions.js';

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function trapping(): object {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

const throwingSession = Object.defineProperty({ ...session561.session }, 'id', {
  get() {
    throw new Error('no id today');
  },
});

const prototypeLess = Object.assign(Object.create(null) as object, { message: 'sans prototype' });

describe('state: input loading', () => {
  it('parses a valid value into a plain copy', () => {
    const loaded = loadInput(SessionSchema, session561.session, 'session');
    expect(loaded.ok && loaded.value.id).to.equal(561);
    expect(loaded.ok && loaded.value).to.not.equal(session561.session);
  });

  it('refuses with the schema issues, prefixed by the name', () => {
    expect(loadInput(SessionSchema, { ...session561.session, id: 'x' }, 'session')).to.deep.equal({
      ok: false,
      error: 'session: id: Invalid input',
    });
  });

  for (const [name, value, reason] of [
    ['a throwing getter', throwingSession, /^session: unreadable value \(no id today\)$/],
    ['a revoked proxy', revoked(), /^session: unreadable value \(.*revoked/],
    ['a proxy whose traps throw', trapping(), /^session: unreadable value \(trap\)$/],
  ] as const) {
    it(`never throws on ${name}, and says why`, () => {
      const loaded = loadInput(SessionSchema, value, 'session');
      expect(loaded.ok).to.equal(false);
      expect(loaded.error).to.match(reason);
    });
  }

  it('accepts cycles, symbols, BigInts and prototype-less objects as plain bad input', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    for (const value of [cyclic, Symbol('x'), 10n, Object.create(null)]) {
      expect(loadInput(CertificationReportsSchema, value, 'reports').error).to.match(/^reports: /);
    }
  });

  it('guards a whole loader, whatever is thrown (even a value String() cannot convert)', () => {
    const result = guardLoad('input', () => {
      throw prototypeLess;
    });
    expect(result).to.deep.equal({ ok: false, error: 'input: unreadable value (sans prototype)' });
    const opaque = guardLoad('input', () => {
      throw trapping();
    });
    expect(opaque).to.deep.equal({ ok: false, error: 'input: unreadable value (object)' });
  });

  it('describes values and throws safely', () => {
    expect(textOf(Symbol('s'))).to.equal('Symbol(s)');
    expect(textOf(10n)).to.equal('10');
    expect(textOf(Object.create(null))).to.equal('object');
    expect(textOf(revoked())).to.equal('object');
    expect(textOf(null)).to.equal('null');
    expect(textOf('x'.repeat(50))).to.have.length(40);
    expect(describeValue('15/06')).to.equal('"15/06"');
    expect(describeValue(Object.create(null))).to.equal('[object Object]');
    expect(describeValue(revoked())).to.equal('object');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
    expect(describeThrown(new Error('raté'))).to.equal('raté');
    expect(describeThrown(prototypeLess)).to.equal('sans prototype');
    expect(describeThrown('texte')).to.equal('"texte"');
    expect(describeIssues([{ path: ['a', 0, Symbol('k')], message: 'm' }])).to.equal('a.0.Symbol(k): m');
  });

  it('reads properties and text or number properties without throwing', () => {
    expect(readProperty(throwingSession, 'id')).to.equal(undefined);
    expect(readProperty(revoked(), 'id')).to.equal(undefined);
    expect(readProperty({ id: 3 }, 'id')).to.equal(3);
    expect(readProperty('text', 'length')).to.equal(undefined);
    expect(stringProperty('Raison')).to.equal('Raison');
    expect(stringProperty(12)).to.equal('12');
    expect(stringProperty(10n)).to.equal('10');
    for (const value of [Symbol('s'), {}, revoked(), null, undefined]) expect(stringProperty(value)).to.equal('');
    expect(numberProperty(2)).to.equal(2);
    for (const value of [Symbol('s'), 10n, '2', revoked()]) expect(numberProperty(value)).to.be.NaN;
  });

  it('tells a required input not set yet (undefined) from bad input', () => {
    expect(loadRequired(SessionSchema, undefined, 'session')).to.deep.equal({ ok: false, error: 'session: not set yet', notSetYet: true });
    expect(loadRequired(SessionSchema, session561.session, 'session').ok).to.equal(true);
    const bad = loadRequired(SessionSchema, null, 'session');
    expect(bad.ok).to.equal(false);
    expect(bad, 'null is bad input').to.not.have.property('notSetYet');
    // Bad input comes first, whatever else is not set yet.
    expect(firstRefusal(loadRequired(SessionSchema, undefined, 'session'), bad)).to.equal(bad);
    expect(firstRefusal({ ok: true }, loadRequired(SessionSchema, undefined, 'session')).notSetYet).to.equal(true);
  });

  it('every state builder waits for inputs not set yet, but refuses bad input given beside them', () => {
    const { session, reports } = session561;
    const notSetYet = (created: { ok: boolean; notSetYet?: true }) => !created.ok && created.notSetYet === true;
    expect(notSetYet(createFinalisation({ session: undefined, reports }))).to.equal(true);
    expect(notSetYet(createFinalisation({ session, reports: undefined }))).to.equal(true);
    expect(notSetYet(createFinalisation({ session: undefined, reports: undefined }))).to.equal(true);
    const badReports = createFinalisation({ session: undefined, reports: 'none' });
    expect(badReports, 'bad reports before the session not set yet').to.deep.equal({ ok: false, error: 'reports: Invalid input' });
    expect(notSetYet(createFinalisation({ session: { ...session, id: '561' }, reports: undefined }))).to.equal(false);
    expect(notSetYet(createFinalisation({ session: undefined, reports, catalogue: '2030' }))).to.equal(false);
    expect(notSetYet(createSessionDetails({ session: undefined }))).to.equal(true);
    expect(notSetYet(createSessionDetails({ session: undefined, candidates: 'none' }))).to.equal(false);
    expect(notSetYet(createEnrolment(undefined, []))).to.equal(true);
    expect(notSetYet(createEnrolment(session, undefined))).to.equal(true);
    expect(notSetYet(createEnrolment(undefined, [{ id: 'x' }]))).to.equal(false);
    expect(notSetYet(createEnrolment(null, undefined))).to.equal(false);
  });

  it('every state builder answers throwing input with a refusal', () => {
    expect(createFinalisation({ session: throwingSession, reports: [] })).to.deep.equal({
      ok: false,
      error: 'session: unreadable value (no id today)',
    });
    expect(createFinalisation({ session: session561.session, reports: trapping() }).ok).to.equal(false);
    expect(createFinalisation({ session: session561.session, reports: [], catalogue: revoked() }).ok).to.equal(false);
    const ignored = createFinalisation({ session: session561.session, reports: [], draft: trapping() });
    expect(ignored.ok && ignored.draftIssue).to.equal('draft ignored: unreadable value (trap)');
    const details = createSessionDetails({ session: session561.session, candidates: revoked() });
    expect(!details.ok && details.error).to.match(/^candidates: unreadable value/);
    const enrolment = createEnrolment(throwingSession, []);
    expect(!enrolment.ok && enrolment.error).to.equal('Invalid session: unreadable value (no id today)');
    expect(resolveCatalogue(trapping())).to.deep.equal({ ok: false, error: 'Malformed catalogue: unreadable value (trap)' });
  });

  it('a rejection or a moment that cannot be read is never an exception', () => {
    expect(describeFailure(trapping(), 'documents.failure')).to.deep.equal({ message: { key: 'documents.failure' } });
    expect(describeFailure(prototypeLess)).to.deep.equal({ text: 'sans prototype' });
    const before = Date.now();
    expect(toTimestamp(revoked() as Date)).to.be.at.least(before);
    expect(toTimestamp(trapping() as Date)).to.be.at.least(before);
    expect(toTimestamp(Object.create(Date.prototype) as Date)).to.be.at.least(before);
  });
});
