import type { AbortReason } from '../state/constants.js';

// Events named like native ones: `change` and `close` are already `Event` in the DOM's
// `GlobalEventHandlersEventMap`, so their classes are typed through each element's own event
// map (`PixAbandonReasonEventMap`, `PixCandidateReportEventMap`) and its `addEventListener`.

/** `change` from `<pix-abandon-reason>`: a person picked a reason; `value` is the element's new value. */
export class PixAbandonReasonChangeEvent extends Event {
  static readonly type = 'change';
  /** The reason chosen: "candidate", "technical", or "" for none. */
  readonly value: AbortReason | '';

  constructor(value: AbortReason | '') {
    super(PixAbandonReasonChangeEvent.type, { bubbles: true, composed: true });
    this.value = value;
  }
}

/** `close` from `<pix-candidate-report>`: its dialog closed (a button, Escape, or after "Valider") and focus went back. */
export class PixCandidateReportCloseEvent extends Event {
  static readonly type = 'close';

  constructor() {
    super(PixCandidateReportCloseEvent.type, { bubbles: true, composed: true });
  }
}
