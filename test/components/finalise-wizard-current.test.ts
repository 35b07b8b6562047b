import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-certif-context.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixDraftChangeEvent, PixFinaliseEvent } from '../../src/events/finalisation-events.js';
import { PixIssueReportAddEvent, type PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import { PixNavigateEvent } from '../../src/events/navigate-events.js';
import { FinalisationPayloadSchema, type CertificationReport, type Session } from '../../src/state/schemas.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, focused, record, text } from '../helpers/dom.js';
import { chooseReason, reasonSelect } from '../helpers/wizard.js';
import { answeringHost, flush } from '../helpers/handover.js';

// Today's page (edition "current", pix-certif-today.md § 1.2–1.7). The host gives the reports in
// its own order; the page lists them by last name, first name (French collation), then number.
const session: Session = { ...session561.session };
const reports: CertificationReport[] = [
  { certificationCourseId: 1202, lastName: 'Clounet', firstName: 'Georges', isCompleted: true, hasSeenEndTestScreen: true },
  { certificationCourseId: 1200, lastName: 'Marteau', firstName: 'Sophie', isCompleted: false },
  { certificationCourseId: 1199, lastName: 'Cotillon', firstName: 'Marion', isCompleted: false },
  {
    certificationCourseId: 1210,
    lastName: 'Écuyer',
    firstName: 'Léa',
    isCompleted: false,
    // C1 exists in both editions' catalogues, so the same reports serve when a context switches the edition.
    issueReports: [
      {
        category: 'CANDIDATE_INFORMATIONS_CHANGES',
        subcategory: 'NAME_OR_BIRTHDATE',
        description: 'Née Écuyer-Martin',
        questionNumber: null,
      },
    ],
  },
  { certificationCourseId: 1205, lastName: 'Ecuyer', firstName: 'Adam', isCompleted: true },
  { certificationCourseId: 1204, lastName: 'Ecuyer', firstName: 'Adam', isCompleted: true },
];

const INCIDENT =
  'Malgré un incident survenu pendant la session, les candidats ont pu terminer leur test de certification. Un temps supplémentaire a été accordé à un ou plusieurs candidats.';
const JOINING_ISSUE = "Un ou plusieurs candidats étaient présents en session de certification mais n'ont pas pu rejoindre la session.";
const MISSING = "Une ou plusieurs certification(s) non terminée(s) n'ont pas de motif d'interruption. Veuillez les renseigner.";

async function currentWizard(
  options: { session?: unknown; reports?: unknown; draft?: unknown; lang?: string; attributes?: string } = {},
): Promise<PixFinaliseWizard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fr'}>
    <pix-finalise-wizard
      edition="current"
      .session=${options.session ?? session}
      .reports=${options.reports ?? reports}
      .draft=${options.draft}
      ?no-end-screen-check=${options.attributes === 'no-end-screen-check'}
    ></pix-finalise-wizard>
  </div>`);
  const element = wrapper.querySelector('pix-finalise-wizard')!;
  await element.updateComplete;
  return element;
}

async function guideWizard(): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session561.session}
    .reports=${session561.reports}
    now="2021-01-18T11:00"
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

function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => (root.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ');
}

/** "Prénom Nom" of a report, as the session gives it. */
function nameOf(element: PixFinaliseWizard, certificationCourseId: number): string {
  const report = element.reports!.find((item) => item.certificationCourseId === certificationCourseId)!;
  return `${report.firstName} ${report.lastName}`;
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
  await chooseReason(element, 1210, 'candidate');
}

function innerSelect(element: PixFinaliseWizard, id: number): HTMLSelectElement {
  return reasonSelect(element, id).shadowRoot!.querySelector('select')!;
}

async function openConfirmation(element: PixFinaliseWizard, name = 'Finaliser'): Promise<void> {
  await click(element, button(element, name));
  await element.updateComplete;
}

/** Confirms and lets the host answer with `answer` (a promise from respondWith). */
async function confirmWith(element: PixFinaliseWizard, answer: Promise<unknown>): Promise<PixFinaliseEvent> {
  const events: PixFinaliseEvent[] = [];
  const listener = (event: PixFinaliseEvent) => {
    events.push(event);
    event.respondWith(answer);
  };
  element.addEventListener('pix-finalise', listener);
  button(element, 'Confirmer la finalisation').click();
  await answer.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  element.removeEventListener('pix-finalise', listener);
  expect(events).to.have.length(1);
  return events[0]!;
}

describe('<pix-finalise-wizard edition="current">', () => {
  afterEach(() => localStorage.clear());

  it('shows today’s page: back button, title, the two steps, the tables sorted by name, "Finaliser"', async () => {
    const element = await currentWizard();
    expect(text(button(element, 'Retour à la session'))).to.equal('Retour à la session');
    expect(text($(element, 'h1'))).to.equal('Finaliser la session 561');
    expect($$(element, '.step h2').map((title) => text(title))).to.deep.equal([
      "Signalements : Reporter, pour chaque candidat, les signalements renseignés sur le PV d'incident",
      'Informations complémentaires (facultatif)',
    ]);
    expect($$(element, '.step__description').map((paragraph) => text(paragraph))).to.deep.equal([
      'Pour que le signalement soit pris en compte, il est nécessaire d’utiliser la catégorie de signalement appropriée (exemples : C1, C2, etc).',
      "Vous pouvez indiquer, le cas échéant, les événements survenus lors de la session. Il n'est pas nécessaire de renseigner les candidats absents.",
    ]);
    expect(text($(element, '.alert--warning'))).to.equal(
      "Ces candidats n'ont pas fini leur test de certification ou le surveillant a mis fin à leur test",
    );
    const [unfinished, finished] = tables(element);
    expect(unfinished!.caption!.textContent!.trim()).to.equal(
      'Liste des candidats qui n’ont pas fini leur test de certification, triée par nom de naissance, avec un lien pour ajouter un ou plusieurs signalements le cas échéant et une liste déroulante permettant de sélectionner le motif d’interruption.',
    );
    expect(unfinished!.caption!.classList.contains('visually-hidden')).to.equal(true);
    expect(headers(unfinished!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement', "Motif d'interruption"]);
    expect(rows(unfinished!).map((cells) => cells.slice(0, 4))).to.deep.equal([
      ['Cotillon', 'Marion', '1199', 'Ajouter'],
      ['Écuyer', 'Léa', '1210', 'Ajouter / Supprimer 1 signalement'],
      ['Marteau', 'Sophie', '1200', 'Ajouter'],
    ]);
    expect(text($(element, '.finished-alert'))).to.equal('Certification(s) terminée(s)');
    expect(finished!.caption!.textContent!.trim()).to.equal(
      'Liste des candidats qui ont fini leur test de certification, triée par nom de naissance, avec un lien pour ajouter un ou plusieurs signalements le cas échéant.',
    );
    expect(headers(finished!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement']);
    expect(rows(finished!)).to.deep.equal([
      ['Clounet', 'Georges', '1202', 'Ajouter'],
      ['Ecuyer', 'Adam', '1204', 'Ajouter'],
      ['Ecuyer', 'Adam', '1205', 'Ajouter'],
    ]);
    expect(byLabel(element, INCIDENT).getAttribute('type')).to.equal('checkbox');
    expect(byLabel(element, JOINING_ISSUE).getAttribute('type')).to.equal('checkbox');
    expect($$(element, 'button').filter((item) => text(item) === 'Finaliser')).to.have.length(1);
    // Dropped in "current": the 48-hour text, the documents and comment steps, "Sauvegarder", the end-screen column.
    const shown = text($(element, '.page'));
    for (const gone of ['48', 'Étape', 'Sauvegarder', 'Écran de fin du test vu', 'Commentaire', 'Valider']) {
      expect(shown, gone).not.to.contain(gone);
    }
    expect($$(element, 'textarea, input[type="file"], input[type="radio"]')).to.have.length(0);
    await expectAccessible(element);
  });

  it('names each "Signalement" button by its text and describes it by the candidate’s name', async () => {
    const element = await currentWizard();
    const buttons = $$(element, '.reports-cell button');
    expect(buttons.map((item) => [text(item), description(item)])).to.deep.equal([
      ['Ajouter', 'Marion Cotillon'],
      ['Ajouter / Supprimer', 'Léa Écuyer'],
      ['Ajouter', 'Sophie Marteau'],
      ['Ajouter', 'Georges Clounet'],
      ['Ajouter', 'Adam Ecuyer'],
      ['Ajouter', 'Adam Ecuyer'],
    ]);
    expect(buttons.every((item) => !item.hasAttribute('aria-label'))).to.equal(true);
    expect(text($(element, '.reporting-count'))).to.equal('1 signalement');
  });

  it('gives the abandonment-reason selects and the incident dialog the edition, and names the selects', async () => {
    const element = await currentWizard();
    const select = reasonSelect(element, 1199);
    expect(select.getAttribute('edition')).to.equal('current');
    expect(select.getAttribute('label')).to.equal("Sélectionner le motif d'interruption");
    expect(select.hasAttribute('required')).to.equal(true);
    await click(element, $$(element, '.reports-cell button')[0]!);
    const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
    expect(dialog.getAttribute('edition')).to.equal('current');
    expect(dialog.report?.certificationCourseId).to.equal(1199);
  });

  it('explains the abandonment reasons in the header’s tooltip', async () => {
    const element = await currentWizard();
    const tip = button(element, "Description du motif d'interruption");
    await click(element, tip);
    expect(tip.getAttribute('aria-expanded')).to.equal('true');
    expect([...shadowItems(element, '.info-tip__content li')]).to.deep.equal([
      "Test non finalisé dans le délai imparti Le candidat n'a pas eu le temps de répondre à toutes ses questions Le candidat est parti volontairement avant la fin du test",
      "Le candidat n'a pas eu le temps de répondre à toutes ses questions",
      'Le candidat est parti volontairement avant la fin du test',
      "Problème technique Le candidat a rencontré un problème technique l'empêchant de poursuivre son test jusqu’à la fin",
      "Le candidat a rencontré un problème technique l'empêchant de poursuivre son test jusqu’à la fin",
    ]);
    await expectAccessible(element);
  });

  it('shows the joining-issue help with Pix’s document while its box is ticked', async () => {
    const element = await currentWizard();
    expect($$(element, '.joining-issue-help')).to.have.length(0);
    await click(element, byLabel(element, JOINING_ISSUE));
    const help = $(element, '.joining-issue-help');
    expect(text(help)).to.equal(
      'Vous trouverez ici un document pour vous aider à résoudre ce type de problème de connexion pour les prochaines sessions (PDF, 131ko).',
    );
    const link = help.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://cloud.pix.fr/s/QcKnpcTya5iWF5C');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noreferrer noopener');
    await expectAccessible(element);
    await click(element, byLabel(element, JOINING_ISSUE));
    expect($$(element, '.joining-issue-help')).to.have.length(0);
  });

  it('asks for pix-navigate to the session’s details with "Retour à la session"', async () => {
    const element = await currentWizard();
    const heard = oneEvent(document, 'pix-navigate') as Promise<PixNavigateEvent>;
    await click(element, button(element, 'Retour à la session'));
    const event = await heard;
    expect(event).to.be.instanceOf(PixNavigateEvent);
    expect(event.detail).to.deep.equal({ to: 'session-details', sessionId: 561 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('lets the host save and delete reports at once through the wizard: the dialog waits, a refusal changes nothing', async () => {
    const element = await currentWizard();
    const adds = answeringHost<PixIssueReportAddEvent>(element, 'pix-issue-report-add');
    const removals = answeringHost<PixIssueReportRemoveEvent>(element, 'pix-issue-report-remove');
    const reportingOf = (id: number) => rows(tables(element)[0]!).find((row) => row[2] === String(id))![3];

    // Marion Cotillon (1199): "Ajouter", C6, "Valider"; the host saves it.
    await click(element, $$(element, '.reports-cell button')[0]!);
    let dialogElement = $(element, 'pix-candidate-report') as PixCandidateReport;
    await dialogElement.updateComplete;
    (dialogElement.shadowRoot!.querySelector('input[value="FRAUD"]') as HTMLInputElement).click();
    await dialogElement.updateComplete;
    button(dialogElement, 'Valider').click();
    await dialogElement.updateComplete;
    expect(adds.events).to.have.length(1);
    expect(adds.events[0]!.detail).to.deep.equal({
      certificationCourseId: 1199,
      issueReport: { category: 'FRAUD', subcategory: null, description: null, questionNumber: null },
    });
    expect(reportingOf(1199), 'not on the page until saved').to.equal('Ajouter');
    adds.answers[0]!.resolve({ id: 501 });
    await flush(dialogElement);
    await flush(element);
    expect(reportingOf(1199)).to.equal('Ajouter / Supprimer 1 signalement');
    expect(element.finalisation?.reports.find((report) => report.certificationCourseId === 1199)?.issueReports).to.deep.equal([
      { id: 501, category: 'FRAUD', subcategory: null, description: null, questionNumber: null },
    ]);

    // Léa Écuyer (1210) has one report: the list view, "Supprimer le signalement"; the host refuses.
    await click(element, $$(element, '.reports-cell button')[1]!);
    dialogElement = $(element, 'pix-candidate-report') as PixCandidateReport;
    await dialogElement.updateComplete;
    button(dialogElement, 'Supprimer le signalement').click();
    await dialogElement.updateComplete;
    expect(removals.events).to.have.length(1);
    removals.answers[0]!.reject(new Error('500'));
    await flush(dialogElement);
    await flush(element);
    expect(text(dialogElement.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      "Une erreur s'est produite lors de la suppression du signalement. Merci de réessayer après avoir rechargé la page",
    );
    expect(reportingOf(1210), 'a refused deletion leaves the report').to.equal('Ajouter / Supprimer 1 signalement');
  });

  it('finalises from start to end and emits the exact payload', async () => {
    const element = await currentWizard();
    const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
    // An issue report entered in the dialog reaches the wizard as the dialog's event.
    await click(element, $$(element, '.reports-cell button')[0]!);
    const issueReport = {
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      subcategory: 'NAME_OR_BIRTHDATE',
      description: 'Erreur sur le nom',
      questionNumber: null,
    };
    const dialogElement = $(element, 'pix-candidate-report') as PixCandidateReport;
    dialogElement.dispatchEvent(new PixIssueReportAddEvent({ certificationCourseId: 1199, issueReport }));
    dialogElement.close();
    await element.updateComplete;
    expect(rows(tables(element)[0]!)[0]!.slice(0, 4)).to.deep.equal(['Cotillon', 'Marion', '1199', 'Ajouter / Supprimer 1 signalement']);
    await fillReasons(element);
    await click(element, byLabel(element, INCIDENT));
    expect(drafts.at(-1)!.detail).to.include({ edition: 'current', hasIncident: true, hasJoiningIssue: false });

    await openConfirmation(element);
    const dialog = confirmation(element);
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('h2'))).to.equal('Finalisation de la session');
    expect(text(dialog.querySelector('.dialog__body'))).to.equal(
      "Attention : il ne vous sera plus possible de modifier ces informations par la suite. Un délai de traitement est nécessaire avant la mise à disposition des résultats par Pix (ce délai de traitement pouvant varier d'une session à l'autre).",
    );
    expect(text(dialog.querySelector('.confirmation__warning'))).to.equal('Attention :');
    expect(text(dialog.querySelector('.cancel'))).to.equal('Annuler');
    expect(text(dialog.querySelector('.confirm'))).to.equal('Confirmer la finalisation');
    await expectAccessible(element);

    const event = await confirmWith(element, Promise.resolve());
    expect(event.detail).to.deep.equal({
      sessionId: 561,
      examinerGlobalComment: null,
      hasIncident: true,
      hasJoiningIssue: false,
      certificationReports: [
        { certificationCourseId: 1202, isCompleted: true, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
        { certificationCourseId: 1200, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] },
        {
          certificationCourseId: 1199,
          isCompleted: false,
          hasSeenEndTestScreen: false,
          abortReason: 'candidate',
          issueReports: [issueReport],
        },
        {
          certificationCourseId: 1210,
          isCompleted: false,
          hasSeenEndTestScreen: false,
          abortReason: 'candidate',
          issueReports: [
            {
              category: 'CANDIDATE_INFORMATIONS_CHANGES',
              subcategory: 'NAME_OR_BIRTHDATE',
              description: 'Née Écuyer-Martin',
              questionNumber: null,
            },
          ],
        },
        { certificationCourseId: 1205, isCompleted: true, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
        { certificationCourseId: 1204, isCompleted: true, hasSeenEndTestScreen: false, abortReason: null, issueReports: [] },
      ],
    });
    expect(FinalisationPayloadSchema.safeParse(event.detail).success).to.equal(true);

    // Success: the dialog closes, the message takes focus, the page is read-only; the back button stays.
    expect(dialog.open).to.equal(false);
    const status = $(element, '.outcome');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Les informations de la session ont été transmises avec succès.');
    expectFocus(status);
    expect(text($(element, 'h1')), 'the heading says it is done').to.equal('Session 561 finalisée');
    expect($$(element, 'button').filter((item) => text(item) === 'Finaliser')).to.have.length(0);
    expect($$(element, 'pix-abandon-reason')).to.have.length(0);
    expect($$(element, '.reports-cell button')).to.have.length(0);
    expect((byLabel(element, INCIDENT) as HTMLInputElement).disabled).to.equal(true);
    expect((byLabel(element, INCIDENT) as HTMLInputElement).checked).to.equal(true);
    expect(rows(tables(element)[0]!)[0]).to.deep.equal([
      'Cotillon',
      'Marion',
      '1199',
      '1 signalement',
      'Test non finalisé dans le délai imparti',
    ]);
    expect(text(button(element, 'Retour à la session'))).to.equal('Retour à la session');
    expect(text($(element, '.page'))).not.to.contain('La session a déjà été finalisée.');
    await expectAccessible(element);
  });

  it('sends hasJoiningIssue when its box is ticked, and neither flag when none is', async () => {
    const element = await currentWizard();
    await fillReasons(element);
    await click(element, byLabel(element, JOINING_ISSUE));
    await openConfirmation(element);
    const event = await confirmWith(element, Promise.reject(new Error('')));
    expect(event.detail).to.include({ hasIncident: false, hasJoiningIssue: true, examinerGlobalComment: null });
    await click(element, byLabel(element, JOINING_ISSUE));
    await openConfirmation(element);
    const again = await confirmWith(element, Promise.resolve());
    expect(again.detail).to.include({ hasIncident: false, hasJoiningIssue: false });
  });

  it('says which reasons are missing under the title, marks each empty select and focuses the first', async () => {
    const element = await currentWizard();
    await chooseReason(element, 1200, 'technical');
    const finaliseEvents = record(element, 'pix-finalise');
    await openConfirmation(element);
    await Promise.all($$(element, 'pix-abandon-reason').map((reason) => (reason as PixFinaliseWizard).updateComplete));
    const alert = $(element, '[role="alert"]');
    expect(text(alert)).to.equal(MISSING);
    expect(alert.previousElementSibling?.localName).to.equal('h1');
    expect(confirmation(element).open).to.equal(false);
    expect(finaliseEvents).to.have.length(0);
    expect([1199, 1210, 1200].map((id) => innerSelect(element, id).getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'false']);
    // Each select is named by its purpose, described by the candidate's name, then (while empty) by the page's message.
    const select1199 = innerSelect(element, 1199);
    expect(description(select1199)).to.equal(`${nameOf(element, 1199)} ${MISSING}`);
    expect(description(innerSelect(element, 1200))).to.equal(nameOf(element, 1200));
    expectFocus(select1199, 'the first empty select, in the order shown');
    await expectAccessible(element);

    await chooseReason(element, 1199, 'candidate');
    await reasonSelect(element, 1199).updateComplete;
    expect(innerSelect(element, 1199).getAttribute('aria-invalid')).to.equal('false');
    expect(description(innerSelect(element, 1199))).to.equal(nameOf(element, 1199));
    expect(innerSelect(element, 1210).getAttribute('aria-invalid')).to.equal('true');
    expect(text($(element, '[role="alert"]'))).to.equal(MISSING);
    await chooseReason(element, 1210, 'technical');
    await reasonSelect(element, 1210).updateComplete;
    expect(innerSelect(element, 1210).getAttribute('aria-invalid')).to.equal('false');
    expect(text($(element, '[role="alert"]'))).to.equal('');
    await openConfirmation(element);
    expect(confirmation(element).open).to.equal(true);
  });

  describe('failures', () => {
    const codes: Array<[string | null, string]> = [
      ['SESSION_ALREADY_FINALIZED', 'La session a déjà été finalisée.'],
      [
        'SESSION_WITHOUT_STARTED_CERTIFICATION',
        "Cette session n'a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins la supprimer.",
      ],
      [
        'UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON',
        'Une ou plusieurs certifications non terminées n\'ont pas de "Motif d’interruption" renseigné. La session ne peut donc pas être finalisée.',
      ],
      [
        'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE',
        'Le champ “Motif d’interruption” a été renseigné pour un candidat qui a terminé son test de certification entre temps. La session ne peut donc pas être finalisée. Merci de rafraîchir la page avant de finaliser.',
      ],
      ['SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED', "La session n'existe pas ou son accès est restreint."],
      [null, 'Erreur lors de la finalisation de session.'],
    ];

    for (const [code, message] of codes) {
      it(`shows § 1.7's text for ${code ?? 'a rejection with nothing readable'}, keeps everything and allows a retry`, async () => {
        const element = await currentWizard();
        await fillReasons(element);
        await click(element, byLabel(element, INCIDENT));
        await openConfirmation(element);
        await confirmWith(element, Promise.reject(code ? { code } : {}));
        expect(confirmation(element).open).to.equal(false);
        const alert = $(element, '.outcome');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(text(alert)).to.equal(message);
        expectFocus(alert);
        expect((byLabel(element, INCIDENT) as HTMLInputElement).checked).to.equal(true);
        expect(reasonSelect(element, 1199).value).to.equal('candidate');
        if (code === null) await expectAccessible(element);
        await openConfirmation(element);
        expect(confirmation(element).open).to.equal(true);
        const retry = await confirmWith(element, Promise.resolve());
        expect(retry.detail.hasIncident).to.equal(true);
        expect(text($(element, '.outcome'))).to.equal('Les informations de la session ont été transmises avec succès.');
      });
    }

    it('says the server does not answer after the timeout', async () => {
      const element = await currentWizard();
      element.timeout = 30;
      await fillReasons(element);
      await openConfirmation(element);
      element.addEventListener('pix-finalise', (event) => event.respondWith(new Promise(() => {})));
      button(element, 'Confirmer la finalisation').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      expect($(element, '.outcome').getAttribute('role')).to.equal('alert');
    });

    it('shows the host’s own message when it gives one', async () => {
      const element = await currentWizard();
      await fillReasons(element);
      await openConfirmation(element);
      await confirmWith(element, Promise.reject(new Error('Réseau indisponible')));
      expect(text($(element, '.outcome'))).to.equal('Réseau indisponible');
    });
  });

  describe('not finalisable', () => {
    for (const status of ['finalized', 'in_process', 'processed'] as const) {
      it(`shows only the title, the back button and why, for a session ${status}`, async () => {
        const element = await currentWizard({ session: { ...session, status } });
        expect(text($(element, 'h1'))).to.equal('Finaliser la session 561');
        expect(text($(element, '.not-finalisable'))).to.equal('La session a déjà été finalisée.');
        expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Retour à la session']);
        expect($$(element, 'table, .step, input, pix-abandon-reason')).to.have.length(0);
        expect(text($(element, '.page'))).to.equal('Retour à la session Finaliser la session 561 La session a déjà été finalisée.');
        await expectAccessible(element);
      });
    }

    it('says a session without any report has not started, with no "Finaliser"', async () => {
      const element = await currentWizard({ reports: [] });
      expect(text($(element, '.not-finalisable'))).to.equal(
        "Cette session n'a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins la supprimer.",
      );
      expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Retour à la session']);
      await expectAccessible(element);
    });
  });

  describe('drafts', () => {
    it('carry their edition and restore the boxes', async () => {
      const element = await currentWizard();
      const draft = oneEvent(element, 'pix-draft-change') as Promise<PixDraftChangeEvent>;
      await click(element, byLabel(element, JOINING_ISSUE));
      const saved = (await draft).detail;
      expect(saved).to.include({ sessionId: 561, edition: 'current', hasIncident: false, hasJoiningIssue: true });
      const restored = await currentWizard({ draft: JSON.parse(JSON.stringify(saved)) });
      expect((byLabel(restored, JOINING_ISSUE) as HTMLInputElement).checked).to.equal(true);
      expect(text($(restored, '.joining-issue-help'))).to.contain('Vous trouverez');
    });

    it('ignore a draft of the other edition or of another session, with one warning', async () => {
      for (const draft of [
        {
          sessionId: 561,
          edition: '2021',
          reports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] }],
        },
        {
          sessionId: 561,
          reports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] }],
        },
        { sessionId: 7, edition: 'current', hasIncident: true, reports: [] },
      ]) {
        const warnings: unknown[][] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const element = await currentWizard({ draft });
          expect(reasonSelect(element, 1199).value).to.equal('');
          expect((byLabel(element, INCIDENT) as HTMLInputElement).checked).to.equal(false);
          element.requestUpdate();
          await element.updateComplete;
        } finally {
          console.warn = original;
        }
        expect(warnings, JSON.stringify(draft)).to.have.length(1);
        expect(String(warnings[0]![0])).to.match(/draft ignored/);
      }
    });

    it('a "current" draft is ignored by the guide’s page', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      let element: PixFinaliseWizard;
      try {
        element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
          .session=${session561.session}
          .reports=${session561.reports}
          .draft=${{ sessionId: 561, edition: 'current', reports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [] }] }}
          now="2021-01-18T11:00"
        ></pix-finalise-wizard>`);
      } finally {
        console.warn = original;
      }
      expect(reasonSelect(element!, 1199).value).to.equal('');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('edition "current"');
    });
  });

  it('ignores no-end-screen-check: the same page', async () => {
    const element = await currentWizard({ attributes: 'no-end-screen-check' });
    expect(headers(tables(element)[1]!)).to.deep.equal(['Nom', 'Prénom', 'N° de certification', 'Signalement']);
    await fillReasons(element);
    await openConfirmation(element);
    const event = await confirmWith(element, Promise.resolve());
    expect(event.detail.certificationReports.every((report) => report.hasSeenEndTestScreen === false)).to.equal(true);
  });

  it('shows the finished table without its success alert when every certification is finished', async () => {
    const element = await currentWizard({ reports: reports.filter((report) => report.isCompleted) });
    expect(tables(element)).to.have.length(1);
    expect($$(element, '.finished-alert, .alert--warning')).to.have.length(0);
    await openConfirmation(element);
    expect(confirmation(element).open).to.equal(true);
    await expectAccessible(element);
  });

  it('follows <pix-certif-context edition="current">', async () => {
    const context = await fixture<HTMLElement>(html`<pix-certif-context edition="current">
      <pix-finalise-wizard .session=${session} .reports=${reports}></pix-finalise-wizard>
    </pix-certif-context>`);
    const element = context.querySelector('pix-finalise-wizard')!;
    await element.updateComplete;
    expect(text(button(element, 'Retour à la session'))).to.equal('Retour à la session');
    context.setAttribute('edition', '2021');
    await element.updateComplete;
    await element.updateComplete;
    expect(text($(element, 'h2'))).to.equal('Étape 1 : Renseigner les informations de vos candidats');
  });

  it('shows an error state for an unknown edition', async () => {
    const original = console.error;
    const errors: unknown[] = [];
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        edition="2030"
        .session=${session}
        .reports=${reports}
      ></pix-finalise-wizard>`);
      expect(text($(element, '[role="alert"]'))).to.contain('edition');
      expect($$(element, 'table')).to.have.length(0);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });

  describe('in English', () => {
    it('shows every text in English', async () => {
      const element = await currentWizard({
        lang: 'en',
        reports: [
          ...reports,
          {
            certificationCourseId: 1300,
            lastName: 'Zola',
            firstName: 'Émile',
            isCompleted: false,
            issueReports: [
              { category: 'SIGNATURE_ISSUE', description: 'Un', subcategory: null, questionNumber: null },
              { category: 'SIGNATURE_ISSUE', description: 'Deux', subcategory: null, questionNumber: null },
            ],
          },
        ],
      });
      expect(text(button(element, 'Return to the session'))).to.equal('Return to the session');
      expect(text($(element, 'h1'))).to.equal('Finalise the session 561');
      expect($$(element, '.step h2').map((title) => text(title))).to.deep.equal([
        'Reporting: Signal, for each candidate, the incidents inputted into the incident report',
        'Additional information (optional)',
      ]);
      expect($$(element, '.step__description').map((paragraph) => text(paragraph))).to.deep.equal([
        'For the reporting to be taken into account, you must use the appropriate reporting category (examples : C1, C2, etc).',
        'You may indicate, if need be, the events that occurred during the session. It isn’t necessary to report any missing candidates.',
      ]);
      expect(text($(element, '.alert--warning'))).to.equal(
        'These candidates haven’t finished their Pix certification exam or the invigilator has ended their exam',
      );
      const [unfinished, finished] = tables(element);
      expect(unfinished!.caption!.textContent!.trim()).to.equal(
        'List of candidates who haven’t finished their certification exam, ordered by birth name, with a link to add a reporting if needed and a drop-down list enabling you to select the reason for interruption',
      );
      expect(headers(unfinished!)).to.deep.equal(['Last name', 'First name', 'Certification No.', 'Reporting', 'Reason for interruption']);
      expect(rows(unfinished!).map((cells) => cells[3])).to.deep.equal([
        'Add',
        'Add / Delete 1 reporting',
        'Add',
        'Add / Delete 2 reportings',
      ]);
      expect(text($(element, '.finished-alert'))).to.equal('Finished certification(s)');
      expect(finished!.caption!.textContent!.trim()).to.equal(
        'List of candidates who have finished their certification exam, ordered by birth name, with a link to add a reporting if needed',
      );
      expect(reasonSelect(element, 1199).getAttribute('label')).to.equal('Select the reason for interruption');
      const tip = button(element, "Reason for interruption's description");
      await click(element, tip);
      expect([...shadowItems(element, '.info-tip__content > ul > li')]).to.deep.equal([
        'Test not completed within the allotted time The candidate didn’t have enough time to answer all the questions The candidate left deliberately before the end of the exam',
        'Technical problem The candidate encountered a technical problem that prevented him from finishing his exam',
      ]);
      byLabel(
        element,
        'Despite an incident having occurred during the session, the candidates have been able to finish their Pix certification exam. Additional time has been granted to at least one of the candidates.',
      );
      await click(
        element,
        byLabel(element, 'At least one candidate was present during the certification session but couldn’t join the session.'),
      );
      const help = $(element, '.joining-issue-help');
      expect(text(help)).to.equal(
        'You will find here a document to help you solve this kind of connexion difficulty for the next sessions. (PDF, 66ko).',
      );
      expect(help.querySelector('a')!.getAttribute('href')).to.equal('https://cloud.pix.fr/s/aZRMYipSLREiBXP');

      await openConfirmation(element, 'Finalise');
      expect(text($(element, '[role="alert"]'))).to.equal(
        "One or more unfinished certification(s) don't have a reason for interruption. Please fill them in.",
      );
      await fillReasons(element);
      await chooseReason(element, 1300, 'technical');
      await openConfirmation(element, 'Finalise');
      const dialog = confirmation(element);
      expect(text(dialog.querySelector('h2'))).to.equal('Session finalisation');
      expect(text(dialog.querySelector('.dialog__body'))).to.equal(
        'Warning : you won’t be able to edit these informations thereafter. Processing time is needed before the results can be made available by Pix (this processing time may vary from one session to another).',
      );
      expect(text(dialog.querySelector('.cancel'))).to.equal('Cancel');
      expect(text(dialog.querySelector('.confirm'))).to.equal('Confirm the finalisation');
      await expectAccessible(element);
      const events: PixFinaliseEvent[] = [];
      element.addEventListener('pix-finalise', (event) => {
        events.push(event);
        event.respondWith(Promise.resolve());
      });
      (dialog.querySelector('.confirm') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(text($(element, '.outcome'))).to.equal("The session's details have been successfully transmitted.");
    });

    const codes: Array<[string | null, string]> = [
      ['SESSION_ALREADY_FINALIZED', 'Cannot finalise session more than once.'],
      ['SESSION_WITHOUT_STARTED_CERTIFICATION', "This session hasn't started, you can't finalise it. However, you may delete it."],
      [
        'UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON',
        'One or more unterminated certifications have missing "Reason for interruption". The session cannot be finalised',
      ],
      [
        'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE',
        'The field "Reason for interruption" has been filled in for a candidate who has finished their certification exam in between. The session therefore can\'t be finalised. Please refresh the page before finalising.',
      ],
      ['SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED', "The session doesn't exist or it's access is restricted."],
      [null, 'Error during the finalisation of the session.'],
    ];
    it('words every failure in English', async () => {
      const element = await currentWizard({ lang: 'en' });
      await fillReasons(element);
      for (const [code, message] of codes) {
        await openConfirmation(element, 'Finalise');
        const events: PixFinaliseEvent[] = [];
        const answer = Promise.reject(code ? { code } : {});
        answer.catch(() => undefined);
        const listener = (event: PixFinaliseEvent) => {
          events.push(event);
          event.respondWith(answer);
        };
        element.addEventListener('pix-finalise', listener);
        (confirmation(element).querySelector('.confirm') as HTMLButtonElement).click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await element.updateComplete;
        element.removeEventListener('pix-finalise', listener);
        expect(text($(element, '.outcome')), String(code)).to.equal(message);
      }
    });

    it('says why a session cannot be finalised', async () => {
      const finalised = await currentWizard({ lang: 'en', session: { ...session, status: 'finalized' } });
      expect(text($(finalised, '.not-finalisable'))).to.equal('Cannot finalise session more than once.');
      const empty = await currentWizard({ lang: 'en', reports: [] });
      expect(text($(empty, '.not-finalisable'))).to.equal(
        "This session hasn't started, you can't finalise it. However, you may delete it.",
      );
    });
  });
});

describe('<pix-finalise-wizard> edition "2021": hasIncident and hasJoiningIssue', () => {
  async function finaliseGuide(prepare: (element: PixFinaliseWizard) => Promise<void>): Promise<PixFinaliseEvent['detail']> {
    const element = await guideWizard();
    await chooseReason(element, 1199, 'candidate');
    await chooseReason(element, 1200, 'technical');
    await prepare(element);
    await openConfirmation(element, 'Valider');
    return (await confirmWith(element, Promise.resolve())).detail;
  }

  async function incidentComment(element: PixFinaliseWizard, comment: string): Promise<void> {
    await click(element, byLabel(element, 'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble'));
    const textarea = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
    textarea.value = comment;
    textarea.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
  }

  it('hasIncident is true when the person chose to report an incident and wrote a comment', async () => {
    const payload = await finaliseGuide((element) => incidentComment(element, 'Alarme incendie'));
    expect(payload).to.include({ examinerGlobalComment: 'Alarme incendie', hasIncident: true, hasJoiningIssue: false });
  });

  it('hasIncident is false with a blank comment, or with "Aucun problème particulier…"', async () => {
    const blank = await finaliseGuide((element) => incidentComment(element, '   '));
    expect(blank).to.include({ examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false });
    const none = await finaliseGuide(async (element) => {
      await incidentComment(element, 'Alarme incendie');
      await click(element, byLabel(element, "Aucun problème particulier à signaler, dans l'ensemble tout s'est bien déroulé"));
    });
    expect(none).to.include({ examinerGlobalComment: null, hasIncident: false, hasJoiningIssue: false });
  });

  it('passes its edition to the abandonment-reason selects', async () => {
    const element = await guideWizard();
    expect(reasonSelect(element, 1199).getAttribute('edition')).to.equal('2021');
    expect(focused()).not.to.equal(null);
  });
});

function shadowItems(element: PixFinaliseWizard, selector: string): string[] {
  return $$(element, selector).map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}
