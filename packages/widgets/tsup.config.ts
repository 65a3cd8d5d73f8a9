import { packageBuild } from '../../tsup.shared.js';

// One module per source file: `@dtc/widgets/<name>` is dist/<name>/define.js, which registers
// that element (and the ones it renders) and nothing else. Dependencies (lit, @dtc/*) stay
// imports here; the CDN bundle (scripts/cdn.mjs) inlines them.
export default packageBuild();
