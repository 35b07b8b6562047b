/** Where a person asked to go: the host performs the navigation (the elements never change the page's URL). */
export type NavigationTarget = 'session-list' | 'session-details' | 'session-create' | 'student-enrolment';

export interface NavigateDetail {
  to: NavigationTarget;
  /** The session concerned, or null when the target is about no one session (the list, a creation). */
  sessionId: number | null;
}

/** A link-like button of an element ("Revenir à la liste des sessions", "Retour à la session"): the host navigates. */
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
