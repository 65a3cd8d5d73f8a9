import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...panelStyles,
  css`
    section {
      margin-block: calc(var(--_space) * 1.5);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0;
      margin: 0 0 var(--_space);
      list-style: none;
    }
    .filters a,
    .filters button {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding: 0.4rem 0.85rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      color: var(--_text);
      background: var(--_bg);
      font: inherit;
      font-weight: 400;
      text-decoration: none;
    }
    .filters a:hover,
    .filters button:hover {
      background: var(--_accent-soft);
    }
    .filters [aria-current='true'],
    .filters [aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 600;
    }
    .filters a:focus-visible,
    .filters button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      margin-block: var(--_space);
    }
    .pager label {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .pager select {
      inline-size: auto;
    }
    .pager button[aria-disabled='true'] {
      border-color: var(--_border);
      color: var(--_muted);
      cursor: default;
    }
    .pager button[aria-disabled='true']:hover {
      background: var(--_bg);
    }
    .pager-status {
      margin-block: 0 var(--_space);
    }
    dtc-radar-chart,
    dtc-heatmap {
      display: block;
      margin-block: var(--_space);
    }
    .chart-grid {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      padding: 0;
      list-style: none;
    }
    .card {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .card dtc-radar-chart {
      margin: 0;
    }
    .two-col {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    }
  `,
  printStyles(
    (host) => css`
      ${host} nav {
        display: none;
      }
      ${host} dtc-radar-chart,
      ${host} dtc-heatmap,
      ${host} .two-col > div {
        break-inside: avoid;
      }
    `,
  ),
];
