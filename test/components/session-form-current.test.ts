import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-session-form.js';
import '../../src/define/pix-certif-context.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import { PixSessionSubmitEvent } from '../../src/events/session-events.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, record, text } from '../helpers/dom.js';

async function sessionForm(options: { session?: unknown; lang?: string; edition?: string } = {}): Promise<PixSessionForm> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fr'}>
    <pix-session-form edition=${options.edition ?? 'current'} .session=${options.session} today="2030-06-15"></pix-session-form>
  </div>`);
  const element = wrapper.querySelector('pix-session-form')!;
  await element.updateComplete;
  return element;
}

function submitText(element: PixSessionForm): string {
  return text($(element, 'button[type="submit"]'));
}

describe('<pix-session-form edition="current">', () => {
  it('titles the creation page "Création d’une session de certification", submitted with "Créer la session"', async () => {
    const element = await sessionForm();
    expect(text($(element, 'h1'))).to.equal('Création d’une session de certification');
    expect(submitText(element)).to.equal('Créer la session');
    expect($(element, 'form').getAttribute('aria-labelledby')).to.equal('title');
    await expectAccessible(element);
  });

  it('in English: "Creation of a certification session", "Create the session"', async () => {
    const element = await sessionForm({ lang: 'en' });
    expect(text($(element, 'h1'))).to.equal('Creation of a certification session');
    expect(submitText(element)).to.equal('Create the session');
    await expectAccessible(element);
  });

  it("keeps the guide's title for a modification, which today's Pix Certif does not give", async () => {
    const element = await sessionForm({ session: session296.session });
    expect(text($(element, 'h1'))).to.equal('Modifier la session 296');
    expect(submitText(element)).to.equal('Enregistrer les modifications');
    const english = await sessionForm({ session: session296.session, lang: 'en' });
    expect(text($(english, 'h1'))).to.equal('Edit session 296');
  });

  it('still submits as in the guide', async () => {
    const element = await sessionForm({ session: session296.session });
    const submits = record<PixSessionSubmitEvent>(element, 'pix-session-submit');
    button(element, 'Enregistrer les modifications').click();
    await element.updateComplete;
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.mode).to.equal('edit');
    expect(submits[0]!.detail.session.address).to.equal('Collège Anne Frank');
  });

  it("the guide's edition keeps its title; a <pix-certif-context> sets the edition, the element's own wins", async () => {
    const guide = await sessionForm({ edition: '2021' });
    expect(text($(guide, 'h1'))).to.equal('Créer une session');
    const context = await fixture<HTMLElement>(html`<pix-certif-context edition="current">
      <pix-session-form today="2030-06-15"></pix-session-form>
      <pix-session-form edition="2021" today="2030-06-15"></pix-session-form>
    </pix-certif-context>`);
    const [today, own] = [...context.querySelectorAll('pix-session-form')];
    await today!.updateComplete;
    await own!.updateComplete;
    expect(text($(today!, 'h1'))).to.equal('Création d’une session de certification');
    expect(text($(own!, 'h1'))).to.equal('Créer une session');
    context.setAttribute('edition', '2021');
    await (context as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await today!.updateComplete;
    expect(text($(today!, 'h1'))).to.equal('Créer une session');
  });

  it('shows an error state for an unknown edition', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const element = await sessionForm({ edition: 'today' });
      expect(text($(element, '[role="alert"]'))).to.contain('edition: expected one of "2021", "current", received "today"');
      expect($$(element, 'form')).to.have.length(0);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });
});
