/**
 * The autoloader: one small script that registers each `dtc-*` element the first time it
 * appears in the page, by loading that element's module (and what it renders) only then.
 *
 * It looks at the document when it runs, then watches it (a `MutationObserver`), and looks
 * inside every open shadow root it meets, so elements placed by another component are found
 * too. A shadow root attached later than its host was seen is not watched: call
 * `discover(root)` for it. A `dtc-*` tag that names no element of this package is reported
 * once with `console.warn`, naming it, and otherwise left alone.
 *
 * In the CDN build (`dist/cdn/autoloader.js`) each element is a file of its own beside the
 * autoloader, with the code they share (Lit, the engines) in chunks that load once.
 */

/** Each element's module, by tag. Elements that others render come with them. */
const modules: Record<string, () => Promise<unknown>> = {
  'dtc-action-plan': () => import('./action-plan/define.js'),
  'dtc-assessment': () => import('./assessment/define.js'),
  'dtc-bar-chart': () => import('./bar-chart/define.js'),
  'dtc-compare': () => import('./compare/define.js'),
  'dtc-group-results': () => import('./group-results/define.js'),
  'dtc-heatmap': () => import('./heatmap/define.js'),
  'dtc-learn': () => import('./learn/define.js'),
  'dtc-level-gauge': () => import('./level-gauge/define.js'),
  'dtc-plan-timeline': () => import('./plan-timeline/define.js'),
  'dtc-priorities': () => import('./priorities/define.js'),
  'dtc-progress': () => import('./progress/define.js'),
  'dtc-question-feedback': () => import('./question-feedback/define.js'),
  'dtc-radar-chart': () => import('./radar-chart/define.js'),
  'dtc-report': () => import('./report/define.js'),
  'dtc-results': () => import('./results/define.js'),
  'dtc-rubric-question': () => import('./rubric-question/define.js'),
};

/** The tags the autoloader knows. */
export const autoloadedTags: readonly string[] = Object.keys(modules);

/** Loads started (or done), by tag; unknown tags map to a resolved promise once warned. */
const started = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

/** Loads the module of `tag` once; resolves when it is registered (unknown tags: at once). */
export function load(tag: string): Promise<unknown> {
  const name = tag.toLowerCase();
  let pending = started.get(name);
  if (pending) return pending;
  const importer = modules[name];
  if (!importer) {
    console.warn(`dtc autoloader: <${name}> is not an element of @dtc/widgets; it is left alone.`);
    pending = Promise.resolve();
  } else if (customElements.get(name)) {
    pending = Promise.resolve();
  } else {
    pending = importer().catch((error: unknown) => {
      // A failed load (network) may be tried again the next time the tag appears.
      started.delete(name);
      console.error(`dtc autoloader: <${name}> could not be loaded.`, error);
    });
  }
  started.set(name, pending);
  return pending;
}

function visit(el: Element): void {
  const tag = el.localName;
  if (tag.startsWith('dtc-') && !started.has(tag)) void load(tag);
  if (el.shadowRoot) discover(el.shadowRoot);
}

/**
 * Loads the elements under `root` (a document, an element or an open shadow root) and keeps
 * watching it. Called on the document when the autoloader runs.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          visit(node);
          for (const el of node.querySelectorAll('*')) visit(el);
        }
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') discover(document);
