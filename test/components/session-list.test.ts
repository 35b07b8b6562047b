import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-session-list.js';
import '../../src/define/pix-certif-context.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import type { PixNavigateEvent } from '../../src/events/navigate-events.js';
import type { PixListChangeEvent, PixSessionDeleteEvent } from '../../src/events/session-list-events.js';
import type { SessionSummary } from '../../src/state/schemas.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, record, selectOption, text } from '../helpers/dom.js';
import { deferred } from '../helpers/handover.js';

function summary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: 1,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    date: '2026-01-12',
    time: '09:00',
    examiner: 'Paul Éluard',
    enrolledCandidatesCount: 0,
    effectiveCandidatesCount: 0,
    status: 'created',
    ...overrides,
  };
}

/** Four sessions given in no particular order: 12 can be deleted (3 enrolled), 13 has started. */
const sessions: SessionSummary[] = [
  summary({ id: 11, date: '2026-01-10', time: '14:00:00', status: 'finalized', enrolledCandidatesCount: 20, effectiveCandidatesCount: 19 }),
  summary({ id: 13, date: '2026-02-03', time: '08:30', status: 'in_process', enrolledCandidatesCount: 1, effectiveCandidatesCount: 1 }),
  summary({ id: 12, date: '2026-03-20', time: '10:00', room: 'CDI', examiner: 'Mme Durand', enrolledCandidatesCount: 3 }),
  summary({
    id: 10,
    date: '2025-12-01',
    time: '09:00',
    status: 'processed',
    enrolledCandidatesCount: 1500,
    effectiveCandidatesCount: 1200,
  }),
];

function many(count: number): SessionSummary[] {
  return Array.from({ length: count }, (_, index) =>
    summary({ id: index + 1, date: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`, time: '09:00' }),
  );
}

async function list(
  input: { sessions?: unknown; filters?: unknown } = {},
  attributes: { pageSize?: number; serverPaging?: boolean; total?: number; timeout?: number; lang?: string } = {},
): Promise<PixSessionList> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attributes.lang ?? 'fr'}>
    <pix-session-list
      .sessions=${'sessions' in input ? input.sessions : sessions}
      .filters=${input.filters}
      page-size=${attributes.pageSize ?? 25}
      ?server-paging=${attributes.serverPaging ?? false}
      .total=${attributes.total}
      timeout=${attributes.timeout ?? 30000}
    ></pix-session-list>
  </div>`);
  const element = wrapper.querySelector('pix-session-list')!;
  await element.updateComplete;
  return element;
}

function cells(element: PixSessionList): string[][] {
  return $$(element, 'tbody tr').map((row) => [...row.children].map((cell) => text(cell)));
}

function ids(element: PixSessionList): number[] {
  return $$(element, 'tbody tr a.number').map((link) => Number(text(link)));
}

function headers(element: PixSessionList): string[] {
  return $$(element, 'thead th').map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

async function settle(element: PixSessionList): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

const NO_FILTERS = { sessionId: null, status: null, startDate: null, endDate: null };

describe('<pix-session-list>: texts', () => {
  it('shows the title, "Créer une session", the filters, the ten columns and the rows in French, most recent first', async () => {
    const element = await list();
    expect(text($(element, 'h1'))).to.equal('Sessions de certification');
    expect(text(button(element, 'Créer une session'))).to.equal('Créer une session');
    expect($(element, 'form.filters').getAttribute('aria-label')).to.equal('Filtres sur la liste des sessions');
    expect(text($(element, '.filters__title'))).to.equal('Filtres');
    expect(byLabel(element, 'ID de session')).to.have.property('type', 'number');
    expect(byLabel(element, 'Date de début')).to.have.property('type', 'date');
    expect(byLabel(element, 'Date de fin')).to.have.property('type', 'date');
    const status = byLabel(element, 'Statut') as HTMLSelectElement;
    expect([...status.options].map((option) => [option.value, text(option)])).to.deep.equal([
      ['all', 'Tous'],
      ['created', 'Créée'],
      ['finalized', 'Finalisée'],
      ['processed', 'Résultats transmis par Pix'],
    ]);
    expect(status.value).to.equal('all');
    expect($$(element, '.clear-filters')).to.have.length(0);
    expect(text($(element, 'caption'))).to.equal(
      "Tableau listant les sessions du centre de certification. Il comporte le nom et la salle du site où va se passer la certification, l'identifiant unique, le statut, la date et l'heure de la session, le nom du surveillant, le nombre de candidats inscrits à cette session, les certifications passées et l'action de pouvoir supprimer cette session.",
    );
    expect($(element, 'caption').classList.contains('visually-hidden')).to.equal(true);
    expect(headers(element)).to.deep.equal([
      'N° de session',
      'Nom du site',
      'Salle',
      'Date',
      'Heure',
      'Surveillant(s)',
      'Candidats inscrits',
      'Certifications passées',
      'Statut',
      'Actions',
    ]);
    expect($(element, 'thead th:last-child span').classList.contains('visually-hidden')).to.equal(true);
    expect(cells(element)).to.deep.equal([
      ['12', 'Collège Anne Frank', 'CDI', '20/03/2026', '10:00', 'Mme Durand', '3', '0', 'Créée', ''],
      ['13', 'Collège Anne Frank', 'Salle 208', '03/02/2026', '08:30', 'Paul Éluard', '1', '1', 'Finalisée', ''],
      ['11', 'Collège Anne Frank', 'Salle 208', '10/01/2026', '14:00', 'Paul Éluard', '20', '19', 'Finalisée', ''],
      ['10', 'Collège Anne Frank', 'Salle 208', '01/12/2025', '09:00', 'Paul Éluard', '1 500', '1 200', 'Résultats transmis par Pix', ''],
    ]);
    // Grouped the French way, with a narrow no-break space.
    expect($$(element, 'tbody tr')[3]!.querySelector('.count')!.textContent).to.equal('1\u202f500');
    expect($(element, 'a.number').getAttribute('aria-label')).to.equal('Session 12');
    expect(button(element, 'Supprimer la session 12')).to.exist;
    expect(text($(element, '.paging__count'))).to.equal('4 éléments');
    expect(text($(element, '.paging__page'))).to.equal('Page 1 / 1');
    expect(text($(element, '.paging__size'))).to.match(/^Voir/);
    expect(byLabel(element, "Nombre d'élément à afficher par page")).to.have.property('value', '25');
    expect($(element, '[data-move="previous"]').getAttribute('aria-label')).to.equal('Aller à la page précédente');
    expect($(element, '[data-move="next"]').getAttribute('aria-label')).to.equal('Aller à la page suivante');
    expect($(element, 'nav.paging').getAttribute('aria-label')).to.equal('Pagination');
    await expectAccessible(element);
  });

  it('speaks English under lang="en", and follows a change of language live', async () => {
    const element = await list({}, { lang: 'en' });
    expect(text($(element, 'h1'))).to.equal('Certification sessions');
    expect(button(element, 'Create a session')).to.exist;
    expect($(element, 'form.filters').getAttribute('aria-label')).to.equal('Filters on the sessions list');
    expect(text($(element, '.filters__title'))).to.equal('Filters');
    for (const label of ['Session ID', 'Status', 'Start date', 'End date']) expect(byLabel(element, label)).to.exist;
    expect([...(byLabel(element, 'Status') as HTMLSelectElement).options].map((option) => text(option))).to.deep.equal([
      'All',
      'Created',
      'Finalised',
      'Results transmitted by Pix',
    ]);
    expect(text($(element, 'caption'))).to.equal(
      'Table listing the sessions of the certification centre. It includes the name and the room of the site where the certification will take place, the unique identifier, the status, the date and time of the session, the name of the invigilator, the number of candidates registered for this session, the certifications passed and the action of being able to delete this session.',
    );
    expect(headers(element)).to.deep.equal([
      'Session No.',
      'Location name',
      'Room',
      'Date',
      'Time',
      'Invigilator(s)',
      'Signed up candidates',
      'Certifications taken',
      'Status',
      'Actions',
    ]);
    expect(cells(element)[3]!.slice(6, 9)).to.deep.equal(['1,500', '1,200', 'Results transmitted by Pix']);
    expect(button(element, 'Delete the session 12')).to.exist;
    expect(text($(element, '.paging__count'))).to.equal('4 items');
    expect(text($(element, '.paging__size'))).to.match(/^See/);
    expect(byLabel(element, 'Select the number of items by page')).to.exist;
    expect($(element, '[data-move="previous"]').getAttribute('aria-label')).to.equal('Go to previous page');
    expect($(element, '[data-move="next"]').getAttribute('aria-label')).to.equal('Go to next page');
    $(element, '.tooltip')!.dispatchEvent(new MouseEvent('mouseenter'));
    await element.updateComplete;
    expect(text($(element, '[role="tooltip"]:not([hidden])'))).to.equal(
      'At least one candidate has joined the session, you can’t delete it.',
    );
    await expectAccessible(element);

    element.parentElement!.setAttribute('lang', 'fr');
    await aTimeout(0);
    await element.updateComplete;
    expect(text($(element, 'h1'))).to.equal('Sessions de certification');
  });

  it('shows the empty state with no session and no filter, in French and English', async () => {
    const element = await list({ sessions: [] });
    expect(text($(element, 'h1'))).to.equal('Créer ma première session de certification');
    expect(text(button(element, 'Créer une session'))).to.equal('Créer une session');
    expect($$(element, 'table, form.filters, nav.paging')).to.have.length(0);
    await expectAccessible(element);
    const english = await list({ sessions: [] }, { lang: 'en' });
    expect(text($(english, 'h1'))).to.equal('Create my first certification session');
    expect(button(english, 'Create a session')).to.exist;
  });

  it('says "Aucune session trouvée" / "No session found" when the filters let nothing through', async () => {
    const element = await list({ filters: { sessionId: 99 } });
    expect(text($(element, '.no-result'))).to.equal('Aucune session trouvée');
    expect($$(element, 'table, nav.paging')).to.have.length(0);
    expect(text($(element, '.clear-filters'))).to.equal('Effacer les filtres');
    await expectAccessible(element);
    const english = await list({ sessions: [], filters: { status: 'created' } }, { lang: 'en' });
    expect(text($(english, '.no-result'))).to.equal('No session found');
    expect(text($(english, '.clear-filters'))).to.equal('Clear filters');
  });
});

describe('<pix-session-list>: filters', () => {
  it('"ID de session" typed on the keyboard applies 300 ms after the last key, as an exact match', async () => {
    const element = await list();
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    const field = byLabel(element, 'ID de session');
    // When each key reached the field, and how long after the last one each change came. The
    // event's own time: this listener runs after the element's, and a pause between the two (a
    // garbage collection on a busy machine) made a change look 18 ms early.
    let lastKey = 0;
    let changesBeforeLastKey = 0;
    let longestGap = 0;
    let keyTimesFromThisClock = true;
    field.addEventListener('input', (event) => {
      const now = event.timeStamp;
      keyTimesFromThisClock &&= now > 0 && Math.abs(performance.now() - now) < 1000;
      if (lastKey > 0) longestGap = Math.max(longestGap, now - lastKey);
      lastKey = now;
      changesBeforeLastKey = changes.length;
    });
    const waits: number[] = [];
    element.addEventListener('pix-list-change', () => waits.push(performance.now() - lastKey));
    field.focus();
    await sendKeys({ type: '1' });
    await aTimeout(150);
    await sendKeys({ type: '3' });
    if (performance.now() - lastKey < 250) {
      // Less than 300 ms since the last key: nothing yet for it.
      expect(changes).to.have.length(changesBeforeLastKey);
      expect(ids(element)).not.to.deep.equal([13]);
    }
    // A busy machine may run the timer late: wait for the change rather than a fixed time.
    await waitUntil(() => changes.at(-1)?.detail.filters.sessionId === 13, 'the change for 13', { timeout: 5000 });
    await settle(element);
    expect(changes.at(-1)!.detail).to.deep.equal({ filters: { ...NO_FILTERS, sessionId: 13 }, page: 1, pageSize: 25 });
    expect(keyTimesFromThisClock, "the events' times count from the page's start, as performance.now()").to.equal(true);
    expect(Math.min(...waits), 'each change waited 300 ms after the last key').to.be.at.least(290);
    // Keys less than 300 ms apart make one change (a busy machine or WebDriver may type them
    // slower, each then applying).
    if (longestGap < 280) expect(changes).to.have.length(1);
    expect(ids(element)).to.deep.equal([13]);
    expect(text($(element, '.clear-filters'))).to.equal('Effacer les filtres');
    await expectAccessible(element);

    // Emptied: every session again, sessionId null.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => changes.at(-1)?.detail.filters.sessionId === null, 'the change for an empty field', { timeout: 5000 });
    await settle(element);
    expect(changes.at(-1)!.detail.filters).to.deep.equal(NO_FILTERS);
    expect(ids(element)).to.deep.equal([12, 13, 11, 10]);
  });

  it('the status applies at once, by keyboard and by mouse; "Finalisée" matches finalized and in_process', async () => {
    const element = await list();
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    const status = byLabel(element, 'Statut') as HTMLSelectElement;
    status.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(status.value).to.equal('created');
    expect(changes.map((event) => event.detail.filters.status)).to.deep.equal(['created']);
    expect(ids(element)).to.deep.equal([12]);

    selectOption(status, 'finalized');
    await settle(element);
    expect(changes.at(-1)!.detail).to.deep.equal({ filters: { ...NO_FILTERS, status: 'finalized' }, page: 1, pageSize: 25 });
    expect(ids(element)).to.deep.equal([13, 11]);

    selectOption(status, 'all');
    await settle(element);
    expect(changes.at(-1)!.detail.filters.status).to.equal(null);
    expect(ids(element)).to.deep.equal([12, 13, 11, 10]);
    expect(changes).to.have.length(3);
  });

  it('the dates are inclusive and wait 300 ms; "Effacer les filtres" clears every filter at once and puts focus on the first', async () => {
    const element = await list();
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    const start = byLabel(element, 'Date de début') as HTMLInputElement;
    const end = byLabel(element, 'Date de fin') as HTMLInputElement;
    start.value = '2026-01-10';
    start.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    end.value = '2026-02-03';
    end.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await aTimeout(100);
    expect(changes).to.have.length(0);
    await waitUntil(() => changes.length > 0, 'the change, 300 ms after the last input', { timeout: 5000 });
    await settle(element);
    expect(changes.map((event) => event.detail.filters)).to.deep.equal([{ ...NO_FILTERS, startDate: '2026-01-10', endDate: '2026-02-03' }]);
    expect(ids(element)).to.deep.equal([13, 11]);

    button(element, 'Effacer les filtres').click();
    await settle(element);
    expect(changes.at(-1)!.detail).to.deep.equal({ filters: NO_FILTERS, page: 1, pageSize: 25 });
    expect(start.value).to.equal('');
    expect(end.value).to.equal('');
    expect($$(element, '.clear-filters')).to.have.length(0);
    expectFocus(byLabel(element, 'ID de session'), 'after clearing');
    expect(ids(element)).to.deep.equal([12, 13, 11, 10]);
  });

  it('"Effacer les filtres" works from the keyboard too', async () => {
    const element = await list({ filters: { status: 'processed', sessionId: 10 } });
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    button(element, 'Effacer les filtres').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(changes.map((event) => event.detail.filters)).to.deep.equal([NO_FILTERS]);
    expect((byLabel(element, 'Statut') as HTMLSelectElement).value).to.equal('all');
    expect((byLabel(element, 'ID de session') as HTMLInputElement).value).to.equal('');
  });

  it('does not fire pix-list-change on first render, nor when the host sets .filters; .filters restores the fields and gives the filters in force', async () => {
    const element = await list();
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    await aTimeout(350);
    element.filters = { status: 'finalized', startDate: '2026-01-01', sessionId: 11 };
    await settle(element);
    await aTimeout(350);
    expect(changes).to.have.length(0);
    expect((byLabel(element, 'Statut') as HTMLSelectElement).value).to.equal('finalized');
    expect((byLabel(element, 'ID de session') as HTMLInputElement).value).to.equal('11');
    expect((byLabel(element, 'Date de début') as HTMLInputElement).value).to.equal('2026-01-01');
    expect(ids(element)).to.deep.equal([11]);
    expect(element.filters).to.deep.equal({ sessionId: 11, status: 'finalized', startDate: '2026-01-01', endDate: null });

    // Choosing the same status again, or typing back to the same id, is no change.
    selectOption(byLabel(element, 'Statut') as HTMLSelectElement, 'finalized');
    await settle(element);
    expect(changes).to.have.length(0);
  });
});

describe('<pix-session-list>: pages', () => {
  it('shows 25 rows by default, moves by mouse and by keyboard, and says where it is', async () => {
    const element = await list({ sessions: many(60) });
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    expect($$(element, 'tbody tr')).to.have.length(25);
    expect(text($(element, '.paging__count'))).to.equal('1-25 sur 60 éléments');
    expect(text($(element, '.paging__page'))).to.equal('Page 1 / 3');
    const previous = $(element, '[data-move="previous"]');
    const next = $(element, '[data-move="next"]');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.click();
    await settle(element);
    expect(changes).to.have.length(0);

    next.click();
    await settle(element);
    expect(changes.map((event) => event.detail)).to.deep.equal([{ filters: NO_FILTERS, page: 2, pageSize: 25 }]);
    expect(text($(element, '.paging__count'))).to.equal('26-50 sur 60 éléments');
    expect(text($(element, '.paging__page'))).to.equal('Page 2 / 3');

    next.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(changes.at(-1)!.detail.page).to.equal(3);
    expect($$(element, 'tbody tr')).to.have.length(10);
    expect(text($(element, '.paging__count'))).to.equal('51-60 sur 60 éléments');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expectFocus(next, 'the button stays focused');
    await expectAccessible(element);

    // A filter goes back to page 1.
    selectOption(byLabel(element, 'Statut') as HTMLSelectElement, 'created');
    await settle(element);
    expect(changes.at(-1)!.detail).to.deep.equal({ filters: { ...NO_FILTERS, status: 'created' }, page: 1, pageSize: 25 });
    expect(text($(element, '.paging__page'))).to.equal('Page 1 / 3');
  });

  it('offers 10, 25, 50 and 100 rows per page; a new size goes back to page 1', async () => {
    const element = await list({ sessions: many(120) });
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    const size = byLabel(element, "Nombre d'élément à afficher par page") as HTMLSelectElement;
    expect([...size.options].map((option) => option.value)).to.deep.equal(['10', '25', '50', '100']);
    $(element, '[data-move="next"]').click();
    await settle(element);
    for (const [value, rows, count] of [
      ['10', 10, '1-10 sur 120 éléments'],
      ['50', 50, '1-50 sur 120 éléments'],
      ['100', 100, '1-100 sur 120 éléments'],
      ['25', 25, '1-25 sur 120 éléments'],
    ] as const) {
      selectOption(size, value);
      await settle(element);
      expect($$(element, 'tbody tr'), value).to.have.length(rows);
      expect(text($(element, '.paging__count'))).to.equal(count);
      expect(changes.at(-1)!.detail).to.deep.equal({ filters: NO_FILTERS, page: 1, pageSize: Number(value) });
    }
    expect(changes).to.have.length(5);
  });

  it('takes page-size 10, 25, 50 or 100 from the host, else 25', async () => {
    expect($$(await list({ sessions: many(60) }, { pageSize: 50 }), 'tbody tr')).to.have.length(50);
    expect($$(await list({ sessions: many(60) }, { pageSize: 10 }), 'tbody tr')).to.have.length(10);
    expect($$(await list({ sessions: many(60) }, { pageSize: 30 }), 'tbody tr')).to.have.length(25);
  });

  it('with server-paging and total, shows the rows as given and groups numbers the French way', async () => {
    const page = many(25).reverse();
    const element = await list({ sessions: page }, { serverPaging: true, total: 10000 });
    const changes = record<PixListChangeEvent>(element, 'pix-list-change');
    expect(ids(element)).to.deep.equal(page.map((session) => session.id));
    expect($(element, '.paging__count').textContent!.trim()).to.equal('1-25 sur 10\u202f000 éléments');
    expect(text($(element, '.paging__page'))).to.equal('Page 1 / 400');
    $(element, '[data-move="next"]').click();
    await settle(element);
    expect(changes.map((event) => event.detail)).to.deep.equal([{ filters: NO_FILTERS, page: 2, pageSize: 25 }]);
    // The host has not answered yet: the rows stay as given; the status filter is the host's to apply.
    selectOption(byLabel(element, 'Statut') as HTMLSelectElement, 'processed');
    await settle(element);
    expect(changes.at(-1)!.detail).to.deep.equal({ filters: { ...NO_FILTERS, status: 'processed' }, page: 1, pageSize: 25 });
    expect(ids(element)).to.deep.equal(page.map((session) => session.id));

    const english = await list({ sessions: page }, { serverPaging: true, total: 10000, lang: 'en' });
    expect(text($(english, '.paging__count'))).to.equal('1-25 of 10,000 items');
    expect(text($(english, '.paging__page'))).to.equal('Page 1 / 400');
  });

  it('with server-paging, a total of 0 and no filter is the empty state; with a filter, "Aucune session trouvée"', async () => {
    const empty = await list({ sessions: [] }, { serverPaging: true, total: 0 });
    expect(text($(empty, 'h1'))).to.equal('Créer ma première session de certification');
    const filtered = await list({ sessions: [], filters: { status: 'processed' } }, { serverPaging: true, total: 0 });
    expect(text($(filtered, '.no-result'))).to.equal('Aucune session trouvée');
  });
});

describe('<pix-session-list>: navigation', () => {
  it('"Créer une session" asks for the creation', async () => {
    const element = await list();
    const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
    button(element, 'Créer une session').click();
    expect(navigations.map((event) => event.detail)).to.deep.equal([{ to: 'session-create', sessionId: null }]);
    expect(navigations[0]!.bubbles && navigations[0]!.composed).to.equal(true);
    const empty = await list({ sessions: [] });
    const fromEmpty = record<PixNavigateEvent>(empty, 'pix-navigate');
    button(empty, 'Créer une session').click();
    expect(fromEmpty.map((event) => event.detail)).to.deep.equal([{ to: 'session-create', sessionId: null }]);
  });

  it("a session's number (mouse or keyboard) and a click on its row lead to its details, once", async () => {
    const element = await list();
    const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
    const link = $(element, 'a.number');
    expect(link.getAttribute('href')).to.equal('#session-12');
    link.click();
    expect(navigations.map((event) => event.detail)).to.deep.equal([{ to: 'session-details', sessionId: 12 }]);
    expect(location.hash).not.to.equal('#session-12');

    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(navigations.at(-1)!.detail).to.deep.equal({ to: 'session-details', sessionId: 12 });

    $$(element, 'tbody tr')[2]!.querySelector('td')!.click();
    expect(navigations.at(-1)!.detail).to.deep.equal({ to: 'session-details', sessionId: 11 });
    expect(navigations).to.have.length(3);
  });

  it('links to the host page a details-href names', async () => {
    const element = await list();
    element.detailsHref = '/sessions/{id}';
    await element.updateComplete;
    expect($(element, 'a.number').getAttribute('href')).to.equal('/sessions/12');
  });

  it('takes a details-href that is not text (a Symbol, an object) as none: the default link, nothing thrown', async () => {
    const element = await list();
    for (const value of [Symbol('href'), { toString: () => '/x/{id}' }, null, '']) {
      element.detailsHref = value as never;
      await element.updateComplete;
      expect($(element, 'a.number').getAttribute('href'), String(typeof value)).to.equal('#session-12');
    }
    element.detailsHref = '/sessions/{id}';
    await element.updateComplete;
    expect($(element, 'a.number').getAttribute('href')).to.equal('/sessions/12');
  });
});

describe('<pix-session-list>: deleting a session', () => {
  it('is refused once a candidate has joined: aria-disabled, with its tooltip on focus and hover, hidden by Escape', async () => {
    const element = await list();
    const deletions = record(element, 'pix-session-delete');
    const navigations = record(element, 'pix-navigate');
    const refused = button(element, 'Supprimer la session 13');
    expect(refused.getAttribute('aria-disabled')).to.equal('true');
    expect(refused.disabled).to.equal(false);
    const tip = $(element, `#${refused.getAttribute('aria-describedby')}`);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent!.trim()).to.equal('Au moins un candidat a rejoint la session, vous ne pouvez pas la supprimer.');
    expect(tip.hidden).to.equal(true);

    // By keyboard: Tab reaches it, the tooltip shows, Escape hides it.
    button(element, 'Supprimer la session 12').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expectFocus(refused, 'Tab reaches the refused button');
    await element.updateComplete;
    expect(tip.hidden).to.equal(false);
    await expectAccessible(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(tip.hidden).to.equal(true);
    expectFocus(refused, 'Escape keeps focus');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    refused.blur();
    await element.updateComplete;

    // By mouse: hover shows it, leaving hides it (after a moment to reach the tooltip); a click does nothing.
    refused.parentElement!.dispatchEvent(new MouseEvent('mouseenter'));
    await element.updateComplete;
    expect(tip.hidden).to.equal(false);
    refused.parentElement!.dispatchEvent(new MouseEvent('mouseleave'));
    await element.updateComplete;
    expect(tip.hidden, 'a moment to reach the tooltip').to.equal(false);
    await waitUntil(() => tip.hidden, 'the tooltip hides once left', { timeout: 5000 });
    refused.click();
    await element.updateComplete;
    expect(($(element, 'dialog') as HTMLDialogElement).open).to.equal(false);
    expect(deletions).to.have.length(0);
    expect(navigations).to.have.length(0);
  });

  it('asks first: the confirmation with the enrolled candidates and the warning, focus on "Annuler", which closes it', async () => {
    const element = await list();
    const deletions = record(element, 'pix-session-delete');
    const navigations = record(element, 'pix-navigate');
    const opener = button(element, 'Supprimer la session 12');
    opener.click();
    await settle(element);
    const dialog = $(element, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(navigations).to.have.length(0);
    expect(text($(element, '#delete-title'))).to.equal('Supprimer la session');
    expect(text($(element, '#delete-text'))).to.equal('Souhaitez-vous supprimer la session 12 ? 3 candidats sont inscrits à cette session');
    expect(text($(element, '#delete-text strong'))).to.equal('12');
    expect(text($(element, 'dialog .alert--warning'))).to.equal('Attention, cette action est irréversible.');
    const cancel = button(element, 'Annuler la suppression de la session');
    expect(text(cancel)).to.equal('Annuler');
    expect(text(button(element, 'Supprimer la session'))).to.equal('Supprimer');
    expectFocus(cancel, 'initial focus');
    await expectAccessible(element);

    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(dialog.open).to.equal(false);
    expect(deletions).to.have.length(0);
    expectFocus(opener, 'back on the opener');
  });

  it('says "1 candidat est inscrit", and nothing when none is, in French and English', async () => {
    const element = await list({ sessions: [summary({ id: 5, enrolledCandidatesCount: 1 }), summary({ id: 6, date: '2026-01-01' })] });
    button(element, 'Supprimer la session 5').click();
    await settle(element);
    expect(text($(element, '#delete-text'))).to.equal('Souhaitez-vous supprimer la session 5 ? 1 candidat est inscrit à cette session');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    button(element, 'Supprimer la session 6').click();
    await settle(element);
    expect(text($(element, '#delete-text'))).to.equal('Souhaitez-vous supprimer la session 6 ?');

    const english = await list({}, { lang: 'en' });
    button(english, 'Delete the session 12').click();
    await settle(english);
    expect(text($(english, '#delete-title'))).to.equal('Delete the session');
    expect(text($(english, '#delete-text'))).to.equal('Do you want to delete the session 12 ? 3 candidates are enrolled in this session');
    expect(text($(english, 'dialog .alert--warning'))).to.equal('Warning, this action is irreversible.');
    expect(text(button(english, "Cancel the session's deletion."))).to.equal('Cancel');
    expect(text(button(english, 'Delete the session'))).to.equal('Delete');
  });

  it('hands the deletion over once confirmed: "Envoi en cours…", buttons inert, Escape ignored; success removes the row and says so', async () => {
    const element = await list();
    const answer = deferred();
    const deletions = record<PixSessionDeleteEvent>(element, 'pix-session-delete');
    element.addEventListener('pix-session-delete', (event) => event.respondWith(answer.promise));
    button(element, 'Supprimer la session 12').click();
    await settle(element);
    const dialog = $(element, 'dialog') as HTMLDialogElement;
    button(element, 'Supprimer la session').click();
    await settle(element);
    expect(deletions.map((event) => event.detail)).to.deep.equal([{ sessionId: 12 }]);
    expect(deletions[0]!.bubbles && deletions[0]!.composed).to.equal(true);
    expect(text($(element, 'dialog .sending'))).to.equal('Envoi en cours…');
    expect($$(element, 'dialog button').every((item) => (item as HTMLButtonElement).disabled)).to.equal(true);
    expectFocus($(element, 'dialog .sending'), 'focus waits on the sending line');
    await expectAccessible(element);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(dialog.open).to.equal(true);

    answer.resolve();
    await aTimeout(0);
    await settle(element);
    expect(dialog.open).to.equal(false);
    expect(ids(element)).to.deep.equal([13, 11, 10]);
    const outcome = $(element, '.outcome');
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.equal('La session a été supprimée avec succès.');
    expectFocus(outcome, 'the outcome');
    expect(text($(element, '.paging__count'))).to.equal('3 éléments');
    expect(deletions).to.have.length(1);
    await expectAccessible(element);
  });

  it('counts as accepted when no listener answers, and says so in English', async () => {
    const element = await list({}, { lang: 'en' });
    button(element, 'Delete the session 12').click();
    await settle(element);
    const deleted = oneEvent(element, 'pix-session-delete');
    button(element, 'Delete the session').click();
    await deleted;
    await aTimeout(0);
    await settle(element);
    expect(text($(element, '.outcome'))).to.equal('The session has been successfully deleted.');
    expect(ids(element)).to.deep.equal([13, 11, 10]);
  });

  it('deleting the last session shows the empty state, with the outcome focused', async () => {
    const element = await list({ sessions: [summary({ id: 7 })] });
    button(element, 'Supprimer la session 7').click();
    await settle(element);
    button(element, 'Supprimer la session').click();
    await aTimeout(0);
    await settle(element);
    expect(text($(element, 'h1'))).to.equal('Créer ma première session de certification');
    expectFocus($(element, '.outcome'), 'the outcome');
    await expectAccessible(element);
  });

  const refusals: Array<[string, unknown, string, string]> = [
    [
      '404',
      { status: 404 },
      "La session que vous tentez de supprimer n'existe pas.",
      'The session you are trying to delete doesn’t exist.',
    ],
    ['409', { status: 409, message: 'Conflict' }, 'La session a déjà commencé.', 'The session has already begun.'],
    [
      'anything else',
      { status: 500 },
      "Une erreur s'est produite lors de la suppression de la session.",
      'An error has occured during the session’s deletion.',
    ],
  ];
  for (const [name, rejection, french, english] of refusals) {
    it(`shows the § 2.4 message of a refusal (${name}) in an alert that takes focus, and keeps the row`, async () => {
      for (const [lang, expected] of [
        ['fr', french],
        ['en', english],
      ] as const) {
        const element = await list({}, { lang });
        element.addEventListener('pix-session-delete', (event) => event.respondWith(Promise.reject(rejection)));
        $(element, 'button.delete[data-session="12"]').click();
        await settle(element);
        $(element, 'dialog .confirm').click();
        await aTimeout(0);
        await settle(element);
        expect(($(element, 'dialog') as HTMLDialogElement).open).to.equal(false);
        const outcome = $(element, '.outcome');
        expect(outcome.getAttribute('role')).to.equal('alert');
        expect(text(outcome)).to.equal(expected);
        expectFocus(outcome, 'the alert');
        expect(ids(element)).to.deep.equal([12, 13, 11, 10]);
        await expectAccessible(element);
      }
    });
  }

  it('counts a host that does not answer within `timeout` as a failure', async () => {
    const element = await list({}, { timeout: 50 });
    element.addEventListener('pix-session-delete', (event) => event.respondWith(new Promise(() => undefined)));
    button(element, 'Supprimer la session 12').click();
    await settle(element);
    button(element, 'Supprimer la session').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.outcome'), 'the outcome after 50 ms', { timeout: 5000 });
    await settle(element);
    expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
    expect(ids(element)).to.include(12);
  });

  it('a new deletion takes the previous outcome away', async () => {
    const element = await list();
    element.addEventListener('pix-session-delete', (event) => event.respondWith(Promise.reject({ status: 409 })));
    button(element, 'Supprimer la session 12').click();
    await settle(element);
    button(element, 'Supprimer la session').click();
    await aTimeout(0);
    await settle(element);
    expect($$(element, '.outcome')).to.have.length(1);
    button(element, 'Supprimer la session 12').click();
    await settle(element);
    expect($$(element, '.outcome')).to.have.length(0);
  });
});

describe('<pix-session-list>: editions', () => {
  it('shows the same list in both editions (own attribute or context); an unknown edition is bad input', async () => {
    const plain = await list();
    const wrapper = await fixture<HTMLElement>(html`<pix-certif-context edition="current" lang="fr">
      <pix-session-list .sessions=${sessions}></pix-session-list>
    </pix-certif-context>`);
    const inContext = wrapper.querySelector('pix-session-list')!;
    await inContext.updateComplete;
    expect(cells(inContext)).to.deep.equal(cells(plain));
    expect(headers(inContext)).to.deep.equal(headers(plain));
    expect(text($(inContext, 'h1'))).to.equal('Sessions de certification');

    const original = console.error;
    const errors: unknown[] = [];
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      plain.setAttribute('edition', '2030');
      await plain.updateComplete;
      expect($(plain, '[role="alert"]').textContent).to.contain('edition');
      plain.setAttribute('edition', 'current');
      await plain.updateComplete;
      expect(cells(plain)).to.deep.equal(cells(inContext));
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });
});

describe('<pix-session-list>: input', () => {
  it('waits quietly while the sessions are not set yet', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await list({ sessions: undefined });
      expect($(element, '.not-set-yet').getAttribute('aria-busy')).to.equal('true');
      expect($$(element, '[role="alert"]')).to.have.length(0);
      element.sessions = sessions;
      await element.updateComplete;
      expect(ids(element)).to.deep.equal([12, 13, 11, 10]);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });

  it('shows an error state naming bad input, logged once', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await list({ sessions: [summary({ status: 'started' as never })] });
      expect($(element, '[role="alert"]').textContent).to.contain('sessions: 0.status');
      element.requestUpdate();
      await element.updateComplete;
      await expectAccessible(element);
      const filters = await list({ filters: { status: 'in_process' } });
      expect($(filters, '[role="alert"]').textContent).to.contain('filters: status');
      const total = await list({}, { serverPaging: true, total: -1 });
      expect($(total, '[role="alert"]').textContent).to.contain('total');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(3);
  });
});
