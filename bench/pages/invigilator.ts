// Timings of <pix-invigilator-space> with 200 candidates: a poll in which 10 candidates change,
// against a baseline that sets the whole list of 200 rows again with innerHTML (the same content:
// tags, name, birth date, times, the row's button), measured in the same page.
import '../../src/define/pix-invigilator-space.js';
import type { PixInvigilatorSpace } from '../../src/components/invigilator-space/invigilator-space.js';
import type { SupervisedCandidate } from '../../src/state/schemas.js';
import { benchSession } from './session.js';

const stage = document.querySelector('#stage')!;
const session = { ...benchSession, version: 3 as const, hasExpired: false };

const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Inès', 'Nathan', 'Sarah', 'Lucas', 'Emma', 'Jules', 'Zoé', 'Maël', 'Anaïs'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Robert', 'Girard', 'Moreau', 'Durand', 'Leroy', 'Roux', 'Lefèvre', 'Éluard'];
const START = new Date(2026, 10, 25, 9, 5).toISOString();
const END = new Date(2026, 10, 25, 10, 50).toISOString();

/** `count` candidates: a third waiting, a third doing the test, a third finished. */
const makeCandidates = (count: number): SupervisedCandidate[] =>
  Array.from({ length: count }, (_, index) => ({
    id: 1000 + index,
    userId: 5000 + index,
    firstName: FIRST_NAMES[index % FIRST_NAMES.length]!,
    lastName: `${LAST_NAMES[(index * 7) % LAST_NAMES.length]!}-${index}`,
    birthdate: `2010-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    authorizedToStart: index % 3 !== 0,
    assessmentStatus: index % 3 === 0 ? null : index % 3 === 1 ? 'started' : 'completed',
    startDateTime: index % 3 === 0 ? null : START,
    theoricalEndDateTime: index % 3 === 0 ? null : END,
    extraTimePercentage: index % 10 === 0 ? 0.3 : null,
  }));
const candidates = makeCandidates(200);

let pollNumber = 0;

/** The host's next poll: a new list (new objects, as JSON from the API), 10 candidates changed. */
function nextPoll(): SupervisedCandidate[] {
  pollNumber += 1;
  const next = candidates.map((candidate) => ({ ...candidate }));
  for (let change = 0; change < 10; change += 1) {
    const candidate = next[(pollNumber * 37 + change * 19) % next.length]!;
    if (candidate.assessmentStatus === null)
      Object.assign(candidate, { assessmentStatus: 'started', startDateTime: START, theoricalEndDateTime: END });
    else if (candidate.assessmentStatus === 'started')
      candidate.challengeLiveAlert = candidate.challengeLiveAlert ? null : { status: 'ongoing' };
    else candidate.authorizedToStart = !candidate.authorizedToStart;
  }
  return next;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const birthdate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The list as one HTML string, each row as the element shows it. */
function listMarkup(rows: readonly SupervisedCandidate[]): string {
  return `<ul>${rows
    .map((candidate) => {
      const name = `${escape(candidate.firstName)} ${escape(candidate.lastName)}`;
      const tag =
        candidate.assessmentStatus === 'started'
          ? '<p><span>En cours</span></p>'
          : candidate.assessmentStatus === 'completed'
            ? '<p><span>Terminé</span></p>'
            : '';
      const times =
        candidate.assessmentStatus === 'started' ? '<p><span>Début : 09:05</span> · <span>Fin théorique : 10:50</span></p>' : '';
      const action =
        candidate.assessmentStatus === null
          ? `<button type="button" aria-label="Confirmer la présence de l'élève ${name}">Confirmer la présence</button>`
          : candidate.assessmentStatus === 'started'
            ? `<div><button type="button" aria-haspopup="menu" aria-label="Afficher les options du candidat">⋮</button><ul role="menu" hidden><li role="none"><button role="menuitem">Autoriser la reprise du test</button></li><li role="none"><button role="menuitem">Terminer le test</button></li></ul></div>`
            : '';
      return `<li><div>${tag}<p>${escape(candidate.lastName)} ${escape(candidate.firstName)}</p><p><time>${birthdate(candidate.birthdate)}</time></p>${times}</div><div>${action}</div></li>`;
    })
    .join('')}</ul>`;
}

function settleLayout(): void {
  void (document.body as HTMLElement).offsetHeight;
}

async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

let space: PixInvigilatorSpace | undefined;

/**
 * Polls per scaling measure: one is too short for the timer (0.1 ms steps), and a poll of 10 or
 * 200 candidates takes under a millisecond, so 5 left the ratio to the timer's steps (×1.25 to
 * ×1.58 from one run to the next).
 */
const REPEAT = 20;
const scalingSpaces = new Map<number, { space: PixInvigilatorSpace; candidates: SupervisedCandidate[]; turn: number }>();

/** The host's poll with one candidate changed (new objects, as JSON from the API). */
function pollWithOneChange(list: readonly SupervisedCandidate[], turn: number): SupervisedCandidate[] {
  const next = list.map((candidate) => ({ ...candidate }));
  const changed = next[(turn * 7) % next.length]!;
  changed.authorizedToStart = !changed.authorizedToStart;
  return next;
}

const bench = {
  /** One poll in which one candidate changed, on a space of `size` candidates kept in its own part of the page. */
  async scalingPoll(size: number) {
    let entry = scalingSpaces.get(size);
    // Only the space measured is in the page; the other waits outside it, as drawn.
    if (entry && !entry.space.isConnected) {
      // Put back, then drawn before the timer starts (as the wizard's bench does): a poll, not a first layout, is measured.
      document.querySelector('#scaling')!.replaceChildren(entry.space);
      await entry.space.updateComplete;
      settleLayout();
    }
    if (!entry) {
      const space = document.createElement('pix-invigilator-space');
      space.session = session;
      space.candidates = makeCandidates(size);
      document.querySelector('#scaling')!.replaceChildren(space);
      await space.updateComplete;
      settleLayout();
      entry = { space, candidates: space.candidates, turn: 0 };
      scalingSpaces.set(size, entry);
    }
    let total = 0;
    for (let run = 0; run < REPEAT; run += 1) {
      entry.turn += 1;
      entry.candidates = pollWithOneChange(entry.candidates, entry.turn);
      const start = performance.now();
      entry.space.candidates = entry.candidates;
      await entry.space.updateComplete;
      settleLayout();
      total += performance.now() - start;
    }
    return total;
  },
  /** The host gives the next poll (10 of 200 candidates changed), until the screen is updated. */
  async invigilatorPoll() {
    if (!space?.isConnected) {
      stage.replaceChildren();
      space = document.createElement('pix-invigilator-space');
      space.session = session;
      space.candidates = candidates;
      stage.append(space);
      await space.updateComplete;
      settleLayout();
    }
    const element = space;
    const next = nextPoll();
    return time(async () => {
      element.candidates = next;
      await element.updateComplete;
      settleLayout();
    });
  },
  /** The baseline: the whole list of 200 rows set again with innerHTML. */
  async baselineListRender() {
    space = undefined;
    stage.replaceChildren();
    const host = document.createElement('div');
    stage.append(host);
    host.innerHTML = listMarkup(candidates);
    settleLayout();
    const next = nextPoll();
    const ms = await time(() => {
      host.innerHTML = listMarkup(next);
      settleLayout();
    });
    stage.replaceChildren();
    return ms;
  },
};

Object.assign(window, { bench, benchReady: true });
