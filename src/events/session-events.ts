import type { SessionFormValues } from '../state/schemas.js';
import { PixHandoverEvent } from './handover-event.js';

export interface SessionIdDetail {
  sessionId: number;
}

/** "Modifier" on the details page. */
export class PixSessionEditEvent extends CustomEvent<SessionIdDetail> {
  static readonly type = 'pix-session-edit';
  constructor(detail: SessionIdDetail) {
    super(PixSessionEditEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** "Finaliser la session" on the details page. */
export class PixSessionFinaliseRequestEvent extends CustomEvent<SessionIdDetail> {
  static readonly type = 'pix-session-finalise-request';
  constructor(detail: SessionIdDetail) {
    super(PixSessionFinaliseRequestEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** "Télécharger le PV": the host downloads the attendance sheet. */
export class PixAttendanceSheetDownloadEvent extends CustomEvent<SessionIdDetail> {
  static readonly type = 'pix-attendance-sheet-download';
  constructor(detail: SessionIdDetail) {
    super(PixAttendanceSheetDownloadEvent.type, { detail, bubbles: true, composed: true });
  }
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
    'pix-cancel': PixCancelEvent;
    'pix-session-submit': PixSessionSubmitEvent;
    'pix-students-enrol': PixStudentsEnrolEvent;
  }
}
