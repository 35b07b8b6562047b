import { expect } from '@open-wc/testing';

// The demo host page (demo/index.html), served by the test runner with the same strict
// Content-Security-Policy as `npm run demo` (see web-test-runner.config.mjs), driven in an iframe.

type Frame = { window: Window & typeof globalThis; document: Document };

async function openDemo(): Promise<{ frame: Frame; violations: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1200px';
  iframe.style.height = '900px';
  iframe.title = 'Démo';
  const violations: string[] = [];
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = '/demo/index.html';
  document.body.append(iframe);
  await loaded;
  const frame = { window: iframe.contentWindow as Window & typeof globalThis, document: iframe.contentDocument! };
  frame.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  for (const tag of ['pix-session-details', 'pix-student-enrolment', 'pix-finalise-wizard', 'pix-session-form']) {
    await frame.window.customElements.whenDefined(tag);
  }
  return { frame, violations };
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function until<T>(find: () => T | null | undefined, what: string, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await wait(20);
  }
}

function inShadow(host: Element | null | undefined, selector: string): HTMLElement | null {
  return (host?.shadowRoot?.querySelector(selector) as HTMLElement | null) ?? null;
}

function buttonIn(root: ParentNode | null | undefined, text: string): HTMLButtonElement | null {
  return (
    ([...(root?.querySelectorAll('button') ?? [])].find((item) => item.textContent?.replace(/\s+/g, ' ').trim() === text) as
      HTMLButtonElement | undefined) ?? null
  );
}

describe('demo/: the plain HTML host page', () => {
  it('plays a whole session with the fake server, its failure and retry, under a strict CSP', async () => {
    const { frame, violations } = await openDemo();
    const $ = (selector: string) => frame.document.querySelector(selector) as HTMLElement;
    ($('#delay') as HTMLInputElement).value = '20';

    // Enrol every pupil of the list.
    buttonIn(frame.document, 'Inscrire des élèves')!.click();
    const enrolment = await until(() => frame.document.querySelector('pix-student-enrolment'), 'the pupil picker');
    const selectAll = await until(() => inShadow(enrolment, 'thead input[type="checkbox"]') as HTMLInputElement, 'the header checkbox');
    selectAll.click();
    const enrol = await until(() => buttonIn(enrolment.shadowRoot, 'Inscrire'), 'Inscrire');
    await wait(0);
    enrol.click();
    const details = await until(() => frame.document.querySelector('pix-session-details'), 'back to the details', 4000);
    await until(() => /Candidats \(36\)/.test(details.shadowRoot?.textContent ?? ''), 'Candidats (36)');

    // The candidates pass the test, then the session is finalised.
    $('#simulate').click();
    const finalise = await until(
      () => buttonIn(frame.document.querySelector('pix-session-details')?.shadowRoot, 'Finaliser la session'),
      'Finaliser la session',
    );
    finalise.click();
    const wizard = await until(() => frame.document.querySelector('pix-finalise-wizard'), 'the wizard');
    await until(() => inShadow(wizard, 'h1'), 'the wizard heading');
    for (const reason of [...wizard.shadowRoot!.querySelectorAll('pix-abandon-reason')]) {
      const select = reason.shadowRoot!.querySelector('select')!;
      select.value = 'technical';
      select.dispatchEvent(new Event('change'));
    }

    ($('#fail') as HTMLInputElement).checked = true;
    const confirmOnce = async () => {
      buttonIn(wizard.shadowRoot, 'Valider')!.click();
      const confirm = await until(() => buttonIn(wizard.shadowRoot, 'Confirmer la finalisation'), 'the confirmation');
      await wait(0);
      confirm.click();
      return until(() => inShadow(wizard, '.outcome'), 'the outcome');
    };
    const failure = await confirmOnce();
    expect(failure.textContent!.trim()).to.equal('Service indisponible, réessayez dans un instant.');

    ($('#fail') as HTMLInputElement).checked = false;
    await confirmOnce();
    await until(() => /transmises avec succès/.test(inShadow(wizard, '.outcome')?.textContent ?? ''), 'the success');
    const log = $('#log').textContent ?? '';
    expect(log.match(/pix-finalise \{/g)).to.have.length(2);
    expect(log).to.contain('pix-students-enrol');
    expect(violations, 'no Content-Security-Policy violation').to.deep.equal([]);
  });

  it("renders in Pix's fonts, Nunito for titles, Roboto for text and Roboto Mono for codes, served from its own origin", async () => {
    const { frame, violations } = await openDemo();
    const loaded = async (font: string) =>
      (await frame.document.fonts.load(font, 'Finaliser la session')).map((face) => `${face.weight} ${face.status}`);
    // Each weight the elements use (docs/pix-look.md), as its own face (a missing weight would match its
    // nearest one); a family the page does not load gives no face at all.
    expect(await loaded('700 16px Nunito'), 'Nunito 700').to.deep.equal(['700 loaded']);
    for (const weight of [400, 500, 700])
      expect(await loaded(`${weight} 16px Roboto`), `Roboto ${weight}`).to.deep.equal([`${weight} loaded`]);
    // Roboto Mono: the access code (500) and the demo's event log (400).
    for (const weight of [400, 500])
      expect(await loaded(`${weight} 16px "Roboto Mono"`), `Roboto Mono ${weight}`).to.deep.equal([`${weight} loaded`]);
    expect(violations, 'no Content-Security-Policy violation').to.deep.equal([]);
  });
});
