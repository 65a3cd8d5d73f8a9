import type { ChartsMessages } from '../en/index.js';

export const charts: ChartsMessages = {
  'charts.showTable': 'Показать таблицу данных',
  'charts.hideTable': 'Скрыть таблицу данных',
  'charts.value': '{value, number, integer}',
  'charts.value.level': '{value, number, integer} ({level})',
  'charts.point': '{name}: {value}',
  'charts.point.series': '{series}, {name}: {value}',
  'charts.point.target': '{name}: {value}; целевое значение {target, number, integer}',
  'charts.point.divergent': '{name}: {value}; мнения расходятся',
  'charts.cell': '{row} — {column}',
  'charts.summary.empty': 'Баллов пока нет.',
  'charts.summary.one': '{name}: {value, number, integer}.',
  'charts.summary.even':
    'Все {count, number, integer} получили одинаковый балл: {value, number, integer}.',
  'charts.summary.extremes':
    'Самый высокий балл — {strongest} ({high, number, integer}); самый низкий — {weakest} ({low, number, integer}).',
  'charts.summary.missing': 'Без балла: {names}.',
  'charts.summary.series': '{series}: {summary}',
  'charts.summary.divergent': 'Мнения расходятся: {names}.',
  'charts.summary.gauge': '{value, number, integer} из {max, number, integer}: {level}.',
  'charts.radar.label': 'Баллы по направлениям',
  'charts.bar.label': 'Баллы по компонентам',
  'charts.heatmap.label': 'Баллы по компонентам и группам',
  'charts.gauge.label': 'Общий балл',
  'charts.legend': 'Легенда',
  'charts.legend.target': 'Целевое значение',
  'charts.legend.divergent': 'Мнения расходятся',
  'charts.table.pillar': 'Направление',
  'charts.table.component': 'Компонент',
  'charts.table.score': 'Балл',
  'charts.table.target': 'Целевое значение',
};
