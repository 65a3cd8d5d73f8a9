import { css, unsafeCSS } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * Colours: the private name the styles use, the `--dtc-color-*` property a host page sets
 * to change it, and its light and dark fallbacks (each pair meets WCAG 2.2 AA contrast).
 */
const COLOURS: readonly (readonly [name: string, property: string, light: string, dark: string])[] =
  [
    ['text', 'text', '#1b1f24', '#e8eaed'],
    ['muted', 'text-muted', '#4a5360', '#b4bcc6'],
    ['bg', 'background', '#ffffff', '#14171b'],
    ['surface', 'surface', '#f4f6f8', '#1e2329'],
    ['border', 'border', '#6b7480', '#8d96a1'],
    ['accent', 'accent', '#0b5cad', '#8cc4ff'],
    ['on-accent', 'on-accent', '#ffffff', '#0b1a2a'],
    ['accent-soft', 'accent-soft', '#e3eefa', '#1d3550'],
    ['danger', 'danger', '#b3261e', '#ffb4ab'],
    ['danger-soft', 'danger-soft', '#fdecea', '#3b1513'],
    ['success', 'success', '#1e6b34', '#8fd9a1'],
    ['focus', 'focus', '#c2410c', '#ffb37a'],
    ['level-1', 'level-1', '#b3261e', '#ff9a8f'],
    ['level-2', 'level-2', '#a35200', '#ffb869'],
    ['level-3', 'level-3', '#1f6f8b', '#7fd0ea'],
    ['level-4', 'level-4', '#1e6b34', '#8fd9a1'],
    ['s1', 'series-1', '#0b5cad', '#8cc4ff'],
    ['s2', 'series-2', '#8a3b8f', '#e3a6e8'],
    ['s3', 'series-3', '#a35200', '#ffb869'],
    ['s4', 'series-4', '#3d4650', '#e8eaed'],
  ];

/**
 * System fonts only (nothing is fetched), for every script of the built-in locales: the
 * platform's UI font (Latin, Cyrillic and, on Windows and Android, Arabic), then fonts for
 * Arabic and for Simplified Chinese on macOS/iOS, Windows, Android and Linux. A browser takes
 * each character from the first font in the list that has it.
 */
const FONT_STACK = [
  'system-ui',
  '-apple-system',
  "'Segoe UI'",
  'Roboto',
  "'Noto Sans'",
  // Arabic: Android and Linux (Noto), macOS and iOS (Geeza Pro), Windows (Segoe UI, Tahoma).
  "'Noto Sans Arabic'",
  "'Noto Naskh Arabic'",
  "'Geeza Pro'",
  'Tahoma',
  // Simplified Chinese: macOS and iOS, Windows, Android and Linux (Noto CJK, or Source Han,
  // its Adobe twin), older Linux desktops.
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'WenQuanYi Micro Hei'",
  'sans-serif',
].join(', ');

const declarations = (fallback: (light: string, dark: string) => string): string =>
  COLOURS.map(
    ([name, property, light, dark]) =>
      `--_${name}:var(--dtc-color-${property},${fallback(light, dark)});`,
  ).join('');

/**
 * Design tokens shared by every element. Each `--dtc-*` custom property can be set by the
 * host page. Dark colours follow the page's `color-scheme`, as the browser's own form
 * controls do: a page that declares `color-scheme: light dark` (or `dark`) gets them when
 * the user prefers a dark scheme; a page that declares nothing stays light, so that the
 * elements never show light text on a page that is light. Browsers without `light-dark()`
 * show the light colours. Every element paints its own background, so that its text keeps
 * its contrast on any page.
 */
export const tokens = css`
  :host {
    --_font: var(--dtc-font-family, ${unsafeCSS(FONT_STACK)});
    ${unsafeCSS(declarations((light) => light))}
    --_radius: var(--dtc-radius, 0.5rem);
    --_space: var(--dtc-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.5;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(declarations((light, dark) => `light-dark(${light},${dark})`))}
    }
  }
  /* Arabic: taller lines, so that the vowel marks above and below the letters (fatha, kasra,
     shadda…) are not cut off or run into the next line; headings a little tighter. */
  :lang(ar) {
    line-height: 1.7;
  }
  :lang(ar):is(h1, h2, h3, h4, h5, h6) {
    line-height: 1.5;
  }
  /* Chinese: lines break between characters but never before a closing mark (。，」) or after
     an opening one; a long run of Latin letters or digits (a URL) breaks rather than
     overflow. */
  :lang(zh) {
    line-break: strict;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ${visuallyHidden}
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
