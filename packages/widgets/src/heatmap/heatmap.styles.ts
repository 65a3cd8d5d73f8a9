import { css } from 'lit';
import { chartStyles } from '../shared/charts/chart.styles.js';

export const styles = [
  ...chartStyles,
  css`
    .cell,
    .cell-sample .swatch {
      fill: var(--c);
      fill-opacity: 0.3;
      stroke: var(--c);
      stroke-width: 1;
    }
    .cell.empty {
      fill: var(--_surface);
      fill-opacity: 1;
      stroke: var(--_border);
      stroke-dasharray: 2 2;
    }
    .divergent {
      fill: none;
      stroke: var(--_text);
      stroke-width: 1.5;
      stroke-dasharray: 5 3;
    }
    .flag,
    .flag-sample .swatch {
      fill: var(--_text);
    }
    .group {
      background: var(--_surface);
    }
    .flag-text {
      font-weight: normal;
    }
  `,
];
