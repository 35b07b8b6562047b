#!/usr/bin/env node
// Writes the editors' data from the Custom Elements Manifest, so that an editor completes the
// tags, their attributes (with their values) and documents their events:
//   vscode.html-custom-data.json   VS Code's HTML custom data (the `html.customData` setting)
//   web-types.json                 JetBrains Web Types (the package.json `web-types` field)
// Run by `npm run build` after `cem analyze` (it reads custom-elements.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// --- the elements, as the manifest describes them --------------------------------------------

/** The module that defines each tag: `dist/define/pix-….js` → `pix-certif-elements/define/pix-….js`. */
const definitions = new Map();
for (const module of manifest.modules) {
  for (const item of module.exports ?? []) {
    if (item.kind === 'custom-element-definition') definitions.set(item.name, module.path.replace(/^dist\//, `${pkg.name}/`));
  }
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    module: definitions.get(declaration.tagName),
    description: declaration.summary ?? declaration.description ?? '',
    attributes: declaration.attributes ?? [],
    properties: (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static),
    events: (declaration.events ?? []).filter((event) => event.name),
  }));
if (elements.length === 0) throw new Error('custom-elements.json declares no custom element: run `cem analyze` first.');
for (const element of elements) {
  if (!element.module) throw new Error(`<${element.tag}> has no definition in custom-elements.json.`);
}

/** The string values a type allows (`'candidate' | 'technical' | ''` → candidate, technical), if it is only those. */
function stringValues(type) {
  const parts = (type ?? '').split(' | ').filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return [];
  return parts.map((part) => part.slice(1, -1)).filter((value) => value !== '');
}

const isBoolean = (type) => (type ?? '').split(' | ').every((part) => part === 'boolean' || part === 'undefined');

function attributeText(attribute) {
  const details = [
    attribute.type?.text ? `Type: \`${attribute.type.text}\`` : '',
    attribute.default !== undefined ? `Default: \`${attribute.default}\`` : '',
  ].filter(Boolean);
  return [attribute.description ?? '', details.join('. ')].filter(Boolean).join('\n\n');
}

function elementText(element) {
  const events = element.events.map(
    (event) => `- \`${event.name}\`${event.type?.text ? ` (\`${event.type.text}\`)` : ''}: ${event.description ?? ''}`,
  );
  const parts = [element.description, `Import: \`import '${element.module}';\``];
  if (events.length) parts.push(`Events:\n${events.join('\n')}`);
  return parts.join('\n\n');
}

const docUrl = pkg.homepage;

// --- vscode.html-custom-data.json ------------------------------------------------------------

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: { kind: 'markdown', value: elementText(element) },
    attributes: element.attributes.map((attribute) => {
      const values = stringValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: { kind: 'markdown', value: attributeText(attribute) },
        // "v": VS Code's value set of attributes without a value (a boolean attribute).
        ...(isBoolean(attribute.type?.text) ? { valueSet: 'v' } : {}),
        ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    references: docUrl ? [{ name: pkg.name, url: docUrl }] : [],
  })),
};

// --- web-types.json --------------------------------------------------------------------------

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => {
        const events = element.events.map((event) => ({ name: event.name, description: event.description ?? '' }));
        return {
          name: element.tag,
          description: element.description,
          ...(docUrl ? { 'doc-url': docUrl } : {}),
          source: { module: element.module, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            required: false,
            value: isBoolean(attribute.type?.text)
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: attribute.type?.text ?? 'string' },
          })),
          events,
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description ?? '',
              ...(property.type?.text ? { type: property.type.text } : {}),
              ...(property.readonly ? { 'read-only': true } : {}),
            })),
            events,
          },
        };
      }),
    },
  },
};

const write = (file, data) => writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', vscode);
write('web-types.json', webTypes);
console.log(`editor data: ${elements.length} elements → vscode.html-custom-data.json, web-types.json`);
