import type { Pillar } from '@dtc/schema';

/**
 * Pillar 5: content and solutions. The published framework names the pillar but not its
 * components; the components below are this toolkit's proposal.
 */
export const contentSolutions: Pillar = {
  id: 'content-solutions',
  title: { en: 'Content and solutions', fr: 'Contenu et solutions' },
  summary: {
    en: 'Curricula, digital content and platforms that serve the country’s learners, and solutions chosen on the evidence of what they do for learning.',
    fr: 'Des programmes, des contenus numériques et des plateformes adaptés aux apprenants du pays, et des solutions choisies au vu de ce qu’elles apportent réellement aux apprentissages.',
  },
  components: [
    {
      id: 'curriculum-integration',
      origin: 'proposed',
      title: {
        en: 'Digital in the curriculum and assessment',
        fr: 'Le numérique dans les programmes et l’évaluation',
      },
      summary: {
        en: 'How teaching with digital technology is written into subject curricula and teachers’ guides, and how far digital tools are used to assess learning, from the classroom to national examinations.',
        fr: 'La place de la pédagogie numérique dans les programmes disciplinaires et les guides pédagogiques, et le recours aux outils numériques pour évaluer les apprentissages, de la classe jusqu’aux examens nationaux.',
      },
      questions: [
        {
          id: 'curriculum-integration-digital-pedagogy',
          kind: 'rubric',
          title: {
            en: 'Do subject curricula show how digital technology should be used to teach and learn?',
            fr: 'Les programmes disciplinaires indiquent-ils comment utiliser le numérique pour enseigner et apprendre ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Curricula do not mention digital technology, or mention it only within a separate computer studies subject.',
                fr: 'Les programmes ne mentionnent pas le numérique, ou seulement dans le cadre d’une discipline informatique distincte.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some recently revised curricula suggest digital activities, but teachers’ guides, timetables and resources do not support them.',
                fr: 'Certains programmes récemment révisés proposent des activités numériques, mais les guides pédagogiques, les emplois du temps et les ressources ne suivent pas.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every subject curriculum revised in the current cycle states which learning objectives digital tools serve, and matching teachers’ guides and resources are provided.',
                fr: 'Chaque programme disciplinaire révisé au cours du cycle actuel précise les objectifs d’apprentissage auxquels contribuent les outils numériques, et des guides pédagogiques et des ressources correspondants sont fournis.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Digital pedagogy runs through all subject curricula and guides; inspectors or pedagogical advisers observe it in class, and their findings feed the next curriculum revision.',
                fr: 'La pédagogie numérique irrigue l’ensemble des programmes et des guides ; les inspecteurs ou les conseillers pédagogiques l’observent en classe, et leurs constats alimentent la révision suivante des programmes.',
              },
            },
          ],
        },
        {
          id: 'curriculum-integration-digital-assessment',
          kind: 'rubric',
          title: {
            en: 'How widely do assessments of learning make use of digital technology?',
            fr: 'Dans quelle mesure l’évaluation des apprentissages fait-elle appel au numérique ?',
          },
          help: {
            en: 'Formative assessment takes place during learning and is used to adjust teaching, unlike end-of-cycle examinations. An item bank is a catalogued collection of test questions of known difficulty from which tests can be assembled. On-screen marking means that examiners mark scanned or typed scripts on a computer. How learners’ own digital skills are assessed is asked under capacity and culture.',
            fr: 'L’évaluation formative a lieu pendant les apprentissages et sert à ajuster l’enseignement, à la différence des examens de fin de cycle. Une banque d’items est un ensemble catalogué de questions d’évaluation de difficulté connue, à partir duquel on peut composer des épreuves. La correction sur écran consiste, pour les correcteurs, à noter sur ordinateur des copies numérisées ou saisies. L’évaluation des compétences numériques des élèves fait l’objet d’une question du pilier Capacité et culture.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Classroom assessment and examinations are entirely on paper, and the ministry provides or recommends no digital tool for assessment.',
                fr: 'L’évaluation en classe et les examens se font entièrement sur papier, et le ministère ne fournit ni ne recommande aucun outil numérique d’évaluation.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital tools for formative assessment (online quizzes, item banks, marking apps) are used in pilot schools or by teachers on their own initiative; national assessments and examinations remain entirely on paper.',
                fr: 'Des outils numériques d’évaluation formative (questionnaires en ligne, banques d’items, applications de notation) sont utilisés dans des établissements pilotes ou par des enseignants de leur propre initiative ; les évaluations nationales et les examens restent entièrement sur papier.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Teachers in most schools have digital tools for formative assessment provided or approved by the ministry, and at least one national assessment or examination is taken on screen in equipped centres or marked on screen.',
                fr: 'Dans la plupart des établissements, les enseignants disposent d’outils numériques d’évaluation formative fournis ou agréés par le ministère, et au moins une évaluation nationale ou un examen se passe sur écran dans des centres équipés ou est corrigé sur écran.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools use digital tools for formative assessment provided or approved by the ministry; the national assessments and examinations at the end of each main stage are taken or marked on screen, drawing on a maintained item bank, with equivalent arrangements for centres without reliable power; results reach schools within weeks of each session.',
                fr: 'La quasi-totalité des établissements utilise des outils numériques d’évaluation formative fournis ou agréés par le ministère ; les évaluations nationales et les examens de fin de chaque grande étape de la scolarité se passent ou sont corrigés sur écran, à partir d’une banque d’items tenue à jour, avec des modalités équivalentes pour les centres privés d’électricité fiable ; les résultats parviennent aux établissements dans les semaines qui suivent chaque session.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'digital-content',
      origin: 'proposed',
      title: { en: 'Digital learning content', fr: 'Contenus pédagogiques numériques' },
      summary: {
        en: 'Digital resources that cover the national curriculum, exist in the languages learners speak, can be reused and adapted, and are accessible to learners with disabilities.',
        fr: 'Des ressources numériques qui couvrent les programmes nationaux, existent dans les langues des apprenants, sont réutilisables et adaptables, et sont accessibles aux apprenants en situation de handicap.',
      },
      questions: [
        {
          id: 'digital-content-coverage',
          kind: 'rubric',
          title: {
            en: 'How much of the national curriculum is covered by aligned digital content?',
            fr: 'Quelle part des programmes nationaux est couverte par des contenus numériques conformes ?',
          },
          help: {
            en: 'Aligned content follows the objectives and progression of the national curriculum for a given subject and grade. The languages in which content exists are asked about in the next question.',
            fr: 'Un contenu conforme suit les objectifs et la progression des programmes nationaux pour une discipline et un niveau donnés. Les langues dans lesquelles les contenus existent font l’objet de la question suivante.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Little or no digital content matches the national curriculum; teachers rely on resources made for other countries’ curricula.',
                fr: 'Peu de contenus numériques, voire aucun, correspondent aux programmes nationaux ; les enseignants s’appuient sur des ressources conçues pour les programmes d’autres pays.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Aligned content exists for some subjects and grades, typically mathematics and science in secondary school, produced by projects or publishers without review by the curriculum authority.',
                fr: 'Des contenus conformes existent pour certaines disciplines et certains niveaux, le plus souvent les mathématiques et les sciences au secondaire, produits par des projets ou des éditeurs sans validation par l’instance chargée des programmes.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Aligned content covers the core subjects of every grade of basic education, and the curriculum authority checks it for accuracy and alignment before publication.',
                fr: 'Des contenus conformes couvrent les disciplines fondamentales de toutes les années de l’éducation de base, et l’instance chargée des programmes en vérifie l’exactitude et la conformité avant publication.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Content checked by the curriculum authority covers all subjects and grades, from primary school to the end of secondary school, and is updated with each curriculum revision; a map of curriculum objectives against available resources is kept up to date and used to plan what is produced next.',
                fr: 'Des contenus vérifiés par l’instance chargée des programmes couvrent toutes les disciplines et toutes les années, de l’école primaire à la fin du secondaire, et sont mis à jour à chaque révision des programmes ; une cartographie des objectifs des programmes et des ressources disponibles est tenue à jour et sert à planifier les productions suivantes.',
              },
            },
          ],
        },
        {
          id: 'digital-content-languages',
          kind: 'rubric',
          title: {
            en: 'In which languages is digital learning content available?',
            fr: 'Dans quelles langues les contenus pédagogiques numériques sont-ils disponibles ?',
          },
          help: {
            en: 'Languages of instruction are those in which subjects are taught in the country’s schools, including national or local languages used in the early grades where the curriculum provides for them. Sign language means the national sign language used by deaf learners.',
            fr: 'Les langues d’enseignement sont celles dans lesquelles les disciplines sont enseignées dans les établissements du pays, y compris les langues nationales ou locales utilisées dans les premières années lorsque les programmes le prévoient. La langue des signes désigne la langue des signes nationale pratiquée par les apprenants sourds.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Digital content exists only in a foreign language, or in an official language that many learners do not understand.',
                fr: 'Les contenus numériques n’existent que dans une langue étrangère, ou dans une langue officielle que beaucoup d’apprenants ne comprennent pas.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Content exists in the main language of instruction; other languages of instruction have only isolated resources produced by projects or NGOs.',
                fr: 'Des contenus existent dans la principale langue d’enseignement ; les autres langues d’enseignement ne disposent que de ressources isolées, produites par des projets ou des ONG.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Core content exists in every language of instruction, including the national or local languages used in the early grades, and some core content exists in the national sign language.',
                fr: 'Des contenus essentiels existent dans chaque langue d’enseignement, y compris les langues nationales ou locales utilisées dans les premières années, et une partie d’entre eux existe en langue des signes nationale.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Core content exists in every language of instruction for every grade in which that language is used, and in the national sign language for every grade of basic education; the languages learners speak at home are recorded, and the content plan sets dates for the languages still missing.',
                fr: 'Des contenus essentiels existent dans chaque langue d’enseignement pour toutes les années où cette langue est utilisée, et en langue des signes nationale pour toutes les années de l’éducation de base ; les langues parlées par les apprenants à la maison sont recensées, et le plan de production fixe des échéances pour les langues encore manquantes.',
              },
            },
          ],
        },
        {
          id: 'digital-content-open-licensing',
          kind: 'choice',
          title: {
            en: 'On what terms is publicly funded digital content made available?',
            fr: 'À quelles conditions les contenus numériques financés sur fonds publics sont-ils mis à disposition ?',
          },
          help: {
            en: 'Open educational resources (OER) are learning materials released under an open licence, such as Creative Commons, that lets anyone reuse, adapt and share them. UNESCO member states adopted a Recommendation on OER in 2019.',
            fr: 'Les ressources éducatives libres (REL) sont des supports d’apprentissage diffusés sous une licence ouverte, par exemple Creative Commons, qui permet à chacun de les réutiliser, de les adapter et de les partager. Les États membres de l’UNESCO ont adopté une Recommandation sur les REL en 2019.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'rights-unclear',
              level: 1,
              label: {
                en: 'No rule: rights are unclear or stay with the producer',
                fr: 'Aucune règle : les droits sont flous ou restent au producteur',
              },
            },
            {
              id: 'free-to-use',
              level: 2,
              label: {
                en: 'Free to use on ministry platforms, but not to copy, adapt or share',
                fr: 'Utilisation gratuite sur les plateformes du ministère, sans droit de copier, d’adapter ni de partager',
              },
            },
            {
              id: 'open-policy',
              level: 3,
              label: {
                en: 'A policy requires release under an open licence, and new content follows it',
                fr: 'Une politique impose leur diffusion sous licence ouverte, et les nouveaux contenus la respectent',
              },
            },
            {
              id: 'open-practice',
              level: 4,
              label: {
                en: 'Released as open educational resources in a public repository, where teachers adapt and republish them',
                fr: 'Ils sont publiés comme ressources éducatives libres dans un dépôt public, où les enseignants les adaptent et les republient',
              },
            },
          ],
        },
        {
          id: 'digital-content-accessibility',
          kind: 'rubric',
          title: {
            en: 'Is digital content accessible to learners with disabilities?',
            fr: 'Les contenus numériques sont-ils accessibles aux apprenants en situation de handicap ?',
          },
          help: {
            en: 'The Web Content Accessibility Guidelines (WCAG) are the W3C’s international standard for accessible digital content; version 2.2 became a W3C Recommendation in October 2023. Level AA is the level that accessibility laws and public procurement rules most commonly require. Accessible content works with screen readers, offers captions and transcripts for audio and video, and gives text alternatives for images. Content in sign language is asked about in the question on languages.',
            fr: 'Les Règles pour l’accessibilité des contenus Web (WCAG) du W3C constituent la norme internationale en la matière ; leur version 2.2 est devenue une recommandation du W3C en octobre 2023. Le niveau AA est celui qu’exigent le plus souvent les lois sur l’accessibilité et les règles d’achat public. Un contenu accessible fonctionne avec les lecteurs d’écran, propose des sous-titres et des transcriptions pour l’audio et la vidéo, et des textes de remplacement pour les images. Les contenus en langue des signes font l’objet de la question sur les langues.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no accessibility requirements; most content cannot be used with a screen reader and has no captions.',
                fr: 'Aucune exigence d’accessibilité n’existe ; la plupart des contenus ne peuvent pas être utilisés avec un lecteur d’écran et n’ont pas de sous-titres.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some adapted resources (audio books, braille-ready files, captioned videos) are produced by specialised schools or NGOs, but mainstream content is not checked for accessibility.',
                fr: 'Quelques ressources adaptées (livres audio, fichiers prêts pour le braille, vidéos sous-titrées) sont produites par des établissements spécialisés ou des associations, mais l’accessibilité des contenus ordinaires n’est pas vérifiée.',
              },
            },
            {
              level: 3,
              text: {
                en: 'WCAG 2.2 level AA, or a national standard at least as demanding, is required whenever content is commissioned or bought, and new content comes with captions, text alternatives and formats that work with text-to-speech.',
                fr: 'Le niveau AA des WCAG 2.2, ou une norme nationale au moins aussi exigeante, est imposé pour toute commande ou tout achat de contenus, et les nouveaux contenus comportent des sous-titres, des textes de remplacement et des formats compatibles avec la synthèse vocale.',
              },
            },
            {
              level: 4,
              text: {
                en: 'All content, including older material, has been checked against the standard, with learners with disabilities and their organisations taking part in testing; core content also exists in easy-to-read versions.',
                fr: 'L’ensemble des contenus, y compris les plus anciens, a été vérifié au regard de la norme, avec la participation des apprenants en situation de handicap et de leurs organisations aux tests ; les contenus essentiels existent aussi en version facile à lire et à comprendre (FALC).',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learning-platforms',
      origin: 'proposed',
      title: { en: 'Learning platforms and tools', fr: 'Plateformes et outils d’apprentissage' },
      summary: {
        en: 'Platforms and tools that schools actually use, hosted and supported over time, that work with little or no connectivity, and radio, television and mobile channels that carry learning where screens and connections are scarce.',
        fr: 'Des plateformes et des outils réellement utilisés par les établissements, hébergés et maintenus dans la durée, qui fonctionnent avec une connexion faible ou absente, ainsi que la radio, la télévision et le téléphone mobile pour apprendre là où écrans et connexions font défaut.',
      },
      questions: [
        {
          id: 'learning-platforms-provision',
          kind: 'rubric',
          title: {
            en: 'How far do schools rely on a national learning platform that the ministry keeps running?',
            fr: 'Dans quelle mesure les établissements s’appuient-ils sur une plateforme nationale d’apprentissage que le ministère fait vivre ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no national platform; schools that use one choose it themselves, often a free commercial service with no agreement on data or support.',
                fr: 'Il n’existe pas de plateforme nationale ; les établissements qui en utilisent une la choisissent eux-mêmes, souvent un service commercial gratuit, sans accord sur les données ni sur l’assistance.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A national platform exists, often set up during the COVID-19 school closures, but use is low or has fallen since, and its upkeep depends on a single contract or donor.',
                fr: 'Une plateforme nationale existe, souvent créée lors des fermetures d’écoles liées à la COVID-19, mais elle est peu utilisée ou son usage a reculé depuis, et sa maintenance dépend d’un seul contrat ou d’un seul bailleur.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national platform (a learning management system or content portal) is hosted under ministry control, funded from the recurrent budget, backed by a helpdesk, and used each month by at least half of secondary schools.',
                fr: 'Une plateforme nationale (environnement numérique de travail, plateforme de formation ou portail de ressources) est hébergée sous le contrôle du ministère, financée sur le budget de fonctionnement, dotée d’un service d’assistance, et utilisée chaque mois par au moins la moitié des établissements secondaires.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Most teachers and learners at every level use the platforms regularly; use, availability and user satisfaction are tracked against targets, and improvements are released on a planned schedule.',
                fr: 'La plupart des enseignants et des apprenants de tous les niveaux utilisent régulièrement les plateformes ; l’usage, la disponibilité et la satisfaction des utilisateurs sont suivis au regard d’objectifs chiffrés, et les améliorations sont livrées selon un calendrier établi.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-offline',
          kind: 'rubric',
          title: {
            en: 'Can learners without a reliable connection use the platforms and content?',
            fr: 'Les apprenants sans connexion fiable peuvent-ils utiliser les plateformes et les contenus ?',
          },
          help: {
            en: 'Offline use means that platforms and content keep working when the connection is weak or absent, for example through an app that stores lessons on the device or a local server in the school. Free access to educational content over mobile data (zero-rating) is asked about under cost and sustainability. If virtually all learners have a reliable connection at school and at home, the question does not apply.',
            fr: 'Le fonctionnement hors ligne signifie que les plateformes et les contenus restent utilisables lorsque la connexion est faible ou absente, par exemple grâce à une application qui enregistre les leçons sur l’appareil ou à un serveur local installé dans l’établissement. L’accès gratuit aux contenus éducatifs par les données mobiles (« zero-rating ») fait l’objet d’une question du pilier Coût et durabilité. Si la quasi-totalité des apprenants dispose d’une connexion fiable à l’école et à domicile, la question est sans objet.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Platforms and content work only online and need a fast connection; learners in rural areas or without mobile data are left out.',
                fr: 'Les plateformes et les contenus ne fonctionnent qu’en ligne et exigent une connexion rapide ; les apprenants des zones rurales ou sans données mobiles en sont exclus.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some content can be downloaded for use offline, but the main platform needs a constant connection.',
                fr: 'Certains contenus peuvent être téléchargés pour une utilisation hors ligne, mais la plateforme principale exige une connexion permanente.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The main platforms work offline or on low bandwidth (offline apps, local servers in schools, memory cards), so learners can use core content without a constant connection.',
                fr: 'Les principales plateformes fonctionnent hors ligne ou en bas débit (applications hors ligne, serveurs locaux dans les établissements, cartes mémoire), si bien que les apprenants peuvent utiliser les contenus essentiels sans connexion permanente.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Offline use is a requirement for every platform procured, and progress made offline synchronises when a connection returns; solutions are tested in poorly connected schools before they are rolled out.',
                fr: 'Le fonctionnement hors ligne est exigé de toute plateforme acquise, et la progression réalisée hors ligne se synchronise au retour de la connexion ; les solutions sont testées dans des établissements mal connectés avant d’être déployées.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-low-tech',
          kind: 'rubric',
          title: {
            en: 'What part do low-tech channels such as radio, television or text messages play in delivering learning?',
            fr: 'Quelle place les canaux à faible technicité, comme la radio, la télévision ou les SMS, occupent-ils dans l’offre d’apprentissage ?',
          },
          help: {
            en: 'Low-tech channels reach learners without internet or computers: educational radio and television, text messages (SMS) and voice services on basic mobile phones. Learner follow-up means that someone checks whether learners take part and learn, for example through calls from teachers, quizzes by phone or worksheets collected.',
            fr: 'Les canaux à faible technicité touchent les apprenants qui n’ont ni internet ni ordinateur : radio et télévision éducatives, SMS et services vocaux sur téléphones mobiles simples. Le suivi des apprenants consiste à vérifier qu’ils participent et progressent, par exemple au moyen d’appels des enseignants, de questionnaires par téléphone ou de fiches d’exercices ramassées.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The ministry runs or supports no radio, television or mobile programme for learning; any that exist are broadcasters’ or NGOs’ initiatives unconnected to the curriculum.',
                fr: 'Le ministère ne mène ni ne soutient aucun programme d’apprentissage par la radio, la télévision ou le téléphone mobile ; ceux qui existent sont des initiatives de diffuseurs ou d’ONG sans lien avec les programmes scolaires.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry has broadcast lessons on radio or television, or sent learning messages by phone, during an emergency such as the COVID-19 school closures or through partner projects, but without a standing schedule or curriculum mapping.',
                fr: 'Le ministère a diffusé des leçons à la radio ou à la télévision, ou envoyé des messages d’apprentissage par téléphone, lors d’une situation d’urgence comme les fermetures d’écoles liées à la COVID-19 ou dans le cadre de projets de partenaires, mais sans grille de diffusion permanente ni correspondance avec les programmes.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least one low-tech channel carries lessons throughout the school year on a published schedule, each lesson is mapped to curriculum objectives for the grades it targets, and the programme is funded in the ministry’s plan or budget.',
                fr: 'Au moins un canal à faible technicité diffuse des leçons tout au long de l’année scolaire selon une grille publiée, chaque leçon est rattachée aux objectifs des programmes des niveaux visés, et le dispositif est financé dans le plan ou le budget du ministère.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Radio, television and mobile channels follow one curriculum-aligned plan covering the core subjects of basic education, on published schedules and with recurrent funding; learners are followed up (teachers’ calls, phone quizzes or collected worksheets), and reach and learning are measured every year.',
                fr: 'La radio, la télévision et le téléphone mobile s’inscrivent dans un même plan conforme aux programmes, couvrant les disciplines fondamentales de l’éducation de base, avec des grilles publiées et un financement récurrent ; les apprenants font l’objet d’un suivi (appels des enseignants, questionnaires par téléphone ou fiches ramassées), et l’audience ainsi que les acquis sont mesurés chaque année.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'edtech-evaluation',
      origin: 'proposed',
      title: {
        en: 'EdTech evaluation and selection',
        fr: 'Évaluation et sélection des technologies éducatives',
      },
      summary: {
        en: 'How solutions are chosen, bought and quality-assured, and whether their effect on learning is measured before they are scaled up.',
        fr: 'La manière dont les solutions sont choisies, achetées et contrôlées, et la mesure de leurs effets sur les apprentissages avant toute généralisation.',
      },
      questions: [
        {
          id: 'edtech-evaluation-selection',
          kind: 'rubric',
          title: {
            en: 'How are digital solutions selected for use in schools?',
            fr: 'Comment les solutions numériques destinées aux établissements sont-elles sélectionnées ?',
          },
          help: {
            en: 'Total cost of ownership counts every cost over the life of a solution (licences, devices, connectivity, training, support, upgrades and disposal), not only the purchase price.',
            fr: 'Le coût total de possession comprend l’ensemble des coûts sur la durée de vie d’une solution (licences, équipements, connectivité, formation, assistance, mises à jour, fin de vie), et pas seulement le prix d’achat.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Solutions are adopted because a supplier or donor offers them; there are no criteria and no review of evidence before adoption.',
                fr: 'Les solutions sont adoptées parce qu’un fournisseur ou un bailleur les propose ; il n’existe ni critères ni examen des données probantes avant leur adoption.',
              },
            },
            {
              level: 2,
              text: {
                en: 'General procurement rules apply, mainly on price; pedagogical value, evidence of impact and data protection are checked case by case, if at all.',
                fr: 'Les règles générales de la commande publique s’appliquent, surtout sur le prix ; la valeur pédagogique, les preuves d’efficacité et la protection des données sont examinées au cas par cas, quand elles le sont.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A review panel applies published criteria (curriculum fit, evidence of learning impact, accessibility, data protection, interoperability, total cost of ownership) before any solution is recommended or bought.',
                fr: 'Un comité d’examen applique des critères publiés (conformité aux programmes, preuves d’effets sur les apprentissages, accessibilité, protection des données, interopérabilité, coût total de possession) avant toute recommandation ou tout achat d’une solution.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The criteria apply to all solutions, including free and donated ones; a public catalogue lists approved solutions with their review results, and approvals are revisited as new evidence arrives.',
                fr: 'Les critères s’appliquent à toutes les solutions, y compris gratuites ou offertes ; un catalogue public recense les solutions retenues avec les résultats de leur examen, et les agréments sont réexaminés à mesure que de nouvelles données probantes apparaissent.',
              },
            },
          ],
        },
        {
          id: 'edtech-evaluation-impact',
          kind: 'rubric',
          title: {
            en: 'Do evaluations of their effect on learning shape decisions about digital programmes?',
            fr: 'Les évaluations de leurs effets sur les apprentissages orientent-elles les décisions relatives aux programmes numériques ?',
          },
          help: {
            en: 'If the country runs no digital programme in education yet, the question does not apply.',
            fr: 'Si le pays ne mène encore aucun programme numérique en éducation, la question est sans objet.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Programmes are not evaluated; success is reported as devices delivered or accounts created.',
                fr: 'Les programmes ne sont pas évalués ; leur réussite est exprimée en nombre d’équipements livrés ou de comptes créés.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some programmes are evaluated, usually at a funder’s request, on use and satisfaction rather than on learning.',
                fr: 'Certains programmes sont évalués, en général à la demande d’un bailleur, sur l’usage et la satisfaction plutôt que sur les apprentissages.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Major programmes have an evaluation plan from the start, with learning measures and a comparison group (randomised or quasi-experimental), and results are published whatever they show.',
                fr: 'Les grands programmes prévoient dès leur lancement un plan d’évaluation, avec des mesures des acquis et un groupe de comparaison (méthode aléatoire ou quasi expérimentale), et les résultats sont publiés quels qu’ils soient.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A set share of every programme budget funds evaluation; results decide whether programmes are scaled up, redesigned or stopped, and the ministry follows a research agenda with national research institutions.',
                fr: 'Une part fixe du budget de chaque programme finance son évaluation ; les résultats déterminent si un programme est étendu, remanié ou arrêté, et le ministère conduit un programme de recherche avec les institutions de recherche nationales.',
              },
            },
          ],
        },
      ],
    },
  ],
};
