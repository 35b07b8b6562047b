import { PixHandoverEvent } from './handover-event.js';

export interface CandidateDeleteDetail {
  sessionId: number;
  candidateId: number;
}

/** "Supprimer le/la candidat(e)" in the details page's confirmation. Call `respondWith(promise)`: a rejection with `status` 403 means the candidate has joined. */
export class PixCandidateDeleteEvent extends PixHandoverEvent<CandidateDeleteDetail> {
  static readonly type = 'pix-candidate-delete';
  constructor(detail: CandidateDeleteDetail) {
    super(PixCandidateDeleteEvent.type, detail);
  }
}

export interface CandidateUpdateDetail {
  sessionId: number;
  candidateId: number;
  accessibilityAdjustmentNeeded: boolean;
}

/** "Modifier" in the candidate's edition dialog (the accessibility adjustment). Call `respondWith(promise)`. */
export class PixCandidateUpdateEvent extends PixHandoverEvent<CandidateUpdateDetail> {
  static readonly type = 'pix-candidate-update';
  constructor(detail: CandidateUpdateDetail) {
    super(PixCandidateUpdateEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-candidate-delete': PixCandidateDeleteEvent;
    'pix-candidate-update': PixCandidateUpdateEvent;
  }
}
