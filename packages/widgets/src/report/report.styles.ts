import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...panelStyles,
  css`
    h1 {
      margin: 0 0 0.5em;
      font-size: 1.75em;
      line-height: 1.2;
    }
    header {
      margin-block-end: 1.5em;
    }
    .about {
      display: grid;
      /* A long name wraps rather than pushing the values past a narrow screen's edge. */
      grid-template-columns: fit-content(40%) minmax(0, 1fr);
      gap: 0.25em 1em;
      margin: 1em 0 0;
    }
    .about div {
      display: contents;
    }
    .about dt {
      font-weight: 700;
    }
    /* Long terms wrap anywhere, so the list fits a 320 px screen in every language (as
       Chinese text wraps everywhere, see tokens.styles.ts). */
    .about dt,
    .about dd {
      overflow-wrap: anywhere;
    }
    .about dd {
      margin: 0;
    }
    .section {
      margin-block: 2em;
    }
    .plan-title {
      font-size: 1.1em;
      font-weight: 700;
    }
    table {
      margin-block: 0.5em 1em;
    }
    th {
      font-weight: 700;
    }
    td {
      white-space: pre-line;
    }
    .comments {
      margin: 0;
    }
    .comment {
      margin-block-end: 0.75em;
    }
    .comment dt {
      font-weight: 700;
    }
    .comment dd {
      margin: 0.25em 0 0;
    }
    .comment .text {
      white-space: pre-wrap;
    }
    a {
      color: var(--_accent);
      overflow-wrap: anywhere;
    }
  `,
  printStyles(
    (host) => css`
      ${host} {
        font-size: 11pt;
      }
      ${host} .section + .section {
        break-before: page;
      }
      ${host} h1,
      ${host} h2,
      ${host} h3 {
        break-after: avoid;
      }
      ${host} table,
      ${host} tr,
      ${host} .comment,
      ${host} .plan-section,
      ${host} .about {
        break-inside: avoid;
      }
    `,
  ),
];
