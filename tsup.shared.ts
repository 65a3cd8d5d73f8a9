import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ES modules for ES2022 with type declarations and source
 * maps, from `src/index.ts` unless a package names its own entries. Dependencies stay
 * external (tsup bundles only what package.json does not declare).
 */
export function packageBuild(options: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    ...options,
  });
}
