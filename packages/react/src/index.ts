// Generated wrappers are written here by scripts/generate.mjs at build time.
export {};
