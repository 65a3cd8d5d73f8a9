/**
 * The HTML report: one static, self-contained page. Its body is `<dtc-report>` of
 * `@dtc/widgets` (results, gauge, radar, bar chart, priorities, the plan's actions, comments)
 * rendered in Node by `@lit-labs/ssr` in its print layout, so every chart's data table shows
 * next to the chart and no button is needed. The elements' shadow roots are written as
 * declarative shadow DOM (`<template shadowrootmode="open">`), which current browsers attach
 * without any script; the charts are the elements' own SVG, inline. The page carries no
 * script and loads nothing: its Content-Security-Policy allows inline styles and nothing else.
 */
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import { direction, loadLocale, translate, useNamespaces } from '@dtc/i18n';
import type { ReportInput } from './inputs.js';

/** Text for an HTML text node or a double-quoted attribute. */
export const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** What the page allows: inline styles and nothing else (no script, no request). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The page's own styles; the elements bring theirs inside their shadow roots. */
const PAGE_STYLE = `
:root { color-scheme: light; }
body {
  margin: 0 auto;
  max-width: 62rem;
  padding: 1.5rem;
  font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', sans-serif;
  line-height: 1.5;
  color: #1a1a1a;
  background: #fff;
}
dtc-report { display: block; }
dtc-report::part(print-button) { display: none; }
@media print { body { padding: 0; max-width: none; } }
`;

/**
 * Renders the report of `input` as a complete HTML document. The input's plan is shown only
 * with a result (the element shows the plan beside the results it was made from).
 */
export async function renderHtml(input: ReportInput): Promise<string> {
  // The server DOM shim must be in place before any element class is defined.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  await import('@dtc/widgets/report');
  const { html } = await import('lit');

  const { locale, framework, response, result, plan } = input;
  useNamespaces(resultsNamespace);
  await loadLocale(locale);
  const dir = direction(locale);
  const title = translate(locale, 'results.report.title');

  // Lit writes every bound value as text or an escaped attribute: framework and user words
  // (titles, names, comments) can never become markup.
  const body = await collectResult(
    render(
      html`<dtc-report
        print
        lang=${locale}
        dir=${dir}
        locale=${locale}
        .framework=${framework}
        .response=${response ?? undefined}
        .result=${result ?? undefined}
        .plan=${plan ?? undefined}
      ></dtc-report>`,
    ),
  );

  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dtc report">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
