import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-student-enrolment.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { Session, Student } from '../../src/state/schemas.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, byLabel, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

/**
 * Reflow (WCAG 1.4.10) for the pupil picker: at 320 CSS px it never makes the page scroll
 * sideways, whatever its state; its paging row wraps; surnames are never split letter by letter.
 */

const session: Session = session296.session;
const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorff';
const CLASSES = ['Terminale générale 1', 'Terminale générale 2', 'Première technologique STMG', 'Seconde professionnelle'];

/** 60 pupils (more than a page of 25) with long names and classes, every fourth one already enrolled. */
function school(enrolled: (index: number) => boolean = (index) => index % 4 === 0): Student[] {
  return Array.from({ length: 60 }, (_, index) => ({
    id: index + 1,
    firstName: index % 2 === 0 ? 'Marie-Antoinette' : 'Léa',
    lastName: index % 3 === 0 ? LONG_NAME : `de La Tour du Pin-Gouvernet ${index}`,
    birthdate: '2008-03-05',
    division: CLASSES[index % CLASSES.length]!,
    isEnrolled: enrolled(index),
  }));
}

async function picker(options: { session?: Session; students?: unknown; lang?: string } = {}): Promise<PixStudentEnrolment> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'fr'}>
    <pix-student-enrolment
      .session=${options.session ?? session}
      .students=${'students' in options ? options.students : school()}
      page-size="25"
    ></pix-student-enrolment>
  </div>`);
  const element = wrapper.querySelector('pix-student-enrolment')!;
  await element.updateComplete;
  return element;
}

async function click(element: PixStudentEnrolment, target: HTMLElement): Promise<void> {
  target.click();
  await element.updateComplete;
}

function expectNoSidewaysScroll(state: string): void {
  expect(document.documentElement.scrollWidth, `${state}: no sideways scrolling at 320 px`).to.be.at.most(320);
}

/** Lets the layout settle (the picker measures its table after layout), then the element update. */
async function nextFrames(element: PixStudentEnrolment): Promise<void> {
  for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

/** Lines a text takes on screen. */
function lineCount(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
}

describe('<pix-student-enrolment> at 320 px', () => {
  let narrow = false;
  beforeEach(async () => {
    narrow = await resizeViewport(320, 800);
  });
  afterEach(async () => {
    await restoreViewport();
  });

  it('the paging row wraps: every control stays on screen, the status above the four buttons', async function () {
    // Where the engine cannot show this width (WebKit's window is never under 447 px), it skips.
    if (!narrow) this.skip();
    const element = await picker();
    expectNoSidewaysScroll('the first page');
    const controls = $$(element, '.paging select, .paging__button, .paging__status, .paging__range');
    expect(controls).to.have.length(7);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= 320, `${text(control) || control.getAttribute('aria-label')}: on screen`).to.equal(true);
    }
    const status = $(element, '.paging__status').getBoundingClientRect();
    for (const pageButton of $$(element, '.paging__button'))
      expect(pageButton.getBoundingClientRect().top, 'the buttons below the status').to.be.at.least(status.bottom);
    await expectAccessible(element);
  });

  it('never makes the page scroll sideways, in any state', async function () {
    if (!narrow) this.skip();
    const element = await picker();
    expectNoSidewaysScroll('the list');

    await click(element, $(element, '.filter__button'));
    expectNoSidewaysScroll('the class filter open');
    for (const division of CLASSES) await click(element, byLabel(element, division));
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expectNoSidewaysScroll('four long classes chosen');
    await click(element, $(element, '.filter__button'));
    await click(element, $(element, '.paging__button[data-move="last"]'));
    expectNoSidewaysScroll('the last page');

    const { answers } = answeringHost(element, 'pix-students-enrol');
    await click(element, $(element, 'input.select-all'));
    await click(element, $(element, 'button.enrol'));
    expectNoSidewaysScroll('sending');
    answers[0]!.reject(new Error(`Le serveur a refusé l'inscription : ${LONG_NAME}${LONG_NAME}`));
    await flush(element);
    expect(text($(element, '.outcome'))).to.contain('refusé');
    expectNoSidewaysScroll('a long failure message');
    await click(element, $(element, 'button.enrol'));
    answers[1]!.resolve();
    await flush(element);
    expect(text($(element, '.everyone-enrolled'))).to.not.equal('');
    expectNoSidewaysScroll('success, every pupil enrolled');
    await expectAccessible(element);

    for (const [state, options] of [
      ['a finalised session', { session: { ...session, status: 'finalized' } }],
      ['in English', { lang: 'en' }],
      ['no pupil', { students: [] }],
      ['not set yet', { students: undefined }],
      ['bad input', { students: [{ id: `${LONG_NAME}${LONG_NAME}` }] }],
    ] as const) {
      const original = console.error;
      console.error = () => {};
      try {
        await picker(options);
      } finally {
        console.error = original;
      }
      expectNoSidewaysScroll(state);
    }
  });

  it('a table wider than the screen scrolls in a named region that takes focus; a table that fits is no tab stop', async function () {
    if (!narrow) this.skip();
    const element = await picker({ session: { ...session, status: 'finalized' } });
    await nextFrames(element);
    const wrapper = $(element, '.table-wrapper');
    expect(wrapper.scrollWidth, 'the long names need more than 320 px').to.be.greaterThan(wrapper.clientWidth);
    expect(wrapper.getAttribute('role')).to.equal('region');
    expect(wrapper.tabIndex).to.equal(0);
    expect(text(element.shadowRoot!.getElementById(wrapper.getAttribute('aria-labelledby')!))).to.equal(
      "Élèves de l'établissement, triés par classe puis par nom (Page 1 sur 3)",
    );
    // Every box is disabled (a finalised session): the region is the only way to scroll by keyboard.
    wrapper.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await nextFrames(element);
    expect(wrapper.scrollLeft, 'scrolled by the arrow key').to.be.greaterThan(0);
    await expectAccessible(element);

    await resizeViewport(1280, 800);
    await nextFrames(element);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(wrapper.hasAttribute('tabindex'), 'no tab stop once it fits').to.equal(false);
    expect(wrapper.hasAttribute('role')).to.equal(false);
  });

  it('never splits a surname letter by letter', async function () {
    if (!narrow) this.skip();
    const element = await picker();
    for (const surname of $$(element, 'tbody th')) {
      const words = text(surname).split(/[\s-]+/).length;
      expect(lineCount(surname), `"${text(surname)}" on at most one line per word`).to.be.at.most(words);
    }
  });
});
