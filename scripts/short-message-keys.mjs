// A rollup plugin for the build: gives the message keys ('sessionDetails.field.examiner') short ids
// ('a'), the same in the dictionaries and at every use. Each key is written in French, in English
// and where it is shown; the texts shown stay the same.
//
// Only keys no host can see are renamed. The self-contained bundle exports neither the dictionaries
// nor `translate`: every key is its own. The npm package exports the state layer, whose keys are
// public (`translate`, `LocalisedMessage`): there, only the keys of modules matching `renamed` (the
// elements' own texts) change, and never a key that a module outside them also defines.
//
// A key is a string property of an object literal that looks like one ('word.word…'). A key that
// could be built at run time is kept as it is: one that starts with the static head of a template
// literal or a `+` concatenation ending in a dot (`abortReason.${reason}`), or ends with a static
// tail that starts with one, or that appears in the code other than as a whole string literal.
import MagicString from 'magic-string';

const KEY = /^[a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+$/;
const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

function shortId(index) {
  let id = '';
  do {
    id += ID_CHARACTERS[index % ID_CHARACTERS.length];
    index = Math.floor(index / ID_CHARACTERS.length);
  } while (index > 0);
  return id;
}

const isString = (node) => node.type === 'Literal' && typeof node.value === 'string';
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The key-like text at the end of a static head ('x abortReason.' → 'abortReason.') and at the start of a tail. */
const keyHead = (text) => /[a-zA-Z0-9_.]*\.$/.exec(text)?.[0];
const keyTail = (text) => /^\.[a-zA-Z0-9_.]*/.exec(text)?.[0];

/** A module's key-like properties, string literals, and the static ends of the strings it builds. */
function survey(code, parse) {
  const found = { code, keys: [], strings: [], heads: [], tails: [] };
  walk(parse(code), (node) => {
    if (node.type === 'Property' && !node.computed && isString(node.key) && KEY.test(node.key.value)) found.keys.push(node.key.value);
    if (isString(node)) found.strings.push(node);
    if (node.type === 'TemplateLiteral' && node.expressions.length > 0) {
      node.quasis.forEach((quasi, index) => {
        const text = quasi.value.cooked ?? '';
        if (index < node.quasis.length - 1) found.heads.push(keyHead(text));
        if (index > 0) found.tails.push(keyTail(text));
      });
    }
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      if (isString(node.left)) found.heads.push(keyHead(node.left.value));
      if (isString(node.right)) found.tails.push(keyTail(node.right.value));
    }
  });
  return found;
}

/**
 * The short id of each key to rename, from every module of the build: `modules` are
 * `{ code, renamed }`, where `renamed` says whether the module's keys may change.
 */
export function planShortKeys(modules, parse) {
  const surveys = modules.map((module) => ({ ...survey(module.code, parse), renamed: module.renamed }));
  const keys = new Set(surveys.filter((found) => found.renamed).flatMap((found) => found.keys));
  const publicKeys = new Set(surveys.filter((found) => !found.renamed).flatMap((found) => found.keys));
  const heads = surveys.flatMap((found) => found.heads).filter(Boolean);
  const tails = surveys.flatMap((found) => found.tails).filter(Boolean);
  const uses = new Map();
  for (const key of keys) {
    const built = heads.some((head) => key.startsWith(head)) || tails.some((tail) => key.endsWith(tail));
    const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(key)}(?![\\w$]|\\.\\w)`, 'g');
    let asLiteral = 0;
    let anywhere = 0;
    for (const found of surveys) {
      asLiteral += found.strings.filter((node) => node.value === key).length;
      anywhere += found.code.match(pattern)?.length ?? 0;
    }
    if (!built && !publicKeys.has(key) && anywhere === asLiteral) uses.set(key, asLiteral);
  }
  // The most used keys get the shortest ids.
  const order = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1));
  return new Map(order.map((key, index) => [key, shortId(index)]));
}

/** `code` with each planned key's string literals replaced by its id. */
export function renameKeys(code, parse, ids) {
  const magic = new MagicString(code);
  for (const node of survey(code, parse).strings) {
    const id = ids.get(node.value);
    if (id !== undefined) magic.overwrite(node.start, node.end, JSON.stringify(id));
  }
  return magic;
}

/** `renamed`: the modules whose keys may change (by default every module of src/). */
export default function shortMessageKeys({ renamed = /\/src\/.*\.ts$/ } = {}) {
  let ids = new Map();
  return {
    name: 'short-message-keys',
    renderStart() {
      // The library's own modules: lit's and zod's code neither holds nor builds a key of ours.
      const modules = [...this.getModuleIds()]
        .filter((id) => !id.startsWith('\0') && !id.includes('/node_modules/'))
        .map((id) => ({ id, code: this.getModuleInfo(id)?.code }))
        .filter((module) => typeof module.code === 'string')
        .map((module) => ({ code: module.code, renamed: renamed.test(module.id) }));
      ids = planShortKeys(modules, (text) => this.parse(text));
    },
    renderChunk(code) {
      if (ids.size === 0) return null;
      const magic = renameKeys(code, (text) => this.parse(text), ids);
      return magic.hasChanged() ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
    },
  };
}
