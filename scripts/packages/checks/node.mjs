// Node loads every package and subpath export, both ways a server or script does:
// ESM `import` and CommonJS `require` (Node 20.19+ can require ES modules through a
// `default` export condition). Wildcard subpaths (`@dtc/widgets/<element>`) are expanded to
// every file the installed package holds for them, so a new element is checked without
// touching this file. Then the README examples tagged ```ts node run against the install.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readmeExamples } from '../examples.mjs';

export const name = 'node';
export const tools = ['esbuild'];

/** The file an export target gives Node's `import` (the first of `import`, `default`, `node`). */
function importTarget(target) {
  if (typeof target === 'string') return target;
  if (!target || typeof target !== 'object') return null;
  for (const condition of ['node', 'import', 'default']) {
    if (condition in target) return importTarget(target[condition]);
  }
  return null;
}

/**
 * The specifiers a wildcard export stands for: one per entry of the installed package that
 * fills the `*` (targets with one `*`), a directory (`./*` → `./dist/*\/define.js`) or a
 * file (`./namespaces/*` → `./dist/namespaces/*.js`).
 */
function expandWildcard(pkgDir, key, target) {
  const [before, after] = target.split('*');
  const parent = join(pkgDir, before.slice(0, before.lastIndexOf('/') + 1));
  const namePrefix = before.slice(before.lastIndexOf('/') + 1);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((entry) => entry.startsWith(namePrefix))
    .map((entry) => entry.slice(namePrefix.length))
    .flatMap((name) => (name.endsWith(after) ? [name, name.slice(0, -after.length)] : [name]))
    .filter((star) => star && existsSync(join(parent, namePrefix + star + after)))
    .map((star) => key.replace('*', star).slice(2));
}

/** The entry points a package exports for code: `.` and subpaths, not JSON or package.json. */
export function codeEntries(pkg, installedDir) {
  const exports = pkg.manifest.exports ?? {};
  const entries = [];
  for (const [key, target] of Object.entries(exports)) {
    const file = importTarget(target);
    if (!file || !file.endsWith('.js')) continue; // JSON, types only, or `browser` only
    if (key.includes('*')) {
      const subpaths = expandWildcard(installedDir, key, file);
      if (!subpaths.length) throw new Error(`${pkg.name}: export ${key} matches no file`);
      entries.push(...subpaths.map((subpath) => `${pkg.name}/${subpath}`));
    } else {
      entries.push(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
    }
  }
  return [...new Set(entries)];
}

export default async function check(ctx) {
  const dir = join(ctx.dir, 'node');
  ctx.run('mkdir', ['-p', dir]);
  for (const pkg of ctx.packages) {
    const installed = join(ctx.dir, 'node_modules', pkg.name);
    for (const specifier of codeEntries(pkg, installed)) {
      writeFileSync(
        join(dir, 'esm.mjs'),
        `const m = await import(${JSON.stringify(specifier)});\nif (!Object.keys(m).length) throw new Error('no exports');\n`,
      );
      try {
        ctx.run('node', ['esm.mjs'], { cwd: dir });
        ctx.pass(`import ${specifier}`);
      } catch (error) {
        ctx.fail(`import ${specifier}`, error);
      }
      writeFileSync(
        join(dir, 'cjs.cjs'),
        `const m = require(${JSON.stringify(specifier)});\nif (!Object.keys(m).length) throw new Error('no exports');\n`,
      );
      try {
        ctx.run('node', ['cjs.cjs'], { cwd: dir });
        ctx.pass(`require ${specifier}`);
      } catch (error) {
        ctx.fail(`require ${specifier}`, error);
      }
    }
  }

  // README examples, as shipped in the tarballs.
  const require = createRequire(join(ctx.dir, 'package.json'));
  const esbuild = await import(pathToFileURL(require.resolve('esbuild')).href);
  for (const pkg of ctx.packages) {
    const readme = join(ctx.dir, 'node_modules', pkg.name, 'README.md');
    if (!existsSync(readme)) continue; // the lint check requires one
    const examples = readmeExamples(readFileSync(readme, 'utf8'));
    for (const [i, example] of examples.entries()) {
      const label = `${pkg.name} README example at line ${example.line}`;
      if (!example.env) {
        ctx.fail(label, new Error('the example says neither `ts node` nor `ts browser`'));
        continue;
      }
      if (example.env !== 'node') continue;
      try {
        const { code } = await esbuild.transform(example.code, {
          loader: example.lang,
          format: 'esm',
          target: 'node20',
        });
        const file = `readme-${pkg.name.replace(/\W/g, '-')}-${i}.mjs`;
        writeFileSync(join(dir, file), code);
        ctx.run('node', [file], { cwd: dir });
        ctx.pass(`${label} runs in Node`);
      } catch (error) {
        ctx.fail(label, error);
      }
    }
  }
}
