import { packageBuild } from '../../tsup.shared.js';

// One entry per element (`@dtc/widgets/<name>` registers it) plus the all-in-one index.
// Dependencies (lit, @dtc/*) stay external here; the CDN bundle (scripts/cdn.mjs) inlines them.
export default packageBuild({
  entry: [
    'src/index.ts',
    'src/model.ts',
    'src/styles.ts',
    'src/*/define.ts',
    'src/*/*.ts',
    // Shipped as modules of their own, so that every module custom-elements.json names exists.
    'src/shared/*/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.stories.ts',
    '!src/*/*.styles.ts',
  ],
  splitting: true,
  treeshake: true,
});
