import { css } from 'lit';
import { printBase } from './print.js';
import { controls } from './controls.styles.js';
import { tokens } from './tokens.styles.js';

/** Styles shared by the results, planning and report elements. */
export const panelStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    h2,
    h3,
    h4 {
      margin: 1.25em 0 0.5em;
      line-height: 1.25;
    }
    h2 {
      font-size: 1.5em;
      margin-block-start: 0;
    }
    h3 {
      font-size: 1.2em;
    }
    p {
      margin: 0.5em 0;
    }
    .muted,
    .pillar {
      color: var(--_muted);
    }
    .notice {
      padding: 0.75em 1em;
      border-inline-start: 5px solid var(--_accent);
      background: var(--_accent-soft);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    /* A wide table scrolls within itself on a narrow screen, not the whole page. */
    .scroll {
      /* Also the containing block of the visually hidden text in its cells. */
      position: relative;
      overflow-x: auto;
    }
    .scroll:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    @media print {
      .scroll {
        overflow: visible;
      }
    }
    th,
    td {
      padding: 0.35em 0.5em;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  printBase,
];
