import type { PixHandoverEvent } from '../../src/events/handover-event.js';

/** A promise the test settles itself, as a host's back end answers when it likes. */
export interface Deferred {
  promise: Promise<unknown>;
  resolve(value?: unknown): void;
  reject(reason: unknown): void;
}

export function deferred(): Deferred {
  let resolve!: (value?: unknown) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<unknown>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A host that answers each hand-over of `type` with a promise the test settles itself. */
export function answeringHost<E extends PixHandoverEvent<unknown>>(
  element: HTMLElement,
  type: string,
): { events: E[]; answers: Deferred[] } {
  const events: E[] = [];
  const answers: Deferred[] = [];
  element.addEventListener(type, (event) => {
    events.push(event as E);
    const answer = deferred();
    answers.push(answer);
    (event as E).respondWith(answer.promise);
  });
  return { events, answers };
}

/** Lets pending answers and timers run (`ms` milliseconds), then the element update. */
export async function flush(element: HTMLElement & { updateComplete: Promise<unknown> }, ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await element.updateComplete;
}
