import { css } from 'lit';
import { printBase, printStyles } from '../styles/print.js';
import { tokens } from '../styles/tokens.styles.js';

/** Styles shared by every chart: figure, summary, plot, tooltip, legend, table toggle, print. */
export const chartStyles = [
  tokens,
  css`
    :host {
      display: block;
      --_tip-bg: var(--dtc-color-tooltip-background, var(--_text));
      --_tip-text: var(--dtc-color-tooltip-text, var(--_bg));
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
      font-size: 1.05em;
    }
    .summary {
      margin: 0.25em 0 0.5em;
    }
    /*
     * The drawing's own box (at most its natural width, centred): the tooltip is placed in it.
     * The SVG's width and height attributes give that natural size (1 viewBox unit = 1 CSS
     * pixel), so no inline style is needed: a strict CSP (style-src 'self') blocks those.
     */
    .canvas {
      position: relative;
      width: fit-content;
      max-width: 100%;
      margin-inline: auto;
    }
    .sizer {
      height: 0;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      font-family: var(--_font);
      font-size: 12px;
    }
    svg text {
      fill: var(--_text);
    }
    svg .muted {
      fill: var(--_muted);
      font-size: 11px;
    }
    svg .strong,
    svg .value {
      font-weight: 600;
    }
    svg .halo {
      paint-order: stroke;
      stroke: var(--_bg);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .swatch {
      fill: var(--c);
    }
    .grid {
      fill: none;
      stroke: var(--_border);
      stroke-width: 1;
    }
    .grid.faint {
      stroke-opacity: 0.45;
    }
    .band {
      fill: var(--_surface);
    }
    .s0 {
      --c: var(--_s1);
    }
    .s1 {
      --c: var(--_s2);
    }
    .s2 {
      --c: var(--_s3);
    }
    .s3 {
      --c: var(--_s4);
    }
    .line {
      fill: var(--c);
      fill-opacity: 0.1;
      stroke: var(--c);
      stroke-width: 2.5;
      stroke-linejoin: round;
    }
    .mark {
      fill: var(--c);
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .lv1 {
      --c: var(--_level-1);
    }
    .lv2 {
      --c: var(--_level-2);
    }
    .lv3 {
      --c: var(--_level-3);
    }
    .lv4 {
      --c: var(--_level-4);
    }
    .pt {
      outline: none;
    }
    .pt .hit {
      fill: transparent;
      stroke: none;
    }
    .pt:focus-visible .hit,
    .pt:hover .hit {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .tip {
      position: absolute;
      z-index: 1;
      max-width: min(20rem, 90vw);
      padding: 0.25em 0.5em;
      border-radius: 0.25em;
      background: var(--_tip-bg);
      color: var(--_tip-text);
      font-size: 0.875rem;
      pointer-events: none;
      transform: translate(-50%, calc(-100% - 12px));
      width: max-content;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0.5em 0;
      padding: 0;
      list-style: none;
    }
    .legend svg {
      display: inline-block;
      width: 2.5em;
      height: 1em;
      margin-inline-end: 0.35em;
      vertical-align: -0.15em;
    }
    .toggle {
      margin-block-start: 0.5em;
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
    .toggle:hover {
      background: var(--_accent-soft);
    }
    table {
      width: 100%;
      margin-block-start: 0.5em;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    th,
    td {
      padding: 0.3em 0.5em;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      border-block-end-width: 2px;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    /*
     * Forced colours (Windows' contrast themes): the browser forces the colours of text and
     * boxes but not the fill and stroke of SVG, so the drawing takes the theme's own colours
     * here, through the tokens every rule above reads (muted text, halos and outlines included).
     */
    @media (forced-colors: active) {
      :host {
        --_text: CanvasText;
        --_muted: CanvasText;
        --_bg: Canvas;
        --_surface: Canvas;
        --_border: CanvasText;
        --_level-1: CanvasText;
        --_level-2: CanvasText;
        --_level-3: CanvasText;
        --_level-4: CanvasText;
        --_s1: CanvasText;
        --_s2: CanvasText;
        --_s3: CanvasText;
        --_s4: CanvasText;
      }
      .line,
      .grid {
        stroke: CanvasText;
      }
      .bar,
      .mark {
        fill: CanvasText;
      }
      .band,
      .line {
        fill: none;
      }
      svg text {
        fill: CanvasText;
      }
    }
  `,
  printBase,
  printStyles(
    (host) => css`
      ${host} .toggle,
      ${host} .tip {
        display: none !important;
      }
      ${host} .table[hidden] {
        display: block !important;
      }
      ${host} figure,
      ${host} table,
      ${host} tr {
        break-inside: avoid;
      }
    `,
  ),
];
