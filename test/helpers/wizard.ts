import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';
import type { GuideSession } from '../fixtures/guide-sessions.js';
import { $, selectOption } from './dom.js';

/** The abandonment-reason select of one certification in the wizard's step 1. */
export function reasonSelect(element: PixFinaliseWizard, id: number): PixAbandonReason {
  return $(element, `pix-abandon-reason[data-certification="${id}"]`) as PixAbandonReason;
}

/** Chooses a reason in that select as a person does ('' for none). */
export async function chooseReason(element: PixFinaliseWizard, id: number, value: string): Promise<void> {
  const select = reasonSelect(element, id);
  await select.updateComplete;
  selectOption(select.shadowRoot!.querySelector('select')!, value);
  await element.updateComplete;
}

/** The host shows another of the guide's sessions in the same element. */
export async function showSession(element: PixFinaliseWizard, guide: GuideSession): Promise<void> {
  element.session = guide.session;
  element.reports = guide.reports;
  await element.updateComplete;
}
