import type { FinalisationDraft, FinalisationPayload } from '../state/schemas.js';
import { PixHandoverEvent } from './handover-event.js';

/** Confirming the finalisation: `detail` is the validated `FinalisationPayload`. Call `respondWith(promise)`. */
export class PixFinaliseEvent extends PixHandoverEvent<FinalisationPayload> {
  static readonly type = 'pix-finalise';
  constructor(detail: FinalisationPayload) {
    super(PixFinaliseEvent.type, detail);
  }
}

/** After every change a person makes (and on "Sauvegarder"): the whole draft, as plain JSON. */
export class PixDraftChangeEvent extends CustomEvent<FinalisationDraft> {
  static readonly type = 'pix-draft-change';
  constructor(detail: FinalisationDraft) {
    super(PixDraftChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface DocumentsSubmitDetail {
  certificationCenterName: string;
  sessionId: number;
  files: File[];
  comment: string | null;
}

/** Step 2's "Soumettre le formulaire": the files and fields for the host to send. Call `respondWith(promise)`. */
export class PixDocumentsSubmitEvent extends PixHandoverEvent<DocumentsSubmitDetail> {
  static readonly type = 'pix-documents-submit';
  constructor(detail: DocumentsSubmitDetail) {
    super(PixDocumentsSubmitEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-finalise': PixFinaliseEvent;
    'pix-draft-change': PixDraftChangeEvent;
    'pix-documents-submit': PixDocumentsSubmitEvent;
  }
}
