// Browser test setup: a test that logs an unexpected console error or warning fails.
import { afterEach, beforeEach, expect } from 'vitest';

let logged: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    // Lit's dev-mode notice is expected once per page.
    if (/Lit is in dev mode/.test(line)) return;
    logged.push(line);
    original.warn(...args);
  };
  localStorage.clear();
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  document.body.replaceChildren();
  expect(logged, 'unexpected console output').toEqual([]);
});
