/**
 * Writing translations back into the modules they live in, formatted by the repository's
 * Prettier settings. A catalog module keeps its comments and its header: only the values of
 * its messages change, keys it lacks are added, and keys the English no longer has go.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';

/** Formats a module by the repository's Prettier settings, wherever it is written. */
async function format(path: string, code: string): Promise<string> {
  const options =
    (await prettier.resolveConfig(new URL('../../package.json', import.meta.url))) ?? {};
  return prettier.format(code, { ...options, filepath: path });
}

/** A JavaScript identifier for a locale tag: `zh-Hans` → `zhHans`. */
export function localeIdentifier(locale: string): string {
  return locale.replace(/-([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The object literal a module exports (its exported `const`, maybe `as const`). */
function exportedObject(file: ts.SourceFile): ts.ObjectLiteralExpression {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)))
        init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) return init;
    }
  }
  throw new Error(`${file.fileName}: no exported object literal`);
}

/**
 * Sets the messages of the catalog module at `path` to `targets`, in the order of `targets`
 * for keys it adds. A new module is made from `templatePath` (another locale's module of the
 * same catalog): its header and type, with the export renamed for `locale` when given.
 */
export async function writeCatalogModule(
  path: string,
  templatePath: string,
  targets: Readonly<Record<string, string>>,
  locale?: string,
): Promise<void> {
  let code: string;
  if (existsSync(path)) code = readFileSync(path, 'utf8');
  else {
    const template = readFileSync(templatePath, 'utf8');
    const file = ts.createSourceFile(templatePath, template, ts.ScriptTarget.Latest, true);
    const object = exportedObject(file);
    // The template's header (imports, type) with an empty object; its comments stay out.
    const start = file.statements.find((s) => s.pos <= object.pos && object.end <= s.end)!;
    const imports = file.statements
      .filter((s) => ts.isImportDeclaration(s))
      .map((s) => s.getText())
      .join('\n');
    let head = template.slice(start.getStart(), object.getStart());
    if (locale) head = head.replace(/const \w+/, `const ${localeIdentifier(locale)}`);
    code = `${imports}\n\n${head}{};\n`;
  }
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const object = exportedObject(file);
  const edits: { start: number; end: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name;
    const key = ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : undefined;
    if (key === undefined) continue;
    if (Object.hasOwn(targets, key)) {
      seen.add(key);
      const init = property.initializer;
      edits.push({
        start: init.getStart(),
        end: init.getEnd(),
        text: JSON.stringify(targets[key]),
      });
    } else {
      // The property's own lines go; a comment above it (a section heading) stays.
      const start = code.lastIndexOf('\n', property.getStart()) + 1;
      let end = property.getEnd();
      if (code[end] === ',') end++;
      if (code[end] === '\n') end++;
      edits.push({ start, end, text: '' });
    }
  }
  const added = Object.keys(targets)
    .filter((key) => !seen.has(key))
    .map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(targets[key])},\n`)
    .join('');
  if (added) {
    // New keys go on lines of their own just before the closing brace.
    const close = object.getEnd() - 1;
    const lineStart = code.lastIndexOf('\n', close) + 1;
    const ownLine = code.slice(lineStart, close).trim() === '';
    const last = object.properties.at(-1);
    if (last && !object.properties.hasTrailingComma)
      edits.push({ start: last.getEnd(), end: last.getEnd(), text: ',' });
    edits.push(
      ownLine
        ? { start: lineStart, end: lineStart, text: added }
        : { start: close, end: close, text: `\n${added}` },
    );
  }
  for (const edit of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await format(path, code));
}

export interface TextsModule {
  kind: 'framework' | 'course';
  format: 'dtc.framework-texts' | 'dtc.course-texts';
  framework: { id: string; version: string };
  locale: string;
  texts: Readonly<Record<string, string>>;
}

/** Writes the texts module of a framework or course in one locale (the whole file). */
export async function writeTextsModule(path: string, module: TextsModule): Promise<void> {
  const type = module.kind === 'framework' ? 'FrameworkTexts' : 'CourseTexts';
  const name = localeIdentifier(module.locale);
  const value = {
    format: module.format,
    version: 1,
    framework: module.framework,
    locale: module.locale,
    texts: module.texts,
  };
  const code =
    `/** The ${module.kind}'s texts in "${module.locale}", keyed as in \`map${module.kind === 'framework' ? 'Framework' : 'Course'}Texts\`. */\n` +
    `import type { ${type} } from '@dtc/schema';\n\n` +
    `const ${name}: ${type} = ${JSON.stringify(value, null, 2)};\n\nexport default ${name};\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await format(path, code));
}
