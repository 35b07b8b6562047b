import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { $$, button, byLabel, expectFocus } from '../helpers/dom.js';

/** One primary action per page, and a focused radio that does not look selected. */

async function wizard(): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session561.session}
    .reports=${session561.reports}
    now="2021-01-18T11:00"
  ></pix-finalise-wizard>`);
  await element.updateComplete;
  return element;
}

const isFilled = (element: Element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)';

describe('One primary action per page', () => {
  it('step 2\'s "Soumettre le formulaire" is secondary: "Valider" is the only filled button', async () => {
    const element = await wizard();
    const submit = button(element, 'Soumettre le formulaire');
    expect(submit.classList.contains('button--secondary')).to.equal(true);
    expect(isFilled(submit), 'Soumettre le formulaire is not filled').to.equal(false);
    expect(isFilled(button(element, 'Valider')), 'Valider is filled').to.equal(true);
    const filled = $$(element, '.step button, .actions button').filter((item) => item.checkVisibility() && isFilled(item));
    expect(filled.map((item) => item.textContent!.trim())).to.deep.equal(['Valider']);
  });

  it('a radio that has the focus but is not chosen shows no ring of its own: its whole choice is outlined', async () => {
    const element = await wizard();
    const chosen = byLabel(element, /Aucun problème particulier/) as HTMLInputElement;
    const other = byLabel(element, /Je souhaite signaler/) as HTMLInputElement;
    expect(chosen.checked).to.equal(true);
    // Focus on the unchosen radio without choosing it (as a screen reader's focus may).
    other.focus();
    expectFocus(other);
    expect(other.checked).to.equal(false);
    expect(getComputedStyle(other).outlineStyle, 'no ring around the unchosen radio').to.equal('none');
    const choice = other.closest('.choice')!;
    expect(getComputedStyle(choice).outlineStyle, 'the choice shows the focus').to.not.equal('none');
    // The keyboard still chooses with the arrows, the focus following.
    await sendKeys({ press: 'ArrowUp' });
    expectFocus(chosen);
    expect(getComputedStyle(chosen.closest('.choice')!).outlineStyle).to.not.equal('none');
    expect(getComputedStyle(other.closest('.choice')!).outlineStyle).to.equal('none');
  });
});
