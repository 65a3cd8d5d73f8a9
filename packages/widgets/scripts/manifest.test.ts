// The built custom-elements.json, as a partner's tools read it from the package: every module
// it names is a published file, every public member says what it is, and no description is
// cut short by an `@` the JSDoc parser took for a tag. Run after `npm run build -w @dtc/widgets`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const manifestFile = join(pkg, 'custom-elements.json');

interface Described {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  [key: string]: unknown;
}
interface Declaration extends Described {
  customElement?: boolean;
  tagName?: string;
  members?: Described[];
  attributes?: Described[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: unknown[] }[];
}

function readManifest(): Manifest {
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: run \`npm run build -w @dtc/widgets\` first.`);
  }
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}

/** Every `path` and `module` string in the manifest, with where it was found. */
function modulePaths(node: unknown, where: string, out: [string, string][] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => modulePaths(n, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        if (!('package' in node)) out.push([value, `${where}.${key}`]);
      } else modulePaths(value, `${where}.${key}`, out);
    }
  }
  return out;
}

const isPublic = (m: Described) =>
  !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('#');

/** Every description an element's users read: the element, its public members, attributes,
 *  events, parts, custom properties and slots. */
function publicDescriptions(manifest: Manifest) {
  const out: { where: string; text: string }[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out.push({ where: `<${d.tagName}>`, text: [d.summary, d.description].join(' ').trim() });
      const groups = {
        member: (d.members ?? []).filter(isPublic),
        attribute: d.attributes ?? [],
        event: d.events ?? [],
        slot: d.slots ?? [],
        'CSS part': d.cssParts ?? [],
        'CSS property': d.cssProperties ?? [],
      };
      for (const [group, items] of Object.entries(groups)) {
        for (const item of items) {
          const name = item.name || '(default)';
          out.push({ where: `<${d.tagName}> ${group} ${name}`, text: item.description ?? '' });
        }
      }
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('custom-elements.json', () => {
  const manifest = readManifest();

  it('names only published files: dist/*.js, each present after the build', () => {
    const paths = modulePaths(manifest.modules, 'modules');
    expect(paths.length).toBeGreaterThan(20);
    const wrong = paths.filter(([p]) => !/^dist\/.+\.js$/.test(p) || !existsSync(join(pkg, p)));
    expect(wrong.map(([p, where]) => `${where}: ${p}`)).toEqual([]);
  });

  it('describes every element and every public member, attribute, event, part and property', () => {
    const texts = publicDescriptions(manifest);
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter((t) => !t.text.trim()).map((t) => t.where)).toEqual([]);
  });

  it('has no description cut short (every one ends a sentence)', () => {
    const cut = publicDescriptions(manifest)
      .filter((t) => t.text && !/[.)`!?:]$/.test(t.text.trim()))
      .map((t) => `${t.where}: …${t.text.slice(-50)}`);
    expect(cut).toEqual([]);
  });

  it('has no `@` in JSDoc prose that the parser would read as a tag (quote it: `@dtc/schema`)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(pkg, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
        for (const line of comment.split('\n')) {
          // Drop the comment markers, a leading tag (`@fires …`) and anything in backticks.
          const prose = line
            .replace(/^\s*(\/\*\*|\*\/|\*)?\s?/, '')
            .replace(/\*\/\s*$/, '')
            .replace(/^@\w+/, '')
            .replace(/`[^`]*`/g, '');
          if (/(^|\s)@[\w/-]/.test(prose)) found.push(`${file.slice(pkg.length)}: ${line.trim()}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('names the type of every event detail, so wrappers can type their handlers', () => {
    const untyped = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.events ?? []).map((e) => ({ d, e })))
      .filter(({ e }) => e.name.startsWith('dtc-') && !/^CustomEvent<\w+>$/.test(eventType(e)))
      .map(({ d, e }) => `<${d.tagName}> ${e.name}`);
    expect(untyped).toEqual([]);
  });
});

function eventType(e: Described): string {
  const type = e['type'] as { text?: string } | undefined;
  return type?.text ?? '';
}
