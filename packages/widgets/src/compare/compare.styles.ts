import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...panelStyles,
  css`
    .summary {
      font-size: 1.05em;
    }
    dtc-radar-chart {
      margin-block: var(--_space);
    }
    tr.pillar th {
      font-weight: 700;
    }
    tr.component th {
      padding-inline-start: 1.5em;
      font-weight: normal;
    }
    tbody + tbody tr.pillar > * {
      border-block-start: 2px solid var(--_border);
    }
    .delta {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .delta.up {
      color: var(--_success);
    }
    .delta.down {
      color: var(--_danger);
    }
    .level {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
  `,
  printStyles(
    (host) => css`
      ${host} tr,
      ${host} dtc-radar-chart {
        break-inside: avoid;
      }
    `,
  ),
];
