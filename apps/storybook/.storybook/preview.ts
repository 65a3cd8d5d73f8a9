import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';

// The manifest (API tables in Docs) exists once @dtc/widgets has been built.
const manifests = import.meta.glob<{ default: unknown }>(
  '../../../packages/widgets/custom-elements.json',
  {
    eager: true,
  },
);
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

/** Dark tokens, applied through the public `--dtc-*` custom properties (the same way a partner would). */
const dark = {
  '--dtc-color-text': '#e8eaed',
  '--dtc-color-text-muted': '#b4bcc6',
  '--dtc-color-background': '#14171b',
  '--dtc-color-surface': '#1e2329',
  '--dtc-color-border': '#8d96a1',
  '--dtc-color-accent': '#8cc4ff',
  '--dtc-color-on-accent': '#0b1a2a',
  '--dtc-color-accent-soft': '#1d3550',
  '--dtc-color-danger': '#ffb4ab',
  '--dtc-color-danger-soft': '#3b1513',
  '--dtc-color-success': '#8fd9a1',
  '--dtc-color-focus': '#ffb37a',
  background: '#14171b',
  color: '#e8eaed',
  'color-scheme': 'dark',
};

const preview: Preview = {
  // A docs page for every element: its description, and tables of properties, attributes,
  // events, slots, CSS parts and custom properties from the manifest.
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'Language (sets lang and dir around the story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'Arabic (right-to-left, English words)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      const locale = String(globals['locale'] ?? 'en');
      const theme = String(globals['theme'] ?? 'light');
      // Keyed, so elements are created afresh and read the new lang/dir.
      return html`${keyed(
        `${locale}|${theme}`,
        html`<div
          lang=${locale}
          dir=${locale === 'ar' ? 'rtl' : 'ltr'}
          style=${styleMap({ padding: '1rem', ...(theme === 'dark' ? dark : {}) })}
        >
          ${story()}
        </div>`,
      )}`;
    },
  ],
};

export default preview;
