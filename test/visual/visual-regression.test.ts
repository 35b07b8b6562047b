import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { renderStory } from '../helpers/stories.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';
import * as abandonReason from '../../stories/abandon-reason.stories.js';
import * as candidateReport from '../../stories/candidate-report.stories.js';
import * as finaliseWizard from '../../stories/finalise-wizard.stories.js';
import * as invigilatorSpace from '../../stories/invigilator-space.stories.js';
import * as sessionDetails from '../../stories/session-details.stories.js';
import * as sessionForm from '../../stories/session-form.stories.js';
import * as sessionList from '../../stories/session-list.stories.js';
import * as studentEnrolment from '../../stories/student-enrolment.stories.js';

/**
 * Visual regression: screenshots of the key state of every element, compared with the
 * references in test/visual/references/Chrome/baseline. A deliberate visual change shows in
 * review as a changed reference: run `npm run test:visual:update` and commit the new images.
 * Chromium only (the references are Chromium's rendering).
 */
const isChromium = /Chrome\//.test(navigator.userAgent);

interface Shot {
  /** A stories file, as `import * as`. */
  module: object;
  story: string;
  /** Viewport width, in CSS pixels. */
  width: number;
  /** The whole viewport (a modal dialog sits in the top layer, outside the story's box). */
  page?: boolean;
}

const SHOTS: Readonly<Record<string, Shot>> = {
  'abandon-reason': { module: abandonReason, story: 'Empty', width: 640 },
  'abandon-reason-today-row': { module: abandonReason, story: 'TodayTableRow', width: 1024 },
  'candidate-report-2021': { module: candidateReport, story: 'Categories2021', width: 1024, page: true },
  'finalise-wizard-561': { module: finaliseWizard, story: 'Session561', width: 1280 },
  'finalise-wizard-missing-reasons': { module: finaliseWizard, story: 'MissingReasons', width: 1280 },
  'finalise-wizard-561-narrow': { module: finaliseWizard, story: 'Session561', width: 375 },
  'finalise-wizard-current': { module: finaliseWizard, story: 'CurrentUnfinished', width: 1280 },
  'finalise-wizard-current-success': { module: finaliseWizard, story: 'CurrentSuccess', width: 1280 },
  'session-details-before-start': { module: sessionDetails, story: 'BeforeStart', width: 1280 },
  'session-details-candidates': { module: sessionDetails, story: 'CandidatesTab', width: 1280 },
  'session-details-today': { module: sessionDetails, story: 'TodayAfterStart', width: 1280 },
  'session-details-today-candidates': { module: sessionDetails, story: 'TodayCandidatesList', width: 1280 },
  'session-details-today-delete': { module: sessionDetails, story: 'TodayDeleteConfirmation', width: 1024, page: true },
  'session-form-errors': { module: sessionForm, story: 'CreationWithErrors', width: 1024 },
  'student-enrolment': { module: studentEnrolment, story: 'SmallClass', width: 1280 },
  'session-list': { module: sessionList, story: 'CentreSessions', width: 1280 },
  'session-list-narrow': { module: sessionList, story: 'CentreSessions', width: 375 },
  'invigilator-login': { module: invigilatorSpace, story: 'Login', width: 768 },
  'invigilator-every-status': { module: invigilatorSpace, story: 'EveryStatus', width: 768 },
  'invigilator-every-status-narrow': { module: invigilatorSpace, story: 'EveryStatus', width: 375 },
};

(isChromium ? describe : describe.skip)('visual regression (Chromium)', () => {
  let container: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    container = document.createElement('div');
    container.style.cssText = 'padding: 16px; background: #fff; font-family: sans-serif;';
    document.body.append(container);
  });

  afterEach(async () => {
    container.remove();
    await restoreViewport();
  });

  for (const [name, shot] of Object.entries(SHOTS)) {
    it(`${name} looks as its reference`, async () => {
      await resizeViewport(shot.width, 900);
      // The page's box must cover the viewport for a dialog of the top layer to be in the shot.
      if (shot.page) container.style.minHeight = '900px';
      await renderStory(shot.module, shot.story, container);
      expect(container.childElementCount, 'the story rendered').to.be.greaterThan(0);
      // No caret blinking in a screenshot.
      (document.activeElement as HTMLElement | null)?.blur?.();
      await visualDiff(shot.page ? document.documentElement : container, name);
    });
  }
});
