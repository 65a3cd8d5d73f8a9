// Writes the bundled framework as JSON, for pages that point a widget at a file (`src`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseFramework, formatIssues } from '@dtc/schema';
import { sixPillars } from '../src/index.js';

const parsed = parseFramework(sixPillars);
if (!parsed.ok) {
  console.error(formatIssues(parsed.issues));
  process.exit(1);
}
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../dist/six-pillars.json', import.meta.url),
  JSON.stringify(sixPillars) + '\n',
);
console.log('wrote dist/six-pillars.json');
