import type { CommonMessages } from '../en/index.js';

export const common: CommonMessages = {
  'common.loading': 'جارٍ التحميل…',
  'common.cancel': 'إلغاء',
  'common.save': 'حفظ',
  'common.remove': 'إزالة',
  'common.notScored': 'بلا درجة',
  'common.score': 'الدرجة {score, number, integer} من 100',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': 'المستوى {level, number, integer}: {label}',
  'common.error.title': 'حدث خطأ ما',
  'common.error.fetch': 'تعذّر تحميل الملف الموجود في {url} ({detail}).',
  'common.error.issue': '{path}: {message}',
  'common.error.moreIssues':
    '{count, plural, zero {و# مشكلة أخرى} one {ومشكلة أخرى} two {ومشكلتان أخريان} few {و# مشكلات أخرى} many {و# مشكلةً أخرى} other {و# مشكلة أخرى}}',
  'common.inParentheses': '({text})',
  'common.listSeparator': '، ',
};
