// Flat ESLint config: TypeScript, Lit templates, web-component and template accessibility rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { layering, ownPackageRelative } from './scripts/eslint-layering.js';
import { logicalProperties } from './scripts/eslint-logical-css.js';

/** The repo's own rules, as one plugin object (ESLint refuses two objects under one name). */
const dtc = {
  meta: { name: 'dtc' },
  rules: { 'own-package-relative': ownPackageRelative, 'logical-properties': logicalProperties },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/coverage/**',
      '**/.turbo/**',
      'docs/screenshots/**',
      'packages/react/src/generated/**',
    ],
  },
  { plugins: { dtc } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // A strict Content-Security-Policy (style-src 'self') blocks style attributes, those of
    // Lit's styleMap included: style through classes, or the DOM (`.style=${…}`, CSSOM).
    // See docs/decisions/0008-strict-content-security-policy.md.
    files: ['packages/widgets/src/**/*.ts', 'packages/widgets/test/**/*.ts', 'apps/demo/**/*.ts'],
    plugins: { lit },
    rules: { 'lit/ban-attributes': ['error', 'style'] },
  },
  {
    // Engines stay free of the DOM and of storage (see ARCHITECTURE.md).
    files: ['packages/{schema,scoring,i18n,framework}/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
        'fetch',
      ],
    },
  },
  {
    // Styles say start and end, not left and right: the elements mirror in right-to-left
    // languages. The demo's .css files get the same check in apps/demo/src/logical-css.test.ts.
    files: ['packages/widgets/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    rules: { 'dtc/logical-properties': 'error' },
  },
  ...layering,
);
