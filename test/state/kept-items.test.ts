import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { KeptItemsLoader, loadInput, sameData } from '../../src/state/input.js';
import { reportsLoader } from '../../src/state/finalisation.js';
import { CertificationReportsSchema, type ValidCertificationReport } from '../../src/state/schemas.js';

const report = (id: number, overrides: Record<string, unknown> = {}) => ({
  certificationCourseId: id,
  firstName: 'Léa',
  lastName: 'Martin',
  isCompleted: true,
  hasSeenEndTestScreen: true,
  abortReason: null,
  issueReports: [{ category: 'OTHER', subcategory: null, description: 'Bruit', questionNumber: null }],
  ...overrides,
});

/** A fresh copy, as a host that parses the server's JSON again gives it. */
const fromJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('KeptItemsLoader (lists a host gives again and again)', () => {
  it('keeps a report given again with the same data as the same object, and checks a changed one again', () => {
    const loader = reportsLoader();
    const given = [report(1), report(2), report(3)];
    const first = loader.load(given);
    if (!first.ok) throw new Error(first.error);
    const changed = fromJson(given);
    changed[1]!.issueReports = [];
    const second = loader.load(changed);
    if (!second.ok) throw new Error(second.error);
    expect(second.value[0]).to.equal(first.value[0]);
    expect(second.value[2]).to.equal(first.value[2]);
    expect(second.value[1]).not.to.equal(first.value[1]);
    expect(second.value[1]!.issueReports).to.deep.equal([]);
  });

  it('compares with a copy of what was given: a host that changes its objects in place is seen', () => {
    const loader = reportsLoader();
    const given = [report(1), report(2)];
    const first = loader.load(given);
    if (!first.ok) throw new Error(first.error);
    given[0]!.firstName = 'Hugo';
    (given[1]!.issueReports[0] as Record<string, unknown>).questionNumber = 'sept';
    const second = loader.load(given);
    expect(second.ok).to.equal(false);
    expect(second.error).to.match(/^reports: 1\.issueReports\.0\.questionNumber/);
    given[1]!.issueReports = [];
    const third = loader.load(given);
    if (!third.ok) throw new Error(third.error);
    expect(third.value[0]!.firstName).to.equal('Hugo');
    expect(third.value[0]).not.to.equal(first.value[0]);
  });

  it('checks again an item whose data is not plain (a class with getters, a null-prototype object)', () => {
    class Report {
      constructor(private readonly name: string) {}
      get certificationCourseId() {
        return 1;
      }
      get firstName() {
        return this.name;
      }
      get lastName() {
        return 'Martin';
      }
      get isCompleted() {
        return true;
      }
      get issueReports() {
        return [];
      }
    }
    const loader = reportsLoader();
    const first = loader.load([new Report('Léa')]);
    if (!first.ok) throw new Error(first.error);
    const second = loader.load([new Report('Hugo')]);
    if (!second.ok) throw new Error(second.error);
    expect(second.value[0]!.firstName).to.equal('Hugo');
    expect(sameData(Object.assign(Object.create(null), { a: 1 }), { a: 1 })).to.equal(true);
    expect(sameData(new Report('Léa'), new Report('Léa')), 'class instances are never the same data').to.equal(false);
  });

  it('refuses a duplicate made of a kept item and a fresh one with the whole list error, and anything unreadable', () => {
    const loader = reportsLoader();
    expect(loader.load([report(1), report(2)]).ok).to.equal(true);
    const duplicate = loader.load([report(1), report(2, { certificationCourseId: 1, firstName: 'Hugo' })]);
    expect(duplicate.error).to.equal(loadInput(CertificationReportsSchema, [report(1), report(1, { firstName: 'Hugo' })], 'reports').error);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(loader.load(proxy).ok).to.equal(false);
    expect(loader.load(undefined)).to.deep.include({ ok: false, notSetYet: true });
    expect(loader.load('x').ok).to.equal(false);
  });

  it('refuses a duplicate whose id reads differently the second time (a getter), as checking the whole list does', () => {
    const loader = reportsLoader();
    expect(loader.load([report(1), report(2)]).ok).to.equal(true);
    // Read as 2 when the list is first looked through, then as 1 (the id of the other report).
    let reads = 0;
    const shifty = { ...report(2, { firstName: 'Hugo' }) } as Record<string, unknown>;
    Object.defineProperty(shifty, 'certificationCourseId', { enumerable: true, get: () => (++reads === 1 ? 2 : 1) });
    const loaded = loader.load([report(1), shifty]);
    expect(loaded.ok).to.equal(false);
    expect(loaded.error).to.equal(loadInput(CertificationReportsSchema, [report(1), report(1, { firstName: 'Hugo' })], 'reports').error);
  });

  it('gives, load after load, what checking every item would give (fast-check)', () => {
    const item = fc.record({
      certificationCourseId: fc.integer({ min: 1, max: 6 }),
      firstName: fc.constantFrom('Léa', 'Hugo', '', 7),
      lastName: fc.constant('Martin'),
      isCompleted: fc.boolean(),
      hasSeenEndTestScreen: fc.option(fc.boolean(), { nil: undefined }),
      issueReports: fc.array(
        fc.record({
          category: fc.constantFrom('OTHER', 'CONNECTION_OR_END_SCREEN', 'NOPE'),
          subcategory: fc.constant(null),
          description: fc.option(fc.constantFrom('Bruit', ''), { nil: null }),
          questionNumber: fc.constant(null),
        }),
        { maxLength: 2 },
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), (lists) => {
        const loader = new KeptItemsLoader<ValidCertificationReport>(CertificationReportsSchema, 'reports', (value) =>
          typeof value === 'object' && value !== null ? (value as { certificationCourseId?: unknown }).certificationCourseId : undefined,
        );
        for (const list of lists) {
          const kept = loader.load(fromJson(list));
          const whole = loadInput(CertificationReportsSchema, fromJson(list), 'reports');
          expect(kept.ok).to.equal(whole.ok);
          if (kept.ok) expect(kept.value).to.deep.equal(whole.value);
          else expect(kept.error).to.equal(whole.error);
        }
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('follows a list changed a little at a time: each load as a full check, and the same items again are the same objects (fast-check)', () => {
    type Given = Record<string, unknown>;
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('drop' as const),
        at: fc.nat(9),
        key: fc.constantFrom('hasSeenEndTestScreen', 'abortReason', 'issueReports'),
      }),
      fc.record({
        kind: fc.constant('set' as const),
        at: fc.nat(9),
        key: fc.constantFrom('hasSeenEndTestScreen', 'abortReason', 'firstName', 'extra'),
        value: fc.constantFrom<unknown>(true, false, 'candidate', null, 'Zoé', 3, [1]),
      }),
      fc.record({ kind: fc.constant('issue' as const), at: fc.nat(9) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(9) }),
      fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('reverse' as const) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(edit, { maxLength: 15 }), (size, edits) => {
        const loader = reportsLoader();
        let list: Given[] = Array.from({ length: size }, (_, index) =>
          report(index + 1, { isCompleted: index % 2 === 0, abortReason: index % 2 ? 'technical' : null }),
        );
        const check = () => {
          const kept = loader.load(fromJson(list));
          const whole = loadInput(CertificationReportsSchema, fromJson(list), 'reports');
          expect(kept.ok).to.equal(whole.ok);
          if (!kept.ok || !whole.ok) return;
          expect(kept.value).to.deep.equal(whole.value);
          const again = loader.load(fromJson(list));
          expect(again.ok && again.value.every((item, index) => item === kept.value[index]), 'the same items, the same objects').to.equal(
            true,
          );
        };
        check();
        for (const change of edits) {
          list = fromJson(list);
          const target = list.length > 0 && 'at' in change ? list[change.at % list.length]! : undefined;
          if (change.kind === 'drop' && target) delete target[change.key];
          if (change.kind === 'set' && target) target[change.key] = change.value;
          if (change.kind === 'issue' && target)
            target['issueReports'] = [
              ...((target['issueReports'] as unknown[]) ?? []),
              { category: 'OTHER', subcategory: null, description: 'Porte', questionNumber: null },
            ];
          if (change.kind === 'remove' && list.length > 0) list.splice((change as { at: number }).at % list.length, 1);
          if (change.kind === 'add') list.push(report(change.id));
          if (change.kind === 'reverse') list.reverse();
          check();
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
