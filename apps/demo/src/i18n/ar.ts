/**
 * The demo site's Arabic (Modern Standard Arabic) messages. The type makes sure that no
 * English key is missing.
 */
import type { en } from './en.js';

export const ar: Record<keyof typeof en, string> = {
  // ── Shell ──
  'app.name': 'مجموعة أدوات الركائز الست',
  'app.documentTitle': '{page} – {site}',
  'app.skip': 'الانتقال إلى المحتوى الرئيسي',
  'app.language': 'اللغة',
  'app.menu': 'القائمة',
  'app.nav': 'التنقل الرئيسي',
  'app.loading': 'جارٍ التحميل…',
  'app.localeFailed':
    'تعذّر تحميل {language}: يحتاج الموقع إلى اتصال بالإنترنت في أول مرة يعرض فيها لغة ما. أعد تحميل الصفحة بعد الاتصال بالإنترنت، ثم اختر اللغة مرة أخرى.',
  'app.translation.ai-model':
    'ترجمه من الإنجليزية نموذجٌ لغوي للذكاء الاصطناعي، ولم يراجعه بعدُ متحدث أصلي باللغة.',
  'app.translation.translator': 'ترجمه من الإنجليزية مترجم، ولم يراجعه بعدُ متحدث أصلي باللغة.',
  'app.translation.reviewed': 'مترجم من الإنجليزية وراجعه متحدث أصلي باللغة.',
  'app.translation.correct': 'اقترح تصحيحًا',
  'app.script.traditional': 'الصينية التقليدية غير متاحة بعد: يُعرض الموقع بالصينية المبسطة.',
  'app.loadError.title': 'تعذّر تحميل هذه الصفحة',
  'app.loadError.body':
    'أحد ملفات الموقع مفقود أو تالف. أعد تحميل الصفحة؛ وإذا تكرر ذلك، فنزّل الموقع من جديد.',
  'app.shortName': 'الركائز الست',
  'app.description':
    'أجرِ تقييمًا ذاتيًا للتحول الرقمي للتعليم وفق إطار الركائز الست، واطّلع على النتائج، وضع خطة، ونظّم ورشة عمل. يبقى كل شيء في متصفحك.',
  'app.offlineReady': 'أصبح هذا الموقع محفوظًا في متصفحك: وهو يعمل دون اتصال بالإنترنت.',
  'app.update.available': 'يتوفر إصدار جديد من هذا الموقع.',
  'app.update.reload': 'إعادة التحميل للتحديث',
  'app.update.dismiss': 'ليس الآن',
  'app.footer.privacy':
    'يبقى كل ما تدخله في هذا المتصفح: لا يُرسل أي شيء إلى خادم. صدّر ملفًا للاحتفاظ بنسخة أو للانتقال إلى حاسوب آخر.',
  'app.footer.framework':
    'يستند إلى منشور «Six pillars for the digital transformation of education: a common framework» (الركائز الست للتحول الرقمي في التعليم: إطار مشترك) الصادر عام 2024 عن اليونسكو واليونيسف والاتحاد الدولي للاتصالات والشراكة العالمية من أجل التعليم وشركاء مبادرة التعاون من أجل التحول الرقمي. أما الأسئلة والمستويات فهي مقترح من هذه الأداة.',

  'nav.home': 'الرئيسية',
  'nav.assess': 'التقييم',
  'nav.results': 'النتائج',
  'nav.plan': 'الخطة',
  'nav.history': 'السجل',
  'nav.workshop': 'ورشة العمل',
  'nav.learn': 'تعلّم',
  'nav.resources': 'الموارد',
  'nav.feedback': 'الملاحظات',

  // ── Shared words ──
  'common.untitled': 'تقييم بلا عنوان',
  'common.storageFull':
    'امتلأت مساحة التخزين المخصصة لهذا الموقع في المتصفح، لذا لا تُحفظ آخر تعديلاتك إلا ما دامت هذه الصفحة مفتوحة. صدّر تقييماتك إلى ملف للاحتفاظ بها، ثم احذف التقييمات القديمة من صفحة «السجل» لإفساح المجال.',
  'common.storageUnavailable':
    'لا يسمح هذا المتصفح للموقع بتخزين البيانات (قد يمنع ذلك أحد الإعدادات أو وضع التصفح الخاص). يمكنك مواصلة العمل، لكن تقييماتك لا تُحفظ إلا ما دامت هذه الصفحة مفتوحة: صدّرها إلى ملف قبل المغادرة.',
  'common.storageExport': 'تصدير تقييماتي',
  'storage.setAside.title':
    '{count, plural, zero {تعذّر استخدام # سجل مخزَّن هنا. لم يُحذف شيء: فهي محفوظة في هذا المتصفح.} one {تعذّر استخدام سجل مخزَّن واحد هنا. لم يُحذف شيء: فهو محفوظ في هذا المتصفح.} two {تعذّر استخدام سجلين مخزَّنين هنا. لم يُحذف شيء: فهما محفوظان في هذا المتصفح.} few {تعذّر استخدام # سجلات مخزَّنة هنا. لم يُحذف شيء: فهي محفوظة في هذا المتصفح.} many {تعذّر استخدام # سجلًا مخزَّنًا هنا. لم يُحذف شيء: فهي محفوظة في هذا المتصفح.} other {تعذّر استخدام # سجل مخزَّن هنا. لم يُحذف شيء: فهي محفوظة في هذا المتصفح.}}',
  'storage.setAside.more':
    '{count, plural, zero {و# غيرها.} one {وسجل آخر.} two {وسجلان آخران.} few {و# سجلات أخرى.} many {و# سجلًا آخر.} other {و# سجل آخر.}}',
  'storage.setAside.download': 'تنزيل البيانات الموضوعة جانبًا',
  'storage.setAside.dismiss': 'إخفاء هذه الرسالة',
  'storage.setAside.assessment': 'التقييم «{name}»: {reason}',
  'storage.setAside.answers': 'إجابات «{name}» عن {questions}: {reason} استُعيدت الإجابات الأخرى.',
  'storage.setAside.plan': 'خطة عمل «{name}»: {reason}',
  'storage.setAside.questionFeedback': 'الملاحظات على أسئلة «{name}»: {reason}',
  'storage.setAside.feedback': 'تقدير «{name}»: {reason}',
  'storage.setAside.details': 'تفاصيل «{name}» (مصدره، والموضع الذي توقفت عنده): {reason}',
  'storage.setAside.workshop': 'قائمة المشاركين في ورشة العمل: {reason}',
  'storage.setAside.participant': 'المشارك في ورشة العمل «{name}»: {reason}',
  'storage.setAside.team': 'الفريق الوطني «{name}»: {reason}',
  'storage.reason.unreadable': 'البيانات المخزَّنة مقتطعة أو تالفة.',
  'storage.reason.invalid': 'البيانات المخزَّنة ليست بالشكل الذي يتوقعه هذا الموقع.',
  'storage.reason.newer':
    'البيانات المخزَّنة أنشأها إصدار أحدث من هذا الموقع، ولا يستطيع هذا الإصدار قراءتها.',
  'storage.readOnly':
    'أنشأ إصدار أحدث من هذا الموقع «{name}»: فهو مفتوح للقراءة فقط، ولا تُحفظ التعديلات عليه.',
  'assess.readOnly':
    'أنشأ هذا التقييمَ إصدارٌ أحدث من هذا الموقع، لذا لا يمكن تعديله هنا. ولا يزال بإمكانك الاطلاع على نتائجه.',
  'common.save': 'حفظ',
  'common.cancel': 'إلغاء',
  'common.delete': 'حذف',
  'common.remove': 'إزالة',
  'common.copy': 'نسخ',
  'common.copied': 'نُسخ إلى الحافظة.',
  'common.copyFailed': 'النسخ غير مسموح به هنا: حدّد النص وانسخه بنفسك.',
  'common.saved': 'تم الحفظ.',
  'common.optional': '(اختياري)',
  'common.notScored': 'بلا درجة',
  'common.score': '{score, number, integer}/100',
  'common.answered': 'الأسئلة المجاب عنها: {answered, number, integer} من {total, number, integer}',
  'common.updated': 'حُدّث في {date}',
  'common.created': 'بدأ في {date}',
  'common.current': 'الحالي',
  'common.completed': 'مكتمل',
  'common.inProgress': 'قيد الإنجاز',
  'common.imported': 'مستورد',
  'common.noAssessment.title': 'لا يوجد تقييم بعد',
  'common.noAssessment.body': 'ابدأ التقييم الذاتي، أو استورد ملفًا من صفحة «السجل».',
  'common.noAssessment.start': 'بدء التقييم الذاتي',
  'common.country': 'البلد',
  'common.country.none': 'غير محدد',
  'common.role': 'الدور',
  'common.technicalDetails': 'تفاصيل تقنية',
  'common.inParentheses': '({text})',
  'common.partSeparator': ' – ',

  'role.ministry-education': 'وزارة التربية والتعليم',
  'role.ministry-ict': 'وزارة تكنولوجيا المعلومات والاتصالات',
  'role.ministry-finance': 'وزارة المالية',
  'role.regional-office': 'مديرية إقليمية أو محلية',
  'role.school': 'مدرسة',
  'role.teacher-training': 'مؤسسة لإعداد المعلمين وتدريبهم',
  'role.partner': 'جهة شريكة',
  'role.other': 'غير ذلك',
  'role.unknown': 'الدور غير محدد',

  // ── Home ──
  'home.title': 'الرئيسية',
  'home.lead':
    'تساعد هذه الأداة وزارة التربية والتعليم وشركاءها على معرفة موقع البلد في كل ركيزة من الركائز الست، والاتفاق على الأولويات، وتحويلها إلى خطة عمل. وهي تعمل بالكامل داخل متصفحك.',
  'home.start': 'بدء التقييم الذاتي',
  'home.continue': 'مواصلة تقييمك',
  'home.workshop': 'تنظيم ورشة عمل',
  'home.vision.title': 'الرؤية',
  'home.vision.priorities': 'الأولويات',
  'home.vision.principles': 'المبادئ',
  'home.pillars.title': 'الركائز الست ومكوناتها',
  'home.pillars.intro':
    'تُقيَّم كل ركيزة من خلال مكوناتها. والركائز يعتمد بعضها على بعض: فنادرًا ما يدوم التقدم في إحداها دون الأخرى.',
  'home.pillars.foundational': 'ركيزة أفقية: العمود الفقري لأي استراتيجية للتحول الرقمي',
  'home.pillars.proposed': 'المكونات التي تقترحها هذه الأداة:',
  'home.pillars.published': 'المكونات المذكورة في المواد المنشورة:',
  'home.pillars.assess': 'تقييم هذه الركيزة',
  'home.how.title': 'كيف يجري التقييم',
  'home.how.1':
    'اختر لكل سؤال الوصف الأقرب إلى وضع بلدك اليوم. ويمكنك أن تجيب «لا ينطبق» أو «لا أعرف» حيث يسمح السؤال بذلك، وأن تضيف تعليقًا أو رابطًا إلى دليل.',
  'home.how.2':
    'أجب عن الاستبيان كاملًا، أو عن ركيزة واحدة في كل مرة كما في ورشة العمل. تُحفظ إجاباتك في هذا المتصفح أولًا بأول؛ ويمكنك العودة لاحقًا ومتابعة العمل.',
  'home.how.3':
    'اطّلع على درجة من 0 إلى 100 وعلى مستوى لكل مكون ولكل ركيزة وعلى المستوى الإجمالي، مع التغطية (مقدار ما أُجيب عنه) والتوازن (مدى تقارب الركائز)، وعلى المكونات الأحوج إلى الاهتمام.',
  'home.how.4':
    'اختر ثلاث أولويات وأعدّ خطة عمل تتضمن إجراءات على المدى القصير والمتوسط والطويل، يرتبط كل منها بناتج تعليمي.',
  'home.how.5':
    'بعد التعمق، احفظ نسخة من إجاباتك، ثم عدّلها وقارن بين ما قبل وما بعد. ويمكن للميسّر أن يجمع ملفات عدة مشاركين في صفحة «ورشة العمل».',
  'home.levels.title': 'مستويات النضج',
  'home.levels.sequence': '{levels}.',
  'home.levels.item': '{value, number, integer}. {label}',
  'home.item.summary': ' – {summary}',
  'home.facts.title': 'لماذا يهم الاتصال بالإنترنت',
  'home.facts.primary': 'من المدارس الابتدائية كانت متصلة بالإنترنت',
  'home.facts.lowerSecondary': 'من مدارس المرحلة الثانوية الدنيا',
  'home.facts.upperSecondary': 'من مدارس المرحلة الثانوية العليا',
  'home.facts.source': 'المصدر: اليونسكو، التقرير العالمي لرصد التعليم 2023.',
  'home.about.title': 'مصدر هذه الأداة',
  'home.about.languages':
    'الموقع والإطار ومقرره التعليمي متاحة باللغات الرسمية الست للأمم المتحدة: {languages}. وقد كُتبت أصلًا بالإنجليزية.',
  'home.about.correct': 'إذا بدت لك كلمة أو جملة غير سليمة بلغتك، فأخبرنا بذلك في صفحة الملاحظات.',
  'home.privacy.title': 'بياناتك تبقى معك',
  'home.privacy.body':
    'لا حساب ولا خادم: تُحفظ الإجابات والخطط والملاحظات في هذا المتصفح فقط. استخدم صفحة «السجل» لتصدير ملف (*.dtc.json) أو استيراده، أو لإنشاء رابط مشاركة يحمل إجاباتك داخل الرابط نفسه.',

  // ── Assess ──
  'assess.title': 'التقييم الذاتي',
  'assess.lead':
    'اختر لكل سؤال الوصف الذي يطابق الوضع الحالي على أفضل وجه. تُحفظ الإجابات أولًا بأول.',
  'assess.start.title': 'عن هذا التقييم',
  'assess.start.intro':
    'بعض التفاصيل لتمييز هذا التقييم عن غيره ولتجميع الإجابات في ورشة العمل. الدور وحده إلزامي.',
  'assess.field.label': 'اسم هذا التقييم',
  'assess.field.label.hint': 'مثلًا: «السنغال – وزارة التربية والتعليم – مارس 2026».',
  'assess.field.role': 'دورك',
  'assess.field.roleDetail': 'صف دورك',
  'assess.field.organisation': 'الجهة',
  'assess.field.country': 'البلد',
  'assess.field.country.none': 'اختر بلدًا',
  'assess.error.role': 'اختر دورك.',
  'assess.error.roleDetail': 'صف دورك.',
  'assess.start.submit': 'بدء التقييم',
  'assess.details.edit': 'تعديل التفاصيل',
  'assess.details.save': 'حفظ التفاصيل',
  'assess.details.saved': 'حُفظت التفاصيل.',
  'assess.new': 'بدء تقييم جديد',
  'assess.sections.label': 'ما الذي ستجيب عنه',
  'assess.sections.all': 'الركائز الست كلها',
  'assess.sections.workshop':
    'في ورشة العمل: التنسيق والقيادة أولًا، ثم الاتصال والبنية التحتية، ثم البيانات والأدلة.',
  'assess.complete.title': 'اكتمل التقييم',
  'assess.complete.body': 'حُفظت إجاباتك، مع نسخة منها للمقارنة لاحقًا.',
  'assess.complete.results': 'عرض النتائج',
  'assess.section.complete': 'اكتمل القسم: {pillar}.',
  'assess.section.next': 'التالي حسب ترتيب ورشة العمل: {pillar}',
  'assess.revision.title': 'الاحتفاظ بهذه الجولة من الإجابات',
  'assess.revision.intro':
    'قبل التعمق أو المراجعة اللاحقة، احفظ نسخة من إجاباتك كما هي الآن. ثم عدّلها بحرية وقارن بين النسختين في صفحة «السجل».',
  'assess.revision.note': 'ملاحظة لهذه النسخة',
  'assess.revision.default': 'قبل التعمق',
  'assess.revision.save': 'حفظ نسخة',
  'assess.revision.saved': 'حُفظت النسخة «{note}».',
  'assess.revision.completed': 'مكتملة',
  'assess.viewResults': 'عرض النتائج حتى الآن',

  // ── Results ──
  'results.title': 'النتائج',
  'results.lead':
    'الدرجات والمستويات والتغطية والتوازن لتقييم «{label}»، والمكونات الأحوج إلى الاهتمام.',
  'results.none': 'أجب عن سؤال واحد على الأقل لعرض النتائج.',
  'results.actions': 'الاستفادة من هذه النتائج',
  'results.report': 'تقرير قابل للطباعة',
  'results.csv': 'تنزيل الدرجات (CSV)',
  'results.export': 'تصدير ملف (.dtc.json)',
  'results.share': 'إنشاء رابط مشاركة',
  'results.plan': 'إعداد خطة العمل',
  'results.share.label': 'رابط المشاركة',
  'results.share.hint':
    'يحمل الرابط الإجابات داخله (بعد العلامة #، التي لا تُرسل أبدًا إلى أي خادم). ويمكن لأي شخص يفتحه أن يطّلع عليها.',
  'results.share.error': 'تعذّر إنشاء رابط المشاركة في هذا المتصفح.',
  'results.exported': 'نُزّل الملف: {name}.',
  'results.migrated.title': 'نُقلت إلى الإصدار {to} من الإطار',
  'results.migrated.body':
    'قُدّمت هذه الإجابات بالإصدار {from}: {check, plural, =0 {لا توجد إجابات تحتاج إلى مراجعة} zero {لا توجد إجابات تحتاج إلى مراجعة} one {إجابة واحدة تحتاج إلى مراجعة} two {إجابتان تحتاجان إلى مراجعة} few {# إجابات تحتاج إلى مراجعة} many {# إجابةً تحتاج إلى مراجعة} other {# إجابة تحتاج إلى مراجعة}} و{unanswered, plural, =0 {لا توجد أسئلة تحتاج إلى إجابة جديدة} zero {لا توجد أسئلة تحتاج إلى إجابة جديدة} one {سؤال واحد يحتاج إلى إجابة جديدة} two {سؤالان يحتاجان إلى إجابة جديدة} few {# أسئلة تحتاج إلى إجابة جديدة} many {# سؤالًا يحتاج إلى إجابة جديدة} other {# سؤال يحتاج إلى إجابة جديدة}}. ويسردها الاستبيان.',
  'results.migrated.open': 'فتح الاستبيان',
  'results.migrated.dismiss': 'إخفاء هذه الرسالة',

  // ── Report ──
  'report.title': 'التقرير',
  'report.lead':
    'تقرير قابل للطباعة لتقييم «{label}». استخدم أمر الطباعة في متصفحك لحفظه بصيغة PDF.',
  'report.back': 'العودة إلى النتائج',

  // ── Plan ──
  'plan.title': 'خطة العمل',
  'plan.lead':
    'اختر ثلاث أولويات من نتائجك، ثم حدّد إجراءات على المدى القصير والمتوسط والطويل عبر الركائز، يرتبط كل منها بناتج تعليمي.',
  'plan.priorities.title': '1. اختر ثلاث أولويات',
  'plan.actions.title': '2. أعدّ الخطة',
  'plan.horizons':
    'المدى القصير: في غضون سنة. المدى المتوسط: من سنة إلى ثلاث سنوات. المدى الطويل: أكثر من ثلاث سنوات.',
  'plan.report': 'طباعة الخطة مع التقرير',
  'plan.files.title': '3. ملفات للوزارة',
  'plan.files.lead':
    'مستند Word للتعديل والحفظ، ومصنف Excel مجاميعه صيغ حسابية. يُنشأ كلاهما في هذا المتصفح: لا يُرسل أي شيء إلى أي مكان.',
  'plan.files.word': 'تنزيل Word',
  'plan.files.excel': 'تنزيل Excel',
  'plan.files.print': 'طباعة',
  'plan.files.format.docx': 'Word',
  'plan.files.format.xlsx': 'Excel',
  'plan.files.making': 'جارٍ إنشاء ملف {format}…',
  'plan.files.done': 'نُزّل ملف {format}.',
  'plan.files.failed': 'تعذّر إنشاء ملف {format}: {detail}',

  // ── History ──
  'history.title': 'السجل',
  'history.lead':
    'كل التقييمات المحفوظة في هذا المتصفح، مع نسخها. افتح أحدها لمتابعته، أو قارن بين أي نسختين، أو صدّر الملفات أو استوردها.',
  'history.new': 'تقييم جديد',
  'history.import.title': 'استيراد ملف',
  'history.import.label': 'ملف التقييم (.dtc.json أو .json)',
  'history.import.button': 'اختيار ملفات…',
  'history.import.hint':
    'لا يستبدل الاستيراد أبدًا ما هو موجود هنا: تُحفظ النسخة المختلفة من التقييم بوصفها إدخالًا مستقلًا.',
  'history.import.added':
    '{count, plural, zero {لم يُستورد أي تقييم.} one {استُورد تقييم واحد.} two {استُورد تقييمان.} few {استُوردت # تقييمات.} many {استُورد # تقييمًا.} other {استُورد # تقييم.}}',
  'history.import.copies':
    '{count, plural, zero {لم يكن أي تقييم موجودًا من قبل بنسخة أخرى.} one {كان أحد التقييمات موجودًا من قبل بنسخة أخرى: فحُفظ بوصفه إدخالًا مستقلًا.} two {كان تقييمان موجودين من قبل بنسخة أخرى: فحُفظا بوصفهما إدخالين مستقلين.} few {كانت # تقييمات موجودة من قبل بنسخة أخرى: فحُفظت بوصفها إدخالات مستقلة.} many {كان # تقييمًا موجودًا من قبل بنسخة أخرى: فحُفظت بوصفها إدخالات مستقلة.} other {كان # تقييم موجودًا من قبل بنسخة أخرى: فحُفظت بوصفها إدخالات مستقلة.}}',
  'history.import.unchanged':
    '{count, plural, zero {لم يكن أي تقييم موجودًا هنا من قبل.} one {كان أحد التقييمات موجودًا هنا من قبل دون تغيير.} two {كان تقييمان موجودين هنا من قبل دون تغيير.} few {كانت # تقييمات موجودة هنا من قبل دون تغيير.} many {كان # تقييمًا موجودًا هنا من قبل دون تغيير.} other {كان # تقييم موجودًا هنا من قبل دون تغيير.}}',
  'history.exportAll': 'تصدير الكل (.dtc.json)',
  'history.empty': 'لا يوجد أي تقييم مخزَّن في هذا المتصفح بعد.',
  'history.list.title': 'التقييمات المخزَّنة',
  'history.count':
    '{count, plural, zero {لا توجد تقييمات} one {تقييم واحد} two {تقييمان} few {# تقييمات} many {# تقييمًا} other {# تقييم}}',
  'history.open': 'متابعة',
  'history.results': 'النتائج',
  'history.rename': 'إعادة التسمية',
  'history.renameLabel': 'الاسم الجديد',
  'history.export': 'تصدير',
  'history.share': 'رابط المشاركة',
  'history.delete': 'حذف',
  'history.delete.confirm':
    'هل تريد حذف «{label}» ونسخه من هذا المتصفح؟ صدّره أولًا إذا كنت قد تحتاج إليه.',
  'history.delete.done': 'حُذف «{label}».',
  'history.revision.save': 'حفظ نسخة',
  'history.revisions':
    '{count, plural, =0 {لم تُحفظ أي نسخة} zero {لم تُحفظ أي نسخة} one {نسخة واحدة} two {نسختان} few {# نسخ} many {# نسخةً} other {# نسخة}}',
  'history.revision.item': '{note} – {date}',
  'history.restoredLabel': '{label} – {round}',
  'history.revision.restore': 'الاستعادة بوصفها تقييمًا جديدًا',
  'history.revision.restored': 'استُعيدت النسخة بوصفها تقييمًا جديدًا: «{label}».',
  'history.revision.deleted': 'حُذفت النسخة.',
  'history.revision.delete': 'حذف النسخة',
  'history.revision.untitled': 'نسخة',
  'history.overall': 'الدرجة الإجمالية: {score}',
  'history.origin.file': 'مستورد من {name}',
  'history.origin.share': 'فُتح من رابط مشاركة',
  'compare.title': 'المقارنة بين نسختين',
  'compare.lead': 'قبل التعمق وبعده، أو بين سنة والتي تليها: اختر أي نسختين محفوظتين.',
  'compare.before': 'قبل',
  'compare.after': 'بعد',
  'compare.current': '{label} (الإجابات الحالية)',
  'compare.revision': '{label} – {note} ({date})',
  'compare.needTwo': 'احفظ نسخة أو تقييمًا ثانيًا للمقارنة بين نسختين.',
  'compare.same': 'اختر نسختين مختلفتين.',

  // ── Workshop ──
  'workshop.title': 'ورشة العمل',
  'workshop.lead':
    'للميسّرين: اجمعوا ملفات عدة مشاركين أو رموز المشاركة الخاصة بهم، واطّلعوا على نتائج المجموعة، استعدادًا لجولة المعرض ومناقشة الأولويات.',
  'workshop.privacy':
    'تبقى إجابات المشاركين في هذا المتصفح. لا يُرفع أي شيء؛ امسح بيانات ورشة العمل عند الانتهاء.',
  'workshop.add.title': 'إضافة مشاركين',
  'workshop.files.label': 'ملفات المشاركين (.dtc.json)',
  'workshop.files.hint': 'اختر عدة ملفات في آن واحد، أو أفلتها هنا.',
  'workshop.files.button': 'اختيار ملفات…',
  'workshop.codes.label': 'رموز المشاركة أو روابطها',
  'workshop.codes.tooMany':
    '{count, plural, zero {لم يُلصق أي رمز} one {أُلصق رمز واحد} two {أُلصق رمزان} few {أُلصقت # رموز} many {أُلصق # رمزًا} other {أُلصق # رمز}}، لكن لا يمكن إضافة أكثر من {max} رمز في المرة الواحدة. لم يُضف شيء: أضفها على دفعات أصغر.',
  'workshop.codes.hint': 'رمز أو رابط واحد في كل سطر.',
  'workshop.codes.add': 'الإضافة من الرموز',
  'workshop.added':
    '{count, plural, =0 {لم يُضف أي مشارك.} zero {لم يُضف أي مشارك.} one {أُضيف مشارك واحد.} two {أُضيف مشاركان.} few {أُضيف # مشاركين.} many {أُضيف # مشاركًا.} other {أُضيف # مشارك.}}',
  'workshop.updated':
    '{count, plural, zero {لم تُحدَّث بيانات أي مشارك.} one {حُدّثت بيانات مشارك واحد بإجابات أحدث.} two {حُدّثت بيانات مشاركَين بإجابات أحدث.} few {حُدّثت بيانات # مشاركين بإجابات أحدث.} many {حُدّثت بيانات # مشاركًا بإجابات أحدث.} other {حُدّثت بيانات # مشارك بإجابات أحدث.}}',
  'workshop.duplicate': '{name}: موجود بالفعل في ورشة العمل.',
  'workshop.problem': '{name}: {message}',
  'workshop.codeLine': 'السطر {line}',
  'workshop.fromMine': 'إضافة تقييمي الحالي',
  'workshop.participants.title': 'المشاركون',
  'workshop.participants.count':
    '{count, plural, =0 {لا يوجد مشاركون بعد.} zero {لا يوجد مشاركون بعد.} one {مشارك واحد} two {مشاركان} few {# مشاركين} many {# مشاركًا} other {# مشارك}}',
  'workshop.participants.caption': 'المشاركون في ورشة العمل هذه',
  'workshop.col.participant': 'المشارك',
  'workshop.col.answered': 'المجاب عنها',
  'workshop.col.overall': 'الإجمالي',
  'workshop.col.actions': 'الإجراءات',
  'workshop.clear': 'مسح بيانات ورشة العمل',
  'workshop.clear.confirm': 'هل تريد إزالة جميع المشاركين من هذا المتصفح؟',
  'workshop.cleared': 'مُسحت بيانات ورشة العمل.',
  'workshop.feedback.title': 'ملاحظات المشاركين',
  'workshop.feedback.none': 'لم يقدّم أي مشارك ملاحظات بعد.',
  'workshop.feedback.onQuestions':
    '{count, plural, =0 {لم يقدّم أي مشارك ملاحظات على أسئلة بعينها.} zero {لم يقدّم أي مشارك ملاحظات على أسئلة بعينها.} one {قدّم مشارك واحد ملاحظات على أسئلة بعينها.} two {قدّم مشاركان ملاحظات على أسئلة بعينها.} few {قدّم # مشاركين ملاحظات على أسئلة بعينها.} many {قدّم # مشاركًا ملاحظات على أسئلة بعينها.} other {قدّم # مشارك ملاحظات على أسئلة بعينها.}}',
  'workshop.feedback.json': 'تنزيل جميع الملاحظات (JSON)',
  'workshop.feedback.csv': 'تنزيل جميع الملاحظات، سؤالًا سؤالًا (CSV)',
  'workshop.feedback.mean':
    '{aspect}: {mean} من 5 ({count, plural, zero {# تقدير} one {تقدير واحد} two {تقديران} few {# تقديرات} many {# تقديرًا} other {# تقدير}})',
  'workshop.csv': 'تنزيل درجات المجموعة (CSV)',
  'workshop.feedbackCsv': 'تنزيل الملاحظات (CSV)',

  // ── Learn ──
  'learn.title': 'تعلّم',
  'learn.lead':
    'دورة قصيرة لكل ركيزة: ما تشمله ولماذا تهم، والممارسات الجيدة والمصادر التي تستند إليها، والأخطاء الشائعة، وأمثلة من البلدان، وأسئلة لتعمق فريقك.',
  'learn.loading': 'جارٍ تحميل الدورة…',
  'learn.loadError':
    'تعذّر تحميل الدورة. أعد تحميل الصفحة؛ ففي المرة الأولى يحتاج الموقع إلى اتصال بالإنترنت.',
  'learn.unavailable': 'الوحدة التعليمية الخاصة بهذه الركيزة غير متاحة بعد.',
  'learn.back': 'جميع الوحدات التعليمية',
  'learn.module.title': 'الوحدة التعليمية: {pillar}',
  'learn.levelsFrom': 'المستويات المعروضة هي مستويات تقييمك «{label}».',
  'learn.noResult': 'أجب عن الاستبيان ليظهر هنا مستوى كل مكون.',
  'learn.notFound.title': 'لا توجد وحدة تعليمية بهذا الاسم',
  'learn.notFound.body': 'لا توجد وحدة تعليمية للمعرّف «{id}».',
  'learn.results.title': 'تعرّف على المكونات ذات المستوى المنخفض',
  'learn.results.lead': 'يفتح كل رابط الوحدة التعليمية الخاصة بركيزة المكون عند ذلك المكون.',
  'learn.plan.title': 'تعرّف على أولوياتك',
  'learn.plan.lead': 'يفتح كل رابط الوحدة التعليمية الخاصة بركيزة الأولوية عند ذلك المكون.',
  'learn.inModule': 'في وحدة {pillar}',

  // ── Deep dive ──
  'deepDive.round': 'قبل التعمق في {pillar}',
  'deepDive.kept':
    'حُفظت إجاباتك باسم «{round}». عدّل إجابات هذه الركيزة، ثم قارن بين ما قبل وما بعد.',
  'deepDive.title': 'التعمق في {pillar}',
  'deepDive.body':
    'حُفظت إجاباتك السابقة للتعمق باسم «{round}». عدّل إجابات هذه الركيزة، ثم قارن بين ما قبل وما بعد.',
  'deepDive.compare': 'المقارنة بين ما قبل التعمق وما بعده',

  // ── Resources ──
  'resources.title': 'تمويل التعليم الرقمي',
  'resources.lead':
    'طرق لتمويل الاتصال بالإنترنت والأجهزة والمحتوى والأشخاص الذين يشغّلونها. يُشرح كل منها بإيجاز، مع الركائز والمكونات التي يخدمها.',
  'resources.note': 'كُتبت هذه الملخصات لهذه الأداة تمهيدًا للنقاش؛ وهي ليست مشورة مالية أو قانونية.',
  'resources.toc': 'نماذج التمويل',
  'resources.what': 'ما هو',
  'resources.use': 'متى يفيد',
  'resources.watch': 'ما يجب الحذر منه',
  'resources.serves': 'يخدم',
  'resources.assess': 'قيّم الركيزة ذات الصلة:',
  'resources.serves.components': ': {components}',

  'resource.universal-service-funds.title': 'صناديق الخدمة الشاملة',
  'resource.universal-service-funds.what':
    'يدفع مشغلو الاتصالات حصة صغيرة من إيراداتهم إلى صندوق يهدف إلى توسيع الخدمة لتشمل أماكن لا تصل إليها السوق. ويسمح كثير من البلدان بأن يموّل الصندوق ربط المدارس بالإنترنت.',
  'resource.universal-service-funds.use':
    'عندما تكون الأموال قد جُمعت بالفعل ولم تُنفق، وتظل المدارس الريفية غير متصلة: يمكن للصندوق أن يموّل عمليات الربط الأولى وجزءًا من تكاليف التشغيل.',
  'resource.universal-service-funds.watch':
    'صناديق تبقى معطلة لسنوات، وقواعد لا تموّل إلا المعدات دون الخدمة، وعقود لا تتحقق من أن المدارس متصلة فعلًا بالإنترنت.',
  'resource.e-rate-discounts.title': 'خصومات على غرار برنامج E-Rate',
  'resource.e-rate-discounts.what':
    'تشتري المدارس والمكتبات خدمات الاتصال بالإنترنت بخصم يزداد للمدارس الأفقر والريفية؛ ويدفع الصندوق الفرق لمزود الخدمة.',
  'resource.e-rate-discounts.use':
    'عندما تستطيع المدارس إدارة عقودها بنفسها، وتكون الأولوية لضمان استمرار الاتصال عامًا بعد عام، لا لتركيبه فحسب.',
  'resource.e-rate-discounts.watch':
    'إجراءات ورقية لا تقدر عليها المدارس الصغيرة، وخصومات تحابي المدارس المخدومة جيدًا أصلًا.',
  'resource.public-private-partnerships.title': 'الشراكات بين القطاعين العام والخاص',
  'resource.public-private-partnerships.what':
    'عقد طويل الأجل تبني بموجبه شركة جزءًا من الخدمة أو تشغّله (شبكة، أو برنامج أجهزة، أو منصة)، وتدفع الحكومة على مدى الزمن أو تتقاسم معها المخاطر والإيرادات.',
  'resource.public-private-partnerships.use':
    'للاستثمارات الكبيرة التي تتطلب مهارات ورؤوس أموال خاصة، مع مستويات خدمة واضحة يمكن للحكومة قياسها.',
  'resource.public-private-partnerships.watch':
    'تكاليف خفية على المدى الطويل، والارتهان لمورد واحد، وضعف قدرة القطاع العام على إدارة العقد، وبيانات ينتهي بها المطاف ملكًا للشريك.',
  'resource.blended-finance.title': 'التمويل المختلط',
  'resource.blended-finance.what':
    'تُجمع المنح أو الأموال الميسرة من المانحين وبنوك التنمية مع أموال تجارية أو عامة، لجعل الاستثمار ممكنًا أو لتخفيف مخاطره على الأطراف الأخرى.',
  'resource.blended-finance.use':
    'عندما يكون المشروع قريبًا من الجدوى (مثل ربط منطقة قد يجني فيها المشغلون بعض الربح دون أن يكون كافيًا)، ويكون تحمّل الخسارة الأولى أو تقديم ضمان هو ما يرجّح الكفة.',
  'resource.blended-finance.watch':
    'صفقات معقدة يستغرق إبرامها سنوات، ودعم ينتهي قبل أن تتمكن الخدمة من تمويل نفسها.',
  'resource.outcome-based-finance.title': 'التمويل القائم على النتائج وسندات النتائج',
  'resource.outcome-based-finance.what':
    'تُدفع الأموال عند تحقيق نتائج متفق عليها (مدارس متصلة بالإنترنت وتستخدمه، ومكاسب في التعلم)، لا عند تنفيذ الأنشطة. وفي سندات النتائج، يدفع المستثمرون أولًا ثم تُسدَّد لهم أموالهم إذا تحققت النتائج.',
  'resource.outcome-based-finance.use':
    'عندما يمكن قياس النتائج بطريقة موثوقة ومستقلة، ويكون لدى مقدمي الخدمات هامش لإيجاد أفضل طريقة لتحقيقها.',
  'resource.outcome-based-finance.watch':
    'نتائج يسهل عدّها بدلًا من تلك المهمة فعلًا، وتكاليف قياس مرتفعة، ونظم بيانات أضعف من أن تتحقق من أي شيء.',
  'resource.pooled-procurement.title': 'الشراء المجمّع',
  'resource.pooled-procurement.what':
    'تشتري مدارس أو مديريات كثيرة، بل وبلدان أحيانًا، معًا: مناقصة واحدة للاتصال بالإنترنت أو للأجهزة، بالقدرة التفاوضية لمشترٍ كبير. وتفيد مبادرة Giga بأن تكاليف الاتصال انخفضت بنسبة تصل إلى 60% بفضل تجميع الطلب.',
  'resource.pooled-procurement.use':
    'عندما يدفع كثير من المشترين الصغار أسعارًا مرتفعة للخدمة نفسها، ويمكن لجهة مركزية أن تدير مناقصة شفافة.',
  'resource.pooled-procurement.watch':
    'مناقصات لا تفوز بها إلا الشركات الكبيرة، وعروض موحدة لا تناسب المدارس النائية، وبطء التوريد المركزي.',
  'resource.zero-rating.title': 'إعفاء المحتوى التعليمي من احتساب استهلاك البيانات',
  'resource.zero-rating.what':
    'يوافق مشغلو الهاتف المحمول على عدم احتساب حركة البيانات إلى المواقع والمنصات التعليمية المعتمدة من رصيد بيانات المستخدمين، فيستطيع المتعلمون استخدامها دون شراء باقات بيانات.',
  'resource.zero-rating.use':
    'عندما يملك كثير من المتعلمين هاتفًا لكنهم لا يقدرون على تكلفة البيانات، ولا سيما أثناء إغلاق المدارس.',
  'resource.zero-rating.watch':
    'قوائم مواقع يصعب تحديثها، والعدالة بين المنصات، وقواعد حياد الإنترنت في بعض البلدان.',
  'resource.corporate-social-responsibility.title': 'المسؤولية الاجتماعية للشركات',
  'resource.corporate-social-responsibility.what':
    'تقدم الشركات أجهزة أو خدمات اتصال أو تدريبًا أو أموالًا في إطار التزاماتها الاجتماعية، وغالبًا عبر مؤسسة خيرية تابعة لها.',
  'resource.corporate-social-responsibility.use':
    'لإطلاق مشروعات تجريبية أو سد ثغرات محددة، عندما تتوافق المساهمة مع الخطة الوطنية ومعاييرها.',
  'resource.corporate-social-responsibility.watch':
    'تبرعات غير ملائمة، أو بلا صيانة أو ميزانية بعد تسليمها، أو تروّج لعلامة تجارية؛ فالمساعدة لمرة واحدة لا يمكنها تمويل منظومة كاملة.',
  'resource.total-cost-of-ownership.title': 'التكلفة الإجمالية للملكية',
  'resource.total-cost-of-ownership.what':
    'ليست مصدرًا للمال، بل طريقة لحسابه: التكلفة الكاملة للتكنولوجيا طوال عمرها (الشراء، والكهرباء، والاتصال بالإنترنت، والبرمجيات، والتدريب، والدعم، والإصلاحات، والاستبدال، والتخلص منها)، لا سعرها فقط.',
  'resource.total-cost-of-ownership.use':
    'قبل كل عملية شراء كبيرة، لإجراء مقارنة عادلة بين الخيارات ولإدراج التكاليف المتكررة في الميزانية، وهي تبلغ عادة أضعاف سعر الشراء.',
  'resource.total-cost-of-ownership.watch':
    'ميزانيات تشتري الأجهزة دون ما يلزم لتشغيلها، وأعمار افتراضية مُسلَّم بها بدلًا من التحقق منها.',
  'resource.open-source-open-content.title': 'البرمجيات مفتوحة المصدر والموارد التعليمية المفتوحة',
  'resource.open-source-open-content.what':
    'يمكن استخدام البرمجيات والمواد التعليمية ذات التراخيص المفتوحة وتكييفها وتقاسمها دون دفع رسوم ترخيص عن كل مستخدم.',
  'resource.open-source-open-content.use':
    'لخفض تكاليف التراخيص المتكررة، وتكييف المحتوى مع اللغات والمناهج المحلية، وتجنب الاعتماد على مورد واحد.',
  'resource.open-source-open-content.watch':
    'المفتوح لا يعني أن تشغيله مجاني: فالاستضافة والدعم والتحديثات وانتقاء المحتوى وتنظيمه لا تزال تحتاج إلى أشخاص وميزانية.',
  'resource.device-leasing.title': 'التأجير والأجهزة كخدمة',
  'resource.device-leasing.what':
    'تُستأجر الأجهزة لمدة محددة تشمل الصيانة والتأمين والاستبدال، مقابل رسوم منتظمة بدلًا من عملية شراء كبيرة.',
  'resource.device-leasing.use':
    'عندما تكون الميزانيات الرأسمالية محدودة بينما تكون ميزانيات النفقات المتكررة موثوقة، وعندما يكون الدعم في المدارس ضعيفًا.',
  'resource.device-leasing.watch':
    'تكلفة إجمالية أعلى على المدى الطويل، ومصير الأجهزة والبيانات عند انتهاء العقد.',
  'resource.multi-year-budgeting.title': 'بنود ميزانية متعددة السنوات',
  'resource.multi-year-budgeting.what':
    'يحظى التعليم الرقمي ببنود خاصة به في ميزانية التعليم وفي الخطة القطاعية، تُخطط على مدى عدة سنوات وتغطي تكاليف التشغيل لا الاستثمارات فقط.',
  'resource.multi-year-budgeting.use':
    'دائمًا: فهي ما يضمن استمرار كل شيء آخر بعد انتهاء المشروعات التجريبية ومشروعات المانحين.',
  'resource.multi-year-budgeting.watch':
    'بنود هي أول ما يُقتطع في السنوات الصعبة، وتكاليف متكررة مُغفلة في الخطة.',

  // ── Feedback ──
  'feedback.title': 'الملاحظات',
  'feedback.lead':
    'أخبر المنظمين برأيك في الأسئلة، وفي طريقة إجراء التقييم، وفي مدى فائدته. تُحفظ ملاحظاتك مع تقييمك وتُضمَّن فيه عند تصديره.',
  'feedback.for': 'ملاحظات على «{label}».',
  'feedback.questions': 'الأسئلة',
  'feedback.questions.hint': 'هل كانت واضحة، وذات صلة ببلدك، وبالقدر المناسب من التفصيل؟',
  'feedback.methods': 'المنهجية',
  'feedback.methods.hint':
    'طريقة إجراء التقييم: ركيزة واحدة في كل مرة، والمستويات، وجولة المعرض، والتعمق.',
  'feedback.usefulness': 'الفائدة',
  'feedback.usefulness.hint': 'مدى فائدة النتائج والخطة لعملك.',
  'feedback.scale.1': '1 – ضعيف',
  'feedback.scale.2': '2 – مقبول',
  'feedback.scale.3': '3 – جيد',
  'feedback.scale.4': '4 – جيد جدًا',
  'feedback.scale.5': '5 – ممتاز',
  'feedback.comment': 'تعليقات واقتراحات',
  'feedback.save': 'حفظ الملاحظات',
  'feedback.saved': 'شكرًا لك: حُفظت ملاحظاتك مع تقييمك.',
  'feedback.csv': 'تنزيل الملاحظات (CSV)',
  'feedback.export': 'تصدير التقييم مع ملاحظاته',
  'feedback.lastSaved': 'آخر حفظ: {date}.',
  'feedback.onQuestions.title': 'ملاحظات على أسئلة بعينها',
  'feedback.onQuestions.count':
    '{count, plural, =0 {لا شيء بعد: أثناء الإجابة، افتح «ملاحظات على هذا السؤال» تحت أي سؤال لتشير إلى أنه غير واضح أو لا صلة له بالسياق أو ينقصه شيء.} zero {لا شيء بعد: أثناء الإجابة، افتح «ملاحظات على هذا السؤال» تحت أي سؤال لتشير إلى أنه غير واضح أو لا صلة له بالسياق أو ينقصه شيء.} one {قدّمت ملاحظات على سؤال واحد:} two {قدّمت ملاحظات على سؤالين:} few {قدّمت ملاحظات على # أسئلة:} many {قدّمت ملاحظات على # سؤالًا:} other {قدّمت ملاحظات على # سؤال:}}',
  'feedback.downloads.title': 'للمنظمين',
  'feedback.downloads.intro':
    'نزّل جميع ملاحظاتك، على الأسئلة وفي هذه الاستمارة، في ملف تسلّمه إلى المنظمين. يُنشأ الملف في متصفحك: لا يُرسل أي شيء.',
  'feedback.json': 'تنزيل الملاحظات (JSON)',

  // ── Share ──
  'share.title': 'تقييم مُشارَك',
  'share.lead': 'شاركك أحدهم تقييمًا. تنتقل الإجابات داخل الرابط؛ ولم يُنزَّل أي شيء من خادم.',
  'share.reading': 'جارٍ قراءة الرابط…',
  'share.summary':
    '{role}، الأسئلة المجاب عنها: {answered, number, integer} من {total, number, integer}.',
  'share.save': 'الحفظ ضمن تقييماتي',
  'share.workshop': 'الإضافة إلى ورشة العمل',
  'share.saved': 'حُفظ باسم «{label}».',
  'share.alreadyWorkshop': 'هذه الإجابات موجودة بالفعل في ورشة العمل: لم يُضف أي شيء.',
  'share.addedWorkshop': 'أُضيف إلى ورشة العمل.',
  'share.openResults': 'فتح نتائجه',
  'share.openWorkshop': 'فتح ورشة العمل',
  'share.error.empty':
    'لا يحمل هذا الرابط أي تقييم. اطلب الرابط كاملًا، بما في ذلك الجزء الذي يلي العلامة #.',
  'share.error.not-a-code': 'هذا ليس رمز مشاركة خاصًا بهذه الأداة.',
  'share.error.damaged': 'رمز المشاركة هذا تالف أو ناقص: ربما اقتُطع جزء منه عند نسخه.',
  'share.error.too-large':
    'يحمل هذا الرابط أكثر من {size} من الإجابات، وهذا أكثر مما يتسع له أي تقييم، لذا لم يُفتح.',
  'share.tooLarge':
    'هذا التقييم أكبر من أن يُشارَك عبر رابط (أكثر من {size}). صدّره في ملف بدلًا من ذلك.',

  // ── Import errors ──
  'import.otherVersion':
    'أُعدّ {count, plural, zero {# منها} one {واحد منها} two {اثنان منها} few {# منها} many {# منها} other {# منها}} بالإصدار {versions} من الإطار؛ ويحسب هذا الموقع {count, plural, zero {درجاتها} one {درجاته} two {درجاتهما} few {درجاتها} many {درجاتها} other {درجاتها}} بالإصدار {version}، لذا قد تنقص الإجابات عن الأسئلة التي تغيّرت.',
  'import.carried':
    'أُعدّ {count, plural, zero {# منها} one {واحد منها} two {اثنان منها} few {# منها} many {# منها} other {# منها}} بالإصدار {versions} من الإطار، ثم جرى نقل الإجابات إلى الإصدار {version}: وتحتاج الإجابات عن الأسئلة التي تغيّرت إلى مراجعة أو إلى إجابة جديدة، كما يسردها الاستبيان.',
  'import.error.title': 'تعذّر استيراد هذا الملف',
  'import.error.empty': 'الملف فارغ، أو لا يحتوي على أي تقييم.',
  'import.error.too-large': 'الملف أكبر من أن يكون ملف تقييم (أكثر من {size}).',
  'import.error.invalid-json':
    'الملف ليس بصيغة JSON مقروءة: ربما يكون تالفًا أو مقتطعًا أو ليس ملف تقييم.',
  'import.error.not-dtc': 'هذا ليس ملف تقييم خاصًا بهذه الأداة (*.dtc.json، أو ملف إجابات).',
  'import.error.unsupported-version':
    'الملف بإصدار صيغة لا يستطيع هذا الموقع قراءته (أُنشئ بإصدار آخر من الأداة).',
  'import.error.earlier-unavailable':
    'يحتوي الملف على إجابات لإصدار سابق من الإطار، وتعذّر تحميل الجزء الذي يقرؤها من الموقع. اتصل بالإنترنت وحاول مرة أخرى.',
  'import.error.framework-mismatch': 'يحتوي الملف على إجابات لإطار مختلف لا يتوفر في هذا الموقع.',
  'import.error.invalid':
    '{count, plural, zero {لا توجد مشكلات في الملف:} one {في الملف مشكلة واحدة:} two {في الملف مشكلتان:} few {في الملف # مشكلات:} many {في الملف # مشكلةً:} other {في الملف # مشكلة:}}',
  'import.error.more':
    '{count, plural, zero {و# مشكلة أخرى} one {ومشكلة أخرى} two {ومشكلتان أخريان} few {و# مشكلات أخرى} many {و# مشكلةً أخرى} other {و# مشكلة أخرى}}',

  'import.error.titleFor': 'تعذّر استيراد هذا الملف: {name}',
  'import.progress.start':
    '{count, plural, zero {لا ملفات للقراءة.} one {جارٍ قراءة ملف واحد…} two {جارٍ قراءة ملفين…} few {جارٍ قراءة # ملفات…} many {جارٍ قراءة # ملفًا…} other {جارٍ قراءة # ملف…}}',
  'import.progress.label': 'الملفات المقروءة: {done} من {total}',
  'import.cancel': 'إلغاء الاستيراد',
  'import.cancelled': 'أُلغي الاستيراد: لم يُضف شيء، وما كان محفوظًا من قبل بقي كما هو.',
  'import.tooManyFiles':
    '{count, plural, zero {لم يُختر أي ملف} one {اختير ملف واحد} two {اختير ملفان} few {اختيرت # ملفات} many {اختير # ملفًا} other {اختير # ملف}}، لكن لا يمكن استيراد أكثر من {max} ملف في المرة الواحدة. لم يُستورد شيء: استوردها على دفعات أصغر.',

  // ── Country teams ──
  'team.list.title': 'الفرق الوطنية',
  'team.list.lead':
    'يعدّ الفريق الوطني خطة واحدة انطلاقًا من إجابات أعضائه: اختيار الأعضاء، والاطلاع على نتيجة الفريق، واختيار الأولويات معًا، ثم كتابة الخطة. يبقى كل شيء في هذا المتصفح.',
  'team.list.none': 'لا يوجد فريق وطني بعد.',
  'team.new.title': 'إنشاء فريق وطني',
  'team.new.submit': 'إنشاء الفريق',
  'team.field.name': 'اسم الفريق',
  'team.field.name.error': 'أدخل اسمًا للفريق.',
  'team.field.country': 'البلد',
  'team.toGallery': 'الانتقال إلى جولة المعرض',
  'team.toWorkshop': 'العودة إلى ورشة العمل',
  'team.back': 'جميع الفرق الوطنية',
  'team.title': 'الفريق الوطني: {name}',
  'team.lead':
    'اختر أعضاء الفريق، واطّلع على نتيجته، ثم يختار الفريق معًا ثلاث أولويات ويكتب خطة واحدة. ادمج أدناه الخطة المكتوبة على حاسوب محمول آخر.',
  'team.details.title': 'الفريق',
  'team.members.title': 'الأعضاء',
  'team.members.legend': 'مشاركو ورشة العمل في هذا الفريق',
  'team.members.none': 'لا يوجد مشاركون في ورشة العمل بعد: استورد ملفات إجابات الأعضاء.',
  'team.members.import': 'استيراد إجابات الأعضاء (.dtc.json)',
  'team.members.importHint': 'ينضمون إلى ورشة العمل وإلى هذا الفريق.',
  'team.members.imported':
    '{count, plural, =0 {لم يُضف أي عضو.} zero {لم يُضف أي عضو.} one {أُضيف عضو واحد.} two {أُضيف عضوان.} few {أُضيف # أعضاء.} many {أُضيف # عضوًا.} other {أُضيف # عضو.}}',
  'team.members.count':
    '{count, plural, =0 {لا يوجد أعضاء بعد.} zero {لا يوجد أعضاء بعد.} one {عضو واحد في الفريق.} two {عضوان في الفريق.} few {# أعضاء في الفريق.} many {# عضوًا في الفريق.} other {# عضو في الفريق.}}',
  'team.result.title': 'نتيجة الفريق',
  'team.priorities.title': 'الأولويات المختارة معًا',
  'team.priorities.hint': 'مرتبة وفق إجابات العضو الأول؛ ويختار الفريق ثلاثًا منها أيًا كان ترتيبها.',
  'team.priorities.noMembers': 'أضف أعضاء إلى الفريق لاختيار أولوياته.',
  'team.plan.title': 'خطة الفريق',
  'team.export.title': 'الاحتفاظ بالخطة',
  'team.export.json': 'تنزيل خطة الفريق (JSON)',
  'team.export.word': 'تنزيل خطة الفريق (Word)',
  'team.export.excel': 'تنزيل خطة الفريق (Excel)',
  'team.exported': 'نُزّلت الخطة.',
  'team.delete': 'حذف هذا الفريق',
  'team.merge.title': 'دمج خطة من حاسوب محمول آخر',
  'team.merge.lead':
    'يُحتفظ بكل إجراءات الخطتين. وحيثما اختلفت الخطتان بشأن الأمر نفسه، تُعرض النسختان جنبًا إلى جنب: اختر إحداهما في كل حالة، ثم طبّق الدمج.',
  'team.merge.file': 'خطة الحاسوب الآخر (JSON)',
  'team.merge.fileHint': 'خطة للبلد نفسه، نُزّلت من هذه الصفحة أو من صفحة «الخطة».',
  'team.merge.button': 'اختيار خطة…',
  'team.merge.ready':
    '{added, plural, =0 {لا إجراءات جديدة.} zero {لا إجراءات جديدة.} one {إجراء جديد واحد.} two {إجراءان جديدان.} few {# إجراءات جديدة.} many {# إجراءً جديدًا.} other {# إجراء جديد.}} {conflicts, plural, =0 {لا تعارضات.} zero {لا تعارضات.} one {تعارض واحد يجب البت فيه.} two {تعارضان يجب البت فيهما.} few {# تعارضات يجب البت فيها.} many {# تعارضًا يجب البت فيها.} other {# تعارض يجب البت فيها.}}',
  'team.merge.summary':
    'نتيجة الدمج: {added, plural, =0 {لا إجراءات جديدة} zero {لا إجراءات جديدة} one {إجراء جديد واحد} two {إجراءان جديدان} few {# إجراءات جديدة} many {# إجراءً جديدًا} other {# إجراء جديد}}، و{conflicts, plural, =0 {لا تعارضات} zero {لا تعارضات} one {تعارض واحد يجب البت فيه} two {تعارضان يجب البت فيهما} few {# تعارضات يجب البت فيها} many {# تعارضًا يجب البت فيها} other {# تعارض يجب البت فيها}}.',
  'team.merge.actionField': 'الإجراء «{action}»: {field}',
  'team.merge.planField': 'الخطة: {field}',
  'team.merge.planFieldOf': 'الخطة: {field} ({key})',
  'team.merge.mine': 'هذا الحاسوب',
  'team.merge.theirs': 'الحاسوب الآخر',
  'team.merge.empty': '(فارغ)',
  'team.merge.apply': 'تطبيق الدمج',
  'team.merge.cancel': 'إلغاء الدمج',
  'team.merge.applied': 'حُفظت الخطة المدمجة.',
  'team.merge.missing':
    '{count, plural, zero {لا تعارضات تنتظر البت.} one {لم يُبتّ بعد في تعارض واحد: اختر نسخة.} two {لم يُبتّ بعد في تعارضين: اختر نسخة لكل منهما.} few {لم يُبتّ بعد في # تعارضات: اختر نسخة لكل منها.} many {لم يُبتّ بعد في # تعارضًا: اختر نسخة لكل منها.} other {لم يُبتّ بعد في # تعارض: اختر نسخة لكل منها.}}',
  'team.merge.cannotApply': 'الخطة المدمجة غير متسقة: اختر نسخًا أخرى',
  'team.merge.refused': 'لا يمكن دمج هذه الخطة',
  'team.merge.differentCountry': 'هذه الخطة تخص {theirs}، بينما تخص خطة هذا الفريق {mine}.',
  'team.merge.differentFramework': 'كُتبت لإطار آخر.',
  'team.field.title': 'العنوان',
  'team.field.priority': 'الأولوية',
  'team.field.pillar': 'الركيزة',
  'team.field.horizon': 'الأفق الزمني',
  'team.field.owner': 'المسؤول',
  'team.field.targetLevel': 'المستوى المستهدف',
  'team.field.outcome': 'الناتج التعليمي',
  'team.field.notes': 'الملاحظات',
  'team.field.status': 'الحالة',
  'team.field.lead': 'الجهة الرائدة',
  'team.field.partners': 'الشركاء',
  'team.field.cost': 'التكلفة',
  'team.field.funding': 'التمويل',
  'team.field.indicators': 'المؤشرات',
  'team.field.milestones': 'المعالم المرحلية',
  'team.field.dependsOn': 'يعتمد على',
  'team.field.alignment': 'المواءمة',
  'team.field.risks': 'المخاطر',
  'team.field.period': 'الفترة',
  'team.field.currency': 'العملة',
  'team.field.priorities': 'الأولويات',
  'team.field.framework': 'إصدار الإطار',
  'team.field.pillarPriorities': 'أولوية الركيزة',
  'team.field.team': 'عضو الفريق',

  'team.value.cost':
    '{amount}، {kind}، {years}{budgeted, select, yes {، مدرجة في الميزانية} other {}}',
  'team.value.kind.capital': 'رأسمالية',
  'team.value.kind.recurrent': 'متكررة',
  'team.value.share': '{share, number, integer}% من التكلفة',
  'team.value.funding': '{source}: {amount} ({status})',
  'team.value.status.secured': 'مضمون',
  'team.value.status.requested': 'مطلوب',
  'team.value.status.gap': 'فجوة',
  'team.value.role.funding': 'التمويل',
  'team.value.role.delivery': 'التنفيذ',
  'team.value.role.technical': 'الدعم الفني',
  'team.value.action.planned': 'مخطط له',
  'team.value.action.in-progress': 'قيد التنفيذ',
  'team.value.action.done': 'منجز',
  'team.value.action.dropped': 'ملغى',
  'team.value.indicator': '{name}: {value} {unit} بحلول {year}',
  'team.value.quarter': 'الربع {quarter} من {year}',
  'team.value.milestone': '{what} ({when})',
  'team.value.partner': '{name} ({role})',
  'team.value.member': '{name} ({role})',

  // ── Gallery walk ──
  'gallery.title': 'جولة المعرض',
  'gallery.lead':
    'ملصق لكل فريق وطني، للطباعة بحجم A3 أو للعرض على الحاضرين، ثم جميع الخطط جنبًا إلى جنب حسب الركيزة.',
  'gallery.none': 'لا يوجد فريق وطني بعد.',
  'gallery.toTeams': 'إنشاء فريق وطني',
  'gallery.slideshow': 'العرض كشرائح',
  'gallery.print': 'طباعة الملصقات (A3)',
  'gallery.teamOf': '{name} ({country})',
  'gallery.radar': 'درجات الركائز لفريق {name}',
  'gallery.priorities': 'ثلاث أولويات',
  'gallery.noPriorities': 'لم تُختر أي أولوية بعد.',
  'gallery.actions': 'الإجراءات الرئيسية',
  'gallery.noActions': 'لا توجد إجراءات بعد.',
  'gallery.horizon.short': 'المدى القصير',
  'gallery.horizon.medium': 'المدى المتوسط',
  'gallery.horizon.long': 'المدى الطويل',
  'gallery.total': 'التكلفة الإجمالية:',
  'gallery.noCost': 'لم تُحدد التكلفة بعد',
  'gallery.gap': 'فجوة التمويل:',
  'gallery.slide': 'الملصق {index, number, integer} من {count, number, integer}',
  'gallery.previous': 'السابق',
  'gallery.next': 'التالي',
  'gallery.close': 'إغلاق عرض الشرائح',
  'gallery.keys': 'مفاتيح الأسهم: الملصق السابق والتالي. مفتاح Escape: الإغلاق.',
  'gallery.table.title': 'الخطط جنبًا إلى جنب',
  'gallery.table.lead': 'كل ركيزة مع إجراءات كل فريق، والمواضع التي لا يزال التمويل مطلوبًا فيها.',
  'gallery.table.caption': 'إجراءات كل فريق وطني، حسب الركيزة',
  'gallery.table.pillar': 'الركيزة',
  'gallery.table.all': 'جميع الفرق',
  'gallery.table.noGap': 'لا توجد فجوة تمويل',
  'gallery.table.none': 'لا توجد إجراءات',
  'gallery.table.gap': 'فجوة التمويل: {amount}',
  // ── Workshop rooms ──
  'workshop.rooms.title': 'العمل المباشر في غرفة',
  'workshop.rooms.lead':
    'عند تشغيل خادم غرف على شبكة مكان الانعقاد، يجيب كل مشارك من حاسوبه المحمول، وتكتب الفرق خطتها معًا، ويصل كل شيء إلى الميسّر أولًا بأول، حتى إذا انقطعت الشبكة لبعض الوقت.',
  'workshop.rooms.open': 'فتح غرفة (للميسّر)',
  'workshop.rooms.join': 'الانضمام إلى غرفة (للمشارك)',
  'room.title': 'غرفة ورشة العمل',
  'join.title': 'الانضمام إلى غرفة',

  // ── Not found ──
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لا توجد صفحة على هذا العنوان.',
  'notFound.home': 'الانتقال إلى الصفحة الرئيسية',
};
