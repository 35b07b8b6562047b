// The Custom Elements Manifest describes the package as it ships, and the editors' data made
// from it lists every element. Runs after `npm run build` (custom-elements.json, dist/ and the
// editor files are its output).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = readJson('custom-elements.json');
const pkg = readJson('package.json');
const TAGS = [
  'pix-abandon-reason',
  'pix-candidate-report',
  'pix-certif-context',
  'pix-finalise-wizard',
  'pix-invigilator-space',
  'pix-session-details',
  'pix-session-form',
  'pix-session-list',
  'pix-student-enrolment',
];

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const elements = declarations.filter(({ declaration }) => declaration.customElement && declaration.tagName);
const elementOf = (tag) => elements.find(({ declaration }) => declaration.tagName === tag)?.declaration;

/** Every `[key, value]` pair of the manifest, however deep. */
function* entries(value) {
  if (Array.isArray(value)) for (const item of value) yield* entries(item);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield [key, child];
      yield* entries(child);
    }
  }
}

/** Every type text of the manifest (members, attributes, parameters, returns, events). */
const typeTexts = [...entries(manifest.modules)]
  .filter(([key, value]) => key === 'type' && typeof value?.text === 'string')
  .map(([, value]) => value.text);

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

test('module paths and references point at files the package ships', () => {
  const shipped = new Set(pkg.files);
  let references = 0;
  for (const [key, value] of entries(manifest.modules)) {
    if ((key !== 'path' && key !== 'module') || typeof value !== 'string') continue;
    references += 1;
    assert.match(value, /^dist\/.+\.js$/, `"${value}" is a shipped module of dist/`);
    assert.ok(existsSync(value), `${value} exists after the build`);
  }
  assert.ok(references > manifest.modules.length, 'declarations and exports refer to their modules');
  assert.ok(shipped.has('dist'), 'dist/ is in the package');
  assert.ok(
    manifest.modules.some((module) => module.path === 'dist/pix-certif-elements.bundle.js'),
    'the bundle is recorded under its own file',
  );
});

test('each tag is defined by its define module, with its class', () => {
  assert.deepEqual(elements.map(({ declaration }) => declaration.tagName).sort(), TAGS);
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((item) => item.kind === 'custom-element-definition').map((item) => ({ module: module.path, item })),
  );
  assert.deepEqual(definitions.map(({ item }) => item.name).sort(), TAGS, 'one definition per tag, and no other');
  for (const { module, item } of definitions) {
    assert.equal(module, `dist/define/${item.name}.js`);
    const element = elements.find(({ declaration }) => declaration.tagName === item.name);
    assert.equal(item.declaration.name, element.declaration.name, `${item.name} defines ${element.declaration.name}`);
    assert.equal(item.declaration.module, element.module.path, `${item.name}: the class's module`);
  }
});

test('private and protected members are hidden', () => {
  for (const { declaration } of declarations) {
    for (const member of declaration.members ?? []) {
      assert.ok(member.privacy !== 'private' && member.privacy !== 'protected', `${declaration.name}.${member.name} is ${member.privacy}`);
      assert.ok(!member.name.startsWith('#'), `${declaration.name}.${member.name}`);
    }
  }
  const wizard = elementOf('pix-finalise-wizard');
  const names = new Set(wizard.members.map((member) => member.name));
  for (const hidden of ['model', 'loadError', 'handover', 'locale', 't', 'renderInputError', 'styles', 'shadowRootOptions']) {
    assert.ok(!names.has(hidden), `pix-finalise-wizard: ${hidden} is not public`);
  }
  for (const shown of ['session', 'reports', 'catalogue', 'timeout', 'finalisation'])
    assert.ok(names.has(shown), `pix-finalise-wizard: ${shown}`);
});

test('alias types of values are written out', () => {
  const abandon = elementOf('pix-abandon-reason');
  const value = abandon.members.find((member) => member.name === 'value');
  assert.equal(value.type.text, "'candidate' | 'technical' | ''");
  assert.equal(abandon.attributes.find((attribute) => attribute.name === 'value').type.text, "'candidate' | 'technical' | ''");
  const tab = elementOf('pix-session-details').members.find((member) => member.name === 'tab');
  assert.equal(tab.type.text, "'details' | 'candidates'");
  // Whatever aliases of values the package declares (`export type X = 'a' | 'b'` or
  // `(typeof LIST)[number]`), none is left by name in the manifest.
  const aliases = new Set();
  for (const file of filesUnder('dist').filter((name) => name.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name, body] of text.matchAll(/export (?:declare )?type (\w+) = ([^;]+);/g)) {
      if (/^\(?typeof \w+\)?\[number\]$/.test(body.trim()) || /^(\s*\|?\s*('[^']*'|"[^"]*"|\d+)\s*)+$/.test(body)) aliases.add(name);
    }
  }
  assert.ok(aliases.has('AbortReason'), `the value aliases are found: ${[...aliases].join(', ')}`);
  for (const text of typeTexts) {
    for (const alias of aliases) assert.ok(!new RegExp(`\\b${alias}\\b`).test(text), `"${text}" names ${alias}`);
  }
});

test('defaults are values, not the names of constants', () => {
  const enrolment = elementOf('pix-student-enrolment');
  assert.equal(enrolment.members.find((member) => member.name === 'pageSize').default, '50', 'pix-student-enrolment.pageSize');
  assert.equal(enrolment.attributes.find((attribute) => attribute.name === 'page-size').default, '50', 'page-size attribute');
  for (const [key, value] of entries(manifest.modules)) {
    if (key !== 'default' || typeof value !== 'string') continue;
    assert.ok(!/^[A-Z][A-Z0-9_]*(\.[A-Za-z_]\w*)*$/.test(value), `default "${value}" is a constant's name`);
  }
});

const vscodeData = readJson('vscode.html-custom-data.json');
const webTypes = readJson('web-types.json');

test('VS Code custom data lists every tag with their attributes and events', () => {
  assert.ok(pkg.files.includes('vscode.html-custom-data.json'), 'shipped');
  assert.equal(vscodeData.version, 1.1);
  assert.deepEqual(vscodeData.tags.map((tag) => tag.name).sort(), TAGS);
  for (const tag of vscodeData.tags) {
    const element = elementOf(tag.name);
    assert.deepEqual(
      tag.attributes.map((attribute) => attribute.name),
      element.attributes.map((attribute) => attribute.name),
      `<${tag.name}> attributes`,
    );
    // Every element but the context, which only shares settings, tells the host what happens.
    if (tag.name !== 'pix-certif-context') assert.ok(element.events?.length > 0, `<${tag.name}> has events`);
    for (const event of element.events ?? [])
      assert.ok(tag.description.value.includes(`\`${event.name}\``), `<${tag.name}> documents ${event.name}`);
    assert.ok(tag.description.value.includes(`pix-certif-elements/define/${tag.name}.js`), `<${tag.name}> says what to import`);
  }
  const value = vscodeData.tags.find((tag) => tag.name === 'pix-abandon-reason').attributes.find((attribute) => attribute.name === 'value');
  assert.deepEqual(value.values, [{ name: 'candidate' }, { name: 'technical' }]);
  const persist = vscodeData.tags
    .find((tag) => tag.name === 'pix-finalise-wizard')
    .attributes.find((attribute) => attribute.name === 'persist-draft');
  assert.equal(persist.valueSet, 'v', 'a boolean attribute takes no value');
});

test('web-types.json lists every tag with their attributes and events, and package.json points at it', () => {
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('web-types.json'), 'shipped');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const webElements = webTypes.contributions.html.elements;
  assert.deepEqual(webElements.map((element) => element.name).sort(), TAGS);
  for (const webElement of webElements) {
    const element = elementOf(webElement.name);
    assert.deepEqual(webElement.source, { module: `pix-certif-elements/define/${webElement.name}.js`, symbol: element.name });
    assert.deepEqual(
      webElement.attributes.map((attribute) => [attribute.name, attribute.value.type]),
      element.attributes.map((attribute) => [attribute.name, attribute.type?.text ?? 'string']),
      `<${webElement.name}> attributes`,
    );
    assert.deepEqual(
      (webElement.events ?? []).map((event) => event.name),
      (element.events ?? []).map((event) => event.name),
      `<${webElement.name}> events`,
    );
    assert.deepEqual(webElement.js.events, webElement.events);
    assert.deepEqual(
      webElement.js.properties.map((property) => property.name),
      element.members.filter((member) => member.kind === 'field').map((member) => member.name),
      `<${webElement.name}> properties`,
    );
  }
  const wizard = webElements.find((element) => element.name === 'pix-finalise-wizard');
  assert.ok(wizard.events.some((event) => event.name === 'pix-finalise'));
  assert.deepEqual(
    wizard.attributes.find((attribute) => attribute.name === 'edition').value,
    { kind: 'plain', type: "'2021' | 'current' | undefined" },
    'the edition attribute lists its values',
  );
  const enrolment = webElements.find((element) => element.name === 'pix-student-enrolment');
  assert.equal(enrolment.attributes.find((attribute) => attribute.name === 'page-size').default, '50');
});
