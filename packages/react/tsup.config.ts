import { packageBuild } from '../../tsup.shared.js';

// One module per wrapper, so that a bundler keeps (and registers) only the elements an app uses.
export default packageBuild({ entry: ['src/index.ts', 'src/generated/*.ts'] });
