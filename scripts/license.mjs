#!/usr/bin/env node
// `prepack` of every published package: copies the repository's LICENSE (Apache-2.0, the one
// definition) into the package folder, so `npm pack` and `npm publish` put it in the tarball.
// The copies are ignored by git (.gitignore: packages/*/LICENSE).
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

copyFileSync(fileURLToPath(new URL('../LICENSE', import.meta.url)), 'LICENSE');
