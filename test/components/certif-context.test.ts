import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';
import { PixCertifContext } from '../../src/components/certif-context/certif-context.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import type { PixElement } from '../../src/internal/pix-element.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $$, text } from '../helpers/dom.js';

/**
 * Contract, "Shared settings": `<pix-certif-context>` gives `edition`, `catalogue`, `now` and
 * `timeout` to every element inside it, at any depth and through shadow roots; an element's own
 * value wins; a change applies live.
 */

const kirokov = { certificationCourseId: 87618, firstName: 'Manuel', lastName: 'Kirokov', isCompleted: true };

/** What an element follows now (the protected getters, read as a host cannot, to see the resolution itself). */
function seen(element: PixElement): { edition: string; timeout: number } {
  const view = element as unknown as { activeEdition: string };
  return { edition: view.activeEdition, timeout: element.handoverTimeout };
}

/** The first code of each category the dialog offers: tells the catalogue in use. */
async function categoryCodes(report: PixCandidateReport): Promise<string[]> {
  report.show();
  await report.updateComplete;
  const codes = $$(report, '.categories > .category > .choice label').map((label) => text(label).split(' ')[0] ?? '');
  report.open = false;
  await report.updateComplete;
  return codes;
}

/** A host component that renders a pix element in its own shadow root. */
class ShadowHost extends LitElement {
  protected override render() {
    return html`<section><pix-session-form></pix-session-form></section>`;
  }
}
customElements.define('test-shadow-host', ShadowHost);

describe('<pix-certif-context>', () => {
  it('gives its settings to the elements inside it, and takes no room of its own', async () => {
    const context = await fixture<PixCertifContext>(html`
      <pix-certif-context edition="current" timeout="1200" catalogue="2022">
        <div><pix-candidate-report .report=${kirokov}></pix-candidate-report></div>
      </pix-certif-context>
    `);
    const report = context.querySelector('pix-candidate-report')!;
    await report.updateComplete;
    expect(seen(report)).to.deep.equal({ edition: 'current', timeout: 1200 });
    expect(await categoryCodes(report)).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8', 'E1-E12']);
    expect(getComputedStyle(context).display).to.equal('contents');
    await expectAccessible(context);
  });

  it('reaches elements inside another component’s shadow root', async () => {
    const context = await fixture<PixCertifContext>(html`
      <pix-certif-context edition="current" timeout="700"><test-shadow-host></test-shadow-host></pix-certif-context>
    `);
    const host = context.querySelector<ShadowHost>('test-shadow-host')!;
    await host.updateComplete;
    const form = host.shadowRoot!.querySelector<PixSessionForm>('pix-session-form')!;
    await form.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: 'current', timeout: 700 });
  });

  it('lets an element’s own attribute or property win, and its removal give the context back', async () => {
    const context = await fixture<PixCertifContext>(html`
      <pix-certif-context edition="current" timeout="900" catalogue="2022">
        <pix-candidate-report .report=${kirokov} edition="2021" timeout="300" catalogue="2021"></pix-candidate-report>
      </pix-certif-context>
    `);
    const report = context.querySelector('pix-candidate-report')!;
    await report.updateComplete;
    expect(seen(report)).to.deep.equal({ edition: '2021', timeout: 300 });
    expect((await categoryCodes(report))[0]).to.equal('A1');

    report.removeAttribute('edition');
    report.removeAttribute('timeout');
    report.removeAttribute('catalogue');
    await report.updateComplete;
    expect(seen(report)).to.deep.equal({ edition: 'current', timeout: 900 });
    expect((await categoryCodes(report))[0]).to.equal('C1-C2');

    report.timeout = 450;
    await report.updateComplete;
    expect(seen(report).timeout).to.equal(450);
  });

  it('applies a change live to every element inside', async () => {
    const context = await fixture<PixCertifContext>(html`
      <pix-certif-context timeout="500">
        <pix-candidate-report .report=${kirokov}></pix-candidate-report>
        <pix-session-form></pix-session-form>
      </pix-certif-context>
    `);
    const report = context.querySelector('pix-candidate-report')!;
    const form = context.querySelector('pix-session-form')!;
    await report.updateComplete;
    expect(seen(report)).to.deep.equal({ edition: '2021', timeout: 500 });
    expect((await categoryCodes(report))[0]).to.equal('A1');

    context.setAttribute('edition', 'current');
    context.setAttribute('catalogue', '2022');
    context.timeout = 650;
    await context.updateComplete;
    await report.updateComplete;
    expect(seen(report)).to.deep.equal({ edition: 'current', timeout: 650 });
    expect(seen(form)).to.deep.equal({ edition: 'current', timeout: 650 });
    expect((await categoryCodes(report))[0]).to.equal('C1-C2');

    context.removeAttribute('edition');
    await context.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: '2021', timeout: 650 });
    // Removing the attribute clears the setting, as setting the property to undefined does.
    context.removeAttribute('timeout');
    await context.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: '2021', timeout: 30000 });
  });

  it('lets an inner context inherit what it does not set, and override what it does', async () => {
    const outer = await fixture<PixCertifContext>(html`
      <pix-certif-context edition="current" timeout="800">
        <pix-certif-context timeout="200"><pix-session-form></pix-session-form></pix-certif-context>
      </pix-certif-context>
    `);
    const form = outer.querySelector('pix-session-form')!;
    await form.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: 'current', timeout: 200 });

    outer.setAttribute('edition', '2021');
    await outer.updateComplete;
    const inner = outer.querySelector<PixCertifContext>('pix-certif-context')!;
    await inner.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: '2021', timeout: 200 });
  });

  it('reaches elements that were on the page before its own tag was registered', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><late-certif-context edition="current" timeout="1500"><pix-session-form></pix-session-form></late-certif-context></div>
    `);
    const form = container.querySelector('pix-session-form')!;
    await form.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: '2021', timeout: 30000 });

    customElements.define('late-certif-context', class extends PixCertifContext {});
    await waitUntil(() => form.handoverTimeout === 1500, 'the late context reaches the element');
    expect(seen(form)).to.deep.equal({ edition: 'current', timeout: 1500 });
  });

  it('leaves elements outside it to their defaults', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div>
        <pix-certif-context edition="current" timeout="100"></pix-certif-context>
        <pix-session-form></pix-session-form>
      </div>
    `);
    const form = container.querySelector('pix-session-form')!;
    await form.updateComplete;
    expect(seen(form)).to.deep.equal({ edition: '2021', timeout: 30000 });
  });
});
