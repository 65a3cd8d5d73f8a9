/** Messages of the results elements. Keys start with `results.`. */
export const results = {} as const;
