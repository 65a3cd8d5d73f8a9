/**
 * The Word and Excel files of a report: `@dtc/export`'s `planToDocx` and `planToXlsx`, given
 * what the demo's plan page gives them: the plan (an empty one for a response alone, as the
 * page starts), the result scored from the response, the language, and the country's name in
 * that language. The demo adds a picture of the radar drawn by the browser; Node has no
 * canvas to draw it, and the Word file is complete without it.
 */
import type { PlanFileInput } from '@dtc/export';
import { countryName } from '@dtc/i18n/countries';
import { newActionPlan } from '@dtc/schema';
import type { ReportInput } from './inputs.js';

export type OfficeFormat = 'docx' | 'xlsx';

/** What `@dtc/export` is given for `input`. */
export function planFileInput(input: ReportInput): PlanFileInput {
  const { framework, locale, response, result } = input;
  const plan = input.plan ?? newActionPlan(framework);
  const file: PlanFileInput = { plan, framework, locale, result };
  const code = plan.country ?? response?.respondent.country;
  const name = code ? countryName(code, locale) : undefined;
  if (name) file.countryName = name;
  return file;
}

/** The bytes of the Word or Excel file of `input`. */
export async function renderOffice(input: ReportInput, format: OfficeFormat): Promise<Uint8Array> {
  const { planToDocx, planToXlsx } = await import('@dtc/export');
  const file = planFileInput(input);
  return format === 'docx' ? planToDocx(file) : planToXlsx(file);
}
