import type { ChartsMessages } from '../en/index.js';

export const charts: ChartsMessages = {
  'charts.showTable': 'عرض جدول البيانات',
  'charts.hideTable': 'إخفاء جدول البيانات',
  'charts.value': '{value, number, integer}',
  'charts.value.level': '{value, number, integer} ({level})',
  'charts.point': '{name}: {value}',
  'charts.point.series': '{series}، {name}: {value}',
  'charts.point.target': '{name}: {value}؛ القيمة المستهدفة {target, number, integer}',
  'charts.point.divergent': '{name}: {value}؛ الآراء متباينة',
  'charts.cell': '{row} – {column}',
  'charts.summary.empty': 'لا توجد درجات بعد.',
  'charts.summary.one': '{name}: {value, number, integer}.',
  'charts.summary.even':
    'حصلت جميعها ({count, number, integer}) على الدرجة {value, number, integer}.',
  'charts.summary.extremes':
    'الأقوى: {strongest} ({high, number, integer})؛ الأضعف: {weakest} ({low, number, integer}).',
  'charts.summary.missing': 'بلا درجة: {names}.',
  'charts.summary.series': '{series}: {summary}',
  'charts.summary.divergent': 'تتباين الآراء بشأن: {names}.',
  'charts.summary.gauge': '{value, number, integer} من {max, number, integer}: {level}.',
  'charts.radar.label': 'الدرجات حسب الركيزة',
  'charts.bar.label': 'الدرجات حسب المكون',
  'charts.heatmap.label': 'الدرجات حسب المكون والمجموعة',
  'charts.gauge.label': 'الدرجة الإجمالية',
  'charts.legend': 'مفتاح الرسم',
  'charts.legend.target': 'القيمة المستهدفة',
  'charts.legend.divergent': 'آراء متباينة',
  'charts.table.pillar': 'الركيزة',
  'charts.table.component': 'المكون',
  'charts.table.score': 'الدرجة',
  'charts.table.target': 'القيمة المستهدفة',
};
