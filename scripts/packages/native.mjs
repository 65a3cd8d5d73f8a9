// Native modules in the consumer install: `better-sqlite3` (a dependency of @dtc/rooms) runs
// `prebuild-install || node-gyp rebuild` when installed. A partner's install downloads the
// prebuilt binary for their platform; here there is no network, so it would compile SQLite
// from source instead (about a minute on two cores). The workspace already holds a binary
// built for this Node on this machine: it is packed as a prebuild archive, named as
// prebuild-install names its downloads, and offered through its "local prebuilds" setting
// (`npm_config_<package>_local_prebuilds`). prebuild-install unpacks it and loads it to check
// it before the install goes on. Without a workspace binary, nothing is offered and the
// install downloads or compiles as a partner's would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NATIVE = [{ name: 'better-sqlite3', files: ['build/Release/better_sqlite3.node'] }];

/** The C library part of a prebuild's name: empty, except on Linux without glibc. */
function libc() {
  if (process.platform !== 'linux') return '';
  return process.report?.getReport().header.glibcVersionRuntime ? '' : 'musl';
}

/**
 * Writes a prebuild archive under `dir` for each native module the workspace has built, and
 * returns the environment that points the consumer's install at them.
 */
export function localPrebuilds(root, dir) {
  const env = {};
  for (const { name, files } of NATIVE) {
    const pkgDir = join(root, 'node_modules', name);
    if (!files.every((file) => existsSync(join(pkgDir, file)))) continue;
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const c = libc();
    const archive = `${name}-v${version}-node-v${process.versions.modules}${c}-${process.platform}${c}-${process.arch}.tar.gz`;
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync('tar', ['-czf', join(dir, archive), '-C', pkgDir, ...files], {
      encoding: 'utf8',
    });
    if (tar.status !== 0) throw new Error(`tar for ${name} failed: ${tar.stderr}`);
    env[`npm_config_${name.replace(/[^a-zA-Z0-9]/g, '_')}_local_prebuilds`] = dir;
  }
  return env;
}
