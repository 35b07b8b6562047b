import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PixInvigilatorSpace } from '../../src/components/invigilator-space/invigilator-space.js';
import type {
  PixCandidateAuthorizeEvent,
  PixCandidateEndEvent,
  PixCandidateResumeEvent,
  PixCompanionAlertClearEvent,
  PixLiveAlertDismissEvent,
  PixLiveAlertValidateEvent,
} from '../../src/events/invigilator-events.js';
import type { SupervisedCandidate } from '../../src/state/schemas.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, focused, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';
import { person, poll, roster, row, rowButton, space, START } from './invigilator-space.fixtures.js';

function announcement(element: PixInvigilatorSpace): string {
  return text($(element, '.page > [role="status"]')).replace(/\u00a0/g, '');
}

function menuItems(element: PixInvigilatorSpace, id: number): HTMLElement[] {
  return [...row(element, id).querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

function dialog(element: PixInvigilatorSpace): HTMLDialogElement {
  return $(element, 'dialog') as HTMLDialogElement;
}

function footer(element: PixInvigilatorSpace): string[] {
  return [...dialog(element).querySelectorAll('.dialog__footer button')].map((item) => text(item));
}

/** A button of the dialog (the menu keeps hidden items of the same name). */
function dialogButton(element: PixInvigilatorSpace, label: string): HTMLButtonElement {
  const found = [...dialog(element).querySelectorAll('button')].find((item) => (item.getAttribute('aria-label') ?? text(item)) === label);
  if (!found) throw new Error(`No dialog button ${label}: ${footer(element).join(' | ')}`);
  return found;
}

async function openMenu(element: PixInvigilatorSpace, id: number): Promise<HTMLButtonElement> {
  const menuButton = rowButton(element, id, 'menu');
  menuButton.focus();
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  return menuButton;
}

async function chooseInMenu(element: PixInvigilatorSpace, id: number, label: string): Promise<void> {
  await openMenu(element, id);
  const item = menuItems(element, id).find((candidate) => text(candidate) === label);
  if (!item) throw new Error(`No menu item ${label}`);
  item.click();
  await flush(element);
}

/** A session with one candidate doing the test and one with each kind of live alert. */
function alerting(): SupervisedCandidate[] {
  return [
    ...roster(),
    person(5, {
      firstName: 'Chloé',
      lastName: 'Bernard',
      assessmentStatus: 'started',
      startDateTime: START,
      challengeLiveAlert: { status: 'ongoing', hasImage: true },
    }),
    person(6, {
      firstName: 'Omar',
      lastName: 'Diallo',
      assessmentStatus: 'started',
      startDateTime: START,
      companionLiveAlert: { status: 'ongoing' },
    }),
  ];
}

describe('<pix-invigilator-space>: options menu', () => {
  it('is a menu button: arrows, Home/End, Escape returns focus', async () => {
    const element = await space();
    const menuButton = await openMenu(element, 3);
    expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
    const items = menuItems(element, 3);
    expect(items.map((item) => text(item))).to.deep.equal(['Autoriser la reprise du test', 'Terminer le test']);
    expect($(element, '#menu-3').getAttribute('aria-label')).to.equal('Options du candidat');
    expectFocus(items[0]!);
    await sendKeys({ press: 'ArrowDown' });
    expectFocus(items[1]!);
    await sendKeys({ press: 'ArrowDown' });
    expectFocus(items[0]!);
    await sendKeys({ press: 'End' });
    expectFocus(items[1]!);
    await sendKeys({ press: 'Home' });
    expectFocus(items[0]!);
    await expectAccessible(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, '#menu-3').hidden).to.equal(true);
    expectFocus(menuButton);
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expectFocus(menuItems(element, 3)[1]!);
  });

  it('offers the extension item with a companion alert, and only "Terminer le test" past the duration', async () => {
    const element = await space({
      candidates: [
        person(1, { assessmentStatus: 'started', companionLiveAlert: { status: 'ongoing' } }),
        person(2, { assessmentStatus: 'started', hasExceededCertificationDuration: true }),
      ],
    });
    await openMenu(element, 1);
    expect(menuItems(element, 1).map((item) => text(item))).to.deep.equal([
      'Confirmer la présence de l’extension',
      'Autoriser la reprise du test',
      'Terminer le test',
    ]);
    await sendKeys({ press: 'Escape' });
    await openMenu(element, 2);
    expect(menuItems(element, 2).map((item) => text(item))).to.deep.equal(['Terminer le test']);
  });

  it('speaks English', async () => {
    const element = await space({
      lang: 'en',
      candidates: [person(1, { assessmentStatus: 'started', companionLiveAlert: { status: 'ongoing' } })],
    });
    await openMenu(element, 1);
    expect($(element, '#menu-1').getAttribute('aria-label')).to.equal("Candidate's options");
    expect(menuItems(element, 1).map((item) => text(item))).to.deep.equal([
      'Confirm extension presence',
      'Allow to resume the test',
      'End the exam',
    ]);
  });
});

describe('<pix-invigilator-space>: resume and end', () => {
  it('ends a test through the menu and its confirmation: sending, then a focused success message', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateEndEvent>(element, 'pix-candidate-end');
    await chooseInMenu(element, 3, 'Terminer le test');
    expect(dialog(element).open).to.equal(true);
    expect(text($(element, '#dialog-title'))).to.equal('Terminer le test de Jean-Luc Martin ?');
    expect(text(dialog(element).querySelector('.dialog__body > p'))).to.equal(
      'Attention : cette action entraîne la fin de son test de certification et est irréversible.',
    );
    expect(footer(element)).to.deep.equal(['Terminer le test', 'Annuler']);
    expectFocus(button(element, 'Annuler et fermer la fenêtre de confirmation'), 'initial focus on cancel');
    await expectAccessible(element);
    const confirm = dialogButton(element, 'Terminer le test');
    confirm.click();
    await element.updateComplete;
    expect(host.events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345, candidateId: 3 }]);
    expect(footer(element)).to.deep.equal(['Envoi en cours…', 'Annuler']);
    for (const item of dialog(element).querySelectorAll('.dialog__footer button'))
      expect(item.getAttribute('aria-disabled')).to.equal('true');
    confirm.click();
    button(element, 'Annuler et fermer la fenêtre de confirmation').click();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog(element).open, 'inert while sending').to.equal(true);
    expect(host.events).to.have.length(1);
    host.answers[0]!.resolve();
    await flush(element);
    expect(dialog(element).open).to.equal(false);
    const outcome = $(element, '[part="outcome"]');
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.equal('Succès ! Le test de Jean-Luc Martin est terminé.');
    expect(
      [...outcome.querySelectorAll('bdi')].map((name) => name.textContent),
      'each name isolated',
    ).to.deep.equal(['Jean-Luc', 'Martin']);
    expectFocus(outcome);
    await expectAccessible(element);
  });

  it('allows a resume; a refusal shows its message in a focused alert', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateResumeEvent>(element, 'pix-candidate-resume');
    await chooseInMenu(element, 3, 'Autoriser la reprise du test');
    expect(text($(element, '#dialog-title'))).to.equal('Autoriser Jean-Luc Martin à reprendre son test ?');
    expect(text(dialog(element).querySelector('.dialog__body > p'))).to.match(
      /^Si le candidat a fermé la fenêtre de son test de certification/,
    );
    expect(footer(element)).to.deep.equal(["Je confirme l'autorisation", 'Fermer']);
    button(element, "Je confirme l'autorisation").click();
    await element.updateComplete;
    host.answers[0]!.reject({ code: 'SOMETHING' });
    await flush(element);
    const outcome = $(element, '[part="outcome"]');
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(text(outcome)).to.equal("Une erreur est survenue, Jean-Luc Martin n'a pas pu être autorisé à reprendre son test.");
    expect(
      [...outcome.querySelectorAll('bdi')].map((name) => name.textContent),
      'each name isolated',
    ).to.deep.equal(['Jean-Luc', 'Martin']);
    expectFocus(outcome);
    await chooseInMenu(element, 3, 'Autoriser la reprise du test');
    button(element, "Je confirme l'autorisation").click();
    host.answers[1]!.resolve();
    await flush(element);
    expect(text($(element, '[part="outcome"]'))).to.equal('Succès ! Jean-Luc Martin peut reprendre son test de certification.');
  });

  it('speaks English', async () => {
    const element = await space({ lang: 'en' });
    const host = answeringHost<PixCandidateEndEvent>(element, 'pix-candidate-end');
    await chooseInMenu(element, 3, 'End the exam');
    expect(text($(element, '#dialog-title'))).to.equal('End the exam of Jean-Luc Martin?');
    expect(footer(element)).to.deep.equal(['End the exam', 'Cancel']);
    dialogButton(element, 'End the exam').click();
    host.answers[0]!.reject(new Error('x'));
    await flush(element);
    expect(text($(element, '[part="outcome"]'))).to.equal("An error occurred, Jean-Luc Martin's test could not be ended.");
    const resume = answeringHost<PixCandidateResumeEvent>(element, 'pix-candidate-resume');
    await chooseInMenu(element, 3, 'Allow to resume the test');
    expect(text($(element, '#dialog-title'))).to.equal('Allow Jean-Luc Martin to resume their test ?');
    expect(footer(element)).to.deep.equal(['I confirm permission', 'Close']);
    button(element, 'I confirm permission').click();
    resume.answers[0]!.resolve();
    await flush(element);
    expect(text($(element, '[part="outcome"]'))).to.equal('Success ! Jean-Luc Martin can resume his/her Pix certification exam.');
  });
});

describe('<pix-invigilator-space>: live alerts', () => {
  it('handles a question alert: reasons by the alert flags, "Valider" once a reason is picked, then the handled dialog', async () => {
    const element = await space({ candidates: alerting() });
    const host = answeringHost<PixLiveAlertValidateEvent>(element, 'pix-live-alert-validate');
    const handle = rowButton(element, 5, 'alert');
    expect(handle.getAttribute('aria-describedby')).to.equal('name-5');
    handle.click();
    await flush(element);
    expect(text($(element, '#dialog-title'))).to.equal('Chloé Bernard');
    const labels = $$(element, 'dialog .choice label').map((label) => text(label));
    expect(labels).to.deep.equal([
      "L'image ne s'affiche pas",
      'Le site à visiter est indisponible/en maintenance/inaccessible',
      "Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)",
      "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
      "Le logiciel installé sur l'ordinateur n'a pas fonctionné",
      'Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
      'Problème avec l’accessibilité de la question (ex : daltonisme)',
    ]);
    expect(text(dialog(element).querySelector('.dialog__footer p'))).to.equal(
      'Refuser le signalement permet la reprise de la question en cours. Sélectionnez un motif pour valider le signalement et permettre le changement de question.',
    );
    const validate = button(element, 'Valider le signalement');
    expect(validate.getAttribute('aria-disabled')).to.equal('true');
    validate.click();
    await element.updateComplete;
    expect(host.events).to.have.length(0);
    await expectAccessible(element);
    byLabel(element, "Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)").click();
    await element.updateComplete;
    expect(validate.getAttribute('aria-disabled')).to.equal('false');
    validate.click();
    await element.updateComplete;
    expect(host.events.map((event) => event.detail)).to.deep.equal([
      { sessionId: 12345, candidateId: 5, userId: 105, subcategory: 'WEBSITE_BLOCKED' },
    ]);
    host.answers[0]!.resolve();
    await flush(element);
    expect(dialog(element).open).to.equal(true);
    expect(text($(element, '#dialog-title'))).to.equal('Signalement du candidat : Chloé Bernard');
    expect(text(dialog(element).querySelector('.alert--success'))).to.equal('Le signalement a bien été validé.');
    expect(text(dialog(element).querySelector('.dialog__body'))).to.contain('Indiquez au candidat de rafraîchir sa page.');
    const close = button(element, 'Fermer la fenêtre de confirmation');
    expect(text(close)).to.equal('Fermer');
    expectFocus(close);
    await expectAccessible(element);
    close.click();
    await flush(element);
    expect(dialog(element).open).to.equal(false);
    expectFocus(handle);
  });

  it('refuses an alert; ALREADY_ANSWERED_ERROR and other failures show in the dialog', async () => {
    const element = await space({ candidates: alerting() });
    const host = answeringHost<PixLiveAlertDismissEvent>(element, 'pix-live-alert-dismiss');
    rowButton(element, 5, 'alert').click();
    await flush(element);
    button(element, 'Refuser le signalement').click();
    host.answers[0]!.reject({ code: 'ALREADY_ANSWERED_ERROR' });
    await flush(element);
    expect(text(dialog(element).querySelector('[role="alert"]'))).to.equal(
      'Le candidat a répondu à cette question. Cette alerte sera ignorée.',
    );
    await expectAccessible(element);
    button(element, 'Refuser le signalement').click();
    host.answers[1]!.reject({ status: 500 });
    await flush(element);
    expect(text(dialog(element).querySelector('[role="alert"]'))).to.equal('Une erreur a eu lieu. Merci de réessayer ultérieurement.');
    button(element, 'Refuser le signalement').click();
    expect(host.events.at(-1)!.detail).to.deep.equal({ sessionId: 12345, candidateId: 5, userId: 105 });
    host.answers[2]!.resolve();
    await flush(element);
    expect(text(dialog(element).querySelector('.alert--success'))).to.equal('Le signalement a bien été refusé.');
  });

  it('confirms the extension: its dialog, then the message in the page', async () => {
    const element = await space({ candidates: alerting() });
    const host = answeringHost<PixCompanionAlertClearEvent>(element, 'pix-companion-alert-clear');
    await chooseInMenu(element, 6, 'Confirmer la présence de l’extension');
    expect(text($(element, '#dialog-title'))).to.equal('Confirmer que Omar Diallo a bien l’extension ?');
    expect(text(dialog(element).querySelector('.dialog__body > p'))).to.equal(
      'Cette action permettra au candidat de reprendre son test à l’endroit où il l’avait quitté.',
    );
    expect(footer(element)).to.deep.equal(['Annuler', 'Confirmer']);
    await expectAccessible(element);
    button(element, 'Confirmer la présence de l’extension et traiter le signalement').click();
    expect(host.events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345, candidateId: 6, userId: 106 }]);
    host.answers[0]!.resolve();
    await flush(element);
    const outcome = $(element, '[part="outcome"]');
    // Firefox separates paragraphs with a blank line in innerText.
    expect(
      outcome.innerText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).to.deep.equal(['Le signalement a bien été traité.', 'Veuillez indiquer au candidat de rafraîchir sa page.']);
    expectFocus(outcome);
  });

  it('speaks English', async () => {
    const element = await space({ candidates: alerting(), lang: 'en' });
    const host = answeringHost<PixLiveAlertValidateEvent>(element, 'pix-live-alert-validate');
    rowButton(element, 5, 'alert').click();
    await flush(element);
    expect($$(element, 'dialog .choice label').map((label) => text(label))[0]).to.equal('The picture isn’t displayed');
    expect(text(dialog(element).querySelector('.dialog__footer p'))).to.equal(
      'Rejecting the report allows resuming the current question. Select a reason to validate the report and allow question change.',
    );
    button(element, 'Reject the report');
    byLabel(element, 'The picture isn’t displayed').click();
    await element.updateComplete;
    button(element, 'Validate the report').click();
    host.answers[0]!.reject({ code: 'ALREADY_ANSWERED_ERROR' });
    await flush(element);
    expect(text(dialog(element).querySelector('[role="alert"]'))).to.equal(
      'The candidate has already answered this question. This alert will therefore be ignored.',
    );
    button(element, 'Validate the report').click();
    host.answers[1]!.resolve();
    await flush(element);
    expect(text($(element, '#dialog-title'))).to.equal('Candidate report: Chloé Bernard');
    expect(text(dialog(element).querySelector('.alert--success'))).to.equal('The report has been properly validated.');
    expect(text(dialog(element).querySelector('.dialog__body'))).to.contain('Tell the candidate to refresh their page.');
    button(element, 'Close confirmation window').click();
    await flush(element);
    const clear = answeringHost<PixCompanionAlertClearEvent>(element, 'pix-companion-alert-clear');
    await chooseInMenu(element, 6, 'Confirm extension presence');
    expect(text($(element, '#dialog-title'))).to.equal('Confirm that Omar Diallo has the extension?');
    expect(text(dialog(element).querySelector('.dialog__body > p'))).to.equal(
      'This action allows the candidate to resume the test from the point at which he left it.',
    );
    button(element, 'Confirm the presence of the extension and process the report').click();
    clear.answers[0]!.resolve();
    await flush(element);
    expect(text($(element, '[part="outcome"]'))).to.equal('The report has been processed. Please ask the candidate to refresh his page.');
  });
});

describe('<pix-invigilator-space>: polls', () => {
  it('a long list skips its cards out of sight, never the one whose menu is open; a short one draws them all', async () => {
    const many = Array.from({ length: 80 }, (_, index) =>
      person(index + 1, { lastName: `Nom${index + 1}`, authorizedToStart: true, assessmentStatus: 'started', startDateTime: START }),
    );
    const element = await space({ candidates: many });
    const cards = $$(element, '.candidate');
    expect(cards).to.have.length(80);
    expect(getComputedStyle(cards[0]!).contentVisibility).to.equal('auto');
    // The last card's menu, opened from the keyboard, shows whole: the card does not clip it.
    const menuButton = rowButton(element, 80, 'menu');
    menuButton.scrollIntoView({ block: 'center' });
    await openMenu(element, 80);
    expect(getComputedStyle(row(element, 80)).contentVisibility).to.equal('visible');
    const item = menuItems(element, 80)[0]!;
    const box = item.getBoundingClientRect();
    const shadowRoot = element.shadowRoot!;
    expect(shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('[role="menuitem"]')).to.equal(item);
    await poll(
      element,
      many.map((candidate) => ({ ...candidate })),
    );
    // (Out of sight, a card's innerText is empty: its text is read from the DOM.)
    expect(row(element, 2).querySelector('.name')!.textContent, 'a poll keeps every card').to.equal('Nom2 Linh');

    const few = await space();
    expect(getComputedStyle($(few, '.candidate')).contentVisibility).to.equal('visible');
  });

  it('keeps focus on the open menu, the menu open and the search, and announces a status change once', async () => {
    const element = await space();
    await (async () => {
      const field = $(element, '#search') as HTMLInputElement;
      field.focus();
      await sendKeys({ type: 'm' });
      await element.updateComplete;
    })();
    expect($$(element, '.candidate').length).to.equal(1);
    await openMenu(element, 3);
    await sendKeys({ press: 'ArrowDown' });
    const item = menuItems(element, 3)[1]!;
    expectFocus(item);
    const next = roster().map((candidate) =>
      candidate.id === 1 ? { ...candidate, assessmentStatus: 'started' as const, startDateTime: START } : candidate,
    );
    next.push(person(7, { firstName: 'Marc', lastName: 'Moreau' }));
    await poll(element, next);
    expectFocus(item, 'focus stays on the same menu item');
    expect(rowButton(element, 3, 'menu').getAttribute('aria-expanded')).to.equal('true');
    expect(($(element, '#search') as HTMLInputElement).value).to.equal('m');
    expect($$(element, '.candidate .name').map((name) => text(name))).to.deep.equal(['Martin Jean-Luc', 'Moreau Marc']);
    expect(announcement(element)).to.equal('Linh Nguyen : En cours');
    await poll(
      element,
      next.map((candidate) => ({ ...candidate })),
    );
    expect(announcement(element), 'announced once').to.equal('Linh Nguyen : En cours');
    const done = next.map((candidate) => (candidate.id === 3 ? { ...candidate, assessmentStatus: 'completed' as const } : candidate));
    await poll(element, done);
    expect(announcement(element)).to.equal('Jean-Luc Martin : Terminé');
    expect(row(element, 3).querySelector('[data-control="menu"]'), 'the menu went with the test').to.equal(null);
    expectFocus($(element, '#search'), 'focus falls back to the search field');
    await expectAccessible(element);
  });

  it('keeps an open dialog whose candidate is still there, and the scroll position', async () => {
    const many = Array.from({ length: 40 }, (_, index) =>
      person(index + 1, { lastName: `Nom${index + 1}`, assessmentStatus: 'started', startDateTime: START }),
    );
    const element = await space({ candidates: many });
    const scroller = document.scrollingElement!;
    row(element, 30).scrollIntoView();
    const scrolled = scroller.scrollTop;
    expect(scrolled).to.be.greaterThan(0);
    await chooseInMenu(element, 30, 'Terminer le test');
    const before = $(element, '#dialog-title');
    await poll(
      element,
      many.map((candidate) => ({ ...candidate })),
    );
    expect(dialog(element).open).to.equal(true);
    expect($(element, '#dialog-title')).to.equal(before);
    expectFocus(button(element, 'Annuler et fermer la fenêtre de confirmation'));
    button(element, 'Annuler et fermer la fenêtre de confirmation').click();
    await flush(element);
    expect(scroller.scrollTop).to.equal(scrolled);
    await chooseInMenu(element, 30, 'Terminer le test');
    await poll(
      element,
      many.filter((candidate) => candidate.id !== 30),
    );
    expect(dialog(element).open, 'closed once its candidate left').to.equal(false);
    expect(focused()).to.not.equal(document.body);
  });

  it("moves focus to the same candidate's other control when the presence button goes, else to the search", async () => {
    const element = await space();
    const host = answeringHost<PixCandidateAuthorizeEvent>(element, 'pix-candidate-authorize');
    const toggle = rowButton(element, 2, 'attendance');
    toggle.focus();
    const started = roster().map((candidate) =>
      candidate.id === 2 ? { ...candidate, assessmentStatus: 'started' as const, startDateTime: START } : candidate,
    );
    await poll(element, started);
    expectFocus(rowButton(element, 2, 'menu'));
    expect(host.events).to.have.length(0);
    rowButton(element, 1, 'attendance').focus();
    await poll(
      element,
      started.filter((candidate) => candidate.id !== 1),
    );
    expectFocus($(element, '#search'));
  });
});

describe('<pix-invigilator-space>: answers that come late or never', () => {
  it('counts an end the host never answers as a failure after the timeout', async () => {
    const element = await space({ timeout: 20 });
    answeringHost<PixCandidateEndEvent>(element, 'pix-candidate-end');
    await chooseInMenu(element, 3, 'Terminer le test');
    dialogButton(element, 'Terminer le test').click();
    await flush(element, 60);
    expect(dialog(element).open).to.equal(false);
    const outcome = $(element, '[part="outcome"]');
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(text(outcome)).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
  });

  it('ignores the answer to a dialog once another session is given', async () => {
    const element = await space();
    const host = answeringHost<PixCandidateEndEvent>(element, 'pix-candidate-end');
    await chooseInMenu(element, 3, 'Terminer le test');
    dialogButton(element, 'Terminer le test').click();
    await element.updateComplete;
    element.session = { ...element.session!, id: 777 };
    element.candidates = roster();
    await flush(element);
    host.answers[0]!.resolve();
    await flush(element);
    expect($$(element, '[part="outcome"]')).to.have.length(0);
    expect(text($(element, 'h1'))).to.equal('Session 777');
  });

  it('after "Quitter la surveillance", the host gives no session: the login form, empty, with focus in it', async () => {
    const element = await space();
    element.addEventListener('pix-invigilator-exit', () => {
      element.session = null;
    });
    button(element, 'Quitter la surveillance de la session 12345').click();
    await flush(element);
    button(element, 'Quitter la surveillance').click();
    await flush(element);
    expect(text($(element, 'h1'))).to.equal('Espace Surveillant');
    expect((byLabel(element, /^Numéro de la session/) as HTMLInputElement).value).to.equal('');
    expectFocus(byLabel(element, /^Numéro de la session/));
  });
});
