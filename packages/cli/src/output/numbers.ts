/** Scores in tables: rounded for reading (JSON keeps every digit). */
export function rounded(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
