/**
 * The JSON files of the bundled framework, by file name: the single file (every text in
 * every locale, `six-pillars.json`) and the split form, a base in English
 * (`six-pillars.base.json`) plus one texts file per other locale (`six-pillars.fr.json`).
 * A page that points `<dtc-assessment>` at the base loads only the texts of its own locale.
 */
import { formatIssues, parseFramework, splitFramework } from '@dtc/schema';
import { sixPillars } from '../src/index.js';

export function frameworkFiles(): Record<string, unknown> {
  const parsed = parseFramework(sixPillars);
  if (!parsed.ok)
    throw new Error(`The bundled framework is not valid:\n${formatIssues(parsed.issues)}`);
  const { base, texts } = splitFramework(sixPillars, 'en');
  return {
    'six-pillars.json': sixPillars,
    'six-pillars.base.json': base,
    ...Object.fromEntries(texts.map((file) => [`six-pillars.${file.locale}.json`, file])),
  };
}
