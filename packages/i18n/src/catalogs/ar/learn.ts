import type { LearnMessages } from '../en/index.js';

export const learn: LearnMessages = {
  'learn.contents': 'في هذه الوحدة',
  'learn.whyItMatters': 'لماذا يهم ذلك',
  'learn.deepDive': 'أسئلة للتعمق',
  'learn.deepDive.lead':
    'ناقشوا هذه الأسئلة ضمن الفريق، ثم أعيدوا تقدير درجة هذه الركيزة في ضوء ما توصلتم إليه.',
  'learn.rescore': 'إعادة تقدير درجة هذه الركيزة',
  'learn.practices': 'الممارسات الجيدة',
  'learn.pitfalls': 'الأخطاء الشائعة',
  'learn.examples': 'أمثلة من البلدان',
  'learn.reflection': 'أسئلة للتأمل',
  'learn.sources': 'المصادر',
  'learn.cited':
    '{count, plural, zero {المصادر} one {المصدر} two {المصدران} few {المصادر} many {المصادر} other {المصادر}}: {list}',
  'learn.reference': '{publisher} ({year})',
  'learn.level': 'مستواك الحالي: {level}',
  'learn.pillarLevel': 'مستواك الحالي في هذه الركيزة: {level}',
  'learn.low': 'مستوى منخفض: نقطة للانطلاق',
  'learn.country.code': 'رمز البلد {code}',
  'learn.empty': 'لا توجد وحدة تعليمية لعرضها.',
} as const;
