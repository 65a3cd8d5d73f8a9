/**
 * Text whose direction is its own (words a user typed, a URL, a code, a name from a file),
 * kept from reordering what is around it. In HTML templates that is markup: `<bdi>` around
 * the text, or `dir="auto"` on an element that holds only that text (`dir="ltr"` for a URL).
 * Where markup cannot go: SVG text takes `isolate` from `@dtc/i18n`, the invisible marks that
 * messages put around their values too; lists written by `Intl` take `isolatedList`.
 */
import { html, type TemplateResult } from 'lit';

/** Names (e.g. users' titles) as a list in the words of `lang`, "A, B and C", each in a `<bdi>`. */
export function isolatedList(lang: string, names: readonly string[]): TemplateResult {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(names);
  return html`${parts.map((p) => (p.type === 'element' ? html`<bdi>${p.value}</bdi>` : p.value))}`;
}
