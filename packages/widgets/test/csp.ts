/**
 * A strict Content-Security-Policy for the browser tests: `style-src-attr 'none'`, the part
 * of `style-src 'self'` that concerns the elements (style attributes). A `<meta>` policy
 * applies from its insertion to the end of the test file's page; violations are collected.
 * (Scripts and Trusted Types are checked on the packed files by
 * scripts/packages/checks/csp.mjs, where the policy is a real header.)
 */
export interface PolicyWatch {
  /** The violations reported since the last call (after the browser has reported them). */
  take(): Promise<string[]>;
}

export function enforceStrictStyles(): PolicyWatch {
  const seen: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.composedPath()[0];
    const what =
      where instanceof Element
        ? `<${where.localName} class="${where.getAttribute('class') ?? ''}">`
        : '';
    seen.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${what} ${e.sample}`.trim(),
    );
  });
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src-attr 'none'";
  document.head.append(meta);
  return {
    async take() {
      // Violations are reported in a task after the blocked change.
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      return seen.splice(0);
    },
  };
}

/** Every chart drawing (`svg[part=svg]`) under `root`, through shadow roots, with its host. */
export function drawings(root: Element): { host: Element; svg: SVGSVGElement }[] {
  const out: { host: Element; svg: SVGSVGElement }[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const svg = el.shadowRoot.querySelector<SVGSVGElement>('svg[part=svg]');
        if (svg) out.push({ host: el, svg });
        walk(el.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    const svg = root.shadowRoot.querySelector<SVGSVGElement>('svg[part=svg]');
    if (svg) out.push({ host: root, svg });
    walk(root.shadowRoot);
  }
  walk(root);
  return out;
}
