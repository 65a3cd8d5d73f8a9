/**
 * The form as an ODK XForm (https://getodk.github.io/xforms-spec/): `h:html` with a model (the
 * primary instance, a `bind` per field, `itext` translations for every language) and a body of
 * groups, `select1` and `input` controls. Written from the same {@link FormDescription} as the
 * XLSForm, so the two agree field for field.
 */
import type { FormDescription, FormField, FormItem } from './form.js';
import { constraintOf, fieldsOf } from './form.js';
import { escapeXml } from './xml.js';

const ROOT = 'data';

interface Text {
  id: string;
  text: Readonly<Record<string, string>>;
}

export function writeXForm(form: FormDescription): string {
  const texts: Text[] = [];
  const refOf = (path: readonly string[]): string => `/${[ROOT, ...path].join('/')}`;
  const itext = (id: string, text: Readonly<Record<string, string>> | undefined): string | null => {
    if (!text) return null;
    texts.push({ id, text });
    return `jr:itext('${id}')`;
  };

  const pathOf = new Map<string, string>();
  for (const { field, path } of fieldsOf(form.items))
    pathOf.set(field.name, refOf([...path, field.name]));

  const instance = (items: readonly FormItem[], indent: string): string =>
    items
      .map((item) =>
        item.type === 'group'
          ? `${indent}<${item.name}>\n${instance(item.children, `${indent}  `)}${indent}</${item.name}>\n`
          : `${indent}<${item.name}/>\n`,
      )
      .join('');

  const binds: string[] = [];
  const bind = (field: FormField, ref: string): void => {
    const attrs: string[] = [`nodeset="${ref}"`];
    if (field.type === 'start' || field.type === 'end')
      attrs.push('type="dateTime"', 'jr:preload="timestamp"', `jr:preloadParams="${field.type}"`);
    else attrs.push('type="string"');
    if (field.required) attrs.push('required="true()"');
    if (field.relevant) {
      const target = pathOf.get(field.relevant.field);
      attrs.push(`relevant="${escapeXml(`${target} = '${field.relevant.equals}'`)}"`);
    }
    const constraint = constraintOf(field);
    if (constraint) attrs.push(`constraint="${escapeXml(constraint)}"`);
    binds.push(`      <bind ${attrs.join(' ')}/>`);
  };

  const body = (items: readonly FormItem[], path: readonly string[], indent: string): string =>
    items
      .map((item) => {
        const ref = refOf([...path, item.name]);
        if (item.type === 'group') {
          const label = itext(`${ref}:label`, item.label);
          return (
            `${indent}<group ref="${ref}">\n` +
            `${indent}  <label ref="${label}"/>\n` +
            body(item.children, [...path, item.name], `${indent}  `) +
            `${indent}</group>\n`
          );
        }
        bind(item, ref);
        if (item.type === 'start' || item.type === 'end') return '';
        const lines: string[] = [];
        const control = item.type === 'select_one' ? 'select1' : 'input';
        lines.push(`${indent}<${control} ref="${ref}">`);
        lines.push(`${indent}  <label ref="${itext(`${ref}:label`, item.label)}"/>`);
        const hint = itext(`${ref}:hint`, item.hint);
        if (hint) lines.push(`${indent}  <hint ref="${hint}"/>`);
        for (const choice of item.choices ?? []) {
          lines.push(
            `${indent}  <item>`,
            `${indent}    <label ref="${itext(`${ref}/${choice.name}:label`, choice.label)}"/>`,
            `${indent}    <value>${escapeXml(choice.name)}</value>`,
            `${indent}  </item>`,
          );
        }
        lines.push(`${indent}</${control}>`);
        return `${lines.join('\n')}\n`;
      })
      .join('');

  const bodyXml = body(form.items, [], '    ');
  binds.push(
    `      <bind nodeset="/${ROOT}/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>`,
  );
  const instanceXml = instance(form.items, '          ');

  const translations = form.languages
    .map((language) => {
      const entries = texts
        .map(
          (t) =>
            `          <text id="${escapeXml(t.id)}"><value>${escapeXml(t.text[language.code] ?? '')}</value></text>`,
        )
        .join('\n');
      const isDefault = language === form.defaultLanguage ? ' default="true()"' : '';
      return `        <translation lang="${escapeXml(language.label)}"${isDefault}>\n${entries}\n        </translation>`;
    })
    .join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <h:head>
    <h:title>${escapeXml(form.title[form.defaultLanguage.code] ?? form.id)}</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
${translations}
      </itext>
      <instance>
        <${ROOT} id="${escapeXml(form.id)}" version="${escapeXml(form.version)}">
${instanceXml}          <meta>
            <instanceID/>
          </meta>
        </${ROOT}>
      </instance>
${binds.join('\n')}
    </model>
  </h:head>
  <h:body>
${bodyXml}  </h:body>
</h:html>
`;
}
