import { html, noChange, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { PixHandoverEvent, sealHandover } from '../events/handover-event.js';
import { describeFailure, HandoverTimeoutError, type FailureMessage } from '../state/handover.js';
import type { LocalisedMessage, MessageKey } from '../state/messages.js';
import { DEFAULT_HANDOVER_TIMEOUT } from './pix-element.js';

export { DEFAULT_HANDOVER_TIMEOUT };

/**
 * `${capture(callback)}` on an element: the callback gets the element at each render. Lit's own
 * `ref` does the same but brings its asynchronous directive machinery (0.5 kB min+gzip); the
 * controller checks that the element is still connected before focusing it.
 */
class CaptureDirective extends Directive {
  render(_callback: (element: Element) => void): unknown {
    return nothing;
  }

  override update(part: ElementPart, [callback]: [(element: Element) => void]): unknown {
    callback(part.element);
    return noChange;
  }
}
const capture = directive(CaptureDirective);

/** The host's answer: accepted, or refused with what to show (and the rejection itself, for an element with its own codes). */
export type HandoverOutcome = { ok: true } | { ok: false; failure: FailureMessage; rejection: unknown; timedOut: boolean };

/** How a hand-over ended, as an element shows it: success with the element's own data, or the failure to read. */
export type HandoverResult<Success extends object = object> =
  ({ kind: 'success' } & Success) | { kind: 'failure'; failure: FailureMessage } | null;

/** The longest delay a browser timer can wait: beyond it, `setTimeout` fires at once. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * Dispatches a hand-over event and waits for the host's answer: its promise if a listener
 * called `respondWith`, settled within `timeout` ms; accepted at once otherwise.
 */
export async function handOver(target: EventTarget, event: PixHandoverEvent<unknown>, options: AnswerOptions): Promise<HandoverOutcome> {
  const response = dispatchHandover(target, event);
  if (!response) return { ok: true };
  return awaitAnswer(response, options);
}

/**
 * Dispatches a hand-over event from `target` and closes it to `respondWith` once every listener
 * ran. Gives the host's promise, if a listener called `respondWith`: an element that must act at
 * once when nobody answers (a cancelable event, an accepted change) dispatches with this, then
 * waits for the answer with `HandoverController.answer`.
 */
export function dispatchHandover(target: EventTarget, event: PixHandoverEvent<unknown>): Promise<unknown> | undefined {
  try {
    target.dispatchEvent(event);
  } finally {
    sealHandover(event);
  }
  return event.response;
}

/**
 * How a host's answer is read: the wait, the message of a rejection that gives nothing readable,
 * and the element's own reading of rejections (its codes), before the library's.
 */
export interface AnswerOptions {
  timeout: number;
  genericKey: MessageKey;
  describe?: (rejection: unknown) => FailureMessage | undefined;
}

/** Waits for the host's promise, settled within `timeout` ms (else a timeout failure). */
export async function awaitAnswer(response: Promise<unknown>, options: AnswerOptions): Promise<HandoverOutcome> {
  const timeout =
    Number.isFinite(options.timeout) && options.timeout > 0 ? Math.min(options.timeout, MAX_TIMER_DELAY) : DEFAULT_HANDOVER_TIMEOUT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new HandoverTimeoutError(timeout);
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired), timeout);
  });
  try {
    await Promise.race([response, expiry]);
    return { ok: true };
  } catch (rejection) {
    return {
      ok: false,
      failure: options.describe?.(rejection) ?? describeFailure(rejection, options.genericKey),
      rejection,
      // By identity: `instanceof` would run a hostile Proxy's traps.
      timedOut: rejection === expired,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** An element that hands work over: the events are dispatched on it, and its timeout (own or shared) bounds the wait. */
export type HandoverHost = ReactiveControllerHost &
  EventTarget & {
    /** Milliseconds to wait for the host's answer (not a positive number: the default, 30000). */
    readonly handoverTimeout: number;
  };

export interface HandoverOptions {
  /** The message of a rejection that gives nothing readable. */
  genericKey: MessageKey;
  /**
   * What the hand-overs are about, as the element knows it now (a session id…). When it
   * changes, the controller starts afresh and every pending answer is ignored. `undefined`
   * (no valid input for now) keeps the last subject.
   */
  subject(): unknown;
  /** A library message in the element's language. */
  format(message: LocalisedMessage): string;
  /**
   * The element's own reading of a rejection (its edition's codes and texts, an HTTP `status`);
   * `undefined` leaves it to the library's (`describeFailure`, which also knows the timeout).
   */
  describe?(rejection: unknown): FailureMessage | undefined;
  /** Moves focus to the outcome once it is shown (default: `focus()`), for elements that must know it is their doing. */
  focus?(target: HTMLElement): void;
  /** Called when the subject changes, for the element to drop what belonged to the old one. */
  onSubjectChange?(): void;
}

/** What the element does with the answer to the latest attempt about its current subject. */
export interface HandoverAttempt<Success extends object> {
  /** Applies a success to the element's own state; gives the data the success message needs. */
  onSuccess(): Success;
  /** Applies a failure (the outcome shows it: most elements need nothing more). */
  onFailure?(failure: FailureMessage): void;
  /** Runs after either, before the outcome is shown. */
  onAnswer?(): void;
}

/**
 * Hands work over to the host and shows how it went, for every element that does: the
 * `timeout`, the sending state, the outcome, its rendering, and focus on it once shown.
 *
 * Each attempt belongs to the subject it was made for and has a number. An answer (fulfilment,
 * rejection or timeout) is applied only if it answers the latest attempt and the subject has not
 * changed since: a late answer about another session, or about an older attempt, changes nothing.
 *
 * ```ts
 * private readonly handover = new HandoverController<{ count: number }>(this, {
 *   genericKey: 'handover.generic',
 *   subject: () => this.model?.session.id,
 *   format: (message) => this.format(message),
 * });
 * // "Inscrire": the element's own changes go in onSuccess, run only for a current answer.
 * await this.handover.send(new PixStudentsEnrolEvent(payload), { onSuccess: () => ({ count }) });
 * // In render(): the button reads this.handover.sending; the outcome shows with
 * // this.handover.render(({ count }) => this.t('studentEnrolment.success', { count })).
 * ```
 */
export class HandoverController<Success extends object = object> implements ReactiveController {
  #sending = false;
  #outcome: HandoverResult<Success> = null;
  #subject: unknown = undefined;
  #attempt = 0;
  #focusPending = false;
  #outcomeElement: Element | undefined = undefined;
  readonly #captureOutcome = (element: Element) => {
    this.#outcomeElement = element;
  };

  constructor(
    private readonly host: HandoverHost,
    private readonly options: HandoverOptions,
  ) {
    host.addController(this);
  }

  /** True from the hand-over until the host's answer (or the timeout). */
  get sending(): boolean {
    return this.#sending;
  }

  /** How the latest hand-over about the current subject ended; null before any, and while sending. */
  get outcome(): HandoverResult<Success> {
    return this.#outcome;
  }

  /** The failure's text, when the latest hand-over failed. */
  get failureText(): string | null {
    if (this.#outcome?.kind !== 'failure') return null;
    const { failure } = this.#outcome;
    return failure.message ? this.options.format(failure.message) : failure.text;
  }

  /** In an element's own outcome markup (`<p ${handover.anchor}>`): focus goes there once it is shown. */
  get anchor() {
    return capture(this.#captureOutcome);
  }

  hostUpdate(): void {
    this.#follow(this.options.subject());
  }

  hostUpdated(): void {
    if (!this.#focusPending) return;
    this.#focusPending = false;
    const target = this.#outcomeElement as HTMLElement | undefined;
    if (!target?.isConnected) return;
    if (this.options.focus) this.options.focus(target);
    else target.focus();
  }

  /** Takes the outcome away (a new attempt is being prepared, or the person moved on). */
  clearOutcome(): void {
    if (this.#outcome === null) return;
    this.#outcome = null;
    this.host.requestUpdate();
  }

  /**
   * Dispatches `event` from the element and waits for the host's answer; applies it only if it
   * still concerns the element. Resolves to whether it was applied.
   */
  async send(event: PixHandoverEvent<unknown>, attempt: HandoverAttempt<Success>): Promise<boolean> {
    if (this.#sending) return false;
    const options = this.#answerOptions();
    return this.#wait(() => handOver(this.host, event, options), attempt);
  }

  /**
   * Waits for the host's answer to a hand-over event the element dispatched itself (with
   * `dispatchHandover`), as `send` does. Resolves to whether the answer was applied.
   */
  async answer(response: Promise<unknown>, attempt: HandoverAttempt<Success>): Promise<boolean> {
    if (this.#sending) return false;
    const options = this.#answerOptions();
    return this.#wait(() => awaitAnswer(response, options), attempt);
  }

  /** How an answer is read: the element's timeout, its generic message and its own reading of rejections. */
  #answerOptions(): AnswerOptions {
    return {
      timeout: this.host.handoverTimeout,
      genericKey: this.options.genericKey,
      describe: (rejection) => this.options.describe?.(rejection),
    };
  }

  async #wait(outcome: () => Promise<HandoverOutcome>, attempt: HandoverAttempt<Success>): Promise<boolean> {
    this.#follow(this.options.subject());
    const number = ++this.#attempt;
    const subject = this.#subject;
    this.#sending = true;
    this.#outcome = null;
    this.#focusPending = false;
    this.host.requestUpdate();
    const answer = await outcome();
    // The host may have given another subject meanwhile, before the element updated.
    this.#follow(this.options.subject());
    if (number !== this.#attempt || !Object.is(subject, this.#subject)) return false;
    this.#sending = false;
    if (answer.ok) {
      this.#outcome = { kind: 'success', ...attempt.onSuccess() };
    } else {
      attempt.onFailure?.(answer.failure);
      this.#outcome = { kind: 'failure', failure: answer.failure };
    }
    attempt.onAnswer?.();
    this.#focusPending = true;
    this.host.requestUpdate();
    return true;
  }

  /**
   * The outcome at the top of the page: the success text in a status, the failure in an alert;
   * both take focus when they appear.
   */
  render(successText: (success: { kind: 'success' } & Success) => string): TemplateResult | typeof nothing {
    const outcome = this.#outcome;
    if (outcome?.kind === 'success') {
      return html`<p class="alert alert--success outcome" part="outcome" role="status" tabindex="-1" ${this.anchor}>${successText(
        outcome,
      )}</p>`;
    }
    if (outcome?.kind === 'failure') {
      return html`<p class="alert alert--error outcome" part="outcome" role="alert" tabindex="-1" ${this.anchor}>
        ${this.failureText}
      </p>`;
    }
    return nothing;
  }

  /** Follows the element's subject: another one means a fresh start, and every pending answer is stale. */
  #follow(subject: unknown): void {
    if (subject === undefined || Object.is(subject, this.#subject)) return;
    const first = this.#subject === undefined;
    this.#subject = subject;
    this.#attempt += 1;
    this.#sending = false;
    this.#outcome = null;
    this.#focusPending = false;
    if (!first) this.options.onSubjectChange?.();
    this.host.requestUpdate();
  }
}
