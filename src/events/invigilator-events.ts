import { PixHandoverEvent } from './handover-event.js';
import { PixSessionIdEvent } from './session-events.js';

// "Kit surveillant" is also on the details page: its event lives with the session events.
export { PixInvigilatorKitDownloadEvent } from './session-events.js';

/** "Quitter la surveillance", confirmed: the host leaves the session (and gives no `.session` any more). */
export class PixInvigilatorExitEvent extends PixSessionIdEvent {
  static override readonly type = 'pix-invigilator-exit';
}

export interface InvigilatorLoginDetail {
  sessionId: number;
  /** As typed, without the `C-` shown before the field. */
  password: string;
}

/** "Surveiller la session". Call `respondWith(promise)`; a rejection's `code` (§ 5.3) decides the message. */
export class PixInvigilatorLoginEvent extends PixHandoverEvent<InvigilatorLoginDetail> {
  static readonly type = 'pix-invigilator-login';
  constructor(detail: InvigilatorLoginDetail) {
    super(PixInvigilatorLoginEvent.type, detail);
  }
}

export interface CandidateAuthorizeDetail {
  sessionId: number;
  candidateId: number;
  authorized: boolean;
}

/** "Confirmer la présence" / "Annuler la confirmation", shown at once. Call `respondWith(promise)`: a rejection undoes it. */
export class PixCandidateAuthorizeEvent extends PixHandoverEvent<CandidateAuthorizeDetail> {
  static readonly type = 'pix-candidate-authorize';
  constructor(detail: CandidateAuthorizeDetail) {
    super(PixCandidateAuthorizeEvent.type, detail);
  }
}

export interface SupervisedCandidateDetail {
  sessionId: number;
  candidateId: number;
}

/** "Je confirme l'autorisation": the candidate may resume the test. Call `respondWith(promise)`. */
export class PixCandidateResumeEvent extends PixHandoverEvent<SupervisedCandidateDetail> {
  static readonly type = 'pix-candidate-resume';
  constructor(detail: SupervisedCandidateDetail) {
    super(PixCandidateResumeEvent.type, detail);
  }
}

/** "Terminer le test", confirmed. Call `respondWith(promise)`. */
export class PixCandidateEndEvent extends PixHandoverEvent<SupervisedCandidateDetail> {
  static readonly type = 'pix-candidate-end';
  constructor(detail: SupervisedCandidateDetail) {
    super(PixCandidateEndEvent.type, detail);
  }
}

export interface LiveAlertDetail {
  sessionId: number;
  candidateId: number;
  userId: number;
}

export interface LiveAlertValidateDetail extends LiveAlertDetail {
  /** The reason picked, e.g. `'WEBSITE_BLOCKED'`. */
  subcategory: string;
}

/** "Valider le signalement" with its reason. Call `respondWith(promise)`; `ALREADY_ANSWERED_ERROR` has its own message. */
export class PixLiveAlertValidateEvent extends PixHandoverEvent<LiveAlertValidateDetail> {
  static readonly type = 'pix-live-alert-validate';
  constructor(detail: LiveAlertValidateDetail) {
    super(PixLiveAlertValidateEvent.type, detail);
  }
}

/** "Refuser le signalement". Call `respondWith(promise)`. */
export class PixLiveAlertDismissEvent extends PixHandoverEvent<LiveAlertDetail> {
  static readonly type = 'pix-live-alert-dismiss';
  constructor(detail: LiveAlertDetail) {
    super(PixLiveAlertDismissEvent.type, detail);
  }
}

/** "Confirmer" that the candidate has the browser extension. Call `respondWith(promise)`. */
export class PixCompanionAlertClearEvent extends PixHandoverEvent<LiveAlertDetail> {
  static readonly type = 'pix-companion-alert-clear';
  constructor(detail: LiveAlertDetail) {
    super(PixCompanionAlertClearEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-invigilator-exit': PixInvigilatorExitEvent;
    'pix-invigilator-login': PixInvigilatorLoginEvent;
    'pix-candidate-authorize': PixCandidateAuthorizeEvent;
    'pix-candidate-resume': PixCandidateResumeEvent;
    'pix-candidate-end': PixCandidateEndEvent;
    'pix-live-alert-validate': PixLiveAlertValidateEvent;
    'pix-live-alert-dismiss': PixLiveAlertDismissEvent;
    'pix-companion-alert-clear': PixCompanionAlertClearEvent;
  }
}
