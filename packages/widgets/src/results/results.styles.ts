import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...panelStyles,
  css`
    .overview {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-start;
      margin-block-end: var(--_space);
    }
    dtc-level-gauge {
      flex: 0 1 17rem;
    }
    .facts {
      flex: 1 1 18rem;
      display: grid;
      gap: 0.75em;
      margin: 0;
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0;
    }
    dtc-radar-chart,
    dtc-bar-chart {
      margin-block: var(--_space);
    }
    .priorities ol {
      /* Room for a two-digit marker in bold ("10. "), which 1.75em did not leave: it ran
         past the edge of a phone's screen. */
      padding-inline-start: 3.5ch;
    }
    .priorities li {
      margin-block-end: 0.75em;
    }
    .priorities ol > li::marker {
      font-weight: 700;
      color: var(--_accent);
    }
    .what,
    .where {
      margin: 0;
    }
    .pillar::before {
      content: ' · ';
    }
    .reasons {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
  `,
  printStyles(
    (host) => css`
      ${host} dtc-radar-chart,
      ${host} dtc-bar-chart,
      ${host} .overview,
      ${host} .priorities li {
        break-inside: avoid;
      }
    `,
  ),
];
