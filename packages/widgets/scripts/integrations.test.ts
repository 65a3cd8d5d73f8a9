// The editor and framework files scripts/integrations.mjs writes at build, checked against the
// manifest they come from and against package.json, which must point at them.
// Run after `npm run build -w @dtc/widgets`. (The typings are type-checked by the consumer
// checks, scripts/packages/checks/react.mjs and vue.mjs.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => {
  const file = join(pkg, path);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build -w @dtc/widgets\`.`);
  return readFileSync(file, 'utf8');
};

interface Element {
  tagName: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  members?: {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    readonly?: boolean;
  }[];
}
const manifest = JSON.parse(read('custom-elements.json')) as {
  modules: { declarations?: (Element & { customElement?: boolean })[] }[];
};
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);
const packageJson = JSON.parse(read('package.json')) as {
  exports: Record<string, string | Record<string, string>>;
  'web-types': string;
};

describe('integrations', () => {
  it('are exported, and every file package.json names exists', () => {
    const targets = [
      packageJson['web-types'],
      ...['./react-jsx', './preact-jsx', './vue'].map(
        (k) => (packageJson.exports[k] as Record<string, string>)['types']!,
      ),
      packageJson.exports['./vscode.html-data.json'] as string,
      packageJson.exports['./web-types.json'] as string,
    ];
    for (const target of targets) expect(existsSync(join(pkg, target)), target).toBe(true);
  });

  it('VS Code custom data has every element with its attributes, described', () => {
    const data = JSON.parse(read('dist/integrations/vscode.html-data.json')) as {
      version: number;
      tags: { name: string; description: string; attributes: { name: string }[] }[];
    };
    expect(data.version).toBe(1.1);
    expect(data.tags.map((t) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const e of elements) {
      const tag = data.tags.find((t) => t.name === e.tagName)!;
      expect(tag.description).not.toBe('');
      expect(tag.attributes.map((a) => a.name)).toEqual((e.attributes ?? []).map((a) => a.name));
    }
  });

  it('web-types has every element with its attributes, events and properties', () => {
    const data = JSON.parse(read('dist/integrations/web-types.json')) as {
      name: string;
      contributions: {
        html: {
          elements: {
            name: string;
            attributes: { name: string }[];
            events: { name: string }[];
            js: { properties: { name: string }[] };
          }[];
        };
      };
    };
    expect(data.name).toBe('@dtc/widgets');
    for (const e of elements) {
      const el = data.contributions.html.elements.find((x) => x.name === e.tagName);
      expect(el, e.tagName).toBeDefined();
      expect(el!.attributes.map((a) => a.name)).toEqual((e.attributes ?? []).map((a) => a.name));
      expect(el!.events.map((a) => a.name)).toEqual((e.events ?? []).map((a) => a.name));
      expect(el!.js.properties.length).toBeGreaterThan(0);
    }
  });

  it('JSX and Vue typings declare every tag, every event handler and every settable property', () => {
    const files = {
      react: read('dist/integrations/react-jsx.d.ts'),
      preact: read('dist/integrations/preact-jsx.d.ts'),
      vue: read('dist/integrations/vue.d.ts'),
    };
    expect(files.react).toContain("declare module 'react' {\n  namespace JSX {");
    expect(files.preact).toContain("declare module 'preact' {\n  namespace JSX {");
    expect(files.vue).toContain("declare module 'vue' {\n  interface GlobalComponents {");
    for (const e of elements) {
      for (const file of Object.values(files)) expect(file).toContain(`"${e.tagName}": `);
      for (const ev of e.events ?? []) {
        expect(files.react).toContain(`"on${ev.name}"?: (event: `);
        const pascal = ev.name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
        expect(files.vue).toContain(`"on${pascal}"?: (event: `);
      }
      const settable = (e.members ?? []).filter(
        (m) =>
          m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'),
      );
      for (const m of settable) expect(files.vue).toMatch(new RegExp(`\\b${m.name}\\?: \\w+\\["`));
    }
  });
});
