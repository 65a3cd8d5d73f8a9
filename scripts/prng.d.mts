/** A generator of numbers in [0, 1) from `seed` (mulberry32: the same numbers on every run). */
export function prng(seed: number): () => number;
