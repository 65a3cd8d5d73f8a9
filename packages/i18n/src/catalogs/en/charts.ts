/** Messages of the charts elements. Keys start with `charts.`. */
export const charts = {} as const;
