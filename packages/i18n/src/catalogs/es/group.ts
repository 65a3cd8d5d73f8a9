import type { GroupMessages } from '../en/index.js';

export const group: GroupMessages = {
  'group.empty': 'Agregue al menos un participante para ver el grupo.',
  'group.participant': 'Participante {n, number, integer}',
  'group.scope.label': 'Pilares que se examinan',
  'group.scope.all': 'Todos los pilares',
  'group.radars.title': 'Todos los radares juntos',
  'group.radars.intro':
    'Las puntuaciones de cada participante: todas en un mismo radar y luego una junto a otra.',
  'group.radars.overlay': 'Todos los participantes en un mismo radar',
  'group.pages.label': 'Participantes mostrados',
  'group.pages.previous': 'Participantes anteriores',
  'group.pages.next': 'Participantes siguientes',
  'group.pages.choose': 'Participantes',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    'Se muestran los participantes {from, number, integer}–{to, number, integer} de {total, number, integer}, uno al lado del otro y en el recorrido por la galería.',
  'group.heatmap.title': 'Recorrido por la galería: fortalezas y desafíos comunes',
  'group.heatmap.intro':
    'Cada componente (filas) para cada participante (columnas). Busque las filas que son fuertes o débiles para casi todos; una marca señala los componentes en los que los grupos de abajo no coinciden.',
  'group.strengths': 'Fortalezas comunes',
  'group.challenges': 'Desafíos comunes',
  'group.none': 'Todavía no se destaca ninguno.',
  'group.component.mean': '{component} ({pillar}): media de {mean, number, integer}/100',
  'group.groups.title': 'Opiniones por grupo',
  'group.groups.by': 'Agrupar por',
  'group.groups.byValue': 'Agrupar por: {group}',
  'group.groups.role': 'Función',
  'group.groups.country': 'País',
  'group.groups.caption': 'Puntuación media de los pilares por {by}',
  'group.groups.item': '{name} ({n, number, integer})',
  'group.unknown.role': 'Función no indicada',
  'group.unknown.country': 'No especificado',
  'group.divergence.title': 'Dónde divergen las opiniones',
  'group.divergence.intro':
    'Componentes en los que las puntuaciones medias de los grupos difieren en {threshold, number, integer} puntos o más.',
  'group.divergence.item':
    '{component} ({pillar}): {high} {highScore, number, integer} frente a {low} {lowScore, number, integer}',
  'group.divergence.none': 'No hay divergencias marcadas entre los grupos.',
};
