import { css } from 'lit';
import { chartStyles } from '../shared/charts/chart.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...chartStyles,
  css`
    /* The drawing keeps its natural width; a narrow container scrolls it sideways. */
    .plot {
      overflow-x: auto;
      border-radius: var(--_radius);
    }
    .plot:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .plot svg {
      max-width: none;
    }
    .act {
      outline: none;
      cursor: pointer;
    }
    .act .hit {
      fill: transparent;
      stroke: none;
    }
    .act:hover .hit {
      stroke: var(--_border);
      stroke-width: 1;
    }
    .act:focus-visible .hit {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .bar,
    .bar .swatch {
      fill: var(--c);
      stroke: var(--c);
      stroke-width: 1.5;
    }
    .neutral {
      --c: var(--_muted);
    }
    .bar.horizon,
    .bar.horizon .swatch {
      fill-opacity: 0.25;
      stroke-dasharray: 4 3;
    }
    .milestone,
    .milestone .swatch {
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .milestone.done,
    .milestone.done .swatch {
      fill: var(--_text);
    }
    .milestone.todo,
    .milestone.todo .swatch {
      fill: var(--_bg);
    }
    .dep-line,
    .dep-sample .swatch {
      fill: none;
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .dep-head {
      fill: var(--_text);
    }
    .dep-sample .swatch {
      fill: var(--_text);
    }
    .table {
      overflow-x: auto;
    }
    .table .group {
      background: var(--_surface);
    }
    td.in {
      color: var(--_accent);
      text-align: center;
    }
    .cell-list {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    @media (forced-colors: active) {
      .bar,
      .dep-head,
      .milestone.done {
        fill: CanvasText;
      }
      .bar.horizon,
      .milestone.todo {
        fill: Canvas;
      }
      .bar,
      .milestone,
      .dep-line {
        stroke: CanvasText;
      }
      .act:focus-visible .hit {
        stroke: Highlight;
      }
    }
  `,
  printStyles(
    (host) => css`
      ${host} .plot {
        overflow: visible;
      }
      ${host} .plot svg {
        max-width: 100%;
      }
      ${host} .act .hit {
        stroke: none;
      }
    `,
  ),
];
