import type { ListChangeDetail } from '../state/session-list.js';
import { PixHandoverEvent } from './handover-event.js';
import type { SessionIdDetail } from './session-events.js';

export type { ListChangeDetail };

/**
 * A person changed a filter or the page of `<pix-session-list>`: `detail` is
 * `{ filters: { sessionId, status, startDate, endDate }, page, pageSize }`. Not fired on the
 * first render, nor when the host sets `.filters`.
 */
export class PixListChangeEvent extends CustomEvent<ListChangeDetail> {
  static readonly type = 'pix-list-change';
  constructor(detail: ListChangeDetail) {
    super(PixListChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** "Supprimer" in the session list's confirmation: `detail` is `{ sessionId }`. Call `respondWith(promise)`. */
export class PixSessionDeleteEvent extends PixHandoverEvent<SessionIdDetail> {
  static readonly type = 'pix-session-delete';
  constructor(detail: SessionIdDetail) {
    super(PixSessionDeleteEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-list-change': PixListChangeEvent;
    'pix-session-delete': PixSessionDeleteEvent;
  }
}
