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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_PUNCTUATION = new Set([...'，。：；？！、（）“”《》「」']);
const ARABIC_LETTER = /[\u0600-\u06ff]/;

/** The text around `i` in `run`, for messages (a placeholder as `{…}`). */
function around(run: string, i: number): string {
  return run.slice(Math.max(0, i - 12), i + 12).replaceAll(PLACEHOLDER, '{…}');
}

/** Chinese: full-width punctuation after Chinese text, and no space beside it. */
function chineseIssues(run: string, issues: string[]): void {
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    if (CJK_PUNCTUATION.has(ch)) {
      if (/[ \u00a0\u202f]/.test(run[i - 1] ?? ''))
        issues.push(`a space before "${ch}" in "${around(run, i)}"`);
      if (/[ \u00a0\u202f]/.test(run[i + 1] ?? ''))
        issues.push(`a space after "${ch}" in "${around(run, i)}"`);
    } else if (/[,;?!:]/.test(ch) && CJK.test(run[i - 1] ?? '') && !technicalColon(run, i)) {
      issues.push(`a half-width "${ch}" after Chinese text in "${around(run, i)}"`);
    }
  }
}

/** Spanish: each ? and ! has its opening ¿ and ¡, and no space before punctuation. */
function spanishIssues(run: string, issues: string[]): void {
  const count = (ch: string) => [...run].filter((c) => c === ch).length;
  if (count('?') !== count('¿'))
    issues.push(
      `${count('¿')} "¿" for ${count('?')} "?" in "${run.replaceAll(PLACEHOLDER, '{…}')}"`,
    );
  if (count('!') !== count('¡'))
    issues.push(
      `${count('¡')} "¡" for ${count('!')} "!" in "${run.replaceAll(PLACEHOLDER, '{…}')}"`,
    );
  spaceBefore(run, issues);
}

/** Russian: « » quotes, not straight ones, and no space before punctuation. */
function russianIssues(run: string, issues: string[]): void {
  const i = run.indexOf('"');
  if (i >= 0) issues.push(`a straight quote (Russian uses « ») in "${around(run, i)}"`);
  spaceBefore(run, issues);
}

/** Arabic: the Arabic question mark, semicolon and comma after Arabic text. */
function arabicIssues(run: string, issues: string[]): void {
  const arabic: Record<string, string> = { '?': '؟', ';': '؛', ',': '،' };
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    const own = arabic[ch];
    if (own && ARABIC_LETTER.test(run.slice(Math.max(0, i - 2), i)))
      issues.push(`"${ch}" after Arabic text (Arabic writes "${own}") in "${around(run, i)}"`);
  }
}

/**
 * A space before , . ; : ? ! (languages that put none there); not before `.json` or `.5`,
 * where the mark starts a word.
 */
function spaceBefore(run: string, issues: string[]): void {
  for (const match of run.matchAll(/[ \u00a0\u202f]([,.;:?!])(?![\p{L}\p{N}])/gu))
    issues.push(`a space before "${match[1]}" in "${around(run, match.index)}"`);
}

const CHECKS: Readonly<Record<string, (run: string, issues: string[]) => void>> = {
  zh: chineseIssues,
  es: spanishIssues,
  ru: russianIssues,
  ar: arabicIssues,
};

/**
 * What breaks the typography of `locale` in a message (ICU subset), one line per problem:
 * French (see `frenchTypographyIssues`), Chinese (full-width punctuation, no space beside
 * it), Spanish (¿ and ¡, no space before punctuation), Russian (« » quotes, no space before
 * punctuation) and Arabic (، ؛ ؟ after Arabic text). Other languages: no rule, an empty list.
 */
export function typographyIssues(locale: string, message: string): string[] {
  const language = locale.split('-')[0]!.toLowerCase();
  if (language === 'fr') return frenchTypographyIssues(message);
  const check = Object.hasOwn(CHECKS, language) ? CHECKS[language] : undefined;
  if (!check) return [];
  const issues: string[] = [];
  for (const run of textRuns(message)) check(run, issues);
  return issues;
}
