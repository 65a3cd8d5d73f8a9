import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Workspace packages resolve to their TypeScript source through the `@dtc/source` condition.
const conditions = ['@dtc/source', 'module', 'browser', 'development|production'];
const nodeConditions = ['@dtc/source', 'module', 'node', 'development|production'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['@dtc/source'] } },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/{schema,framework,scoring,i18n,cli}/src/**/*.test.ts',
            'packages/{schema,framework,scoring,i18n,cli}/test/**/*.test.ts',
            // The Word and Excel files, read back with mammoth and ExcelJS.
            'packages/export/{src,test}/**/*.test.ts',
            // The room server and its Node clients, over the protocol (Redis where installed).
            'packages/rooms/{src,test}/**/*.test.ts',
            'packages/widgets/scripts/**/*.test.ts',
            // The elements rendered on a server (@lit-labs/ssr), as Node runs them.
            'packages/widgets/test/ssr.test.ts',
            // The timeline's layout rule: pure, so also checked in Node.
            'packages/widgets/src/plan-timeline/layout.test.ts',
            // The plan's CSV and Markdown in every language, read back by a Node CSV parser.
            'packages/widgets/src/**/*.locales.test.ts',
            // The demo's pure modules (share codes, import and export files).
            'apps/demo/src/**/*.test.ts',
            // The translators' tools (i18n:check, i18n:export, i18n:import).
            'scripts/i18n/**/*.test.ts',
            // The repo's own lint rules (RuleTester).
            'scripts/eslint-*.test.ts',
            // 10,000 inputs of the fuzzer (npm run fuzz) through the parse functions and scoring.
            'scripts/fuzz/**/*.test.ts',
          ],
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: 'tsconfig.base.json',
          },
        },
      },
      {
        resolve: { conditions },
        test: {
          name: 'browser',
          include: [
            'packages/widgets/src/**/*.test.ts',
            // Also in the browser: number output and text direction checked against its Intl.
            'packages/i18n/src/{format,locale}.test.ts',
            // The contrast measurement the element tests rely on.
            'packages/widgets/test/contrast.test.ts',
          ],
          // Tests that read files back with Node-only libraries run in the node project.
          exclude: [...configDefaults.exclude, 'packages/widgets/src/**/*.locales.test.ts'],
          setupFiles: ['packages/widgets/test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: findChromium() ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
              // The page's time zone and language do not follow the machine's: UTC and US
              // English, or the zone in DTC_BROWSER_TIMEZONE (the far-zone pass of scripts/test.mjs).
              contextOptions: {
                timezoneId: process.env.DTC_BROWSER_TIMEZONE || 'UTC',
                locale: 'en-US',
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // End-to-end tests drive the built demo site (apps/demo/dist) in Chromium through Playwright.
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['@dtc/source'] } },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/demo/e2e/**/*.e2e.ts'],
          globalSetup: ['apps/demo/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
