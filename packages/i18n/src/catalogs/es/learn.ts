import type { LearnMessages } from '../en/index.js';

export const learn: LearnMessages = {
  'learn.contents': 'En este módulo',
  'learn.whyItMatters': 'Por qué es importante',
  'learn.deepDive': 'Preguntas para el análisis en profundidad',
  'learn.deepDive.lead':
    'Discutan estas preguntas en equipo y luego vuelvan a puntuar este pilar a la luz de lo que hayan encontrado.',
  'learn.rescore': 'Volver a puntuar este pilar',
  'learn.practices': 'Buenas prácticas',
  'learn.pitfalls': 'Errores frecuentes',
  'learn.examples': 'Ejemplos de países',
  'learn.reflection': 'Preguntas para la reflexión',
  'learn.sources': 'Fuentes',
  'learn.cited': '{count, plural, one {Fuente} many {Fuentes} other {Fuentes}}: {list}',
  'learn.reference': '{publisher} ({year})',
  'learn.level': 'Su nivel actual: {level}',
  'learn.pillarLevel': 'Su nivel actual en este pilar: {level}',
  'learn.low': 'Nivel bajo: un punto de partida',
  'learn.country.code': 'Código de país {code}',
  'learn.empty': 'No hay ningún módulo de aprendizaje que mostrar.',
} as const;
