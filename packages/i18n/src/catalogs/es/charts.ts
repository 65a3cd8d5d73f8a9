import type { ChartsMessages } from '../en/index.js';

export const charts: ChartsMessages = {
  'charts.showTable': 'Mostrar la tabla de datos',
  'charts.hideTable': 'Ocultar la tabla de datos',
  'charts.value': '{value, number, integer}',
  'charts.value.level': '{value, number, integer} ({level})',
  'charts.point': '{name}: {value}',
  'charts.point.series': '{series}, {name}: {value}',
  'charts.point.target': '{name}: {value}; meta {target, number, integer}',
  'charts.point.divergent': '{name}: {value}; opiniones divergentes',
  'charts.cell': '{row} – {column}',
  'charts.summary.empty': 'Todavía no hay puntuaciones.',
  'charts.summary.one': '{name}: {value, number, integer}.',
  'charts.summary.even':
    'Los {count, number, integer} tienen la misma puntuación: {value, number, integer}.',
  'charts.summary.extremes':
    'Puntuación más alta: {strongest} ({high, number, integer}); puntuación más baja: {weakest} ({low, number, integer}).',
  'charts.summary.missing': 'Sin puntuación: {names}.',
  'charts.summary.series': '{series}: {summary}',
  'charts.summary.divergent': 'Las opiniones difieren en: {names}.',
  'charts.summary.gauge': '{value, number, integer} sobre {max, number, integer}: {level}.',
  'charts.radar.label': 'Puntuaciones por pilar',
  'charts.bar.label': 'Puntuaciones por componente',
  'charts.heatmap.label': 'Puntuaciones por componente y por grupo',
  'charts.gauge.label': 'Puntuación global',
  'charts.legend': 'Leyenda',
  'charts.legend.target': 'Meta',
  'charts.legend.divergent': 'Opiniones divergentes',
  'charts.table.pillar': 'Pilar',
  'charts.table.component': 'Componente',
  'charts.table.score': 'Puntuación',
  'charts.table.target': 'Meta',
};
