/**
 * Translation, with no texts of its own: each element keeps its dictionaries in its folder, the
 * state layer keeps those of its refusals (src/state/messages.ts), and texts shared by several
 * elements live in src/internal/common.messages.ts. Pure data and functions: usable in Node.
 *
 * A message is a string with `{name}` placeholders, or a plural set chosen with
 * `Intl.PluralRules` from the `count` parameter (`zero` is used for exactly 0 when given); a count
 * may be given grouped as the language writes it ("5 000"), the plural follows its number.
 */

import { formatNumber } from './numbers.js';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}
export type Message = string | PluralMessage;

/** The French source and its English translation, with the same keys. */
export interface Messages<Key extends string> {
  readonly fr: Readonly<Record<Key, Message>>;
  readonly en: Readonly<Record<Key, Message>>;
}

/** The keys of a set of messages (of each, for a union of sets). */
type KeyOf<Set extends Messages<string>> = Set extends Messages<infer Key> ? Key : never;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message to show later, in whichever language the element speaks then. */
export interface LocalisedMessage<Key extends string = string> {
  readonly key: Key;
  readonly params?: MessageParams;
}

/** Several sets as one, for an element that shows texts of several owners. */
export function combineMessages<Sets extends readonly Messages<string>[]>(...sets: Sets): Messages<KeyOf<Sets[number]>> {
  const fr: Record<string, Message> = {};
  const en: Record<string, Message> = {};
  for (const set of sets) {
    Object.assign(fr, set.fr);
    Object.assign(en, set.en);
  }
  return { fr, en } as Messages<KeyOf<Sets[number]>>;
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function lookUp(dictionary: Readonly<Record<string, Message>>, key: string): Message | undefined {
  return Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
}

/**
 * The number a `count` parameter stands for: a number, or a text, possibly grouped by
 * `formatNumber` ("5 000", "5,000"), so that an element can show the grouped count and still
 * get the plural of the number.
 */
function countOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  return Number((value ?? '0').replace(/[\s,]/g, ''));
}

/**
 * The text of `key` in `lang` (French when English lacks it, the key itself when no set has it),
 * with `{name}` placeholders filled from `params`.
 */
export function localise<Key extends string>(messages: Messages<Key>, key: Key, params: MessageParams = {}, lang: Lang = 'fr'): string {
  const message = lookUp(messages[lang], key) ?? lookUp(messages.fr, key) ?? key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = countOf(params['count']);
    if (count === 0 && message.zero !== undefined) text = message.zero;
    else text = pluralCategory(lang, count) === 'one' ? message.one : message.other;
  }
  if (lang === 'fr') text = frenchTypography(text);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? paramText(params, name, lang) : whole));
}

/** A parameter as the text shows it: a `count` is grouped as the language groups numbers ("5 000" in French). */
function paramText(params: MessageParams, name: string, lang: Lang): string {
  const value = params[name];
  return name === 'count' && typeof value === 'number' && Number.isInteger(value) ? formatNumber(value, lang) : String(value);
}

const typeset = new Map<string, string>();

/**
 * French typography for a French message (the values of its placeholders are left as given): a
 * narrow no-break space before ; ! ?, a no-break space before : % » and after «, and between a
 * number and its unit ("48 h"), so that no line starts with the punctuation or the unit. The
 * messages themselves are written with plain spaces, as the spec writes them.
 */
export function frenchTypography(text: string): string {
  let result = typeset.get(text);
  if (result === undefined) {
    result = text
      .replace(/ ([;!?])/g, '\u202f$1')
      .replace(/ ([:»])/g, '\u00a0$1')
      .replace(/« /g, '«\u00a0')
      .replace(/ %/g, '\u00a0%')
      .replace(/(\d) (h|min|Mo|ko)\b/g, '$1\u00a0$2');
    typeset.set(text, result);
  }
  return result;
}
