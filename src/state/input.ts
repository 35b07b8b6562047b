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
