import { css } from 'lit';
import { chartStyles } from '../shared/charts/chart.styles.js';

export const styles = [
  ...chartStyles,
  css`
    svg {
      margin-inline: 0;
    }
    .track,
    .band-arc,
    .value-arc {
      fill: none;
    }
    .track {
      stroke: var(--_surface);
      stroke-width: 20;
    }
    .band-arc {
      stroke: var(--c);
      stroke-width: 4;
    }
    .value-arc {
      stroke: var(--c);
      stroke-width: 14;
    }
    .needle {
      fill: var(--_bg);
      stroke: var(--_text);
      stroke-width: 3;
    }
    svg .big {
      font-size: 36px;
      font-weight: 700;
    }
    svg .level {
      font-size: 15px;
      font-weight: 600;
    }
  `,
];
