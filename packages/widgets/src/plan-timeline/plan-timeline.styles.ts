import { css, unsafeCSS } from 'lit';
import { chartStyles } from '../shared/charts/chart.styles.js';
import { printStyles } from '../shared/styles/print.js';

/**
 * One colour per pillar, in framework order (the six pillars of the bundled framework; more
 * take them in turn): `--dtc-color-pillar-1` … `-6`, with light and dark fallbacks that keep
 * 3:1 against the background, as the tokens do.
 */
const PILLARS: readonly (readonly [light: string, dark: string])[] = [
  ['#0b5cad', '#8cc4ff'],
  ['#8a3b8f', '#e3a6e8'],
  ['#a35200', '#ffb869'],
  ['#1f6f8b', '#7fd0ea'],
  ['#1e6b34', '#8fd9a1'],
  ['#7a5a12', '#e6c77a'],
];
export const PILLAR_COLOURS = PILLARS.length;
const pillarColours = (fallback: (light: string, dark: string) => string): string =>
  PILLARS.map(
    ([light, dark], i) =>
      `.p${i} { --c: var(--dtc-color-pillar-${i + 1}, ${fallback(light, dark)}); }`,
  ).join('\n');

export const styles = [
  ...chartStyles,
  css`
    ${unsafeCSS(pillarColours((light) => light))}
    @supports (color: light-dark(#000, #fff)) {
      ${unsafeCSS(pillarColours((light, dark) => `light-dark(${light}, ${dark})`))}
    }
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
    /* A done milestone is filled; its outline in the background colour keeps it apart from
       the bar it sits on. */
    .milestone.done,
    .milestone.done .swatch {
      fill: var(--_text);
      stroke: var(--_bg);
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
      .milestone.done {
        stroke: Canvas;
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
