#!/usr/bin/env node
// Renders every story and docs page of the built Storybook (storybook-static/) in headless Chromium.
//   node scripts/stories.mjs                 checks each story and docs page: no console error, no
//                                            axe violation (WCAG 2.2 AA tags), and each link of a
//                                            docs page leads to a page or heading that exists
//   node scripts/stories.mjs --screenshots   also saves screenshots/<story-id>.png
//   extra arguments filter the stories by id substring
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const filters = args.filter((arg) => !arg.startsWith('--'));
const root = 'storybook-static';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (!existsSync(join(root, 'index.json'))) {
  console.error('Build Storybook first: npm run build-storybook');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));

const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
if (screenshots) await mkdir('screenshots', { recursive: true });
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const page = await browser.newPage();
await page.setViewport({ width: 1100, height: 800 });
let problems = [];
page.on('console', (message) => {
  if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(message.text());
});
page.on('pageerror', (error) => problems.push(String(error)));
page.on('requestfailed', () => {});

/**
 * Runs axe on the story. Storybook's accessibility panel runs axe in the same page on its own, and
 * axe refuses a second run while one is going: wait for it and try again.
 */
async function runAxe(rootSelector) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(
        async (tags, selector) => {
          const results = await window.axe.run(document.querySelector(selector) ?? document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return results.violations.map(
            (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
          );
        },
        WCAG_TAGS,
        rootSelector,
      );
    } catch (error) {
      if (attempt >= 50 || !/Axe is already running/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * The links of a docs page that lead nowhere: `?path=/docs/…` or `?path=/story/…` to an entry
 * the index lacks, `#…` to no element of the page. Links out of Storybook are not followed.
 */
async function brokenLinks() {
  const links = await page.$$eval('#storybook-docs a[href]', (anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent.trim(), target: anchor.hash.slice(1) })),
  );
  const broken = [];
  for (const link of links) {
    const path = /^\?path=\/(docs|story)\/([^#&]+)/.exec(link.href);
    if (path) {
      if (!index.entries[decodeURIComponent(path[2])]) broken.push(`link "${link.text}" to ${link.href}: no such page`);
    } else if (link.href.startsWith('#')) {
      const found = await page.evaluate((id) => document.getElementById(decodeURIComponent(id)) !== null, link.target);
      if (!found) broken.push(`link "${link.text}" to ${link.href}: no such heading`);
    } else if (!/^(https?:|mailto:)/.test(link.href)) {
      broken.push(`link "${link.text}" to ${link.href}: not a Storybook path`);
    }
  }
  return { checked: links.length, broken };
}

let failed = 0;
for (const story of stories) {
  problems = [];
  const docs = story.type === 'docs';
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=${docs ? 'docs' : 'story'}`, { waitUntil: 'load' });
  // Let play functions and elements settle.
  const root = docs ? '#storybook-docs' : '#storybook-root';
  const rendered = docs ? '#storybook-docs .sbdocs-content' : '#storybook-root > *';
  await page.waitForFunction((selector) => document.querySelector(selector) !== null, { timeout: 10000 }, rendered).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, docs ? 1000 : 400));
  const expectsError = (story.tags ?? []).includes('expect-console-error');
  await page.evaluate(axeSource);
  const links = docs ? await brokenLinks() : { checked: 0, broken: [] };
  const violations = [...(await runAxe(root)), ...links.broken];
  if (screenshots) await page.screenshot({ path: `screenshots/${story.id}.png`, fullPage: true });
  const consoleProblems = expectsError ? [] : problems;
  const ok = violations.length === 0 && consoleProblems.length === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.id}${docs ? ` (${links.checked} links)` : ''}`);
  for (const line of [...violations, ...consoleProblems.map((text) => `console: ${text}`)]) console.log(`     ${line}`);
}
await browser.close();
server.close();
console.log(`\n${stories.length - failed}/${stories.length} stories and docs pages without console error, axe violation or broken link`);
if (failed > 0 || stories.length === 0) process.exit(1);
