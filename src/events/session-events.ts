import type { SessionFormValues } from '../state/schemas.js';
import { PixHandoverEvent } from './handover-event.js';

export interface SessionIdDetail {
  sessionId: number;
}

/** An event about one session for the host to act on: `detail` is `{ sessionId }`; each subclass names its `type`. */
export abstract class PixSessionIdEvent extends CustomEvent<SessionIdDetail> {
  static readonly type: string;
  constructor(detail: SessionIdDetail) {
    super(new.target.type, { detail, bubbles: true, composed: true });
  }
}

/** "Modifier" on the details page. */
export class PixSessionEditEvent extends PixSessionIdEvent {
  static override readonly type = 'pix-session-edit';
}

/** "Finaliser la session" on the details page. */
export class PixSessionFinaliseRequestEvent extends PixSessionIdEvent {
  static override readonly type = 'pix-session-finalise-request';
}

/** "Télécharger le PV" (edition "2021"), "Feuille d'émargement" (edition "current"): the host downloads the attendance sheet. */
export class PixAttendanceSheetDownloadEvent extends PixSessionIdEvent {
  static override readonly type = 'pix-attendance-sheet-download';
}

/** "Kit surveillant": the host downloads the invigilator's kit (an authenticated download in Pix). */
export class PixInvigilatorKitDownloadEvent extends PixSessionIdEvent {
  static override readonly type = 'pix-invigilator-kit-download';
}

export interface CancelDetail {
  /** The session concerned, or null when creating one. */
  sessionId: number | null;
}

/** "Annuler" on the session form or the pupil picker. */
export class PixCancelEvent extends CustomEvent<CancelDetail> {
  static readonly type = 'pix-cancel';
  constructor(detail: CancelDetail) {
    super(PixCancelEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface SessionSubmitDetail {
  mode: 'create' | 'edit';
  session: SessionFormValues;
}

/** The session form's submission (trimmed values, description null when blank). Call `respondWith(promise)`. */
export class PixSessionSubmitEvent extends PixHandoverEvent<SessionSubmitDetail> {
  static readonly type = 'pix-session-submit';
  constructor(detail: SessionSubmitDetail) {
    super(PixSessionSubmitEvent.type, detail);
  }
}

export interface StudentsEnrolDetail {
  sessionId: number;
  /** In ascending order. */
  studentIds: number[];
}

/** "Inscrire" on the pupil picker. Call `respondWith(promise)`. */
export class PixStudentsEnrolEvent extends PixHandoverEvent<StudentsEnrolDetail> {
  static readonly type = 'pix-students-enrol';
  constructor(detail: StudentsEnrolDetail) {
    super(PixStudentsEnrolEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-session-edit': PixSessionEditEvent;
    'pix-session-finalise-request': PixSessionFinaliseRequestEvent;
    'pix-attendance-sheet-download': PixAttendanceSheetDownloadEvent;
    'pix-invigilator-kit-download': PixInvigilatorKitDownloadEvent;
    'pix-cancel': PixCancelEvent;
    'pix-session-submit': PixSessionSubmitEvent;
    'pix-students-enrol': PixStudentsEnrolEvent;
  }
}
