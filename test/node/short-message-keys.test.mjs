// The bundle's message keys get short ids: the same id in the dictionaries and at every use, so
// each text shown stays the same; a key that could be built at run time keeps its name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { planShortKeys, renameKeys } from '../../scripts/short-message-keys.mjs';

const source = [
  "const fr = { 'form.title': 'Titre', 'form.count': { one: '{count} ligne', other: '{count} lignes' }, 'step.first': 'Un', 'step.last': 'Fin', 'doc.hint': 'Aide', 'doc.hint.more': 'Plus' };",
  "const en = { 'form.title': 'Title', 'form.count': { one: '{count} row', other: '{count} rows' }, 'step.first': 'One', 'step.last': 'End', 'doc.hint': 'Help', 'doc.hint.more': 'More' };",
  'const t = (lang, key) => ({ fr, en })[lang][key] ?? key;',
  "const step = (which) => t('en', `step.${which}`);",
  "const owner = { hint: 'x' }, doc = { hint: owner };",
  "export const shown = [t('fr', 'form.title'), t('en', 'form.count').other, step('last'), t('fr', 'doc.hint'), t('en', 'doc.hint.more'), doc.hint.more];",
].join('\n');

test('keys get short ids in the dictionaries and at each use; the texts shown stay the same', async () => {
  const ids = planShortKeys([{ code: source, renamed: true }], parseAst);
  const code = renameKeys(source, parseAst, ids).toString();
  // A template literal can build 'step.…'; 'doc.hint.more' is also written as code (a member expression):
  // those keep their names.
  assert.deepEqual([...ids.keys()].sort(), ['doc.hint', 'form.count', 'form.title']);
  for (const key of ['doc.hint.more', 'step.first', 'step.last']) assert.ok(code.includes(`'${key}'`), `${key} stays`);
  for (const [key, id] of ids) {
    assert.match(id, /^[a-zA-Z]{1,2}$/);
    assert.ok(!code.includes(`'${key}'`), `${key} is gone`);
  }
  assert.equal(new Set(ids.values()).size, ids.size, 'one id per key');
  assert.ok(code.includes('doc.hint.more]'), 'the member expression stays');
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.deepEqual(module.shown, ['Titre', '{count} rows', 'End', 'Aide', 'More', undefined]);
});

test('a key written inside another string keeps its name', () => {
  const ids = planShortKeys([{ code: "const fr = { 'a.b': 'x', 'c.d': 'y' }; export const note = 'see a.b';", renamed: true }], parseAst);
  assert.deepEqual([...ids.keys()], ['c.d']);
});

test('only the keys of the modules to rename change, and never one that another module also defines', () => {
  const ids = planShortKeys(
    [
      { code: "export const own = { 'form.title': 'Titre', 'shared.key': 'x' }; t('state.refused');", renamed: true },
      { code: "export const state = { 'state.refused': 'Refusé', 'shared.key': 'x' };", renamed: false },
    ],
    parseAst,
  );
  assert.deepEqual([...ids.keys()], ['form.title']);
  const code = renameKeys("t('form.title'); t('state.refused'); t('shared.key');", parseAst, ids).toString();
  assert.equal(code, "t(\"a\"); t('state.refused'); t('shared.key');");
});
