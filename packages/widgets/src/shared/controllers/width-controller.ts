import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of its element. */
type Host = ReactiveControllerHost &
  Element & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly hasUpdated: boolean;
  };

/**
 * How long (ms) an element waits for its first width from the browser's own layout before the
 * width is read directly (once for every element still waiting): where no frame comes, as in a
 * tab in the background or a frame the browser does not draw. A hidden document reads at once.
 */
export const FIRST_WIDTH_WAIT_MS = 500;

/** An element waiting for its first width: how to hand it over; whether it is observed yet. */
interface Waiting {
  resolve: (width: number) => void;
  observed: boolean;
  /** Reads what else the element needs of its computed style while it is fresh. */
  fresh: (() => void) | undefined;
}

const waiting = new Map<Element, Waiting>();
let observer: ResizeObserver | undefined;
let frameRequested = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function settle(el: Element, width: number, only?: Waiting): void {
  const entry = waiting.get(el);
  if (!entry || (only && entry !== only)) return;
  waiting.delete(el);
  if (entry.observed) observer?.unobserve(el);
  if (width > 0) entry.fresh?.();
  entry.resolve(width);
  if (!waiting.size) {
    clearTimeout(timer);
    timer = undefined;
  }
}

/** Reads every waiting element's width in one go: one layout, whatever their number. */
function readAll(): void {
  timer = undefined;
  const widths = [...waiting.keys()].map((el) => [el, el.clientWidth] as const);
  for (const [el, width] of widths) settle(el, Math.round(width));
}

/**
 * At the start of the next frame, observes the elements that wait; the observer reports their
 * widths after that frame's layout. Observing starts there, never inside the observer's own
 * delivery (an element observed then, no deeper than those just reported, would wait for the
 * next frame and the browser would report a loop). After the frame, an element that got no
 * entry was not laid out with a width (hidden, or no room): it keeps its default.
 */
function nextFrame(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const width = Math.round(entry.contentRect.width);
        if (width > 0) settle(entry.target, width);
      }
    });
    const batch: [Element, Waiting][] = [];
    for (const [el, entry] of waiting) {
      if (entry.observed) continue;
      entry.observed = true;
      observer.observe(el);
      batch.push([el, entry]);
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      for (const [el, entry] of batch) settle(el, 0, entry);
    };
    channel.port2.postMessage(0);
  });
}

/**
 * The width (CSS pixels, rounded; 0 when it has none) an element not yet drawn gets from the
 * page, before its first render. One shared `ResizeObserver` reports it: its entries come
 * after the layout the browser does for the frame anyway, so a page that adds a hundred charts
 * lays itself out once, not once per chart (reading `clientWidth` before each chart's render
 * laid the page out again after every chart's writes). The element renders in the same frame,
 * before it is painted. `fresh` is called just before, while the page's style is up to date:
 * the place to read computed style without making the browser compute it again.
 */
export function firstWidth(el: Element, fresh?: () => void): Promise<number> {
  if (typeof ResizeObserver === 'undefined' || typeof requestAnimationFrame === 'undefined')
    return Promise.resolve(0);
  return new Promise((resolve) => {
    const before = waiting.get(el);
    if (before?.observed) observer?.unobserve(el);
    waiting.set(el, {
      resolve: (width) => {
        before?.resolve(width);
        resolve(width);
      },
      observed: false,
      fresh,
    });
    if (document.visibilityState === 'hidden') {
      // No frame comes while the page is hidden: read the widths once this task is done.
      clearTimeout(timer);
      timer = setTimeout(readAll, 0);
      return;
    }
    nextFrame();
    timer ??= setTimeout(readAll, FIRST_WIDTH_WAIT_MS);
  });
}

/**
 * Follows the width of the `.sizer` box an element renders (a block as wide as the space it
 * may use) and hands a new width to `resize` when it changes, so a drawing lays itself out
 * again: a phone turned, a hidden tab shown. The change is handed over on the next frame,
 * never inside the observer's own delivery. Observing starts after the first render and
 * again when the element comes back into a page; it stops when the element leaves.
 *
 * Before the first render, `first()` gives the width the element has in the page (see
 * `firstWidth`), so the first drawing already fits without a layout of its own.
 */
export class WidthController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private frame = 0;
  private started = false;

  constructor(
    private readonly host: Host,
    private readonly current: () => number,
    private readonly resize: (width: number) => void,
    /** Called where the page's style is fresh: with the first width and with each new one. */
    private readonly fresh?: () => void,
  ) {
    host.addController(this);
  }

  /** The host's width in the page before its first render (0 when it has none). */
  first(): Promise<number> {
    return firstWidth(this.host, this.fresh);
  }

  hostConnected(): void {
    if (this.started) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    this.observe();
  }

  private observe(): void {
    const sizer = this.host.renderRoot.querySelector('.sizer');
    if (!sizer || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w <= 0 || w === this.current()) return;
      this.fresh?.();
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.resize(w));
    });
    this.observer.observe(sizer);
  }
}
