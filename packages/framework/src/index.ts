/**
 * @dtc/framework: the "six pillars for the digital transformation of education"
 * framework as data, in every locale it is translated into, validated by @dtc/schema in its
 * tests. A page that shows one language imports the English base (`@dtc/framework/base`)
 * and the texts of that language (`@dtc/framework/texts`) instead.
 */
import { mergeFrameworkTexts, type Framework } from '@dtc/schema';
import { about, levels, outcomes, sixPillarsBase, vision } from './base.js';
import ar from './texts/ar.js';
import es from './texts/es.js';
import fr from './texts/fr.js';
import ru from './texts/ru.js';
import zhHans from './texts/zh-Hans.js';

/**
 * The framework with every text in every locale (`locales`, English first). The tests check
 * that each texts file gives every text of the base and nothing else.
 */
export const sixPillars: Framework = withoutTranslations(
  mergeFrameworkTexts(sixPillarsBase, ar, zhHans, fr, ru, es).framework,
);

function withoutTranslations({ translations: _, ...framework }: Framework): Framework {
  return framework;
}

export { sixPillarsBase, levels, outcomes, vision, about };
export { FRAMEWORK_ID, FRAMEWORK_VERSION, LOCALES as FRAMEWORK_LOCALES } from './version.js';
export default sixPillars;
