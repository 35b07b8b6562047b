import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-session-details.js';
import '../../src/define/pix-certif-context.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import { PixNavigateEvent } from '../../src/events/navigate-events.js';
import {
  PixAttendanceSheetDownloadEvent,
  PixInvigilatorKitDownloadEvent,
  PixSessionEditEvent,
  PixSessionFinaliseRequestEvent,
} from '../../src/events/session-events.js';
import type { Candidate, Session } from '../../src/state/schemas.js';
import {
  formatSessionDate,
  fraudReportUrl,
  incidentReportUrl,
  sessionDetailsAction,
  shownInvigilatorPassword,
} from '../../src/state/session-details.js';
import { SessionSchema } from '../../src/state/schemas.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, recordAll, text } from '../helpers/dom.js';

/** A session of today's Pix Certif, with its invigilator password. */
const session: Session = {
  id: 12345,
  address: 'Lycée Victor Hugo',
  room: 'Salle B12',
  examiner: 'Mme Durand, M. Petit',
  date: '2026-01-12',
  time: '14:30',
  accessCode: 'BXGH34',
  description: 'Salle informatique au 2e étage.',
  status: 'created',
  version: 2,
  invigilatorPassword: 'K7P2X',
};

const candidates: Candidate[] = [
  { id: 1, lastName: 'Bernier', firstName: 'Faye', birthdate: '2008-03-05', division: '2A' },
  { id: 2, lastName: 'Lovelace', firstName: 'Ada', birthdate: '2008-12-10', division: '2B' },
];
const report = { certificationCourseId: 9001, firstName: 'Faye', lastName: 'Bernier', isCompleted: true };

const FR = {
  back: 'Revenir à la liste des sessions',
  finalised: 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
};

interface Inputs {
  session?: unknown;
  candidates?: unknown;
  reports?: unknown;
  now?: string;
  lang?: string;
  tab?: string;
}

async function details(inputs: Inputs = {}): Promise<PixSessionDetails> {
  const given = { session, candidates, reports: undefined, ...inputs };
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${given.lang ?? 'fr'}>
    <pix-session-details
      edition="current"
      .session=${given.session}
      .candidates=${given.candidates}
      .reports=${given.reports}
      now=${given.now ?? '2026-01-12T15:00'}
      tab=${given.tab ?? 'details'}
    ></pix-session-details>
  </div>`);
  const element = wrapper.querySelector('pix-session-details')!;
  await element.updateComplete;
  return element;
}

/** The parameters as a person reads them: label, sub-label, value. */
function parameters(element: PixSessionDetails): string[][] {
  return $$(element, '.parameter').map((block) => [
    text(block.querySelector('h1, h2, h3, h4, h5, h6')),
    text(block.querySelector('.parameter__sublabel')),
    text(block.querySelector('.parameter__value, .description')),
  ]);
}

function links(element: PixSessionDetails): HTMLAnchorElement[] {
  return $$(element, '.downloads a') as HTMLAnchorElement[];
}

function downloadNames(element: PixSessionDetails): Array<[string, string]> {
  return $$(element, '.downloads a, .downloads button').map((item) => [text(item), item.getAttribute('aria-label') ?? '']);
}

function buttonNames(element: PixSessionDetails): string[] {
  return $$(element, 'button').map((item) => item.getAttribute('aria-label') ?? text(item));
}

/** Replaces `navigator.clipboard` for one test; gives back what was written. */
function stubClipboard(writeText?: (value: string) => Promise<void>): { written: string[]; restore(): void } {
  const written: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText:
        writeText ??
        (async (value: string) => {
          written.push(value);
        }),
    },
  });
  return {
    written,
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    },
  };
}

function withoutClipboard(): { restore(): void } {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  return {
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The texts of the live regions, which a screen reader announces. */
function announced(element: PixSessionDetails): string[] {
  return $$(element, '[role="status"]')
    .map((region) => text(region))
    .filter(Boolean);
}

describe('<pix-session-details edition="current">', () => {
  let clipboard: { written: string[]; restore(): void };
  beforeEach(() => {
    clipboard = stubClipboard();
  });
  afterEach(() => clipboard.restore());

  describe('page in French', () => {
    it('shows the way back, the title and the "Date" and "Heure de début (heure locale)" blocks', async () => {
      const element = await details();
      expect(text(button(element, FR.back))).to.equal(FR.back);
      expect(text($(element, 'h1'))).to.equal('Session 12345');
      expect($$(element, '.when__block').map((block) => [text(block.querySelector('h2')), text(block.querySelector('p'))])).to.deep.equal([
        ['Date', 'lundi 12 janv. 2026'],
        ['Heure de début (heure locale)', '14:30'],
      ]);
      expect($(element, '.when__block time').getAttribute('datetime')).to.equal('2026-01-12');
      await expectAccessible(element);
    });

    it('has the tabs "Détails" and "Candidats (n)", named as Pix names them; "Candidats" alone with no candidate', async () => {
      const element = await details();
      expect($(element, '[role="tablist"]').getAttribute('aria-label')).to.equal("Navigation de la section détails d'une session");
      expect($$(element, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Détails', 'Candidats (2)']);
      element.candidates = [];
      await element.updateComplete;
      expect($$(element, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Détails', 'Candidats']);
    });

    it('offers the downloads in order, with their accessible names', async () => {
      const element = await details();
      expect(downloadNames(element)).to.deep.equal([
        ["PV d'incident", "Télécharger le PV d'incident"],
        ['PV de fraude', 'Télécharger le PV de fraude'],
        ['Kit surveillant', 'Télécharger le kit surveillant'],
        ["Feuille d'émargement", "Télécharger la feuille d'émargement"],
      ]);
    });

    it('links "PV d\'incident" and "PV de fraude" to Pix\'s French forms, by session version, in a new window', async () => {
      const element = await details();
      const [incident, fraud] = links(element);
      expect(incident!.href).to.equal('https://cloud.pix.fr/s/B76yA8ip9Radej9/download');
      expect(fraud!.href).to.equal('https://cloud.pix.fr/s/H3QdaLzdaap4zr8/download');
      for (const link of [incident!, fraud!]) {
        expect(link.target).to.equal('_blank');
        expect(link.hasAttribute('download')).to.equal(true);
        expect(link.relList.contains('noopener')).to.equal(true);
      }
      element.session = { ...session, version: 3 };
      await element.updateComplete;
      expect(links(element)[0]!.href).to.equal('https://cloud.pix.fr/s/ff8sYPWPyCo3MrN/download');
      expect(links(element)[1]!.href).to.equal('https://cloud.pix.fr/s/H3QdaLzdaap4zr8/download');
    });

    it('shows "Feuille d\'émargement" only with at least one candidate', async () => {
      const element = await details({ candidates: [] });
      expect(downloadNames(element).map(([name]) => name)).to.deep.equal(["PV d'incident", 'PV de fraude', 'Kit surveillant']);
      await expectAccessible(element);
    });

    it('shows the parameters: number, access code for the candidate, "C-" password for the invigilator, site, room, invigilators, observations', async () => {
      const element = await details();
      expect(parameters(element)).to.deep.equal([
        ['Numéro de session', '', '12345'],
        ["Code d'accès", 'Candidat', 'BXGH34'],
        ['Mot de passe de session', 'Surveillant', 'C-K7P2X'],
        ['Nom du site', '', 'Lycée Victor Hugo'],
        ['Salle', '', 'Salle B12'],
        ['Surveillant(s)', '', 'Mme Durand, M. Petit'],
        ['Observations', '', 'Salle informatique au 2e étage.'],
      ]);
      // Labels are headings below the page's sub-headings.
      expect($$(element, '.parameter h3').length).to.equal(7);
    });

    it('shows no password block when the session has no invigilator password', async () => {
      for (const password of [undefined, null, '']) {
        const element = await details({ session: { ...session, invigilatorPassword: password } });
        expect(parameters(element).map(([label]) => label)).to.deep.equal([
          'Numéro de session',
          "Code d'accès",
          'Nom du site',
          'Salle',
          'Surveillant(s)',
          'Observations',
        ]);
        expect(buttonNames(element)).to.not.include('Copier le mot de passe de session pour le surveillant');
      }
    });

    it('shows no 48-hour text, in time or long after', async () => {
      for (const now of ['2026-01-12T15:00', '2026-03-01T10:00']) {
        const element = await details({ now, reports: [report] });
        expect(element.shadowRoot!.querySelector('.deadline'), now).to.equal(null);
        expect(text(element.shadowRoot!.querySelector('article')), now).to.not.match(/48/);
      }
    });

    it('keeps the status badge and the guide\'s "Télécharger le PV" out', async () => {
      const element = await details();
      expect(element.shadowRoot!.querySelector('.status')).to.equal(null);
      expect(buttonNames(element)).to.not.include('Télécharger le PV');
    });
  });

  describe('bottom of the "Détails" tab', () => {
    it('nobody started: "Modifier", named "Modifier les informations de la session {id}", fires pix-session-edit', async () => {
      const element = await details();
      const events = recordAll<CustomEvent>(element, 'pix-session-edit', 'pix-session-finalise-request');
      const edit = button(element, 'Modifier les informations de la session 12345');
      expect(text(edit)).to.equal('Modifier');
      expect(buttonNames(element)).to.not.include('Finaliser la session');
      edit.click();
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(PixSessionEditEvent);
      expect(events[0]!.detail).to.deep.equal({ sessionId: 12345 });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      await expectAccessible(element);
    });

    it('someone started: "Finaliser la session" alone, fires pix-session-finalise-request', async () => {
      for (const inputs of [{ reports: [report] }, { candidates: [{ ...candidates[0]!, hasStarted: true }] }]) {
        const element = await details(inputs);
        const events = recordAll<CustomEvent>(element, 'pix-session-edit', 'pix-session-finalise-request');
        expect(buttonNames(element)).to.not.include('Modifier les informations de la session 12345');
        button(element, 'Finaliser la session').click();
        expect(events).to.have.length(1);
        expect(events[0]).to.be.instanceOf(PixSessionFinaliseRequestEvent);
        expect(events[0]!.detail).to.deep.equal({ sessionId: 12345 });
        await expectAccessible(element);
      }
    });

    it('status not "created": the finalisation-info text, and neither button, whoever started', async () => {
      for (const status of ['finalized', 'in_process', 'processed'] as const) {
        for (const reports of [undefined, [report]]) {
          const element = await details({ session: { ...session, status }, reports });
          expect(text($(element, '.finalised-info'))).to.equal(FR.finalised);
          expect(buttonNames(element)).to.not.include('Finaliser la session');
          expect(buttonNames(element)).to.not.include('Modifier les informations de la session 12345');
        }
      }
      await expectAccessible((await details({ session: { ...session, status: 'finalized' } })) as Element);
    });

    it('the state layer decides in this order: finalised, then started, then edit', () => {
      expect(sessionDetailsAction({ finalised: true, started: true })).to.equal('finalised');
      expect(sessionDetailsAction({ finalised: true, started: false })).to.equal('finalised');
      expect(sessionDetailsAction({ finalised: false, started: true })).to.equal('finalise');
      expect(sessionDetailsAction({ finalised: false, started: false })).to.equal('edit');
    });
  });

  describe('events', () => {
    it('"Revenir à la liste des sessions" fires pix-navigate to the list', async () => {
      const element = await details();
      const events = recordAll<CustomEvent>(document, 'pix-navigate');
      button(element, FR.back).click();
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(PixNavigateEvent);
      expect(events[0]!.detail).to.deep.equal({ to: 'session-list', sessionId: null });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('"Kit surveillant" fires pix-invigilator-kit-download and "Feuille d\'émargement" pix-attendance-sheet-download', async () => {
      const element = await details();
      const events = recordAll<CustomEvent>(element, 'pix-invigilator-kit-download', 'pix-attendance-sheet-download');
      button(element, 'Télécharger le kit surveillant').click();
      button(element, "Télécharger la feuille d'émargement").click();
      expect(events.map((event) => event.type)).to.deep.equal(['pix-invigilator-kit-download', 'pix-attendance-sheet-download']);
      expect(events[0]).to.be.instanceOf(PixInvigilatorKitDownloadEvent);
      expect(events[1]).to.be.instanceOf(PixAttendanceSheetDownloadEvent);
      for (const event of events) {
        expect(event.detail).to.deep.equal({ sessionId: 12345 });
        expect(event.bubbles && event.composed).to.equal(true);
      }
    });
  });

  describe('copy buttons', () => {
    it('copy the number, the access code and the raw password (without "C-")', async () => {
      const element = await details();
      expect(buttonNames(element).filter((name) => name.startsWith('Copier'))).to.deep.equal([
        'Copier le numéro de session',
        'Copier le code d’accès à la session',
        'Copier le mot de passe de session pour le surveillant',
      ]);
      button(element, 'Copier le numéro de session').click();
      button(element, 'Copier le code d’accès à la session').click();
      button(element, 'Copier le mot de passe de session pour le surveillant').click();
      await settle();
      expect(clipboard.written).to.deep.equal(['12345', 'BXGH34', 'K7P2X']);
    });

    it('say "Copié !" beside the button for 2 seconds, announced once', async () => {
      const element = await details();
      const copy = button(element, 'Copier le code d’accès à la session');
      const clicked = performance.now();
      copy.click();
      await settle();
      await element.updateComplete;
      const tooltip = copy.parentElement!.querySelector('[role="status"]')!;
      expect(text(tooltip)).to.equal('Copié !');
      expect(announced(element), 'one live region says it').to.deep.equal(['Copié !']);
      // Timed from the click, whatever the checks above took.
      await wait(1500 - (performance.now() - clicked));
      expect(text(tooltip)).to.equal('Copié !');
      await wait(2300 - (performance.now() - clicked));
      await element.updateComplete;
      expect(text(tooltip)).to.equal('');
      expect(announced(element)).to.deep.equal([]);
    });

    it('are accessible while "Copié !" shows', async () => {
      const element = await details();
      button(element, 'Copier le mot de passe de session pour le surveillant').click();
      await settle();
      await element.updateComplete;
      expect(announced(element)).to.deep.equal(['Copié !']);
      await expectAccessible(element);
    });

    it('move "Copié !" to the button last used, and announce a second copy again', async () => {
      const element = await details();
      const first = button(element, 'Copier le numéro de session');
      const second = button(element, 'Copier le mot de passe de session pour le surveillant');
      first.click();
      await settle();
      await element.updateComplete;
      second.click();
      await settle();
      await element.updateComplete;
      const region = second.parentElement!.querySelector('[role="status"]')!;
      expect(text(first.parentElement!.querySelector('[role="status"]'))).to.equal('');
      expect(text(region)).to.equal('Copié !');
      expect(announced(element)).to.deep.equal(['Copié !']);
      const once = region.textContent;
      second.click();
      await settle();
      await element.updateComplete;
      expect(region.textContent, 'the live region changes, so the second copy is read out too').to.not.equal(once);
      expect(text(region)).to.equal('Copié !');
    });

    it('say nothing when the browser refuses to copy', async () => {
      clipboard.restore();
      clipboard = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const element = await details();
      button(element, 'Copier le numéro de session').click();
      await settle();
      await element.updateComplete;
      expect(announced(element)).to.deep.equal([]);
    });

    it('are left out where the clipboard cannot be written', async () => {
      clipboard.restore();
      const none = withoutClipboard();
      try {
        const element = await details();
        expect(buttonNames(element).filter((name) => name.startsWith('Copier'))).to.deep.equal([]);
        expect(parameters(element)[0]).to.deep.equal(['Numéro de session', '', '12345']);
        await expectAccessible(element);
      } finally {
        none.restore();
        clipboard = stubClipboard();
      }
    });
  });

  describe('in English', () => {
    it('shows every text in English', async () => {
      const element = await details({ lang: 'en' });
      expect(text(button(element, 'Return to the sessions list'))).to.equal('Return to the sessions list');
      expect(text($(element, 'h1'))).to.equal('Session 12345');
      expect($$(element, '.when__block').map((block) => [text(block.querySelector('h2')), text(block.querySelector('p'))])).to.deep.equal([
        ['Date', 'Monday 12 Jan 2026'],
        ['Starting time (local time in 24-hour format)', '14:30'],
      ]);
      expect($(element, '[role="tablist"]').getAttribute('aria-label')).to.equal('Navigation of the session details section');
      expect($$(element, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Details', 'Candidates (2)']);
      expect(downloadNames(element)).to.deep.equal([
        ['Incident report', 'Download incident report'],
        ['Fraud report', 'Download fraud report'],
        ['Invigilator’s kit', 'Download invigilator’s kit'],
        ['Attendance sheet', 'Download attendance sheet'],
      ]);
      expect(parameters(element)).to.deep.equal([
        ['Session number', '', '12345'],
        ['Access code', 'Candidate', 'BXGH34'],
        ['Session password', 'Invigilator', 'C-K7P2X'],
        ['Location name', '', 'Lycée Victor Hugo'],
        ['Room', '', 'Salle B12'],
        ['Invigilator(s)', '', 'Mme Durand, M. Petit'],
        ['Observations', '', 'Salle informatique au 2e étage.'],
      ]);
      expect(buttonNames(element).filter((name) => name.startsWith('Copy'))).to.deep.equal([
        'Copy the session number',
        'Copy the session’s access code',
        'Copy the invigilator’s session password',
      ]);
      expect(text(button(element, 'Edit the details for session 12345'))).to.equal('Edit');
      await expectAccessible(element);

      button(element, 'Copy the session number').click();
      await settle();
      await element.updateComplete;
      expect(announced(element)).to.deep.equal(['Copied!']);
    });

    it("links to Pix's other-locale forms", async () => {
      for (const version of [2, 3] as const) {
        const element = await details({ lang: 'en', session: { ...session, version } });
        expect(links(element).map((link) => link.href)).to.deep.equal([
          'https://cloud.pix.fr/s/B6egBZnbjJFSiaN',
          'https://cloud.pix.fr/s/iagftYbDFC8Wb4e/download',
        ]);
      }
    });

    it('says "Finalise the session", "Candidates" and the finalisation-info text in English', async () => {
      const started = await details({ lang: 'en', reports: [report], candidates: [] });
      expect(buttonNames(started)).to.include('Finalise the session');
      expect($$(started, '[role="tab"]').map((tab) => text(tab))).to.deep.equal(['Details', 'Candidates']);
      const finalised = await details({ lang: 'en', session: { ...session, status: 'processed' } });
      expect(text($(finalised, '.finalised-info'))).to.equal(
        'The finalisation information for the session has already been transmitted to Pix.',
      );
      await expectAccessible(finalised);
    });

    it("follows a change of the page's language live", async () => {
      const element = await details();
      element.parentElement!.setAttribute('lang', 'en');
      await settle();
      await element.updateComplete;
      expect(text($(element, '.when__block p'))).to.equal('Monday 12 Jan 2026');
      expect(links(element)[0]!.href).to.equal('https://cloud.pix.fr/s/B6egBZnbjJFSiaN');
    });
  });

  describe('editions', () => {
    it('takes the edition from a <pix-certif-context>, its own attribute winning', async () => {
      const wrapper = await fixture<HTMLElement>(html`<pix-certif-context edition="current">
        <pix-session-details .session=${session} .candidates=${candidates}></pix-session-details>
        <pix-session-details edition="2021" .session=${session} .candidates=${candidates} now="2026-01-12T15:00"></pix-session-details>
      </pix-certif-context>`);
      const [today, guide] = [...wrapper.querySelectorAll('pix-session-details')];
      await today!.updateComplete;
      await guide!.updateComplete;
      expect(buttonNames(today!)).to.include(FR.back);
      expect(buttonNames(guide!)).to.not.include(FR.back);
      expect(buttonNames(guide!)).to.include('Télécharger le PV');
      wrapper.setAttribute('edition', '2021');
      await (wrapper as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await today!.updateComplete;
      expect(buttonNames(today!)).to.not.include(FR.back);
    });

    it('the candidates tab still lists the candidates', async () => {
      const element = await details({ tab: 'candidates' });
      expect(($$(element, 'tbody tr') as HTMLTableRowElement[]).map((row) => text(row.cells[0]))).to.deep.equal(['Bernier', 'Lovelace']);
      await expectAccessible(element);
    });

    it('shows an error state for an unknown edition', async () => {
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const element = await fixture<PixSessionDetails>(
          html`<pix-session-details edition="2030" .session=${session}></pix-session-details>`,
        );
        expect(text($(element, '[role="alert"]'))).to.contain('edition: expected one of "2021", "current", received "2030"');
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
    });
  });

  describe('state layer', () => {
    it("writes the date as today's Pix Certif does, from its parts, with no time-zone shift", () => {
      expect(formatSessionDate('2026-01-12', 'fr', 'current')).to.equal('lundi 12 janv. 2026');
      expect(formatSessionDate('2026-01-05', 'fr', 'current')).to.equal('lundi 05 janv. 2026');
      expect(formatSessionDate('2026-09-30', 'fr', 'current')).to.equal('mercredi 30 sept. 2026');
      expect(formatSessionDate('2026-01-12', 'en', 'current')).to.equal('Monday 12 Jan 2026');
      expect(formatSessionDate('2026-09-30', 'en', 'current')).to.equal('Wednesday 30 Sep 2026');
      // The first and last day of a year stay on their day whatever the time zone.
      expect(formatSessionDate('2025-12-31', 'fr', 'current')).to.equal('mercredi 31 déc. 2025');
      expect(formatSessionDate('2026-01-01', 'fr', 'current')).to.equal('jeudi 01 janv. 2026');
      expect(formatSessionDate('not a date', 'fr', 'current')).to.equal('not a date');
      // The guide's edition keeps its own writing.
      expect(formatSessionDate('2020-12-14', 'fr')).to.equal('lundi 14 déc. 2020');
    });

    it("gives the forms' addresses by version and language", () => {
      expect(incidentReportUrl(2, 'fr')).to.equal('https://cloud.pix.fr/s/B76yA8ip9Radej9/download');
      expect(incidentReportUrl(3, 'fr')).to.equal('https://cloud.pix.fr/s/ff8sYPWPyCo3MrN/download');
      expect(incidentReportUrl(2, 'en')).to.equal('https://cloud.pix.fr/s/B6egBZnbjJFSiaN');
      expect(incidentReportUrl(3, 'en')).to.equal('https://cloud.pix.fr/s/B6egBZnbjJFSiaN');
      expect(fraudReportUrl('fr')).to.equal('https://cloud.pix.fr/s/H3QdaLzdaap4zr8/download');
      expect(fraudReportUrl('en')).to.equal('https://cloud.pix.fr/s/iagftYbDFC8Wb4e/download');
    });

    it('shows the password with "C-", and none without one', () => {
      expect(shownInvigilatorPassword({ invigilatorPassword: 'K7P2X' })).to.equal('C-K7P2X');
      expect(shownInvigilatorPassword({ invigilatorPassword: '' })).to.equal(null);
      expect(shownInvigilatorPassword({ invigilatorPassword: null })).to.equal(null);
      expect(shownInvigilatorPassword({})).to.equal(null);
    });

    it('accepts the optional invigilatorPassword and hasExpired, and refuses them of the wrong type', () => {
      expect(SessionSchema.safeParse({ ...session, hasExpired: true }).success).to.equal(true);
      expect(SessionSchema.safeParse({ ...session, invigilatorPassword: undefined }).success).to.equal(true);
      expect(SessionSchema.safeParse({ ...session, invigilatorPassword: 12 }).success).to.equal(false);
      expect(SessionSchema.safeParse({ ...session, hasExpired: 'yes' }).success).to.equal(false);
    });
  });
});
