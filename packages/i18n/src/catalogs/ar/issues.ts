import type { IssuesMessages } from '../en/index.js';

export const issues: IssuesMessages = {
  'issue.invalid-type':
    '{found, select, nothing {قيمة مطلوبة مفقودة ({expected, select, string {نص} number {رقم} int {عدد صحيح} boolean {صح أو خطأ} array {قائمة} object {مجموعة حقول} record {مجموعة حقول} other {{expected}}}).} other {المتوقع {expected, select, string {نص} number {رقم} int {عدد صحيح} boolean {صح أو خطأ} array {قائمة} object {مجموعة حقول} record {مجموعة حقول} other {{expected}}}، لكن وُجد {found, select, string {نص} number {رقم} boolean {صح أو خطأ} array {قائمة} object {مجموعة حقول} null {قيمة فارغة} other {{found}}}.}}',
  'issue.too-small':
    '{origin, select, string {النص قصير جدًا: الحد الأدنى {minimum, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}.} array {عدد العناصر قليل جدًا: الحد الأدنى {minimum, plural, zero {# عنصر} one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}}.} other {{inclusive, select, no {يجب أن تكون القيمة أكبر من {minimum, number}.} other {يجب ألا تقل القيمة عن {minimum, number}.}}}}',
  'issue.too-big':
    '{origin, select, string {النص طويل جدًا: الحد الأقصى {maximum, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}.} array {عدد العناصر كبير جدًا: الحد الأقصى {maximum, plural, zero {# عنصر} one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}}.} record {عدد الإدخالات كبير جدًا: الحد الأقصى {maximum, plural, zero {# إدخال} one {إدخال واحد} two {إدخالان} few {# إدخالات} many {# إدخالًا} other {# إدخال}}.} document {الملف أكبر من أن يُفحص: أكثر من {maximum, number} قائمة ومجموعة حقول.} other {{inclusive, select, no {يجب أن تكون القيمة أقل من {maximum, number}.} other {يجب ألا تزيد القيمة على {maximum, number}.}}}}',
  'issue.invalid-value': 'المتوقع إحدى القيم التالية: {expected}؛ لكن وُجد {found}.',
  'issue.invalid-union':
    '{discriminator, select, yes {الحقل «{key}» غير معروف أو مفقود (وُجد {found}).} other {لا تطابق هذه القيمة أيًّا من الصيغ المسموح بها (وُجد {found}).}}',
  'issue.invalid-format':
    '{pattern, select, locale {المتوقع وسم لغة بحالة الأحرف المعيارية، مثل «en» أو «fr-CA» أو «zh-Hant».} id {المتوقع معرّف من أحرف لاتينية صغيرة وأرقام وشرطات، مثل «data-evidence».} semver {المتوقع رقم إصدار مثل «1.0.0».} timestamp {المتوقع تاريخ ووقت مثل «2026-03-25T09:30:00Z».} country {المتوقع رمز بلد من ثلاثة أحرف مثل «SEN».} currency {المتوقع رمز عملة من ثلاثة أحرف مثل «XOF».} url {المتوقع رابط ويب مثل «https://example.org/report.pdf».} nonEmpty {أدخل نصًا.} other {الصيغة غير مطابقة للمتوقع ({format}).}}',
  'issue.not-multiple-of': 'المتوقع مضاعف للعدد {divisor, number}.',
  'issue.unrecognized-keys':
    '{count, plural, zero {حقول لا تعرفها هذه الأداة: {keys}.} one {حقل لا تعرفه هذه الأداة: {keys}.} two {حقلان لا تعرفهما هذه الأداة: {keys}.} few {حقول لا تعرفها هذه الأداة: {keys}.} many {حقول لا تعرفها هذه الأداة: {keys}.} other {حقول لا تعرفها هذه الأداة: {keys}.}}',
  'issue.invalid-key':
    '«{key}» ليس اسمًا صالحًا هنا{pattern, select, locale {: المتوقع وسم لغة مثل «en» أو «fr-CA».} id {: المتوقع معرّف مثل «data-evidence».} textKey {: المتوقع مفتاح نص مثل «pillar.data-evidence.title» أو «question.emis-coverage.level.2».} other {.}}',
  'issue.invalid-json': 'النص ليس بصيغة JSON صالحة.',
  'issue.unreadable': 'تعذّرت قراءة البيانات.',
  'issue.unsupported-version':
    'إصدار الصيغة {found} غير مدعوم: هذه الأداة تقرأ الإصدار {expected}.',
  'issue.duplicate-id': 'المعرّف «{id}» مستخدم مرتين.',
  'issue.missing-translation': 'النص باللغة «{locale}» مفقود.',
  'issue.level-order':
    'يجب ترقيم المستويات بالترتيب بدءًا من 1: المتوقع {expected, number}، لكن وُجد {found, number}.',
  'issue.level-out-of-range':
    'مستوى خارج السلم: المتوقع أحد المستويات {expected}، لكن وُجد {found}.',
  'issue.duplicate-level': 'المستوى {level, number} موصوف مرتين.',
  'issue.missing-descriptor': 'المستوى {level, number} ليس له وصف.',
  'issue.reserved-id': '«{id}» هو معرّف الإجابة «لا ينطبق» أو «لا أعرف»: أعطِ هذا الخيار معرّفًا آخر.',
  'issue.unknown-question': 'سؤال غير موجود في هذا الإطار («{question}»).',
  'issue.framework-mismatch': 'أُعدّ لإطار آخر («{found}» وليس «{expected}»).',
  'issue.unknown-option': 'خيار لا يتيحه السؤال: المتوقع أحد الخيارات {expected}، لكن وُجد {found}.',
  'issue.invalid-boolean': 'المتوقع نعم أو لا، لكن وُجد {found}.',
  'issue.invalid-text': 'المتوقع نص.',
  'issue.text-too-long':
    'النص أطول مما يسمح به السؤال (الحد الأقصى {maximum, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}).',
  'issue.na-not-allowed': 'لا يقبل هذا السؤال الإجابة «لا ينطبق».',
  'issue.dont-know-not-allowed': 'لا يقبل هذا السؤال الإجابة «لا أعرف».',
  'issue.unknown-component': 'لا يوجد مكون «{id}» في هذا الإطار.',
  'issue.unknown-pillar': 'لا توجد ركيزة «{id}» في هذا الإطار.',
  'issue.unknown-outcome': 'لا يوجد ناتج تعليمي «{id}» في هذا الإطار.',
  'issue.missing-text': 'لا يوجد نص باللغة «{locale}» للمفتاح «{key}».',
  'issue.unknown-text': 'النص «{key}» باللغة «{locale}» لا يقابله أي عنصر في هذا الإطار.',
  'issue.framework-version-mismatch': 'أُعدّ للإصدار {found} من هذا الإطار، وليس للإصدار {expected}.',
  'issue.invalid-range': '{from} يأتي بعد {to}: يجب ألا تكون البداية بعد النهاية.',
  'issue.amount-or-share': 'يحتاج بند التمويل إلى مبلغ أو حصة من التكلفة، لا إلى الاثنين معًا.',
  'issue.unknown-action': 'لا يوجد إجراء «{id}» في هذه الخطة.',
  'issue.dependency-cycle':
    'هذه الإجراءات ينتظر بعضها بعضًا في حلقة مغلقة: {cycle}. أزل أحد الروابط بينها.',
  'issue.component-not-in-pillar': 'المكون «{id}» لا ينتمي إلى الركيزة «{pillar}».',
  'issue.upgraded': 'كُتبت هذه الخطة بصيغة سابقة وجرى تحديثها؛ احفظها للاحتفاظ بالصيغة الجديدة.',
  'issue.priority-without-action': 'لا يوجد بعد أي إجراء يخدم الأولوية «{id}».',
  'issue.pillar-priority-without-action':
    'لا يوجد بعد أي إجراء يخدم «{id}»، وهي الأولوية المختارة لركيزتها.',
  'issue.horizon-without-action':
    'لا توجد إجراءات على {horizon, select, short {المدى القصير} medium {المدى المتوسط} other {المدى الطويل}}.',
  'issue.single-pillar': 'يعمل كل إجراء من خلال ركيزة واحدة؛ والركائز يعتمد بعضها على بعض.',
  'issue.action-without-indicator': 'ليس لهذا الإجراء مؤشر يبيّن التقدم المحرز.',
  'issue.funding-gap': 'فجوة تمويل: {gap, number} {currency} لم تُضمن ولم تُطلب بعد.',
  'issue.milestone-after-end': 'يقع هذا المعلم المرحلي ({year}) بعد نهاية الخطة ({end}).',
  'issue.currency-differs': 'التكلفة بعملة {found} والخطة بعملة {expected}: تُعرض مجاميعها منفصلة.',
  'issue.unknown-feedback-question': 'ملاحظات على سؤال غير موجود في هذا الإطار («{question}»).',
  'issue.duplicate-feedback': 'للسؤال «{question}» ملاحظات مكررة: أبقِ على ملاحظة واحدة لكل سؤال.',
  'issue.duplicate-kind': '«{kind}» مذكور مرتين للسؤال نفسه.',
  'issue.empty-feedback': 'الملاحظات على «{question}» فارغة: اختر المشكلة أو اكتب تعليقًا.',
  'issue.too-many-issues':
    '{count, plural, zero {وهناك # مشكلة أخرى لم تُعرض هنا.} one {وهناك مشكلة أخرى لم تُعرض هنا.} two {وهناك مشكلتان أخريان لم تُعرضا هنا.} few {وهناك # مشكلات أخرى لم تُعرض هنا.} many {وهناك # مشكلةً أخرى لم تُعرض هنا.} other {وهناك # مشكلة أخرى لم تُعرض هنا.}}',
  'issue.other': 'هذه القيمة غير صالحة.',
};
