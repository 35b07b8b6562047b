// Timings of <pix-finalise-wizard> against baselines that put the same table markup in the page
// with innerHTML, measured in the same page. Each function returns milliseconds.
import '../../src/define/pix-finalise-wizard.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import { FinalisationPayloadSchema } from '../../src/state/schemas.js';
import * as zFull from 'zod';
import { benchSession as session } from './session.js';
import { makeReports, type BenchReport as Row } from './reports.js';

const stage = document.querySelector('#stage')!;

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The same tables as the wizard's step 1, as one HTML string. */
function tableMarkup(rows: Row[], options: { ticked?: boolean; reasonFor?: number } = {}): string {
  const unfinished = rows.filter((row) => !row.isCompleted);
  const finished = rows.filter((row) => row.isCompleted);
  const reportsCell = (row: Row) =>
    `<td>${row.issueReports.length ? `<button type="button">${row.issueReports.length} signalements</button>` : ''}<button type="button">Ajouter</button></td>`;
  const head = (last: string) =>
    `<thead><tr><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">N° de certification</th><th scope="col">Signalement</th><th scope="col">${last}</th></tr></thead>`;
  const select = (row: Row) =>
    `<label class="visually-hidden" for="r${row.certificationCourseId}">Raison de l'abandon pour ${escape(row.firstName)} ${escape(row.lastName)}</label><select id="r${row.certificationCourseId}"><option value="">-- Choisissez --</option><option value="candidate"${options.reasonFor === row.certificationCourseId ? ' selected' : ''}>Abandon du candidat</option><option value="technical">Problème technique</option></select>`;
  return `${
    unfinished.length
      ? `<div>Ces candidats n'ont pas fini leur test de certification</div><table>${head("Raison de l'abandon")}<tbody>${unfinished
          .map(
            (row) =>
              `<tr><td>${escape(row.lastName)}</td><td>${escape(row.firstName)}</td><td>${row.certificationCourseId}</td>${reportsCell(row)}<td>${select(row)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : ''
  }${
    finished.length
      ? `<h3>Certification(s) terminée(s)</h3><table>${head('<input type="checkbox" aria-label="Écran de fin du test vu pour tous les candidats"> Écran de fin du test vu')}<tbody>${finished
          .map(
            (row) =>
              `<tr><td>${escape(row.lastName)}</td><td>${escape(row.firstName)}</td><td>${row.certificationCourseId}</td>${reportsCell(row)}<td><input type="checkbox" aria-label="Écran de fin du test vu pour ${escape(row.firstName)} ${escape(row.lastName)}"${options.ticked ? ' checked' : ''}></td></tr>`,
          )
          .join('')}</tbody></table>`
      : ''
  }`;
}

function settleLayout(): void {
  void (document.body as HTMLElement).offsetHeight;
}

/**
 * Until the first frame is drawn: what the browser leaves for then (the rows of a table with
 * `content-visibility: auto`, once it knows the table is in view) counts too, in every first render.
 */
async function settleFrame(): Promise<void> {
  settleLayout();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  settleLayout();
}

async function renderWizard(rows: Row[]): Promise<PixFinaliseWizard> {
  const wizard = document.createElement('pix-finalise-wizard');
  wizard.setAttribute('now', '2026-11-25T10:00');
  wizard.session = session;
  wizard.reports = rows;
  stage.append(wizard);
  await wizard.updateComplete;
  // Until interactive: every abandonment-reason select inside has rendered too.
  await Promise.all(
    [...wizard.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('pix-abandon-reason')].map(
      (element) => element.updateComplete,
    ),
  );
  await settleFrame();
  return wizard;
}

const firstRenderRows = makeReports(1000, 500, 200);
const finishedRows = makeReports(1000, 0, 0);
const unfinishedRows = makeReports(500, 500, 0);

async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function clear(): void {
  stage.replaceChildren();
}

let selectAllWizard: PixFinaliseWizard | undefined;
let reasonWizard: PixFinaliseWizard | undefined;
let reasonIndex = 0;

// Full zod, for comparison with zod/mini: the same payload schema's shape.
const fullIssueReport = zFull.object({
  category: zFull.string().min(1),
  subcategory: zFull.string().min(1).nullable(),
  description: zFull.string().max(500).nullable(),
  questionNumber: zFull.number().int().min(1).max(500).nullable(),
});
const fullPayload = zFull.object({
  sessionId: zFull.number().int().positive(),
  examinerGlobalComment: zFull.string().max(500).nullable(),
  certificationReports: zFull
    .array(
      zFull
        .object({
          certificationCourseId: zFull.number().int().positive(),
          isCompleted: zFull.boolean(),
          hasSeenEndTestScreen: zFull.boolean(),
          abortReason: zFull.enum(['candidate', 'technical']).nullable(),
          issueReports: zFull.array(fullIssueReport),
        })
        .refine((report) => (report.isCompleted ? report.abortReason === null : report.abortReason !== null)),
    )
    .refine((items) => new Set(items.map((item) => item.certificationCourseId)).size === items.length),
});
const payload = {
  sessionId: 4242,
  examinerGlobalComment: 'Coupure réseau',
  certificationReports: firstRenderRows.map((row) => ({
    certificationCourseId: row.certificationCourseId,
    isCompleted: row.isCompleted,
    hasSeenEndTestScreen: row.isCompleted,
    abortReason: row.isCompleted ? null : 'technical',
    issueReports: row.issueReports,
  })),
};

/** The wizard's own first screen, as markup, and its styles: drawn once, then set as they are. */
let ownMarkup: { html: string; sheets: CSSStyleSheet[] } | undefined;

async function ownRenderedMarkup(): Promise<{ html: string; sheets: CSSStyleSheet[] }> {
  if (!ownMarkup) {
    clear();
    const wizard = await renderWizard(firstRenderRows);
    ownMarkup = { html: wizard.shadowRoot!.innerHTML, sheets: [...wizard.shadowRoot!.adoptedStyleSheets] };
    clear();
  }
  return ownMarkup;
}

const bench = {
  /**
   * The other baseline: the wizard's own rendered `shadowRoot.innerHTML` set into a plain shadow
   * root with the same styles (its abandonment-reason selects are elements too: they draw
   * themselves there as well, and are waited for in both).
   */
  async baselineOwnMarkup() {
    const { html, sheets } = await ownRenderedMarkup();
    clear();
    const ms = await time(async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.innerHTML = html;
      stage.append(host);
      await Promise.all(
        [...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('pix-abandon-reason')].map(
          (element) => element.updateComplete,
        ),
      );
      await settleFrame();
    });
    clear();
    return ms;
  },
  async wizardFirstRender() {
    clear();
    const ms = await time(() => renderWizard(firstRenderRows));
    clear();
    return ms;
  },
  async baselineFirstRender() {
    clear();
    const ms = await time(async () => {
      stage.innerHTML = tableMarkup(firstRenderRows);
      await settleFrame();
    });
    clear();
    return ms;
  },
  async wizardSelectAll() {
    if (!selectAllWizard?.isConnected) {
      clear();
      selectAllWizard = await renderWizard(finishedRows);
    }
    const wizard = selectAllWizard;
    const header = wizard.shadowRoot!.querySelector<HTMLInputElement>('thead input[type="checkbox"]')!;
    return time(async () => {
      header.click();
      await wizard.updateComplete;
      settleLayout();
    });
  },
  async baselineSelectAll() {
    selectAllWizard = undefined;
    clear();
    const host = document.createElement('div');
    stage.append(host);
    host.innerHTML = tableMarkup(finishedRows);
    settleLayout();
    const ms = await time(() => {
      host.innerHTML = tableMarkup(finishedRows, { ticked: true });
      settleLayout();
    });
    clear();
    return ms;
  },
  async wizardSetReason() {
    if (!reasonWizard?.isConnected) {
      clear();
      reasonWizard = await renderWizard(unfinishedRows);
    }
    const wizard = reasonWizard;
    reasonIndex = (reasonIndex + 37) % unfinishedRows.length;
    const element = wizard.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('pix-abandon-reason')[
      reasonIndex
    ]!;
    const select = element.shadowRoot!.querySelector('select')!;
    return time(async () => {
      select.value = select.value === 'candidate' ? 'technical' : 'candidate';
      select.dispatchEvent(new Event('change'));
      await wizard.updateComplete;
      await element.updateComplete;
      settleLayout();
    });
  },
  async baselineSetReason() {
    reasonWizard = undefined;
    clear();
    const host = document.createElement('div');
    stage.append(host);
    host.innerHTML = tableMarkup(unfinishedRows);
    settleLayout();
    const ms = await time(() => {
      host.innerHTML = tableMarkup(unfinishedRows, { reasonFor: unfinishedRows[reasonIndex]!.certificationCourseId });
      settleLayout();
    });
    clear();
    return ms;
  },
  validateMini() {
    const start = performance.now();
    for (let run = 0; run < 20; run += 1) if (!FinalisationPayloadSchema.safeParse(payload).success) throw new Error('invalid');
    return (performance.now() - start) / 20;
  },
  validateFull() {
    const start = performance.now();
    for (let run = 0; run < 20; run += 1) if (!fullPayload.safeParse(payload).success) throw new Error('invalid');
    return (performance.now() - start) / 20;
  },
};

Object.assign(window, { bench, benchReady: true });
