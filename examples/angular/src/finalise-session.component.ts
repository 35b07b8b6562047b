// An Angular host for <pix-finalise-wizard>: CUSTOM_ELEMENTS_SCHEMA lets the template use the
// pix-* tags, `[session]` and `[reports]` set properties, and `(pix-finalise)` listens to the
// element's event. Angular types `$event` from the library's GlobalEventHandlersEventMap
// entries (strictTemplates), so the listeners below are checked.
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import 'pix-certif-elements/define/pix-finalise-wizard.js'; // registers <pix-finalise-wizard>
import type {
  CertificationReport,
  FinalisationDraft,
  FinalisationPayload,
  PixDraftChangeEvent,
  PixFinaliseEvent,
  Session,
} from 'pix-certif-elements';

@Component({
  selector: 'pix-example-finalise-session',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <pix-finalise-wizard
        [session]="session()"
        [reports]="reports()"
        (pix-finalise)="onFinalise($event)"
        (pix-draft-change)="onDraftChange($event)"
      ></pix-finalise-wizard>
      <p role="status" class="host-status">
        @if (finalised(); as payload) {
          Session {{ payload.sessionId }} finalisée : {{ payload.certificationReports.length }} certifications transmises.
        } @else if (draft(); as draft) {
          Brouillon de la session {{ draft.sessionId }} : {{ abortReasons(draft) }} motif(s) d'abandon.
        } @else {
          Aucune modification.
        }
      </p>
    </main>
  `,
})
export class FinaliseSessionComponent {
  readonly session = input.required<Session>();
  readonly reports = input.required<CertificationReport[]>();
  /** The host's call to its API: resolves when the session is finalised, rejects with `{ code }` or `{ message }`. */
  readonly finaliseSession = input.required<(payload: FinalisationPayload) => Promise<unknown>>();

  protected readonly draft = signal<FinalisationDraft | null>(null);
  protected readonly finalised = signal<FinalisationPayload | null>(null);

  protected onFinalise(event: PixFinaliseEvent): void {
    const payload = event.detail; // FinalisationPayload, validated by the element
    event.respondWith(this.finaliseSession()(payload).then(() => this.finalised.set(payload)));
  }

  protected onDraftChange(event: PixDraftChangeEvent): void {
    this.draft.set(event.detail); // plain JSON: store it as it is, give it back through [draft]
  }

  protected abortReasons(draft: FinalisationDraft): number {
    return draft.reports.filter((report) => report.abortReason).length;
  }
}
