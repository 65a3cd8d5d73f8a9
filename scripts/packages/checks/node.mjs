// Node loads every package and subpath export, both ways a server or script does:
// ESM `import` and CommonJS `require` (Node 20.19+ can require ES modules through a
// `default` export condition).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const name = 'node';

/** The entry points a package exports for code: `.` and subpaths, not JSON or package.json. */
function codeEntries(pkg) {
  const exports = pkg.manifest.exports ?? {};
  const entries = [];
  for (const [key, target] of Object.entries(exports)) {
    if (key === './package.json' || key.endsWith('.json')) continue;
    if (typeof target === 'string' && !target.endsWith('.js')) continue;
    // Types only (JSX, Vue declarations): nothing to load at run time.
    if (typeof target === 'object' && !['import', 'require', 'default'].some((c) => c in target))
      continue;
    if (key.includes('*')) continue; // wildcard subpaths are listed by the package's own files below
    entries.push(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
  }
  return entries;
}

export default async function check(ctx) {
  const dir = join(ctx.dir, 'node');
  ctx.run('mkdir', ['-p', dir]);
  for (const pkg of ctx.packages) {
    for (const specifier of codeEntries(pkg)) {
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
}
