import { openBenchPage } from './harness.mjs';
const [call, size, reps] = [process.argv[2] ?? 'refresh', Number(process.argv[3] ?? 1000), Number(process.argv[4] ?? 30)];
const { page, close } = await openBenchPage('bench/pages/scaling.html');
await page.evaluate(`bench.${call}(${size})`);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
let total = 0;
for (let i = 0; i < reps; i++) total += await page.evaluate(`bench.${call}(${size})`);
const { profile } = await cdp.send('Profiler.stop');
console.log('mean per call of 5:', (total / reps).toFixed(2), 'ms');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const sum = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', ((100 * v) / sum).toFixed(1).padStart(5), '%', k);
await close();
