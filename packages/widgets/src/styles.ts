/**
 * `@dtc/widgets/styles`: rules of the elements that a host page can adopt for its own
 * markup, so that both read the same (e.g. `document.adoptedStyleSheets`).
 */
export { visuallyHidden } from './shared/styles/visually-hidden.styles.js';
