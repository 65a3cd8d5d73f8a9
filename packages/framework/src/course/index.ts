/**
 * The course that goes with the bundled framework, in every locale the framework is
 * translated into. Loaded on its own (`@dtc/framework/course`), so the questionnaire never
 * carries it; a page in one language imports `@dtc/framework/course/base` and the texts of
 * that language (`@dtc/framework/course/texts`) instead.
 */
import { mergeCourseTexts, type Course } from '@dtc/schema';
import { courseBase } from './base.js';
import ar from './texts/ar.js';
import es from './texts/es.js';
import fr from './texts/fr.js';
import ru from './texts/ru.js';
import zhHans from './texts/zh-Hans.js';

/** The course with every text in every locale. The tests check that each texts file fits. */
export const course: Course = mergeCourseTexts(courseBase, ar, zhHans, fr, ru, es).course;

export { courseBase };
export default course;
