import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Print rules written once and applied twice: under `@media print` (the browser's print and
 * "Save as PDF") and under `:host([print])`, so a page can show a print preview and tests can
 * check the print layout without emulating media. `rules` receives the host selector.
 */
export function printStyles(rules: (host: CSSResult) => CSSResult): CSSResult {
  return css`
    @media print {
      ${rules(unsafeCSS(':host'))}
    }
    ${rules(unsafeCSS(':host([print])'))}
  `;
}

/** Black on white, no animation, colours kept where they carry meaning. */
export const printBase = printStyles(
  (host) => css`
    ${host} {
      --_text: #000;
      --_muted: #000;
      --_bg: #fff;
      --_surface: #f2f2f2;
      --_border: #555;
      --_accent: #000;
      --_accent-soft: #fff;
      --_on-accent: #fff;
      color: #000;
      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    ${host} *,
    ${host} *::before,
    ${host} *::after {
      animation: none !important;
      transition: none !important;
    }
    ${host} .no-print {
      display: none !important;
    }
  `,
);
