import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-candidate-report.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { $, $$, button, text } from '../helpers/dom.js';
import { person, row, space } from './invigilator-space.fixtures.js';

/**
 * Bidi: what a person types or a host gives (names, file names, descriptions) is isolated, so a
 * right-to-left name or a file named with a RIGHT-TO-LEFT OVERRIDE (U+202E) never reorders the
 * message around it.
 */

const RLO = '\u202E';
const TRICKY_EXE = `rapport${RLO}fdp.exe`;
const TRICKY_PDF = `rapport${RLO}fdp.pdf`;

async function wizard(): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session561.session}
    .reports=${session561.reports}
    now="2021-01-18T11:00"
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

/** The horizontal position where `word` shows in `container`'s text (after the isolated part). */
function leftOf(container: Element, word: string): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('bdi')) continue;
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${word}" is not in ${container.textContent}`);
}

/** The texts `container` isolates in `<bdi>` (or in an element whose unicode-bidi isolates it). */
function isolatedTexts(container: Element): string[] {
  return [...container.querySelectorAll('*')]
    .filter((node) => node.localName === 'bdi' || getComputedStyle(node).unicodeBidi.includes('isolate'))
    .map((node) => node.textContent!);
}

describe('Bidi: names, file names and descriptions are isolated', () => {
  it('a refused file named with U+202E does not reverse "n\'est pas accepté" after it', async () => {
    const element = await wizard();
    pick(element, [new File(['x'], TRICKY_EXE, { type: 'application/x-msdownload' })]);
    await element.updateComplete;
    const message = $$(element, '.refused li')[0]!;
    expect(message.textContent!.replace(/\s/g, ' '), 'the text read is unchanged').to.equal(
      `« ${TRICKY_EXE} » n'est pas accepté : formats acceptés PDF, JPEG, PNG.`,
    );
    expect(isolatedTexts(message)).to.deep.equal([TRICKY_EXE]);
    expect(leftOf(message, 'pas'), '"pas" before "accepté", left to right').to.be.lessThan(leftOf(message, 'accepté'));
    expect(leftOf(message, 'formats')).to.be.lessThan(leftOf(message, 'PDF'));
  });

  it('an accepted file named with U+202E: its name and its "Retirer" isolate it', async () => {
    const element = await wizard();
    pick(element, [new File(['%PDF'], TRICKY_PDF, { type: 'application/pdf' })]);
    await element.updateComplete;
    // Firefox leaves the U+202E out of the name it computes; the text itself keeps it.
    const remove = button(element, /^Retirer rapport\u202e?fdp\.pdf$/u);
    expect(isolatedTexts(remove)).to.deep.equal([TRICKY_PDF]);
    expect(isolatedTexts($(element, '.files li'))).to.include(TRICKY_PDF);
  });

  it("the incident dialog's title and the reports' descriptions isolate the name and the description", async () => {
    const element = await fixture<PixCandidateReport>(html`<pix-candidate-report
      .report=${{
        certificationCourseId: 1,
        firstName: 'نور',
        lastName: 'Haddad',
        isCompleted: true,
        issueReports: [{ category: 'OTHER', subcategory: null, description: `Panne ${RLO}écran`, questionNumber: null }],
      }}
    ></pix-candidate-report>`);
    element.show();
    await element.updateComplete;
    const title = $(element, '#title');
    expect(text(title)).to.equal('Signalement du candidat : نور Haddad');
    expect(isolatedTexts(title)).to.deep.equal(['نور Haddad']);
    expect(isolatedTexts($(element, '.existing'))).to.include(`Panne ${RLO}écran`);
  });

  it("the invigilator space isolates each candidate's last and first names", async () => {
    const element = await space({ candidates: [person(1, { firstName: 'نور', lastName: `Haddad${RLO}` })] });
    const name = row(element, 1).querySelector('.name')!;
    expect(isolatedTexts(name)).to.deep.equal([`Haddad${RLO}`, 'نور']);
  });
});
