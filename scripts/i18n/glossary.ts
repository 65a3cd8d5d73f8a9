/**
 * The glossaries of docs/i18n/: one Markdown file per locale (`glossary.<locale>.md`) with
 * one table of English term, preferred translation, and the forms (comma-separated) of
 * which at least one must appear in a translation whose English uses the term.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ROOT } from './sources.js';

export interface Term {
  english: string;
  translation: string;
  forms: string[];
  /** Matches the English term at word boundaries, any case, also with a plural `s`. */
  pattern: RegExp;
}

export const glossaryFile = (locale: string) => `docs/i18n/glossary.${locale}.md`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an English term at word boundaries, any case, with a plural `s`, not inside a code id. */
export function termPattern(english: string): RegExp {
  const words = english.replace(/’/g, "'").split(/\s+/).map(escape).join('\\s+');
  return new RegExp(
    // Not inside a code id (`data-evidence`, `pillar.data-evidence.title`).
    `(?<![\\p{L}\\p{N}_.-])${words.replace(/'/g, "['’]")}(?:e?s)?(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`,
    'iu',
  );
}

/** The terms of a glossary's Markdown (`name` for messages). Throws on a malformed table. */
export function parseGlossary(markdown: string, name: string): Term[] {
  const rows = markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [head, rule, ...body] = rows;
  if (
    !head ||
    head[0] !== 'English' ||
    head[2] !== 'Forms' ||
    !rule?.every((c) => /^:?-+:?$/.test(c))
  )
    throw new Error(`${name}: the table must have the columns English | Translation | Forms`);
  return body.map((cells, i) => {
    const [english = '', translation = '', forms = ''] = cells;
    const list = forms
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    if (!english || !translation || list.length === 0)
      throw new Error(`${name}: row ${i + 1} needs a term, a translation and forms`);
    return { english, translation, forms: list, pattern: termPattern(english) };
  });
}

/** The terms of `locale`'s glossary, or `undefined` when it has none. Throws on a bad table. */
export function readGlossary(locale: string): Term[] | undefined {
  const path = ROOT + glossaryFile(locale);
  if (!existsSync(path)) return undefined;
  return parseGlossary(readFileSync(path, 'utf8'), glossaryFile(locale));
}

/** The terms whose English appears in `source` and none of whose forms appear in `target`. */
export function missingTerms(terms: readonly Term[], source: string, target: string): Term[] {
  const lower = target.toLocaleLowerCase();
  return terms.filter(
    (term) =>
      term.pattern.test(source) &&
      !term.forms.some((form) => lower.includes(form.toLocaleLowerCase())),
  );
}
