// Writes the framework and editor integrations of @dtc/widgets from custom-elements.json, at
// build, so they say what the JSDoc over each element class says (docs/decisions/0008):
//   dist/integrations/react-jsx.d.ts         JSX typings for React 19 (`<dtc-assessment …>` in TSX)
//   dist/integrations/preact-jsx.d.ts        the same for Preact
//   dist/integrations/vue.d.ts               Vue `GlobalComponents` (templates type-checked by vue-tsc)
//   dist/integrations/vscode.html-data.json  VS Code custom HTML data (`html.customData`)
//   dist/integrations/web-types.json         JetBrains web-types (package.json `web-types`)
// Property types are written as indexed access on the element classes (`DtcAssessment['framework']`),
// so they are the classes' own types, never a second copy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);
const out = new URL('../dist/integrations/', import.meta.url);

const isPublic = (m) =>
  !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('#');

/** Every element with what a template can set and listen to, sorted by tag. */
function elementsOf(cem) {
  return cem.modules
    .flatMap((mod) => (mod.declarations ?? []).map((d) => ({ d, path: mod.path })))
    .filter(({ d }) => d.customElement && d.tagName)
    .map(({ d }) => {
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
      const settable = fields.filter((m) => !m.readonly);
      return {
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? '',
        description: d.description ?? '',
        properties: settable.map((m) => ({
          name: m.name,
          type: m.type?.text ?? 'unknown',
          description: m.description ?? '',
          attribute: m.attribute,
        })),
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          type: a.type?.text ?? 'string',
          field: a.fieldName,
          description: a.description ?? '',
        })),
        events: (d.events ?? []).map((e) => ({
          name: e.name,
          type: e.type?.text ?? 'Event',
          description: e.description ?? '',
        })),
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `dtc-response-change` → `DtcResponseChange`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
/** The detail type names an event's type mentions, e.g. `CustomEvent<ResponseChangeDetail>`. */
const eventTypeNames = (type) => [...type.matchAll(/CustomEvent<(\w+)>/g)].map((m) => m[1]);
const jsdoc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
const q = (s) => JSON.stringify(s);

const header = (what) =>
  `// ${what}, generated from custom-elements.json by scripts/integrations.mjs. Do not edit.\n`;

function typeImports(elements) {
  const names = new Set(elements.map((e) => e.className));
  for (const e of elements)
    for (const ev of e.events) eventTypeNames(ev.type).forEach((n) => names.add(n));
  return `import type {\n${[...names]
    .sort()
    .map((n) => `  ${n},`)
    .join('\n')}\n} from '../index.js';\n`;
}

/**
 * The props an element takes in a template: its properties (set as properties by React 19,
 * Preact and Vue), attributes whose names differ from a property, and event listeners.
 */
function propsInterface(e, eventProp) {
  const lines = [];
  for (const p of e.properties) {
    lines.push(jsdoc(p.description, '  ') + `  ${p.name}?: ${e.className}[${q(p.name)}];`);
  }
  for (const a of e.attributes) {
    if (e.properties.some((p) => p.name === a.name)) continue;
    const type = a.field ? `${e.className}[${q(a.field)}] | string` : 'string';
    lines.push(jsdoc(a.description, '  ') + `  ${q(a.name)}?: ${type};`);
  }
  for (const ev of e.events) {
    const type = ev.type.includes('CustomEvent') ? ev.type : 'Event';
    lines.push(
      jsdoc(ev.description, '  ') + `  ${q(eventProp(ev.name))}?: (event: ${type}) => void;`,
    );
  }
  return `/** What \`<${e.tag}>\` takes in a template. */
export interface ${e.className}Props {
${lines.join('\n')}
}
`;
}

/** React 19 and Preact: JSX intrinsic elements, the element's own props over the HTML ones. */
function jsx(elements, { framework, attributes, imports }) {
  const body = elements
    .map(
      (e) =>
        jsdoc(e.summary || e.description, '      ') +
        `      ${q(e.tag)}: Omit<${attributes(e.className)}, keyof ${e.className}Props> &\n` +
        `        ${e.className}Props;`,
    )
    .join('\n');
  return (
    header(`JSX typings for ${framework}`) +
    imports +
    typeImports(elements) +
    '\n' +
    elements.map((e) => propsInterface(e, (n) => `on${n}`)).join('\n') +
    `\ndeclare module '${framework.toLowerCase().split(' ')[0]}' {\n  namespace JSX {\n    interface IntrinsicElements {\n${body}\n    }\n  }\n}\n`
  );
}

const reactJsx = (elements) =>
  jsx(elements, {
    framework: 'React 19',
    attributes: (c) => `React.DetailedHTMLProps<React.HTMLAttributes<${c}>, ${c}>`,
    imports:
      `// Use: \`import type {} from '@dtc/widgets/react-jsx';\` once in the app (or list it in tsconfig "types").\n` +
      `// React 19 sets a prop as a property when the element has one, and \`on<event-name>\` listens\n` +
      `// to that event (\`ondtc-response-change\`). For camel-case event props, use @dtc/react.\n` +
      `import type * as React from 'react';\n`,
  });

const preactJsx = (elements) =>
  jsx(elements, {
    framework: 'Preact',
    attributes: (c) => `JSXInternal.HTMLAttributes<${c}>`,
    imports:
      `// Use: \`import type {} from '@dtc/widgets/preact-jsx';\` once in the app (or list it in tsconfig "types").\n` +
      `// Preact sets a prop as a property when the element has one; \`on<event-name>\` listens to it.\n` +
      `import type { JSX as JSXInternal } from 'preact';\n`,
  });

function vue(elements) {
  const body = elements
    .map(
      (e) =>
        jsdoc(e.summary || e.description, '    ') +
        `    ${q(e.tag)}: DefineComponent<${e.className}Props>;`,
    )
    .join('\n');
  return (
    header('Vue GlobalComponents declarations') +
    `// Use: \`import type {} from '@dtc/widgets/vue';\` once in the app (or list it in tsconfig "types"),\n` +
    `// and treat \`dtc-\` tags as custom elements (\`compilerOptions.isCustomElement\`). Bind properties\n` +
    `// with \`:framework="…"\` and listen with \`@dtc-response-change="…"\`.\n` +
    `import type { DefineComponent } from 'vue';\n` +
    typeImports(elements) +
    '\n' +
    elements.map((e) => propsInterface(e, (n) => `on${pascal(n)}`)).join('\n') +
    `\ndeclare module 'vue' {\n  interface GlobalComponents {\n${body}\n  }\n}\n`
  );
}

/** The quoted string values of a union type (`'a' | 'b'`), or none when it is not one. */
function unionValues(type) {
  const parts = type
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== 'undefined');
  return parts.length && parts.every((s) => /^'[^']*'$/.test(s))
    ? parts.map((s) => s.slice(1, -1))
    : [];
}

/** A link to the element's API reference, when package.json says where the project lives. */
const referenceUrl = (e) => {
  const repo = typeof pkg.repository === 'object' ? pkg.repository.url : pkg.repository;
  const base = String(repo ?? '')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
  return base.startsWith('https://github.com/')
    ? `${base}/blob/main/packages/widgets/API.md#${e.tag}`
    : undefined;
};

function vscode(elements) {
  return {
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: [e.summary, e.description].filter(Boolean).join('\n\n'),
      attributes: e.attributes.map((a) => {
        const values = unionValues(a.type);
        return {
          name: a.name,
          description: a.description,
          ...(a.type === 'boolean' && { valueSet: 'v' }),
          ...(values.length && { values: values.map((name) => ({ name })) }),
        };
      }),
      ...(referenceUrl(e) && { references: [{ name: 'API', url: referenceUrl(e) }] }),
    })),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: [e.summary, e.description].filter(Boolean).join('\n\n'),
          ...(referenceUrl(e) && { 'doc-url': referenceUrl(e) }),
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            value: { type: a.type, ...(a.type === 'boolean' && { required: false }) },
          })),
          slots: e.slots.map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
          js: {
            properties: e.properties.map((p) => ({
              name: p.name,
              type: p.type,
              description: p.description,
            })),
            events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
          },
          css: {
            properties: e.cssProperties.map((p) => ({
              name: p.name,
              description: p.description ?? '',
            })),
            parts: e.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

const elements = elementsOf(manifest);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('react-jsx.d.ts', out), reactJsx(elements));
writeFileSync(new URL('preact-jsx.d.ts', out), preactJsx(elements));
writeFileSync(new URL('vue.d.ts', out), vue(elements));
writeFileSync(
  new URL('vscode.html-data.json', out),
  `${JSON.stringify(vscode(elements), null, 2)}\n`,
);
writeFileSync(new URL('web-types.json', out), `${JSON.stringify(webTypes(elements), null, 2)}\n`);
console.log(`integrations: ${elements.length} elements → dist/integrations/`);
