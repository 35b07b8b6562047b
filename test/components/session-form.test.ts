import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/pix-session-form.js';
import type { PixSessionForm } from '../../src/components/session-form/session-form.js';
import { PixSessionSubmitEvent, type PixCancelEvent } from '../../src/events/session-events.js';
import type { PixNavigateEvent } from '../../src/events/navigate-events.js';
import { localIsoDate } from '../../src/state/session.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, button, byLabel, focused, isWebKit, record, text } from '../helpers/dom.js';

const TODAY = '2030-06-15';
const LABELS = {
  address: 'Nom du site',
  room: 'Nom de la salle',
  date: 'Date de début',
  time: 'Heure de début (heure locale)',
  examiner: 'Surveillant(s)',
  description: 'Observations',
} as const;
type Field = keyof typeof LABELS;
const LABELS_EN: Record<Field, string> = {
  address: 'Site name',
  room: 'Room name',
  date: 'Start date',
  time: 'Start time (local time)',
  examiner: 'Invigilator(s)',
  description: 'Notes',
};

function labelsOf(element: PixSessionForm): Record<Field, string> {
  return element.closest('[lang]')?.getAttribute('lang') === 'en' ? LABELS_EN : LABELS;
}

interface Options {
  session?: unknown;
  today?: string;
  lang?: string;
  timeout?: number;
}

async function sessionForm(options: Options = {}): Promise<PixSessionForm> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fr'}>
    <pix-session-form .session=${options.session} today=${options.today ?? TODAY} timeout=${options.timeout ?? 30000}></pix-session-form>
  </div>`);
  const element = wrapper.querySelector('pix-session-form')!;
  await element.updateComplete;
  return element;
}

function control(element: PixSessionForm, field: Field): HTMLInputElement {
  return byLabel(element, labelsOf(element)[field]) as HTMLInputElement;
}

/** Clicks the field's label, as a person does, which puts the cursor in the field. */
async function clickLabel(element: PixSessionForm, field: Field): Promise<HTMLInputElement> {
  const label = $$(element, 'label').find((item) => text(item) === labelsOf(element)[field])!;
  label.click();
  await element.updateComplete;
  return control(element, field);
}

/** Types into a field after clicking its label (selecting what it holds, so typing replaces it). */
async function typeInto(element: PixSessionForm, field: Field, value: string): Promise<void> {
  const input = await clickLabel(element, field);
  input.select();
  if (value !== '') await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
  await element.updateComplete;
}

/**
 * Types a date into the native date control, in the segment order of the browser's locale.
 * WebKit's segments do not move on by themselves after two digits: an arrow key moves on.
 */
async function typeDate(element: PixSessionForm, iso: string, segments = 3): Promise<void> {
  await clickLabel(element, 'date');
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2000, 0, 2))
    .map((part) => part.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
  for (const [index, part] of order.slice(0, segments).entries()) {
    if (index > 0 && isWebKit) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ type: part === 'year' ? year : part === 'month' ? month : day });
  }
  await element.updateComplete;
}

/** Types a time as HH then MM, on a 12-hour clock with AM/PM where the locale writes it so. */
async function typeTime(element: PixSessionForm, hhmm: string): Promise<void> {
  await clickLabel(element, 'time');
  const hours = Number(hhmm.slice(0, 2));
  const twelveHours = /en/i.test(navigator.language);
  const segments = [twelveHours ? String(hours % 12 || 12).padStart(2, '0') : hhmm.slice(0, 2), hhmm.slice(3, 5)];
  if (twelveHours) segments.push(hours >= 12 ? 'P' : 'A');
  for (const [index, segment] of segments.entries()) {
    if (index > 0 && isWebKit) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ type: segment });
  }
  await element.updateComplete;
}

/** Leaves a field the way a person does: by going to another one. */
async function leaveTo(element: PixSessionForm, field: Field): Promise<void> {
  await clickLabel(element, field);
  await element.updateComplete;
}

function fieldError(element: PixSessionForm, field: Field): string | null {
  const input = control(element, field);
  const error = element.shadowRoot!.getElementById(`${field}-error`);
  return error ? text(error) : input.getAttribute('aria-invalid') === 'true' ? '(invalid without message)' : null;
}

function shownErrors(element: PixSessionForm): string[] {
  return $$(element, '.field-error').map((error) => text(error));
}

function announcement(element: PixSessionForm): string {
  return text($(element, '[role="status"].visually-hidden'))
    .replace(/\u00a0/g, '')
    .trim();
}

function counters(element: PixSessionForm): string[] {
  return $$(element, '.counter').map((counter) => text(counter));
}

/** Names an element for assertions (chai would try to print a whole element on failure). */
function nameOf(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `${element.localName}${element.id ? `#${element.id}` : ''}${classes}`;
}

function expectFocusOn(target: Element, message = 'focus'): void {
  const active = focused();
  expect(nameOf(active), message).to.equal(nameOf(target));
  expect(active === target, `${message}: the same element`).to.equal(true);
}

function has(element: PixSessionForm, selector: string): boolean {
  return element.shadowRoot!.querySelector(selector) !== null;
}

function settle(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function fillValidCreation(element: PixSessionForm): Promise<void> {
  await typeInto(element, 'address', '  Collège Anne Frank ');
  await typeInto(element, 'room', ' Salle 208');
  await typeDate(element, '2030-06-20');
  await typeTime(element, '14:30');
  await typeInto(element, 'examiner', 'Paul Eluard, Louise Michel  ');
  await typeInto(element, 'description', '   ');
}

const EXPECTED_CREATION = {
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  date: '2030-06-20',
  time: '14:30',
  examiner: 'Paul Eluard, Louise Michel',
  description: null,
};

function hostAnswers(element: PixSessionForm, answers: Array<() => Promise<unknown>>): PixSessionSubmitEvent[] {
  const events: PixSessionSubmitEvent[] = [];
  element.addEventListener('pix-session-submit', (event) => {
    events.push(event);
    const answer = answers[events.length - 1];
    if (answer) event.respondWith(answer());
  });
  return events;
}

describe('<pix-session-form>', () => {
  describe('creation', () => {
    it('shows the heading, the labelled fields, the required markers, the counters and the buttons', async () => {
      const element = await sessionForm();
      expect(element.mode).to.equal('create');
      expect(text($(element, 'h1'))).to.equal('Créer une session');
      expect($$(element, 'label').map((label) => text(label))).to.deep.equal(Object.values(LABELS));
      expect(control(element, 'date').type).to.equal('date');
      expect(control(element, 'time').type).to.equal('time');
      expect(control(element, 'description').localName).to.equal('textarea');
      const required = (Object.keys(LABELS) as Field[]).filter((field) => control(element, field).required);
      expect(required).to.deep.equal(['address', 'room', 'date', 'time', 'examiner']);
      expect($$(element, '.required-mark')).to.have.length(5);
      expect(text($(element, '#required-hint'))).to.equal("Les champs marqués d'un * sont obligatoires.");
      expect(counters(element)).to.deep.equal(['0 / 255', '0 / 255', '0 / 255', '0 / 350']);
      expect(control(element, 'address').maxLength).to.equal(255);
      expect(control(element, 'description').maxLength).to.equal(350);
      expect(control(element, 'date').min, 'no day before today in the picker').to.equal(TODAY);
      expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Annuler', 'Créer la session']);
      expect(shownErrors(element)).to.deep.equal([]);
      await expectAccessible(element);
    });

    it('uses the heading level it is given', async () => {
      const element = await sessionForm();
      element.headingLevel = 2;
      await element.updateComplete;
      expect(text($(element, 'h2'))).to.equal('Créer une session');
      expect(has(element, 'h1')).to.equal(false);
    });

    it('shows no error before the person interacts, then each field’s error once they leave it', async () => {
      const element = await sessionForm();
      await clickLabel(element, 'address');
      await sendKeys({ type: '   ' });
      await element.updateComplete;
      expect(shownErrors(element), 'nothing while typing').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expectFocusOn(control(element, 'room'));
      expect(fieldError(element, 'address')).to.equal('Veuillez indiquer un nom de site.');
      expect(fieldError(element, 'room'), 'not visited yet').to.equal(null);
      const address = control(element, 'address');
      expect(address.getAttribute('aria-invalid')).to.equal('true');
      expect(address.getAttribute('aria-describedby')!.split(' ')).to.include('address-error');
      expect(announcement(element)).to.equal('Nom du site : Veuillez indiquer un nom de site.');
      await expectAccessible(element);

      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(fieldError(element, 'room'), 'passed through untouched: nothing').to.equal(null);
      expect(control(element, 'room').getAttribute('aria-invalid')).to.equal('false');
      expect(announcement(element), 'nothing more said').to.equal('Nom du site : Veuillez indiquer un nom de site.');

      await clickLabel(element, 'room');
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(fieldError(element, 'room'), 'changed, then left empty').to.equal('Veuillez indiquer un nom de salle.');

      await clickLabel(element, 'address');
      await sendKeys({ type: 'C' });
      await element.updateComplete;
      expect(fieldError(element, 'address'), 'fixed: gone at once').to.equal(null);
      expect(control(element, 'address').getAttribute('aria-invalid')).to.equal('false');
      expect(fieldError(element, 'room')).to.equal('Veuillez indiquer un nom de salle.');
    });

    it('shows every required message on submit, focuses the first and emits nothing', async () => {
      const element = await sessionForm();
      const submitted = record(element, 'pix-session-submit');
      await typeInto(element, 'description', 'Rien');
      button(element, 'Créer la session').click();
      await element.updateComplete;
      expect(submitted).to.have.length(0);
      expect(
        (['address', 'room', 'date', 'time', 'examiner', 'description'] as Field[]).map((field) => fieldError(element, field)),
      ).to.deep.equal([
        'Veuillez indiquer un nom de site.',
        'Veuillez indiquer un nom de salle.',
        'Veuillez indiquer une date de début.',
        'Veuillez indiquer une heure de début.',
        'Veuillez indiquer un(e) surveillant(e).',
        null,
      ]);
      expectFocusOn(control(element, 'address'));
      expect(announcement(element)).to.equal('Le formulaire contient 5 erreurs.');
      for (const field of ['address', 'room', 'date', 'time', 'examiner'] as Field[]) {
        expect(control(element, field).getAttribute('aria-invalid'), field).to.equal('true');
        expect(control(element, field).getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
      }
      await expectAccessible(element);
    });

    it('focuses the first invalid field in the order of the form', async () => {
      const element = await sessionForm();
      const submitted = record(element, 'pix-session-submit');
      await typeInto(element, 'address', 'Collège Anne Frank');
      await typeDate(element, '2030-06-20');
      await typeInto(element, 'examiner', 'Paul Eluard');
      await clickLabel(element, 'address');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shownErrors(element)).to.deep.equal(['Veuillez indiquer un nom de salle.', 'Veuillez indiquer une heure de début.']);
      expectFocusOn(control(element, 'room'));
      expect(announcement(element)).to.equal('Le formulaire contient 2 erreurs.');
      expect(submitted).to.have.length(0);
    });

    it('treats blank text as missing: every text is trimmed', async () => {
      const element = await sessionForm();
      await typeInto(element, 'address', '   ');
      await typeInto(element, 'room', '  ');
      await typeInto(element, 'examiner', '  ');
      await leaveTo(element, 'description');
      expect(shownErrors(element)).to.deep.equal([
        'Veuillez indiquer un nom de site.',
        'Veuillez indiquer un nom de salle.',
        'Veuillez indiquer un(e) surveillant(e).',
      ]);
    });

    it('refuses a date before today, accepts today, and says so once the person leaves the field', async () => {
      const element = await sessionForm();
      await typeDate(element, '2030-06-14');
      expect(control(element, 'date').value).to.equal('2030-06-14');
      expect(fieldError(element, 'date'), 'not while typing').to.equal(null);
      await leaveTo(element, 'examiner');
      expect(fieldError(element, 'date')).to.equal('Une session ne peut pas être programmée dans le passé.');
      expect(announcement(element)).to.equal('Date de début : Une session ne peut pas être programmée dans le passé.');
      await expectAccessible(element);
      await typeDate(element, TODAY);
      expect(fieldError(element, 'date'), 'today is fine').to.equal(null);
    });

    it('takes the device’s local date as today when none is given', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><pix-session-form></pix-session-form></div>`);
      const element = wrapper.querySelector('pix-session-form')!;
      await element.updateComplete;
      const yesterday = new Date();
      yesterday.setDate(yesterday.getDate() - 1);
      await typeDate(element, localIsoDate(yesterday));
      await leaveTo(element, 'time');
      expect(fieldError(element, 'date')).to.equal('Une session ne peut pas être programmée dans le passé.');
      expect(control(element, 'date').min).to.equal(localIsoDate());
      await typeDate(element, localIsoDate());
      expect(fieldError(element, 'date')).to.equal(null);
    });

    it('calls an impossible or unfinished date invalid, not missing', async () => {
      const element = await sessionForm();
      await typeDate(element, '2031-02-30');
      expect(control(element, 'date').validity.badInput).to.equal(true);
      await leaveTo(element, 'time');
      expect(fieldError(element, 'date')).to.equal('Veuillez indiquer une date de début valide.');

      const other = await sessionForm();
      await typeDate(other, '2031-02-28', 1);
      await sendKeys({ press: 'Enter' });
      await other.updateComplete;
      expect(fieldError(other, 'date')).to.equal('Veuillez indiquer une date de début valide.');
      expectFocusOn(control(other, 'address'), 'first invalid after the empty texts');
    });

    it('calls an unfinished time invalid, not missing', async () => {
      const element = await sessionForm();
      await clickLabel(element, 'time');
      await sendKeys({ type: '14' });
      await leaveTo(element, 'examiner');
      expect(fieldError(element, 'time')).to.equal('Veuillez indiquer une heure de début valide.');
      await typeTime(element, '09:05');
      expect(control(element, 'time').value).to.equal('09:05');
      expect(fieldError(element, 'time')).to.equal(null);
    });

    it('counts characters and stops at the limits', async () => {
      const element = await sessionForm();
      await typeInto(element, 'room', 'Salle 208');
      expect(counters(element)).to.deep.equal(['0 / 255', '9 / 255', '0 / 255', '0 / 350']);
      const address = control(element, 'address');
      address.value = 'a'.repeat(254);
      address.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      address.focus();
      address.setSelectionRange(254, 254);
      await sendKeys({ type: 'bcd' });
      await element.updateComplete;
      expect(address.value).to.equal(`${'a'.repeat(254)}b`);
      expect(counters(element)[0]).to.equal('255 / 255');
      const description = control(element, 'description');
      description.value = 'x'.repeat(349);
      description.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      description.focus();
      (description as unknown as HTMLTextAreaElement).setSelectionRange(349, 349);
      await sendKeys({ type: 'yz' });
      await element.updateComplete;
      expect(description.value).to.have.length(350);
      expect(counters(element)[3]).to.equal('350 / 350');
      expect(control(element, 'room').getAttribute('aria-describedby')).to.equal('room-counter');
    });

    it('hands the trimmed values over, with a blank description as null, on Enter', async () => {
      const element = await sessionForm();
      await fillValidCreation(element);
      const submitted = oneEvent(element, 'pix-session-submit') as Promise<PixSessionSubmitEvent>;
      await clickLabel(element, 'examiner');
      await sendKeys({ press: 'Enter' });
      const event = await submitted;
      expect(event).to.be.instanceOf(PixSessionSubmitEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ mode: 'create', session: EXPECTED_CREATION });
      expect(Object.keys(event.detail.session)).to.deep.equal(['address', 'room', 'date', 'time', 'examiner', 'description']);
    });

    it('keeps a description, trimmed', async () => {
      const element = await sessionForm();
      await fillValidCreation(element);
      await typeInto(element, 'description', '  Tiers temps pour 2 candidats ');
      const submitted = oneEvent(element, 'pix-session-submit') as Promise<PixSessionSubmitEvent>;
      button(element, 'Créer la session').click();
      const { detail } = await submitted;
      expect(detail.session.description).to.equal('Tiers temps pour 2 candidats');
    });

    it('emits pix-cancel with a null session id', async () => {
      const element = await sessionForm();
      const cancelled = oneEvent(element, 'pix-cancel') as Promise<PixCancelEvent>;
      button(element, 'Annuler').click();
      const event = await cancelled;
      expect(event.detail).to.deep.equal({ sessionId: null });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('modification', () => {
    it('is prefilled from the session, with its heading, counters and button', async () => {
      const element = await sessionForm({ session: { ...session296.session, description: 'Tiers temps' } });
      expect(element.mode).to.equal('edit');
      expect(text($(element, 'h1'))).to.equal('Modifier la session 296');
      expect((Object.keys(LABELS) as Field[]).map((field) => control(element, field).value)).to.deep.equal([
        'Collège Anne Frank',
        'Salle 208',
        '2020-12-14',
        '12:00',
        'Paul Eluard',
        'Tiers temps',
      ]);
      expect(counters(element)).to.deep.equal(['18 / 255', '9 / 255', '11 / 255', '11 / 350']);
      expect(control(element, 'date').hasAttribute('min')).to.equal(false);
      expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Annuler', 'Enregistrer les modifications']);
      await expectAccessible(element);
    });

    it('accepts a date in the past and hands the exact values over', async () => {
      const element = await sessionForm({ session: session296.session });
      await typeInto(element, 'room', ' Salle 210 ');
      const submitted = oneEvent(element, 'pix-session-submit') as Promise<PixSessionSubmitEvent>;
      button(element, 'Enregistrer les modifications').click();
      const { detail } = await submitted;
      expect(detail).to.deep.equal({
        mode: 'edit',
        session: {
          address: 'Collège Anne Frank',
          room: 'Salle 210',
          date: '2020-12-14',
          time: '12:00',
          examiner: 'Paul Eluard',
          description: null,
        },
      });
    });

    it('enforces 255 and 350 characters on what the session already holds', async () => {
      const element = await sessionForm({
        session: { ...session296.session, address: 'A'.repeat(256), examiner: ` ${'E'.repeat(255)} `, description: 'D'.repeat(351) },
      });
      const submitted = record(element, 'pix-session-submit');
      expect(shownErrors(element), 'nothing before interaction').to.deep.equal([]);
      button(element, 'Enregistrer les modifications').click();
      await element.updateComplete;
      expect(submitted).to.have.length(0);
      expect(fieldError(element, 'address')).to.equal('255 caractères maximum.');
      expect(fieldError(element, 'examiner'), '255 once trimmed').to.equal(null);
      expect(fieldError(element, 'description')).to.equal('350 caractères maximum.');
      expect(counters(element)).to.deep.equal(['256 / 255', '9 / 255', '257 / 255', '351 / 350']);
      expectFocusOn(control(element, 'address'));
      expect(control(element, 'description').getAttribute('aria-describedby')).to.equal('description-error description-counter');
      await expectAccessible(element);
    });

    it('emits pix-cancel with the session id', async () => {
      const element = await sessionForm({ session: session296.session });
      const cancelled = oneEvent(element, 'pix-cancel') as Promise<PixCancelEvent>;
      button(element, 'Annuler').click();
      expect((await cancelled).detail).to.deep.equal({ sessionId: 296 });
    });

    it('takes a new copy of the same session, but never over the person’s unsaved entries', async () => {
      const element = await sessionForm({ session: session296.session });
      element.session = { ...session296.session, room: 'Salle 12' };
      await element.updateComplete;
      expect(control(element, 'room').value).to.equal('Salle 12');
      await typeInto(element, 'examiner', 'Louise Michel');
      element.session = { ...session296.session, room: 'Salle 13' };
      await element.updateComplete;
      expect(control(element, 'examiner').value).to.equal('Louise Michel');
      expect(control(element, 'room').value, 'entries kept as they are').to.equal('Salle 12');
      element.session = { ...session296.session, id: 297 };
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Modifier la session 297');
      expect(control(element, 'examiner').value, 'another session starts afresh').to.equal('Paul Eluard');
      element.session = undefined;
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Créer une session');
      expect(control(element, 'address').value).to.equal('');
    });

    it('shows a finalised session read-only, with the reason, and cannot submit it', async () => {
      const element = await sessionForm({ session: { ...session296.session, status: 'finalized' } });
      const submitted = record(element, 'pix-session-submit');
      expect(text($(element, '.notice'))).to.equal('Cette session est finalisée : ses informations ne peuvent plus être modifiées.');
      expect((Object.keys(LABELS) as Field[]).every((field) => control(element, field).readOnly)).to.equal(true);
      expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Retour à la session', 'Annuler']);
      expect(has(element, '#required-hint')).to.equal(false);
      await clickLabel(element, 'room');
      await sendKeys({ type: 'X' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(control(element, 'room').value).to.equal('Salle 208');
      expect(submitted).to.have.length(0);
      expect(shownErrors(element)).to.deep.equal([]);
      const cancelled = oneEvent(element, 'pix-cancel') as Promise<PixCancelEvent>;
      button(element, 'Annuler').click();
      expect((await cancelled).detail).to.deep.equal({ sessionId: 296 });
      // The way back, from the keyboard: the first thing after the notice.
      const back = button(element, 'Retour à la session');
      back.focus();
      const navigated = oneEvent(element, 'pix-navigate') as Promise<PixNavigateEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await navigated).detail).to.deep.equal({ to: 'session-details', sessionId: 296 });
      await expectAccessible(element);
    });

    it('offers no way back while the session can still be modified, nor when creating', async () => {
      for (const options of [{ session: session296.session }, {}]) {
        const element = await sessionForm(options);
        expect($$(element, 'button').map((item) => text(item))).to.not.include('Retour à la session');
      }
    });
  });

  describe('hand-over', () => {
    it('shows that it is sending, refuses a second submission, then shows the success (creation starts afresh)', async () => {
      const element = await sessionForm();
      let resolveHost!: () => void;
      const events = hostAnswers(element, [() => new Promise<void>((resolve) => (resolveHost = resolve))]);
      await fillValidCreation(element);
      const submit = button(element, 'Créer la session');
      submit.focus();
      await sendKeys({ press: 'Enter' });
      submit.click();
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(text(submit)).to.equal('Envoi en cours…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.getAttribute('aria-busy')).to.equal('true');
      expect(announcement(element)).to.equal('Envoi en cours…');
      expect(control(element, 'room').readOnly).to.equal(true);
      expectFocusOn(submit, 'focus stays on the button');
      await clickLabel(element, 'examiner');
      await sendKeys({ press: 'Enter' });
      const cancels = record(element, 'pix-cancel');
      button(element, 'Annuler').click();
      await element.updateComplete;
      expect(events, 'no second submission').to.have.length(1);
      expect(cancels, 'no cancel while sending').to.have.length(0);
      await expectAccessible(element);

      resolveHost();
      await settle();
      await element.updateComplete;
      const outcome = $(element, '.outcome');
      expect(text(outcome)).to.equal('La session a été créée.');
      expect(outcome.getAttribute('role')).to.equal('status');
      expectFocusOn(outcome);
      expect(control(element, 'address').value).to.equal('');
      expect(control(element, 'date').value).to.equal('');
      expect(control(element, 'room').readOnly).to.equal(false);
      expect(text(button(element, 'Créer la session'))).to.equal('Créer la session');
      expect(shownErrors(element)).to.deep.equal([]);
      await expectAccessible(element);

      await typeInto(element, 'address', 'Lycée');
      expect(has(element, '.outcome'), 'the message goes with the next entry').to.equal(false);
    });

    it('keeps the saved values after a modification and says they were saved', async () => {
      const element = await sessionForm({ session: session296.session });
      hostAnswers(element, [() => Promise.resolve({ id: 296 })]);
      await typeInto(element, 'examiner', '  Louise Michel ');
      button(element, 'Enregistrer les modifications').click();
      await settle();
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal('Les modifications ont été enregistrées.');
      expectFocusOn($(element, '.outcome'));
      expect(control(element, 'examiner').value, 'as saved: trimmed').to.equal('Louise Michel');
      // Saved: the way back to the session comes next, and goes once something else is typed.
      const back = button(element, 'Retour à la session');
      const navigations = record<PixNavigateEvent>(element, 'pix-navigate');
      back.click();
      expect(navigations.map((event) => event.detail)).to.deep.equal([{ to: 'session-details', sessionId: 296 }]);
      await expectAccessible(element);
      await typeInto(element, 'room', 'B');
      expect($$(element, 'button').map((item) => text(item))).to.not.include('Retour à la session');
    });

    it('counts the hand-over as accepted when no listener answers', async () => {
      const element = await sessionForm();
      const events = record(element, 'pix-session-submit');
      await fillValidCreation(element);
      button(element, 'Créer la session').click();
      await settle();
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(text($(element, '.outcome'))).to.equal('La session a été créée.');
    });

    it('shows the failure, keeps every entry and lets the person retry', async () => {
      const element = await sessionForm();
      const events = hostAnswers(element, [
        () => Promise.reject(new Error('Cette salle est déjà réservée à cette heure.')),
        () => Promise.reject(42),
        () => Promise.resolve(),
      ]);
      await fillValidCreation(element);
      const messages: string[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        button(element, 'Créer la session').click();
        await settle();
        await element.updateComplete;
        const outcome = $(element, '.outcome');
        messages.push(text(outcome));
        expectFocusOn(outcome);
        if (attempt < 2) {
          expect(outcome.getAttribute('role')).to.equal('alert');
          expect(control(element, 'address').value, 'entries kept').to.equal('  Collège Anne Frank ');
          expect(control(element, 'date').value).to.equal('2030-06-20');
          expect(control(element, 'address').readOnly).to.equal(false);
          await expectAccessible(element);
        }
      }
      expect(messages).to.deep.equal([
        'Cette salle est déjà réservée à cette heure.',
        'Une erreur est survenue. Vos informations sont conservées ; réessayez.',
        'La session a été créée.',
      ]);
      expect(events.map((event) => event.detail)).to.deep.equal([
        { mode: 'create', session: EXPECTED_CREATION },
        { mode: 'create', session: EXPECTED_CREATION },
        { mode: 'create', session: EXPECTED_CREATION },
      ]);
    });

    it('counts a host that never answers as a failure after the timeout, and allows a retry', async () => {
      const element = await sessionForm({ session: session296.session, timeout: 50 });
      const events = hostAnswers(element, [() => new Promise(() => {}), () => Promise.resolve()]);
      button(element, 'Enregistrer les modifications').click();
      await settle(120);
      await element.updateComplete;
      expect(text($(element, '.outcome'))).to.equal('Le serveur ne répond pas. Vos informations sont conservées ; réessayez.');
      expectFocusOn($(element, '.outcome'));
      const submit = button(element, 'Enregistrer les modifications');
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
      submit.click();
      await settle();
      await element.updateComplete;
      expect(events).to.have.length(2);
      expect(text($(element, '.outcome'))).to.equal('Les modifications ont été enregistrées.');
    });
  });

  describe('inside a host page', () => {
    it('submits on its own, even inside a host form, which is never submitted', async () => {
      const wrapper = await fixture<HTMLFormElement>(html`<form action="/never" @submit=${(event: Event) => event.preventDefault()}>
        <div class="layout"><pix-session-form today=${TODAY}></pix-session-form></div>
      </form>`);
      const hostSubmits = record(wrapper, 'submit');
      const element = wrapper.querySelector('pix-session-form')!;
      await element.updateComplete;
      await fillValidCreation(element);
      const submitted = oneEvent(wrapper, 'pix-session-submit') as Promise<PixSessionSubmitEvent>;
      await clickLabel(element, 'room');
      await sendKeys({ press: 'Enter' });
      expect((await submitted).detail.session).to.deep.equal(EXPECTED_CREATION);
      expect(hostSubmits).to.have.length(0);
    });
  });

  describe('English', () => {
    it('speaks English in an English page: labels, buttons, messages', async () => {
      const element = await sessionForm({ lang: 'en' });
      expect(text($(element, 'h1'))).to.equal('Create a session');
      expect($$(element, 'label').map((label) => text(label))).to.deep.equal(Object.values(LABELS_EN));
      expect(text($(element, '#required-hint'))).to.equal('Fields marked with * are required.');
      expect($$(element, 'button').map((item) => text(item))).to.deep.equal(['Cancel', 'Create the session']);
      await typeDate(element, '2030-06-01');
      button(element, 'Create the session').click();
      await element.updateComplete;
      expect(shownErrors(element)).to.deep.equal([
        'Please enter a site name.',
        'Please enter a room name.',
        'A session cannot be scheduled in the past.',
        'Please enter a start time.',
        'Please enter an invigilator.',
      ]);
      expect(announcement(element)).to.equal('The form contains 5 errors.');
      await expectAccessible(element);

      const edit = await sessionForm({ lang: 'en', session: { ...session296.session, status: 'processed' } });
      expect(text($(edit, 'h1'))).to.equal('Edit session 296');
      expect(text($(edit, '.notice'))).to.equal('This session is finalised: its information can no longer be changed.');
      const editable = await sessionForm({ lang: 'en', session: session296.session, timeout: 50 });
      hostAnswers(editable, [() => new Promise(() => {})]);
      const save = button(editable, 'Save the changes');
      save.click();
      await editable.updateComplete;
      expect(text(save)).to.equal('Sending…');
      await settle(120);
      await editable.updateComplete;
      expect(text($(editable, '.outcome'))).to.equal('The server is not responding. Your information is kept; try again.');
    });

    it('follows a change of the page’s language', async () => {
      const element = await sessionForm();
      button(element, 'Créer la session').click();
      await element.updateComplete;
      element.parentElement!.setAttribute('lang', 'en');
      await settle();
      await element.updateComplete;
      expect(fieldError(element, 'address')).to.equal('Please enter a site name.');
    });
  });

  describe('bad input', () => {
    let errors: unknown[][];
    let original: typeof console.error;
    beforeEach(() => {
      errors = [];
      original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    it('shows a clear error for a session that does not match the contract, logs it once, emits nothing', async () => {
      const element = await sessionForm({ session: { ...session296.session, date: '2020-02-30', time: '25:00' } });
      const alert = $(element, '[role="alert"]');
      expect(text(alert)).to.contain("Données invalides : cet élément ne peut pas s'afficher.");
      expect(text(alert)).to.contain('date');
      expect(text(alert)).to.contain('time');
      expect(has(element, 'form')).to.equal(false);
      element.requestUpdate();
      await element.updateComplete;
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('<pix-session-form>');
      await expectAccessible(element);

      element.session = session296.session;
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Modifier la session 296');
    });

    it('refuses things that are not sessions at all without throwing', async () => {
      for (const session of ['296', 296, [], { id: 'x' }, Object.create(null)]) {
        const element = await sessionForm({ session });
        expect(text($(element, '[role="alert"]')), JSON.stringify(session)).to.contain('session');
      }
      const throwing = new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
          has: () => {
            throw new Error('boom');
          },
        },
      );
      const element = await sessionForm();
      element.session = throwing as never;
      await element.updateComplete;
      expect(text($(element, '[role="alert"]'))).to.contain('session');
    });

    it('shows a clear error for a today that is not a date', async () => {
      const element = await sessionForm({ today: '15/06/2030' });
      expect(text($(element, '[role="alert"]'))).to.contain('today: expected a real date as YYYY-MM-DD, got "15/06/2030"');
      element.today = '2030-02-30';
      await element.updateComplete;
      expect(text($(element, '[role="alert"]'))).to.contain('"2030-02-30"');
      element.today = TODAY;
      await element.updateComplete;
      expect(text($(element, 'h1'))).to.equal('Créer une session');
      expect(errors).to.have.length(2);
    });
  });
});
