import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { Edition } from '../../src/state/constants.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { $$ } from '../helpers/dom.js';

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

describe('<pix-finalise-wizard>: the columns of step 1', () => {
  before(async function () {
    try {
      await setViewport({ width: 1280, height: 900 });
    } catch {
      // WebKit's driver cannot resize: the default window is too narrow for a desktop layout.
      this.skip();
    }
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  });

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
