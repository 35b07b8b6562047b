import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-session-details.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import type { SessionIdDetail } from '../../src/events/session-events.js';
import type { Candidate, CertificationReport, Session } from '../../src/state/schemas.js';
import {
  canEditSession,
  canRequestFinalisation,
  createSessionDetails,
  formatSessionDate,
  sortCandidates,
} from '../../src/state/session-details.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, focused, record, recordAll, shiftTab, text } from '../helpers/dom.js';

/** Within 48 hours of session 296's start (2020-12-14 12:00). */
const NOW_296 = '2020-12-14T15:00';

// The guide's three candidates of session 296, given out of order.
const candidates296: Candidate[] = [
  { id: 3, lastName: 'Lovelace', firstName: 'Ada', birthdate: '2005-12-10', division: '3B' },
  { id: 1, lastName: 'Bernier', firstName: 'Faye', birthdate: '2006-03-05', division: '3A' },
  { id: 2, lastName: 'DOE', firstName: 'Jane', birthdate: '2005-07-21', division: null },
];
const started296 = candidates296.map((candidate) => ({ ...candidate, hasStarted: candidate.id === 1 }));

interface Inputs {
  session?: unknown;
  candidates?: unknown;
  reports?: unknown;
  now?: string | number;
  lang?: string;
  headingLevel?: number;
  tab?: string;
}

async function details(inputs: Inputs = {}): Promise<PixSessionDetails> {
  const given = { session: session296.session, candidates: candidates296, now: NOW_296, ...inputs };
  const page = html`<pix-session-details
    .session=${given.session}
    .candidates=${given.candidates}
    .reports=${given.reports}
    now=${given.now}
    heading-level=${given.headingLevel ?? 1}
    tab=${given.tab ?? 'details'}
  ></pix-session-details>`;
  if (given.lang) {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${given.lang}>${page}</div>`);
    const element = wrapper.querySelector('pix-session-details')!;
    await element.updateComplete;
    return element;
  }
  const element = await fixture<PixSessionDetails>(page);
  await element.updateComplete;
  return element;
}

function tabs(element: PixSessionDetails): HTMLElement[] {
  return $$(element, '[role="tab"]');
}

function tab(element: PixSessionDetails, name: string | RegExp): HTMLElement {
  const found = tabs(element).find((item) => (typeof name === 'string' ? text(item) === name : name.test(text(item))));
  if (!found)
    throw new Error(
      `No tab "${name}": ${tabs(element)
        .map((item) => text(item))
        .join(' | ')}`,
    );
  return found;
}

function panel(element: PixSessionDetails, tabElement: HTMLElement): HTMLElement {
  return $(element, `#${tabElement.getAttribute('aria-controls')!}`);
}

/** The session's fields as a person reads them: label → value. */
function fields(element: PixSessionDetails): Array<[string, string]> {
  return $$(element, '.fields > div').map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))]);
}

function rows(element: PixSessionDetails): string[][] {
  const table = $(element, 'table') as HTMLTableElement;
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => text(cell)));
}

function hasButton(element: PixSessionDetails, name: string): boolean {
  return $$(element, 'button').some((item) => text(item) === name);
}

/**
 * What has focus, as a short description: comparing elements themselves makes a failing
 * assertion serialise the whole page, which crashes the browser instead of failing.
 */
function where(element: Element | null): string {
  if (!element) return 'nothing';
  return `${element.localName}${element.id ? `#${element.id}` : ''} "${text(element).slice(0, 40)}"`;
}

function expectFocusOn(target: Element): void {
  expect(where(focused())).to.equal(where(target));
  expect(focused() === target).to.equal(true);
}

async function click(element: PixSessionDetails, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

async function press(element: PixSessionDetails, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

const FINALISED_MESSAGE = 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.';
const REMINDER = 'Pour rappel, la finalisation de la session doit se faire dans les 48 h suivant la fin de la session.';
const PASSED = 'Le délai de 48 h pour finaliser cette session est dépassé.';

describe('<pix-session-details>', () => {
  describe('header', () => {
    it('shows "Session {id}", "Télécharger le PV", the date written out in French, the start time and the status', async () => {
      const element = await details();
      expect(text($(element, 'h1'))).to.equal('Session 296');
      expect(text($(element, '.when'))).to.equal('Date : lundi 14 déc. 2020 | Heure de début (heure locale) : 12:00');
      expect($(element, '.when time').getAttribute('datetime')).to.equal('2020-12-14');
      expect(text($(element, '.status'))).to.equal('Statut : Créée');
      expect(button(element, 'Télécharger le PV').type).to.equal('button');
      await expectAccessible(element);
    });

    it('emits pix-attendance-sheet-download with the session id on "Télécharger le PV"', async () => {
      const element = await details();
      const events = record<CustomEvent<SessionIdDetail>>(element, 'pix-attendance-sheet-download');
      const outside = record<CustomEvent<SessionIdDetail>>(document, 'pix-attendance-sheet-download');
      await click(element, button(element, 'Télécharger le PV'));
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 296 }]);
      expect(outside).to.have.length(1);
      expect(events[0]!.composed).to.equal(true);
    });

    it('writes the date of another day in French from its local calendar day', async () => {
      const element = await details({ session: { ...session296.session, date: '2021-01-01', time: '00:00' }, now: '2021-01-01T01:00' });
      expect(text($(element, '.when'))).to.equal('Date : vendredi 1 janv. 2021 | Heure de début (heure locale) : 00:00');
    });

    it('uses the heading level it is given', async () => {
      const element = await details({ headingLevel: 3 });
      expect(element.shadowRoot!.querySelector('h1')).to.equal(null);
      expect(text($(element, 'h3'))).to.equal('Session 296');
    });
  });

  describe('tabs', () => {
    it('is an accessible tab list "Détails" / "Candidats (N)" with Détails selected first', async () => {
      const element = await details();
      const list = $(element, '[role="tablist"]');
      expect(list.getAttribute('aria-label')).to.equal('Informations de la session');
      expect(tabs(element).map((item) => text(item))).to.deep.equal(['Détails', 'Candidats (3)']);
      const [detailsTab, candidatesTab] = tabs(element) as [HTMLElement, HTMLElement];
      expect(detailsTab.getAttribute('aria-selected')).to.equal('true');
      expect(candidatesTab.getAttribute('aria-selected')).to.equal('false');
      expect(detailsTab.tabIndex).to.equal(0);
      expect(candidatesTab.tabIndex).to.equal(-1);
      const detailsPanel = panel(element, detailsTab);
      const candidatesPanel = panel(element, candidatesTab);
      expect(detailsPanel.getAttribute('role')).to.equal('tabpanel');
      expect(detailsPanel.getAttribute('aria-labelledby')).to.equal(detailsTab.id);
      expect(candidatesPanel.getAttribute('aria-labelledby')).to.equal(candidatesTab.id);
      expect(detailsPanel.hidden).to.equal(false);
      expect(candidatesPanel.hidden).to.equal(true);
      await expectAccessible(element);
    });

    it('counts the candidates in the tab name', async () => {
      expect(text(tab(await details({ candidates: [] }), /^Candidats/))).to.equal('Candidats (0)');
      expect(text(tab(await details({ candidates: [candidates296[0]] }), /^Candidats/))).to.equal('Candidats (1)');
      expect(text(tab(await details({ candidates: undefined }), /^Candidats/))).to.equal('Candidats (0)');
    });

    it('shows the candidates when "Candidats (3)" is clicked, and the details again with "Détails"', async () => {
      const element = await details();
      await click(element, tab(element, 'Candidats (3)'));
      expect(tab(element, 'Candidats (3)').getAttribute('aria-selected')).to.equal('true');
      expect(tab(element, 'Candidats (3)').tabIndex).to.equal(0);
      expect(tab(element, 'Détails').tabIndex).to.equal(-1);
      expect(panel(element, tab(element, 'Candidats (3)')).hidden).to.equal(false);
      expect(panel(element, tab(element, 'Détails')).hidden).to.equal(true);
      expect(element.getAttribute('tab')).to.equal('candidates');
      await expectAccessible(element);
      await click(element, tab(element, 'Détails'));
      expect(panel(element, tab(element, 'Détails')).hidden).to.equal(false);
      expect(element.tab).to.equal('details');
    });

    it('moves and activates with ArrowRight, ArrowLeft (both wrapping), Home and End', async () => {
      const element = await details();
      tab(element, 'Détails').focus();
      await press(element, 'ArrowRight');
      expectFocusOn(tab(element, 'Candidats (3)'));
      expect(element.tab).to.equal('candidates');
      expect(panel(element, tab(element, 'Candidats (3)')).hidden).to.equal(false);
      await press(element, 'ArrowRight');
      expectFocusOn(tab(element, 'Détails'));
      expect(element.tab).to.equal('details');
      await press(element, 'ArrowLeft');
      expectFocusOn(tab(element, 'Candidats (3)'));
      expect(element.tab).to.equal('candidates');
      await press(element, 'ArrowLeft');
      expectFocusOn(tab(element, 'Détails'));
      await press(element, 'End');
      expectFocusOn(tab(element, 'Candidats (3)'));
      expect(element.tab).to.equal('candidates');
      await press(element, 'Home');
      expectFocusOn(tab(element, 'Détails'));
      expect(element.tab).to.equal('details');
    });

    it('is one Tab stop: Tab goes from the selected tab to its panel, Shift+Tab back', async () => {
      const element = await details();
      button(element, 'Télécharger le PV').focus();
      await press(element, 'Tab');
      expectFocusOn(tab(element, 'Détails'));
      await press(element, 'ArrowRight');
      await press(element, 'Tab');
      expectFocusOn(panel(element, tab(element, 'Candidats (3)')));
      await shiftTab();
      expectFocusOn(tab(element, 'Candidats (3)'));
      await shiftTab();
      expectFocusOn(button(element, 'Télécharger le PV'));
    });

    it('opens on the tab given by the tab attribute, and on Détails for an unknown one', async () => {
      const element = await details({ tab: 'candidates' });
      expect(panel(element, tab(element, 'Candidats (3)')).hidden).to.equal(false);
      const other = await details({ tab: 'nope' });
      expect(tab(other, 'Détails').getAttribute('aria-selected')).to.equal('true');
      expect(panel(other, tab(other, 'Détails')).hidden).to.equal(false);
    });
  });

  describe('Détails', () => {
    it('lists the fields of the spec, the centre when given and "Observations"', async () => {
      const element = await details({ session: { ...session296.session, description: 'Deux élèves en tiers temps.\nSalle au 2e étage.' } });
      expect(fields(element)).to.deep.equal([
        ['ID session', '296'],
        ['Nom du centre', 'Collège Anne Frank'],
        ['Nom du site', 'Collège Anne Frank'],
        ['Salle', 'Salle 208'],
        ['Surveillant(s)', 'Paul Eluard'],
        ["Code d'accès", 'VRRJ30'],
        ['Observations', 'Deux élèves en tiers temps. Salle au 2e étage.'],
      ]);
      // The line break is kept on screen (innerText of such text differs between engines).
      const description = $(element, '.description');
      expect(description.textContent).to.contain('\n');
      expect(getComputedStyle(description).whiteSpace).to.be.oneOf(['pre-line', 'pre-wrap']);
      await expectAccessible(element);
    });

    it('says "Aucune observation" when there is none, and leaves out the centre when not given', async () => {
      const { certificationCenterName: _, ...withoutCentre } = session296.session;
      const element = await details({ session: withoutCentre });
      expect(fields(element).map(([label]) => label)).to.not.include('Nom du centre');
      expect(fields(element).at(-1)).to.deep.equal(['Observations', 'Aucune observation']);
      const blank = await details({ session: { ...session296.session, description: '   ' } });
      expect(fields(blank).at(-1)).to.deep.equal(['Observations', 'Aucune observation']);
    });
  });

  describe('buttons', () => {
    it('offers "Modifier" while nobody has started, not "Finaliser la session", and emits pix-session-edit', async () => {
      const element = await details();
      expect(hasButton(element, 'Modifier')).to.equal(true);
      expect(hasButton(element, 'Finaliser la session')).to.equal(false);
      const events = record<CustomEvent<SessionIdDetail>>(element, 'pix-session-edit');
      await click(element, button(element, 'Modifier'));
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 296 }]);
      expect(events[0]!.bubbles).to.equal(true);
      await expectAccessible(element);
    });

    it('offers "Finaliser la session" once a certification report exists, without "Modifier", and emits pix-session-finalise-request', async () => {
      const element = await details({ reports: session296.reports });
      expect(hasButton(element, 'Modifier')).to.equal(false);
      expect(hasButton(element, 'Finaliser la session')).to.equal(true);
      const events = record<CustomEvent<SessionIdDetail>>(element, 'pix-session-finalise-request');
      await click(element, button(element, 'Finaliser la session'));
      expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 296 }]);
      await expectAccessible(element);
    });

    it('counts a candidate flagged hasStarted as a start, without reports', async () => {
      const element = await details({ candidates: started296 });
      expect(hasButton(element, 'Modifier')).to.equal(false);
      expect(hasButton(element, 'Finaliser la session')).to.equal(true);
    });

    it('follows the host: the buttons change when reports arrive', async () => {
      const element = await details();
      element.reports = session296.reports;
      await element.updateComplete;
      expect(hasButton(element, 'Modifier')).to.equal(false);
      expect(hasButton(element, 'Finaliser la session')).to.equal(true);
      element.reports = [];
      await element.updateComplete;
      expect(hasButton(element, 'Modifier')).to.equal(true);
    });

    for (const status of ['finalized', 'in_process', 'processed'] as const) {
      it(`shows a ${status} session's status and the spec's message, and neither button`, async () => {
        const element = await details({ session: { ...session296.session, status }, reports: session296.reports });
        const label = status === 'processed' ? 'Résultats transmis par Pix' : 'Finalisée';
        expect(text($(element, '.status'))).to.equal(`Statut : ${label}`);
        expect(text($(element, '.finalised'))).to.equal(FINALISED_MESSAGE);
        expect(hasButton(element, 'Modifier')).to.equal(false);
        expect(hasButton(element, 'Finaliser la session')).to.equal(false);
        expect(element.shadowRoot!.querySelector('.actions')).to.equal(null);
        expect(hasButton(element, 'Télécharger le PV')).to.equal(true);
        await expectAccessible(element);
      });
    }

    it('shows neither button for a finalised session nobody started', async () => {
      const element = await details({ session: { ...session296.session, status: 'finalized' } });
      expect(hasButton(element, 'Modifier')).to.equal(false);
      expect(hasButton(element, 'Finaliser la session')).to.equal(false);
    });

    it('keeps focus on the page when the button a person used goes away', async () => {
      const element = await details({ reports: session296.reports });
      const finalise = button(element, 'Finaliser la session');
      finalise.focus();
      await click(element, finalise);
      element.session = { ...session296.session, status: 'finalized' };
      await element.updateComplete;
      expectFocusOn(panel(element, tab(element, 'Détails')));
    });
  });

  describe('48-hour deadline', () => {
    it('shows the reminder within 48 hours of the start, whether or not someone started', async () => {
      for (const reports of [undefined, session296.reports]) {
        const element = await details({ reports });
        const deadline = $(element, '.deadline');
        expect(text(deadline)).to.equal(REMINDER);
        expect(deadline.classList.contains('alert--info')).to.equal(true);
      }
    });

    it('warns once more than 48 hours have passed since the end, start + 1 h 45 (exactly 48 hours is still in time)', async () => {
      // 48 hours after the start is not late yet: the session ended at 13:45.
      const early = await details({ reports: session296.reports, now: '2020-12-16T13:44' });
      expect(text($(early, '.deadline'))).to.equal(REMINDER);
      const element = await details({ reports: session296.reports, now: '2020-12-16T13:46' });
      expect(text($(element, '.deadline'))).to.equal(PASSED);
      expect($(element, '.deadline').classList.contains('alert--warning')).to.equal(true);
      await expectAccessible(element);
      element.now = '2020-12-16T13:45';
      await element.updateComplete;
      expect(text($(element, '.deadline'))).to.equal(REMINDER);
    });

    it('takes now as a timestamp too', async () => {
      const late = new Date(2020, 11, 20, 9, 0).getTime();
      const element = await details({ now: late });
      expect(text($(element, '.deadline'))).to.equal(PASSED);
    });

    it('shows neither once the session is finalised', async () => {
      for (const now of [NOW_296, '2021-03-01T10:00']) {
        const element = await details({ session: { ...session296.session, status: 'finalized' }, reports: session296.reports, now });
        expect(element.shadowRoot!.querySelector('.deadline')).to.equal(null);
      }
    });
  });

  describe('Candidats', () => {
    it('lists the candidates by last name then first name: Nom, Prénom, Date de naissance (DD/MM/YYYY), Classe', async () => {
      const element = await details({
        tab: 'candidates',
        candidates: [
          ...candidates296,
          { id: 9, lastName: 'éluard', firstName: 'Paul', birthdate: '2006-01-31', division: '3A' },
          { id: 8, lastName: 'Bernier', firstName: 'Abel', birthdate: '2006-02-28', division: '3C' },
        ],
      });
      const headers = $$(element, 'thead th');
      expect(headers.map((cell) => text(cell))).to.deep.equal(['Nom', 'Prénom', 'Date de naissance', 'Classe']);
      for (const header of headers) expect(header.getAttribute('scope')).to.equal('col');
      expect(rows(element)).to.deep.equal([
        ['Bernier', 'Abel', '28/02/2006', '3C'],
        ['Bernier', 'Faye', '05/03/2006', '3A'],
        ['DOE', 'Jane', '21/07/2005', '— Non renseignée'],
        ['éluard', 'Paul', '31/01/2006', '3A'],
        ['Lovelace', 'Ada', '10/12/2005', '3B'],
      ]);
      expect(text($(element, 'caption'))).to.equal('Candidats inscrits à la session 296');
      await expectAccessible(element);
    });

    it('says so when no candidate is enrolled', async () => {
      const element = await details({ candidates: [], tab: 'candidates' });
      expect(element.shadowRoot!.querySelector('table')).to.equal(null);
      expect(text($(element, '.empty'))).to.equal("Aucun candidat n'est inscrit à cette session.");
      await expectAccessible(element);
    });

    it("shows a host's slotted content above the table", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <pix-session-details .session=${session296.session} .candidates=${candidates296} now=${NOW_296} tab="candidates">
          <button slot="candidates-actions" type="button">Inscrire des élèves</button>
        </pix-session-details>
      </div>`);
      const element = wrapper.querySelector('pix-session-details')!;
      await element.updateComplete;
      const slot = $(element, 'slot[name="candidates-actions"]') as HTMLSlotElement;
      expect(slot.assignedElements().map((item) => text(item))).to.deep.equal(['Inscrire des élèves']);
      expect(slot.closest('[role="tabpanel"]')!.id).to.equal('panel-candidates');
      await expectAccessible(wrapper);
    });
  });

  describe('English', () => {
    it('speaks English inside lang="en", the date written out in English', async () => {
      const element = await details({ lang: 'en', reports: session296.reports });
      expect(text($(element, 'h1'))).to.equal('Session 296');
      expect(text($(element, '.when'))).to.equal('Date: Monday, 14 Dec 2020 | Start time (local time): 12:00');
      expect(text($(element, '.status'))).to.equal('Status: Created');
      expect(tabs(element).map((item) => text(item))).to.deep.equal(['Details', 'Candidates (3)']);
      expect(fields(element).map(([label]) => label)).to.deep.equal([
        'Session ID',
        'Centre name',
        'Site name',
        'Room',
        'Invigilator(s)',
        'Access code',
        'Observations',
      ]);
      expect(text($(element, '.deadline'))).to.equal('Reminder: the session must be finalised within 48 hours after it ends.');
      expect(hasButton(element, 'Download the attendance sheet')).to.equal(true);
      expect(hasButton(element, 'Finalise the session')).to.equal(true);
      await click(element, tab(element, 'Candidates (3)'));
      expect($$(element, 'thead th').map((cell) => text(cell))).to.deep.equal(['Last name', 'First name', 'Date of birth', 'Class']);
      await expectAccessible(element);
    });

    it("follows a change of the page's language", async () => {
      const element = await details({ lang: 'fr' });
      element.parentElement!.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      expect(text($(element, '.when'))).to.contain('Monday, 14 Dec 2020');
      expect(hasButton(element, 'Edit')).to.equal(true);
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

    const duplicate = [candidates296[0], { ...candidates296[1], id: candidates296[0]!.id }];
    const cases: Array<[string, Inputs, RegExp]> = [
      ['a null session', { session: null }, /^session: /],
      ['a session with a string id', { session: { ...session296.session, id: '296' } }, /session: id/],
      ['a session with an impossible date', { session: { ...session296.session, date: '2020-02-30' } }, /session: date/],
      ['a session with an unknown status', { session: { ...session296.session, status: 'done' } }, /session: status/],
      ['candidates that are not an array', { candidates: 'Bernier, DOE' }, /^candidates: /],
      ['null candidates', { candidates: null }, /^candidates: /],
      ['duplicate candidate ids', { candidates: duplicate }, /candidates: Duplicate candidate id/],
      [
        'a candidate without a real birth date',
        { candidates: [{ ...candidates296[0], birthdate: '10/12/2005' }] },
        /candidates: 0\.birthdate/,
      ],
      ['reports that are not an array', { reports: { 487: true } }, /^reports: /],
      [
        'duplicate certification numbers',
        { reports: [session296.reports[0], session296.reports[0]] },
        /reports: Duplicate certificationCourseId/,
      ],
    ];
    for (const [name, inputs, detail] of cases) {
      it(`shows a clear error for ${name}, logs it once and emits nothing`, async () => {
        // From before the element exists: an event fired while it loads counts too.
        const events = recordAll(document, 'pix-session-edit', 'pix-session-finalise-request', 'pix-attendance-sheet-download');
        const element = await details(inputs);
        const alert = $(element, '[role="alert"]');
        expect(text(alert)).to.contain('Données invalides');
        expect(text(alert.querySelector('code'))).to.match(detail);
        expect($$(element, 'button')).to.have.length(0);
        expect(element.details).to.equal(null);
        element.now = '2021-01-01T00:00';
        await element.updateComplete;
        expect(errors).to.have.length(1);
        expect(String(errors[0]![0])).to.match(/^<pix-session-details>: /);
        expect(events).to.have.length(0);
        await expectAccessible(element);
      });
    }

    it('comes back once the host gives valid data', async () => {
      const element = await details({ candidates: 'nope' });
      element.candidates = candidates296;
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Session 296');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(errors).to.have.length(1);
    });

    it('does not throw on a session whose fields throw when read', async () => {
      const hostile = Object.defineProperty({ ...session296.session }, 'address', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      });
      const element = await details({ session: hostile });
      expect(text($(element, '[role="alert"]'))).to.match(/session: .*boom/);
    });

    it('shows HTML-looking names and texts as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedDetails = true">';
      const element = await details({
        session: { ...session296.session, address: '<b>Site</b>', examiner: hostile, description: '<script>alert(1)</script>' },
        candidates: [{ id: 1, lastName: '</td><b>Nom</b>', firstName: hostile, birthdate: '2005-01-02', division: '<i>3A</i>' }],
      });
      await click(element, tab(element, 'Candidats (1)'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const tag of ['img', 'b', 'i', 'script']) expect(element.shadowRoot!.querySelector(tag)).to.equal(null);
      expect(fields(element)).to.deep.include(['Nom du site', '<b>Site</b>']);
      expect(fields(element)).to.deep.include(['Surveillant(s)', hostile]);
      expect(fields(element)).to.deep.include(['Observations', '<script>alert(1)</script>']);
      expect(rows(element)).to.deep.equal([['</td><b>Nom</b>', hostile, '02/01/2005', '<i>3A</i>']]);
      expect((window as unknown as { __pwnedDetails?: boolean }).__pwnedDetails).to.equal(undefined);
    });
  });
});

describe('state: session details', () => {
  const session = session296.session as Session;

  it('sorts candidates by last name then first name, ignoring case and accents, ties by id', () => {
    const sorted = sortCandidates([
      { id: 4, lastName: 'Émile', firstName: 'Zoé', birthdate: '2005-01-01', division: null, hasStarted: false },
      { id: 2, lastName: 'emile', firstName: 'Anne', birthdate: '2005-01-01', division: null, hasStarted: false },
      { id: 3, lastName: 'Dupont', firstName: 'anne', birthdate: '2005-01-01', division: null, hasStarted: false },
      { id: 1, lastName: 'DUPONT', firstName: 'Anne', birthdate: '2005-01-01', division: null, hasStarted: false },
    ]);
    expect(sorted.map((candidate) => candidate.id)).to.deep.equal([1, 3, 2, 4]);
  });

  it('offers Modifier and Finaliser by the rules', () => {
    expect([
      canEditSession({ started: false, finalised: false }),
      canRequestFinalisation({ started: false, finalised: false }),
    ]).to.deep.equal([true, false]);
    expect([
      canEditSession({ started: true, finalised: false }),
      canRequestFinalisation({ started: true, finalised: false }),
    ]).to.deep.equal([false, true]);
    expect([canEditSession({ started: true, finalised: true }), canRequestFinalisation({ started: true, finalised: true })]).to.deep.equal([
      false,
      false,
    ]);
    expect([
      canEditSession({ started: false, finalised: true }),
      canRequestFinalisation({ started: false, finalised: true }),
    ]).to.deep.equal([false, false]);
  });

  it('defaults absent candidates and reports to none, and knows who started', () => {
    const created = createSessionDetails({ session });
    expect(created.ok && created.state.candidates.length === 0 && !created.state.started).to.equal(true);
    const withReports = createSessionDetails({ session, reports: session296.reports as CertificationReport[] });
    expect(withReports.ok && withReports.state.started).to.equal(true);
    const finalised = createSessionDetails({ session: { ...session, status: 'in_process' } });
    expect(finalised.ok && finalised.state.finalised).to.equal(true);
  });

  it('writes session dates out in French and English, and returns anything else as it is', () => {
    expect(formatSessionDate('2020-12-14', 'fr')).to.equal('lundi 14 déc. 2020');
    expect(formatSessionDate('2020-12-14', 'en')).to.equal('Monday, 14 Dec 2020');
    expect(formatSessionDate('2021-01-01', 'fr')).to.equal('vendredi 1 janv. 2021');
    expect(formatSessionDate('2021-02-30', 'fr')).to.equal('2021-02-30');
  });
});
