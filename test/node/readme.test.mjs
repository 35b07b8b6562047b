// The README's examples stay honest: its state-layer example runs against the built package,
// and every tag, attribute and event it names exists in custom-elements.json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFile, writeFile, rm } from 'node:fs/promises';

const readme = await readFile('README.md', 'utf8');

/** The README's tested `js` blocks, in order. */
const testedBlocks = [...readme.matchAll(/<!-- tested: test\/node\/readme\.test\.mjs[^>]*-->\s*```js\n([\s\S]*?)```/g)].map(
  (match) => match[1],
);

/** Runs a README block as a module after `prelude`, and returns what `names` hold at its end. */
async function runBlock(block, prelude, names) {
  const imports = [...block.matchAll(/^import[\s\S]*?;\s*$/gm)].map((match) => match[0]).join('\n');
  const body = block.replace(/^import[\s\S]*?;\s*$/gm, '');
  const file = new URL('./.readme-snippet.mjs', import.meta.url);
  await writeFile(file, `${imports}\n${prelude}\n${body}\nexport { ${names.join(', ')} };\n`);
  try {
    return await import(`${file.href}?${Date.now()}`);
  } finally {
    await rm(file, { force: true });
  }
}

/** Runs `action` with console.error collected. */
async function collectingErrors(action) {
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args);
  try {
    return { value: await action(), errors };
  } finally {
    console.error = original;
  }
}

const SESSION_AND_REPORTS = `
  const session = { id: 561, address: 'Collège Anne Frank', room: 'Salle 208', examiner: 'Paul Eluard',
    date: '2021-01-18', time: '09:00', accessCode: 'BCDF23', status: 'created' };
  const reports = [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon', isCompleted: false }];
`;

test('the state-layer example of the README runs, and is right about what buildPayload returns', async () => {
  const block = testedBlocks.find((text) => text.includes('createFinalisation'));
  assert.ok(block, 'the README has its tested state-layer block');
  const { value, errors } = await collectingErrors(() => runBlock(block, SESSION_AND_REPORTS, ['state', 'built', 'payload', 'result']));
  assert.deepEqual(errors, []);
  const { state, built, payload, result } = value;
  assert.equal(state.reports[0].abortReason, 'candidate');
  // buildPayload gives { ok, payload }, as the example says; the payload alone is the detail.
  assert.deepEqual(Object.keys(built).sort(), ['ok', 'payload']);
  assert.equal(built.ok, true);
  assert.equal(payload, built.payload);
  assert.equal(payload.certificationReports[0].abortReason, 'candidate');
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.requests.map((request) => `${request.method} ${request.path}`),
    ['POST /api/certification-reports/1199/abort', 'PUT /api/sessions/561/finalization'],
  );
  assert.equal(result.requests[1].body.data.included[0].attributes.lastName, 'Cotillon');
  const comment = /const built = buildPayload\(state\);\s*\/\/ (.*)/.exec(block)?.[1] ?? '';
  assert.match(comment, /\{ ok: true, payload \}/, 'the README says what buildPayload returns');
});

test("the README's Pix API example sends the aborts then the finalisation, stops at a failure, and refuses anything but the payload", async () => {
  const block = testedBlocks.find((text) => text.includes('toFinalisationRequest(event.detail'));
  assert.ok(block, 'the README has its tested Pix API block');
  const prelude = `
    ${SESSION_AND_REPORTS}
    const PIX_API_ORIGIN = 'https://api.pix.test';
    const token = 'secret';
    const wizard = new EventTarget();
    wizard.reports = reports;
    const calls = [];
    let failing = '/finalization';
    const fetch = async (url, init) => {
      calls.push({ url, init });
      if (!url.endsWith(failing)) return { ok: true, json: async () => ({}) };
      return { ok: false, status: 400, json: async () => ({ errors: [{ code: 'SESSION_ALREADY_FINALIZED' }] }) };
    };
    const failOn = (ending) => {
      failing = ending;
    };
  `;
  const { wizard, calls, failOn } = await runBlock(block, prelude, ['wizard', 'calls', 'failOn']);
  const finalise = (detail) => {
    const event = new Event('pix-finalise');
    event.detail = detail;
    event.respondWith = (promise) => {
      event.response = promise;
    };
    wizard.dispatchEvent(event);
    return event.response;
  };
  const payload = {
    sessionId: 561,
    examinerGlobalComment: null,
    hasIncident: true,
    hasJoiningIssue: false,
    certificationReports: [
      { certificationCourseId: 1199, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
    ],
  };

  await assert.rejects(finalise(payload), { code: 'SESSION_ALREADY_FINALIZED', status: 400 });
  assert.deepEqual(
    calls.map((call) => `${call.init.method} ${call.url}`),
    ['POST https://api.pix.test/api/certification-reports/1199/abort', 'PUT https://api.pix.test/api/sessions/561/finalization'],
  );
  assert.deepEqual(JSON.parse(calls[0].init.body), { data: { reason: 'candidate' } });
  assert.equal(calls[1].init.headers.authorization, 'Bearer secret');
  const put = JSON.parse(calls[1].init.body);
  assert.equal(put.data.included[0].attributes.firstName, 'Marion');
  assert.equal(put.data.attributes['has-incident'], true);

  // The first failure stops the sequence: the PUT is not sent after a refused abort.
  failOn('/abort');
  await assert.rejects(finalise(payload), { code: 'SESSION_ALREADY_FINALIZED' });
  assert.equal(calls.length, 3);
  assert.match(calls[2].url, /\/abort$/);

  // buildPayload's whole result is not a payload: refused, nothing sent.
  const { value, errors } = await collectingErrors(() => ({ response: finalise({ ok: true, payload }) }));
  await assert.rejects(value.response, { key: 'input.invalid' });
  assert.equal(calls.length, 3);
  assert.equal(errors.length, 1);
  assert.match(String(errors[0][0]), /buildPayload's result/);
});

test('every element, attribute and event the README names exists in the manifest', async () => {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const rows = [...readme.matchAll(/^\| `<(pix-[a-z-]+)>` \| (.*?) \| (.*?) \|$/gm)];
  assert.deepEqual(
    rows.map(([, tag]) => tag).sort(),
    elements.map((declaration) => declaration.tagName).sort(),
    'every element is in the README table',
  );
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
  const result = state.toFinalisationRequest(
    {
      sessionId: 561,
      examinerGlobalComment: null,
      hasIncident: false,
      hasJoiningIssue: false,
      certificationReports: [
        { certificationCourseId: 1199, hasSeenEndTestScreen: false, isCompleted: false, abortReason: 'candidate', issueReports: [] },
      ],
    },
    [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' }],
  );
  assert.equal(result.ok, true);
  const [abort, put] = result.requests;
  assert.deepEqual(abort, { method: 'POST', path: '/api/certification-reports/1199/abort', body: { data: { reason: 'candidate' } } });
  assert.equal(put.method, 'PUT');
  assert.equal(put.path, '/api/sessions/561/finalization');
  assert.equal(put.body.data.included[0].id, 'CertificationReport-1199');
  assert.equal(put.body.data.included[0].attributes.lastName, 'Cotillon');
  assert.match(readme, /PUT \/api\/sessions\/\{id\}\/finalization/);
  // The README's sequence shows the aborts, then the PUT, with what the helper gives.
  const section = readme.slice(readme.indexOf('#### The request sequence of a finalisation'));
  const lines = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const shown = [...lines.matchAll(/^(POST|PUT) +(\S+)/gm)].map((match) => `${match[1]} ${match[2]}`);
  const session561 = state.toFinalisationRequest(
    {
      sessionId: 561,
      examinerGlobalComment: null,
      hasIncident: false,
      hasJoiningIssue: false,
      certificationReports: [
        { certificationCourseId: 1199, hasSeenEndTestScreen: false, isCompleted: false, abortReason: 'candidate', issueReports: [] },
        { certificationCourseId: 1200, hasSeenEndTestScreen: false, isCompleted: false, abortReason: 'technical', issueReports: [] },
        { certificationCourseId: 1202, hasSeenEndTestScreen: false, isCompleted: true, abortReason: null, issueReports: [] },
      ],
    },
    [
      { certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon' },
      { certificationCourseId: 1200, firstName: 'Sophie', lastName: 'Marteau' },
      { certificationCourseId: 1202, firstName: 'Georges', lastName: 'Clounet' },
    ],
  );
  assert.deepEqual(
    shown,
    session561.requests.map((request) => `${request.method} ${request.path}`),
  );
  for (const request of session561.requests.slice(0, -1))
    assert.ok(lines.includes(JSON.stringify(request.body)), JSON.stringify(request.body));
  const included = JSON.stringify(session561.requests.at(-1).body.data.included[0]);
  assert.ok(lines.replace(/\n\s*/g, '').includes(included.slice(0, -1)), included);
});
