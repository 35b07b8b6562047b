import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-candidate-report.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import { PixCandidateReportCloseEvent } from '../../src/events/native-events.js';
import type { Catalogue } from '../../src/state/catalogues.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, record, recordAll, selectOption, shiftTab, text } from '../helpers/dom.js';

const kirokov = { certificationCourseId: 87618, firstName: 'Manuel', lastName: 'Kirokov', isCompleted: true };

async function openDialog(template = html`<pix-candidate-report .report=${kirokov}></pix-candidate-report>`): Promise<PixCandidateReport> {
  const element = await fixture<PixCandidateReport>(template);
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
  const radio = byLabel(element, label) as HTMLInputElement;
  radio.click();
  await element.updateComplete;
}

async function type(element: PixCandidateReport, control: HTMLElement, value: string): Promise<void> {
  control.focus();
  await sendKeys({ type: value });
  await element.updateComplete;
}

async function validate(element: PixCandidateReport): Promise<void> {
  button(element, 'Valider').click();
  await element.updateComplete;
  await element.updateComplete;
}

function errorsShown(element: PixCandidateReport): string[] {
  return $$(element, '.field-error').map((error) => text(error));
}

describe('<pix-candidate-report>', () => {
  it('opens a modal dialog titled with the candidate, listing the 2021 categories in order with their codes', async () => {
    const element = await openDialog();
    const dialog = dialogOf(element);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(element.open).to.equal(true);
    expect(text($(element, 'h2'))).to.equal('Signalement du candidat : Manuel Kirokov');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(categoryLabels(element)).to.deep.equal([
      'A1 Problème technique',
      'A2 Autre incident',
      'C1-C2 Modification infos candidat',
      'C3-C4 Retard, absence ou départ',
      'C5 Connexion et fin de test : le candidat a passé les dernières questions, faute de temps',
      'E1-E7 Problème sur une question',
    ]);
    expect($$(element, 'textarea, select, input[type="number"]')).to.have.length(0);
    await expectAccessible(element);
  });

  it('keeps its title and close button in sight while its long form scrolls', async () => {
    const element = await openDialog();
    expect(getComputedStyle($(element, '.dialog__header')).position).to.equal('sticky');
  });

  it('opens with the open attribute too, and focus goes into the dialog', async () => {
    const element = await fixture<PixCandidateReport>(html`<pix-candidate-report open .report=${kirokov}></pix-candidate-report>`);
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    expectFocus(byLabel(element, 'A1 Problème technique'));
  });

  it('lists the 2022 categories and hides IN_CHALLENGE for a version 3 session', async () => {
    const v2 = await openDialog(html`<pix-candidate-report catalogue="2022" .report=${kirokov}></pix-candidate-report>`);
    expect(categoryLabels(v2).map((label) => label.split(' ')[0])).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8', 'E1-E12']);
    const v3 = await openDialog(
      html`<pix-candidate-report catalogue="2022" session-version="3" .report=${kirokov}></pix-candidate-report>`,
    );
    expect(categoryLabels(v3).map((label) => label.split(' ')[0])).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8']);
    const v3of2021 = await openDialog(html`<pix-candidate-report session-version="3" .report=${kirokov}></pix-candidate-report>`);
    expect(categoryLabels(v3of2021)).to.have.length(6);
  });

  it('says "Veuillez sélectionner une catégorie." when none is chosen, focuses it and emits nothing', async () => {
    const element = await openDialog();
    const added = record(element, 'pix-issue-report-add');
    await validate(element);
    expect(errorsShown(element)).to.deep.equal(['Veuillez sélectionner une catégorie.']);
    expectFocus(byLabel(element, 'A1 Problème technique'));
    expect(text($(element, '[role="status"]'))).to.contain('Veuillez sélectionner une catégorie.');
    expect(added).to.have.length(0);
    expect(dialogOf(element).open).to.equal(true);
    await expectAccessible(element);
  });

  it('shows a field’s error once the person leaves it, announces it, and drops it as soon as it is fixed', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'E1-E7 Problème sur une question');
    const question = byLabel(element, 'Numéro de la question') as HTMLInputElement;
    await type(element, question, '0');
    expect(errorsShown(element), 'nothing while typing').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expectFocus(byLabel(element, 'Type de problème'));
    expect(errorsShown(element)).to.deep.equal(['Veuillez indiquer un numéro de question entre 1 et 500.']);
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(question.getAttribute('aria-describedby')).to.equal('question-number-error');
    expect(text($(element, '[role="status"]')).replace(/\u00a0/g, '')).to.equal(
      'Numéro de la question : Veuillez indiquer un numéro de question entre 1 et 500.',
    );
    await expectAccessible(element);
    question.select();
    await type(element, question, '12');
    expect(errorsShown(element), 'fixed: gone at once; the select, passed through untouched, shows nothing').to.deep.equal([]);
    expect(question.getAttribute('aria-invalid')).to.equal('false');
    expect(byLabel(element, 'Type de problème').getAttribute('aria-invalid')).to.equal('false');
  });

  it('announces a refused submission again when it is refused again with the same errors', async () => {
    const element = await openDialog();
    await validate(element);
    const first = $(element, '[role="status"]').textContent;
    await validate(element);
    const second = $(element, '[role="status"]').textContent;
    expect(first).to.contain('Veuillez sélectionner une catégorie.');
    expect(second).to.contain('Veuillez sélectionner une catégorie.');
    expect(second, 'a live region reads only a change').not.to.equal(first);
  });

  it('A1: reveals its described field with a live counter, and emits the trimmed report', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'A1 Problème technique');
    const description = byLabel(element, 'Décrivez le problème technique') as HTMLTextAreaElement;
    expect(text($(element, '#description-counter'))).to.equal('0 / 500');
    await type(element, description, '  Écran noir  ');
    expect(text($(element, '#description-counter'))).to.equal('14 / 500');
    await expectAccessible(element);
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    const { detail } = await event;
    expect(detail).to.deep.equal({
      certificationCourseId: 87618,
      issueReport: { category: 'TECHNICAL_PROBLEM', subcategory: null, description: 'Écran noir', questionNumber: null },
    });
    expect(element.open).to.equal(false);
    expect(dialogOf(element).open).to.equal(false);
  });

  it('A2: a blank description is missing', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'A2 Autre incident');
    const description = byLabel(element, "Décrivez l'incident");
    await type(element, description, '   ');
    await validate(element);
    expect(errorsShown(element)).to.deep.equal(['Veuillez décrire le signalement.']);
    expectFocus(description);
    expect(description.getAttribute('aria-invalid')).to.equal('true');
    expect(description.getAttribute('aria-describedby')).to.contain('description-error');
    await expectAccessible(element);
  });

  it("C1-C2: subcategory radios, then the description; the guide's example goes through", async () => {
    const element = await openDialog();
    await chooseCategory(element, 'C1-C2 Modification infos candidat');
    await validate(element);
    expect(errorsShown(element)).to.deep.equal(['Veuillez sélectionner une sous-catégorie.']);
    expectFocus(byLabel(element, 'C1 Prénom / Nom / Date de naissance'));
    await expectAccessible(element);
    (byLabel(element, 'C1 Prénom / Nom / Date de naissance') as HTMLInputElement).click();
    await element.updateComplete;
    const description = byLabel(element, "Détaillez les informations qu'il faut modifier");
    await type(element, description, "Erreur sur l'orthographe du nom du candidat, c'est Kirkove et non Kirokov");
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      subcategory: 'NAME_OR_BIRTHDATE',
      description: "Erreur sur l'orthographe du nom du candidat, c'est Kirkove et non Kirokov",
      questionNumber: null,
    });
  });

  it('C3-C4: C3 needs "Précisez et indiquez l\'heure de sortie", C4 is optional', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'C3-C4 Retard, absence ou départ');
    (byLabel(element, 'C3 Écran de fin de test non vu') as HTMLInputElement).click();
    await element.updateComplete;
    expect(byLabel(element, "Précisez et indiquez l'heure de sortie")).to.exist;
    await validate(element);
    expect(errorsShown(element)).to.deep.equal(['Veuillez décrire le signalement.']);
    (byLabel(element, /^C4 Était présent/) as HTMLInputElement).click();
    await element.updateComplete;
    expect(byLabel(element, 'Précisez (facultatif)')).to.exist;
    expect(errorsShown(element)).to.deep.equal([]);
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'LATE_OR_LEAVING',
      subcategory: 'SIGNATURE_ISSUE',
      description: null,
      questionNumber: null,
    });
  });

  it('C5: no field at all', async () => {
    const element = await openDialog();
    await chooseCategory(element, /^C5 /);
    expect($$(element, '.category__fields textarea, .category__fields select, .category__fields input')).to.have.length(0);
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'CONNECTION_OR_END_SCREEN',
      subcategory: null,
      description: null,
      questionNumber: null,
    });
  });

  it('E1-E7: question number and "Type de problème" select; E6/E7 add a description', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'E1-E7 Problème sur une question');
    const question = byLabel(element, 'Numéro de la question') as HTMLInputElement;
    const select = byLabel(element, 'Type de problème') as HTMLSelectElement;
    expect([...select.options].map((option) => text(option))).to.deep.equal([
      '-- Choisissez --',
      "E1 L'image ne s'affiche pas",
      "E2 Le simulateur/l'application ne s'affiche pas",
      "E3 Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas",
      'E4 Le site à visiter est indisponible/en maintenance/inaccessible',
      "E5 Le site est bloqué par les restrictions réseau de l'établissement",
      'E6 Le lien ne fonctionne pas',
      'E7 Autre incident lié à une question',
    ]);
    await validate(element);
    expect(errorsShown(element)).to.deep.equal([
      'Veuillez indiquer un numéro de question entre 1 et 500.',
      'Veuillez sélectionner une sous-catégorie.',
    ]);
    expectFocus(question);
    await expectAccessible(element);

    await type(element, question, '501');
    selectOption(select, 'LINK_NOT_WORKING');
    await element.updateComplete;
    const description = byLabel(element, 'Décrivez le problème');
    await validate(element);
    expect(errorsShown(element)).to.deep.equal([
      'Veuillez indiquer un numéro de question entre 1 et 500.',
      'Veuillez décrire le signalement.',
    ]);
    question.select();
    await type(element, question, '12');
    await type(element, description, 'Lien mort');
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'IN_CHALLENGE',
      subcategory: 'LINK_NOT_WORKING',
      description: 'Lien mort',
      questionNumber: 12,
    });
  });

  it('switching category keeps nothing stale in the data', async () => {
    const element = await openDialog();
    await chooseCategory(element, 'E1-E7 Problème sur une question');
    await type(element, byLabel(element, 'Numéro de la question'), '7');
    selectOption(byLabel(element, 'Type de problème') as HTMLSelectElement, 'OTHER');
    await element.updateComplete;
    await type(element, byLabel(element, 'Décrivez le problème'), 'Question illisible');
    await chooseCategory(element, /^C5 /);
    const event = oneEvent(element, 'pix-issue-report-add') as Promise<PixIssueReportAddEvent>;
    await validate(element);
    expect((await event).detail.issueReport).to.deep.equal({
      category: 'CONNECTION_OR_END_SCREEN',
      subcategory: null,
      description: null,
      questionNumber: null,
    });
  });

  it('2022: category-specific labels and info texts', async () => {
    const element = await openDialog(html`<pix-candidate-report catalogue="2022" .report=${kirokov}></pix-candidate-report>`);
    await chooseCategory(element, /^C6 Suspicion de fraude/);
    expect(text($(element, '.category__fields .alert'))).to.contain('PV de fraude');
    await expectAccessible(element);
    await chooseCategory(element, /^C7 /);
    expect(byLabel(element, "Décrivez l'incident rencontré")).to.exist;
    expect(text($(element, '.category__fields .alert'))).to.contain("n'a pas empêché le candidat");
    await chooseCategory(element, /^C1-C2 /);
    (byLabel(element, 'C2 Temps majoré') as HTMLInputElement).click();
    await element.updateComplete;
    expect(byLabel(element, 'Précisez le temps majoré')).to.exist;
    await chooseCategory(element, /^E1-E12 /);
    const select = byLabel(element, 'Type de problème') as HTMLSelectElement;
    expect(select.options).to.have.length(11);
    selectOption(select, 'ACCESSIBILITY_ISSUE');
    await element.updateComplete;
    expect($$(element, 'textarea')).to.have.length(0);
  });

  it('stays open for the next report when asked, and lists what was added', async () => {
    const element = await openDialog(html`<pix-candidate-report stay-open .report=${kirokov}></pix-candidate-report>`);
    const added = record<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await chooseCategory(element, /^C5 /);
    await validate(element);
    expect(added).to.have.length(1);
    expect(dialogOf(element).open).to.equal(true);
    expect(text($(element, '.existing h3'))).to.equal('1 signalement');
    expect($$(element, 'input[name="category"]:checked')).to.have.length(0);
    await element.updateComplete;
    expectFocus(byLabel(element, 'A1 Problème technique'));
    expect(text($(element, '[role="status"]'))).to.equal(
      'Signalement ajouté : C5 Connexion et fin de test : le candidat a passé les dernières questions, faute de temps.',
    );
  });

  it('lists existing reports ("N signalements") and deletes one', async () => {
    const report = {
      ...kirokov,
      issueReports: [
        { category: 'OTHER', subcategory: null, description: 'Alarme incendie', questionNumber: null },
        { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: null, questionNumber: 4 },
      ],
    };
    const element = await openDialog(html`<pix-candidate-report .report=${report}></pix-candidate-report>`);
    expect(text($(element, '.existing h3'))).to.equal('2 signalements');
    expect($$(element, '.existing li').map((item) => text(item.querySelector('.existing__text')))).to.deep.equal([
      'A2 Autre incident Alarme incendie',
      "E1 L'image ne s'affiche pas Numéro de la question : 4",
    ]);
    await expectAccessible(element);
    const removal = oneEvent(element, 'pix-issue-report-remove') as Promise<PixIssueReportRemoveEvent>;
    button(element, 'Supprimer le signalement A2 Autre incident').click();
    const { detail } = await removal;
    expect(detail).to.deep.equal({ certificationCourseId: 87618, issueReport: report.issueReports[0], index: 0 });
    await element.updateComplete;
    expect(text($(element, '.existing h3'))).to.equal('1 signalement');
    await element.updateComplete;
    expectFocus(button(element, "Supprimer le signalement E1 L'image ne s'affiche pas"));
  });

  it('keeps focus inside, closes with Escape or Annuler without emitting, and returns focus to the opener', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="opener">Ajouter</button>
      <pix-candidate-report .report=${kirokov}></pix-candidate-report>
    </div>`);
    const opener = wrapper.querySelector('#opener') as HTMLButtonElement;
    const element = wrapper.querySelector('pix-candidate-report') as PixCandidateReport;
    const events = recordAll(element, 'pix-issue-report-add', 'pix-issue-report-remove');
    opener.addEventListener('click', () => element.show());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    const first = byLabel(element, 'A1 Problème technique');
    expectFocus(first);

    await shiftTab();
    expectFocus(button(element, 'Fermer'));
    await shiftTab();
    expectFocus(button(element, 'Valider'));
    await sendKeys({ press: 'Tab' });
    expectFocus(button(element, 'Fermer'));
    await sendKeys({ press: 'Tab' });
    expectFocus(first);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(false);
    expect(element.open).to.equal(false);
    expectFocus(opener);

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await chooseCategory(element, /^C5 /);
    button(element, 'Annuler').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(false);
    expectFocus(opener);
    expect(events).to.have.length(0);
  });

  it('gives focus to the fallbackFocus the host gives when the opener has left the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="opener">Ajouter</button>
      <button id="instead">À la place</button>
      <pix-candidate-report .report=${kirokov}></pix-candidate-report>
    </div>`);
    const opener = wrapper.querySelector('#opener') as HTMLButtonElement;
    const instead = wrapper.querySelector('#instead') as HTMLButtonElement;
    const element = wrapper.querySelector('pix-candidate-report') as PixCandidateReport;
    element.fallbackFocus = () => instead;
    opener.addEventListener('click', () => element.show());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    opener.remove();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(false);
    expectFocus(instead);
  });

  it('says it closed with one composed, bubbling close event, whatever closed it; nothing else leaves the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><pix-candidate-report .report=${kirokov}></pix-candidate-report></div>`);
    const element = wrapper.querySelector('pix-candidate-report') as PixCandidateReport;
    const closes = record<Event>(wrapper, 'close');
    const internal = recordAll([wrapper, document], 'modal-dialog-close');
    const closeWith = async (gesture: () => Promise<void> | void): Promise<void> => {
      element.show();
      await element.updateComplete;
      expect(dialogOf(element).open).to.equal(true);
      const closed = oneEvent(wrapper, 'close');
      await gesture();
      await closed;
      expect(dialogOf(element).open).to.equal(false);
    };
    await closeWith(() => sendKeys({ press: 'Escape' }));
    await closeWith(() => button(element, 'Annuler').click());
    await closeWith(() => button(element, 'Fermer').click());
    await closeWith(() => element.close());
    await closeWith(async () => {
      await chooseCategory(element, /^C5 /);
      await validate(element);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closes, 'one per closing').to.have.length(5);
    for (const event of closes) {
      expect(event.constructor, 'the typed close event').to.equal(PixCandidateReportCloseEvent);
      expect([event.type, event.target, event.bubbles, event.composed]).to.deep.equal(['close', element, true, true]);
    }
    expect(internal, 'the inner dialog event stays in the shadow root').to.have.length(0);
  });

  it('stays open, without a close event, when it is shown again at once after closing', async () => {
    const element = await openDialog();
    const closes = record(element, 'close');
    element.close();
    await element.updateComplete;
    element.show();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.open).to.equal(true);
    expect(dialogOf(element).open && dialogOf(element).matches(':modal')).to.equal(true);
    expect(closes).to.have.length(0);
  });

  it('keeps Shift+Tab inside where the system names the key "Unidentified" (WebKitGTK)', async () => {
    const element = await openDialog();
    const close = button(element, 'Fermer');
    close.focus();
    const shiftTabAsWebKitGtk = new KeyboardEvent('keydown', {
      key: 'Unidentified',
      code: 'Tab',
      shiftKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    close.dispatchEvent(shiftTabAsWebKitGtk);
    expect(shiftTabAsWebKitGtk.defaultPrevented, 'the browser does not move focus itself').to.equal(true);
    expectFocus(button(element, 'Valider'), 'from the first control back to the last');
    const other = new KeyboardEvent('keydown', { key: 'Unidentified', code: 'KeyQ', bubbles: true, composed: true, cancelable: true });
    button(element, 'Valider').dispatchEvent(other);
    expect(other.defaultPrevented, 'other keys are left alone').to.equal(false);
  });

  it('completes a report with the keyboard alone', async () => {
    const element = await openDialog();
    const added = record<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expectFocus(byLabel(element, 'A2 Autre incident'));
    await sendKeys({ press: 'Tab' });
    expectFocus(byLabel(element, "Décrivez l'incident"));
    await sendKeys({ type: 'Coupure de courant' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expectFocus(button(element, 'Valider'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(added.map((event) => event.detail.issueReport.description)).to.deep.equal(['Coupure de courant']);
  });

  it('stays a modal dialog when it is taken out of the page and put back', async () => {
    const element = await openDialog();
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.open).to.equal(true);
    expect(dialogOf(element).open).to.equal(true);
    expect(dialogOf(element).matches(':modal')).to.equal(true);
  });

  it('lets the host refuse an addition with preventDefault', async () => {
    const element = await openDialog(html`<pix-candidate-report stay-open .report=${kirokov}></pix-candidate-report>`);
    element.addEventListener('pix-issue-report-add', (event) => event.preventDefault());
    await chooseCategory(element, /^C5 /);
    await validate(element);
    expect(element.shadowRoot!.querySelector('.existing')).to.equal(null);
  });

  it('shows reports read-only', async () => {
    const report = { ...kirokov, issueReports: [{ category: 'OTHER', subcategory: null, description: 'Bruit', questionNumber: null }] };
    const element = await openDialog(html`<pix-candidate-report readonly .report=${report}></pix-candidate-report>`);
    expect($$(element, 'input[name="category"]')).to.have.length(0);
    expect($$(element, '.delete')).to.have.length(0);
    expect(text($(element, '.alert'))).to.contain('ne peuvent plus être modifiés');
    await expectAccessible(element);
  });

  it('speaks English', async () => {
    const element = await openDialog(html`<pix-candidate-report lang="en" .report=${kirokov}></pix-candidate-report>`);
    expect(text($(element, 'h2'))).to.equal('Candidate incident report: Manuel Kirokov');
    expect(categoryLabels(element)[0]).to.equal('A1 Technical problem');
    button(element, 'Confirm').click();
    await element.updateComplete;
    expect(errorsShown(element)).to.deep.equal(['Please select a category.']);
  });

  it('accepts a host catalogue object', async () => {
    const catalogue: Catalogue = {
      id: 'centre',
      categories: [{ category: 'NOISE', code: 'Z1', label: { fr: 'Bruit', en: 'Noise' }, description: 'optional', questionNumber: false }],
    };
    const element = await openDialog(html`<pix-candidate-report .catalogue=${catalogue} .report=${kirokov}></pix-candidate-report>`);
    expect(categoryLabels(element)).to.deep.equal(['Z1 Bruit']);
    await chooseCategory(element, 'Z1 Bruit');
    expect(byLabel(element, 'Description')).to.exist;
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

    const cases: Array<[string, unknown, unknown, RegExp]> = [
      ['a null report', null, '2021', /report/],
      ['a report of the wrong shape', { certificationCourseId: 'x', firstName: 1 }, '2021', /certificationCourseId/],
      ['an unknown catalogue name', kirokov, '2019', /Unknown catalogue "2019"/],
      ['a malformed catalogue', kirokov, { id: 'x', categories: [{ category: 'A' }] }, /Malformed catalogue/],
      [
        'an issue report outside the catalogue',
        { ...kirokov, issueReports: [{ category: 'FRAUD', subcategory: null, description: null, questionNumber: null }] },
        '2021',
        /issueReports\.0/,
      ],
    ];
    for (const [name, report, catalogue, message] of cases) {
      it(`shows a clear error state for ${name}, logs once, never opens or emits`, async () => {
        const element = await fixture<PixCandidateReport>(
          html`<pix-candidate-report .report=${report} .catalogue=${catalogue as string}></pix-candidate-report>`,
        );
        const events = record(element, 'pix-issue-report-add');
        element.show();
        await element.updateComplete;
        await element.updateComplete;
        const alert = $(element, '[role="alert"]');
        expect(text(alert)).to.contain('Données invalides');
        expect(text(alert)).to.match(message);
        expect(element.shadowRoot!.querySelector('dialog')).to.equal(null);
        expect(errors).to.have.length(1);
        element.requestUpdate();
        await element.updateComplete;
        expect(errors, 'logged once').to.have.length(1);
        expect(events).to.have.length(0);
        await expectAccessible(element);
      });
    }

    it('recovers when the host then gives a valid report', async () => {
      const element = await fixture<PixCandidateReport>(html`<pix-candidate-report .report=${{}}></pix-candidate-report>`);
      element.report = kirokov;
      element.show();
      await element.updateComplete;
      expect(dialogOf(element).open).to.equal(true);
    });
  });
});
