// Writes the bundled framework as JSON files, for pages that point a widget at a file (`src`):
// the single file and the split form (base + one texts file per locale). See scripts/files.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { frameworkFiles } from './files.js';

let files: Record<string, unknown>;
try {
  files = frameworkFiles();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
for (const [name, json] of Object.entries(files)) {
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(json) + '\n');
  console.log(`wrote dist/${name}`);
}
