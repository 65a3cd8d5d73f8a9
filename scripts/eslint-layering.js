// The layering of ARCHITECTURE.md as lint rules, so that a wrong import fails CI with the
// rule's name instead of being kept by memory:
// - `no-restricted-imports`, per package: which of our packages each one may import;
// - `dtc/own-package-relative`: a relative import never leaves the package (or app) it is
//   written in for another one; packages are imported by name, tests and fixtures included.
import path from 'node:path';

const ours = [
  '@dtc/schema',
  '@dtc/framework',
  '@dtc/scoring',
  '@dtc/i18n',
  '@dtc/widgets',
  '@dtc/rooms',
  '@dtc/cli',
];
const apps = ['@dtc/demo', '@dtc/storybook'];

/** What each package may import of ours, as ARCHITECTURE.md says. */
const allowed = {
  schema: [],
  i18n: [],
  scoring: ['@dtc/schema'],
  framework: ['@dtc/schema'],
  widgets: ['@dtc/schema', '@dtc/scoring', '@dtc/i18n', '@dtc/framework'],
  // The room's client is `<dtc-assessment>`'s store: it uses the store interface of
  // @dtc/widgets/model; the widgets never import the room (nor Yjs, nor its protocol).
  rooms: ['@dtc/schema', '@dtc/widgets'],
  // The command line is built on the packages (no second scoring or validation code).
  cli: ['@dtc/schema', '@dtc/scoring', '@dtc/i18n', '@dtc/framework', '@dtc/widgets'],
};

function restrictions(pkg) {
  const banned = [
    ...ours.filter((name) => name !== `@dtc/${pkg}` && !allowed[pkg].includes(name)),
    ...apps,
  ];
  const why = allowed[pkg].length
    ? `@dtc/${pkg} may import only ${allowed[pkg].join(', ')} of this repo (ARCHITECTURE.md).`
    : `@dtc/${pkg} imports nothing of this repo (ARCHITECTURE.md).`;
  return {
    // What the package ships; its tests and scripts may also use its devDependencies.
    files: [`packages/${pkg}/src/**/*.ts`],
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: banned.flatMap((name) => [name, `${name}/*`]), message: why }] },
      ],
    },
  };
}

/** `packages/x` or `apps/x`: the package a file or folder lies in, or null outside them. */
function packageRoot(file) {
  const parts = path.relative(process.cwd(), file).split(path.sep);
  return (parts[0] === 'packages' || parts[0] === 'apps') && parts.length >= 2
    ? path.resolve(parts[0], parts[1])
    : null;
}

export const ownPackageRelative = {
  meta: {
    type: 'problem',
    docs: { description: 'No package or app is imported by a relative path from outside it.' },
    messages: {
      escapes:
        '"{{source}}" reaches into {{other}} from {{root}}: import it by its package name (@dtc/...).',
    },
    schema: [],
  },
  create(context) {
    const root = packageRoot(context.filename);
    if (!root) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      // Shared tooling at the repository's root (scripts/, the shared build config) is not
      // a package; reaching into another package or app is what the rule forbids.
      const other = packageRoot(path.resolve(path.dirname(context.filename), source));
      if (other !== null && other !== root) {
        context.report({
          node: node.source,
          messageId: 'escapes',
          data: {
            source,
            root: path.relative(process.cwd(), root),
            other: path.relative(process.cwd(), other),
          },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layering = [
  ...Object.keys(allowed).map(restrictions),
  {
    files: ['packages/**/*.{ts,js,mjs}', 'apps/**/*.{ts,js,mjs}'],
    // The rule belongs to the repo's `dtc` plugin, registered once in eslint.config.js.
    rules: { 'dtc/own-package-relative': 'error' },
  },
];
