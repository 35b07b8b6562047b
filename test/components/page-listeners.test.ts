import { expect, fixtureCleanup, html, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { byLabel } from '../helpers/dom.js';

/**
 * Issue 18, item 4: an element removed from the page leaves nothing behind on `window` or
 * `document`: no event listener, and no observer of the page's `lang` attributes.
 */

type Entry = { target: EventTarget; type: string; listener: unknown; capture: boolean };

/** Records what is added to and removed from `window` and `document`, and the observers started and stopped. */
function watchPage(): { listeners(): Entry[]; observers(): number; stop(): void } {
  const active: Entry[] = [];
  const restores: Array<() => void> = [];
  const captureOf = (options: unknown) =>
    Boolean(typeof options === 'boolean' ? options : (options as { capture?: boolean } | undefined)?.capture);
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const capture = captureOf(options);
      if (
        listener &&
        !active.some((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture)
      )
        active.push({ target, type, listener, capture });
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const capture = captureOf(options);
      const index = active.findIndex(
        (entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
      );
      if (index >= 0) active.splice(index, 1);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof remove;
    restores.push(() => {
      delete (target as { addEventListener?: unknown }).addEventListener;
      delete (target as { removeEventListener?: unknown }).removeEventListener;
    });
  }
  const observing = new Set<MutationObserver>();
  const Original = window.MutationObserver;
  window.MutationObserver = class extends Original {
    override observe(target: Node, options?: MutationObserverInit): void {
      if (target === document || target === document.documentElement) observing.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  };
  restores.push(() => {
    window.MutationObserver = Original;
  });
  return {
    listeners: () => active.filter((entry) => !entry.type.startsWith('__')),
    observers: () => observing.size,
    stop: () => restores.forEach((restore) => restore()),
  };
}

const TAGS = [
  'pix-abandon-reason',
  'pix-candidate-report',
  'pix-certif-context',
  'pix-finalise-wizard',
  'pix-invigilator-space',
  'pix-session-details',
  'pix-session-form',
  'pix-session-list',
  'pix-student-enrolment',
];

describe('Nothing stays on window or document once an element is removed (issue 18)', () => {
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    fixtureCleanup();
    page = watchPage();
  });
  afterEach(() => {
    page.stop();
    localStorage.clear();
  });

  it('each element, put in the page and taken out again', async () => {
    for (const tag of TAGS) {
      const element = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      document.body.append(element);
      await element.updateComplete;
      expect(page.observers(), `${tag} follows the page's lang`).to.equal(tag === 'pix-certif-context' ? page.observers() : 1);
      element.remove();
      expect(page.listeners(), `${tag}: listeners left`).to.deep.equal([]);
      expect(page.observers(), `${tag}: lang observer left`).to.equal(0);
    }
  });

  it('the wizard with a draft waiting to be stored and its incident dialog open', async () => {
    const wizard = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
      persist-draft
      .session=${session561.session}
      .reports=${session561.reports}
      now="2021-01-18T11:00"
    ></pix-finalise-wizard>`);
    byLabel(wizard, 'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble').click();
    await wizard.updateComplete;
    expect(
      page.listeners().map((entry) => entry.type),
      'listens to the page while a draft waits',
    ).to.include('pagehide');
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('.reports-cell .add')!.click();
    await wizard.updateComplete;
    await wizard.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pix-candidate-report')!.updateComplete;
    expect(page.observers()).to.be.greaterThan(0);
    wizard.remove();
    expect(page.listeners()).to.deep.equal([]);
    expect(page.observers()).to.equal(0);
    expect(localStorage.getItem('pix-certif-elements:finalisation-draft:561'), 'the waiting draft was stored').to.not.equal(null);
  });

  it('the wizard taken out of the page while its incident dialog opens: no error', async () => {
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      errors.push(event.reason);
      event.preventDefault();
    };
    const onError = (event: ErrorEvent) => {
      errors.push(event.error ?? event.message);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const wizard = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
        .session=${session561.session}
        .reports=${session561.reports}
        now="2021-01-18T11:00"
      ></pix-finalise-wizard>`);
      wizard.shadowRoot!.querySelector<HTMLButtonElement>('.reports-cell .add')!.click();
      await wizard.updateComplete;
      wizard.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      console.error = originalError;
    }
    expect(errors.map(String)).to.deep.equal([]);
  });
});
