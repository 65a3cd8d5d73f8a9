import type { IssuesMessages } from '../en/index.js';

export const issues: IssuesMessages = {
  'issue.invalid-type':
    '{found, select, nothing {Falta un valor obligatorio ({expected, select, string {un texto} number {un número} int {un número entero} boolean {verdadero o falso} array {una lista} object {un grupo de campos} record {un grupo de campos} other {{expected}}}).} other {Se esperaba {expected, select, string {un texto} number {un número} int {un número entero} boolean {verdadero o falso} array {una lista} object {un grupo de campos} record {un grupo de campos} other {{expected}}}; se encontró {found, select, string {un texto} number {un número} boolean {verdadero o falso} array {una lista} object {un grupo de campos} null {un valor vacío} other {{found}}}.}}',
  'issue.too-small':
    '{origin, select, string {Demasiado corto: al menos {minimum, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.} array {Muy pocos elementos: al menos {minimum, plural, one {# elemento} many {# de elementos} other {# elementos}}.} other {{inclusive, select, no {Debe ser mayor que {minimum, number}.} other {Debe ser como mínimo {minimum, number}.}}}}',
  'issue.too-big':
    '{origin, select, string {Demasiado largo: como máximo {maximum, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.} array {Demasiados elementos: como máximo {maximum, plural, one {# elemento} many {# de elementos} other {# elementos}}.} record {Demasiadas entradas: como máximo {maximum, plural, one {# entrada} many {# de entradas} other {# entradas}}.} document {El archivo es demasiado grande para comprobarlo: más de {maximum, number} listas y grupos de campos.} other {{inclusive, select, no {Debe ser menor que {maximum, number}.} other {Debe ser como máximo {maximum, number}.}}}}',
  'issue.invalid-value': 'Se esperaba uno de estos valores: {expected}; se encontró {found}.',
  'issue.invalid-union':
    '{discriminator, select, yes {“{key}” desconocido o ausente (se encontró {found}).} other {Este valor no corresponde a ninguna de las formas permitidas (se encontró {found}).}}',
  'issue.invalid-format':
    '{pattern, select, locale {Se esperaba una etiqueta de idioma con las mayúsculas y minúsculas canónicas, como “en”, “fr-CA” o “zh-Hant”.} id {Se esperaba un identificador de letras minúsculas, cifras y guiones, como “data-evidence”.} semver {Se esperaba un número de versión como “1.0.0”.} timestamp {Se esperaba una fecha y hora como “2026-03-25T09:30:00Z”.} country {Se esperaba un código de país de tres letras como “SEN”.} currency {Se esperaba un código de moneda de tres letras como “XOF”.} url {Se esperaba un enlace web como “https://example.org/report.pdf”.} nonEmpty {Escriba un texto.} other {No tiene el formato esperado ({format}).}}',
  'issue.not-multiple-of': 'Se esperaba un múltiplo de {divisor, number}.',
  'issue.unrecognized-keys':
    '{count, plural, one {Un campo que esta herramienta no reconoce: {keys}.} many {Campos que esta herramienta no reconoce: {keys}.} other {Campos que esta herramienta no reconoce: {keys}.}}',
  'issue.invalid-key':
    '“{key}” no es un nombre válido aquí{pattern, select, locale {: se esperaba una etiqueta de idioma como “en” o “fr-CA”.} id {: se esperaba un identificador como “data-evidence”.} textKey {: se esperaba una clave de texto como “pillar.data-evidence.title” o “question.emis-coverage.level.2”.} other {.}}',
  'issue.invalid-json': 'El texto no es un JSON válido.',
  'issue.unreadable': 'No se pudieron leer los datos.',
  'issue.unsupported-version':
    'La versión de formato {found} no es compatible: esta herramienta lee la versión {expected}.',
  'issue.duplicate-id': 'El identificador “{id}” se usa dos veces.',
  'issue.missing-translation': 'Falta el texto en “{locale}”.',
  'issue.level-order':
    'Los niveles deben numerarse en orden a partir de 1: se esperaba {expected, number}, se encontró {found, number}.',
  'issue.level-out-of-range':
    'Un nivel fuera de la escala: se esperaba uno de {expected}, se encontró {found}.',
  'issue.duplicate-level': 'El nivel {level, number} se describe dos veces.',
  'issue.missing-descriptor': 'El nivel {level, number} no tiene descripción.',
  'issue.reserved-id':
    '“{id}” es la respuesta “no aplica” o “no sé”: asigne otro identificador a la opción.',
  'issue.unknown-question': 'Una pregunta que este marco no tiene (“{question}”).',
  'issue.framework-mismatch': 'Hecho para otro marco (“{found}”, no “{expected}”).',
  'issue.unknown-option':
    'Una opción que la pregunta no ofrece: se esperaba una de {expected}, se encontró {found}.',
  'issue.invalid-boolean': 'Se esperaba sí o no; se encontró {found}.',
  'issue.invalid-text': 'Se esperaba un texto.',
  'issue.text-too-long':
    'El texto es más largo de lo que permite la pregunta (como máximo {maximum, plural, one {# carácter} many {# de caracteres} other {# caracteres}}).',
  'issue.na-not-allowed': '“No aplica” no es una respuesta que esta pregunta admita.',
  'issue.dont-know-not-allowed': '“No sé” no es una respuesta que esta pregunta admita.',
  'issue.unknown-component': 'No existe el componente “{id}” en este marco.',
  'issue.unknown-pillar': 'No existe el pilar “{id}” en este marco.',
  'issue.unknown-outcome': 'No existe el resultado educativo “{id}” en este marco.',
  'issue.missing-text': 'No hay texto en “{locale}” para “{key}”.',
  'issue.unknown-text':
    'El texto “{key}” en “{locale}” no corresponde a ningún elemento de este marco.',
  'issue.framework-version-mismatch':
    'Hecho para la versión {found} de este marco, no para la versión {expected}.',
  'issue.invalid-range': '{from} es posterior a {to}: el inicio no puede ser posterior al final.',
  'issue.amount-or-share':
    'Una línea de financiamiento requiere un monto o una parte del costo, no ambos.',
  'issue.unknown-action': 'No existe la acción “{id}” en este plan.',
  'issue.dependency-cycle':
    'Estas acciones se esperan unas a otras en círculo: {cycle}. Elimine uno de los vínculos.',
  'issue.component-not-in-pillar': 'El componente “{id}” no pertenece al pilar “{pillar}”.',
  'issue.upgraded':
    'Este plan se escribió en un formato anterior y se actualizó; guárdelo para conservar el nuevo formato.',
  'issue.priority-without-action': 'Todavía ninguna acción contribuye a la prioridad “{id}”.',
  'issue.pillar-priority-without-action':
    'Todavía ninguna acción contribuye a “{id}”, la prioridad elegida para su pilar.',
  'issue.horizon-without-action':
    'No hay ninguna acción a {horizon, select, short {corto plazo} medium {mediano plazo} other {largo plazo}}.',
  'issue.single-pillar':
    'Cada acción actúa a través de un solo pilar; los pilares dependen unos de otros.',
  'issue.action-without-indicator': 'Esta acción no tiene ningún indicador que muestre el avance.',
  'issue.funding-gap':
    'Brecha de financiamiento: {gap, number} {currency} aún no asegurados ni solicitados.',
  'issue.milestone-after-end': 'Este hito ({year}) es posterior al final del plan ({end}).',
  'issue.currency-differs':
    'El costo está en {found} y el plan en {expected}: sus totales se muestran por separado.',
  'issue.unknown-feedback-question':
    'Comentarios sobre una pregunta que este marco no tiene (“{question}”).',
  'issue.duplicate-feedback':
    'La pregunta “{question}” tiene comentarios dos veces: conserve un solo elemento por pregunta.',
  'issue.duplicate-kind': '“{kind}” se indica dos veces para la misma pregunta.',
  'issue.empty-feedback':
    'Los comentarios sobre “{question}” están vacíos: elija cuál es el problema o escriba un comentario.',
  'issue.too-many-issues':
    '{count, plural, one {Y # problema más, que no se muestra aquí.} many {Y # de problemas más, que no se muestran aquí.} other {Y # problemas más, que no se muestran aquí.}}',
  'issue.other': 'Este valor no es válido.',
};
