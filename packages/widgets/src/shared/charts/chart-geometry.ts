/**
 * The little geometry the charts need (see docs/decisions/0001-charts-without-a-library.md):
 * a linear scale, polar points, paths with gaps, arcs, marker shapes and label wrapping.
 * Coordinates are rounded to 0.1 so the SVG markup stays short.
 */

/** Rounds to one decimal for SVG attributes. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Maps `v` from [d0, d1] to [p0, p1], clamped to the domain. */
export function scale(v: number, d0: number, d1: number, p0: number, p1: number): number {
  const t = d1 === d0 ? 0 : (Math.min(Math.max(v, d0), d1) - d0) / (d1 - d0);
  return p0 + t * (p1 - p0);
}

/**
 * Point `i` of `n` on a circle, clockwise from the top; mirrored (counter-clockwise) for
 * right-to-left.
 */
export function polar(
  cx: number,
  cy: number,
  r: number,
  i: number,
  n: number,
  rtl: boolean,
): [number, number] {
  const a = (2 * Math.PI * i) / n - Math.PI / 2;
  return [r1(cx + (rtl ? -1 : 1) * r * Math.cos(a)), r1(cy + r * Math.sin(a))];
}

/**
 * A path through points; `null` breaks the line. `closed` (a ring, as on a radar) also joins
 * the last point to the first, and closes the shape when no point is missing.
 */
export function linePath(points: readonly ([number, number] | null)[], closed: boolean): string {
  const k = closed ? points.indexOf(null) : -1;
  // Start after a gap so that a ring with a missing point still joins across the seam.
  const seq = k < 0 ? points : [...points.slice(k + 1), ...points.slice(0, k + 1)];
  let d = '';
  let pen = false;
  for (const p of seq) {
    if (p) d += `${pen ? 'L' : 'M'}${p[0]} ${p[1]}`;
    pen = p !== null;
  }
  return closed && k < 0 && points.length > 2 ? `${d}Z` : d;
}

/** An arc of a circle from angle a0 to a1 (radians, 0 = to the right, clockwise). */
export function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const p = (a: number): string => `${r1(cx + r * Math.cos(a))} ${r1(cy + r * Math.sin(a))}`;
  return `M${p(a0)}A${r} ${r} 0 ${Math.abs(a1 - a0) > Math.PI ? 1 : 0} ${a1 > a0 ? 1 : 0} ${p(a1)}`;
}

/** Marker shapes by series index, so series differ by shape as well as colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
/** Dash patterns by series index (solid first). */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

/** The path of a marker of size `s` centred on (x, y). */
export function markerPath(i: number, x: number, y: number, s = 5): string {
  switch (MARKERS[i % MARKERS.length]) {
    case 'square':
      return `M${r1(x - s)} ${r1(y - s)}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'triangle':
      return `M${r1(x)} ${r1(y - s * 1.2)}L${r1(x + s * 1.1)} ${r1(y + s)}L${r1(x - s * 1.1)} ${r1(y + s)}Z`;
    case 'diamond':
      return `M${r1(x)} ${r1(y - s * 1.3)}L${r1(x + s * 1.3)} ${r1(y)}L${r1(x)} ${r1(y + s * 1.3)}L${r1(x - s * 1.3)} ${r1(y)}Z`;
    default:
      return `M${r1(x - s)} ${r1(y)}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0`;
  }
}

/** Splits a label into lines of about `chars` characters (at spaces), at most `max` lines. */
export function wrap(text: string, chars: number, max = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = `${lines[max - 1]}…`;
  }
  return lines;
}

/** Index of the band a value falls in, given ascending band starts (0 when below the first). */
export function bandOf(value: number, starts: readonly number[]): number {
  let band = 0;
  starts.forEach((s, i) => {
    if (value >= s - 1e-9) band = i;
  });
  return band;
}

/**
 * The `text-anchor` for text that extends to the right (1), to the left (−1) or both ways (0)
 * of its x. SVG text inherits the CSS direction, in which `start` and `end` are logical.
 */
export function anchor(extends_: -1 | 0 | 1, rtl: boolean): 'start' | 'middle' | 'end' {
  if (extends_ === 0) return 'middle';
  return (extends_ === 1) !== rtl ? 'start' : 'end';
}
