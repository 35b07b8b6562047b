import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-abandon-reason.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';

/** The placeholder option the element shows: "-- Choisissez --" in French, "-- Choose --" in English. */
function placeholder(element: PixAbandonReason): string {
  return element.shadowRoot!.querySelector('option')!.textContent!.trim();
}

async function nextRender(element: PixAbandonReason): Promise<void> {
  // The MutationObserver reports after the current task's microtasks.
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('the page language, followed live wherever the element is', () => {
  it('follows a lang that changes inside a host’s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="fr"><div><pix-abandon-reason></pix-abandon-reason></div></section>';
    const element = root.querySelector<PixAbandonReason>('pix-abandon-reason')!;
    await element.updateComplete;
    expect(placeholder(element)).to.equal('-- Choisissez --');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choose --');
    root.querySelector('section')!.setAttribute('lang', 'fr-FR');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choisissez --');
  });

  it('follows the lang of two nested shadow roots and of the page around them', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<article></article>';
    const inner = outerRoot.querySelector('article')!;
    const innerRoot = inner.attachShadow({ mode: 'open' });
    innerRoot.innerHTML = '<pix-abandon-reason></pix-abandon-reason>';
    const element = innerRoot.querySelector<PixAbandonReason>('pix-abandon-reason')!;
    await element.updateComplete;
    expect(placeholder(element)).to.equal('-- Choose --');
    inner.setAttribute('lang', 'fr');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choisissez --');
    inner.removeAttribute('lang');
    outer.setAttribute('lang', 'fr');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choisissez --');
    outer.setAttribute('lang', 'en-GB');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choose --');
  });

  it('follows the page of an iframe it was moved to, and no longer the one it left', async () => {
    const element = await fixture<PixAbandonReason>(html`<pix-abandon-reason></pix-abandon-reason>`);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const page = frame.contentDocument!;
      page.documentElement.setAttribute('lang', 'en');
      page.body.append(element);
      await nextRender(element);
      expect(placeholder(element)).to.equal('-- Choose --');
      page.documentElement.setAttribute('lang', 'fr');
      await nextRender(element);
      expect(placeholder(element)).to.equal('-- Choisissez --');
      // The page it left changes language: not its page any more.
      const before = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      await nextRender(element);
      expect(placeholder(element)).to.equal('-- Choisissez --');
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    } finally {
      frame.remove();
    }
  });

  it('stops listening once removed, and listens again when put back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><pix-abandon-reason></pix-abandon-reason></div>`);
    const element = wrapper.querySelector<PixAbandonReason>('pix-abandon-reason')!;
    await element.updateComplete;
    element.remove();
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    // Detached, nothing re-renders it: still the text of its last page.
    expect(element.isConnected).to.equal(false);
    expect(placeholder(element)).to.equal('-- Choisissez --');
    wrapper.append(element);
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choose --');
    wrapper.setAttribute('lang', 'fr');
    await nextRender(element);
    expect(placeholder(element)).to.equal('-- Choisissez --');
  });
});
