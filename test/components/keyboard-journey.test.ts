import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixFinaliseEvent } from '../../src/events/finalisation-events.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { expectFocus, focused, shiftTab } from '../helpers/dom.js';

/** Focus is on an element of the page (never <body>) and shows. */
function expectVisibleFocus(step: string): Element {
  const element = focused();
  expect(element, `${step}: focus somewhere`).to.not.equal(null);
  expect(element === document.body, `${step}: focus not lost to <body>`).to.equal(false);
  const shown =
    element!.matches(':focus-visible') ||
    getComputedStyle(element!).outlineStyle !== 'none' ||
    // A focused radio shows its focus around its whole choice.
    (element!.closest('.choice') !== null && getComputedStyle(element!.closest('.choice')!).outlineStyle !== 'none') ||
    // A visually hidden file input shows its focus on its visible label (.dropzone:focus-within).
    (element!.closest('.dropzone') !== null &&
      getComputedStyle(element!.closest('.dropzone')!.querySelector('.dropzone__button')!).outlineStyle !== 'none');
  expect(shown, `${step}: focus visible on <${element!.localName}>`).to.equal(true);
  return element!;
}

function nameOf(element: Element | null): string {
  if (!element) return 'nothing';
  const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent;
  return `${element.localName}:${(label ?? '').replace(/\s+/g, ' ').trim()}`;
}

async function press(key: string, step: string): Promise<Element> {
  await sendKeys({ press: key });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return expectVisibleFocus(step);
}

/** Presses Tab until focus matches, checking focus at every stop. */
async function tabTo(matches: (element: Element) => boolean, step: string, max = 40): Promise<Element> {
  for (let count = 0; count < max; count += 1) {
    const element = await press('Tab', `${step} (Tab ${count + 1})`);
    if (matches(element)) return element;
  }
  throw new Error(`${step}: not reached with Tab; focus is on ${nameOf(focused())}`);
}

const named = (text: string) => (element: Element) => nameOf(element).includes(text);

describe('the whole finalisation with the keyboard alone', () => {
  it('Tab, Shift+Tab, Space, Enter, arrows and Escape take a person from step 1 to the confirmation', async () => {
    let mouse = 0;
    const countMouse = () => (mouse += 1);
    for (const type of ['mousedown', 'mouseup', 'click']) {
      window.addEventListener(
        type,
        (event) => {
          if ((event as MouseEvent).detail > 0) countMouse();
        },
        true,
      );
    }
    const payloads: unknown[] = [];
    const wizard = await fixture<PixFinaliseWizard>(html`<div>
      <a href="#start">Début de la page</a>
      <pix-finalise-wizard
        .session=${session561.session}
        .reports=${session561.reports}
        now="2021-01-18T11:00"
        @pix-finalise=${(event: PixFinaliseEvent) => {
          payloads.push(event.detail);
          event.respondWith(new Promise((resolve) => setTimeout(resolve, 30)));
        }}
      ></pix-finalise-wizard>
    </div>`).then((wrapper) => wrapper.querySelector('pix-finalise-wizard') as PixFinaliseWizard);
    await sendMouse({ type: 'move', position: [0, 0] });
    (wizard.previousElementSibling as HTMLElement).focus();

    // Step 1: the info tip, then each abandonment reason with the arrows.
    await tabTo(named("Informations sur les raisons de l'abandon"), 'info tip');
    await press('Enter', 'open the tip');
    expect(wizard.shadowRoot!.querySelector<HTMLElement>('#abort-reason-info')!.hidden).to.equal(false);
    await press('Escape', 'close the tip');
    expect(wizard.shadowRoot!.querySelector<HTMLElement>('#abort-reason-info')!.hidden).to.equal(true);

    await tabTo(named("Raison de l'abandon pour Marion Cotillon"), 'first reason');
    await press('ArrowDown', 'choose "Abandon du candidat"');
    await tabTo(named("Raison de l'abandon pour Sophie Marteau"), 'second reason');
    await press('ArrowDown', 'first option');
    await press('ArrowDown', 'choose "Problème technique"');
    await wizard.updateComplete;
    expect(wizard.finalisation!.reports.map((report) => report.abortReason)).to.deep.equal(['candidate', 'technical', null]);

    // Back with Shift+Tab, then on to the end-screen column.
    await shiftTab();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expectVisibleFocus('Shift+Tab');
    expect(nameOf(focused())).to.contain('Ajouter');
    const selectAll = await tabTo(named('Écran de fin du test vu pour tous les candidats'), 'select all');
    await press(' ', 'tick all with Space');
    await wizard.updateComplete;
    expect((selectAll as HTMLInputElement).checked).to.equal(true);

    // An incident report for Georges Clounet, in the dialog.
    const add = await tabTo(
      (element) => element.classList.contains('add') && element.closest('tr')!.textContent!.includes('Clounet'),
      'Ajouter',
    );
    await press('Enter', 'open the dialog');
    await wizard.updateComplete;
    expect(nameOf(focused())).to.contain('A1');
    await press('Escape', 'close the dialog without saving');
    expectFocus(add);
    await press('Enter', 'open it again');
    await press('ArrowDown', 'choose A2');
    await press('Tab', 'to its description');
    await sendKeys({ type: 'Alarme incendie' });
    await tabTo(named('Valider'), 'dialog Valider');
    await press('Enter', 'add the report');
    await wizard.updateComplete;
    expectFocus(add, 'focus back on Ajouter');
    expect(wizard.finalisation!.reports[2]!.issueReports).to.have.length(1);

    // Step 3: the comment, then Valider and the confirmation.
    await tabTo(named('Aucun problème particulier'), 'comment radios');
    await press('ArrowDown', 'choose the incident radio');
    await wizard.updateComplete;
    await press('Tab', 'to the comment');
    await sendKeys({ type: 'Coupure réseau de 10 minutes' });
    await tabTo(named('Valider'), 'Valider');
    expect(mouse, 'no mouse event').to.equal(0);
    await press('Enter', 'open the confirmation');
    await wizard.updateComplete;
    expect(nameOf(focused())).to.contain('Annuler');
    await press('Tab', 'to Confirmer');
    await press('Enter', 'confirm');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await wizard.updateComplete;
    const outcome = expectVisibleFocus('outcome');
    expect(outcome.textContent!.trim()).to.equal('Les informations de la session ont été transmises avec succès.');
    expect(payloads).to.have.length(1);
    expect(payloads[0]).to.deep.include({ sessionId: 561, examinerGlobalComment: 'Coupure réseau de 10 minutes' });
    expect(mouse, 'no mouse event').to.equal(0);
  });
});
