// Timings of <pix-session-list> with 10,000 sessions, against baselines that put a table of all
// 10,000 rows (the same ten columns) in the page with innerHTML, measured in the same page. Each
// function returns milliseconds.
import '../../src/define/pix-session-list.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import type { SessionSummary } from '../../src/state/schemas.js';

const stage = document.querySelector('#stage')!;

const STATUSES = ['created', 'finalized', 'in_process', 'processed'] as const;
const STATUS_LABELS = { created: 'Créée', finalized: 'Finalisée', in_process: 'Finalisée', processed: 'Résultats transmis par Pix' };
const EXAMINERS = ['Paul Éluard', 'Mme Durand', 'M. Martin', 'Mme Leroy'];

/** `count` sessions over several years, given in no particular order; one in five with nobody joined yet. */
function makeSessions(count: number): SessionSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const shuffled = (index * 7919) % count;
    const day = new Date(Date.UTC(2020, 0, 1) + shuffled * 6 * 3600 * 1000);
    return {
      id: 100000 + shuffled,
      address: `Lycée ${['Jean Moulin', 'Victor Hugo', 'Marie Curie'][index % 3]}`,
      room: `Salle ${100 + (index % 40)}`,
      date: day.toISOString().slice(0, 10),
      time: `${String(8 + (index % 9)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`,
      examiner: EXAMINERS[index % EXAMINERS.length]!,
      enrolledCandidatesCount: 10 + (index % 25),
      effectiveCandidatesCount: index % 5 === 0 ? 0 : 10 + (index % 20),
      status: STATUSES[index % STATUSES.length]!,
    };
  });
}

const sessions = makeSessions(10000);
// The baseline shows the same order as the element (most recent first), sorted once beforehand.
const sorted = [...sessions].sort((left, right) =>
  left.date !== right.date
    ? left.date < right.date
      ? 1
      : -1
    : left.time !== right.time
      ? left.time < right.time
        ? 1
        : -1
      : right.id - left.id,
);

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The sessions' table as one HTML string: every row given, no paging. */
function tableMarkup(rows: readonly SessionSummary[]): string {
  return `<table><caption>Tableau listant les sessions du centre de certification.</caption><thead><tr><th scope="col">N° de session</th><th scope="col">Nom du site</th><th scope="col">Salle</th><th scope="col">Date</th><th scope="col">Heure</th><th scope="col">Surveillant(s)</th><th scope="col">Candidats inscrits</th><th scope="col">Certifications passées</th><th scope="col">Statut</th><th scope="col">Actions</th></tr></thead><tbody>${rows
    .map(
      (session) =>
        `<tr><th scope="row"><a href="#session-${session.id}" aria-label="Session ${session.id}">${session.id}</a></th><td>${escape(session.address)}</td><td>${escape(session.room)}</td><td>${day(session.date)}</td><td>${session.time}</td><td>${escape(session.examiner)}</td><td>${session.enrolledCandidatesCount}</td><td>${session.effectiveCandidatesCount}</td><td>${STATUS_LABELS[session.status]}</td><td><button type="button" aria-label="Supprimer la session ${session.id}"${session.effectiveCandidatesCount > 0 ? ' aria-disabled="true"' : ''}>×</button></td></tr>`,
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

async function renderList(): Promise<PixSessionList> {
  const list = document.createElement('pix-session-list');
  list.sessions = sessions;
  stage.append(list);
  await list.updateComplete;
  settleLayout();
  return list;
}

let filterList: PixSessionList | undefined;
let filterIndex = 0;
const FILTERS = ['created', 'finalized', 'processed'];

/** Interactions per scaling measure: one is too short for the timer (0.1 ms steps). */
const REPEAT = 5;
const scalingLists = new Map<string, { list: PixSessionList; turn: number }>();

/** A list of `size` sessions, 10 rows a page, drawn once and kept in its own part of the page. */
async function scalingList(size: number, use: string): Promise<{ list: PixSessionList; turn: number }> {
  const existing = scalingLists.get(`${use}:${size}`);
  if (existing) {
    // Only the list measured is in the page; the other waits outside it, as drawn.
    if (!existing.list.isConnected) document.querySelector('#scaling')!.replaceChildren(existing.list);
    settleLayout();
    return existing;
  }
  const list = document.createElement('pix-session-list');
  list.sessions = size === sessions.length ? sessions : makeSessions(size);
  list.pageSize = 10;
  document.querySelector('#scaling')!.replaceChildren(list);
  await list.updateComplete;
  settleLayout();
  const entry = { list, turn: 0 };
  scalingLists.set(`${use}:${size}`, entry);
  return entry;
}

async function scalingTimed(
  size: number,
  use: string,
  interaction: (list: PixSessionList, turn: number) => Promise<void>,
): Promise<number> {
  const entry = await scalingList(size, use);
  let total = 0;
  for (let run = 0; run < REPEAT; run += 1) {
    entry.turn += 1;
    const start = performance.now();
    await interaction(entry.list, entry.turn);
    settleLayout();
    total += performance.now() - start;
  }
  return total;
}

const TYPED = ['1', '10', '100', '10', '1', ''];

const bench = {
  /** A keystroke in "N° de session", with the filter it applies (the 300 ms pause skipped). */
  listFilterKeystroke: (size: number) =>
    scalingTimed(size, 'filter', async (list, turn) => {
      const input = list.shadowRoot!.querySelector<HTMLInputElement>('#filter-session-id')!;
      input.value = TYPED[turn % TYPED.length]!;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      (list as unknown as { flushTyping(): void }).flushTyping();
      await list.updateComplete;
    }),
  /** "Page suivante", then "Page précédente" the next time. */
  listPageChange: (size: number) =>
    scalingTimed(size, 'page', async (list, turn) => {
      const [previous, next] = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.paging__controls button');
      (turn % 2 ? next : previous)!.click();
      await list.updateComplete;
    }),
  /** The element with 10,000 sessions, from creation to its first screen laid out. */
  async listFirstRender() {
    filterList = undefined;
    clear();
    const ms = await time(() => renderList());
    clear();
    return ms;
  },
  async baselineFirstRender() {
    filterList = undefined;
    clear();
    const ms = await time(() => {
      stage.innerHTML = tableMarkup(sorted);
      settleLayout();
    });
    clear();
    return ms;
  },
  /** A person chooses a status in "Statut" (another each run), until the screen is updated. */
  async listStatusChange() {
    if (!filterList?.isConnected) {
      clear();
      filterList = await renderList();
    }
    const list = filterList;
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-status')!;
    filterIndex = (filterIndex + 1) % FILTERS.length;
    const ms = await time(async () => {
      select.value = FILTERS[filterIndex]!;
      select.dispatchEvent(new Event('change'));
      await list.updateComplete;
      settleLayout();
    });
    // Back to "Tous", outside the timing.
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    return ms;
  },
  /** The baseline the budget uses: the table of all 10,000 rows set again with innerHTML. */
  async baselineStatusChange() {
    filterList = undefined;
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
};

Object.assign(window, { bench, benchReady: true });
