/**
 * French typography of a message, as the catalogs write it: a narrow no-break space
 * (U+202F) before ; : ? ! and », and after «, and the typographic apostrophe ’ only.
 * Only the text a reader sees is checked, not the ICU syntax around it.
 */
import { PLACEHOLDER, textRuns } from './format.js';

const NNBSP = '\u202f';
const BEFORE = new Set([';', ':', '?', '!', '»']);
const show = (ch: string | undefined): string =>
  ch === undefined
    ? 'nothing'
    : ch === PLACEHOLDER
      ? 'a placeholder'
      : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A colon that is not punctuation: in `https://` or `09:30`. */
function technicalColon(run: string, i: number): boolean {
  return (
    run.startsWith('//', i + 1) || (/\d/.test(run[i - 1] ?? '') && /\d/.test(run[i + 1] ?? ''))
  );
}

/**
 * What breaks French typography in a message (ICU subset), one line per problem, each with
 * the text around it (a placeholder shown as `{…}`, U+202F as `⍽`); an empty list when there
 * is nothing to fix. For partners who write or check a French catalog.
 *
 * ```ts
 * frenchTypographyIssues('Erreur : {detail}'); // ['U+0020 before ":" in "Erreur : {…}"']
 * frenchTypographyIssues('Erreur\u202f: {detail}'); // []
 * ```
 */
export function frenchTypographyIssues(message: string): string[] {
  const issues: string[] = [];
  for (const run of textRuns(message)) {
    const near = (i: number): string =>
      run
        .slice(Math.max(0, i - 12), i + 12)
        .replaceAll(PLACEHOLDER, '{…}')
        .replaceAll(NNBSP, '⍽');
    for (let i = 0; i < run.length; i++) {
      const ch = run[i]!;
      if (BEFORE.has(ch)) {
        const before = run[i - 1];
        if (before === NNBSP) continue;
        if (ch === ':' && technicalColon(run, i)) continue;
        if ((ch === '?' || ch === '!') && (before === '?' || before === '!')) continue;
        issues.push(`${show(before)} before "${ch}" in "${near(i)}"`);
      } else if (ch === '«' && run[i + 1] !== NNBSP) {
        issues.push(`${show(run[i + 1])} after "«" in "${near(i)}"`);
      } else if (ch === "'") {
        issues.push(`a straight apostrophe in "${near(i)}"`);
      } else if (ch === NNBSP && /[ \u00a0]/.test(`${run[i - 1] ?? ''}${run[i + 1] ?? ''}`)) {
        issues.push(`another space beside U+202F in "${near(i)}"`);
      }
    }
  }
  return issues;
}
