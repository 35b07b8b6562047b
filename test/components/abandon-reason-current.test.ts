import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-abandon-reason.js';
import '../../src/define/pix-certif-context.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { PixAbandonReasonChangeEvent } from '../../src/events/native-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, button, expectFocus, record, selectOption, text } from '../helpers/dom.js';

const MISSING = "Une ou plusieurs certification(s) non terminée(s) n'ont pas de motif d'interruption. Veuillez les renseigner.";

function selectOf(element: PixAbandonReason): HTMLSelectElement {
  return $(element, 'select') as HTMLSelectElement;
}

/** The options as the select holds them: value, text, and whether a person can pick it. */
function options(element: PixAbandonReason): Array<[string, string, boolean]> {
  return [...selectOf(element).options].map((option) => [option.value, option.text, !option.disabled && !option.hidden]);
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
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? `#${id} missing`).join(' | ');
}

/** The select's accessible name: the text of its label (the caption is not one). */
function accessibleName(element: PixAbandonReason): string {
  const select = selectOf(element);
  expect(select.hasAttribute('aria-label'), 'named by its label').to.equal(false);
  expect(select.labels?.length).to.equal(1);
  return select.labels![0]!.textContent!.trim();
}

async function current(
  template = html`<pix-abandon-reason edition="current"></pix-abandon-reason>`,
  lang = 'fr',
): Promise<PixAbandonReason> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const element = wrapper.querySelector('pix-abandon-reason') as PixAbandonReason;
  await element.updateComplete;
  return element;
}

describe('<pix-abandon-reason edition="current">', () => {
  it('shows the caption "Motif d\'interruption" and names its select "Sélectionner le motif d\'interruption"', async () => {
    const element = await current();
    expect(text($(element, '.caption'))).to.equal("Motif d'interruption");
    expect(accessibleName(element)).to.equal("Sélectionner le motif d'interruption");
    expect($(element, 'label').classList.contains('visually-hidden'), 'the label is for screen readers').to.equal(true);
    await expectAccessible(element);
  });

  it('offers "Test non finalisé dans le délai imparti" and "Problème technique" under the placeholder "-- Choisissez --"', async () => {
    const element = await current();
    expect(options(element)).to.deep.equal([
      ['', '-- Choisissez --', false],
      ['candidate', 'Test non finalisé dans le délai imparti', true],
      ['technical', 'Problème technique', true],
    ]);
    expect(selectOf(element).selectedOptions[0]!.text, 'the placeholder shows while no reason is chosen').to.equal('-- Choisissez --');
  });

  it('cannot be set back to the placeholder once a reason is chosen', async () => {
    const element = await current(html`<pix-abandon-reason edition="current" no-info></pix-abandon-reason>`);
    const changes = record<PixAbandonReasonChangeEvent>(element, 'change');
    element.focus();
    expectFocus(selectOf(element));
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.value).to.equal('candidate');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(element.value, 'ArrowUp does not reach the placeholder').to.equal('candidate');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.value).to.equal('technical');
    expect(changes.map((change) => change.value)).to.deep.equal(['candidate', 'technical']);
  });

  it('explains both reasons in today\'s help text, behind "Description du motif d\'interruption"', async () => {
    const element = await current();
    const tip = button(element, "Description du motif d'interruption");
    const content = $(element, '.info-tip__content');
    expect(tip.getAttribute('aria-describedby')).to.equal(content.id);
    const items = [...content.querySelectorAll(':scope > ul > li')].map((item) => [
      [...item.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim(),
      [...item.querySelectorAll('li')].map((detail) => detail.textContent!.trim()),
    ]);
    expect(items).to.deep.equal([
      [
        'Test non finalisé dans le délai imparti',
        ["Le candidat n'a pas eu le temps de répondre à toutes ses questions", 'Le candidat est parti volontairement avant la fin du test'],
      ],
      ['Problème technique', ["Le candidat a rencontré un problème technique l'empêchant de poursuivre son test jusqu’à la fin"]],
    ]);
    tip.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(content.hidden).to.equal(false);
    await expectAccessible(element);
  });

  it('speaks English when the page does', async () => {
    const element = await current(undefined, 'en');
    expect(text($(element, '.caption'))).to.equal('Reason for interruption');
    expect(accessibleName(element)).to.equal('Select the reason for interruption');
    expect(options(element)).to.deep.equal([
      ['', '-- Choose --', false],
      ['candidate', 'Test not completed within the allotted time', true],
      ['technical', 'Technical problem', true],
    ]);
    const tip = button(element, "Reason for interruption's description");
    expect($(element, '.info-tip__content').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Test not completed within the allotted time ' +
        'The candidate didn’t have enough time to answer all the questions ' +
        'The candidate left deliberately before the end of the exam ' +
        'Technical problem ' +
        'The candidate encountered a technical problem that prevented him from finishing his exam',
    );
    expect(tip).to.not.equal(null);
    await expectAccessible(element);
  });

  it('in a form, says "Veuillez sélectionner le motif d\'interruption." when required and empty', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pix-abandon-reason edition="current" name="reason" required></pix-abandon-reason></form>`,
    );
    const element = form.querySelector('pix-abandon-reason') as PixAbandonReason;
    await element.updateComplete;
    expect(element.validationMessage).to.equal("Veuillez sélectionner le motif d'interruption.");
    expect(form.reportValidity()).to.equal(false);
    await element.updateComplete;
    expect(description(selectOf(element))).to.equal("Veuillez sélectionner le motif d'interruption.");
    await expectAccessible(form);
    selectOption(selectOf(element), 'technical');
    await element.updateComplete;
    expect(new FormData(form).get('reason')).to.equal('technical');
  });

  it('in English, says "Please select the reason for interruption."', async () => {
    const element = await current(html`<pix-abandon-reason edition="current" required></pix-abandon-reason>`, 'en');
    expect(element.validationMessage).to.equal('Please select the reason for interruption.');
  });

  describe('in a table row, as the wizard shows it', () => {
    async function row(errorMessage = ''): Promise<{ element: PixAbandonReason; table: HTMLTableElement }> {
      const table = await fixture<HTMLTableElement>(html`<table>
        <caption>Certifications non terminées</caption>
        <thead>
          <tr><th scope="col">Nom</th><th scope="col">Motif d'interruption</th></tr>
        </thead>
        <tbody>
          <tr>
            <td>Marion Cotillon</td>
            <td>
              <pix-abandon-reason
                edition="current"
                hide-label
                no-info
                no-announce
                required
                description="Marion Cotillon"
                error-message=${errorMessage}
              ></pix-abandon-reason>
            </td>
          </tr>
        </tbody>
      </table>`);
      const element = table.querySelector('pix-abandon-reason') as PixAbandonReason;
      await element.updateComplete;
      return { element, table };
    }

    it('is named "Sélectionner le motif d\'interruption" and described by the candidate\'s name, with no caption and no live region', async () => {
      const { element, table } = await row();
      expect(accessibleName(element)).to.equal("Sélectionner le motif d'interruption");
      expect(element.shadowRoot!.querySelector('.caption')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      const select = selectOf(element);
      expect(description(select)).to.equal('Marion Cotillon');
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expect($(element, '#description').classList.contains('visually-hidden')).to.equal(true);
      await expectAccessible(table);
    });

    it('with error-message: aria-invalid, described by the name and the message, shown, invalid; cleared by the host', async () => {
      const { element, table } = await row(MISSING);
      const select = selectOf(element);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(description(select)).to.equal(`Marion Cotillon | ${MISSING}`);
      expect(text($(element, '.field-error'))).to.equal(MISSING);
      expect(hasState(element, 'user-invalid')).to.equal(true);
      expect(element.checkValidity()).to.equal(false);
      await expectAccessible(table);

      // The wizard focuses the first one.
      element.focus();
      expectFocus(select);

      selectOption(select, 'candidate');
      element.errorMessage = '';
      await element.updateComplete;
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expect(description(select)).to.equal('Marion Cotillon');
      expect(element.shadowRoot!.querySelector('.field-error')).to.equal(null);
      expect(hasState(element, 'user-invalid')).to.equal(false);
      expect(element.checkValidity()).to.equal(true);
    });

    it('takes error-message as a property too, anything but text counting as none', async () => {
      const { element } = await row();
      element.errorMessage = MISSING;
      await element.updateComplete;
      expect(selectOf(element).getAttribute('aria-invalid')).to.equal('true');
      (element as unknown as { errorMessage: unknown }).errorMessage = { toString: () => 'x' };
      await element.updateComplete;
      expect(selectOf(element).getAttribute('aria-invalid')).to.equal('false');
      (element as unknown as { description: unknown }).description = Symbol('name');
      await element.updateComplete;
      expect(selectOf(element).hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  it('follows the edition of a <pix-certif-context>; its own edition wins', async () => {
    const context = await fixture<HTMLElement>(html`<pix-certif-context edition="current">
      <pix-abandon-reason></pix-abandon-reason>
      <pix-abandon-reason edition="2021"></pix-abandon-reason>
    </pix-certif-context>`);
    const [today, guide] = [...context.querySelectorAll('pix-abandon-reason')] as PixAbandonReason[];
    await today!.updateComplete;
    await guide!.updateComplete;
    expect(options(today!)[1]![1]).to.equal('Test non finalisé dans le délai imparti');
    expect(options(guide!)[1]![1]).to.equal('Abandon du candidat');
    expect(accessibleName(guide!)).to.equal("Raison de l'abandon");
    context.setAttribute('edition', '2021');
    await (context as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await today!.updateComplete;
    expect(options(today!)[1]![1]).to.equal('Abandon du candidat');
    expect(options(today!)[0]![2], "the guide's placeholder can be chosen").to.equal(true);
  });

  it('shows an error state for an unknown edition', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason edition="2030"></pix-abandon-reason>`);
      expect(text($(element, '[role="alert"]'))).to.contain('edition: expected one of "2021", "current", received "2030"');
      expect(element.shadowRoot!.querySelector('select')).to.equal(null);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });
});
