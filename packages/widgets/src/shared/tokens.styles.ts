import { css } from 'lit';

/**
 * Design tokens shared by every element. Each `--dtc-*` custom property can be set by the
 * host page; the fallbacks meet WCAG 2.2 AA contrast in light and dark schemes.
 */
export const tokens = css`
  :host {
    --_font: var(
      --dtc-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    --_text: var(--dtc-color-text, #1b1f24);
    --_muted: var(--dtc-color-text-muted, #4a5360);
    --_bg: var(--dtc-color-background, #ffffff);
    --_surface: var(--dtc-color-surface, #f4f6f8);
    --_border: var(--dtc-color-border, #6b7480);
    --_accent: var(--dtc-color-accent, #0b5cad);
    --_on-accent: var(--dtc-color-on-accent, #ffffff);
    --_accent-soft: var(--dtc-color-accent-soft, #e3eefa);
    --_danger: var(--dtc-color-danger, #b3261e);
    --_danger-soft: var(--dtc-color-danger-soft, #fdecea);
    --_success: var(--dtc-color-success, #1e6b34);
    --_focus: var(--dtc-color-focus, #c2410c);
    --_radius: var(--dtc-radius, 0.5rem);
    --_space: var(--dtc-space, 1rem);
    --_level-1: var(--dtc-color-level-1, #b3261e);
    --_level-2: var(--dtc-color-level-2, #a35200);
    --_level-3: var(--dtc-color-level-3, #1f6f8b);
    --_level-4: var(--dtc-color-level-4, #1e6b34);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--dtc-color-text, #e8eaed);
      --_muted: var(--dtc-color-text-muted, #b4bcc6);
      --_bg: var(--dtc-color-background, #14171b);
      --_surface: var(--dtc-color-surface, #1e2329);
      --_border: var(--dtc-color-border, #8d96a1);
      --_accent: var(--dtc-color-accent, #8cc4ff);
      --_on-accent: var(--dtc-color-on-accent, #0b1a2a);
      --_accent-soft: var(--dtc-color-accent-soft, #1d3550);
      --_danger: var(--dtc-color-danger, #ffb4ab);
      --_danger-soft: var(--dtc-color-danger-soft, #3b1513);
      --_success: var(--dtc-color-success, #8fd9a1);
      --_focus: var(--dtc-color-focus, #ffb37a);
      --_level-1: var(--dtc-color-level-1, #ff9a8f);
      --_level-2: var(--dtc-color-level-2, #ffb869);
      --_level-3: var(--dtc-color-level-3, #7fd0ea);
      --_level-4: var(--dtc-color-level-4, #8fd9a1);
    }
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
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
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
