// Does one interaction cost the same whatever the page's size? Each function does one interaction
// (a few times, to rise above the timer's resolution) on the wizard of `size` reports and returns
// milliseconds; bench/scaling.mjs compares 1,000 reports with 10, alternately, in this page.
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../../src/events/issue-report-events.js';
import { benchSession as session } from './session.js';
import { makeReports, type BenchReport } from './reports.js';

/**
 * Interactions per measure: one is too short for the timer (0.1 ms steps), and a tick or a
 * keystroke takes one or two milliseconds, so 5 left a ratio to a single slow frame (an end screen
 * ticked measured ×1.16 to ×1.78 from one run to the next).
 */
const REPEAT = 10;

function settleLayout(): void {
  void (document.body as HTMLElement).offsetHeight;
}

interface Sized {
  wizard: PixFinaliseWizard;
  reports: BenchReport[];
  turn: number;
}

const wizards = new Map<number, Sized>();

/** The wizard of `size` reports (half unfinished, a fifth with issue reports), drawn once and kept. */
async function wizardOf(size: number): Promise<Sized> {
  const existing = wizards.get(size);
  if (existing) return existing;
  const reports = makeReports(size, size / 2, size / 5);
  const wizard = document.createElement('pix-finalise-wizard');
  wizard.setAttribute('now', '2026-11-25T10:00');
  wizard.session = session;
  wizard.reports = reports;
  show(wizard);
  await wizard.updateComplete;
  // The session comment is open for typing.
  wizard.shadowRoot!.querySelector<HTMLInputElement>('#comment-incident')!.click();
  await wizard.updateComplete;
  settleLayout();
  const sized = { wizard, reports, turn: 0 };
  wizards.set(size, sized);
  return sized;
}

/**
 * Only the element measured is in the page (the other waits outside it, as drawn): a modal dialog,
 * for one, makes the whole page inert, and the other element would count in either measure.
 */
function show(element: HTMLElement): void {
  if (element.isConnected) return;
  document.querySelector('#stage')!.replaceChildren(element);
  settleLayout();
}

/** Brings `target` into view, as a person looks at what they use, and lets the page draw it. */
async function look(target: Element | undefined): Promise<void> {
  target?.scrollIntoView({ block: 'center' });
  // Two frames: in the first the browser sees what is now in view, in the second it draws it
  // (and stops drawing what went out of view), as before a person acts.
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Times `interaction` REPEAT times. Its `target` (the control a person uses, or what a host gives)
 * is found or made before the clock starts, and an element is brought into view: a person does not
 * search the page's rows, and a host makes its list before giving it, so the bench's own search or
 * copy over 1,000 rows is not counted as the element's cost.
 */
async function timed<T extends Element | object | undefined>(
  size: number,
  interaction: (sized: Sized, target: T) => Promise<void>,
  target?: (sized: Sized) => T,
): Promise<number> {
  const sized = await wizardOf(size);
  show(sized.wizard);
  await sized.wizard.updateComplete;
  let total = 0;
  for (let run = 0; run < REPEAT; run += 1) {
    sized.turn += 1;
    const element = target?.(sized) as T;
    await look(element instanceof Element ? element : undefined);
    const start = performance.now();
    await interaction(sized, element);
    settleLayout();
    total += performance.now() - start;
  }
  return total;
}

/** The n-th of the rows matching `selector`, going round the rows a tenth of the table at a time. */
function nth<T extends Element>(wizard: PixFinaliseWizard, selector: string, turn: number): T {
  const all = wizard.shadowRoot!.querySelectorAll<T>(selector);
  return all[(turn * Math.max(1, Math.floor(all.length / 10)) + turn) % all.length]!;
}

async function openDialog(
  sized: Sized,
  turn: number,
  opener = nth<HTMLButtonElement>(sized.wizard, '.reports-cell .add', turn),
): Promise<PixCandidateReport> {
  // A person's click focuses the button, and closing the dialog brings focus back to it: without
  // this, focus would go back to an earlier opener far up the page, which then stays drawn.
  opener.focus();
  opener.click();
  await sized.wizard.updateComplete;
  // The dialog is drawn at the end of the page (after the tables): found among the page's own
  // children, not by a search through every row, which would count the bench's search.
  const page = sized.wizard.shadowRoot!.querySelector('article')!;
  const dialog = [...page.children].find((child): child is PixCandidateReport => child.localName === 'pix-candidate-report')!;
  await dialog.updateComplete;
  return dialog;
}

const issueReport = { category: 'OTHER', subcategory: null, description: 'Bruit dans la salle', questionNumber: null };

const bench = {
  /** Opens the wizard of `size` reports and closes it (takes it out of the page), `times` times. */
  async openAndClose(times: number, size: number) {
    const reports = makeReports(size, size / 2, size / 5);
    for (let time = 0; time < times; time += 1) {
      const wizard = document.createElement('pix-finalise-wizard');
      wizard.setAttribute('now', '2026-11-25T10:00');
      wizard.session = session;
      wizard.reports = reports;
      document.querySelector('#stage')!.replaceChildren(wizard);
      await wizard.updateComplete;
      wizard.shadowRoot!.querySelector<HTMLInputElement>('#comment-incident')!.click();
      await wizard.updateComplete;
      await openDialog({ wizard, reports, turn: time }, time);
      settleLayout();
      wizard.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
  /** A keystroke in "Commentaire sur la session", until the screen is updated. */
  keystroke: (size: number) =>
    timed(
      size,
      async ({ wizard, turn }) => {
        const textarea = wizard.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!;
        textarea.value = turn % 200 === 0 ? '' : `${textarea.value}a`;
        textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await wizard.updateComplete;
      },
      ({ wizard }) => wizard.shadowRoot!.querySelector('#comment')!,
    ),
  /** One abandonment reason chosen (another row each time). */
  reason: (size: number) =>
    timed(
      size,
      async ({ wizard }, element) => {
        const select = element.shadowRoot!.querySelector('select')!;
        select.value = select.value === 'candidate' ? 'technical' : 'candidate';
        select.dispatchEvent(new Event('change'));
        await wizard.updateComplete;
        await element.updateComplete;
      },
      ({ wizard, turn }) => nth<PixAbandonReason>(wizard, 'pix-abandon-reason', turn),
    ),
  /** One "Écran de fin du test vu" ticked or unticked. */
  endScreen: (size: number) =>
    timed(
      size,
      async ({ wizard }, input) => {
        input.click();
        await wizard.updateComplete;
      },
      ({ wizard, turn }) => nth<HTMLInputElement>(wizard, '.check-cell input', turn),
    ),
  /** The incident dialog opened on a candidate ("Ajouter"), then closed. */
  dialog: (size: number) =>
    timed(
      size,
      async (sized, opener) => {
        const dialog = await openDialog(sized, sized.turn, opener);
        settleLayout();
        dialog.close();
        await dialog.updateComplete;
        await sized.wizard.updateComplete;
      },
      ({ wizard, turn }) => nth<HTMLButtonElement>(wizard, '.reports-cell .add', turn),
    ),
  /** One issue report added from the open dialog (removed again outside the timing). */
  async addIssueReport(size: number) {
    const sized = await wizardOf(size);
    show(sized.wizard);
    const id = Number(nth<HTMLElement>(sized.wizard, 'pix-abandon-reason', sized.turn).dataset.certification);
    const dialog = await openDialog(sized, sized.turn);
    const ms = await timed(size, async ({ wizard }) => {
      dialog.dispatchEvent(new PixIssueReportAddEvent({ certificationCourseId: id, issueReport }));
      await wizard.updateComplete;
      await dialog.updateComplete;
    });
    for (let run = 0; run < REPEAT; run += 1) {
      const count = sized.wizard.finalisation!.reports.find((report) => report.certificationCourseId === id)!.issueReports.length;
      dialog.dispatchEvent(new PixIssueReportRemoveEvent({ certificationCourseId: id, issueReport, index: count - 1 }));
      await sized.wizard.updateComplete;
    }
    dialog.close();
    await sized.wizard.updateComplete;
    return ms;
  },
  /** The host sets `.reports` again (new objects, as from JSON), one report changed. */
  refresh: (size: number) =>
    timed(
      size,
      async ({ wizard }, next) => {
        wizard.reports = next;
        await wizard.updateComplete;
      },
      ({ reports, turn }) => {
        const next = reports.map((report) => ({ ...report, issueReports: report.issueReports.map((item) => ({ ...item })) }));
        const changed = next[(turn * 7) % next.length]!;
        changed.issueReports = turn % 2 ? [...changed.issueReports, { ...issueReport }] : [];
        return next;
      },
    ),
};

Object.assign(window, { bench, benchReady: true });
