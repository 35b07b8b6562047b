import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PixCandidateAuthorizeEvent } from '../../src/events/invigilator-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, expectFocus, record, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';
import { person, poll, roster, row, rowButton, space, START, supervisedSession } from './invigilator-space.fixtures.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

function names(element: HTMLElement): string[] {
  return $$(element, '.candidate .name').map((item) => text(item));
}

function tags(element: HTMLElement, id: number): string[] {
  return [...row(element as never, id).querySelectorAll('[part="tag"]')].map((tag) => text(tag));
}

async function search(element: HTMLElement, term: string): Promise<void> {
  const field = $(element, '#search') as HTMLInputElement;
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  if (term) await sendKeys({ type: term });
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

describe('<pix-invigilator-space>: header', () => {
  it('shows the session, its facts, the notice and its buttons, in French', async () => {
    const element = await space();
    expect(text($(element, 'h1'))).to.equal('Session 12345');
    expect(text($(element, 'header time'))).to.equal('30/11/2026 · 09:00');
    const facts = $$(element, '.facts > div').map((fact) => text(fact));
    expect(facts).to.deep.equal([
      'Nom du site Collège Victor Hugo',
      'Salle Salle B12',
      'Surveillant(s) Mme Durand',
      "Code d'accès (candidats) FAPX94",
    ]);
    expect(text($(element, '.notice p'))).to.equal(
      'Important : Les problèmes techniques liés aux questions doivent uniquement être gérés pendant le test depuis l’interface du candidat et l’Espace Surveillant (ces signalements ne pourront pas être pris en compte a posteriori).',
    );
    const link = $(element, '.notice a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://cloud.pix.fr/s/8xB82zdPKYSZzaM');
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.equal('Documentation sur la gestion des signalements (nouvelle fenêtre)');
    const kit = button(element, 'Télécharger le kit surveillant');
    expect(text(kit)).to.equal('Kit surveillant');
    const exit = button(element, 'Quitter la surveillance de la session 12345');
    expect(text(exit)).to.equal('Quitter');
    await expectAccessible(element);
  });

  it('speaks English, with the other-locale documentation link', async () => {
    const element = await space({ lang: 'en' });
    const facts = $$(element, '.facts dt').map((fact) => text(fact));
    expect(facts).to.deep.equal(['Location name', 'Room', 'Invigilator(s)', 'Access code (candidates)']);
    expect(text($(element, '.notice p'))).to.match(/^Please note: Any technical problems relating to the questions/);
    expect(($(element, '.notice a') as HTMLAnchorElement).href).to.equal('https://cloud.pix.fr/s/Mfd2ggwGHwmprA4');
    expect(text($(element, '.notice a'))).to.equal('Report management documentation (new window)');
    expect(text(button(element, 'Download the invigilator’s kit'))).to.equal('Invigilator’s kit');
    expect(text(button(element, 'Exit the session’s invigilation 12345'))).to.equal('Exit');
  });

  it('fires pix-invigilator-kit-download', async () => {
    const element = await space();
    const events = record<CustomEvent>(element, 'pix-invigilator-kit-download');
    button(element, 'Télécharger le kit surveillant').click();
    expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345 }]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('asks before leaving: "Quitter la surveillance" fires pix-invigilator-exit, "Annuler" does not', async () => {
    const element = await space();
    const events = record<CustomEvent>(element, 'pix-invigilator-exit');
    const exit = button(element, 'Quitter la surveillance de la session 12345');
    exit.focus();
    exit.click();
    await flush(element);
    const dialog = $(element, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(text($(element, '#dialog-title'))).to.equal('Quitter la surveillance de la session 12345');
    expect(text(dialog.querySelector('.dialog__body > p'))).to.equal(
      'Attention, assurez-vous que tous les candidats aient terminé leur test avant de quitter la surveillance. Pour reprendre la surveillance de cette session, vous devrez entrer à nouveau son numéro de session et son mot de passe.',
    );
    const footer = [...dialog.querySelectorAll('.dialog__footer button')].map((item) => text(item));
    expect(footer).to.deep.equal(['Quitter la surveillance', 'Annuler']);
    const cancel = button(element, 'Annuler et fermer la fenêtre de confirmation');
    expectFocus(cancel, 'initial focus on cancel');
    await expectAccessible(element);
    cancel.click();
    await flush(element);
    expect(dialog.open).to.equal(false);
    expect(events).to.have.length(0);
    expectFocus(exit, 'back on Quitter');
    exit.click();
    await flush(element);
    button(element, 'Quitter la surveillance').click();
    await flush(element);
    expect(events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345 }]);
    expect(dialog.open).to.equal(false);
  });
});

describe('<pix-invigilator-space>: candidate list', () => {
  it('shows the title, instruction, search, counter and each candidate', async () => {
    const element = await space();
    expect(text($(element, '#candidates-title'))).to.equal('Candidats');
    expect(text($(element, '.list > p'))).to.equal(
      "Confirmez la présence de chaque candidat pour l'autoriser à commencer son test de certification.",
    );
    const field = $(element, '#search');
    expect(field.getAttribute('placeholder')).to.equal('Rechercher un candidat');
    expect(text($(element, 'label[for="search"]'))).to.equal('Rechercher un candidat');
    expect(text($(element, '[part="counter"]'))).to.equal('2/4 candidats présents (dont 1 en cours de test)');
    expect(names(element)).to.deep.equal(['Nguyen Linh', "D'Arcy Élodie", 'Martin Jean-Luc', 'Lovelace Ada']);
    expect(text(row(element, 1).querySelector('time'))).to.equal('02/04/2011');
    expect(tags(element, 1)).to.deep.equal([]);
    expect(tags(element, 3)).to.deep.equal(['En cours']);
    expect(tags(element, 4)).to.deep.equal(['Terminé']);
    expect(text(row(element, 2).querySelector('[part="extra-time"]'))).to.equal('+ temps majoré 30 %');
    expect(text(row(element, 3).querySelector('[part="times"]'))).to.equal('Début : 09:05 · Fin théorique : 10:50');
    await expectAccessible(element);
  });

  it('shows the presence toggle before the test, the menu during it, neither after', async () => {
    const element = await space();
    expect(text(rowButton(element, 1, 'attendance'))).to.equal('Confirmer la présence');
    expect(rowButton(element, 1, 'attendance').getAttribute('aria-label')).to.equal("Confirmer la présence de l'élève Linh Nguyen");
    expect(text(rowButton(element, 2, 'attendance'))).to.equal('Annuler la confirmation');
    expect(rowButton(element, 2, 'attendance').getAttribute('aria-label')).to.equal(
      "Annuler la confirmation de présence de l'élève Élodie D'Arcy",
    );
    expect(row(element, 1).querySelector('[data-control="menu"]')).to.equal(null);
    const menu = rowButton(element, 3, 'menu');
    expect(menu.getAttribute('aria-label')).to.equal('Afficher les options du candidat');
    expect(text(element.shadowRoot!.getElementById(menu.getAttribute('aria-describedby')!))).to.equal('Martin Jean-Luc');
    expect(row(element, 3).querySelector('[data-control="attendance"]')).to.equal(null);
    expect(row(element, 4).querySelectorAll('[data-control]')).to.have.length(0);
  });

  it('shows every tag, the complementary certification, the CléA warning and the Pix+ end time', async () => {
    const element = await space({
      session: { ...supervisedSession, hasExpired: true },
      candidates: [
        person(1),
        person(2, { assessmentStatus: 'started', hasExceededCertificationDuration: true, startDateTime: START }),
        person(3, { assessmentStatus: 'started', challengeLiveAlert: { status: 'ongoing' }, startDateTime: START }),
        person(4, { assessmentStatus: 'started', companionLiveAlert: { status: 'ongoing' }, startDateTime: START }),
        person(5, { subscription: 'CLEA', isStillEligibleToDoubleCertification: false }),
        person(6, { subscription: 'DROIT', assessmentStatus: 'started', startDateTime: START }),
        person(7, { assessmentStatus: 'endedByInvigilator' }),
      ],
    });
    expect(tags(element, 1)).to.deep.equal(['Délai dépassé']);
    expect(tags(element, 2)).to.deep.equal(['Délai dépassé', 'En cours']);
    expect(tags(element, 3)).to.deep.equal(['Signalement en cours', 'En attente']);
    expect(tags(element, 4)).to.deep.equal(['Extension non détectée', 'En attente']);
    expect(tags(element, 7)).to.deep.equal(['Terminé']);
    expect(row(element, 1).querySelector('[data-control="attendance"]'), 'no presence once expired').to.equal(null);
    expect(text(row(element, 5))).to.contain('Inscription à CléA Numérique');
    expect(text(row(element, 5).querySelector('[part="clea-warning"]'))).to.equal(
      'Candidat pas ou plus éligible à CléA Numérique. Il passe la certification Pix.',
    );
    expect(text(row(element, 6))).to.contain('Inscription à Pix+ Droit');
    expect(text(row(element, 6).querySelector('[part="times"]'))).to.equal('Début : 09:05 · Fin théorique : 10:05');
    expect(text(rowButton(element, 3, 'alert'))).to.equal('Gérer le signalement');
    await expectAccessible(element);
  });

  it('speaks English', async () => {
    const element = await space({
      lang: 'en',
      candidates: [
        ...roster(),
        person(5, { assessmentStatus: 'started', challengeLiveAlert: { status: 'ongoing' } }),
        person(6, { assessmentStatus: 'started', companionLiveAlert: { status: 'ongoing' } }),
      ],
      session: { ...supervisedSession },
    });
    expect(text($(element, '#candidates-title'))).to.equal('Candidates');
    expect(text($(element, '.list > p'))).to.equal(
      'Please confirm the attendance of each candidate to allow them to start their certification exam.',
    );
    expect($(element, '#search').getAttribute('placeholder')).to.equal('Search for a candidate');
    expect(text($(element, '[part="counter"]'))).to.equal('4/6 candidates attending (3 of whom are currently doing the test)');
    expect(tags(element, 3)).to.deep.equal(['In progress']);
    expect(tags(element, 4)).to.deep.equal(['Finished']);
    expect(tags(element, 5)).to.deep.equal(['Report in progress', 'On hold']);
    expect(tags(element, 6)).to.deep.equal(['Extension not detected', 'On hold']);
    expect(text(row(element, 2).querySelector('[part="extra-time"]'))).to.equal('+ extra time 30%');
    expect(text(row(element, 3).querySelector('[part="times"]'))).to.equal('Starting time : 09:05 · Theoretical ending time : 10:50');
    expect(text(rowButton(element, 1, 'attendance'))).to.equal('Confirm the attendance');
    expect(text(rowButton(element, 2, 'attendance'))).to.equal('Cancel the confirmation');
    expect(rowButton(element, 3, 'menu').getAttribute('aria-label')).to.equal("Display the candidate's options");
    expect(text(rowButton(element, 5, 'alert'))).to.equal('Managing the report');
  });

  it('writes the counter as Pix does: its plurals, and no "dont" part with nobody present', async () => {
    const cases: Array<[string, Parameters<typeof person>[1][], string, string]> = [
      ['nobody', [{}, {}], '0/2 candidat présent', '0/2 candidates attending'],
      [
        'one authorised',
        [{ authorizedToStart: true }],
        '1/1 candidat présent (dont 0 en cours de test)',
        '1/1 candidate attending (0 of whom are currently doing the test)',
      ],
      [
        'two, one started',
        [{ authorizedToStart: true }, { assessmentStatus: 'started' }, { assessmentStatus: 'aborted', authorizedToStart: true }],
        '2/3 candidats présents (dont 1 en cours de test)',
        '2/3 candidates attending (1 of whom are currently doing the test)',
      ],
    ];
    for (const [, overrides, french, english] of cases) {
      const candidates = overrides.map((override, index) => person(index + 1, override));
      const element = await space({ candidates });
      expect(text($(element, '[part="counter"]'))).to.equal(french);
      const englishElement = await space({ candidates, lang: 'en' });
      expect(text($(englishElement, '[part="counter"]'))).to.equal(english);
    }
  });

  it('filters with Pix rule and clears the field with "Vider le champ"', async () => {
    const element = await space();
    await search(element, 'darc');
    expect(names(element)).to.deep.equal(["D'Arcy Élodie"]);
    await search(element, 'ELODIE d');
    expect(names(element)).to.deep.equal(["D'Arcy Élodie"]);
    await search(element, 'martin jean');
    expect(names(element)).to.deep.equal(['Martin Jean-Luc']);
    await search(element, 'artin');
    expect(names(element)).to.deep.equal([]);
    expect(text($(element, '[part="counter"]'))).to.equal('2/4 candidats présents (dont 1 en cours de test)');
    const clear = button(element, 'Vider le champ');
    clear.click();
    await element.updateComplete;
    expect(names(element)).to.have.length(4);
    expect(($(element, '#search') as HTMLInputElement).value).to.equal('');
    expectFocus($(element, '#search'));
  });

  it('shows the empty state with no candidate, and a quiet placeholder while the list is not set', async () => {
    const element = await space({ candidates: [] });
    expect(text($(element, '[part="empty"]'))).to.equal('Aucun candidat inscrit à cette session');
    await expectAccessible(element);
    const english = await space({ candidates: [], lang: 'en' });
    expect(text($(english, '[part="empty"]'))).to.equal('No candidate enrolled in this session');
    const waiting = await space({ candidates: undefined });
    waiting.candidates = undefined;
    await waiting.updateComplete;
    expect($(waiting, '[aria-busy="true"]')).to.exist;
    expect($$(waiting, '[role="alert"]')).to.have.length(0);
  });

  it('shows an error state for invalid candidates, and logs it once', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await space({ candidates: [{ id: 'x' } as never] });
      expect($(element, '[role="alert"]')).to.exist;
      expect(text($(element, '[role="alert"] code'))).to.match(/^candidates/);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});

describe('<pix-invigilator-space>: presence', () => {
  it('confirms presences at once; a refusal is rolled back with its message', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateAuthorizeEvent>(element, 'pix-candidate-authorize');
    const linh = rowButton(element, 1, 'attendance');
    linh.click();
    await element.updateComplete;
    expect(text(linh), 'optimistic').to.equal('Annuler la confirmation');
    expect(text($(element, '[part="counter"]'))).to.equal('3/4 candidats présents (dont 1 en cours de test)');
    const elodie = rowButton(element, 2, 'attendance');
    elodie.click();
    await element.updateComplete;
    expect(text(elodie)).to.equal('Confirmer la présence');
    expect(host.events.map((event) => event.detail)).to.deep.equal([
      { sessionId: 12345, candidateId: 1, authorized: true },
      { sessionId: 12345, candidateId: 2, authorized: false },
    ]);
    host.answers[0]!.resolve();
    host.answers[1]!.reject({ status: 500 });
    await flush(element);
    expect(text(linh)).to.equal('Annuler la confirmation');
    expect(text(elodie), 'rolled back').to.equal('Annuler la confirmation');
    expect(text(row(element, 2).querySelector('[role="alert"]'))).to.equal('Une erreur a eu lieu. Merci de réessayer ultérieurement.');
    expect(row(element, 1).querySelector('[role="alert"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('keeps the optimistic value across a poll until its own answer; a late answer of an older click changes nothing', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateAuthorizeEvent>(element, 'pix-candidate-authorize');
    const linh = rowButton(element, 1, 'attendance');
    linh.focus();
    linh.click();
    await element.updateComplete;
    await poll(element, roster());
    expect(text(linh), 'a poll of the old value does not undo it').to.equal('Annuler la confirmation');
    expectFocus(linh);
    linh.click();
    await element.updateComplete;
    expect(text(linh)).to.equal('Confirmer la présence');
    host.answers[0]!.reject({ status: 500 });
    await flush(element);
    expect(text(linh), 'the older answer is ignored').to.equal('Confirmer la présence');
    expect(row(element, 1).querySelector('[role="alert"]')).to.equal(null);
    host.answers[1]!.resolve();
    await flush(element);
    expect(text(linh)).to.equal('Confirmer la présence');
  });

  it('ignores an answer that comes after another session was given', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateAuthorizeEvent>(element, 'pix-candidate-authorize');
    rowButton(element, 1, 'attendance').click();
    await element.updateComplete;
    element.session = { ...supervisedSession, id: 999 };
    element.candidates = roster();
    await element.updateComplete;
    host.answers[0]!.reject({ status: 500 });
    await flush(element);
    expect(text(rowButton(element, 1, 'attendance'))).to.equal('Confirmer la présence');
    expect($$(element, '[role="alert"]')).to.have.length(0);
  });
});

describe('<pix-invigilator-space>: tablet first', () => {
  afterEach(async () => {
    await restoreViewport();
  });

  for (const width of [1024, 768, 375, 320]) {
    it(`fits ${width} px with no sideways scrolling, every target at least 44 × 44 px`, async function () {
      // Where the engine cannot show this width (WebKit's window is never under 447 px), it skips.
      if (!(await resizeViewport(width, 800))) this.skip();
      const element = await space({
        candidates: [
          ...roster(),
          person(5, {
            firstName: 'Marie-Antoinette',
            lastName: 'de La Tour du Pin-Gouvernet',
            assessmentStatus: 'started',
            startDateTime: START,
            challengeLiveAlert: { status: 'ongoing' },
            subscription: 'EDU_2ND_DEGRE',
          }),
        ],
      });
      rowButton(element, 3, 'menu').click();
      await element.updateComplete;
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      const small = $$(element, 'button, input')
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => ({ control, box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ control, box }) => `${control.getAttribute('aria-label') ?? text(control)}: ${box.width}×${box.height}`);
      expect(small).to.deep.equal([]);
    });
  }
});
