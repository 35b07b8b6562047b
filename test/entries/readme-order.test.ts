import { expect } from '@open-wc/testing';

// The README's plain HTML order (contract, "Bad input": it must log nothing): the elements in
// the markup, then the self-contained bundle, then a script that sets the properties
// (test/entries/readme-order.html, in an iframe). `npm test` builds dist/ before the browser tests.

type PageWindow = Window & { logged: string[]; beforeData?: Array<{ tag: string; alert: boolean; busy: boolean }>; dataSet?: boolean };

async function until<T>(find: () => T | null | undefined, what: string, timeout = 10000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function shadowText(element: Element, selector: string): string {
  return (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe("the README's plain HTML order: markup, bundle, then the properties", () => {
  it('logs nothing and shows no alert, before and after the data, then every element shows its content', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '1200px';
    iframe.style.height = '900px';
    iframe.title = 'Plain HTML host';
    iframe.src = '/test/entries/readme-order.html';
    document.body.append(iframe);
    try {
      const page = await until(() => {
        const frame = iframe.contentWindow as PageWindow | null;
        return frame?.dataSet ? frame : null;
      }, 'the data');
      const $ = (selector: string) => iframe.contentDocument!.querySelector(selector)!;

      // Before the data: every element drawn once, quietly; the ones waiting for data are busy.
      expect(page.beforeData!.map(({ tag, alert }) => [tag, alert])).to.deep.equal(
        [
          'pix-session-details',
          'pix-student-enrolment',
          'pix-session-form',
          'pix-finalise-wizard',
          'pix-candidate-report',
          'pix-abandon-reason',
        ].map((tag) => [tag, false]),
      );
      expect(page.beforeData!.filter(({ busy }) => busy).map(({ tag }) => tag)).to.deep.equal([
        'pix-session-details',
        'pix-student-enrolment',
        'pix-finalise-wizard',
        'pix-candidate-report',
      ]);

      // After: the content, no alert with anything in it, no busy placeholder, nothing logged.
      expect(shadowText($('pix-session-details'), 'h1')).to.contain('561');
      expect(shadowText($('pix-student-enrolment'), 'tbody')).to.contain('Martin');
      expect(shadowText($('pix-session-form'), 'h1')).to.contain('561');
      expect(shadowText($('pix-finalise-wizard'), 'h1')).to.equal('Finaliser la session 561');
      expect($('pix-candidate-report').shadowRoot!.querySelector('dialog')).to.not.equal(null);
      expect(($('pix-abandon-reason').shadowRoot!.querySelector('select') as HTMLSelectElement).value).to.equal('technical');
      for (const element of iframe.contentDocument!.querySelectorAll('main > *')) {
        const alerts = [...element.shadowRoot!.querySelectorAll('[role="alert"]')].filter((alert) => alert.textContent!.trim() !== '');
        expect(alerts, `${element.localName}: no alert`).to.have.length(0);
        expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), `${element.localName}: not busy`).to.equal(null);
      }
      expect(page.logged, 'nothing logged').to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
