import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a form tells its feedback: its errors, its order, and the words to announce them with. */
export interface FieldFeedbackOptions<Field extends string, Error> {
  /** The fields in the order of the form: a refused submission focuses the first one in error. */
  readonly order: readonly Field[];
  /** Every error of the entries as they are now, shown or not (the state layer's validation). */
  errors(): Partial<Record<Field, Error>>;
  /** Announced when the person leaves a field and its error shows ("Nom du site : Veuillez…"). */
  describe?(field: Field, error: Error): string;
  /** Announced when a submission is refused, given its errors in the form's order. */
  summarise?(errors: Error[]): string;
  /** Where the invalid controls are (default: the host's shadow root). */
  scope?(): ParentNode | null;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode };

/**
 * When a form's errors show, how they are announced and where focus goes, once for every form:
 *
 * - a field's error shows once the person has changed the field (typed, chose) and left it (blur,
 *   or a choice in a select or a radio group), or when a submission is refused: tabbing past a
 *   field nobody touched shows nothing, until a submission is refused;
 * - while it shows, it follows the entry, and it goes as soon as the field is right; if the
 *   field goes wrong again, the error waits until the field is left again (or the next
 *   submission), so that nobody is scolded while still typing;
 * - a newly shown error is announced in a polite live region, with the field's name; a
 *   refused submission announces its summary and focuses the first control in error.
 */
export class FieldFeedback<Field extends string, Error> implements ReactiveController {
  private readonly shown = new Set<Field>();
  /** The fields the person changed since the form started: only those show their error when left. */
  private readonly changed = new Set<Field>();
  /** A submission was refused since the form started: from then on, leaving any field shows its error. */
  private refused = false;
  /** The errors as last drawn: what the person sees now. */
  private drawn: Partial<Record<Field, Error>> = {};
  private announcement = '';
  private announcementToggle = false;
  /** Set while the element moves focus itself: leaving a field that way is not the person's doing. */
  private movingFocus = false;

  constructor(
    private readonly host: Host,
    private readonly options: FieldFeedbackOptions<Field, Error>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const errors = this.options.errors();
    for (const field of [...this.shown]) if (!errors[field]) this.shown.delete(field);
    this.drawn = errors;
  }

  /** The error to show for `field` in this render, if any. */
  error(field: Field): Error | undefined {
    return this.shown.has(field) ? this.drawn[field] : undefined;
  }

  /** The person changed `field` (typed in it, chose something): leaving it will show its error. */
  edit(field: Field): void {
    this.changed.add(field);
  }

  /** The person made a choice in `field` (a select, a radio group): changed and left at once. */
  choose(field: Field): void {
    this.edit(field);
    this.leave(field);
  }

  /**
   * The person left `field` (blur): its error, if any, shows from now on, provided the person
   * changed the field or a submission was refused; merely passing through shows nothing.
   */
  leave(field: Field): void {
    if (this.movingFocus) return;
    const error = this.options.errors()[field];
    const before = this.error(field);
    if (!error) {
      if (this.shown.delete(field)) this.host.requestUpdate();
      return;
    }
    if (!this.changed.has(field) && !this.refused) return;
    this.shown.add(field);
    this.host.requestUpdate();
    const describe = this.options.describe;
    if (describe && (before === undefined || describe(field, before) !== describe(field, error))) {
      this.announce(describe(field, error));
    }
  }

  /** Every current error shows, without announcing or moving focus (a native form validating its controls). */
  showAll(): Field[] {
    this.refused = true;
    const errors = this.options.errors();
    const fields = this.options.order.filter((field) => errors[field] !== undefined);
    for (const field of fields) this.shown.add(field);
    this.host.requestUpdate();
    return fields;
  }

  /** A refused submission: every error shows, the summary is announced, and focus goes to the first control in error. */
  async refuse(): Promise<void> {
    const errors = this.options.errors();
    const fields = this.showAll();
    if (this.options.summarise) this.announce(this.options.summarise(fields.map((field) => errors[field]!)));
    await this.host.updateComplete;
    this.focusFirstError();
  }

  /** Moves focus to the first control marked `aria-invalid="true"`, in the order of the page. */
  focusFirstError(): void {
    const scope = this.options.scope ? this.options.scope() : (this.host.renderRoot ?? null);
    if (scope) this.moveFocus(scope.querySelector<HTMLElement>(INVALID));
  }

  /** Focus moved by the element (to an error, to an outcome) does not count as the person leaving a field. */
  moveFocus(target: HTMLElement | null | undefined): void {
    this.movingFocus = true;
    try {
      target?.focus();
    } finally {
      this.movingFocus = false;
    }
  }

  /** Says `text` in the live region (also for the form's other news: sending, added, removed). */
  announce(text: string): void {
    // The same words twice must still be read out: a non-breaking space makes the text differ.
    this.announcementToggle = !this.announcementToggle;
    this.announcement = text === '' ? '' : this.announcementToggle ? text : `${text}\u00a0`;
    this.host.requestUpdate();
  }

  /** The form starts over: no error shows and nothing is announced. */
  reset(): void {
    this.shown.clear();
    this.changed.clear();
    this.refused = false;
    this.announcement = '';
    this.host.requestUpdate();
  }

  /** The polite live region the announcements are read from; it must be in the page before they come. */
  renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}

const INVALID = '[aria-invalid="true"]';

/** The id of a control's error text, which the control names in `aria-describedby`. */
export function errorIdFor(controlId: string): string {
  return `${controlId}-error`;
}

/** A control's error text, when it has one to show. */
export function renderFieldError(controlId: string, message: string | undefined): TemplateResult | typeof nothing {
  return message === undefined ? nothing : html`<p id=${errorIdFor(controlId)} class="field-error">${message}</p>`;
}

/**
 * A control's `aria-describedby`: its error text first when it shows, then its other
 * descriptions (counter, hint); nothing at all when there is none.
 */
export function describedBy(controlId: string, hasError: boolean, ...others: string[]): string | typeof nothing {
  const ids = [...(hasError ? [errorIdFor(controlId)] : []), ...others];
  return ids.length > 0 ? ids.join(' ') : nothing;
}
