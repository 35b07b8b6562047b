import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixDocumentsSubmitEvent, PixDraftChangeEvent, PixFinaliseEvent } from '../../src/events/finalisation-events.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import { FinalisationPayloadSchema } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, record, recordAll, text } from '../helpers/dom.js';
import { chooseReason, reasonSelect } from '../helpers/wizard.js';

const NOW_561 = '2021-01-18T11:00';
const NOW_296 = '2020-12-14T15:00';

async function wizard561(extra: Partial<Record<'draft' | 'reports' | 'session', unknown>> = {}): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${extra.session ?? session561.session}
    .reports=${extra.reports ?? session561.reports}
    .draft=${extra.draft}
    now=${NOW_561}
  ></pix-finalise-wizard>`);
  await element.updateComplete;
  return element;
}

async function wizard296(attributes = ''): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session296.session}
    .reports=${session296.reports}
    now=${NOW_296}
    ?no-end-screen-check=${attributes.includes('no-end-screen-check')}
  ></pix-finalise-wizard>`);
  await element.updateComplete;
  return element;
}

function tables(element: PixFinaliseWizard): HTMLTableElement[] {
  return $$(element, 'table') as HTMLTableElement[];
}

function headers(table: HTMLTableElement): string[] {
  return [...table.querySelectorAll('thead th')].map((cell) => text(cell));
}

function rows(table: HTMLTableElement): string[][] {
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => text(cell)));
}

/** The text of the elements a control names in `aria-describedby`, in its own shadow root. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(root.getElementById(id))).join(' ');
}

function checkbox(element: PixFinaliseWizard, name: string): HTMLInputElement {
  const found = $$(element, 'input[type="checkbox"]').find((input) => input.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No checkbox "${name}"`);
  return found as HTMLInputElement;
}

async function click(element: PixFinaliseWizard, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

function confirmation(element: PixFinaliseWizard): HTMLDialogElement {
  return $(element, 'dialog.confirmation') as HTMLDialogElement;
}

async function fillReasons(element: PixFinaliseWizard): Promise<void> {
  await chooseReason(element, 1199, 'candidate');
  await chooseReason(element, 1200, 'technical');
}

async function openConfirmation(element: PixFinaliseWizard): Promise<void> {
  await click(element, button(element, 'Valider'));
  await element.updateComplete;
}

function nextFinalise(element: PixFinaliseWizard): Promise<PixFinaliseEvent> {
  return oneEvent(element, 'pix-finalise') as Promise<PixFinaliseEvent>;
}

/** What the page's one live region says. */
function pageAnnouncement(element: PixFinaliseWizard): string {
  return text($(element, '.page > [role="status"]')).replace(/\u00a0/g, '');
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<pix-finalise-wizard>', () => {
  afterEach(() => localStorage.clear());

  describe('page', () => {
    it('shows the heading, the intro, the 48-hour reminder and the three steps', async () => {
      const element = await wizard561();
      expect(text($(element, 'h1'))).to.equal('Finaliser la session 561');
      expect(text($(element, '.intro'))).to.equal('Pour finaliser la session, complétez les trois étapes puis validez.');
      expect(text($(element, '.deadline'))).to.equal(
        'Pour rappel, la finalisation de la session doit se faire dans les 48 h suivant la fin de la session.',
      );
      expect($$(element, '.step h2').map((title) => text(title))).to.deep.equal([
        'Étape 1 : Renseigner les informations de vos candidats',
        'Étape 2 : Transmettre des documents (facultatif)',
        'Étape 3 : Commenter la session (facultatif)',
      ]);
      await expectAccessible(element);
    });

    it('warns when the 48-hour deadline is passed', async () => {
      const element = await wizard561();
      // 48 hours after the session's end (09:00 + 1 h 45), not its start.
      element.now = '2021-01-20T10:46';
      await element.updateComplete;
      expect(text($(element, '.deadline'))).to.equal('Le délai de 48 h pour finaliser cette session est dépassé.');
      expect($(element, '.deadline').classList.contains('alert--warning')).to.equal(true);
      element.now = '2021-01-20T10:45';
      await element.updateComplete;
      expect(text($(element, '.deadline'))).to.contain('Pour rappel');
    });
  });

  describe('step 1', () => {
    it('shows the unfinished certifications under the warning banner, then the finished ones', async () => {
      const element = await wizard561();
      expect(text($(element, '.banner'))).to.equal("Ces candidats n'ont pas fini leur test de certification");
      const [unfinished, finished] = tables(element);
      expect(headers(unfinished!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement', "Raison de l'abandon"]);
      expect(rows(unfinished!).map((cells) => cells.slice(0, 4))).to.deep.equal([
        ['Cotillon', 'Marion', '1199', 'Ajouter'],
        ['Marteau', 'Sophie', '1200', 'Ajouter'],
      ]);
      expect(unfinished!.getAttribute('aria-labelledby')).to.equal('unfinished-title');
      expect(text($(element, '#finished-title'))).to.equal('Certification(s) terminée(s)');
      expect(headers(finished!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement', 'Écran de fin du test vu']);
      expect(rows(finished!)).to.deep.equal([['Clounet', 'Georges', '1202', 'Ajouter', '']]);
      for (const th of $$(element, 'th')) expect(th.getAttribute('scope')).to.equal('col');
      const reason = reasonSelect(element, 1199);
      expect(reason.shadowRoot!.querySelector('select')!.labels![0]!.textContent).to.equal("Raison de l'abandon pour Marion Cotillon");
      await expectAccessible(element);
    });

    it('shows only the finished table when every certification is finished', async () => {
      const element = await wizard296();
      expect(element.shadowRoot!.querySelector('.banner')).to.equal(null);
      expect(tables(element)).to.have.length(1);
      expect(rows(tables(element)[0]!).map((cells) => cells[0])).to.deep.equal(['Bernier', 'DOE', 'Lovelace']);
    });

    it('explains the reasons in the header info tip', async () => {
      const element = await wizard561();
      const tip = button(element, "Informations sur les raisons de l'abandon");
      await click(element, tip);
      const content = $(element, '#abort-reason-info');
      expect(content.hidden).to.equal(false);
      expect(text(content)).to.contain('Problème technique : le candidat a rencontré un problème technique');
      await expectAccessible(element);
    });

    it('ticks one end screen, and the select-all follows the exact rule with a mixed state', async () => {
      const element = await wizard296();
      const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
      const all = checkbox(element, 'Écran de fin du test vu pour tous les candidats');
      const jane = checkbox(element, 'Écran de fin du test vu pour Jane DOE');
      expect(all.checked).to.equal(false);
      expect(all.indeterminate).to.equal(false);

      await click(element, jane);
      expect(jane.checked).to.equal(true);
      expect(all.indeterminate, 'some ticked: mixed').to.equal(true);
      await expectAccessible(element);

      await click(element, all);
      expect(all.checked, 'some ticked → all unticked').to.equal(false);
      expect(all.indeterminate).to.equal(false);
      expect(jane.checked).to.equal(false);

      await click(element, all);
      expect(all.checked, 'none ticked → all ticked').to.equal(true);
      expect(
        ['Faye Bernier', 'Jane DOE', 'Ada Lovelace'].map((name) => checkbox(element, `Écran de fin du test vu pour ${name}`).checked),
      ).to.deep.equal([true, true, true]);

      await click(element, all);
      expect(all.checked, 'all ticked → all unticked').to.equal(false);
      expect(drafts.map((event) => event.detail.reports.filter((report) => report.hasSeenEndTestScreen).length)).to.deep.equal([
        1, 0, 3, 0,
      ]);
    });

    it('leaves out the end-screen column when asked', async () => {
      const element = await wizard296('no-end-screen-check');
      expect(headers(tables(element)[0]!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement']);
      expect(element.endScreenCheck).to.equal(false);
      element.endScreenCheck = true;
      await element.updateComplete;
      expect(headers(tables(element)[0]!)).to.have.length(5);
    });

    it('takes endScreenCheck set before the element was defined (as a framework may)', async () => {
      // An element of a document without a registry is not upgraded until it joins this page.
      const early = document.implementation.createHTMLDocument('').createElement('pix-finalise-wizard') as PixFinaliseWizard;
      early.endScreenCheck = false;
      early.session = session296.session;
      early.reports = session296.reports;
      const element = document.body.appendChild(document.adoptNode(early));
      try {
        await element.updateComplete;
        expect(element instanceof PixFinaliseWizard, 'upgraded').to.equal(true);
        expect(element.endScreenCheck).to.equal(false);
        expect(element.hasAttribute('no-end-screen-check')).to.equal(true);
        expect(headers(tables(element)[0]!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement']);
      } finally {
        element.remove();
      }
    });

    it('sets abandonment reasons and reports them in the draft', async () => {
      const element = await wizard561();
      const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
      const changes = record(document, 'change');
      await chooseReason(element, 1200, 'technical');
      expect(drafts).to.have.length(1);
      expect(changes, 'the inner change stays inside the wizard').to.have.length(0);
      expect(drafts[0]!.detail.reports.find((report) => report.certificationCourseId === 1200)!.abortReason).to.equal('technical');
      expect(reasonSelect(element, 1200).value).to.equal('technical');
    });

    it('opens the incident-report dialog from "Ajouter", updates the row and re-emits the events', async () => {
      const element = await wizard561();
      const added = record<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
      const removed = record<PixIssueReportRemoveEvent>(element, 'pix-issue-report-remove');
      const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
      const add = $$(element, 'tbody tr')[2]!.querySelector('button.add') as HTMLButtonElement;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(text(dialog.shadowRoot!.querySelector('h2'))).to.equal('Signalement du candidat : Georges Clounet');
      await expectAccessible(element);

      byLabel(dialog, /^C5 /).click();
      await dialog.updateComplete;
      button(dialog, 'Valider').click();
      await element.updateComplete;
      await dialog.updateComplete;
      expect(added).to.have.length(1);
      expect(added[0]!.target).to.equal(element);
      expect(added[0]!.detail).to.deep.equal({
        certificationCourseId: 1202,
        issueReport: { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null },
      });
      expect(dialog.open).to.equal(false);
      expectFocus(add, 'focus back on the opener');
      expect(rows(tables(element)[1]!)[0]![3]).to.equal('Ajouter 1 signalement');
      expect(drafts.at(-1)!.detail.reports.find((report) => report.certificationCourseId === 1202)!.issueReports).to.have.length(1);

      await click(element, button(element, '1 signalement'));
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      button(dialog, /^Supprimer le signalement C5/).click();
      await element.updateComplete;
      expect(removed).to.have.length(1);
      expect(removed[0]!.detail.index).to.equal(0);
      expect(removed[0]!.detail.certificationCourseId).to.equal(1202);
      expect(rows(tables(element)[1]!)[0]![3]).to.equal('Ajouter');
    });

    it('lets the host refuse an issue report', async () => {
      const element = await wizard561();
      element.addEventListener('pix-issue-report-add', (event) => event.preventDefault());
      await click(element, $$(element, 'button.add')[0]!);
      const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
      await dialog.updateComplete;
      byLabel(dialog, /^C5 /).click();
      await dialog.updateComplete;
      button(dialog, 'Valider').click();
      await element.updateComplete;
      expect(rows(tables(element)[0]!)[0]![3]).to.equal('Ajouter');
    });

    it('keeps what was entered when the host gives the reports again', async () => {
      const element = await wizard561();
      await chooseReason(element, 1199, 'candidate');
      element.reports = session561.reports.map((report) =>
        report.certificationCourseId === 1200
          ? { ...report, issueReports: [{ category: 'OTHER', subcategory: null, description: 'Panne', questionNumber: null }] }
          : report,
      );
      await element.updateComplete;
      expect(reasonSelect(element, 1199).value).to.equal('candidate');
      expect(rows(tables(element)[0]!)[1]![3]).to.equal('Ajouter 1 signalement');
    });
  });

  describe('step 2: documents', () => {
    function fileInput(element: PixFinaliseWizard): HTMLInputElement {
      return $(element, '#documents-files') as HTMLInputElement;
    }
    function pick(element: PixFinaliseWizard, files: File[]): void {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      const input = fileInput(element);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    }
    const pdf = (name: string, size = 1000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

    it('prefills the centre and the session number', async () => {
      const element = await wizard561();
      expect((byLabel(element, 'Centre de certification*') as HTMLInputElement).value).to.equal('Collège Anne Frank');
      expect((byLabel(element, 'Numéro de session*') as HTMLInputElement).value).to.equal('561');
      expect(text($(element, '#dropzone-label'))).to.equal(
        'Déposez ici les fichiers éventuels liés à la session de certification (PV de fraude, photos etc.)',
      );
      expect(text($(element, '.dropzone__button'))).to.equal('Choisissez des fichiers ou faites glisser ici');
      expect(byLabel(element, 'Commentaires éventuels :')).to.exist;
    });

    it('requires both fields, with the spec messages', async () => {
      const element = await wizard561();
      const centre = byLabel(element, 'Centre de certification*') as HTMLInputElement;
      centre.value = '  ';
      centre.dispatchEvent(new InputEvent('input'));
      const number = byLabel(element, 'Numéro de session*') as HTMLInputElement;
      number.value = '';
      number.dispatchEvent(new InputEvent('input'));
      await element.updateComplete;
      const submitted = record(element, 'pix-documents-submit');
      await click(element, button(element, 'Soumettre le formulaire'));
      await element.updateComplete;
      expect($$(element, '.documents .field-error').map((error) => text(error))).to.deep.equal([
        'Veuillez indiquer le centre de certification.',
        'Veuillez indiquer le numéro de session.',
      ]);
      expectFocus(centre);
      expect(submitted).to.have.length(0);
      await expectAccessible(element);
    });

    it('shows a field’s error once the person leaves it, and announces errors in the form’s live region', async () => {
      const element = await wizard561();
      const errors = () => $$(element, '.documents .field-error').map((error) => text(error));
      const announced = () => text($(element, '.page > [role="status"]')).replace(/\u00a0/g, '');
      const number = byLabel(element, 'Numéro de session*') as HTMLInputElement;
      number.focus();
      number.select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      expect(errors(), 'nothing while typing').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(errors()).to.deep.equal(['Veuillez indiquer le numéro de session.']);
      expect(number.getAttribute('aria-invalid')).to.equal('true');
      expect(description(number)).to.equal('Veuillez indiquer le numéro de session.');
      expect(announced()).to.equal('Numéro de session : Veuillez indiquer le numéro de session.');
      await expectAccessible(element);

      number.focus();
      await sendKeys({ type: '5' });
      await element.updateComplete;
      expect(errors(), 'fixed: gone at once').to.deep.equal([]);
      expect(number.getAttribute('aria-invalid')).to.equal('false');

      const centre = byLabel(element, 'Centre de certification*') as HTMLInputElement;
      centre.focus();
      centre.select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      await click(element, button(element, 'Soumettre le formulaire'));
      await element.updateComplete;
      expect(errors()).to.deep.equal(['Veuillez indiquer le centre de certification.']);
      expect(announced()).to.equal('Le formulaire contient 1 erreur.');
      expectFocus(centre);
    });

    it('refuses each wrong file with a clear message, and hands the rest to the host', async () => {
      const element = await wizard561();
      pick(element, [
        pdf('pv-fraude.pdf'),
        new File(['x'], 'notes.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
        pdf('scan.pdf', 10 * 1024 * 1024 + 1),
        new File(['x'], 'photo.png', { type: 'image/png' }),
      ]);
      await element.updateComplete;
      expect($$(element, '.refused li').map((item) => text(item))).to.deep.equal([
        "« notes.docx » n'est pas accepté : formats acceptés PDF, JPEG, PNG.",
        '« scan.pdf » dépasse 10 Mo.',
      ]);
      expect($$(element, '.files__name').map((name) => text(name))).to.deep.equal(['pv-fraude.pdf', 'photo.png']);
      await expectAccessible(element);

      pick(
        element,
        Array.from({ length: 9 }, (_, index) => pdf(`page-${index}.pdf`)),
      );
      await element.updateComplete;
      expect($$(element, '.refused li').map((item) => text(item))).to.deep.equal(['10 fichiers au maximum.']);
      expect($$(element, '.files li')).to.have.length(10);
      await click(element, button(element, 'Retirer photo.png'));
      expect($$(element, '.files li')).to.have.length(9);

      const comment = byLabel(element, 'Commentaires éventuels :') as HTMLTextAreaElement;
      comment.value = ' PV de fraude de Marion Cotillon ';
      comment.dispatchEvent(new InputEvent('input'));
      let resolveHost!: () => void;
      element.addEventListener('pix-documents-submit', (event) => {
        event.respondWith(new Promise<void>((resolve) => (resolveHost = resolve)));
      });
      const submitted = oneEvent(element, 'pix-documents-submit') as Promise<PixDocumentsSubmitEvent>;
      await click(element, button(element, 'Soumettre le formulaire'));
      const { detail } = await submitted;
      expect(detail.certificationCenterName).to.equal('Collège Anne Frank');
      expect(detail.sessionId).to.equal(561);
      expect(detail.comment).to.equal('PV de fraude de Marion Cotillon');
      expect(detail.files.map((file) => file.name)).to.deep.equal([
        'pv-fraude.pdf',
        ...Array.from({ length: 8 }, (_, index) => `page-${index}.pdf`),
      ]);
      expect(detail.files[0]).to.be.instanceOf(File);
      await element.updateComplete;
      expect(text(button(element, 'Envoi en cours…'))).to.equal('Envoi en cours…');
      resolveHost();
      await settle();
      await element.updateComplete;
      expect(text($(element, '#documents-sent'))).to.equal('Le formulaire a été transmis aux équipes de Pix.');
      expectFocus($(element, '#documents-sent'));
      await click(element, button(element, "Transmettre d'autres documents"));
      expect($$(element, '.files li')).to.have.length(0);
    });

    it('accepts dropped files and keeps everything when the host fails', async () => {
      const element = await wizard561();
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'ecran.jpg', { type: 'image/jpeg' }));
      const zone = $(element, '.dropzone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      await element.updateComplete;
      expect(zone.classList.contains('dropzone--active')).to.equal(true);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
      await element.updateComplete;
      expect($$(element, '.files__name').map((name) => text(name))).to.deep.equal(['ecran.jpg']);
      element.addEventListener('pix-documents-submit', (event) => event.respondWith(Promise.reject(new Error('Stockage plein'))));
      await click(element, button(element, 'Soumettre le formulaire'));
      await settle();
      await element.updateComplete;
      expect(text($(element, '.documents [role="alert"].alert'))).to.equal('Stockage plein');
      expect($$(element, '.files__name').map((name) => text(name))).to.deep.equal(['ecran.jpg']);
    });
  });

  describe('step 3 and saving', () => {
    it('reveals the comment with its counter, and Sauvegarder keeps the work', async () => {
      const element = await wizard561();
      const none = byLabel(element, "Aucun problème particulier à signaler, dans l'ensemble tout s'est bien déroulé") as HTMLInputElement;
      const incident = byLabel(
        element,
        'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble',
      ) as HTMLInputElement;
      expect(none.checked).to.equal(true);
      expect(element.shadowRoot!.querySelector('#comment')).to.equal(null);
      await click(element, incident);
      const comment = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
      expect(comment.maxLength).to.equal(500);
      comment.focus();
      await sendKeys({ type: 'Coupure réseau' });
      await element.updateComplete;
      expect(text($(element, '#comment-counter'))).to.equal('14 / 500');
      await expectAccessible(element);

      const draft = oneEvent(element, 'pix-draft-change') as Promise<PixDraftChangeEvent>;
      await click(element, button(element, 'Sauvegarder'));
      expect((await draft).detail).to.include({ commentMode: 'incident', comment: 'Coupure réseau' });
      expect(text($(element, '.actions [role="status"]'))).to.equal(
        'Vos informations sont sauvegardées : vous pourrez finaliser la session plus tard.',
      );
    });
  });

  describe('validation, confirmation and hand-over', () => {
    it('refuses with the count of missing reasons and focuses the first empty select', async () => {
      const element = await wizard561();
      const finalised = record(element, 'pix-finalise');
      await openConfirmation(element);
      expect(text($(element, '.actions [role="alert"]'))).to.equal("Il manque la raison de l'abandon pour 2 candidats.");
      expectFocus(reasonSelect(element, 1199).shadowRoot!.querySelector('select'));
      expect(confirmation(element).open).to.equal(false);
      await chooseReason(element, 1199, 'candidate');
      expect(text($(element, '.actions [role="alert"]'))).to.equal("Il manque la raison de l'abandon pour 1 candidat.");
      await openConfirmation(element);
      expectFocus(reasonSelect(element, 1200).shadowRoot!.querySelector('select'));
      expect(finalised).to.have.length(0);
      await expectAccessible(element);
    });

    it('marks each empty abandonment reason as invalid, described by its message, until a reason is chosen', async () => {
      const element = await wizard561();
      const selects = () => [1199, 1200].map((id) => reasonSelect(element, id).shadowRoot!.querySelector('select')!);
      const settled = async () => {
        await element.updateComplete;
        await Promise.all([1199, 1200].map((id) => reasonSelect(element, id).updateComplete));
      };
      expect(
        selects().map((select) => select.getAttribute('aria-invalid')),
        'nothing before Valider',
      ).to.deep.equal(['false', 'false']);
      await openConfirmation(element);
      await settled();
      expect(text($(element, '.actions [role="alert"]'))).to.equal("Il manque la raison de l'abandon pour 2 candidats.");
      expect(selects().map((select) => select.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
      expect(selects().map(description)).to.deep.equal([
        "Veuillez choisir la raison de l'abandon.",
        "Veuillez choisir la raison de l'abandon.",
      ]);
      await expectAccessible(element);

      await chooseReason(element, 1199, 'candidate');
      await settled();
      expect(selects().map((select) => select.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true']);
      expect(selects().map(description)).to.deep.equal(['', "Veuillez choisir la raison de l'abandon."]);
      expect($$(reasonSelect(element, 1199), '.field-error'), 'no message left on the chosen one').to.have.length(0);
      await expectAccessible(element);
    });

    it('has one polite live region: the selects say their errors through aria-invalid and aria-describedby', async () => {
      const element = await wizard561();
      const reasons = [1199, 1200].map((id) => reasonSelect(element, id));
      await openConfirmation(element);
      await Promise.all(reasons.map((reason) => reason.updateComplete));
      expect(
        reasons.map((reason) => reason.shadowRoot!.querySelectorAll('[role="status"]').length),
        'no region in the selects',
      ).to.deep.equal([0, 0]);
      expect($$(element, '.page > [role="status"]')).to.have.length(1);
      const selects = reasons.map((reason) => reason.shadowRoot!.querySelector('select')!);
      expect(selects.map((select) => select.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
      expect(selects.map(description)).to.deep.equal([
        "Veuillez choisir la raison de l'abandon.",
        "Veuillez choisir la raison de l'abandon.",
      ]);
    });

    it('marks nothing and says nothing when the person tabs past the empty selects before Valider', async () => {
      const element = await wizard561();
      const reasons = [1199, 1200].map((id) => reasonSelect(element, id));
      const statusTexts = () =>
        [element, ...reasons]
          .flatMap((host) => [...host.shadowRoot!.querySelectorAll('[role="status"]')].map((region) => text(region)))
          .filter(Boolean);
      for (const reason of reasons) {
        reason.focus();
        expectFocus(reason.shadowRoot!.querySelector('select'));
        await sendKeys({ press: 'Tab' });
      }
      await element.updateComplete;
      await Promise.all(reasons.map((reason) => reason.updateComplete));
      expect(reasons.map((reason) => reason.shadowRoot!.querySelector('select')!.getAttribute('aria-invalid'))).to.deep.equal([
        'false',
        'false',
      ]);
      expect(reasons.flatMap((reason) => $$(reason, '.field-error'))).to.have.length(0);
      expect(statusTexts(), 'nothing announced').to.deep.equal([]);
    });

    it('confirms with the end-screen warning, then emits pix-finalise once with the exact payload', async () => {
      const element = await wizard561();
      await fillReasons(element);
      await click(element, byLabel(element, 'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble'));
      const comment = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
      comment.value = '  Alarme incendie  ';
      comment.dispatchEvent(new InputEvent('input'));
      await openConfirmation(element);
      const dialog = confirmation(element);
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(text(dialog.querySelector('h2'))).to.equal('Finalisation de la session');
      expect(text(dialog.querySelector('.dialog__body'))).to.equal(
        "La case « Écran de fin du test vu » n'est pas cochée pour 1 candidat. Attention : il ne vous sera plus possible de modifier ces informations par la suite.",
      );
      expectFocus(button(element, 'Annuler'));
      await expectAccessible(element);

      let resolveHost!: () => void;
      const events: PixFinaliseEvent[] = [];
      element.addEventListener('pix-finalise', (event) => {
        events.push(event);
        event.respondWith(new Promise<void>((resolve) => (resolveHost = resolve)));
      });
      const confirm = button(element, 'Confirmer la finalisation');
      confirm.click();
      confirm.click();
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({
        sessionId: 561,
        examinerGlobalComment: 'Alarme incendie',
        hasIncident: true,
        hasJoiningIssue: false,
        certificationReports: [
          { certificationCourseId: 1199, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
          { certificationCourseId: 1200, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
          { certificationCourseId: 1202, isCompleted: true, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
        ],
      });
      expect(FinalisationPayloadSchema.safeParse(events[0]!.detail).success).to.equal(true);
      expect(confirm.disabled).to.equal(true);
      expect(confirm.getAttribute('aria-busy')).to.equal('true');
      expect(text($(element, '.sending'))).to.equal('Envoi en cours…');
      expectFocus($(element, '.sending'), 'focus waits on the line, which it reads once drawn');
      expect($(element, '.sending').hasAttribute('role'), 'not also a live region: it would be read twice').to.equal(false);
      expect(dialog.open).to.equal(true);
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      confirm.click();
      expect(events).to.have.length(1);
      await expectAccessible(element);

      resolveHost();
      await settle();
      await element.updateComplete;
      expect(dialog.isConnected && dialog.open).to.equal(false);
      const outcome = $(element, '.outcome');
      expect(text(outcome)).to.equal('Les informations de la session ont été transmises avec succès.');
      expectFocus(outcome);
      expect(text($(element, 'h1')), 'the heading says it is done').to.equal('Session 561 finalisée');
      expect(element.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('wizard-title');
      expect(element.shadowRoot!.querySelector('.validate')).to.equal(null);
      expect(element.shadowRoot!.querySelector('pix-abandon-reason')).to.equal(null);
      expect(rows(tables(element)[0]!).map((cells) => cells[4])).to.deep.equal(['Abandon du candidat', 'Problème technique']);
      expect(checkbox(element, 'Écran de fin du test vu pour Georges Clounet').disabled).to.equal(true);
      await expectAccessible(element);
    });

    it('counts the hand-over as accepted when no listener answers', async () => {
      const element = await wizard296();
      const finalised = record(element, 'pix-finalise');
      await openConfirmation(element);
      expect(text(confirmation(element).querySelector('.alert'))).to.equal(
        "La case « Écran de fin du test vu » n'est pas cochée pour 3 candidats.",
      );
      await click(element, button(element, 'Confirmer la finalisation'));
      await settle();
      await element.updateComplete;
      expect(finalised).to.have.length(1);
      expect(text($(element, '.outcome'))).to.equal('Les informations de la session ont été transmises avec succès.');
    });

    it('shows the failure, keeps every entry and lets the person retry', async () => {
      const element = await wizard561();
      await fillReasons(element);
      const answers: Array<() => Promise<unknown>> = [
        () => Promise.reject({ code: 'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE' }),
        () => Promise.reject(new Error('Service indisponible')),
        () => Promise.reject(42),
        () => Promise.resolve(),
      ];
      const events = record<PixFinaliseEvent>(element, 'pix-finalise');
      element.addEventListener('pix-finalise', (event) => event.respondWith(answers[events.length - 1]!()));
      const messages: string[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await openConfirmation(element);
        await click(element, button(element, 'Confirmer la finalisation'));
        await settle();
        await element.updateComplete;
        messages.push(text($(element, '.outcome')));
        if (attempt < 3) {
          expectFocus($(element, '.outcome'));
          expect($(element, '.outcome').getAttribute('role')).to.equal('alert');
          expect(reasonSelect(element, 1199).value, 'entries kept').to.equal('candidate');
        }
      }
      expect(messages).to.deep.equal([
        "Le champ « Raison de l'abandon » a été renseigné pour un candidat qui a terminé son test de certification entre temps. Merci de rafraîchir la page avant de finaliser.",
        'Service indisponible',
        'Erreur lors de la finalisation de session.',
        'Les informations de la session ont été transmises avec succès.',
      ]);
      expect(events).to.have.length(4);
    });

    it('counts a host that never answers as a failure after the timeout', async () => {
      const element = await wizard296();
      element.timeout = 50;
      element.addEventListener('pix-finalise', (event) => event.respondWith(new Promise(() => {})));
      await openConfirmation(element);
      await click(element, button(element, 'Confirmer la finalisation'));
      await new Promise((resolve) => setTimeout(resolve, 120));
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      expect(button(element, 'Valider')).to.exist;
    });

    it('keeps the confirmation open while sending, however often Escape is pressed', async () => {
      const element = await wizard561();
      await fillReasons(element);
      element.addEventListener('pix-finalise', (event) => (event as PixFinaliseEvent).respondWith(new Promise(() => {})));
      button(element, 'Valider').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = confirmation(element);
      button(element, 'Confirmer la finalisation').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(dialog.getAttribute('aria-busy')).to.equal('true');
      for (const press of [1, 2, 3]) {
        await sendKeys({ press: 'Escape' });
        await settle();
        expect(dialog.open, `still open after Escape ${press}`).to.equal(true);
      }
    });

    it('keeps the header of the confirmation in its box: only the candidate report keeps its header in sight', async () => {
      const element = await wizard296();
      await click(element, button(element, 'Valider'));
      expect(confirmation(element).open).to.equal(true);
      const header = confirmation(element).querySelector('.dialog__header')!;
      expect(getComputedStyle(header).position).to.equal('static');
    });

    it('closes the confirmation with Annuler and Escape without emitting', async () => {
      const element = await wizard296();
      const finalised = record(element, 'pix-finalise');
      const validate = button(element, 'Valider');
      validate.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(confirmation(element).open).to.equal(false);
      expectFocus(validate, 'focus back on Valider');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const cancel = button(element, 'Annuler');
      expectFocus(cancel);
      await sendKeys({ press: 'Tab' });
      expectFocus(button(element, 'Confirmer la finalisation'));
      await sendKeys({ press: 'Tab' });
      expectFocus(cancel, 'focus kept inside the dialog');
      await sendKeys({ press: 'Enter' });
      expect(confirmation(element).open).to.equal(false);
      expectFocus(validate);
      expect(finalised).to.have.length(0);
    });
  });

  describe('the confirmation belongs to one session', () => {
    const SESSION_CHANGED_FR =
      'La session affichée a changé : la confirmation a été fermée. Vérifiez les informations, puis validez à nouveau.';

    async function confirmationOpenFor561(): Promise<PixFinaliseWizard> {
      const element = await wizard561();
      await fillReasons(element);
      button(element, 'Valider').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(true);
      return element;
    }

    it('closes when the host shows another session, says why, and sends nothing for the new one', async () => {
      const element = await confirmationOpenFor561();
      const finalised = record<PixFinaliseEvent>(element, 'pix-finalise');
      element.session = session296.session;
      element.reports = session296.reports;
      await element.updateComplete;

      // "Confirmer" sends nothing: session 296 was never reviewed.
      (element.shadowRoot!.querySelector('dialog.confirmation .confirm') as HTMLButtonElement).click();
      await settle();
      expect(finalised, 'no pix-finalise for a session nobody reviewed').to.have.length(0);
      expect(text($(element, 'h1'))).to.equal('Finaliser la session 296');
      expect(confirmation(element).open, 'no confirmation left open with the other session behind it').to.equal(false);
      expect(text($(element, 'header .session-changed')), 'at the top of the page').to.equal(SESSION_CHANGED_FR);
      expect(pageAnnouncement(element), 'said in the page’s live region').to.equal(SESSION_CHANGED_FR);
      expectFocus(button(element, 'Valider'), 'focus on Valider, to validate again');
      await expectAccessible(element);

      // Validating again confirms the session shown, and the notice goes.
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(true);
      expect(element.shadowRoot!.querySelector('.session-changed')).to.equal(null);
      const sent = nextFinalise(element);
      button(element, 'Confirmer la finalisation').click();
      expect((await sent).detail.sessionId).to.equal(296);
    });

    it('says it in English, and focuses "Confirm" even when nothing had the focus before', async () => {
      const element = await wizard561();
      element.setAttribute('lang', 'en');
      await fillReasons(element);
      await click(element, button(element, 'Confirm'));
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(true);
      element.session = session296.session;
      element.reports = session296.reports;
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(false);
      expect(text($(element, 'header .session-changed'))).to.equal(
        'The session shown has changed: the confirmation was closed. Check the information, then confirm again.',
      );
      expectFocus(element.shadowRoot!.querySelector('button.validate'));
      await expectAccessible(element);
    });

    it('closes when the host shows an already finalised session, says why at the top and focuses the notice', async () => {
      const element = await confirmationOpenFor561();
      const dialog = confirmation(element);
      element.session = { ...session296.session, status: 'finalized' };
      element.reports = session296.reports;
      await element.updateComplete;
      await settle();
      expect(dialog.open).to.equal(false);
      expect(element.shadowRoot!.querySelector('button.validate'), 'a read-only page').to.equal(null);
      expect(text($(element, 'header .session-changed'))).to.equal(SESSION_CHANGED_FR);
      expectFocus($(element, 'header .session-changed'), 'not lost on the body');
      await expectAccessible(element);
    });

    it('does not open over another session set in the same task as the click on Valider', async () => {
      const element = await wizard561();
      await fillReasons(element);
      const finalised = record<PixFinaliseEvent>(element, 'pix-finalise');
      button(element, 'Valider').focus();
      button(element, 'Valider').click();
      element.session = session296.session;
      element.reports = session296.reports;
      await element.updateComplete;
      await settle();
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Finaliser la session 296');
      expect(confirmation(element).open, 'no confirmation with session 561’s warnings over session 296').to.equal(false);
      expect(text($(element, 'header .session-changed'))).to.equal(SESSION_CHANGED_FR);
      expectFocus(button(element, 'Valider'));
      (element.shadowRoot!.querySelector('dialog.confirmation .confirm') as HTMLButtonElement).click();
      await settle();
      expect(finalised).to.have.length(0);

      // Valider again opens it for session 296.
      await openConfirmation(element);
      expect(confirmation(element).open).to.equal(true);
      expect(element.shadowRoot!.querySelector('.session-changed')).to.equal(null);
    });

    it('stays open when the host gives the same session again', async () => {
      const element = await confirmationOpenFor561();
      element.session = { ...session561.session };
      element.reports = session561.reports.map((report) => ({ ...report }));
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(true);
      expect(element.shadowRoot!.querySelector('.session-changed')).to.equal(null);
      expectFocus(button(element, 'Annuler'));
      const sent = nextFinalise(element);
      button(element, 'Confirmer la finalisation').click();
      expect((await sent).detail.sessionId).to.equal(561);
    });

    it('closes when the new input is invalid, says why beside the input error, focuses that notice, and sends nothing', async () => {
      const element = await confirmationOpenFor561();
      const finalised = record<PixFinaliseEvent>(element, 'pix-finalise');
      const dialog = confirmation(element);
      const errors: unknown[][] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        element.session = null as never; // bad input on purpose: the types refuse it
        await element.updateComplete;
        await settle();
      } finally {
        console.error = originalError;
      }
      expect(errors, 'the bad input logged once').to.have.length(1);
      expect(String(errors[0]![0])).to.match(/<pix-finalise-wizard>: session/);
      expect(dialog.open).to.equal(false);
      expect(element.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(text($(element, '.session-changed'))).to.equal(SESSION_CHANGED_FR);
      expectFocus($(element, '.session-changed'), 'not lost on the body');
      await expectAccessible(element);
      element.session = session561.session;
      await element.updateComplete;
      expect(confirmation(element).open).to.equal(false);
      expect(text($(element, 'header .session-changed')), 'still said until the person validates again').to.equal(SESSION_CHANGED_FR);
      (element.shadowRoot!.querySelector('dialog.confirmation .confirm') as HTMLButtonElement).click();
      await settle();
      expect(finalised).to.have.length(0);
    });
  });

  describe('the incident dialog inside the wizard', () => {
    it("keeps the incident dialog's close to itself, and gives focus back to the row when its opener is gone", async () => {
      const reports = session561.reports.map((report) =>
        report.certificationCourseId === 1202
          ? { ...report, issueReports: [{ category: 'OTHER', subcategory: null, description: 'Panne', questionNumber: null }] }
          : report,
      );
      const element = await wizard561({ reports });
      const closes = recordAll([element, document], 'close');
      const row = $$(element, 'tbody tr')[2]!;
      const count = button(element, '1 signalement');
      count.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      // The dialog's close event comes a task (or more, on a busy machine) after Escape.
      await waitUntil(() => !dialog.open, 'the dialog closed after Escape');
      await dialog.updateComplete;
      await settle();
      expectFocus(count, 'focus back on the opener');

      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      button(dialog, /^Supprimer le signalement A2/).click();
      await element.updateComplete;
      expect(count.isConnected, 'the opener went with the last report').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'the dialog closed after Escape');
      await dialog.updateComplete;
      await settle();
      expectFocus(row.querySelector('button.add'), "focus on the row's Ajouter");
      expect(closes, 'no close event reaches the host').to.have.length(0);
    });
  });

  describe('drafts', () => {
    it('restores the exact screen from a pix-draft-change detail', async () => {
      const element = await wizard561();
      const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
      await chooseReason(element, 1199, 'technical');
      await click(element, checkbox(element, 'Écran de fin du test vu pour Georges Clounet'));
      await click(element, byLabel(element, 'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble'));
      const comment = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
      comment.value = 'Retard du car';
      comment.dispatchEvent(new InputEvent('input'));
      await element.updateComplete;
      const draft = JSON.parse(JSON.stringify(drafts.at(-1)!.detail));

      const restored = await wizard561({ draft });
      expect(reasonSelect(restored, 1199).value).to.equal('technical');
      expect(reasonSelect(restored, 1200).value).to.equal('');
      expect(checkbox(restored, 'Écran de fin du test vu pour Georges Clounet').checked).to.equal(true);
      expect((byLabel(restored, 'Commentaire sur la session') as HTMLTextAreaElement).value).to.equal('Retard du car');
      expect(restored.finalisation && element.finalisation && JSON.stringify(restored.finalisation.reports)).to.equal(
        JSON.stringify(element.finalisation!.reports),
      );
    });

    it('keeps the draft in localStorage with persist-draft, restores it after a reload and clears it after success', async () => {
      const first = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        persist-draft
        .session=${session561.session}
        .reports=${session561.reports}
        now=${NOW_561}
      ></pix-finalise-wizard>`);
      await chooseReason(first, 1200, 'candidate');
      const key = 'pix-certif-elements:finalisation-draft:561';
      await waitUntil(() => localStorage.getItem(key) !== null, 'the draft is stored a moment after the change');
      expect(JSON.parse(localStorage.getItem(key)!).reports[1].abortReason).to.equal('candidate');
      first.remove();

      const second = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        persist-draft
        .session=${session561.session}
        .reports=${session561.reports}
        now=${NOW_561}
      ></pix-finalise-wizard>`);
      expect(reasonSelect(second, 1200).value).to.equal('candidate');
      expect(text($(second, '.header [role="status"]'))).to.equal('Les informations saisies précédemment ont été restaurées.');
      await chooseReason(second, 1199, 'technical');
      await openConfirmation(second);
      await click(second, button(second, 'Confirmer la finalisation'));
      await settle();
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('ignores a stored draft that is not valid JSON, removes it and warns once', async () => {
      localStorage.setItem('pix-certif-elements:finalisation-draft:561', '{oops');
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      let element: PixFinaliseWizard;
      try {
        element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
          persist-draft
          .session=${session561.session}
          .reports=${session561.reports}
        ></pix-finalise-wizard>`);
      } finally {
        console.warn = originalWarn;
      }
      expect(reasonSelect(element, 1199).value).to.equal('');
      expect(localStorage.getItem('pix-certif-elements:finalisation-draft:561')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/the stored draft is not JSON: it was removed/);
    });
  });

  describe('read-only and bad input', () => {
    it('shows a finalised session read-only, without Valider', async () => {
      const element = await wizard561({ session: { ...session561.session, status: 'in_process' } });
      expect(text($(element, '.outcome'))).to.equal(
        'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
      );
      expect(element.shadowRoot!.querySelector('.validate')).to.equal(null);
      expect(element.shadowRoot!.querySelector('.deadline')).to.equal(null);
      expect(element.shadowRoot!.querySelector('button.add')).to.equal(null);
      await expectAccessible(element);
    });

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

    const cases: Array<[string, Partial<Record<'session' | 'reports', unknown>>, RegExp]> = [
      ['duplicate certification numbers', { reports: [session561.reports[0], session561.reports[0]] }, /Duplicate certificationCourseId/],
      ['reports of the wrong type', { reports: 'nope' }, /reports/],
      ['a session without id', { session: { ...session561.session, id: undefined } }, /session: id/],
      [
        'a report with a string number',
        { reports: [{ ...session561.reports[0], certificationCourseId: '1199' }] },
        /certificationCourseId/,
      ],
    ];
    for (const [name, input, message] of cases) {
      it(`shows a clear error for ${name}, logs once and emits nothing`, async () => {
        // From before the element exists: an event fired while it loads counts too.
        const events = recordAll(document, 'pix-finalise', 'pix-draft-change');
        const element = await wizard561(input);
        const alert = $(element, '[role="alert"]');
        expect(text(alert)).to.contain('Données invalides');
        expect(text(alert), 'the technical part is said to be for the integrating team').to.contain(
          "Détail technique, pour l'équipe qui a intégré cet élément :",
        );
        expect(alert.querySelector('code')!.lang, 'the technical detail is in English').to.equal('en');
        expect(text(alert)).to.match(message);
        expect(errors).to.have.length(1);
        expect(events).to.have.length(0);
        await expectAccessible(element);
      });
    }

    it('says it in English in an English page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <pix-finalise-wizard .session=${session561.session} .reports=${'nope'}></pix-finalise-wizard>
      </div>`);
      const element = wrapper.querySelector('pix-finalise-wizard') as PixFinaliseWizard;
      await element.updateComplete;
      expect(text($(element, '[role="alert"]'))).to.match(
        /^Invalid data: this element cannot be displayed\. Technical detail, for the team that integrated this element: reports/,
      );
      await expectAccessible(element);
    });

    it('shows HTML-looking names as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const element = await wizard561({
        reports: [{ certificationCourseId: 7, firstName: hostile, lastName: '</script><b>Nom</b>', isCompleted: false }],
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(element.shadowRoot!.querySelector('b')).to.equal(null);
      expect(rows(tables(element)[0]!)[0]!.slice(0, 2)).to.deep.equal(['</script><b>Nom</b>', hostile]);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });
});
