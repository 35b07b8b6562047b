/**
 * Sets a custom state (`:state(name)`) on a form-associated element. Where the browser has no
 * `CustomStateSet`, a `data-<name>` attribute on the host stands in (`[data-user-invalid]`).
 */
export function setCustomState(internals: ElementInternals, host: HTMLElement, name: string, on: boolean): void {
  const states = (internals as ElementInternals & { states?: Set<string> }).states;
  if (states) {
    try {
      if (on) states.add(name);
      else states.delete(name);
      return;
    } catch {
      // Older engines only accept the `--name` form: fall through to the attribute.
    }
  }
  host.toggleAttribute(`data-${name}`, on);
}
