import { openBenchPage } from './harness.mjs';
const [path, ...exprs] = process.argv.slice(2);
const { page, errors, close } = await openBenchPage(path);
try {
  for (const expr of exprs) console.log(expr.slice(0, 60), '→', JSON.stringify(await page.evaluate(expr)));
} catch (e) { console.log(String(e).slice(0, 500)); }
console.log(errors.join('\n'));
await close();
