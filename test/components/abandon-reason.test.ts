import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-abandon-reason.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { PixAbandonReasonChangeEvent } from '../../src/events/native-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, button, expectFocus, record, selectOption, text } from '../helpers/dom.js';

function selectOf(element: PixAbandonReason): HTMLSelectElement {
  return $(element, 'select') as HTMLSelectElement;
}

function hasState(element: Element, name: string): boolean {
  try {
    return element.matches(`:state(${name})`);
  } catch {
    return element.hasAttribute(`data-${name}`);
  }
}

/** The text of the elements a control names in `aria-describedby`, in its own shadow root. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(root.getElementById(id))).join(' ');
}

describe('<pix-abandon-reason>', () => {
  it('is a labelled select with the placeholder and the two reasons', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
    const select = selectOf(element);
    expect(text($(element, 'label'))).to.equal("Raison de l'abandon");
    expect([...select.options].map((option) => [option.value, text(option)])).to.deep.equal([
      ['', '-- Choisissez --'],
      ['candidate', 'Abandon du candidat'],
      ['technical', 'Problème technique'],
    ]);
    expect(select.labels?.[0]?.textContent).to.equal("Raison de l'abandon");
    expect(element.value).to.equal('');
    await expectAccessible(element);
  });

  it('takes a row label, visually hidden, and can leave out the tip', async () => {
    const element = await fixture<PixAbandonReason>(
      html`<pix-abandon-reason label="Raison de l'abandon pour Marion Cotillon" hide-label no-info></pix-abandon-reason>`,
    );
    const label = $(element, 'label');
    expect(text(label)).to.equal("Raison de l'abandon pour Marion Cotillon");
    expect(label.classList.contains('visually-hidden')).to.equal(true);
    expect(element.shadowRoot!.querySelector('.info-tip')).to.equal(null);
    await expectAccessible(element);
  });

  it('explains both reasons in an info tip reachable by keyboard and read by screen readers', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
    const tip = button(element, "Informations sur les raisons de l'abandon");
    const content = $(element, '.info-tip__content');
    expect(content.hidden).to.equal(true);
    expect(tip.getAttribute('aria-describedby')).to.equal(content.id);
    expect(text(content)).to.contain('Abandon du candidat : le candidat a décidé de partir avant la fin de son test');
    expect(text(content)).to.contain('Problème technique : le candidat a rencontré un problème technique');

    tip.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(tip.getAttribute('aria-expanded')).to.equal('true');
    expect(content.hidden).to.equal(false);
    await expectAccessible(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(content.hidden).to.equal(true);
    expectFocus(tip);
  });

  it('sets its value from a choice and fires a native change', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
    const changes = record<Event>(element, 'change');
    selectOption(selectOf(element), 'technical');
    expect(element.value).to.equal('technical');
    expect(changes).to.have.length(1);
    expect(changes[0]).to.be.instanceOf(PixAbandonReasonChangeEvent);
    expect((changes[0] as PixAbandonReasonChangeEvent).value, 'the typed event carries the new value').to.equal('technical');
    expect(changes[0]!.bubbles).to.equal(true);
    expect(changes[0]!.composed, 'composed, as every event of the library').to.equal(true);
  });

  it('can be driven with the keyboard alone', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason no-info></pix-abandon-reason>`);
    const changes = record<Event>(element, 'change');
    element.focus();
    expectFocus(selectOf(element));
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.value).to.equal('candidate');
    expect(changes.length).to.be.greaterThan(0);
  });

  it('refuses an unknown value with a warning and stays empty', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason value="bored"></pix-abandon-reason>`);
      expect(element.value).to.equal('');
      expect(selectOf(element).value).to.equal('');
      (element as unknown as { value: unknown }).value = { toString: () => 'candidate' };
      await element.updateComplete;
      expect(element.value).to.equal('');
      element.value = 'candidate';
      await element.updateComplete;
      expect(selectOf(element).value).to.equal('candidate');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(2);
    expect(String(warnings[0])).to.match(/«\sbored\s»/);
  });

  describe('in a form', () => {
    it('appears in FormData under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason-1199" value="candidate"></pix-abandon-reason>
        <pix-abandon-reason name="reason-1200"></pix-abandon-reason>
      </form>`);
      const [first, second] = [...form.querySelectorAll('pix-abandon-reason')] as PixAbandonReason[];
      await first!.updateComplete;
      await second!.updateComplete;
      expect(first!.form).to.equal(form);
      expect(new FormData(form).get('reason-1199')).to.equal('candidate');
      expect(new FormData(form).has('reason-1200')).to.equal(false);
      selectOption(selectOf(second!), 'technical');
      await second!.updateComplete;
      expect(new FormData(form).get('reason-1200')).to.equal('technical');
    });

    it('takes part in validation when required: :invalid, checkValidity, reportValidity, user-invalid', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason" required></pix-abandon-reason>
      </form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      await element.updateComplete;
      expect(element.matches(':invalid')).to.equal(true);
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.equal("Veuillez choisir la raison de l'abandon.");
      expect(hasState(element, 'user-invalid'), 'not before any interaction').to.equal(false);

      expect(element.reportValidity()).to.equal(false);
      await element.updateComplete;
      expect(hasState(element, 'user-invalid')).to.equal(true);
      expect(selectOf(element).getAttribute('aria-invalid')).to.equal('true');
      expect(form.checkValidity()).to.equal(false);

      selectOption(selectOf(element), 'candidate');
      await element.updateComplete;
      expect(element.matches(':valid')).to.equal(true);
      expect(hasState(element, 'user-invalid')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows user-invalid after a person clears the value', async () => {
      const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason required value="technical"></pix-abandon-reason>`);
      expect(hasState(element, 'user-invalid')).to.equal(false);
      selectOption(selectOf(element), '');
      await element.updateComplete;
      expect(hasState(element, 'user-invalid')).to.equal(true);
      await expectAccessible(element);
    });

    it('with no-announce, renders no live region and still describes its error', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason" required no-info no-announce></pix-abandon-reason>
      </form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      expect(element.noAnnounce).to.equal(true);
      expect(form.reportValidity()).to.equal(false);
      await element.updateComplete;
      const select = selectOf(element);
      expect(element.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(0);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(description(select)).to.equal("Veuillez choisir la raison de l'abandon.");
      await expectAccessible(form);
    });

    it('passed through untouched, shows and says nothing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason" required no-info></pix-abandon-reason>
        <button type="button">Suivant</button>
      </form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      await element.updateComplete;
      const select = selectOf(element);
      element.focus();
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expectFocus(form.querySelector('button'));
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expect(hasState(element, 'user-invalid')).to.equal(false);
      expect(element.shadowRoot!.querySelector('.field-error')).to.equal(null);
      expect(text($(element, '[role="status"]'))).to.equal('');

      expect(form.reportValidity(), 'a form validating it').to.equal(false);
      await element.updateComplete;
      expect(select.getAttribute('aria-invalid'), 'a refused submission shows it').to.equal('true');
    });

    it('once changed and left empty, shows its message under the select, described by it and announced, until a reason is chosen', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason" required no-info></pix-abandon-reason>
        <button type="button">Suivant</button>
      </form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      await element.updateComplete;
      const select = selectOf(element);
      element.focus();
      expectFocus(select);
      selectOption(select, 'candidate');
      await element.updateComplete;
      selectOption(select, '');
      await element.updateComplete;
      expect(select.getAttribute('aria-invalid'), 'a choice made leaves the select').to.equal('true');
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expectFocus(form.querySelector('button'));
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(hasState(element, 'user-invalid')).to.equal(true);
      expect(description(select)).to.equal("Veuillez choisir la raison de l'abandon.");
      expect(text($(element, '[role="status"]')).replace(/\u00a0/g, '')).to.equal(
        "Raison de l'abandon : Veuillez choisir la raison de l'abandon.",
      );
      await expectAccessible(form);

      selectOption(select, 'technical');
      await element.updateComplete;
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expect(select.hasAttribute('aria-describedby')).to.equal(false);
      expect(element.shadowRoot!.querySelector('.field-error')).to.equal(null);

      form.reset();
      await element.updateComplete;
      expect(select.getAttribute('aria-invalid'), 'a reset form starts without errors').to.equal('false');
    });

    it('shows its message when its form validates it, and a reset clears it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pix-abandon-reason name="reason" required></pix-abandon-reason></form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      await element.updateComplete;
      expect(form.reportValidity()).to.equal(false);
      await element.updateComplete;
      expect(description(selectOf(element))).to.equal("Veuillez choisir la raison de l'abandon.");
      form.reset();
      await element.updateComplete;
      expect(hasState(element, 'user-invalid')).to.equal(false);
      expect(element.shadowRoot!.querySelector('.field-error')).to.equal(null);
    });

    it('resets with its form to its initial value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <pix-abandon-reason name="reason" value="technical"></pix-abandon-reason>
      </form>`);
      const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
      selectOption(selectOf(element), 'candidate');
      await element.updateComplete;
      form.reset();
      await element.updateComplete;
      expect(element.value).to.equal('technical');
      expect(selectOf(element).value).to.equal('technical');
    });

    it('restores a value from the browser (back/forward)', async () => {
      const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
      element.formStateRestoreCallback('candidate');
      element.formStateRestoreCallback('nonsense');
      await element.updateComplete;
      expect(element.value).to.equal('candidate');
    });

    it('is disabled by its own attribute or a disabled fieldset, and is then not validated', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled><pix-abandon-reason name="a" required></pix-abandon-reason></fieldset>
        <pix-abandon-reason name="b" required disabled></pix-abandon-reason>
      </form>`);
      const [inFieldset, disabled] = [...form.querySelectorAll('pix-abandon-reason')] as PixAbandonReason[];
      await inFieldset!.updateComplete;
      await disabled!.updateComplete;
      expect(selectOf(inFieldset!).disabled).to.equal(true);
      expect(selectOf(disabled!).disabled).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('a')).to.equal(false);
      await expectAccessible(form);
    });
  });

  it('speaks English when the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><pix-abandon-reason></pix-abandon-reason></div>`);
    const element = wrapper.querySelector('pix-abandon-reason') as PixAbandonReason;
    await element.updateComplete;
    expect(text($(element, 'label'))).to.equal('Reason for abandonment');
    expect([...selectOf(element).options].map((option) => text(option))).to.deep.equal([
      '-- Choose --',
      'Candidate withdrew',
      'Technical problem',
    ]);
    wrapper.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text($(element, 'label'))).to.equal("Raison de l'abandon");
  });
});
