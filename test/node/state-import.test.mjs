// The built `pix-certif-elements/state` entry works in plain Node (a host's server, a script),
// with no DOM and no Lit.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('pix-certif-elements/state imports and runs in Node', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const state = await import('pix-certif-elements/state');
  assert.deepEqual(Object.keys(state.CATALOGUES), ['2021', '2022', 'current']);

  const created = state.createFinalisation({
    session: {
      id: 296,
      address: 'Collège Anne Frank',
      room: 'Salle 208',
      examiner: 'Paul Eluard',
      date: '2020-12-14',
      time: '12:00',
      accessCode: 'VRRJ30',
      status: 'created',
    },
    reports: [{ certificationCourseId: 487, lastName: 'Bernier', firstName: 'Faye', isCompleted: true }],
  });
  assert.equal(created.ok, true);
  const payload = state.buildPayload(created.state);
  assert.equal(payload.ok, true);
  assert.equal(state.FinalisationPayloadSchema.safeParse(payload.payload).success, true);

  const checked = state.validateIssueReport(state.CATALOGUE_2021, { category: 'OTHER', description: '  ' });
  assert.equal(checked.ok, false);
  assert.equal(state.translate(checked.errors.description.key), 'Veuillez décrire le signalement.');
  assert.equal(state.translate(checked.errors.description.key, {}, 'en'), 'Please describe the incident.');
});

test('the state entry never loads Lit', async () => {
  await import('pix-certif-elements/state');
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  const visited = new Set();
  async function walk(file) {
    if (visited.has(file)) return;
    visited.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
      assert.ok(!/^(lit|@lit)/.test(specifier), `${file} imports ${specifier}`);
      if (specifier.startsWith('.')) await walk(fileURLToPath(new URL(specifier, `file://${file}`)));
    }
  }
  await walk(fileURLToPath(import.meta.resolve('pix-certif-elements/state')));
  assert.ok(visited.size > 3);
});
