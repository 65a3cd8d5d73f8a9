/** Flags that keep headless Chromium from reaching outside hosts on a closed network. */
export const CHROMIUM_ARGS: string[];
/** The machine's Chromium: `CHROME_PATH`, then the usual Debian paths; null when none. */
export function findChromium(): string | null;
/** A Chromium path, installing Debian's package when allowed, or stopping with how to get one. */
export function ensureChromium(): string;
