import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixDraftChangeEvent } from '../../src/events/finalisation-events.js';
import type { FinalisationReport } from '../../src/state/finalisation.js';
import { session561 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, button, byLabel, record, text } from '../helpers/dom.js';
import { chooseReason, reasonSelect as reason } from '../helpers/wizard.js';

/**
 * Issue 12, defects 3 and 4: what a person typed survives a host's invalid interlude, and the
 * draft kept in localStorage (`persist-draft`) never claims more than the browser kept.
 */

const NOW_561 = '2021-01-18T11:00';
const KEY = 'pix-certif-elements:finalisation-draft:561';
const SAVED = 'Vos informations sont sauvegardées : vous pourrez finaliser la session plus tard.';
const RESTORED = 'Les informations saisies précédemment ont été restaurées.';
const NOT_STORED =
  "Le brouillon n'a pas pu être enregistré dans ce navigateur (stockage plein ou interdit). Vos saisies restent à l'écran ; ne fermez pas la page avant d'avoir validé.";
const NOT_STORED_EN =
  'The draft could not be stored in this browser (storage full or not allowed). What you entered stays on screen; do not close the page before you have confirmed.';

async function wizard(options: { persist?: boolean; draft?: unknown } = {}): Promise<PixFinaliseWizard> {
  const element = await fixture<PixFinaliseWizard>(html`<pix-finalise-wizard
    .session=${session561.session}
    .reports=${session561.reports}
    .draft=${options.draft}
    ?persist-draft=${options.persist ?? false}
    now=${NOW_561}
  ></pix-finalise-wizard>`);
  await element.updateComplete;
  return element;
}

async function typeComment(element: PixFinaliseWizard, comment: string): Promise<void> {
  byLabel(element, 'Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble').click();
  await element.updateComplete;
  const textarea = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
  textarea.value = comment;
  textarea.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

function statusText(element: PixFinaliseWizard): string {
  return text(element.shadowRoot!.querySelector('.actions [role="status"]'));
}

function alertText(element: PixFinaliseWizard): string {
  return text(element.shadowRoot!.querySelector('.actions [role="alert"]'));
}

/** Collects console.warn calls while `run` runs. */
async function warningsOf(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const longReport = { category: 'OTHER', subcategory: null, description: 'x'.repeat(501), questionNumber: null };
const goodReport = { category: 'OTHER', subcategory: null, description: 'Malaise du candidat', questionNumber: null };
const draftWithOneLongDescription = {
  sessionId: 561,
  reports: [
    { certificationCourseId: 1199, hasSeenEndTestScreen: false, abortReason: 'technical', issueReports: [longReport, goodReport] },
    { certificationCourseId: 1200, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
  ],
  commentMode: 'incident',
  comment: 'Coupure réseau',
};

describe('<pix-finalise-wizard>: what was typed survives an invalid interlude (defect 3)', () => {
  let originalError: typeof console.error;
  beforeEach(() => {
    originalError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    console.error = originalError;
  });

  for (const [what, property, interlude] of [
    ['.reports = null', 'reports', null],
    ['.reports = an invalid value', 'reports', 'nope'],
    ['.session = null', 'session', null],
  ] as const) {
    it(`keeps the reasons and the comment across ${what}, then the same input again`, async () => {
      const element = await wizard();
      await chooseReason(element, 1199, 'candidate');
      await chooseReason(element, 1200, 'technical');
      await typeComment(element, 'Coupure réseau à 10 h');

      (element as unknown as Record<string, unknown>)[property] = interlude;
      await element.updateComplete;
      expect(text($(element, '[role="alert"]'))).to.contain('Données invalides');

      element.session = { ...session561.session };
      element.reports = session561.reports.map((report) => ({ ...report }));
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.input-error')).to.equal(null);
      expect(reason(element, 1199).value).to.equal('candidate');
      expect(reason(element, 1200).value).to.equal('technical');
      expect((byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement).value).to.equal('Coupure réseau à 10 h');
      expect(element.finalisation!.commentMode).to.equal('incident');
    });
  }

  it('does not carry them to another session that comes after the interlude', async () => {
    const element = await wizard();
    await chooseReason(element, 1199, 'candidate');
    element.reports = null as never; // bad input on purpose: the types refuse it
    await element.updateComplete;
    element.session = { ...session561.session, id: 562 };
    element.reports = session561.reports;
    await element.updateComplete;
    expect(reason(element, 1199).value).to.equal('');
  });
});

describe('<pix-finalise-wizard persist-draft>: the stored draft (defect 4)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('when the browser refuses to store it', () => {
    let originalSetItem: typeof Storage.prototype.setItem;
    beforeEach(() => {
      originalSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function refuse(): void {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    afterEach(() => {
      Storage.prototype.setItem = originalSetItem;
    });

    it('never says "saved", says that nothing was stored, and warns once', async () => {
      const element = await wizard({ persist: true });
      const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
      const warnings = await warningsOf(async () => {
        await chooseReason(element, 1199, 'candidate');
        button(element, 'Sauvegarder').click();
        await element.updateComplete;
      });
      expect(statusText(element)).to.not.contain(SAVED);
      expect(alertText(element)).to.equal(NOT_STORED);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(warnings.filter((warning) => /could not be stored/.test(warning))).to.have.length(1);
      // The host still gets every draft.
      expect(drafts).to.have.length(2);
      await expectAccessible(element);
    });

    it('says it in English in an English page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <pix-finalise-wizard persist-draft .session=${session561.session} .reports=${session561.reports}></pix-finalise-wizard>
      </div>`);
      const element = wrapper.querySelector('pix-finalise-wizard') as PixFinaliseWizard;
      await element.updateComplete;
      await warningsOf(async () => {
        button(element, 'Save').click();
        await element.updateComplete;
      });
      expect(alertText(element)).to.equal(NOT_STORED_EN);
      expect(statusText(element)).to.equal('');
    });

    it('says "saved" again once the browser stores it', async () => {
      const element = await wizard({ persist: true });
      await warningsOf(async () => {
        button(element, 'Sauvegarder').click();
        await element.updateComplete;
      });
      expect(alertText(element)).to.equal(NOT_STORED);
      Storage.prototype.setItem = originalSetItem;
      button(element, 'Sauvegarder').click();
      await element.updateComplete;
      expect(statusText(element)).to.equal(SAVED);
      expect(alertText(element)).to.equal('');
      expect(localStorage.getItem(KEY)).to.not.equal(null);
    });
  });

  it('a stored null is no draft: nothing is said to be restored', async () => {
    localStorage.setItem(KEY, 'null');
    const element = await wizard({ persist: true });
    expect(text(element.shadowRoot!.querySelector('.header'))).to.not.contain(RESTORED);
    expect(element.shadowRoot!.querySelector('.input-error')).to.equal(null);
  });

  it('a stored draft that cannot be read (getItem forbidden) is no draft, with a warning', async () => {
    const originalGetItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function forbid(): never {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    let element!: PixFinaliseWizard;
    try {
      const warnings = await warningsOf(async () => {
        element = await wizard({ persist: true });
      });
      expect(warnings.filter((warning) => /<pix-finalise-wizard>.*could not be read/.test(warning))).to.have.length(1);
    } finally {
      Storage.prototype.getItem = originalGetItem;
    }
    expect(reason(element, 1199).value).to.equal('');
    expect(element.shadowRoot!.querySelector('.input-error')).to.equal(null);
    expect(text(element.shadowRoot!.querySelector('.header'))).to.not.contain(RESTORED);
  });

  it('a stored text that is not JSON is removed, with a warning', async () => {
    localStorage.setItem(KEY, '{oops');
    let element!: PixFinaliseWizard;
    const warnings = await warningsOf(async () => {
      element = await wizard({ persist: true });
    });
    expect(reason(element, 1199).value).to.equal('');
    expect(text(element.shadowRoot!.querySelector('.header'))).to.not.contain(RESTORED);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(warnings.filter((warning) => /<pix-finalise-wizard>.*not JSON/.test(warning))).to.have.length(1);
  });

  for (const [origin, setUp] of [
    ['stored', () => localStorage.setItem(KEY, JSON.stringify(draftWithOneLongDescription))],
    ['given through .draft', () => undefined],
  ] as const) {
    it(`one over-long description in a ${origin} draft drops only that issue report`, async () => {
      setUp();
      let element!: PixFinaliseWizard;
      const warnings = await warningsOf(async () => {
        element = await wizard(origin === 'stored' ? { persist: true } : { draft: draftWithOneLongDescription });
      });
      expect(reason(element, 1199).value).to.equal('technical');
      expect(reason(element, 1200).value).to.equal('candidate');
      expect((byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement).value).to.equal('Coupure réseau');
      const kept = element.finalisation!.reports.find((report) => report.certificationCourseId === 1199)!.issueReports;
      expect(kept).to.deep.equal([goodReport]);
      expect(warnings.filter((warning) => /issue report of certification 1199 was dropped/.test(warning))).to.have.length(1);
      if (origin === 'stored') expect(text($(element, '.header [role="status"]'))).to.equal(RESTORED);
    });
  }
});

describe('<pix-finalise-wizard>: a keystroke does not serialise the whole draft (issue 18)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  /** Counts how often the draft's reports are walked (what building a draft costs, report by report). */
  function countReportWalks(element: PixFinaliseWizard): { count: number } {
    const walks = { count: 0 };
    const reports = element.finalisation!.reports as FinalisationReport[];
    const map = reports.map;
    Object.defineProperty(reports, 'map', {
      configurable: true,
      value: function countedMap(this: FinalisationReport[], ...args: Parameters<typeof map>) {
        walks.count += 1;
        return map.apply(this, args);
      },
    });
    return walks;
  }

  async function keystroke(element: PixFinaliseWizard, value: string): Promise<void> {
    const textarea = byLabel(element, 'Commentaire sur la session') as HTMLTextAreaElement;
    textarea.value = value;
    textarea.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
  }

  it('fires pix-draft-change after every keystroke, and builds its detail only when a host reads it: the latest draft, once', async () => {
    const element = await wizard();
    await typeComment(element, '');
    const walks = countReportWalks(element);
    const drafts = record<PixDraftChangeEvent>(element, 'pix-draft-change');
    for (const value of ['C', 'Co', 'Cou']) await keystroke(element, value);
    expect(drafts, 'one event per keystroke').to.have.length(3);
    expect(walks.count, 'no draft built while no one reads it').to.equal(0);
    expect(drafts[2]!.detail.comment).to.equal('Cou');
    expect(drafts[2]!.detail.reports.find((report) => report.certificationCourseId === 1199)).to.deep.include({ abortReason: null });
    expect(drafts[0]!.detail.comment, 'each event holds the draft of its own change').to.equal('C');
    expect(walks.count).to.equal(2);
    expect(drafts[2]!.detail, 'built once, then kept').to.equal(drafts[2]!.detail);
    expect(walks.count).to.equal(2);
    // Plain JSON, as before: a host stores it as it is and gives it back.
    const restored = await wizard({ draft: JSON.parse(JSON.stringify(drafts[2]!.detail)) });
    expect((byLabel(restored, 'Commentaire sur la session') as HTMLTextAreaElement).value).to.equal('Cou');
  });

  describe('with persist-draft', () => {
    let stringified: unknown[];
    let originalStringify: typeof JSON.stringify;
    beforeEach(() => {
      stringified = [];
      originalStringify = JSON.stringify;
      JSON.stringify = function countedStringify(this: JSON, ...args: Parameters<typeof JSON.stringify>) {
        if ((args[0] as { sessionId?: unknown } | null)?.sessionId === 561) stringified.push(args[0]);
        return originalStringify.apply(this, args);
      } as typeof JSON.stringify;
    });
    afterEach(() => {
      JSON.stringify = originalStringify;
    });

    const storedComment = () => (JSON.parse(localStorage.getItem(KEY) ?? 'null') as { comment?: string } | null)?.comment;

    it('writes the draft once after a burst of keystrokes, not at each one', async () => {
      const element = await wizard({ persist: true });
      await typeComment(element, '');
      await waitUntil(() => storedComment() === '', 'the first change is stored after a moment');
      stringified.length = 0;
      for (const value of ['C', 'Co', 'Cou']) await keystroke(element, value);
      expect(stringified, 'no draft serialised at a keystroke').to.have.length(0);
      await waitUntil(() => storedComment() === 'Cou', 'the latest draft is stored after a moment');
      expect(stringified).to.have.length(1);
    });

    it('never loses a pending draft: written at once when the page is left or the element removed', async () => {
      const element = await wizard({ persist: true });
      await typeComment(element, 'Coupure');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(storedComment(), 'written on pagehide').to.equal('Coupure');
      await keystroke(element, 'Coupure réseau');
      element.remove();
      expect(storedComment(), 'written when the element leaves the page').to.equal('Coupure réseau');
    });

    it('"Sauvegarder" writes it at once', async () => {
      const element = await wizard({ persist: true });
      await typeComment(element, 'Coupure');
      button(element, 'Sauvegarder').click();
      expect(storedComment()).to.equal('Coupure');
      await element.updateComplete;
      expect(statusText(element)).to.equal(SAVED);
    });
  });
});
