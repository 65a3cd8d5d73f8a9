import { posix } from 'node:path';

// Custom Elements Manifest config, read by `cem analyze` (run with `--litelement` at build).
//
// The elements declare their reactive properties with `static properties` (smaller in the
// bundle than decorators). The analyzer's Lit plugin reads that object, but unlike its
// `@property()` / `@state()` handling it
//   - documents `state: true` entries (internal state, never an attribute) as attributes, and
//   - marks every entry `privacy: "public"`, even where the field has no modifier
//     (the manifest leaves `privacy` out there, as for any other field).
// This plugin, run right after it on each class, puts the manifest back as the decorators
// gave it. See https://github.com/open-wc/custom-elements-manifest/issues/294.

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const litStaticPropertiesFixes = {
  name: 'dtc-lit-static-properties',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const doc = moduleDoc.declarations?.find(
      (d) => d.kind === 'class' && d.name === node.name?.getText(),
    );
    const isStatic = (m) => m.modifiers?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword);
    const properties = node.members.find(
      (m) => ts.isPropertyDeclaration(m) && isStatic(m) && m.name.getText() === 'properties',
    )?.initializer;
    if (!doc?.members || !properties || !ts.isObjectLiteralExpression(properties)) return;

    for (const entry of properties.properties) {
      if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
        continue;
      const name = entry.name.getText();
      const index = doc.members.findIndex((m) => m.name === name && !m.static);
      if (index < 0) continue;
      const { kind, type, privacy, ...rest } = doc.members[index];
      delete rest.name;

      const field = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && !isStatic(m) && m.name.getText() === name,
      );
      const keepPrivacy =
        !field ||
        privacy !== 'public' ||
        field.modifiers?.some((k) => k.kind === ts.SyntaxKind.PublicKeyword) ||
        ts.getJSDocPublicTag(field) !== undefined;

      const isState = entry.initializer.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          p.name.getText() === 'state' &&
          p.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) {
        delete rest.attribute;
        delete rest.reflects;
        doc.attributes = doc.attributes?.filter((a) => a.fieldName !== name);
      }

      // The keys in the order the analyzer gives any field: kind, name, type, privacy, …
      doc.members[index] = {
        kind,
        name,
        ...(type && { type }),
        ...(keepPrivacy && privacy && { privacy }),
        ...rest,
      };
    }
  },
};

/**
 * The manifest describes what is published: `dist/<path>.js`, not `src/<path>.ts` (which is
 * not in the package). Every module path and every reference to a module (exports,
 * superclasses, inherited members, element definitions) is rewritten from the source file
 * to the file the build emits for it. The analyzer writes those references in three forms
 * (`src/x.ts`, `/src/x.js`, and `./x.js` relative to the module that re-exports): all end up
 * as `dist/x.js`. A re-export (`export { DtcX } from './x.js'`) points at the module that
 * declares the name, when one does.
 */
const distPaths = {
  name: 'dtc-dist-paths',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const toDist = (from, path) => {
      let p = path;
      if (p.startsWith('./') || p.startsWith('../')) p = posix.join(posix.dirname(from), p);
      p = p.replace(/^\//, '');
      if (!p.startsWith('src/')) throw new Error(`custom-elements.json: unexpected path "${path}"`);
      return p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
    };
    /** Where each class or function is declared, by name (unique names only). */
    const declaredIn = new Map();
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        declaredIn.set(d.name, declaredIn.has(d.name) ? null : mod.path);
      }
    }
    const fix = (from, node) => {
      if (Array.isArray(node)) return node.forEach((n) => fix(from, n));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'module' && typeof v === 'string' && !node.package) {
          const declared = v === from ? declaredIn.get(node.name) : null;
          node.module = toDist(from, declared ?? v);
        } else fix(from, v);
      }
    };
    for (const mod of manifest.modules) {
      fix(mod.path, mod.declarations);
      fix(mod.path, mod.exports);
    }
    for (const mod of manifest.modules) mod.path = toDist(mod.path, mod.path);
  },
};

export default {
  plugins: [litStaticPropertiesFixes, distPaths],
};
