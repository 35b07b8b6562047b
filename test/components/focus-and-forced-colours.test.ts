import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-candidate-report.js';
import '../../src/define/pix-session-details.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixSessionDetails } from '../../src/components/session-details/session-details.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { $, $$, button, expectFocus, focused } from '../helpers/dom.js';

/** Focus never falls to <body>; forced colours keep the dialogs' edges and show only the selected tab's underline. */

const NOW_561 = '2021-01-18T11:00';

async function wizard561(reports: unknown = session561.reports, edition?: string): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session561.session}
    .reports=${reports}
    edition=${edition ?? '2021'}
    now=${NOW_561}
  ></pix-finalise-wizard>`);
  await element.updateComplete;
  return element;
}

function pick(element: PixFinaliseWizard, files: File[]): void {
  const input = $(element, '#documents-files') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const pdf = (name: string) => new File(['%PDF'], name, { type: 'application/pdf' });

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function expectNotOnBody(what: string): void {
  const on = focused();
  expect(on !== null && on !== document.body, `${what}: focus fell to <body>`).to.equal(true);
}

describe('Focus never falls to <body>', () => {
  afterEach(() => localStorage.clear());

  it('"Retirer" on a file: focus goes to the next file\'s "Retirer", then the previous one, then the file picker', async () => {
    const element = await wizard561();
    pick(element, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    await element.updateComplete;
    button(element, 'Retirer b.pdf').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expectFocus(button(element, 'Retirer c.pdf'), 'the next file');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expectFocus(button(element, 'Retirer a.pdf'), 'the previous file, the last one gone');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expectFocus($(element, '#documents-files'), 'the file picker, no file left');
  });

  it('"Transmettre d\'autres documents": focus goes to the file picker of the new form', async () => {
    const element = await wizard561();
    element.addEventListener('pix-documents-submit', (event) => event.respondWith(Promise.resolve()));
    pick(element, [pdf('pv.pdf')]);
    await element.updateComplete;
    button(element, 'Soumettre le formulaire').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#documents-sent'), 'the documents were taken');
    button(element, "Transmettre d'autres documents").focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await settle();
    expectNotOnBody("after Transmettre d'autres documents");
    expectFocus($(element, '#documents-files'));
  });

  for (const [edition, hostAnswers] of [
    ['2021', false],
    ['2021', true],
    ['current', false],
    ['current', true],
  ] as const) {
    it(`edition "${edition}"${hostAnswers ? ', the host saving the deletion' : ''}: deleting in the dialog the report whose row button opened it keeps focus in the dialog, then on the row`, async () => {
      const category = edition === '2021' ? 'OTHER' : 'NON_BLOCKING_CANDIDATE_ISSUE';
      const reports = session561.reports.map((report) =>
        report.certificationCourseId === 1202
          ? { ...report, issueReports: [{ category, subcategory: null, description: 'Panne', questionNumber: null }] }
          : report,
      );
      const element = await wizard561(reports, edition);
      if (hostAnswers) element.addEventListener('pix-issue-report-remove', (event) => event.respondWith(Promise.resolve()));
      const opener =
        edition === '2021'
          ? button(element, '1 signalement')
          : $$(element, '.reports-cell button').find((item) => item.getAttribute('aria-describedby') === 'for-1202')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $(element, 'pix-candidate-report') as PixCandidateReport;
      await waitUntil(() => dialog.open, 'the dialog opened');
      await dialog.updateComplete;
      const remove = $$(dialog, '.delete')[0]!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(dialog, '.delete').length === 0, 'the report was deleted');
      await element.updateComplete;
      await dialog.updateComplete;
      await settle();
      expectNotOnBody('after deleting the report');
      expect(dialog.shadowRoot!.contains(focused()), 'focus stays in the dialog').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'the dialog closed');
      await settle();
      expectNotOnBody('after closing the dialog');
      expect(focused()?.closest('tr')?.querySelector('[aria-describedby="for-1202"]'), "on the candidate's row").to.exist;
    });
  }
});

/** The rules of `root`'s style sheets inside `@media (forced-colors: active)`. */
function forcedColoursRules(root: ShadowRoot): CSSStyleRule[] {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];
  return sheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText))
      .flatMap((rule) => [...rule.cssRules].filter((inner): inner is CSSStyleRule => inner instanceof CSSStyleRule)),
  );
}

function expectBorderInForcedColours(dialog: HTMLDialogElement): void {
  const rules = forcedColoursRules(dialog.getRootNode() as ShadowRoot).filter((rule) => dialog.matches(rule.selectorText));
  const bordered = rules.some((rule) => rule.style.borderStyle === 'solid' && parseFloat(rule.style.borderWidth) >= 1);
  expect(bordered, `<dialog class="${dialog.className}"> has a border in forced colours`).to.equal(true);
}

describe('Forced colours', () => {
  it("both dialogs (the wizard's confirmation and the incident dialog) keep a visible edge", async () => {
    const element = await wizard561();
    expectBorderInForcedColours($(element, 'dialog.confirmation') as HTMLDialogElement);
    button(element, 'Ajouter').click();
    await element.updateComplete;
    const report = $(element, 'pix-candidate-report') as PixCandidateReport;
    await waitUntil(() => report.open, 'the incident dialog opened');
    expectBorderInForcedColours($(report, 'dialog') as HTMLDialogElement);
  });

  it('only the selected tab has an underline (no transparent one that forced colours would paint)', async () => {
    const element = await fixture<PixSessionDetails>(html`<pix-session-details
      .session=${session296.session}
      .candidates=${[]}
      now="2020-12-14T15:00"
    ></pix-session-details>`);
    const tabs = $$(element, '[role="tab"]');
    expect(tabs.length).to.be.greaterThan(1);
    for (const tab of tabs) {
      const style = getComputedStyle(tab);
      const underlined = style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0;
      expect(underlined, `${tab.textContent!.trim()} underlined`).to.equal(tab.getAttribute('aria-selected') === 'true');
    }
    const [selected, other] = [
      tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')!,
      tabs.find((tab) => tab.getAttribute('aria-selected') !== 'true')!,
    ];
    expect(selected.getBoundingClientRect().height, 'selecting a tab does not change its height').to.equal(
      other.getBoundingClientRect().height,
    );
  });
});
