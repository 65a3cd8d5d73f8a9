/**
 * Spies for the charts' sizing: the reads that make the browser lay the page out, and the
 * width each chart first rendered at.
 */

/** Records every read of a box's size or place while `run` runs: each one lays the page out. */
export async function layoutReads(run: () => Promise<void>): Promise<string[]> {
  const reads: string[] = [];
  const restore: (() => void)[] = [];
  const getter = (proto: object, name: string): void => {
    const own = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...own,
      get(this: Element) {
        reads.push(`${this.localName}.${name}`);
        return own.get!.call(this);
      },
    });
    restore.push(() => Object.defineProperty(proto, name, own));
  };
  const method = (name: 'getBoundingClientRect' | 'getClientRects'): void => {
    const own = Element.prototype[name] as (this: Element) => unknown;
    Element.prototype[name] = function (this: Element) {
      reads.push(`${this.localName}.${name}`);
      return own.call(this);
    } as never;
    restore.push(() => (Element.prototype[name] = own as never));
  };
  for (const name of ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight'])
    getter(Element.prototype, name);
  for (const name of ['offsetWidth', 'offsetHeight']) getter(HTMLElement.prototype, name);
  method('getBoundingClientRect');
  method('getClientRects');
  try {
    await run();
  } finally {
    restore.forEach((r) => r());
  }
  return reads;
}

/** The width each element had when it first rendered (its `width` state). */
export function firstRenders(tags: string[]): { drawn: Map<Element, number>; stop(): void } {
  const drawn = new Map<Element, number>();
  const stops = tags.map((tag) => {
    const proto = customElements.get(tag)!.prototype as { render(): unknown };
    const render = proto.render;
    proto.render = function (this: Element & { width: number }) {
      if (!drawn.has(this)) drawn.set(this, this.width);
      return render.call(this);
    };
    return () => (proto.render = render);
  });
  return { drawn, stop: () => stops.forEach((s) => s()) };
}
