import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PixInvigilatorLoginEvent } from '../../src/events/invigilator-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, expectFocus, record, text } from '../helpers/dom.js';
import { answeringHost, flush } from '../helpers/handover.js';
import { space, supervisedSession } from './invigilator-space.fixtures.js';

async function type(input: HTMLElement, value: string): Promise<void> {
  input.focus();
  await sendKeys({ type: value });
}

describe('<pix-invigilator-space>: login form', () => {
  it('shows the login form while no session is given, in French', async () => {
    for (const session of [undefined, null]) {
      const element = await space({ session, candidates: [] });
      expect(text($(element, 'h1'))).to.equal('Espace Surveillant');
      expect(text($(element, 'h2'))).to.equal('Surveiller une session');
      expect(text($(element, '.login > p'))).to.equal('Tous les champs sont obligatoires.');
      expect($(element, 'form').getAttribute('aria-label')).to.equal('Formulaire de connexion');
      expect(byLabel(element, /^Numéro de la session/).getAttribute('type')).to.equal('number');
      const password = byLabel(element, /^Mot de passe de la session/);
      expect(password.getAttribute('type')).to.equal('password');
      expect(password.getAttribute('placeholder')).to.equal('XXXXXX');
      expect(text($(element, '.password__prefix'))).to.equal('C-');
      expect(text($(element, '#session-password-hint'))).to.equal('Ce dernier vous a été communiqué par un administrateur Pix Certif');
      expect(password.getAttribute('aria-describedby')).to.equal('session-password-hint');
      expect(text(button(element, 'Surveiller la session'))).to.equal('Surveiller la session');
      expect($$(element, '[role="alert"] p')).to.have.length(0);
      await expectAccessible(element);
    }
  });

  it('speaks English', async () => {
    const element = await space({ session: null, lang: 'en' });
    expect(text($(element, 'h1'))).to.equal('Invigilator’s portal');
    expect(text($(element, 'h2'))).to.equal('Invigilate a session');
    expect(text($(element, '.login > p'))).to.equal('All fields are required.');
    expect($(element, 'form').getAttribute('aria-label')).to.equal('Login form');
    byLabel(element, /^Session number/);
    byLabel(element, /^Session password/);
    expect(text($(element, '#session-password-hint'))).to.equal('The password has been revealed to you by a Pix Certif administrator');
    button(element, 'Show password');
    button(element, 'Invigilate the session').click();
    await flush(element);
    expect(text($(element, '[role="alert"]'))).to.equal('The fields “Session number” and “Session password” are required.');
  });

  it('shows the password on demand', async () => {
    const element = await space({ session: null });
    const toggle = button(element, 'Afficher le mot de passe');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(byLabel(element, /^Mot de passe/).getAttribute('type')).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('refuses empty fields with its own message, marks them and focuses the first', async () => {
    const element = await space({ session: null });
    const events = record(element, 'pix-invigilator-login');
    await type(byLabel(element, /^Mot de passe/), 'ABC123');
    button(element, 'Surveiller la session').click();
    await flush(element);
    expect(events).to.have.length(0);
    expect(text($(element, '[role="alert"]'))).to.equal(
      'Les champs "Numéro de la session" et "Mot de passe de session" sont obligatoires.',
    );
    const number = byLabel(element, /^Numéro de la session/);
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(byLabel(element, /^Mot de passe/).getAttribute('aria-invalid')).to.equal('false');
    expectFocus(number);
    await expectAccessible(element);
  });

  it('hands the session number and the password (without C-) over, and shows it is sending', async () => {
    const element = await space({ session: null });
    const host = answeringHost<PixInvigilatorLoginEvent>(element, 'pix-invigilator-login');
    await type(byLabel(element, /^Numéro de la session/), '12345');
    await type(byLabel(element, /^Mot de passe/), 'K8M2QX');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(host.events.map((event) => event.detail)).to.deep.equal([{ sessionId: 12345, password: 'K8M2QX' }]);
    const submit = $(element, '[part="login-button"]');
    expect(text(submit)).to.equal('Envoi en cours…');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click();
    await element.updateComplete;
    expect(host.events).to.have.length(1);
    host.answers[0]!.resolve();
    element.session = supervisedSession;
    element.candidates = [];
    await flush(element);
    expect(text($(element, 'h1'))).to.equal('Session 12345');
  });

  const refusals: Array<[string, unknown, string, string]> = [
    [
      'CERTIFICATION_CENTER_IS_ARCHIVED',
      { code: 'CERTIFICATION_CENTER_IS_ARCHIVED' },
      '“Vous ne pouvez pas accéder au centre de certification car ce dernier est désactivé.”',
      '“You cannot access the certification centre because it is disabled.”',
    ],
    [
      'SESSION_FINALIZED',
      { code: 'SESSION_FINALIZED', status: 403 },
      "La session a été finalisée. L'accès à son espace surveillant n'est plus possible.",
      'The session has been finalized. Access to its invigilator space is no longer possible.',
    ],
    [
      'SESSION_NOT_JOINABLE',
      { code: 'SESSION_NOT_JOINABLE', meta: { blockedAccessDate: '2026-12-07' } },
      'Ouverture de votre espace PixCertif le 07/12/2026 (00h00, heure France métropolitaine).',
      'Opening of your PixCertif space on 07/12/2026 (00:00, Metropolitan France time).',
    ],
    [
      'anything else',
      { status: 404, message: 'Not found' },
      'Le numéro de session et/ou le mot de passe saisis sont incorrects.',
      'The session number and/or the session password entered are incorrect.',
    ],
  ];
  for (const [name, rejection, french, english] of refusals) {
    it(`shows the refusal ${name} in French and English, keeping the entries`, async () => {
      for (const [lang, expected] of [
        ['fr', french],
        ['en', english],
      ] as const) {
        const element = await space({ session: null, lang });
        const host = answeringHost<PixInvigilatorLoginEvent>(element, 'pix-invigilator-login');
        await type(byLabel(element, /^(Numéro de la session|Session number)/), '12345');
        await type(byLabel(element, /^(Mot de passe de la session|Session password)/), 'WRONG1');
        await sendKeys({ press: 'Enter' });
        host.answers[0]!.reject(rejection);
        await flush(element);
        expect(text($(element, '[role="alert"]'))).to.equal(expected);
        expect((byLabel(element, /^(Mot de passe de la session|Session password)/) as HTMLInputElement).value).to.equal('WRONG1');
        expect($(element, '[part="login-button"]').getAttribute('aria-disabled')).to.equal('false');
        await expectAccessible(element);
      }
    });
  }

  it('counts a host that never answers as a failure after the timeout', async () => {
    const element = await space({ session: null, timeout: 20 });
    answeringHost(element, 'pix-invigilator-login');
    await type(byLabel(element, /^Numéro de la session/), '12345');
    await type(byLabel(element, /^Mot de passe/), 'K8M2QX');
    await sendKeys({ press: 'Enter' });
    await flush(element, 60);
    expect(text($(element, '[role="alert"]'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
  });
});
