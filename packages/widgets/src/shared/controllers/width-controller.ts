import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of its element. */
type Host = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
};

/**
 * Follows the width of the `.sizer` box an element renders (a block as wide as the space it
 * may use) and hands a new width to `resize` when it changes, so a drawing lays itself out
 * again: a phone turned, a hidden tab shown. The change is handed over on the next frame,
 * never inside the observer's own delivery. Observing starts after the first render and
 * again when the element comes back into a page; it stops when the element leaves.
 */
export class WidthController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private frame = 0;
  private started = false;

  constructor(
    private readonly host: Host,
    private readonly current: () => number,
    private readonly resize: (width: number) => void,
  ) {
    host.addController(this);
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
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.resize(w));
    });
    this.observer.observe(sizer);
  }
}
