// The API page of one element, read from custom-elements.json (the standard Custom Elements
// Manifest schema, https://github.com/webcomponents/custom-elements-manifest), so the page
// follows the elements' JSDoc without being written twice.
import * as React from 'react';
import { AnchorMdx, Source } from '@storybook/addon-docs/blocks';
import manifestJson from '../../custom-elements.json';

interface TypeRef {
  text: string;
}
interface Named {
  name: string;
  description?: string;
  summary?: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  type?: TypeRef;
  default?: string;
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  parameters?: (Named & { type?: TypeRef; optional?: boolean })[];
  return?: { type?: TypeRef };
}
interface Attribute extends Named {
  type?: TypeRef;
  default?: string;
  fieldName?: string;
}
interface ElementDeclaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  events?: (Named & { type?: TypeRef })[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: (Named & { default?: string; syntax?: string })[];
  cssStates?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

const manifest = manifestJson as unknown as Manifest;

/** The platform's and Lit's callbacks: the element calls them itself, a host never does. */
const CALLBACKS =
  /^(connected|disconnected|adopted|attributeChanged|form[A-Z]\w*)Callback$|^(render|update|updated|firstUpdated|willUpdate|shouldUpdate)$/;

const isPublic = (member: Member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

function findElement(tag: string): ElementDeclaration | undefined {
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

/** Text of the JSDoc: `code` spans become code, line breaks inside a paragraph become spaces. */
function Prose({ text }: { text?: string }) {
  if (!text) return null;
  const parts = text.replace(/\s*\n\s*/g, ' ').split(/`([^`]+)`/);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}

function Code({ text }: { text?: string }) {
  return text ? <code>{text}</code> : null;
}

/** A manifest entry's name as the id of its table row, so a reader can link to it. */
const anchor = (tag: string, kind: string, name: string) => `${tag}-${kind}-${name.replace(/[^\w-]/g, '')}`;

interface Row {
  property?: string;
  attribute?: string;
  type?: string;
  defaultValue?: string;
  description?: string;
  notes: string[];
}

/** Properties and their attributes in one table: a host sets one or the other. */
function propertyRows(element: ElementDeclaration): Row[] {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const rows: Row[] = fields.map((field) => {
    const attribute = field.attribute ?? element.attributes?.find((candidate) => candidate.fieldName === field.name)?.name;
    const notes = [];
    if (field.readonly) notes.push('read-only');
    if (field.reflects) notes.push('reflected to its attribute');
    return {
      property: field.name,
      attribute,
      type: field.type?.text,
      defaultValue: field.default,
      description: field.description ?? field.summary,
      notes,
    };
  });
  // An attribute without a public field (it can only be set as an attribute).
  for (const attribute of element.attributes ?? []) {
    if (rows.some((row) => row.attribute === attribute.name)) continue;
    const field = fields.find((candidate) => candidate.name === attribute.fieldName);
    rows.push({
      property: field?.name,
      attribute: attribute.name,
      type: attribute.type?.text,
      defaultValue: attribute.default,
      description: attribute.description,
      notes: [],
    });
  }
  return rows;
}

function signature(method: Member): string {
  const parameters = (method.parameters ?? [])
    .map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`)
    .join(', ');
  return `${method.name}(${parameters})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      {children}
    </>
  );
}

function NamedTable({ tag, kind, entries, nameOf }: { tag: string; kind: string; entries: Named[]; nameOf: (name: string) => string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">name</th>
          <th scope="col">description</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.name} id={anchor(tag, kind, entry.name)}>
            <td>
              <Code text={nameOf(entry.name)} />
            </td>
            <td>
              <Prose text={entry.description ?? entry.summary} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The API of the element `tag`: what it is, how to load it, its properties and attributes with
 * types and defaults, its methods, events, slots, parts, custom properties and states.
 */
export function ElementApi({ tag, stories }: { tag: string; stories?: string }) {
  const element = findElement(tag);
  if (!element) return <p>{`<${tag}> is not in custom-elements.json: run \`npm run manifest\`.`}</p>;
  const properties = propertyRows(element);
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member) && !CALLBACKS.test(member.name));
  const events = element.events ?? [];
  const slots = element.slots ?? [];
  const parts = element.cssParts ?? [];
  const customProperties = element.cssProperties ?? [];
  const states = element.cssStates ?? [];
  return (
    <>
      <h1>
        <code>{`<${tag}>`}</code>
      </h1>
      <p>
        <Prose text={[element.summary, element.description].filter(Boolean).join(' ')} />
      </p>
      <Source
        language="jsx"
        dark={false}
        code={`import 'pix-certif-elements/define/${tag}.js'; // registers <${tag}> alone\n// or: import 'pix-certif-elements'; // registers every element`}
      />
      <p>
        Class <code>{element.name}</code>.{' '}
        {stories ? (
          <>
            See it at work in{' '}
            <AnchorMdx href={stories} target="_self">
              its stories
            </AnchorMdx>
            .
          </>
        ) : null}
      </p>

      <Section title="Properties and attributes" count={properties.length}>
        <p>
          Objects and arrays are set as properties (<code>element.session = …</code>); the others also as attributes, whose names are given.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">property</th>
              <th scope="col">attribute</th>
              <th scope="col">type</th>
              <th scope="col">default</th>
              <th scope="col">description</th>
            </tr>
          </thead>
          <tbody>
            {properties.map((row) => (
              <tr key={row.property ?? row.attribute} id={anchor(tag, 'property', row.property ?? row.attribute ?? '')}>
                <td>
                  <Code text={row.property} />
                </td>
                <td>
                  <Code text={row.attribute} />
                </td>
                <td>
                  <Code text={row.type} />
                </td>
                <td>
                  <Code text={row.defaultValue} />
                </td>
                <td>
                  <Prose text={row.description} />
                  {row.notes.length > 0 ? ` (${row.notes.join(', ')})` : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Methods" count={methods.length}>
        <table>
          <thead>
            <tr>
              <th scope="col">method</th>
              <th scope="col">description</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((method) => (
              <tr key={method.name} id={anchor(tag, 'method', method.name)}>
                <td>
                  <Code text={signature(method)} />
                </td>
                <td>
                  <Prose text={method.description ?? method.summary} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Events" count={events.length}>
        <p>
          Every event bubbles and is composed; <code>addEventListener</code> is typed with its class in TypeScript.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">event</th>
              <th scope="col">class</th>
              <th scope="col">when, and its detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.name} id={anchor(tag, 'event', event.name)}>
                <td>
                  <Code text={event.name} />
                </td>
                <td>
                  <Code text={event.type?.text} />
                </td>
                <td>
                  <Prose text={event.description ?? event.summary} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Slots" count={slots.length}>
        <NamedTable tag={tag} kind="slot" entries={slots} nameOf={(name) => (name ? `slot="${name}"` : '(default)')} />
      </Section>

      <Section title="CSS parts" count={parts.length}>
        <NamedTable tag={tag} kind="part" entries={parts} nameOf={(name) => `${tag}::part(${name})`} />
      </Section>

      <Section title="CSS custom properties" count={customProperties.length}>
        <NamedTable tag={tag} kind="css-property" entries={customProperties} nameOf={(name) => name} />
      </Section>

      <Section title="CSS states" count={states.length}>
        <NamedTable tag={tag} kind="state" entries={states} nameOf={(name) => `${tag}:state(${name})`} />
      </Section>
    </>
  );
}
