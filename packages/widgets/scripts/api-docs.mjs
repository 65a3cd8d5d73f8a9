// Writes API.md (the elements' reference) from the Custom Elements Manifest, so the docs
// say what the JSDoc contracts in the source say.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);
const cell = (s = '') => String(s).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const out = [
  '# @dtc/widgets API',
  '',
  'Generated from `custom-elements.json` at build (`npm run build -w @dtc/widgets`); the source of',
  'truth is the JSDoc over each element class.',
  '',
];
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const el of elements) {
  out.push(
    `## \`<${el.tagName}>\``,
    '',
    cell(el.summary ?? el.description),
    '',
    `Class \`${el.name}\`, in \`${el.path}\`.`,
    '',
  );
  const fields = (el.members ?? []).filter(
    (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static,
  );
  if (fields.length) {
    out.push('| property | attribute | type | description |', '| --- | --- | --- | --- |');
    for (const f of fields) {
      const attr = (el.attributes ?? []).find((a) => a.fieldName === f.name)?.name ?? '';
      out.push(
        `| \`${f.name}\` | ${attr ? `\`${attr}\`` : ''} | ${cell(f.type?.text).replace(/^(.+)$/, '`$1`')} | ${cell(f.description)} |`,
      );
    }
    out.push('');
  }
  for (const [title, list, name] of [
    ['events', el.events, (e) => `\`${e.name}\``],
    ['slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')],
    ['CSS parts', el.cssParts, (p) => `\`${p.name}\``],
    ['CSS custom properties', el.cssProperties, (p) => `\`${p.name}\``],
  ]) {
    if (!list?.length) continue;
    out.push(`**${title}**`, '');
    for (const item of list)
      out.push(
        `- ${name(item)}${item.type?.text ? ` (\`${cell(item.type.text)}\`)` : ''}: ${cell(item.description)}`,
      );
    out.push('');
  }
}
writeFileSync(new URL('../API.md', import.meta.url), out.join('\n'));
console.log(`wrote API.md (${elements.length} elements)`);
