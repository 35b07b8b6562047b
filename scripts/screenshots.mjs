#!/usr/bin/env node
// Renders stories of the built Storybook (storybook-static/) in headless Chromium and saves
// PNG screenshots, to look at the elements as their users see them.
//   node scripts/screenshots.mjs [story-id-substring ...]   → screenshots/<story-id>.png
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const filters = process.argv.slice(2);
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id)
  .filter((id) => filters.length === 0 || filters.some((filter) => id.includes(filter)));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
await mkdir('screenshots', { recursive: true });
const page = await browser.newPage();
await page.setViewport({ width: 1100, height: 800 });
const problems = [];
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(message.text());
});
page.on('pageerror', (error) => problems.push(String(error)));
for (const id of ids) {
  problems.length = 0;
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 600));
  await page.screenshot({ path: `screenshots/${id}.png`, fullPage: true });
  console.log(`${id}${problems.length ? `  console errors: ${problems.join(' | ')}` : ''}`);
}
await browser.close();
server.close();
