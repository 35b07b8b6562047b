import type { FinalisationDraft, FinalisationPayload } from '../state/schemas.js';
import { PixHandoverEvent } from './handover-event.js';

/** Confirming the finalisation: `detail` is the validated `FinalisationPayload`. Call `respondWith(promise)`. */
export class PixFinaliseEvent extends PixHandoverEvent<FinalisationPayload> {
  static readonly type = 'pix-finalise';
  constructor(detail: FinalisationPayload) {
    super(PixFinaliseEvent.type, detail);
  }
}

/**
 * After every change a person makes (and on "Sauvegarder"): the whole draft, as plain JSON.
 * Given a function, `detail` is built on its first read and kept: a keystroke costs nothing
 * for the draft of a host that does not read it, however many reports the page holds.
 */
export class PixDraftChangeEvent extends CustomEvent<FinalisationDraft> {
  static readonly type = 'pix-draft-change';
  #build: (() => FinalisationDraft) | null;
  #draft: FinalisationDraft | undefined;
  constructor(detail: FinalisationDraft | (() => FinalisationDraft)) {
    super(PixDraftChangeEvent.type, { bubbles: true, composed: true });
    this.#build = typeof detail === 'function' ? detail : null;
    this.#draft = typeof detail === 'function' ? undefined : detail;
  }
  override get detail(): FinalisationDraft {
    if (this.#build) {
      this.#draft = this.#build();
      this.#build = null;
    }
    return this.#draft!;
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
