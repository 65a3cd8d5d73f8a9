import type { GroupMessages } from '../en/index.js';

export const group: GroupMessages = {
  'group.empty': 'أضف مشاركًا واحدًا على الأقل لعرض نتائج المجموعة.',
  'group.participant': 'المشارك {n, number, integer}',
  'group.scope.label': 'الركائز المعروضة',
  'group.scope.all': 'جميع الركائز',
  'group.radars.title': 'جميع المخططات الرادارية معًا',
  'group.radars.intro': 'درجات كل مشارك: جميعها على مخطط راداري واحد، ثم جنبًا إلى جنب.',
  'group.radars.overlay': 'جميع المشاركين على مخطط راداري واحد',
  'group.pages.label': 'المشاركون المعروضون',
  'group.pages.previous': 'المشاركون السابقون',
  'group.pages.next': 'المشاركون التاليون',
  'group.pages.choose': 'المشاركون',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    'يُعرض المشاركون من {from, number, integer} إلى {to, number, integer} من أصل {total, number, integer} جنبًا إلى جنب وفي جولة المعرض.',
  'group.heatmap.title': 'جولة المعرض: نقاط القوة والتحديات المشتركة',
  'group.heatmap.intro':
    'كل مكون (في الصفوف) لكل مشارك (في الأعمدة). ابحث عن الصفوف القوية أو الضعيفة لدى الجميع تقريبًا؛ وتشير علامة إلى المكونات التي تختلف بشأنها المجموعات أدناه.',
  'group.strengths': 'نقاط القوة المشتركة',
  'group.challenges': 'التحديات المشتركة',
  'group.none': 'لا شيء بارز بعد.',
  'group.component.mean': '{component} ({pillar}): المتوسط {mean, number, integer}/100',
  'group.groups.title': 'الآراء حسب المجموعة',
  'group.groups.by': 'التجميع حسب',
  'group.groups.byValue': 'التجميع حسب: {group}',
  'group.groups.role': 'الدور',
  'group.groups.country': 'البلد',
  'group.groups.caption': 'متوسط درجات الركائز حسب {by}',
  'group.groups.item': '{name} ({n, number, integer})',
  'group.unknown.role': 'الدور غير محدد',
  'group.unknown.country': 'غير محدد',
  'group.divergence.title': 'مواضع تباين الآراء',
  'group.divergence.intro':
    'المكونات التي يختلف فيها متوسط درجات المجموعات بمقدار {threshold, plural, zero {{threshold, number, integer} نقطة} one {نقطة واحدة} two {نقطتين} few {{threshold, number, integer} نقاط} many {{threshold, number, integer} نقطة} other {{threshold, number, integer} نقطة}} أو أكثر.',
  'group.divergence.item':
    '{component} ({pillar}): {high} {highScore, number, integer} مقابل {low} {lowScore, number, integer}',
  'group.divergence.none': 'لا يوجد تباين كبير بين المجموعات.',
};
