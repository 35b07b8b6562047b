import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-abandon-reason.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { setCustomState } from '../../src/internal/custom-states.js';
import { isModal } from '../../src/internal/focus.js';

// What the elements do where an engine lacks a platform feature they use.
describe('fallbacks for older engines', () => {
  it('custom states: a data- attribute on the host where CustomStateSet is missing', () => {
    const host = document.createElement('div');
    setCustomState({} as ElementInternals, host, 'user-invalid', true);
    expect(host.hasAttribute('data-user-invalid')).to.equal(true);
    setCustomState({} as ElementInternals, host, 'user-invalid', false);
    expect(host.hasAttribute('data-user-invalid')).to.equal(false);
  });

  it('custom states: the attribute too where the engine only accepts the old "--name" form', () => {
    const host = document.createElement('div');
    const oldStates = new Set<string>();
    oldStates.add = (name: string) => {
      if (!name.startsWith('--')) throw new DOMException('The state must start with --', 'SyntaxError');
      return Set.prototype.add.call(oldStates, name) as Set<string>;
    };
    setCustomState({ states: oldStates } as unknown as ElementInternals, host, 'user-invalid', true);
    expect(host.hasAttribute('data-user-invalid')).to.equal(true);
    expect(oldStates.size).to.equal(0);
  });

  it('<pix-abandon-reason> marks itself invalid with the attribute where states are missing', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason required></pix-abandon-reason>`);
    const internals = (element as unknown as { internals: ElementInternals }).internals;
    Object.defineProperty(internals, 'states', { value: undefined, configurable: true });
    element.reportValidity();
    await element.updateComplete;
    expect(element.hasAttribute('data-user-invalid'), 'invalid once a form tried to submit it').to.equal(true);
    const select = element.shadowRoot!.querySelector('select')!;
    select.value = 'candidate';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(element.hasAttribute('data-user-invalid'), 'valid again with a reason').to.equal(false);
  });

  it('isModal: false where :modal is an unknown selector, so an open dialog is shown modally again', () => {
    const dialog = document.createElement('dialog');
    dialog.matches = () => {
      throw new DOMException("':modal' is not a valid selector", 'SyntaxError');
    };
    expect(isModal(dialog)).to.equal(false);
  });
});
