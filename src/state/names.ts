/**
 * People's names and class names: how they are written out and how they sort. Pure: no DOM,
 * no Lit.
 */

/**
 * The one collator for names and classes: French, ignoring case and accents, numbers in numeric
 * order ("3A" before "10A"). One instance for every comparison: `localeCompare` with options
 * builds a new collator per call, which is far too slow to sort thousands of pupils.
 */
export const nameCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

interface Person {
  readonly firstName: string;
  readonly lastName: string;
}

/** By last name, then first name; the same names (ignoring case and accents) keep a stable order by id. */
export function compareByName(left: Person & { readonly id: number }, right: Person & { readonly id: number }): number {
  return nameCollator.compare(left.lastName, right.lastName) || nameCollator.compare(left.firstName, right.firstName) || left.id - right.id;
}

/** "Faye Bernier": the first name, then the last name, as a sentence names a person. */
export function fullName(person: Person): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
