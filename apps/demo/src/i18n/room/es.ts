/**
 * The workshop room pages’ Spanish messages. The type guarantees that no English key is missing.
 */
import type { en } from './en.js';

export const es: Record<keyof typeof en, string> = {
  // ── Facilitator’s page ──
  'room.checking': 'Buscando el servidor de salas…',
  'room.noServer':
    'Ningún servidor de salas responde en esta dirección, así que aquí no hay salas disponibles. El resto del sitio funciona como siempre.',
  'room.noServer.how':
    'Para realizar un taller en una sala, el facilitador inicia el servidor de salas en su portátil con este comando y luego todos abren la dirección que muestra:',
  'room.toWorkshop': 'Volver al taller',
  'room.open.lead':
    'Abra una sala para su taller: los participantes se unen con un código o un código QR, y sus respuestas, los planes de sus equipos y sus comentarios le llegan a medida que trabajan.',
  'room.open.title': 'Abrir una sala',
  'room.open.name': 'Título del taller',
  'room.open.title.error': 'Escriba un título para el taller.',
  'room.open.teams': 'Equipos',
  'room.open.teams.hint': 'Un nombre de equipo por línea; por ejemplo, uno por país.',
  'room.open.teams.error': 'Escriba al menos un equipo.',
  'room.open.key': 'Clave para abrir salas en este servidor',
  'room.open.key.hint': 'Quien administra el servidor de salas se la da a los facilitadores.',
  'room.open.framework': 'La sala usa el marco de este sitio, en {language}.',
  'room.open.submit': 'Abrir la sala',
  'room.opened': 'La sala «{title}» está abierta.',
  'room.lead':
    'Los participantes se unen con el código de abajo. Sus respuestas, los planes de sus equipos y sus comentarios aparecen aquí a medida que trabajan.',
  'room.code.title': 'Cómo se unen los participantes',
  'room.code.lead': 'Código de la sala:',
  'room.code.expires': 'Este código es válido hasta el {date}.',
  'room.code.link': 'También pueden abrir este enlace o escanear el código QR:',
  'room.code.copy': 'Copiar el enlace para unirse',
  'room.code.new': 'Nuevo código',
  'room.code.renewed': 'Nuevo código de la sala: {code}. El código anterior ya no funciona.',
  'room.code.localOnly':
    'Esta página está abierta en una dirección a la que solo llega este ordenador, así que el enlace y el código QR no funcionan en ningún otro dispositivo. Abra la página en la dirección de red que mostró el servidor de salas al iniciarse.',
  'room.code.unknown': 'El código de la sala aparecerá cuando responda el servidor de salas.',
  'room.qr.caption': 'Código QR del enlace para unirse a la sala con el código {code}',
  'room.admin.title': 'Su enlace de administración',
  'room.admin.warning':
    'Mantenga este enlace en privado: quien lo tenga puede ver todas las respuestas de la sala, exportarla, cerrarla y eliminarla. Úselo para abrir la sala desde otro dispositivo.',
  'room.admin.link': 'Enlace de administración',
  'room.admin.copy': 'Copiar el enlace de administración',
  'room.roster.title': 'Participantes',
  'room.roster.count':
    '{count, plural, =0 {Todavía no se ha unido nadie.} one {Se ha unido # participante.} many {Se han unido # participantes.} other {Se han unido # participantes.}}',
  'room.roster.none': 'Comparta el código: los participantes aparecerán aquí a medida que se unan.',
  'room.roster.caption': 'Participantes de esta sala',
  'room.roster.name': 'Nombre',
  'room.roster.team': 'Equipo',
  'room.roster.answered': 'Respondidas',
  'room.roster.feedback': 'Comentarios',
  'room.roster.progress': '{answered, number, integer} de {total, number, integer}',
  'room.roster.feedback.yes': 'Enviados',
  'room.roster.feedback.no': 'Todavía no',
  'room.group.title': 'Vista del grupo',
  'room.share.group': 'Compartir la vista del grupo con los participantes',
  'room.share.group.state.on': 'Los participantes ven ahora la vista del grupo, sin nombres.',
  'room.share.group.state.off': 'Solo usted ve la vista del grupo.',
  'room.share.group.on': 'La vista del grupo se comparte con los participantes.',
  'room.share.group.off': 'La vista del grupo ya no se comparte.',
  'room.plans.title': 'Planes de los equipos',
  'room.share.plans': 'Compartir los planes con los participantes (recorrido por la galería)',
  'room.share.plans.state.on': 'Los participantes ven ahora el plan de cada equipo.',
  'room.share.plans.state.off': 'Cada equipo ve solo su propio plan.',
  'room.share.plans.on': 'El plan de cada equipo se comparte con los participantes.',
  'room.share.plans.off': 'Los planes ya no se comparten.',
  'room.plan.actions': 'Acciones',
  'room.plan.untitled': 'Acción todavía sin título',
  'room.plan.actionMeta': '{pillar} · {horizon}',
  'room.manage.title': 'La sala',
  'room.export.lead':
    'Exporte la sala: un solo archivo con cada respuesta, cada plan y cada comentario, que las páginas Taller e Historial de este sitio importan.',
  'room.export': 'Exportar la sala',
  'room.export.label': '{name} ({team})',
  'room.export.done':
    '{count, plural, one {El archivo contiene # participante.} many {El archivo contiene # participantes.} other {El archivo contiene # participantes.}}',
  'room.export.unfinished':
    '{count, plural, one {El plan de {team} tiene # acción sin título o sin resultado: no está en el archivo.} many {El plan de {team} tiene # acciones sin título o sin resultado: no están en el archivo.} other {El plan de {team} tiene # acciones sin título o sin resultado: no están en el archivo.}}',
  'room.close.lead':
    'Al cerrar la sala, los participantes ya no pueden cambiar nada; usted puede seguir consultándola, exportándola y eliminándola.',
  'room.close': 'Cerrar la sala',
  'room.closed': 'La sala está cerrada: los participantes ya no pueden cambiar sus respuestas.',
  'room.forget': 'Salir de la sala en este dispositivo',
  'room.delete.lead':
    'Eliminar la sala la borra del servidor para siempre, con todo su contenido. Expórtela antes si la necesita.',
  'room.delete': 'Eliminar la sala',
  'room.delete.confirm':
    '¿Eliminar esta sala y todas las respuestas, los planes y los comentarios que contiene? No se puede deshacer.',
  'room.delete.yes': 'Eliminar la sala para siempre',
  'room.deleted': 'La sala se eliminó del servidor y de este dispositivo.',
  'room.gone': 'Esta sala ya no existe en el servidor: se eliminó.',
  'room.gone.forget': 'Abrir otra sala',
  'room.status.connecting': 'Conectando con la sala…',
  'room.status.online': 'En línea: todo está guardado en la sala.',
  'room.status.waiting':
    '{count, plural, one {En línea: se está enviando # cambio.} many {En línea: se están enviando # cambios.} other {En línea: se están enviando # cambios.}}',
  'room.status.offline':
    'Sin conexión: sus respuestas se guardan en este dispositivo y se enviarán cuando vuelva la red.',
  'room.status.offlineWaiting':
    '{count, plural, one {Sin conexión: # cambio espera en este dispositivo y se enviará cuando vuelva la red.} many {Sin conexión: # cambios esperan en este dispositivo y se enviarán cuando vuelva la red.} other {Sin conexión: # cambios esperan en este dispositivo y se enviarán cuando vuelva la red.}}',
  'room.refusal.rate-limited':
    'El servidor de salas recibe demasiado de este dispositivo: lo volverá a intentar en unos segundos.',
  'room.refusal.message-too-large':
    'El servidor de salas rechazó un cambio demasiado grande. Acorte el último texto que escribió.',
  'room.refusal.document-too-large':
    'El servidor de salas rechazó un cambio: esta parte de la sala alcanzó su tamaño máximo. Avise al facilitador.',
  'room.refusal.invalid-update':
    'El servidor de salas rechazó un cambio que no puede aceptar. Vuelva a cargar la página; avise al facilitador si se repite.',
  'room.refusal.incomplete-update':
    'Un cambio de este dispositivo llegó al servidor de salas antes que otro anterior: la página está enviándolo todo de nuevo.',
  'room.refusal.message-not-accepted': 'El servidor de salas no acepta este tipo de mensaje.',
  'room.refusal.room-closed':
    'El facilitador cerró esta sala: sus cambios ya no se envían. Lo que respondió se conserva en la sala.',
  'room.refusal.room-not-found':
    'Esta sala ya no existe, o este dispositivo ya no forma parte de ella.',
  'room.refusal.other': 'El servidor de salas rechazó la conexión.',
  'room.error.bad-request':
    'El servidor de salas no pudo leer esta solicitud. Revise lo que escribió.',
  'room.error.open-key-needed':
    'Para abrir una sala en este servidor se necesita su clave: pídasela a quien lo administra.',
  'room.error.too-many-rooms':
    'Este servidor tiene todas las salas que puede mantener. Pida a quien lo administra que elimine salas antiguas.',
  'room.error.rate-limited':
    'Demasiados intentos desde esta red. Espere un minuto y vuelva a intentarlo.',
  'room.error.code-not-found': 'Ninguna sala tiene este código. Compruébelo con el facilitador.',
  'room.error.code-expired': 'Este código caducó. Pida uno nuevo al facilitador.',
  'room.error.room-closed': 'Esta sala está cerrada.',
  'room.error.room-full': 'Esta sala está completa. Avise al facilitador.',
  'room.error.unknown-team': 'Elija uno de los equipos de la sala.',
  'room.error.room-not-found': 'Esta sala ya no existe, o este enlace no la abre.',
  'room.error.unreachable':
    'El servidor de salas no responde. Revise la red y vuelva a intentarlo.',
  'room.error.other': 'Hubo un problema con el servidor de salas. Vuelva a intentarlo.',

  // ── Participant’s page ──
  'join.lead':
    'Escriba el código de la sala que le da el facilitador, o abra el enlace que comparte.',
  'join.code': 'Código de la sala',
  'join.code.hint': 'Diez letras, por ejemplo ABCDE-FGHJK.',
  'join.code.error': 'Escriba el código de la sala.',
  'join.find': 'Buscar la sala',
  'join.found': 'Indique quién es y elija su equipo.',
  'join.name': 'Su nombre',
  'join.name.hint': 'El facilitador lo ve; la vista del grupo muestra las respuestas sin nombres.',
  'join.name.error': 'Escriba su nombre.',
  'join.team': 'Su equipo',
  'join.team.error': 'Elija su equipo.',
  'join.role.choose': 'Elija su función',
  'join.role.error': 'Elija su función.',
  'join.submit': 'Unirse a la sala',
  'join.otherCode': 'Usar otro código',
  'join.joined': 'Se unió a la sala «{title}».',
  'join.room.lead': 'Usted es {name}, del equipo {team}.',
  'join.closed': 'El facilitador cerró esta sala: puede consultarla, pero ya no modificarla.',
  'join.parts': 'Partes de la sala',
  'join.answers.title': 'Sus respuestas',
  'join.answers.lead':
    'Su autoevaluación se guarda en la sala a medida que responde; el facilitador la ve en directo.',
  'join.plan.title': 'Plan del equipo {team}',
  'join.plan.lead':
    'Todo su equipo redacta este plan a la vez: los cambios de los demás aparecen en cuanto los hacen.',
  'join.feedback.title': 'Sus comentarios',
  'join.feedback.lead': 'Diga al facilitador qué le parecen las preguntas, el método y el taller.',
  'join.feedback.saved': 'Gracias: sus comentarios se guardaron en la sala.',
  'join.shared.title': 'Compartido por el facilitador',
  'join.shared.none':
    'Todavía no se comparte nada. La vista del grupo y los planes de los demás equipos aparecerán aquí cuando el facilitador los comparta.',
  'join.shared.group': 'Vista del grupo',
  'join.shared.plans': 'El plan de cada equipo (recorrido por la galería)',
  'join.leave.title': 'Salir de la sala',
  'join.leave.lead':
    'Sus respuestas se quedan en la sala. En este dispositivo, la página volverá a pedirle un código de sala.',
  'join.leave': 'Salir de la sala en este dispositivo',
  'join.left': 'Salió de la sala en este dispositivo.',
};
