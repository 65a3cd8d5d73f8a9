// The package linters partners and registries trust, on the packed tarballs:
// - publint: package.json fields against the files really published (exports, types,
//   sideEffects, formats); any error fails, warnings and suggestions are printed.
// - Are the Types Wrong? (attw): every export resolves to types under each module resolution
//   TypeScript users have. Profile `node16`: the packages are ES modules only, and the
//   `node10` resolution (TypeScript's old `moduleResolution: "node"`) ignores `exports`, so it
//   cannot see subpaths like `@dtc/widgets/radar-chart`; any project that can load ES modules
//   uses `node16`/`nodenext` or `bundler`, which attw checks, CommonJS `require` included.
//   Rule `cjs-resolves-to-esm` is off: it says `require` cannot load an ES module, which
//   stopped being true in Node 20.19 (`engines.node` of every package), and TypeScript 5.8+
//   accepts it under `nodenext`; the node check really `require`s every entry.
//   Wildcard subpaths are listed one by one (attw does not expand them itself).
// - Every tarball holds the LICENSE and the metadata fields a registry page shows.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeEntries } from './node.mjs';

export const name = 'lint';
export const tools = ['publint', '@arethetypeswrong/cli'];

const REQUIRED_FIELDS = ['license', 'repository', 'homepage', 'bugs', 'engines', 'keywords'];

export default async function check(ctx) {
  const require = createRequire(join(ctx.dir, 'package.json'));
  const { publint } = await import(pathToFileURL(require.resolve('publint')).href);
  const { formatMessage } = await import(pathToFileURL(require.resolve('publint/utils')).href);
  const attw = join(ctx.dir, 'node_modules', '.bin', 'attw');

  for (const pkg of ctx.packages) {
    const installed = join(ctx.dir, 'node_modules', pkg.name);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

    const tarball = readFileSync(pkg.tarball);
    const { messages, pkg: read } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length),
      },
      level: 'suggestion',
    });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, read) ?? m.code}`);
    for (const line of lines.filter((l) => !l.startsWith('error'))) ctx.log(`${pkg.name} ${line}`);
    const errors = lines.filter((l) => l.startsWith('error'));
    if (errors.length) ctx.fail(`publint ${pkg.name}`, new Error(errors.join('\n')));
    else ctx.pass(`publint ${pkg.name}`);

    const wildcardEntries = codeEntries(pkg, installed)
      .map((specifier) => `.${specifier.slice(pkg.name.length)}`)
      .filter((subpath) => !(subpath in (manifest.exports ?? {})));
    const result = ctx.run(
      attw,
      [
        pkg.tarball,
        ...['--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm'],
        ...(wildcardEntries.length ? ['--include-entrypoints', ...wildcardEntries] : []),
        ...['--format', 'table-flipped', '--no-emoji', '--no-color'],
      ],
      { allowFailure: true },
    );
    if (result.status !== 0) {
      ctx.fail(`attw ${pkg.name}`, new Error(`${result.stdout}\n${result.stderr}`.trim()));
    } else {
      ctx.pass(
        `attw ${pkg.name}${wildcardEntries.length ? ` (with ${wildcardEntries.length} wildcard entries)` : ''}`,
      );
    }

    const problems = [];
    const files = ctx.run('tar', ['-tzf', pkg.tarball]).stdout.split('\n');
    if (!files.includes('package/LICENSE')) problems.push('no LICENSE in the tarball');
    else if (
      !/Apache License\s+Version 2\.0/.test(readFileSync(join(installed, 'LICENSE'), 'utf8'))
    ) {
      problems.push('LICENSE is not the Apache License 2.0');
    }
    if (!files.includes('package/README.md')) problems.push('no README.md in the tarball');
    for (const field of REQUIRED_FIELDS) {
      const value = manifest[field];
      if (value === undefined || (Array.isArray(value) && !value.length)) {
        problems.push(`package.json has no "${field}"`);
      }
    }
    if (manifest.repository && manifest.repository.directory !== pkg.dir.slice(ctx.root.length)) {
      problems.push(`repository.directory should be "${pkg.dir.slice(ctx.root.length)}"`);
    }
    if (manifest.engines && manifest.engines.node !== '>=20.19') {
      problems.push(`engines.node is "${manifest.engines.node}", expected ">=20.19"`);
    }
    if (problems.length) ctx.fail(`metadata ${pkg.name}`, new Error(problems.join('\n')));
    else ctx.pass(`metadata and LICENSE ${pkg.name}`);
  }
}
