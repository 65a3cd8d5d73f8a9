/**
 * Colour contrast measured in the page, for what axe-core leaves undecided (text in SVG, text
 * next to drawn shapes): the computed colours of a text or a mark (fill, stroke, color, with
 * their opacities) against what is painted behind it, found by hit-testing at points of its
 * box and compositing every layer down to the first opaque one (shadow roots included).
 *
 * WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text (1.4.3) and for the graphical objects that
 * carry the data (1.4.11).
 */
/** The least contrast for text (WCAG 2.2 SC 1.4.3, level AA). */
export const TEXT_CONTRAST = 4.5;
/** The least contrast for large text (24 px, or 18.66 px bold) and graphical objects (SC 1.4.11). */
export const LARGE_CONTRAST = 3;

type Rgba = [r: number, g: number, b: number, a: number];

export interface ContrastCheck {
  /** What was measured: a short description of the element and its text. */
  what: string;
  kind: 'text' | 'large text' | 'graphic';
  ratio: number;
  required: number;
  foreground: string;
  background: string;
}

export interface Undecided {
  what: string;
  reason: string;
}

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
const parsed = new Map<string, Rgba | null>();

/** Any CSS colour the browser computes (rgb(), color(srgb …), oklch()…) as sRGB 0–255 and alpha 0–1. */
export function parseColour(value: string): Rgba | null {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  let out: Rgba | null = null;
  if (value && value !== 'none' && !value.startsWith('url(')) {
    // Two probes: a colour the canvas cannot parse leaves fillStyle unchanged.
    ctx.fillStyle = '#010203';
    ctx.fillStyle = value;
    const first = ctx.fillStyle;
    ctx.fillStyle = '#030201';
    ctx.fillStyle = value;
    if (first !== '#010203' || ctx.fillStyle !== '#030201') {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      out = [r!, g!, b!, a! / 255];
      // Unpremultiplied pixels lose precision at low alpha: keep the channels of the opaque colour.
      if (a! > 0 && a! < 255) {
        const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(value);
        if (m) out = [Number(m[1]), Number(m[2]), Number(m[3]), a! / 255];
      }
    }
  }
  parsed.set(value, out);
  return out;
}

const hex = ([r, g, b, a]: Rgba): string =>
  '#' +
  [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('') +
  (a < 1 ? ` at ${Math.round(a * 100)}%` : '');

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over the opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + under[0] * (1 - a),
    top[1] * a + under[1] * (1 - a),
    top[2] * a + under[2] * (1 - a),
    1,
  ];
}

const withAlpha = (c: Rgba | null, alpha: number): Rgba | null =>
  c ? [c[0], c[1], c[2], c[3] * alpha] : null;

/** The parent across shadow boundaries (a shadow root's host). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What one measuring pass computes once: the page's canvas colour, opacities. */
let pass: { canvas?: Rgba; opacity: Map<Element, number> } = { opacity: new Map() };

function beginPass(): void {
  pass = { opacity: new Map() };
}

/** The product of `opacity` of an element and its ancestors, shadow hosts included. */
function opacityOf(el: Element): number {
  const known = pass.opacity.get(el);
  if (known !== undefined) return known;
  const parent = parentOf(el);
  const o = Number(getComputedStyle(el).opacity) * (parent ? opacityOf(parent) : 1);
  pass.opacity.set(el, o);
  return o;
}

/** Whether `a` contains `b`, across shadow boundaries. */
function composedContains(a: Element, b: Element): boolean {
  for (let e: Element | null = b; e; e = parentOf(e)) if (e === a) return true;
  return false;
}

/** The page's own canvas colour (what shows where nothing is painted). */
function canvasColour(): Rgba {
  if (pass.canvas) return pass.canvas;
  const probe = document.createElement('div');
  probe.style.color = 'Canvas';
  document.documentElement.append(probe);
  const c = parseColour(getComputedStyle(probe).color) ?? [255, 255, 255, 1];
  probe.remove();
  pass.canvas = [c[0], c[1], c[2], 1];
  return pass.canvas;
}

/** Something a layer could not be composited from (an image or a gradient): undecided. */
class Opaque extends Error {}

/** What one element paints at a client point, top layer first (none: nothing there). */
function paintAt(el: Element, x: number, y: number): Rgba[] {
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') return [];
  if (el instanceof SVGGeometryElement) {
    const m = el.getScreenCTM();
    if (!m) return [];
    const p = new DOMPoint(x, y).matrixTransform(m.inverse());
    const opacity = opacityOf(el);
    const layers: (Rgba | null)[] = [];
    // A stroke wide enough to stand behind a glyph (thin lines and outlines are not backgrounds).
    if (parseFloat(style.strokeWidth) >= 3 && el.isPointInStroke(p))
      layers.push(withAlpha(parseColour(style.stroke), Number(style.strokeOpacity) * opacity));
    if (el.isPointInFill(p))
      layers.push(withAlpha(parseColour(style.fill), Number(style.fillOpacity) * opacity));
    return layers.filter((l): l is Rgba => l !== null);
  }
  if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) return [];
  if (style.backgroundImage !== 'none') throw new Opaque(`a background image on <${el.localName}>`);
  const bg = withAlpha(parseColour(style.backgroundColor), opacityOf(el));
  return bg ? [bg] : [];
}

/**
 * The opaque colour behind `target` at a client point: the layers painted under it,
 * from the top down to the first opaque one, composited over the page's canvas.
 */
function backgroundAt(target: Element, x: number, y: number): Rgba {
  const root = target.getRootNode() as Document | ShadowRoot;
  const stack = root.elementsFromPoint(x, y);
  // The target itself, or the first of its ancestors that was hit (a <text> for its <tspan>,
  // a box for a text that takes no pointer events): that ancestor paints under it.
  const at = stack.findIndex((e) => e === target || composedContains(e, target));
  const below =
    at >= 0
      ? stack.slice(stack[at] === target ? at + 1 : at)
      : // Not hit-tested (no fill, pointer-events none): what precedes it in paint order.
        stack.filter(
          (e) =>
            e !== target &&
            !composedContains(target, e) &&
            (composedContains(e, target) ||
              Boolean(e.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)),
        );
  // An HTML element paints its own background under its text.
  if (!(target instanceof SVGElement)) below.unshift(target);
  const layers: Rgba[] = [];
  for (const e of below) {
    if (e !== target && composedContains(target, e)) continue;
    const paints = paintAt(e, x, y).filter((p) => p[3] > 0);
    layers.push(...paints);
    if (paints.some((p) => p[3] >= 1)) break;
  }
  let colour = canvasColour();
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/**
 * Points of a box where the background is sampled: its centre and four inner points, kept to
 * the part of the box on screen (the browser hit-tests only there).
 */
function samples(box: DOMRect): [number, number][] {
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.right, innerWidth);
  const bottom = Math.min(box.bottom, innerHeight);
  if (right - left < 1 || bottom - top < 1) return [];
  const x = (f: number): number => left + (right - left) * f;
  const y = (f: number): number => top + (bottom - top) * f;
  return [
    [x(0.5), y(0.5)],
    [x(0.2), y(0.5)],
    [x(0.8), y(0.5)],
    [x(0.5), y(0.3)],
    [x(0.5), y(0.7)],
  ];
}

function describeElement(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName;
  const cls = el.getAttribute('class');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host ? host + ' ' : ''}<${el.localName}${cls ? ` class="${cls}"` : ''}>${text ? ` "${text}"` : ''}`;
}

/** Runs `measure` with `el` scrolled into view, then puts every scroll position back. */
function inView<T>(el: Element, measure: () => T): T {
  const r = el.getBoundingClientRect();
  const visible =
    r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && !clipped(el);
  if (visible) return measure();
  const scrolled: [Element, number, number][] = [];
  for (let e: Element | null = parentOf(el); e; e = parentOf(e))
    scrolled.push([e, e.scrollLeft, e.scrollTop]);
  const [wx, wy] = [window.scrollX, window.scrollY];
  el.scrollIntoView({ block: 'center', inline: 'center' });
  try {
    return measure();
  } finally {
    for (const [e, left, top] of scrolled) {
      e.scrollLeft = left;
      e.scrollTop = top;
    }
    window.scrollTo(wx, wy);
  }
}

/** Whether a scrolling ancestor hides part of `el` (then it is scrolled into view first). */
function clipped(el: Element): boolean {
  const r = el.getBoundingClientRect();
  for (let e: Element | null = parentOf(el); e; e = parentOf(e)) {
    if (e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight) continue;
    const overflow = getComputedStyle(e).overflow;
    if (overflow === 'visible') continue;
    const b = e.getBoundingClientRect();
    if (r.left < b.left || r.right > b.right || r.top < b.top || r.bottom > b.bottom) return true;
  }
  return false;
}

const shown = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  const s = getComputedStyle(el);
  return (
    s.visibility !== 'hidden' && s.display !== 'none' && s.clipPath === 'none' && s.clip === 'auto'
  );
};

/**
 * The contrast of one text element (HTML or SVG) against what is behind it, at the worst of
 * its sample points. A halo (an SVG stroke painted under the fill) counts as its background.
 */
export function measureText(el: Element): ContrastCheck | Undecided | null {
  beginPass();
  return textContrast(el);
}

function textContrast(el: Element): ContrastCheck | Undecided | null {
  if (!shown(el)) return null;
  const svg = el instanceof SVGElement;
  const style = getComputedStyle(el);
  const paintSource = svg ? style.fill : style.color;
  const fg = withAlpha(
    parseColour(paintSource),
    (svg ? Number(style.fillOpacity) : 1) * opacityOf(el),
  );
  if (!fg) return { what: describeElement(el), reason: `a foreground of ${paintSource}` };
  if (fg[3] === 0) return null;
  // The halo: a stroke of the text (or of its <text>), painted first, at least 2 px wide.
  const textEl = svg ? (el.closest('text') ?? el) : el;
  const ts = getComputedStyle(textEl);
  const halo =
    svg && ts.paintOrder.startsWith('stroke') && parseFloat(ts.strokeWidth) >= 2
      ? withAlpha(parseColour(ts.stroke), Number(ts.strokeOpacity) * opacityOf(textEl))
      : null;
  const size = parseFloat(style.fontSize);
  const weight = Number(style.fontWeight);
  const large = size >= 24 || (size >= 18.66 && weight >= 700);
  try {
    return inView(el, () => {
      const points = samples(el.getBoundingClientRect());
      if (!points.length) return { what: describeElement(el), reason: 'not on screen' };
      let worst: ContrastCheck | null = null;
      for (const [x, y] of points) {
        let bg = backgroundAt(el, x, y);
        if (halo) bg = over(halo, bg);
        const colour = over(fg, bg);
        const ratio = contrastRatio(colour, bg);
        if (!worst || ratio < worst.ratio)
          worst = {
            what: describeElement(el),
            kind: large ? 'large text' : 'text',
            ratio,
            required: large ? LARGE_CONTRAST : TEXT_CONTRAST,
            foreground: hex(fg),
            background: hex(bg),
          };
      }
      return worst;
    });
  } catch (e) {
    if (e instanceof Opaque) return { what: describeElement(el), reason: e.message };
    throw e;
  }
}

/**
 * The contrast of a graphical object (a bar, a line, a point) against what is behind it: the
 * better of its fill and its stroke (either one shows its shape), at the worst sample point.
 */
export function measureMark(el: Element): ContrastCheck | Undecided | null {
  beginPass();
  return markContrast(el);
}

function markContrast(el: Element): ContrastCheck | Undecided | null {
  if (!shown(el)) return null;
  const style = getComputedStyle(el);
  const o = opacityOf(el);
  const fill = withAlpha(parseColour(style.fill), Number(style.fillOpacity) * o);
  const stroke =
    parseFloat(style.strokeWidth) > 0
      ? withAlpha(parseColour(style.stroke), Number(style.strokeOpacity) * o)
      : null;
  const paints = [fill, stroke].filter((p): p is Rgba => p !== null && p[3] > 0);
  if (!paints.length) return { what: describeElement(el), reason: 'neither fill nor stroke' };
  try {
    return inView(el, () => {
      const points = samples(el.getBoundingClientRect());
      if (!points.length) return { what: describeElement(el), reason: 'not on screen' };
      let worst: ContrastCheck | null = null;
      for (const [x, y] of points) {
        const bg = backgroundAt(el, x, y);
        let best: ContrastCheck | null = null;
        for (const p of paints) {
          const colour = over(p, bg);
          const ratio = contrastRatio(colour, bg);
          if (!best || ratio > best.ratio)
            best = {
              what: describeElement(el),
              kind: 'graphic',
              ratio,
              required: LARGE_CONTRAST,
              foreground: hex(p),
              background: hex(bg),
            };
        }
        if (!worst || best!.ratio < worst.ratio) worst = best;
      }
      return worst;
    });
  } catch (e) {
    if (e instanceof Opaque) return { what: describeElement(el), reason: e.message };
    throw e;
  }
}

/** Every element of `root`'s shadow tree (and nested ones) matching `selector`. */
function deepQuery(root: Element, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (scope: ParentNode): void => {
    for (const e of scope.querySelectorAll('*')) {
      if (e.matches(selector)) out.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  if (root.matches(selector)) out.push(root);
  walk(root.shadowRoot ?? root);
  return out;
}

/** The elements that hold text themselves (a non-blank text node child). */
function textElements(root: Element): Element[] {
  return deepQuery(root, '*').filter(
    (e) =>
      !['style', 'script', 'title', 'desc', 'template'].includes(e.localName) &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
}

const line = (c: ContrastCheck): string =>
  `${c.what}: ${c.kind} ${c.ratio.toFixed(2)}:1 < ${c.required}:1 (${c.foreground} on ${c.background})`;

/**
 * Measures every text shown in `el` (its shadow roots included) and every mark matching
 * `marks`, and expects each to meet WCAG 2.2 AA. Undecided measurements fail too. Returns how
 * many texts and marks were measured, so that a test can check that it measured something.
 */
export function expectContrast(el: Element, marks = ''): { texts: number; marks: number } {
  beginPass();
  const failures: string[] = [];
  let texts = 0;
  let measuredMarks = 0;
  for (const t of textElements(el)) {
    const r = textContrast(t);
    if (!r) continue;
    if ('reason' in r) failures.push(`${r.what}: undecided, ${r.reason}`);
    else {
      texts++;
      if (r.ratio < r.required) failures.push(line(r));
    }
  }
  if (marks)
    for (const m of deepQuery(el, marks)) {
      const r = markContrast(m);
      if (!r) continue;
      if ('reason' in r) failures.push(`${r.what}: undecided, ${r.reason}`);
      else {
        measuredMarks++;
        if (r.ratio < r.required) failures.push(line(r));
      }
    }
  if (failures.length)
    throw new Error(`Contrast below WCAG 2.2 AA, or not measurable:\n${failures.join('\n')}`);
  return { texts, marks: measuredMarks };
}

/** Re-checks the nodes axe-core left undecided for colour contrast: a list of what fails or stays undecided. */
export function checkUndecided(elements: Element[]): string[] {
  beginPass();
  const out: string[] = [];
  for (const el of elements) {
    const r = textContrast(el);
    if (!r) continue;
    if ('reason' in r) out.push(`${r.what}: undecided, ${r.reason}`);
    else if (r.ratio < r.required) out.push(line(r));
  }
  return out;
}
