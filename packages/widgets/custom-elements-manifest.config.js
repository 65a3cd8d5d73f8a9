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

export default {
  plugins: [litStaticPropertiesFixes],
};
