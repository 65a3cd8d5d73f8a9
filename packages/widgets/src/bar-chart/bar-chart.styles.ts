import { css } from 'lit';
import { chartStyles } from '../shared/charts/chart.styles.js';

export const styles = [
  ...chartStyles,
  css`
    .bar {
      fill: var(--c);
    }
    .target,
    .target-sample .swatch {
      fill: none;
      stroke: var(--_text);
      stroke-width: 3;
    }
    .group {
      background: var(--_surface);
    }
  `,
];
