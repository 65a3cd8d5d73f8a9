import { MAPPING_FORMAT, MAPPING_VERSION, type FrameworkMappingInput } from '@dtc/schema';

const kept = (...ids: string[]) =>
  ids.map((id) => ({ change: 'kept' as const, from: [id], to: [id] }));

/**
 * How the questions of version 1.0.0 map onto 2.0.0, the version that follows the content
 * review: every 1.0.0 question is named once, and so is every 2.0.0 question. Answers to
 * kept questions carry as they are; answers to revised ones carry and are listed for the
 * respondent to check; questions that asked two things were split and need new answers.
 */
export const mapping1to2: FrameworkMappingInput = {
  format: MAPPING_FORMAT,
  version: MAPPING_VERSION,
  from: { id: 'six-pillars', version: '1.0.0' },
  to: { id: 'six-pillars', version: '2.0.0' },
  rules: [
    // Coordination and leadership
    ...kept(
      'digital-strategy-status',
      'digital-strategy-sector-plan',
      'digital-strategy-leadership',
      'cross-government-coordination-body',
      'cross-government-coordination-mandates',
      'cross-government-coordination-regions',
      'partnerships-alignment',
      'partnerships-rules-of-engagement',
      'policy-regulation-child-protection',
      'policy-regulation-monitoring',
    ),
    {
      change: 'removed',
      from: ['policy-regulation-standards'],
      note: {
        en: 'It asked about two standards at once. Interoperability is now asked under systems integration, and accessibility under digital content.',
        fr: 'Elle portait sur deux normes à la fois. L’interopérabilité relève désormais de l’intégration des systèmes, et l’accessibilité des contenus numériques.',
        ar: 'كان هذا السؤال يتناول معيارين في آن واحد. وأصبحت قابلية التشغيل البيني تندرج الآن ضمن «تكامل الأنظمة»، وإمكانية الوصول ضمن «المحتوى التعليمي الرقمي».',
        'zh-Hans':
          '该问题曾同时涉及两项标准。现在，互操作性在“系统集成”中提问，无障碍在“数字学习内容”中提问。',
        ru: 'Вопрос касался сразу двух стандартов. Теперь интероперабельность рассматривается в компоненте об интеграции систем, а доступность — в компоненте о цифровом учебном контенте.',
        es: 'La pregunta abarcaba dos normas a la vez. Ahora la interoperabilidad se aborda en el componente integración de sistemas, y la accesibilidad, en el de contenidos digitales de aprendizaje.',
      },
    },
    { change: 'added', to: ['inclusion-gender'] },
    { change: 'added', to: ['inclusion-displaced-learners'] },
    { change: 'added', to: ['inclusion-remote-learners'] },

    // Connectivity and infrastructure
    {
      change: 'split',
      from: ['electricity-internet-school-coverage'],
      to: ['electricity-internet-power', 'electricity-internet-connectivity'],
      note: {
        en: 'It asked about electricity and internet together; they are now two questions.',
        fr: 'Elle portait à la fois sur l’électricité et sur Internet, qui font désormais l’objet de deux questions.',
        ar: 'كان هذا السؤال يتناول الكهرباء والإنترنت معا؛ وأصبحا الآن سؤالين منفصلين.',
        'zh-Hans': '该问题曾将电力和互联网合并提问；现已拆分为两个问题。',
        ru: 'Вопрос касался одновременно электроснабжения и интернета; теперь это два отдельных вопроса.',
        es: 'La pregunta abarcaba a la vez la electricidad e internet; ahora son dos preguntas.',
      },
    },
    { change: 'added', to: ['electricity-internet-off-grid'] },
    { change: 'added', to: ['electricity-internet-bandwidth'] },
    ...kept('electricity-internet-mapping'),
    {
      change: 'revised',
      from: ['electricity-internet-provision'],
      to: ['electricity-internet-provision'],
      values: {
        'school-arranged': null,
        'project-based': 2,
        'national-programme': 3,
        'guaranteed-service': 4,
        na: null,
      },
      note: {
        en: 'Its options became levels. Contracts that schools arrange themselves are no longer ranked lowest, so that answer needs a new one.',
        fr: 'Ses options sont devenues des niveaux. Les contrats conclus par les établissements eux-mêmes ne sont plus classés au plus bas : cette réponse doit être redonnée.',
        ar: 'أصبحت خيارات هذا السؤال مستويات. ولم تعد العقود التي تبرمها المدارس بنفسها تصنف في أدنى مستوى، لذا يلزم تقديم إجابة جديدة بدلا من تلك الإجابة.',
        'zh-Hans':
          '该问题的选项已改为等级。学校自行签订的合同不再列为最低等级，因此原先选择这一项的答案需要重新作答。',
        ru: 'Варианты ответа стали уровнями. Договоры, которые школы заключают самостоятельно, больше не относятся к самому низкому уровню, поэтому такой ответ нужно дать заново.',
        es: 'Las opciones de la pregunta pasaron a ser niveles. Los contratos que las propias escuelas conciertan ya no se sitúan en el nivel más bajo, por lo que esa respuesta debe darse de nuevo.',
      },
    },
    ...kept('hardware-devices-policy'),
    {
      change: 'revised',
      from: ['hardware-devices-availability'],
      to: ['hardware-devices-availability'],
      note: {
        en: 'Its top level is now a share of schools, no longer the policy’s own target.',
        fr: 'Son niveau le plus élevé est désormais une part des établissements, et non plus la cible fixée par la politique elle-même.',
        ar: 'أصبح أعلى مستويات هذا السؤال الآن نسبة من المدارس، لا القيمة المستهدفة التي تحددها السياسة نفسها.',
        'zh-Hans': '该问题的最高等级现以学校所占比例衡量，不再以政策本身设定的目标为准。',
        ru: 'Высший уровень теперь определяется долей школ, а не целевым показателем, установленным самой политикой.',
        es: 'Su nivel más alto es ahora una proporción de escuelas, y ya no la meta fijada por la propia política.',
      },
    },
    { change: 'added', to: ['hardware-devices-ratio'] },
    {
      change: 'revised',
      from: ['hardware-devices-maintenance'],
      to: ['hardware-devices-maintenance'],
      note: {
        en: 'It now asks about maintenance and repair only; replacement and disposal are asked elsewhere.',
        fr: 'Elle ne porte plus que sur la maintenance et la réparation ; le renouvellement et l’élimination sont traités ailleurs.',
        ar: 'أصبح هذا السؤال يقتصر الآن على الصيانة والإصلاح؛ أما الاستبدال والتخلص من الأجهزة فتتناولهما أسئلة أخرى.',
        'zh-Hans': '该问题现仅涉及维护和维修；设备更新和报废处置在其他问题中提问。',
        ru: 'Теперь вопрос касается только технического обслуживания и ремонта; замена и утилизация рассматриваются в других вопросах.',
        es: 'Ahora pregunta solo por el mantenimiento y la reparación; la sustitución y la disposición final de los equipos se abordan en otras preguntas.',
      },
    },
    { change: 'added', to: ['hardware-devices-technical-support'] },
    { change: 'added', to: ['hardware-devices-e-waste'] },
    {
      change: 'revised',
      from: ['software-services-licensing'],
      to: ['software-services-licensing'],
      note: {
        en: 'It now asks about licensing only; exit clauses are asked under procurement.',
        fr: 'Elle ne porte plus que sur les licences ; les clauses de sortie relèvent de la passation des marchés.',
        ar: 'أصبح هذا السؤال يقتصر الآن على الترخيص؛ أما شروط الخروج من العقود فتندرج ضمن «المشتريات».',
        'zh-Hans': '该问题现仅涉及软件许可；退出条款在“采购”中提问。',
        ru: 'Теперь вопрос касается только лицензирования; условия выхода из договора рассматриваются в компоненте о закупках.',
        es: 'Ahora pregunta solo por las licencias; las cláusulas de salida se abordan en el componente adquisiciones.',
      },
    },
    {
      change: 'removed',
      from: ['software-services-shared-platforms'],
      note: {
        en: 'The national platform was scored twice; it is now asked only under learning platforms.',
        fr: 'La plateforme nationale était évaluée deux fois ; elle ne l’est plus qu’au titre des plateformes d’apprentissage.',
        ar: 'كانت المنصة الوطنية تحتسب مرتين في الدرجة؛ ولم يعد السؤال عنها يطرح الآن إلا ضمن «منصات التعلم وأدواته».',
        'zh-Hans': '国家平台曾被重复计分；现仅在“学习平台与工具”中提问。',
        ru: 'Национальная платформа оценивалась дважды; теперь она рассматривается только в компоненте о платформах и инструментах обучения.',
        es: 'La plataforma nacional se puntuaba dos veces; ahora solo se aborda en el componente plataformas y herramientas de aprendizaje.',
      },
    },
    { change: 'added', to: ['software-services-digital-identity'] },
    ...kept('learning-spaces-design', 'learning-spaces-accessibility'),
    { change: 'added', to: ['learning-spaces-energy'] },

    // Cost and sustainability
    {
      change: 'revised',
      from: ['financing-strategy-costing'],
      to: ['financing-strategy-costing'],
      note: {
        en: 'It now asks about the costing only; sources of funding are asked under budget lines and financing mechanisms.',
        fr: 'Elle ne porte plus que sur le chiffrage ; les sources de financement relèvent des lignes budgétaires et des mécanismes de financement.',
        ar: 'أصبح هذا السؤال يقتصر الآن على تقدير التكاليف؛ أما مصادر التمويل فتتناولها الأسئلة المتعلقة ببنود الميزانية وآليات التمويل.',
        'zh-Hans': '该问题现仅涉及成本测算；资金来源在关于预算科目和融资机制的问题中提问。',
        ru: 'Теперь вопрос касается только расчета затрат; источники финансирования рассматриваются в вопросах о бюджетных статьях и механизмах финансирования.',
        es: 'Ahora pregunta solo por la estimación de costos; las fuentes de financiamiento se abordan en las preguntas sobre líneas presupuestarias y mecanismos de financiamiento.',
      },
    },
    ...kept(
      'financing-strategy-budget-lines',
      'financing-strategy-allocation',
      'total-cost-of-ownership-estimates',
      'total-cost-of-ownership-running-costs',
      'procurement-transparency',
      'procurement-pooling',
      'procurement-vendor-lock-in',
    ),
    {
      change: 'revised',
      from: ['innovative-financing-universal-service-fund'],
      to: ['innovative-financing-universal-service-fund'],
      values: { yes: 3, no: 1, na: null },
      note: {
        en: 'A yes/no question became a four-level one, so that a country can reach every level. “Not applicable” is no longer offered: a country without such a fund answers the lowest level.',
        fr: 'Une question par oui ou non est devenue une question à quatre niveaux, afin que chaque niveau puisse être atteint. La réponse « sans objet » n’est plus proposée : un pays sans fonds de ce type répond au niveau le plus bas.',
        ar: 'تحول سؤال يجاب عنه بنعم أو لا إلى سؤال من أربعة مستويات، حتى يصبح بلوغ كل مستوى ممكنا. ولم يعد خيار «لا ينطبق» متاحا: فالبلد الذي لا يملك صندوقا من هذا النوع يختار أدنى مستوى.',
        'zh-Hans':
          '原来的“是/否”问题已改为四级问题，使每个等级都有可能达到。不再提供“不适用”选项：没有此类基金的国家应选择最低等级。',
        ru: 'Вопрос с ответом «да» или «нет» заменен вопросом с четырьмя уровнями, чтобы страна могла достичь любого из них. Вариант «Неприменимо» больше не предлагается: страна, где такого фонда нет, выбирает самый низкий уровень.',
        es: 'Una pregunta de sí o no pasó a tener cuatro niveles, para que un país pueda alcanzar cualquiera de ellos. Ya no se ofrece la opción “No aplica”: un país que no cuenta con un fondo de este tipo elige el nivel más bajo.',
      },
    },
    ...kept('innovative-financing-mechanisms', 'innovative-financing-zero-rating'),

    // Capacity and culture
    ...kept('teacher-competencies-framework', 'teacher-competencies-pre-service'),
    {
      change: 'split',
      from: ['teacher-competencies-in-service'],
      to: ['teacher-competencies-training-reach', 'teacher-competencies-training-model'],
      note: {
        en: 'It asked both how many teachers were trained and what the training looked like; they are now two questions.',
        fr: 'Elle portait à la fois sur le nombre d’enseignants formés et sur la forme de la formation, qui font désormais l’objet de deux questions.',
        ar: 'كان هذا السؤال يتناول معا عدد المعلمين الذين تلقوا التدريب وطبيعة هذا التدريب؛ وأصبحا الآن سؤالين منفصلين.',
        'zh-Hans': '该问题曾同时询问接受培训的教师人数和培训的形式；现已拆分为两个问题。',
        ru: 'Вопрос касался одновременно числа учителей, прошедших обучение, и формы этого обучения; теперь это два отдельных вопроса.',
        es: 'La pregunta abarcaba a la vez cuántos docentes recibieron formación y cómo era esa formación; ahora son dos preguntas.',
      },
    },
    ...kept('leadership-capacity-school-leaders'),
    {
      change: 'revised',
      from: ['leadership-capacity-ministry-staff'],
      to: ['leadership-capacity-ministry-staff'],
      note: {
        en: 'It no longer asks about a permanent unit, which is asked under the digital strategy.',
        fr: 'Elle ne porte plus sur l’existence d’une unité permanente, qui relève de la stratégie numérique.',
        ar: 'لم يعد هذا السؤال يتناول وجود وحدة دائمة، إذ يندرج ذلك ضمن «الاستراتيجية الوطنية للتعليم الرقمي».',
        'zh-Hans': '该问题不再询问是否设有常设单位，这一点在“国家数字教育战略”中提问。',
        ru: 'Вопрос больше не касается постоянного подразделения: оно рассматривается в компоненте о стратегии цифрового образования.',
        es: 'Ya no pregunta por una unidad permanente, que se aborda en el componente estrategia nacional de educación digital.',
      },
    },
    ...kept(
      'learner-digital-skills-framework',
      'learner-digital-skills-online-safety',
      'learner-digital-skills-measurement',
    ),
    { change: 'added', to: ['learner-digital-skills-well-being'] },
    ...kept('digital-culture-peer-learning', 'digital-culture-incentives'),
    {
      change: 'revised',
      from: ['digital-culture-families'],
      to: ['digital-culture-families'],
      note: {
        en: 'It now asks about the involvement of parents and communities only.',
        fr: 'Elle ne porte plus que sur la participation des parents et des communautés.',
        ar: 'أصبح هذا السؤال يقتصر الآن على مشاركة أولياء الأمور والمجتمعات المحلية.',
        'zh-Hans': '该问题现仅涉及家长和社区的参与。',
        ru: 'Теперь вопрос касается только участия родителей и местных сообществ.',
        es: 'Ahora pregunta solo por la participación de las familias y las comunidades.',
      },
    },

    // Content and solutions
    ...kept('curriculum-integration-digital-pedagogy'),
    {
      change: 'split',
      from: ['curriculum-integration-assessment'],
      to: ['curriculum-integration-digital-assessment'],
      note: {
        en: 'It asked two questions. Learners’ digital skills are assessed under learner digital skills; this question now asks about digital technology in assessment.',
        fr: 'Elle posait deux questions. Les compétences numériques des apprenants relèvent désormais de la question qui leur est consacrée ; celle-ci porte sur l’usage du numérique dans l’évaluation.',
        ar: 'كان هذا السؤال يجمع سؤالين في سؤال واحد. وأصبح تقييم المهارات الرقمية لدى المتعلمين يندرج ضمن «المهارات الرقمية ومهارات الذكاء الاصطناعي لدى المتعلمين»؛ أما هذا السؤال فيتناول الآن استخدام التكنولوجيا الرقمية في التقييم.',
        'zh-Hans':
          '该问题曾包含两个问题。学习者数字技能的评估现归入“学习者的数字和人工智能技能”；本问题现询问数字技术在评价中的运用。',
        ru: 'Вопрос объединял два вопроса. Оценка цифровых навыков учащихся перенесена в компонент, посвященный этим навыкам, а этот вопрос теперь касается применения цифровых технологий в оценивании.',
        es: 'La pregunta abarcaba dos cuestiones. Las competencias digitales de los estudiantes se evalúan ahora en el componente dedicado a ellas; esta pregunta se centra en el uso de la tecnología digital en la evaluación.',
      },
    },
    {
      change: 'split',
      from: ['digital-content-coverage'],
      to: ['digital-content-coverage', 'digital-content-languages'],
      carry: ['digital-content-coverage'],
      note: {
        en: 'It asked about curriculum coverage and languages together; languages are now a question of their own.',
        fr: 'Elle portait à la fois sur la couverture des programmes et sur les langues ; les langues font désormais l’objet d’une question distincte.',
        ar: 'كان هذا السؤال يتناول تغطية المنهج الدراسي واللغات معا؛ وأصبحت اللغات الآن موضوع سؤال مستقل.',
        'zh-Hans': '该问题曾将课程覆盖面和语言合并提问；语言现已单独设为一个问题。',
        ru: 'Вопрос касался одновременно охвата учебной программы и языков; теперь языкам посвящен отдельный вопрос.',
        es: 'La pregunta abarcaba a la vez la cobertura del currículo y las lenguas; ahora las lenguas tienen su propia pregunta.',
      },
    },
    ...kept('digital-content-open-licensing'),
    {
      change: 'revised',
      from: ['digital-content-accessibility'],
      to: ['digital-content-accessibility'],
      note: {
        en: 'It now names WCAG 2.2, the current version, and is the one place where a content accessibility standard is asked.',
        fr: 'Elle cite désormais les WCAG 2.2, la version en vigueur, et c’est la seule question qui porte sur une norme d’accessibilité des contenus.',
        ar: 'أصبح هذا السؤال يشير الآن إلى إرشادات WCAG 2.2، وهي الإصدار الساري، وهو السؤال الوحيد الذي يتناول معيارا لإمكانية الوصول إلى المحتوى.',
        'zh-Hans': '该问题现明确提及现行版本WCAG 2.2，并且是唯一询问内容无障碍标准的问题。',
        ru: 'Теперь в вопросе названа действующая версия WCAG 2.2, и это единственный вопрос о стандарте доступности контента.',
        es: 'Ahora menciona las WCAG 2.2, la versión vigente, y es la única pregunta sobre una norma de accesibilidad de los contenidos.',
      },
    },
    ...kept('learning-platforms-provision'),
    {
      change: 'revised',
      from: ['learning-platforms-offline'],
      to: ['learning-platforms-offline'],
      note: {
        en: 'Zero-rating, radio and television are now asked in their own questions.',
        fr: 'La gratuité des données, la radio et la télévision font désormais l’objet de questions distinctes.',
        ar: 'أصبح الإعفاء من رسوم البيانات والإذاعة والتلفزيون موضوع أسئلة مستقلة.',
        'zh-Hans': '零费率、广播和电视现已分别单独提问。',
        ru: 'Нулевой тарификации, радио и телевидению теперь посвящены отдельные вопросы.',
        es: 'La tarifa cero, la radio y la televisión tienen ahora sus propias preguntas.',
      },
    },
    { change: 'added', to: ['learning-platforms-low-tech'] },
    {
      change: 'removed',
      from: ['learning-platforms-interoperability'],
      note: {
        en: 'Interoperability was scored in three places; it is now asked only under systems integration.',
        fr: 'L’interopérabilité était évaluée à trois endroits ; elle ne l’est plus qu’au titre de l’intégration des systèmes.',
        ar: 'كانت قابلية التشغيل البيني تحتسب في ثلاثة مواضع؛ ولم يعد السؤال عنها يطرح الآن إلا ضمن «تكامل الأنظمة».',
        'zh-Hans': '互操作性曾在三处计分；现仅在“系统集成”中提问。',
        ru: 'Интероперабельность оценивалась в трех местах; теперь она рассматривается только в компоненте об интеграции систем.',
        es: 'La interoperabilidad se puntuaba en tres lugares; ahora solo se aborda en el componente integración de sistemas.',
      },
    },
    ...kept('edtech-evaluation-selection', 'edtech-evaluation-impact'),

    // Data and evidence
    ...kept(
      'actionable-insights-decisions',
      'actionable-insights-early-warning',
      'actionable-insights-publication',
      'systems-integration-emis-architecture',
    ),
    {
      change: 'revised',
      from: ['systems-integration-standards'],
      to: ['systems-integration-interoperability'],
      note: {
        en: 'It is now the one question on interoperability, across every education system.',
        fr: 'C’est désormais la seule question sur l’interopérabilité, pour l’ensemble des systèmes éducatifs.',
        ar: 'أصبح هذا السؤال الآن السؤال الوحيد عن قابلية التشغيل البيني، وهو يشمل جميع الأنظمة المستخدمة في منظومة التعليم.',
        'zh-Hans': '该问题现为唯一关于互操作性的问题，涵盖教育系统中的所有信息系统。',
        ru: 'Теперь это единственный вопрос об интероперабельности, и он охватывает все информационные системы, используемые в системе образования.',
        es: 'Ahora es la única pregunta sobre interoperabilidad y abarca todos los sistemas de información del sistema educativo.',
      },
    },
    ...kept('systems-integration-emis-platform'),
    {
      change: 'split',
      from: ['quality-coverage-frequency'],
      to: ['quality-coverage-collection', 'quality-coverage-timeliness'],
      note: {
        en: 'It mixed how data are collected with how soon they arrive; they are now two questions.',
        fr: 'Elle mêlait le mode de collecte des données et leur délai de disponibilité, qui font désormais l’objet de deux questions.',
        ar: 'كان هذا السؤال يخلط بين طريقة جمع البيانات ومدى سرعة توافرها؛ وأصبحا الآن سؤالين منفصلين.',
        'zh-Hans': '该问题曾将数据的收集方式与数据提供的及时程度混为一谈；现已拆分为两个问题。',
        ru: 'Вопрос смешивал способ сбора данных и сроки их поступления; теперь это два отдельных вопроса.',
        es: 'La pregunta mezclaba la forma de recopilar los datos con la rapidez con que llegan; ahora son dos preguntas.',
      },
    },
    {
      change: 'split',
      from: ['quality-coverage-completeness'],
      to: ['quality-coverage-completeness', 'quality-coverage-reliability'],
      note: {
        en: 'It measured completeness, reliability and timeliness on one scale; each is now asked apart.',
        fr: 'Elle mesurait l’exhaustivité, la fiabilité et les délais sur une seule échelle ; chacun fait désormais l’objet d’une question distincte.',
        ar: 'كان هذا السؤال يقيس الاكتمال والموثوقية وحسن التوقيت على مقياس واحد؛ وأصبح لكل منها الآن سؤال مستقل.',
        'zh-Hans': '该问题曾用同一量表衡量完整性、可靠性和及时性；现在三者各自单独提问。',
        ru: 'Вопрос оценивал полноту, достоверность и своевременность данных по одной шкале; теперь каждому из этих аспектов посвящен отдельный вопрос.',
        es: 'La pregunta medía la exhaustividad, la fiabilidad y la oportunidad de los datos en una sola escala; ahora cada aspecto tiene su propia pregunta.',
      },
    },
    ...kept('quality-coverage-disaggregation'),
    {
      change: 'split',
      from: ['security-privacy-law'],
      to: ['security-privacy-law', 'security-privacy-authority'],
      note: {
        en: 'A yes/no question on a law and an authority became two four-level questions.',
        fr: 'Une question par oui ou non sur une loi et une autorité est devenue deux questions à quatre niveaux.',
        ar: 'تحول سؤال يجاب عنه بنعم أو لا بشأن وجود قانون وهيئة مختصة إلى سؤالين من أربعة مستويات.',
        'zh-Hans': '原来关于法律和主管机构的“是/否”问题，现已改为两个四级问题。',
        ru: 'Вопрос с ответом «да» или «нет» о законе и уполномоченном органе заменен двумя вопросами с четырьмя уровнями.',
        es: 'Una pregunta de sí o no sobre una ley y una autoridad pasó a ser dos preguntas de cuatro niveles.',
      },
    },
    ...kept('security-privacy-practice'),
    {
      change: 'revised',
      from: ['security-privacy-transparency'],
      to: ['security-privacy-transparency'],
      note: {
        en: 'It now asks whether learners and parents are told what is collected and why.',
        fr: 'Elle porte désormais sur l’information des apprenants et des parents quant aux données collectées et à leur finalité.',
        ar: 'أصبح هذا السؤال يتناول الآن ما إذا كان المتعلمون وأولياء الأمور يحاطون علما بالبيانات التي يجري جمعها والغرض من جمعها.',
        'zh-Hans': '该问题现询问是否告知学习者和家长收集哪些数据及其用途。',
        ru: 'Теперь вопрос касается того, сообщают ли учащимся и родителям, какие данные собираются и зачем.',
        es: 'Ahora pregunta si se informa a los estudiantes y a las familias de qué datos se recopilan y con qué fin.',
      },
    },
    ...kept(
      'artificial-intelligence-policy',
      'artificial-intelligence-generative',
      'artificial-intelligence-procurement',
    ),
  ],
};
