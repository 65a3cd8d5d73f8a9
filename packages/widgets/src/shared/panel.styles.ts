import { css } from 'lit';
import { printBase } from './print.js';
import { tokens } from './tokens.styles.js';

/** Styles shared by the results, planning and report elements. */
export const panelStyles = [
  tokens,
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
    button {
      min-height: 2.75rem;
      padding: 0.4em 0.9em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button:hover {
      background: var(--_accent-soft);
    }
    button.primary {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    table {
      width: 100%;
      border-collapse: collapse;
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
