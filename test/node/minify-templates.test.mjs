// The build's template minifier: only white space and comments inside the library's own `css`
// and `html` templates go; what they render stays the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import minifyTemplates, { minifyCss, minifyHtml } from '../../scripts/minify-templates.mjs';

test('CSS loses comments and white space, keeps what needs a space', () => {
  const css = `
    /* Filter */
    .a,
    .b > .c {
      margin: 0 auto;
      inset-block-start: calc(100% + var(--_space-1));
    }
    .d :hover { color: red; }
  `;
  assert.equal(minifyCss(css), ' .a,.b > .c{margin:0 auto;inset-block-start:calc(100% + var(--_space-1))}.d :hover{color:red}');
});

test('HTML: line breaks between tags go, a line break inside text becomes one space', () => {
  const html = `<div class="x">
      <span>Nom</span>
      Prénom
      et nom
    </div>`;
  assert.equal(minifyHtml(html), '<div class="x"><span>Nom</span> Prénom et nom </div>');
  assert.equal(minifyHtml('<b>a</b> <i>b</i>'), '<b>a</b> <i>b</i>', 'a space on one line is kept');
});

test('only the static parts of css`` and html`` templates change, expressions stay', async () => {
  const source = [
    "const css = (s, ...v) => s.raw.join('|') + v.join(',');",
    'const html = css;',
    'const other = css;',
    "export const styles = css`\n  .a {\n    color: ${'red'};\n  }\n`;",
    "export const view = html`<p>\n  ${'x'}\n</p>\n<p>${html`<b>\n</b>`}</p>`;",
    'export const kept = other`\n  a  b\n`;',
    "export const text = '\\n  .a {\\n  }';",
  ].join('\n');
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'source',
        resolveId: (id) => (id === 'entry' ? '/src/entry.ts' : null),
        load: (id) => (id === '/src/entry.ts' ? source : null),
      },
      minifyTemplates(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  const module = await import(`data:text/javascript,${encodeURIComponent(output[0].code)}`);
  assert.equal(module.styles, ' .a{color:|}red');
  assert.equal(module.view, '<p> | </p><p>|</p>x,<b></b>');
  assert.equal(module.kept, '\n  a  b\n', 'other tags are left alone');
  assert.equal(module.text, '\n  .a {\n  }', 'plain strings are left alone');
});
