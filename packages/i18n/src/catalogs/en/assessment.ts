/** Messages of the assessment elements. Keys start with `assessment.`. */
export const assessment = {} as const;
