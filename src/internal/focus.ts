/** The element that really has focus, looking inside open shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The keyboard-focusable elements inside `container`, in document order, ignoring hidden ones. */
export function focusableIn(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden], [inert]') && element.getClientRects().length > 0,
  );
}

/**
 * Whether the key is Tab. WebKitGTK can name the key of Shift+Tab "Unidentified" (the system
 * sends a different key for it), so the physical key counts too.
 */
export function isTab(event: KeyboardEvent): boolean {
  return event.key === 'Tab' || event.code === 'Tab';
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog): past the last control, focus
 * goes back to the first, and the other way round. Radio groups count as one stop.
 */
export function trapTab(event: KeyboardEvent, container: ParentNode, root: DocumentOrShadowRoot): void {
  if (!isTab(event)) return;
  const focusable = focusableIn(container).filter(
    (element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !isTabStopRadio(element)),
  );
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !focusable.includes(active as HTMLElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !focusable.includes(active as HTMLElement))) {
    event.preventDefault();
    first.focus();
  }
}

/** The radio of its group that Tab reaches: the checked one, else the first. */
function isTabStopRadio(radio: HTMLInputElement): boolean {
  if (radio.checked) return true;
  const scope = radio.form ?? radio.getRootNode();
  const group = [...(scope as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (other) => other.name === radio.name,
  );
  return !group.some((other) => other.checked) && group[0] === radio;
}

/** Whether a dialog is shown modally (in the top layer); false where `:modal` is unknown. */
export function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false;
  }
}
