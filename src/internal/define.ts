/** Registers a tag once: registering an already registered tag is a no-op, never an exception. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
