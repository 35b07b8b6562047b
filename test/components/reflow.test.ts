import { expect } from '@open-wc/testing';

import { render } from 'lit';
import { renderStory, settled, type StoriesModule } from '../helpers/stories.js';
import * as abandonReason from '../../stories/abandon-reason.stories.js';
import * as candidateReport from '../../stories/candidate-report.stories.js';
import * as certifContext from '../../stories/certif-context.stories.js';
import * as finaliseWizard from '../../stories/finalise-wizard.stories.js';
import * as invigilatorSpace from '../../stories/invigilator-space.stories.js';
import * as sessionDetails from '../../stories/session-details.stories.js';
import * as sessionForm from '../../stories/session-form.stories.js';
import * as sessionList from '../../stories/session-list.stories.js';
import * as studentEnrolment from '../../stories/student-enrolment.stories.js';
import * as theming from '../../stories/theming.stories.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px, no story of any element makes the page scroll sideways.
 * Each story is rendered as Storybook renders it (the meta's args and render, then the story's
 * own, then its play function), in a page 320 px wide with Storybook's "padded" layout.
 */

const MODULES: StoriesModule[] = [
  abandonReason,
  candidateReport,
  certifContext,
  finaliseWizard,
  invigilatorSpace,
  sessionDetails,
  sessionForm,
  sessionList,
  studentEnrolment,
  theming,
] as unknown as StoriesModule[];

const WIDTH = 320;

describe('Reflow at 320 CSS px (WCAG 1.4.10)', () => {
  let canvas: HTMLElement;

  before(async function () {
    if (!(await resizeViewport(WIDTH, 640))) this.skip();
    document.body.style.margin = '0';
  });

  after(async () => {
    await restoreViewport();
    document.body.style.margin = '';
  });

  beforeEach(() => {
    canvas = document.createElement('div');
    // Storybook's "padded" layout.
    canvas.style.padding = '1rem';
    document.body.append(canvas);
  });

  afterEach(() => {
    render(null, canvas);
    canvas.remove();
  });

  for (const module of MODULES) {
    const meta = module.default;
    describe(meta.title ?? '?', () => {
      for (const [exportName, value] of Object.entries(module)) {
        if (exportName === 'default') continue;
        const story = value as { name?: string };
        const id = `${meta.title}/${exportName}`;
        it(`${exportName}${story.name ? ` (${story.name})` : ''} has no sideways scroll`, async () => {
          await renderStory(module, exportName, canvas);
          expect(window.innerWidth).to.equal(WIDTH);
          expect(document.documentElement.scrollWidth, `${id} scrolls sideways`).to.be.at.most(WIDTH);
        });
      }
    });
  }
});

describe('Names at 320 CSS px', () => {
  before(async function () {
    if (!(await resizeViewport(WIDTH, 640))) this.skip();
  });

  after(async () => {
    await restoreViewport();
  });

  it("the wizard's cards never split a surname's word across lines", async () => {
    const canvas = document.createElement('div');
    document.body.append(canvas);
    const longName = 'Vandenberghe-Desmarais';
    const args = {
      ...finaliseWizard.default.args,
      reports: [
        { certificationCourseId: 1199, firstName: 'Marie-Adélaïde', lastName: longName, isCompleted: false, issueReports: [] },
        { certificationCourseId: 1200, firstName: 'Jo', lastName: 'Li', isCompleted: true, issueReports: [] },
      ],
    };
    render(finaliseWizard.default.render!(args as never, { args } as never), canvas);
    await settled(canvas);
    const wizard = canvas.querySelector('pix-finalise-wizard')!;
    const cells = [...wizard.shadowRoot!.querySelectorAll('td')].filter((cell) => /Vandenberghe|Marie|^Li$/.test(cell.textContent!.trim()));
    expect(cells.length).to.equal(3);
    for (const cell of cells) {
      const textNode = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const content = textNode.textContent!;
      for (const match of content.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(textNode, match.index);
        range.setEnd(textNode, match.index + match[0].length);
        expect(range.getClientRects().length, `"${match[0]}" on one line`).to.equal(1);
      }
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(WIDTH);
    render(null, canvas);
    canvas.remove();
  });
});
