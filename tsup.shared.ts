import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: one ES module (ES2022, with a source map) per source module,
 * not a bundle, and one declaration file per module from `tsc -p tsconfig.build.json`.
 *
 * Unbundled output keeps each package's module graph as the source has it, so a partner's
 * bundler sees it too: `sideEffects` can name exactly the modules that register elements
 * (a bundle would move `customElements.define` into shared chunks that `sideEffects` leaves
 * out, and bundlers would drop the registration), and a function imported alone pulls only
 * the modules it uses (no zod schema rides along with `scoreResponse`). Imports in the
 * source already carry their `.js` extension, so the files load as they are in Node and in
 * browsers. Dependencies stay imports; nothing from node_modules is copied in.
 */
export const SOURCE_MODULES = [
  'src/**/*.ts',
  'src/**/*.tsx',
  '!src/**/*.test.ts',
  '!src/**/*.test.tsx',
  '!src/**/*.stories.ts',
  '!src/**/*.d.ts',
  '!src/**/testing/**',
  '!src/**/test-fixtures.ts',
];

export function packageBuild(options: Options = {}) {
  return defineConfig({
    entry: SOURCE_MODULES,
    bundle: false,
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    onSuccess: 'tsc -p tsconfig.build.json',
    ...options,
  });
}
