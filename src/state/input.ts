import { PARSE_OPTIONS } from './z.js';
import type * as z from './z.js';

/**
 * Input loading, once for every element: what a host gives is read through these functions
 * only. Nothing here throws, whatever the value (getters that throw, revoked proxies, proxies
 * whose traps throw, objects without a prototype, symbols, BigInts, cycles). A refusal comes
 * with a short English reason naming what is wrong, for the error state and the console.
 */

export type Loaded<T> = { ok: true; value: T; error?: undefined } | Refusal;

/**
 * Why an input cannot be used. `notSetYet`: a required input is still `undefined` (the host has
 * not given it yet, e.g. the element is in the HTML before the script sets it): not bad input,
 * the element waits quietly, with no error state and nothing logged.
 */
export type Refusal = { ok: false; error: string; notSetYet?: true; value?: undefined };

/** The refusal of a required input that is still `undefined`. */
export function notSetYet(name: string): Refusal {
  return { ok: false, error: `${name}: not set yet`, notSetYet: true };
}

/** Loads a required input: `undefined` is "not set yet", anything else goes through `loadInput`. */
export function loadRequired<S extends z.ZodMiniType>(schema: S, value: unknown, name: string): Loaded<z.output<S>> {
  if (value === undefined) return notSetYet(name);
  return loadInput(schema, value, name);
}

/**
 * The refusal to report when one input at least is refused: bad input first (whatever else is
 * not set yet), else the first input not set yet.
 */
export function firstRefusal(...loaded: ReadonlyArray<{ ok: boolean } | Refusal>): Refusal {
  const refusals = loaded.filter((item): item is Refusal => !item.ok);
  return refusals.find((refusal) => !refusal.notSetYet) ?? refusals[0]!;
}

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/** A short, readable summary of schema issues for error states and console messages. */
export function describeIssues(issues: ReadonlyArray<Issue>, max = 3): string {
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > max) parts.push(`… (${issues.length - max} more)`);
  return parts.join('; ');
}

/**
 * A value as text, for messages: `String(value)` when the value allows it, else its type (an
 * object without a prototype, a revoked proxy or a throwing `toString` cannot become a string).
 */
export function textOf(value: unknown, max = 40): string {
  try {
    return String(value).slice(0, max);
  } catch {
    return value === null ? 'null' : typeof value;
  }
}

/** A host's value shown in an error message: strings quoted (and cut), objects by their kind. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'object' && value !== null) return Object.prototype.toString.call(value);
    return String(value);
  } catch {
    return typeof value;
  }
}

/** What was thrown while reading a host's value, as a short text. */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return textOf(thrown.message, 200);
  } catch {
    // A proxy can throw even from `instanceof`.
  }
  const message = readProperty(thrown, 'message');
  return typeof message === 'string' ? message.slice(0, 200) : describeValue(thrown);
}

/** One property of a host's value, or undefined when it is not an object or reading it throws. */
export function readProperty(value: unknown, name: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

/**
 * A host's property documented as text (a label, a name): strings as given, numbers and
 * BigInts written out, anything else (a Symbol, an object) counts as empty.
 */
export function stringProperty(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}

/** A host's property documented as a number: anything but a number (a Symbol, a BigInt, an object) is NaN. */
export function numberProperty(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/**
 * Runs a loader over a host's value: its result, or a refusal naming `name` when reading the
 * value threw. Every element's loading goes through here.
 */
export function guardLoad<T>(name: string, load: () => Loaded<T>): Loaded<T> {
  try {
    return load();
  } catch (thrown) {
    return { ok: false, error: `${name}: unreadable value (${describeThrown(thrown)})` };
  }
}

/**
 * Parses a host's value with a schema: `{ ok: true, value }` with the parsed copy (plain data:
 * no getter or proxy of the host's remains in it), or `{ ok: false, error }` with a readable
 * reason prefixed by `name`.
 */
export function loadInput<S extends z.ZodMiniType>(schema: S, value: unknown, name: string): Loaded<z.output<S>> {
  return guardLoad<z.output<S>>(name, () => {
    const parsed = schema.safeParse(value, PARSE_OPTIONS);
    return parsed.success
      ? { ok: true, value: parsed.data as z.output<S> }
      : { ok: false, error: `${name}: ${describeIssues(parsed.error.issues)}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Lists a host gives again and again (a poll, a refresh)

/** How deep the kept copies and their comparison go: a host's items are shallow records. */
const MAX_DEPTH = 4;

/** Plain data: an array, or an object made by `{}` (or without a prototype). */
function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
}

/** The keys of a kept copy of an object, in the host's order (not one of its own keys: a symbol). */
const KEYS = Symbol('keys');

/** A copy of a host's item as given, to compare the next list with (`matchesCopy`); none when it is not plain data. */
function keptCopy(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH || !isPlain(value)) return NOT_PLAIN;
  if (Array.isArray(value)) return value.map((item) => keptCopy(item, depth + 1));
  const keys = Object.keys(value);
  const copy: Record<string | symbol, unknown> = { [KEYS]: keys };
  for (const key of keys) copy[key] = keptCopy((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

/** Stands in a kept copy for a value that is not plain data: it never matches. */
const NOT_PLAIN = Object.freeze(new (class NotPlain {})());

/**
 * Whether `given` holds the data of a copy made by `keptCopy` (see `sameData`), without a new
 * array per object: this runs over every item of a list a host gives again.
 */
function matchesCopy(given: unknown, copy: unknown, depth = 0): boolean {
  if (given === copy) return true;
  if (typeof given !== 'object' || given === null || typeof copy !== 'object' || copy === null || copy === NOT_PLAIN) return false;
  if (depth >= MAX_DEPTH || !isPlain(given)) return false;
  if (Array.isArray(copy) || Array.isArray(given)) {
    if (!Array.isArray(copy) || !Array.isArray(given) || given.length !== copy.length) return false;
    for (let index = 0; index < copy.length; index += 1) {
      const item: unknown = given[index];
      // Most values are the same primitives: compared here, without a call.
      if (item !== copy[index] && !matchesCopy(item, copy[index], depth + 1)) return false;
    }
    return true;
  }
  const keys = (copy as Record<symbol, readonly string[]>)[KEYS]!;
  let count = 0;
  // A plain object's prototype has no enumerable key (unless polluted: the key is then not the
  // copy's own, and the item counts as changed). The keys usually come in the copy's order.
  for (const key in given) {
    if (key !== keys[count] && !Object.hasOwn(copy, key)) return false;
    const value: unknown = (given as Record<string, unknown>)[key];
    const kept: unknown = (copy as Record<string, unknown>)[key];
    if (value !== kept && !matchesCopy(value, kept, depth + 1)) return false;
    count += 1;
  }
  return count === keys.length;
}

/**
 * Two values hold the same data: primitives equal, plain arrays and plain objects with the same
 * items and keys, holding the same data, down to a few levels. Anything else (a class instance,
 * whose data may sit in getters, a deeper value) counts as different. The same rule as a list's
 * items compared with their kept copies.
 */
export function sameData(left: unknown, right: unknown): boolean {
  return matchesCopy(left, keptCopy(right));
}

/** What a list loader keeps of an item (see `KeptItemsLoader`). */
interface KeptItem<T> {
  readonly given: unknown;
  readonly item: T;
  seen: number;
  at: number;
}

/**
 * Loads a list a host gives again and again (the candidates of each poll, certification reports
 * refreshed from the server). An item given exactly as the last time (same id, same data,
 * compared with a copy of what the host gave then) is the same object as then, without checking
 * it again; the others go through the schema. So a list in which a few items changed costs a few
 * checks, and the items it did not touch stay the same objects (the page draws again only what
 * changed). Anything unusual (not an array, a duplicate id, a value that cannot be read) goes
 * through the schema as a whole, for its exact error.
 */
export class KeptItemsLoader<T> {
  /**
   * By id: what the host gave the last time, and what it became once checked; `seen`, the load
   * that last met this id, and `at`, where in that list (to tell a duplicate without a new set).
   */
  #last = new Map<unknown, KeptItem<T>>();
  /** Counts the loads, for `seen`. */
  #loads = 0;

  /**
   * @param schema the list's schema (an array of items).
   * @param name the input's name, for refusals.
   * @param idOf an item's id, read from the host's item or from a checked one.
   */
  constructor(
    private readonly schema: z.ZodMiniType,
    private readonly name: string,
    private readonly idOf: (item: unknown) => unknown,
  ) {}

  load(raw: unknown): Loaded<T[]> {
    const loaded = this.#load(raw);
    if (!loaded.ok) return loaded;
    try {
      if (loaded.sameIds && loaded.fresh) {
        // The same ids as the last time: only the changed items are remembered again.
        for (const index of loaded.fresh) this.#remember(this.#last, (raw as unknown[])[index], loaded.value[index]!);
      } else {
        const last = this.#last;
        this.#last = new Map();
        // An item recognised as unchanged keeps its copy: only the changed ones are copied again.
        loaded.value.forEach((item, index) => {
          const id = this.idOf(item);
          const kept = last.get(id);
          if (kept?.item === item) this.#last.set(id, kept);
          else this.#remember(this.#last, (raw as unknown[])[index], item);
        });
      }
    } catch {
      this.#last.clear();
    }
    return { ok: true, value: loaded.value };
  }

  #remember(map: Map<unknown, KeptItem<T>>, given: unknown, item: T): void {
    map.set(this.idOf(item), { given: keptCopy(given), item, seen: 0, at: -1 });
  }

  #whole(raw: unknown): Loaded<T[]> & { fresh?: undefined; sameIds?: undefined } {
    return loadRequired(this.schema, raw, this.name) as Loaded<T[]>;
  }

  /** The list, and where it is the last one but for a few items: which ones were checked again. */
  #load(raw: unknown): Loaded<T[]> & { fresh?: number[]; sameIds?: boolean } {
    try {
      // `Array.isArray` throws for a revoked proxy: the schema then names it.
      if (this.#last.size === 0 || !Array.isArray(raw)) return this.#whole(raw);
      const items: Array<T | undefined> = [];
      const fresh: number[] = [];
      const load = ++this.#loads;
      let known = 0;
      for (const given of raw as unknown[]) {
        const id = this.idOf(given);
        const last = this.#last.get(id);
        if (last) {
          // Two items with one id: the schema names the duplicate.
          if (last.seen === load) return this.#whole(raw);
          last.seen = load;
          last.at = items.length;
          known += 1;
          if (matchesCopy(given, last.given)) {
            items.push(last.item);
            continue;
          }
        }
        fresh.push(items.length);
        items.push(undefined);
      }
      if (fresh.length === raw.length) return this.#whole(raw);
      const checked = this.#whole(fresh.map((index) => (raw as unknown[])[index]));
      if (!checked.ok) return this.#whole(raw);
      for (const [position, index] of fresh.entries()) {
        const item = checked.value[position]!;
        // The list's own rules (ids unique, say) hold for the whole list, not only the fresh part:
        // the schema has seen the fresh items together; a fresh item whose checked id is a kept
        // one's (read differently the first time, say) is a duplicate too.
        const last = this.#last.get(this.idOf(item));
        if (last && last.seen === load && last.at !== index) return this.#whole(raw);
        items[index] = item;
      }
      return { ok: true, value: items as T[], fresh, sameIds: known === raw.length && known === this.#last.size };
    } catch {
      return this.#whole(raw);
    }
  }
}
