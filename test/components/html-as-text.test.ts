import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { PixIssueReportAddEvent } from '../../src/events/issue-report-events.js';
import type { PixSessionSubmitEvent } from '../../src/events/session-events.js';
import type { Catalogue } from '../../src/state/catalogues.js';
import type { CertificationReport, Session, Student } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';

/**
 * Issue 7, item 7: names, descriptions and labels that look like HTML, right-to-left text,
 * emoji and combining characters are shown as text, exactly, everywhere each element shows
 * them (table cells, dialog titles, accessible names, issue-report lists, fields, filters,
 * messages), and never run: no element is created from them, `window.__pwned` stays unset.
 */

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT_END = '</script><b>x</b>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '<svg onload="window.__pwned=1"></svg><i>i</i>';
const ARABIC = 'مريم الحسيني';
const HEBREW = 'שירה כהן';
const EMOJI = '👩🏽‍🎓 Zoë 🇫🇷 🏳️‍🌈';
const COMBINING = 'Zoe\u0308 A\u030Asa Z\u0336a\u0337l\u0338g\u0335o\u0334';
const ENTITY = '&lt;b&gt;x&lt;/b&gt; &amp; $& $1 {count} {name}';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** The document or shadow roots inside `root`, at any depth (nested elements included). */
function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child);
  };
  visit(root);
  return [...new Set(found)];
}

/** Elements a host's text would have created if it were parsed as HTML. */
const INJECTED = 'img, b, i, script, iframe, object, embed, svg[onload], [onerror], [onload]';

async function expectInert(host: Element): Promise<void> {
  // An <img src=x onerror> runs once its load fails: give it time to.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const roots = shadowRoots(host);
  expect(roots.length, 'shadow roots checked').to.be.greaterThan(0);
  for (const root of roots) {
    const injected = [...root.querySelectorAll(INJECTED)].map(
      (element) => `<${element.localName}> in <${(root.host as Element).localName}>`,
    );
    expect(injected).to.deep.equal([]);
  }
  expect(host.querySelectorAll(INJECTED).length, 'nothing added to the light DOM').to.equal(0);
  expect(window.__pwned).to.equal(undefined);
}

/** Text as shown: the node's text with runs of white space collapsed (the strings above have single spaces). */
function shown(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function all(root: Element | ShadowRoot, selector: string): Element[] {
  const scope = root instanceof Element ? root.shadowRoot! : root;
  return [...scope.querySelectorAll(selector)];
}

function one<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T {
  const found = all(root, selector)[0];
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found as T;
}

function rows(root: Element | ShadowRoot, selector = 'table'): string[][] {
  return all(root, `${selector} tbody tr`).map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => shown(cell)));
}

/** Accessible names given by aria-label in a root. */
function ariaLabels(root: Element | ShadowRoot): string[] {
  return all(root, '[aria-label]').map((element) => element.getAttribute('aria-label')!);
}

/** The text of the label of a form control: its accessible name. */
function labelOf(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  return shown(control.labels?.[0]);
}

function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('HTML-looking, right-to-left, emoji and combining text is shown as text and never runs', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it("<pix-finalise-wizard>: table cells, accessible names, the dialog title and list, documents, the host's message", async () => {
    const reports: CertificationReport[] = [
      {
        certificationCourseId: 1199,
        firstName: IMG,
        lastName: ARABIC,
        isCompleted: false,
        issueReports: [
          { category: 'OTHER', subcategory: null, description: SCRIPT, questionNumber: null },
          { category: 'OTHER', subcategory: null, description: EMOJI, questionNumber: null },
        ],
      },
      { certificationCourseId: 1200, firstName: HEBREW, lastName: SCRIPT_END, isCompleted: false },
      {
        certificationCourseId: 1202,
        firstName: COMBINING,
        lastName: ENTITY,
        isCompleted: true,
        issueReports: [{ category: 'OTHER', subcategory: null, description: `${ARABIC} ${IMG}`, questionNumber: null }],
      },
      { certificationCourseId: 1203, firstName: EMOJI, lastName: SVG, isCompleted: true },
    ];
    const session: Session = { ...session561.session, certificationCenterName: IMG, examiner: SCRIPT };
    const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
      .session=${session}
      .reports=${reports}
      now="2021-01-18T11:00"
    ></pix-finalise-wizard>`);
    await element.updateComplete;

    // Table cells: Nom, Prénom, N° de certification, Signalement.
    const cells = all(element, 'tbody tr').map((row) => [...(row as HTMLTableRowElement).cells].slice(0, 3).map((cell) => shown(cell)));
    expect(cells).to.deep.equal([
      [ARABIC, IMG, '1199'],
      [SCRIPT_END, HEBREW, '1200'],
      [ENTITY, COMBINING, '1202'],
      [SVG, EMOJI, '1203'],
    ]);

    // Accessible names: each abandonment-reason select, each end-screen box, each "Signalement pour".
    for (const [id, name] of [
      [1199, `${IMG} ${ARABIC}`],
      [1200, `${HEBREW} ${SCRIPT_END}`],
    ] as const) {
      const reason = one<PixAbandonReason>(element, `pix-abandon-reason[data-certification="${id}"]`);
      await reason.updateComplete;
      expect(labelOf(one<HTMLSelectElement>(reason, 'select'))).to.equal(`Raison de l'abandon pour ${name}`);
    }
    expect(ariaLabels(element)).to.include.members([
      `Écran de fin du test vu pour ${COMBINING} ${ENTITY}`,
      `Écran de fin du test vu pour ${EMOJI} ${SVG}`,
    ]);
    expect(all(element, '[id^="for-"]').map((item) => shown(item))).to.deep.equal([
      `Signalement pour ${IMG} ${ARABIC}`,
      `Signalement pour ${HEBREW} ${SCRIPT_END}`,
      `Signalement pour ${COMBINING} ${ENTITY}`,
      `Signalement pour ${EMOJI} ${SVG}`,
    ]);

    // The incident-report dialog: its title and the descriptions in its list.
    (all(element, 'tbody tr')[0]!.querySelector('.reports-cell button:not(.add)') as HTMLButtonElement).click();
    await element.updateComplete;
    const dialog = one<PixCandidateReport>(element, 'pix-candidate-report');
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(shown(one(dialog, 'h2'))).to.equal(`Signalement du candidat : ${IMG} ${ARABIC}`);
    expect(all(dialog, '.existing__detail').map((item) => shown(item))).to.deep.equal([SCRIPT, EMOJI]);
    dialog.close();
    await dialog.updateComplete;
    (all(element, 'tbody tr')[2]!.querySelector('.reports-cell button:not(.add)') as HTMLButtonElement).click();
    await element.updateComplete;
    await dialog.updateComplete;
    expect(shown(one(dialog, 'h2'))).to.equal(`Signalement du candidat : ${COMBINING} ${ENTITY}`);
    expect(all(dialog, '.existing__detail').map((item) => shown(item))).to.deep.equal([`${ARABIC} ${IMG}`]);
    dialog.close();
    await dialog.updateComplete;

    // Step 2: the centre's name in its field, file names in the list and in refusals.
    expect(one<HTMLInputElement>(element, '#documents-certificationCenterName').value).to.equal(IMG);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], `${IMG}.pdf`, { type: 'application/pdf' }));
    transfer.items.add(new File(['x'], `${SCRIPT_END}${ARABIC}.exe`, { type: 'application/x-msdownload' }));
    const input = one<HTMLInputElement>(element, '#documents-files');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(all(element, '.files__name').map((item) => shown(item))).to.deep.equal([`${IMG}.pdf`]);
    expect(ariaLabels(element).concat(all(element, '.files button').map((item) => shown(item)))).to.include(`Retirer ${IMG}.pdf`);
    expect(all(element, '.refused li').map((item) => shown(item))).to.deep.equal([
      `« ${SCRIPT_END}${ARABIC}.exe » n'est pas accepté : formats acceptés PDF, JPEG, PNG.`,
    ]);

    // The host's own failure message.
    element.addEventListener('pix-finalise', (event) => event.respondWith(Promise.reject({ message: IMG })));
    for (const [id, value] of [
      [1199, 'candidate'],
      [1200, 'technical'],
    ] as const) {
      const select = one<HTMLSelectElement>(one(element, `pix-abandon-reason[data-certification="${id}"]`), 'select');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
    }
    one(element, '.validate').click();
    await element.updateComplete;
    one(element, 'dialog.confirmation .confirm').click();
    await settle();
    await element.updateComplete;
    expect(shown(one(element, '.outcome'))).to.equal(IMG);

    await expectInert(element);
  });

  it("<pix-candidate-report>: the title, a host catalogue's labels and codes, descriptions, accessible names, announcements", async () => {
    const catalogue: Catalogue = {
      id: 'hostile',
      categories: [
        {
          category: 'NOISE',
          code: '<b>Z1</b>',
          label: { fr: IMG, en: IMG },
          description: 'optional',
          descriptionLabel: { fr: ARABIC, en: ARABIC },
          questionNumber: false,
          info: { fr: SCRIPT, en: SCRIPT },
        },
        {
          category: 'SUB',
          code: 'Z2',
          label: { fr: EMOJI, en: EMOJI },
          description: 'none',
          questionNumber: false,
          subcategories: [
            { subcategory: 'S1', code: 'Z2a', label: { fr: SCRIPT_END, en: SCRIPT_END }, description: 'none' },
            { subcategory: 'S2', code: 'Z2b', label: { fr: HEBREW, en: HEBREW }, description: 'none' },
          ],
        },
      ],
    };
    const report: CertificationReport = {
      certificationCourseId: 5,
      firstName: HEBREW,
      lastName: EMOJI,
      isCompleted: true,
      issueReports: [{ category: 'NOISE', subcategory: null, description: COMBINING, questionNumber: null }],
    };
    const element = await fixture<PixCandidateReport>(
      html`<pix-candidate-report .catalogue=${catalogue} .report=${report}></pix-candidate-report>`,
    );
    const added: PixIssueReportAddEvent[] = [];
    element.addEventListener('pix-issue-report-add', (event) => added.push(event));
    element.show();
    await element.updateComplete;

    expect(shown(one(element, 'h2'))).to.equal(`Signalement du candidat : ${HEBREW} ${EMOJI}`);
    expect(all(element, '.categories > .category > .choice label').map((label) => shown(label))).to.deep.equal([
      `<b>Z1</b> ${IMG}`,
      `Z2 ${EMOJI}`,
    ]);
    expect(all(element, '.existing li .existing__text').map((item) => shown(item))).to.deep.equal([`<b>Z1</b> ${IMG} ${COMBINING}`]);
    expect(ariaLabels(element)).to.include(`Supprimer le signalement <b>Z1</b> ${IMG}`);

    // The category's information and description label.
    one<HTMLInputElement>(element, 'input[name="category"][value="NOISE"]').click();
    await element.updateComplete;
    expect(shown(one(element, '.category__fields .alert--info'))).to.equal(SCRIPT);
    const description = one<HTMLTextAreaElement>(element, '#description');
    expect(labelOf(description)).to.equal(ARABIC);
    description.value = ENTITY;
    description.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    (all(element, 'button[type="submit"]')[0] as HTMLButtonElement).click();
    await element.updateComplete;
    expect(added).to.have.length(1);
    expect(added[0]!.detail.issueReport.description).to.equal(ENTITY);
    expect(shown(one(element, '[role="status"]'))).to.contain(IMG);
    expect(all(element, '.existing__detail').map((item) => shown(item))).to.deep.equal([COMBINING, ENTITY]);

    // Subcategories, as radios.
    element.show();
    await element.updateComplete;
    one<HTMLInputElement>(element, 'input[name="category"][value="SUB"]').click();
    await element.updateComplete;
    expect(all(element, '.subcategories label').map((label) => shown(label))).to.deep.equal([`Z2a ${SCRIPT_END}`, `Z2b ${HEBREW}`]);

    await expectInert(element);
  });

  it('<pix-abandon-reason>: a label and a name that look like HTML', async () => {
    // A value that is not a reason is refused with a warning: not this test's concern.
    const originalWarn = console.warn;
    console.warn = () => {};
    let form: HTMLFormElement;
    try {
      form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason label=${IMG} name=${SCRIPT_END} value="technical"></pix-abandon-reason>
        <pix-abandon-reason label=${`${ARABIC} ${EMOJI}`} name="rtl" value=${SCRIPT}></pix-abandon-reason>
      </form>`);
      for (const element of form.querySelectorAll<PixAbandonReason>('pix-abandon-reason')) await element.updateComplete;
    } finally {
      console.warn = originalWarn;
    }
    const [first, second] = [...form.querySelectorAll<PixAbandonReason>('pix-abandon-reason')] as [PixAbandonReason, PixAbandonReason];
    expect(labelOf(one<HTMLSelectElement>(first, 'select'))).to.equal(IMG);
    expect(labelOf(one<HTMLSelectElement>(second, 'select'))).to.equal(`${ARABIC} ${EMOJI}`);
    expect(second.value, 'a value that is not a reason is refused').to.equal('');
    expect([...new FormData(form).entries()]).to.deep.equal([[SCRIPT_END, 'technical']]);
    await expectInert(first);
    await expectInert(second);
    expect(form.querySelectorAll(INJECTED).length).to.equal(0);
  });

  it("<pix-session-details>: the fields, the observations, the candidates' table", async () => {
    const session: Session = {
      ...session296.session,
      address: IMG,
      room: SCRIPT_END,
      examiner: `${ARABIC} / ${HEBREW}`,
      description: `${SCRIPT} ${EMOJI}`,
      certificationCenterName: COMBINING,
    };
    const element = await fixture<PixSessionDetails>(html`<pix-session-details
      .session=${session}
      .candidates=${[
        { id: 1, firstName: IMG, lastName: HEBREW, birthdate: '2006-03-05', division: SCRIPT_END },
        { id: 2, firstName: EMOJI, lastName: ENTITY, birthdate: '2006-03-06', division: ARABIC },
        { id: 3, firstName: COMBINING, lastName: SVG, birthdate: '2006-03-07', division: EMOJI },
      ]}
      now="2020-12-14T15:00"
    ></pix-session-details>`);
    await element.updateComplete;
    const fields = all(element, '.fields > div').map((item) => [shown(item.querySelector('dt')), shown(item.querySelector('dd'))]);
    expect(fields).to.deep.include.members([
      ['Nom du centre', COMBINING],
      ['Nom du site', IMG],
      ['Salle', SCRIPT_END],
      ['Surveillant(s)', `${ARABIC} / ${HEBREW}`],
      ['Observations', `${SCRIPT} ${EMOJI}`],
    ]);
    one(element, '#tab-candidates').click();
    await element.updateComplete;
    // Sorted by last name (French collation); the table shows Nom, Prénom, Date de naissance, Classe.
    expect(rows(element).map((cells) => [cells[0], cells[1], cells[3]])).to.have.deep.members([
      [HEBREW, IMG, SCRIPT_END],
      [ENTITY, EMOJI, ARABIC],
      [SVG, COMBINING, EMOJI],
    ]);
    await expectInert(element);
  });

  it("<pix-session-form>: the fields' values, the values handed over, the error state, the host's message", async () => {
    const session: Session = {
      ...session296.session,
      address: IMG,
      room: SCRIPT_END,
      examiner: `${ARABIC} ${HEBREW}`,
      description: `${ENTITY} ${EMOJI}`,
    };
    const element = await fixture<PixSessionForm>(html`<pix-session-form .session=${session} today="2020-12-01"></pix-session-form>`);
    await element.updateComplete;
    const value = (field: string) => one<HTMLInputElement>(element, `#${field}`).value;
    expect(['address', 'room', 'examiner', 'description'].map(value)).to.deep.equal([
      IMG,
      SCRIPT_END,
      `${ARABIC} ${HEBREW}`,
      `${ENTITY} ${EMOJI}`,
    ]);
    expect(labelOf(one<HTMLInputElement>(element, '#address'))).to.equal('Nom du site');

    const submitted: PixSessionSubmitEvent[] = [];
    element.addEventListener('pix-session-submit', (event) => {
      submitted.push(event);
      event.respondWith(Promise.reject(new Error(`${SCRIPT_END} ${ARABIC}`)));
    });
    one(element, 'button[type="submit"]').click();
    await settle();
    await element.updateComplete;
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.detail.session).to.deep.equal({
      address: IMG,
      room: SCRIPT_END,
      date: '2020-12-14',
      time: '12:00',
      examiner: `${ARABIC} ${HEBREW}`,
      description: `${ENTITY} ${EMOJI}`,
    });
    expect(shown(one(element, '.outcome'))).to.equal(`${SCRIPT_END} ${ARABIC}`);
    await expectInert(element);

    // The error state quotes the host's bad value as text.
    const originalError = console.error;
    console.error = () => {};
    try {
      element.today = IMG;
      await element.updateComplete;
    } finally {
      console.error = originalError;
    }
    expect(shown(one(element, '[role="alert"]'))).to.contain(
      'today: expected a real date as YYYY-MM-DD, got "<img src=x onerror=\\"window.__pwned=1\\">"',
    );
    await expectInert(element);
  });

  it("<pix-student-enrolment>: pupils' names, accessible names, classes in the filter, chips, the host's message", async () => {
    const pupils: Student[] = [
      { id: 1, firstName: IMG, lastName: ARABIC, birthdate: '2008-01-01', division: SCRIPT_END, isEnrolled: false },
      { id: 2, firstName: HEBREW, lastName: SVG, birthdate: '2008-01-02', division: SCRIPT_END, isEnrolled: false },
      { id: 3, firstName: EMOJI, lastName: COMBINING, birthdate: '2008-01-03', division: IMG, isEnrolled: false },
      { id: 4, firstName: ENTITY, lastName: SCRIPT, birthdate: '2008-01-04', division: ARABIC, isEnrolled: true },
      { id: 5, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-01-05', division: EMOJI, isEnrolled: false },
    ];
    const element = await fixture<PixStudentEnrolment>(
      html`<pix-student-enrolment .session=${session296.session} .students=${pupils}></pix-student-enrolment>`,
    );
    await element.updateComplete;
    // Classe, Nom, Prénom for each pupil, whatever the order the classes sort in.
    expect(rows(element).map((cells) => cells.slice(1, 4))).to.have.deep.members([
      [SCRIPT_END, ARABIC, IMG],
      [SCRIPT_END, SVG, HEBREW],
      [IMG, COMBINING, EMOJI],
      [ARABIC, SCRIPT, ENTITY],
      [EMOJI, 'Martin', 'Léa'],
    ]);
    expect(ariaLabels(element)).to.include.members([
      `Sélectionner ${IMG} ${ARABIC}`,
      `Sélectionner ${HEBREW} ${SVG}`,
      `Sélectionner ${EMOJI} ${COMBINING}`,
      `Sélectionner ${ENTITY} ${SCRIPT}`,
    ]);

    // The classes in the filter, searched by their text, then chosen as a chip.
    one(element, '.filter__button').click();
    await element.updateComplete;
    const classes = () => all(element, '.filter__classes label').map((label) => shown(label));
    expect(classes()).to.have.members([SCRIPT_END, IMG, ARABIC, EMOJI]);
    const search = one<HTMLInputElement>(element, '#class-search');
    search.value = '<img';
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    expect(classes()).to.deep.equal([IMG]);
    (all(element, '.filter__classes input')[0] as HTMLInputElement).click();
    await element.updateComplete;
    expect(all(element, '.chip span').map((chip) => shown(chip))).to.deep.equal([IMG]);
    expect(ariaLabels(element)).to.include(`Retirer la classe ${IMG} du filtre`);
    expect(rows(element).map((cells) => cells.slice(1, 4))).to.deep.equal([[IMG, COMBINING, EMOJI]]);

    element.addEventListener('pix-students-enrol', (event) => event.respondWith(Promise.reject({ message: SVG })));
    one<HTMLInputElement>(element, 'tbody input[type="checkbox"]').click();
    await element.updateComplete;
    one(element, 'button.enrol').click();
    await settle();
    await element.updateComplete;
    expect(shown(one(element, '.outcome'))).to.equal(SVG);
    await expectInert(element);
  });
});
