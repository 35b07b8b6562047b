// The README's examples stay honest: its state-layer example runs against the built package,
// and every tag, attribute and event it names exists in custom-elements.json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFile, writeFile, rm } from 'node:fs/promises';

const readme = await readFile('README.md', 'utf8');

test('the state-layer example of the README runs and logs nothing unexpected', async () => {
  const block = /<!-- tested: test\/node\/readme\.test\.mjs[^>]*-->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'the README has its tested block');
  const prelude = `
    const session = { id: 561, address: 'Collège Anne Frank', room: 'Salle 208', examiner: 'Paul Eluard',
      date: '2021-01-18', time: '09:00', accessCode: 'BCDF23', status: 'created' };
    const reports = [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon', isCompleted: false }];
  `;
  const imports = [...block.matchAll(/^import[\s\S]*?;\s*$/gm)].map((match) => match[0]).join('\n');
  const body = block.replace(/^import[\s\S]*?;\s*$/gm, '');
  const file = new URL('./.readme-snippet.mjs', import.meta.url);
  await writeFile(file, `${imports}\n${prelude}\n${body}\nexport { state, payload };\n`);
  try {
    const errors = [];
    const original = console.error;
    console.error = (...args) => errors.push(args);
    const { state, payload } = await import(`${file.href}?${Date.now()}`);
    console.error = original;
    assert.deepEqual(errors, []);
    assert.equal(state.reports[0].abortReason, 'candidate');
    assert.equal(payload.ok, true);
    assert.equal(payload.payload.certificationReports[0].abortReason, 'candidate');
  } finally {
    await rm(file, { force: true });
  }
});

test('every element, attribute and event the README names exists in the manifest', async () => {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const rows = [...readme.matchAll(/^\| `<(pix-[a-z-]+)>` \| (.*?) \| (.*?) \|$/gm)];
  assert.equal(rows.length, 6, 'the six elements are in the README table');
  for (const [, tag, inputs, events] of rows) {
    const element = elements.find((declaration) => declaration.tagName === tag);
    assert.ok(element, `${tag} is in the manifest`);
    const attributes = new Set((element.attributes ?? []).map((attribute) => attribute.name));
    const members = new Set((element.members ?? []).map((member) => member.name));
    for (const [, name] of inputs.matchAll(/`([^`]+)`/g)) {
      for (const part of name.split(' / ')) {
        const clean = part
          .replace(/^\./, '')
          .replace(/\(\)$/, '')
          .replace(/"[^"]*"/g, '')
          .trim();
        if (!clean || clean.startsWith('"')) continue;
        assert.ok(attributes.has(clean) || members.has(clean), `${tag}: README names "${clean}"`);
      }
    }
    const eventNames = new Set((element.events ?? []).map((event) => event.name));
    for (const [, name] of events.matchAll(/`([^`]+)`/g)) assert.ok(eventNames.has(name), `${tag}: README names event "${name}"`);
  }
});

test('the Pix API helpers the README names exist, and the finalisation request is the one it describes', async () => {
  const state = await import('pix-certif-elements/state');
  const named = [...new Set([...readme.matchAll(/\b(to[A-Z]\w+Request)\b/g)].map((match) => match[1]))];
  assert.ok(named.length >= 6, `the README names the helpers: ${named.join(', ')}`);
  for (const name of named) assert.equal(typeof state[name], 'function', `${name} is exported by pix-certif-elements/state`);
  const request = state.toFinalisationRequest(
    {
      sessionId: 561,
      examinerGlobalComment: null,
      certificationReports: [{ certificationCourseId: 1199, hasSeenEndTestScreen: false, isCompleted: false, abortReason: 'candidate' }],
    },
    [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' }],
  );
  assert.equal(request.method, 'PUT');
  assert.equal(request.url, '/api/sessions/561/finalization');
  assert.equal(request.body.data.included[0].attributes.lastName, 'Cotillon');
  assert.match(readme, /PUT \/api\/sessions\/\{id\}\/finalization/);
});
