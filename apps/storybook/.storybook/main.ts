import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/** Storybook for @dtc/widgets: the stories live next to each element in packages/widgets. */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../../../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // Workspace packages resolve to their TypeScript source, as in tests: no build needed.
    config.resolve ??= {};
    config.resolve.conditions = [
      '@dtc/source',
      ...(config.resolve.conditions ?? defaultClientConditions),
    ];
    return config;
  },
};

export default config;
