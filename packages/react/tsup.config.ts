import { packageBuild } from '../../tsup.shared.js';

// One module per wrapper (src/generated/, written by scripts/generate.mjs), so that a bundler
// keeps (and registers) only the elements an app uses.
export default packageBuild();
