#!/usr/bin/env node
// Serves the repository for the demo host page (demo/index.html) with a strict
// Content-Security-Policy: the elements need no inline script, no inline style, no eval.
//   npm run build && node scripts/serve-demo.mjs   → http://localhost:8080/demo/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
// What the page may load: itself, the built library, and Pix's fonts (installed with @fontsource).
const SERVED = /^\/(demo|dist|node_modules\/@fontsource\/(nunito|roboto|roboto-mono))\//;

export function startDemoServer(port = Number(process.env.PORT ?? 8080)) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !SERVED.test(file.slice(root.length))) {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': DEMO_CSP,
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startDemoServer();
  console.log(`Demo: http://localhost:${server.address().port}/demo/  (CSP: ${DEMO_CSP})`);
}
