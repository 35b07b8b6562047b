import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/pix-abandon-reason.js';
import '../../src/define/pix-session-list.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { PixSessionList } from '../../src/components/session-list/session-list.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, button, expectFocus } from '../helpers/dom.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

/**
 * Help tooltips (WCAG 1.4.13, content on hover or focus): the ⓘ explanations and the tooltip of
 * a refused action are never clipped by a scroll container, open from the keyboard, close with
 * Escape, and stay while the pointer is over them.
 */

/** A select in a narrow table cell whose wrapper scrolls (and so would clip anything absolutely placed inside). */
async function reasonInAScrollingCell(): Promise<PixAbandonReason> {
  const wrapper = await fixture<HTMLElement>(html`<div style="overflow: auto; width: 14rem; height: 6rem; position: relative">
    <table>
      <tbody>
        <tr>
          <td><pix-abandon-reason edition="current"></pix-abandon-reason></td>
        </tr>
      </tbody>
    </table>
  </div>`);
  const element = wrapper.querySelector<PixAbandonReason>('pix-abandon-reason')!;
  await element.updateComplete;
  return element;
}

function tipButton(element: PixAbandonReason): HTMLButtonElement {
  return button(element, "Description du motif d'interruption");
}

function tipContent(element: PixAbandonReason): HTMLElement {
  return $(element, '.info-tip__content');
}

/** Whether the point at the middle of `content` shows `content` (nothing covers or clips it there). */
function seenAtItsMiddle(content: HTMLElement): boolean {
  const box = content.getBoundingClientRect();
  const root = content.getRootNode() as ShadowRoot;
  const seen = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return seen !== null && content.contains(seen);
}

/** Whether `element` is shown in the top layer (where the engine has popovers). */
function inTopLayer(element: Element): boolean {
  return !('showPopover' in HTMLElement.prototype) || element.matches(':popover-open');
}

function middleOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('Help tooltips (WCAG 1.4.13)', () => {
  afterEach(async () => {
    await resetMouse();
    await restoreViewport();
  });

  it('an ⓘ explanation in a scrolling table cell shows whole, above the scroll container, inside a 320 px viewport', async function () {
    if (!(await resizeViewport(320, 640))) this.skip();
    const element = await reasonInAScrollingCell();
    tipButton(element).click();
    await element.updateComplete;
    const content = tipContent(element);
    expect(content.hidden).to.equal(false);
    expect(inTopLayer(content), 'in the top layer').to.equal(true);
    const box = content.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(box.width).to.be.greaterThan(200);
    expect(seenAtItsMiddle(content), 'not clipped by the scroll container').to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('opens from the keyboard (Enter and Space) and closes with Escape, focus staying on the ⓘ', async () => {
    const element = await reasonInAScrollingCell();
    const tip = tipButton(element);
    const content = tipContent(element);
    tip.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(content.hidden).to.equal(false);
    expect(tip.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(content.hidden).to.equal(true);
    expect(content.checkVisibility()).to.equal(false);
    expectFocus(tip);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(content.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(content.hidden).to.equal(true);
  });

  it('stays while the pointer is over the explanation, hides once it leaves both, and Escape hides it under the pointer', async () => {
    const element = await reasonInAScrollingCell();
    const content = tipContent(element);
    await sendMouse({ type: 'move', position: middleOf(tipButton(element)) });
    await element.updateComplete;
    expect(content.hidden, 'hover shows it').to.equal(false);

    await sendMouse({ type: 'move', position: middleOf(content) });
    await aTimeout(500);
    await element.updateComplete;
    expect(content.hidden, 'the pointer over the explanation keeps it').to.equal(false);

    await sendMouse({ type: 'move', position: [790, 590] });
    await waitUntil(() => content.hidden, 'leaving both hides it', { timeout: 5000 });

    // Dismissible without moving the pointer, the focus being elsewhere.
    await sendMouse({ type: 'move', position: middleOf(tipButton(element)) });
    await element.updateComplete;
    expect(content.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(content.hidden, 'Escape hides it').to.equal(true);
  });

  it("a refused action's tooltip (the session list's delete) shows whole inside a 320 px viewport and stays under the pointer", async function () {
    if (!(await resizeViewport(320, 640))) this.skip();
    const element = await fixture<PixSessionList>(html`<pix-session-list
      .sessions=${[
        {
          id: 13,
          address: 'Collège Anne Frank',
          room: 'Salle 208',
          date: '2026-02-03',
          time: '08:30',
          examiner: 'Paul Éluard',
          enrolledCandidatesCount: 1,
          effectiveCandidatesCount: 1,
          status: 'in_process',
        },
      ]}
    ></pix-session-list>`);
    const refused = button(element, 'Supprimer la session 13');
    const tip = $(element, `#${refused.getAttribute('aria-describedby')}`);
    refused.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: middleOf(refused) });
    await element.updateComplete;
    expect(tip.hidden).to.equal(false);
    expect(inTopLayer(tip), 'in the top layer').to.equal(true);
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(seenAtItsMiddle(tip)).to.equal(true);

    await sendMouse({ type: 'move', position: middleOf(tip) });
    await aTimeout(500);
    await element.updateComplete;
    expect(tip.hidden, 'the pointer over the tooltip keeps it').to.equal(false);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
