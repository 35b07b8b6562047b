import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FILTER_DEBOUNCE_MS,
  NO_FILTERS,
  SESSION_DELETE_ERROR_CODES,
  SESSION_LIST_DEFAULT_PAGE_SIZE,
  SESSION_LIST_PAGE_SIZES,
  canDeleteSession,
  compareMostRecentFirst,
  dateFilterOf,
  describeSessionDeleteFailure,
  filterSessions,
  hasFilters,
  listChangeDetail,
  loadSessionListFilters,
  loadSessionSummaries,
  loadTotal,
  matchesFilters,
  pageOfSessions,
  sameFilters,
  serverPage,
  sessionIdFilterOf,
  sessionListPageSizeOf,
  sessionStatusLabelKey,
  showsEmptyState,
  sortMostRecentFirst,
  statusFilterOf,
  withoutSession,
} from '../../src/state/session-list.js';
import { HandoverTimeoutError } from '../../src/state/handover.js';
import { translate } from '../../src/state/messages.js';
import { pageSizeAmong } from '../../src/state/paging.js';
import { SESSION_STATUSES, type SessionSummary, type ValidSessionSummary } from '../../src/state/schemas.js';

function summary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: 1,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2026-01-12',
    time: '09:00',
    examiner: 'Paul Éluard',
    enrolledCandidatesCount: 3,
    effectiveCandidatesCount: 0,
    status: 'created',
    ...overrides,
  };
}

function loaded(items: SessionSummary[]): ValidSessionSummary[] {
  const result = loadSessionSummaries(items);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('session list: reading what a host gives', () => {
  it('takes a list of sessions; undefined is not set yet, not bad input', () => {
    expect(loadSessionSummaries([summary()]).ok).to.equal(true);
    const notYet = loadSessionSummaries(undefined);
    expect(notYet.ok).to.equal(false);
    expect(notYet.ok === false && notYet.notSetYet).to.equal(true);
  });

  it('drops the seconds of a time given as Pix gives it (HH:mm:ss)', () => {
    expect(loaded([summary({ time: '14:30:00' })])[0]!.time).to.equal('14:30');
  });

  it('refuses bad input with a reason naming it', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /sessions/],
      [[summary({ id: 0 })], /sessions: 0\.id/],
      [[summary({ date: '2026-02-30' })], /date/],
      [[summary({ time: '25:00' })], /time/],
      [[summary({ status: 'started' as never })], /status/],
      [[summary({ enrolledCandidatesCount: -1 })], /enrolledCandidatesCount/],
      [[summary({ effectiveCandidatesCount: 1.5 })], /effectiveCandidatesCount/],
      [[summary(), summary()], /Duplicate session id/],
    ];
    for (const [value, reason] of cases) {
      const result = loadSessionSummaries(value);
      expect(result.ok, JSON.stringify(value)).to.equal(false);
      expect(result.ok === false && result.error).to.match(reason);
    }
  });

  it('restores filters: absent means none, each field may be left out, bad ones are refused', () => {
    expect(loadSessionListFilters(undefined)).to.deep.equal({ ok: true, value: NO_FILTERS });
    expect(loadSessionListFilters(null)).to.deep.equal({ ok: true, value: NO_FILTERS });
    expect(loadSessionListFilters({ status: 'finalized' })).to.deep.equal({
      ok: true,
      value: { sessionId: null, status: 'finalized', startDate: null, endDate: null },
    });
    expect(loadSessionListFilters({ status: 'in_process' }).ok).to.equal(false);
    expect(loadSessionListFilters({ sessionId: '12' }).ok).to.equal(false);
    expect(loadSessionListFilters({ startDate: '12/01/2026' }).ok).to.equal(false);
  });

  it('takes a total of 0 or more, else the number of sessions given', () => {
    expect(loadTotal(undefined, 7)).to.deep.equal({ ok: true, value: 7 });
    expect(loadTotal(10000, 25)).to.deep.equal({ ok: true, value: 10000 });
    for (const bad of [-1, 2.5, Number.NaN, '10']) expect(loadTotal(bad, 3).ok, String(bad)).to.equal(false);
  });
});

describe('session list: most recent first', () => {
  it('sorts by date and time descending, then id descending', () => {
    const sessions = loaded([
      summary({ id: 1, date: '2026-01-12', time: '09:00' }),
      summary({ id: 2, date: '2026-03-01', time: '08:00' }),
      summary({ id: 3, date: '2026-01-12', time: '14:00' }),
      summary({ id: 4, date: '2026-01-12', time: '09:00' }),
      summary({ id: 5, date: '2025-12-31', time: '23:59' }),
    ]);
    expect(sortMostRecentFirst(sessions).map((session) => session.id)).to.deep.equal([2, 3, 4, 1, 5]);
    expect(sessions.map((session) => session.id)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('is a total order whatever the sessions (property)', () => {
    const arbitrary = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 10000 }),
        date: fc.constantFrom('2025-01-01', '2025-06-15', '2026-01-12'),
        time: fc.constantFrom('08:00', '09:30', '14:00'),
      }),
      { selector: (item) => item.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (items) => {
        const sorted = sortMostRecentFirst(loaded(items.map((item) => summary(item))));
        for (let index = 1; index < sorted.length; index += 1) {
          expect(compareMostRecentFirst(sorted[index - 1]!, sorted[index]!)).to.be.lessThan(0);
        }
      }),
    );
  });
});

describe('session list: filters', () => {
  const sessions = loaded([
    summary({ id: 10, date: '2026-01-10', status: 'created' }),
    summary({ id: 11, date: '2026-01-11', status: 'finalized' }),
    summary({ id: 12, date: '2026-01-12', status: 'in_process' }),
    summary({ id: 13, date: '2026-01-13', status: 'processed' }),
    summary({ id: 113, date: '2026-01-14', status: 'created' }),
  ]);
  const ids = (filters: Partial<typeof NO_FILTERS>) => filterSessions(sessions, { ...NO_FILTERS, ...filters }).map((session) => session.id);

  it('"ID de session" is an exact match', () => {
    expect(ids({ sessionId: 13 })).to.deep.equal([13]);
    expect(ids({ sessionId: 1 })).to.deep.equal([]);
  });

  it('"Finalisée" matches finalized and in_process; each other status itself', () => {
    expect(ids({ status: 'finalized' })).to.deep.equal([11, 12]);
    expect(ids({ status: 'created' })).to.deep.equal([10, 113]);
    expect(ids({ status: 'processed' })).to.deep.equal([13]);
  });

  it('the dates are inclusive', () => {
    expect(ids({ startDate: '2026-01-11', endDate: '2026-01-13' })).to.deep.equal([11, 12, 13]);
    expect(ids({ startDate: '2026-01-14' })).to.deep.equal([113]);
    expect(ids({ endDate: '2026-01-10' })).to.deep.equal([10]);
    expect(ids({ startDate: '2026-01-13', endDate: '2026-01-11' })).to.deep.equal([]);
  });

  it('combines every filter set; none set gives the same list back', () => {
    expect(ids({ status: 'created', startDate: '2026-01-11' })).to.deep.equal([113]);
    expect(filterSessions(sessions, NO_FILTERS)).to.equal(sessions);
    expect(matchesFilters(sessions[0]!, NO_FILTERS)).to.equal(true);
  });

  it('knows when a filter is set, and when two sets of filters are the same', () => {
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    for (const key of ['sessionId', 'status', 'startDate', 'endDate'] as const) {
      const value = { sessionId: 1, status: 'created', startDate: '2026-01-01', endDate: '2026-01-01' }[key];
      const filters = { ...NO_FILTERS, [key]: value };
      expect(hasFilters(filters), key).to.equal(true);
      expect(sameFilters(filters, NO_FILTERS), key).to.equal(false);
      expect(sameFilters(filters, { ...filters })).to.equal(true);
    }
  });

  it('reads the fields: a whole number, a status or "all", a real date; anything else is no filter', () => {
    expect(sessionIdFilterOf(' 42 ')).to.equal(42);
    expect(sessionIdFilterOf('0')).to.equal(0);
    for (const text of ['', ' ', '4.2', '-3', 'abc', '1e3', '99999999999999999999']) expect(sessionIdFilterOf(text), text).to.equal(null);
    expect(statusFilterOf('all')).to.equal(null);
    expect(statusFilterOf('in_process')).to.equal(null);
    for (const status of ['created', 'finalized', 'processed'] as const) expect(statusFilterOf(status)).to.equal(status);
    expect(dateFilterOf('2026-01-12')).to.equal('2026-01-12');
    expect(dateFilterOf('')).to.equal(null);
    expect(dateFilterOf('2026-02-30')).to.equal(null);
  });

  it('typed filters wait 300 ms', () => {
    expect(FILTER_DEBOUNCE_MS).to.equal(300);
  });
});

describe('session list: status labels', () => {
  it('created "Créée", finalized and in_process "Finalisée", processed "Résultats transmis par Pix", in both languages', () => {
    const labels = (lang: 'fr' | 'en') => SESSION_STATUSES.map((status) => translate(sessionStatusLabelKey(status), {}, lang));
    expect(labels('fr')).to.deep.equal(['Créée', 'Finalisée', 'Finalisée', 'Résultats transmis par Pix']);
    expect(labels('en')).to.deep.equal(['Created', 'Finalised', 'Finalised', 'Results transmitted by Pix']);
  });
});

describe('session list: pages', () => {
  const many = loaded(Array.from({ length: 60 }, (_, index) => summary({ id: index + 1 })));

  it('offers 10, 25, 50 and 100 rows, 25 by default', () => {
    expect([...SESSION_LIST_PAGE_SIZES]).to.deep.equal([10, 25, 50, 100]);
    expect(SESSION_LIST_DEFAULT_PAGE_SIZE).to.equal(25);
    expect(sessionListPageSizeOf('50')).to.equal(50);
    expect(sessionListPageSizeOf(10)).to.equal(10);
    for (const bad of [undefined, null, 0, 30, '', 'ten', 25.5]) expect(sessionListPageSizeOf(bad), String(bad)).to.equal(25);
    expect(pageSizeAmong(7, [7], 1)).to.equal(7);
  });

  it('gives the rows of a page, numbered from 1, and brings the page within range', () => {
    const third = pageOfSessions(many, 3, 25);
    expect(third).to.include({ total: 60, page: 3, pages: 3, start: 51, end: 60 });
    expect(third.rows.map((session) => session.id)).to.deep.equal(many.slice(50).map((session) => session.id));
    expect(pageOfSessions(many, 9, 25).page).to.equal(3);
    expect(pageOfSessions(many, 0, 25).page).to.equal(1);
    expect(pageOfSessions([], 1, 25)).to.include({ total: 0, page: 1, pages: 1, start: 0, end: 0 });
  });

  it('with server paging, shows the rows as given and places them with the total', () => {
    const rows = many.slice(0, 10);
    expect(serverPage(rows, 10000, 2, 10)).to.include({ rows, total: 10000, page: 2, pages: 1000, start: 11, end: 20 });
    expect(serverPage([], 0, 1, 25)).to.include({ total: 0, pages: 1, start: 0, end: 0 });
  });

  it('shows the empty state with no session and no filter only', () => {
    expect(showsEmptyState(0, NO_FILTERS)).to.equal(true);
    expect(showsEmptyState(0, { ...NO_FILTERS, status: 'created' })).to.equal(false);
    expect(showsEmptyState(1, NO_FILTERS)).to.equal(false);
  });

  it('builds the detail of pix-list-change as a copy', () => {
    const filters = { ...NO_FILTERS, sessionId: 3 };
    const detail = listChangeDetail(filters, 2, 50);
    expect(detail).to.deep.equal({ filters, page: 2, pageSize: 50 });
    expect(detail.filters).not.to.equal(filters);
  });
});

describe('session list: deleting', () => {
  it('refuses once a candidate has joined', () => {
    const [open, joined] = loaded([summary({ id: 1 }), summary({ id: 2, effectiveCandidatesCount: 1 })]);
    expect(canDeleteSession(open!)).to.equal(true);
    expect(canDeleteSession(joined!)).to.equal(false);
    expect(withoutSession([open!, joined!], 1)).to.deep.equal([joined]);
  });

  it('maps 404, 409 and their codes to § 2.4, and everything else by the rule of every hand-over', () => {
    const key = (rejection: unknown) => describeSessionDeleteFailure(rejection).message?.key;
    expect(key({ status: 404 })).to.equal('sessionDelete.notFound');
    expect(key({ status: 409, message: 'Conflict' })).to.equal('sessionDelete.started');
    expect(key({ code: SESSION_DELETE_ERROR_CODES[0] })).to.equal('sessionDelete.notFound');
    expect(key({ code: SESSION_DELETE_ERROR_CODES[1] })).to.equal('sessionDelete.started');
    expect(key({ status: 500 })).to.equal('sessionDelete.generic');
    expect(key({ code: '404' })).to.equal('sessionDelete.generic');
    expect(key(undefined)).to.equal('sessionDelete.generic');
    expect(key(new HandoverTimeoutError(10))).to.equal('handover.timeout');
    expect(describeSessionDeleteFailure({ status: 500, message: 'Panne du serveur' })).to.deep.equal({ text: 'Panne du serveur' });
  });

  it('has the texts of § 2.4 in French and English', () => {
    expect(translate('sessionDelete.notFound')).to.equal("La session que vous tentez de supprimer n'existe pas.");
    expect(translate('sessionDelete.started')).to.equal('La session a déjà commencé.');
    expect(translate('sessionDelete.generic')).to.equal("Une erreur s'est produite lors de la suppression de la session.");
    expect(translate('sessionDelete.notFound', {}, 'en')).to.equal('The session you are trying to delete doesn’t exist.');
    expect(translate('sessionDelete.started', {}, 'en')).to.equal('The session has already begun.');
    expect(translate('sessionDelete.generic', {}, 'en')).to.equal('An error has occured during the session’s deletion.');
  });
});
