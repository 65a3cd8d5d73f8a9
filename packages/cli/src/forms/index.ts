/** The form a framework becomes, with its words loaded: what `dtc export` writes and `dtc import` reads against. */
import type { Framework } from '@dtc/schema';
import { buildForm, type FormDescription } from './form.js';
import { languageName, loadFormWords } from './words.js';

export async function formOf(
  framework: Framework,
  locales?: readonly string[],
): Promise<FormDescription> {
  const chosen = locales?.length ? locales : framework.locales;
  const words = await loadFormWords(chosen);
  return buildForm(framework, words, { locales: chosen, languageName });
}

export {
  buildForm,
  fieldName,
  fieldsOf,
  formVersion,
  isFormVersion,
  type FormDescription,
} from './form.js';
export { writeXForm } from './xform.js';
export { writeXlsForm, xlsFormSheets } from './xlsform.js';
export { SubmissionReader, timestamp, versionMismatch, type Unmappable } from './submissions.js';
export { readSubmissionFile } from './tables.js';
