const seal = Symbol('seal');

/**
 * An event that hands work over to the host: the host's listener may call
 * `event.respondWith(promise)` synchronously (as with a service worker's `FetchEvent`); the
 * element then shows that it is sending until the promise settles. Without a call, the
 * hand-over counts as accepted.
 */
export class PixHandoverEvent<T> extends CustomEvent<T> {
  #response: Promise<unknown> | undefined;
  #sealed = false;

  constructor(type: string, detail: T, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }

  /**
   * Gives the element the host's promise for this submission. Call it synchronously in the
   * listener, at most once: fulfilled means success; rejected means failure, and the rejection's
   * `code` or `message` decides what the person reads. Any thenable will do, not only a `Promise`.
   */
  respondWith(response: PromiseLike<unknown>): void {
    if (this.#sealed) {
      throw new DOMException('respondWith() must be called synchronously in the event listener', 'InvalidStateError');
    }
    if (this.#response) throw new DOMException('respondWith() was already called for this event', 'InvalidStateError');
    this.#response = Promise.resolve(response);
  }

  /** The host's promise, if a listener gave one. */
  get response(): Promise<unknown> | undefined {
    return this.#response;
  }

  /** @internal Called by the element once dispatch is over. */
  [seal](): void {
    this.#sealed = true;
  }
}

export function sealHandover(event: PixHandoverEvent<unknown>): void {
  event[seal]();
}
