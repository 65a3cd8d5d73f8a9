import { defineConfig } from 'tsup';

// One entry per element (`@dtc/widgets/<name>` registers it) plus the all-in-one index.
// Dependencies (lit, @dtc/*) stay external here; the CDN bundle (scripts/cdn.mjs) inlines them.
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/*/define.ts',
    'src/*/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.stories.ts',
    '!src/**/*.styles.ts',
  ],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
