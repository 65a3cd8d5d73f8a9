import type { ResultsMessages } from '../en/index.js';

export const results: ResultsMessages = {
  'results.title': 'Sus resultados',
  'results.empty':
    'Todavía no hay respuestas. Sus resultados aparecerán aquí a medida que responda las preguntas.',
  'results.partial':
    'Estos resultados se basan en el {share, number, percent} de las preguntas: pueden cambiar a medida que se respondan más.',
  'results.overall': 'Nivel global',
  'results.coverage': 'Cobertura',
  'results.coverage.value':
    '{answered, number, integer} de {applicable, plural, one {# pregunta respondida} many {# de preguntas respondidas} other {# preguntas respondidas}} ({share, number, percent})',
  'results.coverage.detail':
    '{na, plural, =0 {Ninguna pregunta marcada} one {# pregunta marcada} many {# de preguntas marcadas} other {# preguntas marcadas}} como “no aplica”; {dk, plural, =0 {ninguna respondida} one {# pregunta respondida} many {# de preguntas respondidas} other {# preguntas respondidas}} con “no sé”.',
  'results.balance': 'Equilibrio entre los pilares',
  'results.balance.value':
    '{index, number, integer} sobre 100 (100 significa que todos los pilares están al mismo nivel)',
  'results.balance.detail':
    'Pilar más fuerte: {strongest}; pilar más débil: {weakest}; una diferencia de {spread, number, integer} puntos.',
  'results.balance.even': 'Todos los pilares puntuados tienen la misma puntuación.',
  'results.balance.none':
    'Para medir el equilibrio se necesitan puntuaciones en al menos dos pilares.',
  'results.priorities': 'Por dónde empezar',
  'results.priorities.intro':
    'Componentes ordenados por urgencia: un nivel bajo, un rezago respecto al resto del pilar, un pilar débil o fundamental y las respuestas que faltan elevan su posición.',
  'results.reasons': 'Por qué ocupa este lugar',
  'results.reason.low-level': 'Su nivel de madurez es bajo.',
  'results.reason.below-pillar': 'Está rezagado respecto al resto de su pilar.',
  'results.reason.weakest-pillar': 'Pertenece al pilar más débil.',
  'results.reason.foundational': 'Su pilar es fundamental: los demás pilares se apoyan en él.',
  'results.reason.low-coverage': 'Pocas de sus preguntas tienen respuesta.',
  'results.reason.not-assessed': 'Todavía no se ha evaluado.',
  'results.reason.low-confidence': 'Sus respuestas se dieron con poca confianza.',
  'results.compare.title': 'Qué cambió',
  'results.compare.before': 'Antes',
  'results.compare.after': 'Después',
  'results.compare.change': 'Cambio',
  'results.compare.item': 'Pilar o componente',
  'results.compare.overall': 'Global: {before} → {after} ({delta}).',
  'results.compare.improved': 'Mejoraron: {names}.',
  'results.compare.declined': 'Retrocedieron: {names}.',
  'results.compare.unchanged': 'No cambió la puntuación de ningún componente.',
  'results.compare.empty': 'Se necesitan dos resultados para comparar.',
  'results.compare.notComparable':
    'Estos resultados provienen de versiones distintas del marco: compárelos con cautela.',
  'results.compare.up': 'sube {points, number, integer} puntos',
  'results.compare.down': 'baja {points, number, integer} puntos',
  'results.compare.same': 'sin cambios',
  'results.compare.levelChange': 'nivel {before} → {after}',
  'results.compare.scoreLevel': '{score} ({level})',
  'results.report.title': 'Informe de autoevaluación',
  'results.report.print': 'Imprimir o guardar como PDF',
  'results.report.framework': 'Marco',
  'results.report.frameworkVersion': '{name} ({version})',
  'results.report.respondent': 'Persona encuestada',
  'results.report.country': 'País',
  'results.report.date': 'Fecha',
  'results.report.chosen': 'Prioridades elegidas',
  'results.report.plan': 'Plan de acción',
  'results.report.noPlan': 'Todavía no hay plan de acción.',
  'results.report.comments': 'Comentarios y evidencias',
  'results.report.noComments': 'No se aportaron comentarios ni evidencias.',
  'results.report.question': '{component}: {question}',
  'results.report.evidence': 'Evidencias:',
  'results.report.empty': 'Todavía no hay nada que informar: primero responda algunas preguntas.',
};
