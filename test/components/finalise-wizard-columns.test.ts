import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { Edition } from '../../src/state/constants.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { $$ } from '../helpers/dom.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

/**
 * Step 1's two tables ("Certification(s) non terminée(s)" and "terminée(s)") share their column
 * positions, and an issue report joining a row moves no column and no button (issue 17, item 3).
 */

/** The left edge of each header cell of a table, rounded to the pixel. */
function columnEdges(table: Element): number[] {
  return [...table.querySelectorAll('thead th')].map((cell) => Math.round(cell.getBoundingClientRect().left));
}

/** Where each row's first "Signalement" button ("Ajouter", or "Ajouter / Supprimer" today) sits. */
function reportButtons(element: PixFinaliseWizard): number[] {
  return $$(element, 'tbody td:nth-child(4) button:first-of-type').map((button) => Math.round(button.getBoundingClientRect().left));
}

const withReport = session561.reports.map((report) =>
  report.certificationCourseId === 1200
    ? {
        ...report,
        issueReports: [
          {
            category: 'CANDIDATE_INFORMATIONS_CHANGES',
            subcategory: 'NAME_OR_BIRTHDATE',
            description: 'Nom mal orthographié',
            questionNumber: null,
          },
        ],
      }
    : report,
);

/** The describe's tests run on a desktop screen, where the engine can show one (see resizeViewport), else skip. */
function onADesktopScreen(): void {
  before(async function () {
    if (!(await resizeViewport(1280, 900))) this.skip();
  });
  after(restoreViewport);
}

describe('<pix-finalise-wizard>: the columns of step 1', () => {
  onADesktopScreen();

  for (const edition of ['2021', 'current'] as Edition[]) {
    it(`edition ${edition}: both tables share their column positions, which an issue report does not move`, async () => {
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        edition=${edition}
        .session=${session561.session}
        .reports=${session561.reports}
        now="2021-01-18T11:00"
      ></pix-finalise-wizard>`);
      await element.updateComplete;
      const [unfinished, finished] = $$(element, 'table');
      // Edition "current" has no last column in the finished table: the columns it has line up.
      const edges = columnEdges(unfinished!);
      expect(edges).to.have.length(5);
      const shared = (table: Element) => edges.slice(0, columnEdges(table).length);
      expect(columnEdges(finished!)).to.have.length(edition === 'current' ? 4 : 5);
      expect(columnEdges(finished!)).to.deep.equal(shared(finished!));
      const buttons = reportButtons(element);
      expect(new Set(buttons).size, 'every "Signalement" button at the same place').to.equal(1);

      element.reports = withReport;
      await element.updateComplete;
      expect(columnEdges(unfinished!)).to.deep.equal(edges);
      expect(columnEdges(finished!)).to.deep.equal(shared(finished!));
      expect(reportButtons(element), 'no button moved').to.deep.equal(buttons);
    });
  }
});

/** After the browser's next frame, when it has decided which rows are near enough to draw. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** `count` unfinished then `count` finished certifications, named in the order of their numbers. */
function manyReports(count: number) {
  return Array.from({ length: 2 * count }, (_, index) => ({
    certificationCourseId: 5000 + index,
    lastName: `Nom${String(index).padStart(3, '0')}`,
    firstName: 'Camille',
    isCompleted: index >= count,
  }));
}

describe('<pix-finalise-wizard>: long tables', () => {
  onADesktopScreen();

  for (const edition of ['2021', 'current'] as Edition[]) {
    it(`edition ${edition}: every row is there, in order, under the same columns as a short table's; rows far out of sight are skipped`, async () => {
      const short = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        edition=${edition}
        .session=${session561.session}
        .reports=${session561.reports}
        now="2021-01-18T11:00"
      ></pix-finalise-wizard>`);
      const shortEdges = $$(short, 'table').map(columnEdges);
      short.remove();
      const reports = manyReports(120);
      const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        edition=${edition}
        .session=${session561.session}
        .reports=${reports}
        now="2021-01-18T11:00"
      ></pix-finalise-wizard>`);
      await element.updateComplete;
      const tables = $$(element, 'table');
      expect(tables.map(columnEdges), 'the columns of a short table').to.deep.equal(shortEdges);
      tables.forEach((table, index) => {
        const rows = [...table.querySelectorAll('tbody tr')];
        const expected = reports.filter((report) => report.isCompleted === (index === 1)).map((report) => report.lastName);
        expect(
          rows.map((row) => row.querySelector('td')!.textContent!.trim()),
          'every row, in order',
        ).to.deep.equal(expected);
        const cells = [...rows[0]!.querySelectorAll('td')].map((cell) => Math.round(cell.getBoundingClientRect().left));
        expect(cells, 'the cells under their headers').to.deep.equal(columnEdges(table).slice(0, cells.length));
        // The zebra goes on from one group of rows to the next.
        const backgrounds = rows.slice(0, 24).map((row) => getComputedStyle(row).backgroundColor);
        backgrounds.forEach((background, row) => expect(background, `row ${row + 1}`).to.equal(backgrounds[row % 2]));
        expect(backgrounds[0]).not.to.equal(backgrounds[1]);
      });
      tables[0]!.scrollIntoView({ block: 'start' });
      await nextFrame();
      // The first rows are drawn; the unfinished table's last ones, far below, are skipped by the
      // browser until they come near (where it knows content-visibility).
      const unfinished = [...tables[0]!.querySelectorAll('tbody tr')];
      const skipping = CSS.supports('content-visibility', 'auto');
      expect(unfinished[0]!.checkVisibility({ contentVisibilityAuto: true }), 'first row drawn').to.equal(true);
      expect(unfinished.at(-1)!.checkVisibility({ contentVisibilityAuto: true }), 'last row skipped').to.equal(!skipping);
      // Brought into view (as focus or find-in-page do), it is drawn.
      const lastButton = unfinished.at(-1)!.querySelector('button')!;
      lastButton.focus();
      await nextFrame();
      expect(element.shadowRoot!.activeElement).to.equal(lastButton);
      expect(unfinished.at(-1)!.checkVisibility({ contentVisibilityAuto: true }), 'last row drawn once focused').to.equal(true);
      await expect(element).to.be.accessible();
    });
  }
});
