import { svg, type SVGTemplateResult } from 'lit';
import { DASHES, markerPath } from './chart-geometry.js';

/** A legend sample for series `i`: its line (colour and dash) and its marker shape. */
export function legendSample(i: number): SVGTemplateResult {
  return svg`<svg class="s${i % 4}" viewBox="0 0 30 12" aria-hidden="true"><path class="line" d="M1 6H29" fill="none" stroke-dasharray=${DASHES[i % 4] || '0'}></path><path class="mark" d=${markerPath(i, 15, 6, 4)}></path></svg>`;
}

/** A legend swatch for level colour class `cls` (e.g. `lv2`), or a marker of shape `shape`. */
export function swatch(cls: string, d = 'M2 1h26v10H2Z'): SVGTemplateResult {
  return svg`<svg class=${cls} viewBox="0 0 30 12" aria-hidden="true"><path class="swatch" d=${d}></path></svg>`;
}
