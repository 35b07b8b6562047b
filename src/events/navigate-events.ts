export interface NavigateDetail {
  /** Where the person asked to go; the host decides how. */
  to: 'session-list' | 'session-details' | 'session-create' | 'student-enrolment';
  /** The session concerned, or null (the list, a creation). */
  sessionId: number | null;
}

/** A way to another screen ("Créer une session", a session's number…): the host follows it. */
export class PixNavigateEvent extends CustomEvent<NavigateDetail> {
  static readonly type = 'pix-navigate';
  constructor(detail: NavigateDetail) {
    super(PixNavigateEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-navigate': PixNavigateEvent;
  }
}
