import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-candidate-report.js';
import '../../src/define/pix-certif-context.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, record, selectOption, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';

// Today's Pix Certif (pix-certif-today.md § 1.9–1.10 and the contract's clarifications for
// edition "current"): every text below is copied from the spec, French and English.

const kirokov = { certificationCourseId: 87618, firstName: 'Manuel', lastName: 'Kirokov', isCompleted: true };
const nameReport = {
  id: 31,
  category: 'CANDIDATE_INFORMATIONS_CHANGES',
  subcategory: 'NAME_OR_BIRTHDATE',
  description: "Erreur sur l'orthographe du nom du candidat, c'est Kirkove et non Kirokov",
  questionNumber: null,
};
const imageReport = { id: 32, category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: null, questionNumber: 12 };
const withReports = { ...kirokov, issueReports: [nameReport, imageReport] };

const FRAUD_FORM = 'https://form-eu.123formbuilder.com/41052/form';

const CATEGORIES_FR = [
  'C1-C2 Modification infos candidat',
  'C4 Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne',
  'C6 Suspicion de fraude',
  'C7 Incident technique non bloquant',
  'C8 Incident lié au candidat non bloquant',
  'E1-E12 Problème technique sur une question',
];
const CATEGORIES_EN = [
  'C1-C2 Edit the candidate’s details',
  'C4 Was present but forgot to sign or signed on the wrong line',
  'C6 Suspected fraud',
  'C7 Non-blocking technical incident',
  'C8 Non-blocking incident linked to the candidate',
  'E1-E12 Technical problem with a question',
];
const IN_CHALLENGE_FR = [
  "E1 L'image ne s'affiche pas",
  "E2 Le simulateur/l'application ne s'affiche pas",
  "E3 Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas",
  'E4 Le site à visiter est indisponible/en maintenance/inaccessible',
  "E5 Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)",
  "E8 Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
  "E9 Le logiciel installé sur l'ordinateur n'a pas fonctionné",
  'E10 Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
  'E11 Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
  'E12 Problème avec l’accessibilité de la question (ex : daltonisme)',
];
const IN_CHALLENGE_EN = [
  'E1 The picture isn’t displayed',
  'E2 The simulator/the application isn’t displayed',
  'E3 The file to download can’t be downloaded or doesn’t open',
  'E4 The website to visit is unavailable/under maintenance/unreachable',
  'E5 The website is blocked by the establishment’s network restrictions (social media for ex.)',
  'E8 The candidate profits from extra time and hasn’t been able to answer the question within the time allocated',
  'E9 The software installed on the computer didn’t work',
  'E10 The candidate was forced to click outside the authorised frame for a focus mode question',
  'E11 A technical problem due to the Pix platform prevented the candidate from answering the question',
  'E12 Problem with the accessibility of the question (ex : colour blindness)',
];
const C7_TIP_FR = 'L’ordinateur s’est éteint, lenteur significative du réseau et/ou de l’appareil etc.';
const C7_TIP_EN = 'The computer switched off, significant slowness of the network and/or of the machine etc…';
const C7_INFO_FR =
  "Signalement à titre informatif, le problème rencontré n'a pas empêché le candidat de continuer à répondre aux questions. Pour rappel, un incident technique sur une question doit être signalé en direct pendant la session, depuis l'espace surveillant.";
const C7_INFO_EN =
  'Reporting on an indicative basis, the problem encountered didn’t prevent the candidate from continuing to answer the questions. As a reminder, any technical incident with a question must be reported live during the session, using the Invigilator’s Portal.';
const C8_TIP_FR =
  'a quitté temporairement, sous surveillance, la salle d’examen, est arrivé en retard, a rencontré des difficultés pour se connecter à la session, a dû se reconnecter à la session, avait oublié son mot de passe...';
const C8_TIP_EN =
  'Left temporarily, under invigilation, the exam room, arrived late, encountered difficulties to connect to the session, had to reconnect to the session, had forgotten their password…';
const C8_INFO_FR =
  "Signalement à titre informatif, le problème rencontré n'a pas empêché le candidat de continuer à répondre aux questions.";
const C8_INFO_EN =
  'Reporting on an indicative basis, the problem encountered didn’t prevent the candidate from continuing to answer the questions.';
const ADD_FAILED_FR = "Une erreur s'est produite lors de l'ajout du signalement. Merci de réessayer.";
const ADD_FAILED_EN = 'An error occurred while adding a reporting. Please try again.';
const DELETE_FAILED_FR = "Une erreur s'est produite lors de la suppression du signalement. Merci de réessayer après avoir rechargé la page";
const DELETE_FAILED_EN = 'An error has occurred while deleting the reporting. Please try again after refresh';

interface Options {
  report?: unknown;
  version?: number;
  lang?: 'fr' | 'en';
  stayOpen?: boolean;
  readonly?: boolean;
  timeout?: number;
}

async function openDialog(options: Options = {}): Promise<PixCandidateReport> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fr'}>
    <pix-candidate-report
      edition="current"
      .report=${options.report ?? kirokov}
      session-version=${options.version ?? 2}
      ?stay-open=${options.stayOpen ?? false}
      ?readonly=${options.readonly ?? false}
      .timeout=${options.timeout}
    ></pix-candidate-report>
  </div>`);
  const element = wrapper.querySelector<PixCandidateReport>('pix-candidate-report')!;
  await element.updateComplete;
  element.show();
  await element.updateComplete;
  return element;
}

function dialogOf(element: PixCandidateReport): HTMLDialogElement {
  return $(element, 'dialog') as HTMLDialogElement;
}

function categoryLabels(element: PixCandidateReport): string[] {
  return $$(element, '.categories > .category > .choice label').map((label) => text(label));
}

async function chooseCategory(element: PixCandidateReport, label: RegExp | string): Promise<void> {
  (byLabel(element, label) as HTMLInputElement).click();
  await element.updateComplete;
}

async function type(element: PixCandidateReport, control: HTMLElement, value: string): Promise<void> {
  control.focus();
  await sendKeys({ type: value });
  await element.updateComplete;
}

async function click(element: PixCandidateReport, name: string | RegExp): Promise<void> {
  button(element, name).click();
  await element.updateComplete;
  await element.updateComplete;
}

function errorsShown(element: PixCandidateReport): string[] {
  return $$(element, '.field-error').map((error) => text(error));
}

/** What the list view shows of each report: its lines. */
function linesOf(element: PixCandidateReport): string[][] {
  return $$(element, '.existing li').map((item) => [...item.querySelectorAll('.existing__line')].map((line) => text(line)));
}

function deleteButtons(element: PixCandidateReport): HTMLButtonElement[] {
  return $$(element, '.existing li button') as HTMLButtonElement[];
}

/** A report added through the form, as a person does it: C4 with a description. */
async function enterSignatureIssue(element: PixCandidateReport): Promise<void> {
  await chooseCategory(element, /^C4 /);
  await type(element, byLabel(element, 'Précisez'), 'A signé ligne 4');
}

describe('<pix-candidate-report edition="current">: the add view', () => {
  it('opens on the form when the candidate has no report: the title, the six categories in order, no field yet', async () => {
    const element = await openDialog();
    expect(dialogOf(element).open).to.equal(true);
    expect(text($(element, 'h2'))).to.equal('Signalement du candidat : Manuel Kirokov');
    expect(categoryLabels(element)).to.deep.equal(CATEGORIES_FR);
    expect($$(element, 'input[name="category"]:checked')).to.have.length(0);
    expect($$(element, 'textarea, select, input[type="number"]')).to.have.length(0);
    expect(text(button(element, 'Annuler'))).to.equal('Annuler');
    expect(text(button(element, 'Valider'))).to.equal('Valider');
    expect($$(element, '.existing'), 'no list view').to.have.length(0);
    expectFocus(byLabel(element, CATEGORIES_FR[0]!));
    await expectAccessible(element);
  });

  it('offers no E1-E12 to a version 3 session', async () => {
    const element = await openDialog({ version: 3 });
    expect(categoryLabels(element)).to.deep.equal(CATEGORIES_FR.slice(0, 5));
  });

  it('takes its edition (and so its catalogue) from a <pix-certif-context>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<pix-certif-context edition="current">
      <pix-candidate-report .report=${kirokov}></pix-candidate-report>
    </pix-certif-context>`);
    const element = wrapper.querySelector<PixCandidateReport>('pix-candidate-report')!;
    await element.updateComplete;
    element.show();
    await element.updateComplete;
    expect(categoryLabels(element)).to.deep.equal(CATEGORIES_FR);
  });

  it('shows the error state, and no dialog, for an edition that does not exist', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await fixture<PixCandidateReport>(
        html`<pix-candidate-report edition="2030" .report=${kirokov}></pix-candidate-report>`,
      );
      element.show();
      await element.updateComplete;
      expect($$(element, 'dialog')).to.have.length(0);
      expect(element.open).to.equal(false);
      expect(text($(element, '[role="alert"]'))).to.contain('edition: expected one of "2021", "current", received "2030"');
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('says "Veuillez sélectionner une catégorie" when none is chosen, and emits nothing', async () => {
    const element = await openDialog();
    const added = record(element, 'pix-issue-report-add');
    await click(element, 'Valider');
    expect(errorsShown(element)).to.deep.equal(['Veuillez sélectionner une catégorie']);
    expectFocus(byLabel(element, CATEGORIES_FR[0]!));
    expect(added).to.have.length(0);
    expect(dialogOf(element).open).to.equal(true);
    await expectAccessible(element);
  });

  it('C1-C2: a select "Sélectionnez une sous-catégorie :" with C1 chosen, a label per subcategory, then the payload', async () => {
    const element = await openDialog();
    await chooseCategory(element, CATEGORIES_FR[0]!);
    const select = byLabel(element, 'Sélectionnez une sous-catégorie :') as HTMLSelectElement;
    expect([...select.options].map((option) => text(option))).to.deep.equal([
      'C1 Modification des prénom/nom/date de naissance',
      'C2 Ajout/modification du temps majoré',
    ]);
    expect(select.value).to.equal('NAME_OR_BIRTHDATE');
    const description = byLabel(element, 'Renseignez les informations correctes');
    await click(element, 'Valider');
    expect(errorsShown(element)).to.deep.equal(['Veuillez décrire le signalement.']);
    expectFocus(description);
    await expectAccessible(element);
    selectOption(select, 'EXTRA_TIME_PERCENTAGE');
    await element.updateComplete;
    await type(element, byLabel(element, 'Précisez le temps majoré'), ' 30 % ');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail).to.deep.equal({
      certificationCourseId: 87618,
      issueReport: {
        category: 'CANDIDATE_INFORMATIONS_CHANGES',
        subcategory: 'EXTRA_TIME_PERCENTAGE',
        description: '30 %',
        questionNumber: null,
      },
    });
    expect(dialogOf(element).open, 'Pix closes the dialog once the report is added').to.equal(false);
  });

  it('C4: "Précisez", required', async () => {
    const element = await openDialog();
    await chooseCategory(element, CATEGORIES_FR[1]!);
    await click(element, 'Valider');
    expect(errorsShown(element)).to.deep.equal(['Veuillez décrire le signalement.']);
    await type(element, byLabel(element, 'Précisez'), 'A signé ligne 4');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'SIGNATURE_ISSUE',
      subcategory: null,
      description: 'A signé ligne 4',
      questionNumber: null,
    });
  });

  it('C6: no field, the notice with "ce formulaire" opening the fraud form in a new window; the payload has only the category', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'C6 Suspicion de fraude');
    expect($$(element, '.category__fields textarea, .category__fields select, .category__fields input')).to.have.length(0);
    expect(text($(element, '.notice'))).to.equal(
      'Merci de transmettre le procès-verbal de fraude rempli pendant la session de certification en utilisant ce formulaire',
    );
    const link = $(element, '.notice a') as HTMLAnchorElement;
    expect(link.textContent).to.equal('ce formulaire');
    expect(link.href).to.equal(FRAUD_FORM);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noreferrer');
    expect(link.querySelector('svg')!.getAttribute('aria-label')).to.equal('Ouverture dans une nouvelle fenêtre');
    await expectAccessible(element);
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'FRAUD',
      subcategory: null,
      description: null,
      questionNumber: null,
    });
  });

  it('C7: the ⓘ "Incident technique" with its examples, the info text once chosen, "Décrivez l\'incident rencontré"', async () => {
    const element = await openDialog();
    const tips = $$(element, '.info-tip__button');
    expect(tips.map((tip) => tip.getAttribute('aria-label'))).to.deep.equal(['Incident technique', 'Incident technique']);
    const c7Tip = tips[0]!;
    const content = $(element, `#${c7Tip.getAttribute('aria-controls')!}`);
    expect(content.textContent!.trim()).to.equal(C7_TIP_FR);
    expect(content.hidden).to.equal(true);
    c7Tip.click();
    await element.updateComplete;
    expect(content.hidden).to.equal(false);
    expect(text(content)).to.equal(C7_TIP_FR);
    // In the top layer, above the dialog (which would clip it otherwise), and inside the viewport.
    expect(!('showPopover' in HTMLElement.prototype) || content.matches(':popover-open')).to.equal(true);
    const box = content.getBoundingClientRect();
    expect(box.left >= 0 && box.right <= document.documentElement.clientWidth, 'the explanation stays inside the viewport').to.equal(true);
    await expectAccessible(element);
    await chooseCategory(element, CATEGORIES_FR[3]!);
    expect(text($(element, '.category__fields .alert--info'))).to.equal(C7_INFO_FR);
    await type(element, byLabel(element, "Décrivez l'incident rencontré"), 'Ordinateur éteint');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'NON_BLOCKING_TECHNICAL_ISSUE',
      subcategory: null,
      description: 'Ordinateur éteint',
      questionNumber: null,
    });
  });

  it('C8: its examples, its info text, "Décrivez l\'incident rencontré"', async () => {
    const element = await openDialog();
    const c8Tip = $$(element, '.info-tip__button')[1]!;
    expect($(element, `#${c8Tip.getAttribute('aria-controls')!}`).textContent!.trim()).to.equal(C8_TIP_FR);
    await chooseCategory(element, CATEGORIES_FR[4]!);
    expect(text($(element, '.category__fields .alert--info'))).to.equal(C8_INFO_FR);
    await type(element, byLabel(element, "Décrivez l'incident rencontré"), 'Arrivé en retard');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'NON_BLOCKING_CANDIDATE_ISSUE',
      subcategory: null,
      description: 'Arrivé en retard',
      questionNumber: null,
    });
  });

  it('E1-E12: "Numéro de question :" from 1 to 64, then the select with E1 chosen and the ten subcategories in order', async () => {
    const element = await openDialog();
    await chooseCategory(element, CATEGORIES_FR[5]!);
    const question = byLabel(element, 'Numéro de question :') as HTMLInputElement;
    expect(question.type).to.equal('number');
    expect(question.max).to.equal('64');
    expect(question.min).to.equal('1');
    expect(question.required).to.equal(true);
    const select = byLabel(element, 'Sélectionnez une sous-catégorie :') as HTMLSelectElement;
    expect([...select.options].map((option) => text(option))).to.deep.equal(IN_CHALLENGE_FR);
    expect(select.value).to.equal('IMAGE_NOT_DISPLAYING');
    const fields = $$(element, '.category__fields input, .category__fields select');
    expect(fields, 'the question number comes first').to.deep.equal([question, select]);
    expect($$(element, 'textarea')).to.have.length(0);

    await click(element, 'Valider');
    expect(errorsShown(element)).to.deep.equal(['Veuillez indiquer un numéro de question entre 1 et 64.']);
    expectFocus(question);
    await expectAccessible(element);
    for (const refused of ['65', '0']) {
      question.select();
      await type(element, question, refused);
      await click(element, 'Valider');
      expect(errorsShown(element), refused).to.deep.equal(['Veuillez indiquer un numéro de question entre 1 et 64.']);
    }
    question.select();
    await type(element, question, '64');
    expect(errorsShown(element)).to.deep.equal([]);
    selectOption(select, 'ACCESSIBILITY_ISSUE');
    await element.updateComplete;
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'IN_CHALLENGE',
      subcategory: 'ACCESSIBILITY_ISSUE',
      description: null,
      questionNumber: 64,
    });
  });

  it('E1-E12 with E1 as it comes: question 1 is enough', async () => {
    const element = await openDialog();
    await chooseCategory(element, CATEGORIES_FR[5]!);
    await type(element, byLabel(element, 'Numéro de question :'), '1');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await click(element, 'Valider');
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'IN_CHALLENGE',
      subcategory: 'IMAGE_NOT_DISPLAYING',
      description: null,
      questionNumber: 1,
    });
  });

  it('"Annuler" closes the dialog when it opened on the form', async () => {
    const element = await openDialog();
    const closed = oneEvent(element, 'close');
    await click(element, 'Annuler');
    await closed;
    expect(element.open).to.equal(false);
    expect(dialogOf(element).open).to.equal(false);
  });
});

describe('<pix-candidate-report edition="current">: the list view', () => {
  it('opens on "Mes signalements (2)": each report on its lines, its delete button, and "Ajouter un signalement"', async () => {
    const element = await openDialog({ report: withReports });
    expect(text($(element, 'h2'))).to.equal('Signalement du candidat : Manuel Kirokov');
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
    expect(linesOf(element)).to.deep.equal([
      ['C1-C2 Modification infos candidat', 'C1 Modification des prénom/nom/date de naissance'],
      ['E1-E12 Problème technique sur une question', "E1 L'image ne s'affiche pas"],
    ]);
    expect(deleteButtons(element).map((item) => item.getAttribute('aria-label'))).to.deep.equal([
      'Supprimer le signalement',
      'Supprimer le signalement',
    ]);
    expect(text(button(element, 'Ajouter un signalement'))).to.equal('Ajouter un signalement');
    expect($$(element, 'input[name="category"]'), 'no form in the list view').to.have.length(0);
    expect($$(element, 'button').map((item) => item.getAttribute('aria-label') ?? text(item))).to.deep.equal([
      'Fermer',
      'Supprimer le signalement',
      'Supprimer le signalement',
      'Ajouter un signalement',
    ]);
    expectFocus(button(element, 'Ajouter un signalement'));
    await expectAccessible(element);
  });

  it('shows a report without subcategory on one line', async () => {
    const fraud = { category: 'FRAUD', subcategory: null, description: null, questionNumber: null };
    const element = await openDialog({ report: { ...kirokov, issueReports: [fraud] } });
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
    expect(linesOf(element)).to.deep.equal([['C6 Suspicion de fraude']]);
  });

  it('"Ajouter un signalement" switches to the form in the same dialog; its "Annuler" comes back to the list', async () => {
    const element = await openDialog({ report: withReports });
    const dialog = dialogOf(element);
    await click(element, 'Ajouter un signalement');
    expect(dialogOf(element)).to.equal(dialog);
    expect(dialog.open).to.equal(true);
    expect(text($(element, 'h2'))).to.equal('Signalement du candidat : Manuel Kirokov');
    expect(categoryLabels(element)).to.deep.equal(CATEGORIES_FR);
    expect($$(element, '.existing')).to.have.length(0);
    expectFocus(byLabel(element, CATEGORIES_FR[0]!));
    await expectAccessible(element);
    await chooseCategory(element, 'C6 Suspicion de fraude');
    await click(element, 'Annuler');
    expect(dialog.open).to.equal(true);
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
    expectFocus(button(element, 'Ajouter un signalement'));
    await click(element, 'Ajouter un signalement');
    expect($$(element, 'input[name="category"]:checked'), 'the form starts afresh').to.have.length(0);
  });

  it('deletes a report: the event names it (with its id) and its position; the list follows', async () => {
    const element = await openDialog({ report: withReports });
    const removal = oneEvent(element, 'pix-issue-report-remove') as Promise<PixIssueReportRemoveEvent>;
    deleteButtons(element)[0]!.click();
    expect((await removal).detail).to.deep.equal({ certificationCourseId: 87618, issueReport: nameReport, index: 0 });
    await element.updateComplete;
    await element.updateComplete;
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
    expect(linesOf(element)).to.deep.equal([['E1-E12 Problème technique sur une question', "E1 L'image ne s'affiche pas"]]);
    expectFocus(deleteButtons(element)[0]!);
    deleteButtons(element)[0]!.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(text($(element, 'h3'))).to.equal('Mes signalements (0)');
    expectFocus(button(element, 'Ajouter un signalement'));
  });

  it('keeps a report whose removal the host prevents', async () => {
    const element = await openDialog({ report: withReports });
    element.addEventListener('pix-issue-report-remove', (event) => event.preventDefault());
    deleteButtons(element)[1]!.click();
    await element.updateComplete;
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
  });

  it('version 3 session: no delete button for an in-challenge report, one for the others', async () => {
    const element = await openDialog({ report: withReports, version: 3 });
    const items = $$(element, '.existing li');
    expect(items.map((item) => item.querySelectorAll('button').length)).to.deep.equal([1, 0]);
    expect(items[1]!.textContent).to.contain('E1-E12');
    await expectAccessible(element);
    const v2 = await openDialog({ report: withReports, version: 2 });
    expect($$(v2, '.existing li').map((item) => item.querySelectorAll('button').length)).to.deep.equal([1, 1]);
  });

  it('version 3 rule is edition "current"\'s: the guide\'s edition deletes every report', async () => {
    const element = await fixture<PixCandidateReport>(
      html`<pix-candidate-report session-version="3" .report=${withReports}></pix-candidate-report>`,
    );
    element.show();
    await element.updateComplete;
    expect($$(element, '.existing .delete')).to.have.length(2);
  });

  it('read-only (a finalised session): the list without buttons', async () => {
    const element = await openDialog({ report: withReports, readonly: true });
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
    expect(deleteButtons(element)).to.have.length(0);
    expect($$(element, 'button.add')).to.have.length(0);
    await expectAccessible(element);
  });

  it('after a report is added with stay-open, shows the list', async () => {
    const element = await openDialog({ stayOpen: true });
    await chooseCategory(element, 'C6 Suspicion de fraude');
    await click(element, 'Valider');
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
    expect(linesOf(element)).to.deep.equal([['C6 Suspicion de fraude']]);
  });
});

describe('<pix-candidate-report edition="current">: saving and deleting at once (respondWith)', () => {
  it('adding: waits for the host, then closes; the saved id goes with the report for a later deletion', async () => {
    const element = await openDialog();
    const host = answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await enterSignatureIssue(element);
    await click(element, 'Valider');
    expect(host.events).to.have.length(1);
    expect(host.events[0]!.detail.issueReport).to.deep.equal({
      category: 'SIGNATURE_ISSUE',
      subcategory: null,
      description: 'A signé ligne 4',
      questionNumber: null,
    });
    expect(dialogOf(element).open, 'open while saving').to.equal(true);
    expect(button(element, 'Valider').getAttribute('aria-disabled')).to.equal('true');
    await click(element, 'Valider');
    expect(host.events, 'one save at a time').to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialogOf(element).open, 'Escape waits too').to.equal(true);
    host.answers[0]!.resolve({ id: 77 });
    await flush(element);
    await flush(element);
    expect(dialogOf(element).open).to.equal(false);

    element.show();
    await element.updateComplete;
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
    const removal = oneEvent(element, 'pix-issue-report-remove') as Promise<PixIssueReportRemoveEvent>;
    deleteButtons(element)[0]!.click();
    expect((await removal).detail.issueReport).to.deep.equal({
      id: 77,
      category: 'SIGNATURE_ISSUE',
      subcategory: null,
      description: 'A signé ligne 4',
      questionNumber: null,
    });
  });

  it('adding refused: the message in the dialog, focused; the entries kept, nothing added, a retry possible', async () => {
    const element = await openDialog();
    const host = answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await enterSignatureIssue(element);
    await click(element, 'Valider');
    host.answers[0]!.reject(new Error('500'));
    await flush(element);
    await flush(element);
    expect(dialogOf(element).open).to.equal(true);
    const alert = $(element, '[role="alert"]');
    expect(text(alert)).to.equal(ADD_FAILED_FR);
    expectFocus(alert);
    expect((byLabel(element, 'Précisez') as HTMLTextAreaElement).value).to.equal('A signé ligne 4');
    expect(button(element, 'Valider').getAttribute('aria-disabled')).to.equal('false');
    await expectAccessible(element);
    await click(element, 'Valider');
    expect(host.events).to.have.length(2);
    host.answers[1]!.resolve(undefined);
    await flush(element);
    await flush(element);
    expect(dialogOf(element).open).to.equal(false);
    element.show();
    await element.updateComplete;
    expect(linesOf(element), 'the retry added it once').to.deep.equal([
      ['C4 Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne'],
    ]);
  });

  it('adding refused from the list: the list is as it was', async () => {
    const element = await openDialog({ report: withReports });
    const host = answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await click(element, 'Ajouter un signalement');
    await chooseCategory(element, 'C6 Suspicion de fraude');
    await click(element, 'Valider');
    host.answers[0]!.reject({ code: 'NOPE' });
    await flush(element);
    expect(text($(element, '[role="alert"]'))).to.equal(ADD_FAILED_FR);
    await click(element, 'Annuler');
    expect($$(element, '[role="alert"]'), 'the message belongs to the form').to.have.length(0);
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
  });

  it('a host that never answers: the timeout counts as a refusal', async () => {
    const element = await openDialog({ timeout: 50 });
    answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await chooseCategory(element, 'C6 Suspicion de fraude');
    await click(element, 'Valider');
    await flush(element, 80);
    expect(text($(element, '[role="alert"]'))).to.equal(ADD_FAILED_FR);
  });

  it('deleting: waits for the host, then the report goes', async () => {
    const element = await openDialog({ report: withReports });
    const host = answeringHost<PixIssueReportRemoveEvent>(element, 'pix-issue-report-remove');
    deleteButtons(element)[1]!.click();
    await element.updateComplete;
    expect(host.events[0]!.detail).to.deep.equal({ certificationCourseId: 87618, issueReport: imageReport, index: 1 });
    expect(text($(element, 'h3')), 'until the host answers').to.equal('Mes signalements (2)');
    expect(deleteButtons(element)[0]!.getAttribute('aria-disabled')).to.equal('true');
    deleteButtons(element)[0]!.click();
    expect(host.events, 'one deletion at a time').to.have.length(1);
    host.answers[0]!.resolve(undefined);
    await flush(element);
    await flush(element);
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
    expect(linesOf(element)).to.deep.equal([['C1-C2 Modification infos candidat', 'C1 Modification des prénom/nom/date de naissance']]);
  });

  it('deleting refused: the message in the dialog, focused, and the report stays', async () => {
    const element = await openDialog({ report: withReports });
    const host = answeringHost<PixIssueReportRemoveEvent>(element, 'pix-issue-report-remove');
    deleteButtons(element)[0]!.click();
    host.answers[0]!.reject(new Error('403'));
    await flush(element);
    await flush(element);
    const alert = $(element, '[role="alert"]');
    expect(text(alert)).to.equal(DELETE_FAILED_FR);
    expectFocus(alert);
    expect(text($(element, 'h3'))).to.equal('Mes signalements (2)');
    expect(linesOf(element)).to.have.length(2);
    await expectAccessible(element);
  });

  it('without respondWith, both count as accepted at once', async () => {
    const element = await openDialog({ report: withReports });
    deleteButtons(element)[0]!.click();
    await element.updateComplete;
    expect(text($(element, 'h3'))).to.equal('Mes signalements (1)');
  });
});

describe('<pix-candidate-report edition="current"> in English', () => {
  it('the add view: title, categories, buttons, the category error', async () => {
    const element = await openDialog({ lang: 'en' });
    expect(text($(element, 'h2'))).to.equal('Reporting for candidate : Manuel Kirokov');
    expect(categoryLabels(element)).to.deep.equal(CATEGORIES_EN);
    expect(text(button(element, 'Cancel'))).to.equal('Cancel');
    await click(element, 'Validate');
    expect(errorsShown(element)).to.deep.equal(['Please select a category']);
    await expectAccessible(element);
  });

  it('the fields of each category', async () => {
    const element = await openDialog({ lang: 'en' });
    await chooseCategory(element, CATEGORIES_EN[0]!);
    const select = byLabel(element, 'Select a subcategory:') as HTMLSelectElement;
    expect([...select.options].map((option) => text(option))).to.deep.equal([
      'C1 Edit the first name/last name/date of birth',
      'C2 Add/edit the extra time',
    ]);
    expect(byLabel(element, 'Fill in the correct details')).to.exist;
    await click(element, 'Validate');
    expect(errorsShown(element)).to.deep.equal(['Please describe the incident.']);
    selectOption(select, 'EXTRA_TIME_PERCENTAGE');
    await element.updateComplete;
    expect(byLabel(element, 'Specify extra time')).to.exist;

    await chooseCategory(element, CATEGORIES_EN[1]!);
    expect(byLabel(element, 'Specify')).to.exist;

    await chooseCategory(element, CATEGORIES_EN[2]!);
    expect(text($(element, '.notice'))).to.equal(
      'Please transmit the fraud report filled in during the certification session by using this form',
    );
    const link = $(element, '.notice a') as HTMLAnchorElement;
    expect(link.textContent).to.equal('this form');
    expect(link.href).to.equal(FRAUD_FORM);
    expect(link.querySelector('svg')!.getAttribute('aria-label')).to.equal('Open in a new window');

    const tips = $$(element, '.info-tip__button');
    expect(tips.map((tip) => tip.getAttribute('aria-label'))).to.deep.equal(['Technical issue', 'Technical issue']);
    expect(tips.map((tip) => $(element, `#${tip.getAttribute('aria-controls')!}`).textContent!.trim())).to.deep.equal([
      C7_TIP_EN,
      C8_TIP_EN,
    ]);

    await chooseCategory(element, CATEGORIES_EN[3]!);
    expect(text($(element, '.category__fields .alert--info'))).to.equal(C7_INFO_EN);
    expect(byLabel(element, 'Describe the incident encountered')).to.exist;
    await chooseCategory(element, CATEGORIES_EN[4]!);
    expect(text($(element, '.category__fields .alert--info'))).to.equal(C8_INFO_EN);
    expect(byLabel(element, 'Describe the incident encountered')).to.exist;

    await chooseCategory(element, CATEGORIES_EN[5]!);
    const question = byLabel(element, 'Question number :');
    expect([...(byLabel(element, 'Select a subcategory:') as HTMLSelectElement).options].map((option) => text(option))).to.deep.equal(
      IN_CHALLENGE_EN,
    );
    await type(element, question, '65');
    await click(element, 'Validate');
    expect(errorsShown(element)).to.deep.equal(['Please enter a question number between 1 and 64.']);
    await expectAccessible(element);
  });

  it('the list view and the refusals', async () => {
    const element = await openDialog({ lang: 'en', report: withReports });
    expect(text($(element, 'h3'))).to.equal('My reporting (2)');
    expect(linesOf(element)).to.deep.equal([
      ['C1-C2 Edit the candidate’s details', 'C1 Edit the first name/last name/date of birth'],
      ['E1-E12 Technical problem with a question', 'E1 The picture isn’t displayed'],
    ]);
    expect(deleteButtons(element).map((item) => item.getAttribute('aria-label'))).to.deep.equal([
      'Delete the reporting',
      'Delete the reporting',
    ]);
    await expectAccessible(element);
    const removals = answeringHost<PixIssueReportRemoveEvent>(element, 'pix-issue-report-remove');
    deleteButtons(element)[0]!.click();
    removals.answers[0]!.reject(new Error('no'));
    await flush(element);
    expect(text($(element, '[role="alert"]'))).to.equal(DELETE_FAILED_EN);

    const additions = answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await click(element, 'Add a reporting');
    await chooseCategory(element, CATEGORIES_EN[2]!);
    await click(element, 'Validate');
    additions.answers[0]!.reject(new Error('no'));
    await flush(element);
    expect(text($(element, '[role="alert"]'))).to.equal(ADD_FAILED_EN);
  });

  it('follows a language change live', async () => {
    const element = await openDialog({ report: withReports });
    element.parentElement!.setAttribute('lang', 'en');
    await flush(element);
    expect(text($(element, 'h3'))).to.equal('My reporting (2)');
  });
});
