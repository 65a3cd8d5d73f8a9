import type { MigrationMessages } from '../en/index.js';

export const migration: MigrationMessages = {
  'migration.title': 'Sus respuestas se trasladaron a una nueva versión del marco',
  'migration.intro':
    'Este cuestionario se respondió con la versión {from} del marco y ahora se abre con la versión {to}. Las respuestas a las preguntas que no cambiaron se trasladaron tal como estaban.',
  'migration.review.title':
    '{count, plural, one {# respuesta que revisar} many {# de respuestas que revisar} other {# respuestas que revisar}}',
  'migration.review.intro':
    'Estas preguntas se reformularon. Su respuesta anterior se trasladó: compruebe que sigue diciendo lo que usted quiere decir.',
  'migration.unanswered.title':
    '{count, plural, one {# pregunta necesita una nueva respuesta} many {# de preguntas necesitan una nueva respuesta} other {# preguntas necesitan una nueva respuesta}}',
  'migration.reason.added':
    '{count, plural, one {Una pregunta nueva} many {Preguntas nuevas} other {Preguntas nuevas}}',
  'migration.reason.split':
    '{count, plural, one {Una pregunta que proviene de otra que se dividió} many {Preguntas que provienen de otras que se dividieron} other {Preguntas que provienen de otras que se dividieron}}',
  'migration.reason.merged':
    '{count, plural, one {Una pregunta que combina otras anteriores} many {Preguntas que combinan otras anteriores} other {Preguntas que combinan otras anteriores}}',
  'migration.reason.value-not-carried':
    '{count, plural, one {Una pregunta reformulada a la que ya no corresponde su respuesta anterior} many {Preguntas reformuladas a las que ya no corresponden sus respuestas anteriores} other {Preguntas reformuladas a las que ya no corresponden sus respuestas anteriores}}',
  'migration.left.title':
    '{count, plural, one {# respuesta anterior ya no tiene cabida en esta versión} many {# de respuestas anteriores ya no tienen cabida en esta versión} other {# respuestas anteriores ya no tienen cabida en esta versión}}',
  'migration.left.intro':
    'Sus preguntas se eliminaron o se dividieron. Estas respuestas se conservan en su cuestionario tal como usted las dio, pero ya no cuentan en los resultados.',
  'migration.note': 'Motivo: {note}',
  'migration.dismiss': 'Ocultar este aviso',
  'migration.blocked.title': 'Estas respuestas no se pueden abrir aquí',
  'migration.blocked.body':
    'Se dieron con la versión {found} del marco, y esta página no puede trasladarlas a la versión {expected}. Se conservan tal como estaban: no se modificó nada.',
};
