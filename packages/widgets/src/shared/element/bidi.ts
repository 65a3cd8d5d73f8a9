/**
 * Text whose direction is its own (words a user typed, a URL, a code, a name from a file),
 * kept from reordering what is around it. In HTML templates that is markup: `<bdi>` around
 * the text, or `dir="auto"` on an element that holds only that text (`dir="ltr"` for a URL).
 * These helpers cover the two places markup cannot: SVG text and lists written by `Intl`.
 */
import { html, type TemplateResult } from 'lit';

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for SVG `<text>` (which
 * has no `<bdi>`): it takes the direction of its first letter, and a trailing "!" or ")" stays
 * at its end in a right-to-left drawing. Both marks are invisible and screen readers skip them.
 */
export const isolate = (text: string): string => (text ? `\u2068${text}\u2069` : text);

/** Names (e.g. users' titles) as a list in the words of `lang`, "A, B and C", each in a `<bdi>`. */
export function isolatedList(lang: string, names: readonly string[]): TemplateResult {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(names);
  return html`${parts.map((p) => (p.type === 'element' ? html`<bdi>${p.value}</bdi>` : p.value))}`;
}
