// The contrast measurement of test/contrast.ts, on drawings whose contrast is known, and the
// axe helper that relies on it for what axe leaves undecided.
import { afterEach, describe, expect, it } from 'vitest';
import {
  contrastRatio,
  expectContrast,
  measureMark,
  measureText,
  parseColour,
} from './contrast.js';
import { expectNoAxeViolations } from './helpers.js';

/** A host with an open shadow root holding `markup`, on a page of the given background. */
function drawing(markup: string, hostBackground = ''): HTMLElement {
  const host = document.createElement('div');
  if (hostBackground) host.style.background = hostBackground;
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.body.append(host);
  return host;
}

const q = <E extends Element>(host: Element, selector: string): E =>
  host.shadowRoot!.querySelector<E>(selector)!;

const ratioOf = (r: ReturnType<typeof measureText>): number => {
  if (!r || 'reason' in r) throw new Error(`not measured: ${JSON.stringify(r)}`);
  return r.ratio;
};

afterEach(() => {
  document.documentElement.style.background = '';
});

describe('contrast measurement', () => {
  it('reads computed colours and computes the WCAG ratio', () => {
    expect(parseColour('rgb(118, 118, 118)')).toEqual([118, 118, 118, 1]);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, expect.closeTo(0.5, 2)]);
    expect(parseColour('none')).toBeNull();
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    // #767676 is the lightest grey with 4.5:1 on white; #777777 falls short.
    expect(contrastRatio([0x76, 0x76, 0x76, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
    expect(contrastRatio([0x77, 0x77, 0x77, 1], [255, 255, 255, 1])).toBeCloseTo(4.48, 2);
  });

  it('measures HTML text against the first opaque background above it, across a shadow root', () => {
    const host = drawing(
      `<div style="background: rgba(0,0,0,0)"><p style="color:#777777">Grey</p><p style="color:#767676">Darker</p></div>`,
      '#ffffff',
    );
    expect(ratioOf(measureText(q(host, 'p')))).toBeCloseTo(4.48, 2);
    expect(ratioOf(measureText(q(host, 'p + p')))).toBeCloseTo(4.54, 2);
  });

  it('composites translucent backgrounds and foregrounds, and opacity', () => {
    // Black at 50 % over white is mid-grey: white text on it has 4:1.
    const host = drawing(
      `<div style="background: rgba(0,0,0,0.5)"><p style="color:#fff">On grey</p></div>
       <p class="faded" style="color:#000; opacity:0.3">Faded</p>`,
      '#ffffff',
    );
    expect(ratioOf(measureText(q(host, 'div p')))).toBeCloseTo(4, 1);
    // Black at 30 % over white is #b3b3b3: 2.1:1.
    expect(ratioOf(measureText(q(host, '.faded')))).toBeCloseTo(2.1, 1);
  });

  it('measures SVG text against the shape drawn under it, and a halo as its background', () => {
    const host = drawing(
      `<svg width="300" height="100" viewBox="0 0 300 100">
        <rect x="0" y="0" width="150" height="100" fill="#ffffff"></rect>
        <text class="over" x="10" y="50" fill="#999999" font-size="12">On white</text>
        <text class="off" x="170" y="50" fill="#999999" font-size="12">On black</text>
        <rect x="150" y="60" width="150" height="40" fill="#ffffff"></rect>
        <text class="halo" x="170" y="85" fill="#000000" stroke="#ffffff" stroke-width="3"
          paint-order="stroke" font-size="12">Haloed</text>
        <text class="big" x="10" y="90" fill="#949494" font-size="24">Large</text>
      </svg>`,
      '#000000',
    );
    // #999 on white: 2.85:1 (fails); on the black host: 7.37:1.
    expect(ratioOf(measureText(q(host, '.over')))).toBeCloseTo(2.85, 2);
    expect(ratioOf(measureText(q(host, '.off')))).toBeCloseTo(7.37, 2);
    expect(ratioOf(measureText(q(host, '.halo')))).toBeCloseTo(21, 1);
    const big = measureText(q(host, '.big'));
    expect(big).toMatchObject({ kind: 'large text', required: 3 });
  });

  it('measures a mark by the better of its fill and stroke', () => {
    const host = drawing(
      `<svg width="200" height="50" viewBox="0 0 200 50">
        <rect class="pale" x="0" y="0" width="90" height="50" fill="#cccccc"></rect>
        <rect class="outlined" x="100" y="0" width="90" height="50" fill="#eeeeee" stroke="#000" stroke-width="2"></rect>
      </svg>`,
      '#ffffff',
    );
    expect(ratioOf(measureMark(q(host, '.pale')))).toBeCloseTo(1.61, 2);
    expect(ratioOf(measureMark(q(host, '.outlined')))).toBeCloseTo(21, 1);
  });

  it('fails on low contrast and on what it cannot decide, and counts what it measured', () => {
    const good = drawing(`<p style="color:#000">Fine</p>`, '#ffffff');
    expect(expectContrast(good)).toEqual({ texts: 1, marks: 0 });
    const low = drawing(`<p style="color:#777777">Grey</p>`, '#ffffff');
    expect(() => expectContrast(low)).toThrow(/text 4\.48:1 < 4\.5:1 \(#777777 on #ffffff\)/);
    const image = drawing(
      `<p style="color:#000; background-image: linear-gradient(#fff, #000)">On a gradient</p>`,
    );
    expect(() => expectContrast(image)).toThrow(/undecided, a background image on <p>/);
  });
});

describe('the axe helper', () => {
  it('fails on low-contrast SVG text that axe leaves undecided', async () => {
    // Text over a drawn shape: axe-core cannot tell its background ("incomplete").
    const host = drawing(
      `<svg width="300" height="60" viewBox="0 0 300 60" role="img" aria-label="A chart">
        <rect x="0" y="0" width="300" height="60" fill="#ffffff"></rect>
        <text x="10" y="30" fill="#aaaaaa" font-size="12">Hard to read</text>
      </svg>`,
      '#ffffff',
    );
    await expect(expectNoAxeViolations(host)).rejects.toThrow(
      /Colour contrast axe left undecided[\s\S]*"Hard to read".*2\.32:1 < 4\.5:1/,
    );
  });

  it('passes the same drawing with readable text', async () => {
    const host = drawing(
      `<svg width="300" height="60" viewBox="0 0 300 60" role="img" aria-label="A chart">
        <rect x="0" y="0" width="300" height="60" fill="#ffffff"></rect>
        <text x="10" y="30" fill="#595959" font-size="12">Easy to read</text>
      </svg>`,
      '#ffffff',
    );
    await expectNoAxeViolations(host);
  });
});
