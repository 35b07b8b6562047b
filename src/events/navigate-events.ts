/** The pages a host can be asked to show. */
export const NAVIGATION_TARGETS = ['session-list', 'session-details', 'session-create', 'student-enrolment'] as const;
export type NavigationTarget = (typeof NAVIGATION_TARGETS)[number];

export interface NavigateDetail {
  /** The page to show. */
  to: NavigationTarget;
  /** The session it is about, or null (the list, a creation). */
  sessionId: number | null;
}

/** A person asked for another page ("Retour à la session"…): the host navigates; the element changes nothing itself. */
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
