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
        en: 'How digital skills and teaching with technology are written into subject curricula, teachers’ guides and the assessment of learners.',
        fr: 'La place des compétences numériques et de la pédagogie numérique dans les programmes disciplinaires, les guides pédagogiques et l’évaluation des élèves.',
      },
      questions: [
        {
          id: 'curriculum-integration-digital-pedagogy',
          kind: 'rubric',
          title: {
            en: 'Do subject curricula show how digital technology should be used to teach and learn?',
            fr: 'Les programmes disciplinaires indiquent-ils comment utiliser le numérique pour enseigner et apprendre ?',
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
                fr: 'La pédagogie numérique irrigue l’ensemble des programmes et des guides ; les inspecteurs ou les conseillers pédagogiques l’observent en classe, et leurs constats alimentent la révision suivante des programmes.',
              },
            },
          ],
        },
        {
          id: 'curriculum-integration-assessment',
          kind: 'rubric',
          title: {
            en: 'Are digital skills assessed, and is digital technology used in assessment?',
            fr: 'Les compétences numériques sont-elles évaluées, et le numérique est-il utilisé dans l’évaluation ?',
          },
          help: {
            en: 'Formative assessment takes place during learning and is used to adjust teaching, unlike end-of-cycle examinations. An item bank is a catalogued collection of test questions of known difficulty from which tests can be assembled.',
            fr: 'L’évaluation formative a lieu pendant les apprentissages et sert à ajuster l’enseignement, à la différence des examens de fin de cycle. Une banque d’items est un ensemble catalogué de questions d’évaluation de difficulté connue, à partir duquel on peut composer des épreuves.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Examinations and classroom assessment are entirely on paper, and digital skills are not assessed.',
                fr: 'Les examens et l’évaluation en classe se font entièrement sur papier, et les compétences numériques ne sont pas évaluées.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital skills are assessed only in an optional computer studies subject; computer-based testing or digital item banks exist as pilots.',
                fr: 'Les compétences numériques ne sont évaluées que dans une option d’informatique ; les épreuves sur ordinateur ou les banques d’items numériques en sont au stade pilote.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital skills are among the outcomes assessed at the end of a cycle of basic education; national assessments or some examinations are taken on screen in equipped centres, and teachers have digital tools for formative assessment.',
                fr: 'Les compétences numériques font partie des acquis évalués en fin de cycle de l’éducation de base ; des évaluations nationales ou certains examens se passent sur écran dans des centres équipés, et les enseignants disposent d’outils numériques d’évaluation formative.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Results reach schools quickly enough to guide teaching, tasks assess what learners can do with technology, and clear rules govern the use of generative AI in assessed work.',
                fr: 'Les résultats parviennent aux établissements assez vite pour orienter l’enseignement, les épreuves évaluent ce que les élèves savent faire avec la technologie, et des règles claires encadrent l’usage de l’IA générative dans les travaux notés.',
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
        en: 'Digital resources that match the national curriculum, exist in the languages learners speak, can be reused and adapted, and are accessible to learners with disabilities.',
        fr: 'Des ressources numériques conformes aux programmes nationaux, disponibles dans les langues des apprenants, réutilisables et adaptables, et accessibles aux apprenants en situation de handicap.',
      },
      questions: [
        {
          id: 'digital-content-coverage',
          kind: 'rubric',
          title: {
            en: 'How much of the curriculum is covered by aligned digital content, and in which languages?',
            fr: 'Quelle part des programmes est couverte par des contenus numériques conformes, et dans quelles langues ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Little or no digital content matches the national curriculum; teachers rely on foreign resources, often in a language learners do not speak.',
                fr: 'Peu de contenus numériques, voire aucun, correspondent aux programmes nationaux ; les enseignants s’appuient sur des ressources étrangères, souvent dans une langue que les élèves ne parlent pas.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Aligned content exists for some subjects and grades, typically mathematics and science in secondary school, in the official language only, produced by projects or publishers without review by the curriculum authority.',
                fr: 'Des contenus conformes existent pour certaines disciplines et certains niveaux, le plus souvent les mathématiques et les sciences au secondaire, uniquement dans la langue officielle, et sont produits par des projets ou des éditeurs sans validation par l’instance chargée des programmes.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Content covers the core subjects of every grade of basic education in the languages of instruction, and the curriculum authority checks it for accuracy and alignment before publication.',
                fr: 'Les contenus couvrent les disciplines fondamentales de toutes les années de l’éducation de base, dans les langues d’enseignement, et l’instance chargée des programmes en vérifie l’exactitude et la conformité avant publication.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Content covers all subjects and grades, including the main local languages used in the early grades; it is updated with each curriculum revision, and data on use and learning guide what is produced next.',
                fr: 'Les contenus couvrent toutes les disciplines et tous les niveaux, y compris dans les principales langues nationales utilisées dans les premières années ; ils sont mis à jour à chaque révision des programmes, et les données d’usage et d’apprentissage orientent les productions suivantes.',
              },
            },
          ],
        },
        {
          id: 'digital-content-open-licensing',
          kind: 'choice',
          title: {
            en: 'On what terms is publicly funded digital content made available?',
            fr: 'À quelles conditions les contenus numériques financés sur fonds publics sont-ils mis à disposition ?',
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
                fr: 'Aucune règle : les droits sont flous ou restent au producteur',
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
            fr: 'Les contenus numériques sont-ils accessibles aux apprenants en situation de handicap ?',
          },
          help: {
            en: 'The Web Content Accessibility Guidelines (WCAG) are the international standard for accessible digital content; level AA is the level most laws and procurement rules require. Accessible content works with screen readers, offers captions and transcripts for audio and video, and gives text alternatives for images.',
            fr: 'Les règles pour l’accessibilité des contenus Web (WCAG) constituent la norme internationale en la matière ; le niveau AA est celui qu’exigent la plupart des lois et des règles d’achat public. Un contenu accessible fonctionne avec les lecteurs d’écran, propose des sous-titres et des transcriptions pour l’audio et la vidéo, et des textes de remplacement pour les images.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no accessibility requirements; most content cannot be used with a screen reader and has no captions or sign-language versions.',
                fr: 'Aucune exigence d’accessibilité n’existe ; la plupart des contenus ne peuvent pas être utilisés avec un lecteur d’écran et n’ont ni sous-titres ni version en langue des signes.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some adapted resources (audio books, braille-ready files, sign-language videos) are produced by specialised schools or NGOs, but mainstream content is not checked for accessibility.',
                fr: 'Quelques ressources adaptées (livres audio, fichiers prêts pour le braille, vidéos en langue des signes) sont produites par des établissements spécialisés ou des associations, mais l’accessibilité des contenus ordinaires n’est pas vérifiée.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An accessibility standard (such as WCAG 2.1 level AA) is required when content is commissioned or bought, and new content comes with captions, text alternatives and formats that work with text-to-speech.',
                fr: 'Une norme d’accessibilité (par exemple le niveau AA des WCAG 2.1) est exigée pour toute commande ou tout achat de contenus, et les nouveaux contenus comportent des sous-titres, des textes de remplacement et des formats compatibles avec la synthèse vocale.',
              },
            },
            {
              level: 4,
              text: {
                en: 'All content, including older material, has been checked against the standard, with learners with disabilities and their organisations taking part in testing; core content also exists in sign language and in easy-to-read versions.',
                fr: 'L’ensemble des contenus, y compris les plus anciens, a été vérifié au regard de la norme, avec la participation des apprenants en situation de handicap et de leurs organisations aux tests ; les contenus essentiels existent aussi en langue des signes et en version facile à lire et à comprendre (FALC).',
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
        en: 'Platforms and tools that schools actually use, that work with little or no connectivity, that connect with each other and with ministry systems, and that are hosted and supported over time.',
        fr: 'Des plateformes et des outils réellement utilisés par les établissements, qui fonctionnent avec une connexion faible ou absente, communiquent entre eux et avec les systèmes du ministère, et sont hébergés et maintenus dans la durée.',
      },
      questions: [
        {
          id: 'learning-platforms-provision',
          kind: 'rubric',
          title: {
            en: 'Is there a national learning platform, or set of platforms, that schools use and the ministry sustains?',
            fr: 'Existe-t-il une plateforme nationale d’apprentissage, ou un ensemble de plateformes, que les établissements utilisent et que le ministère fait vivre dans la durée ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no national platform; schools that use one choose it themselves, often a free commercial service with no agreement on data or support.',
                fr: 'Il n’existe pas de plateforme nationale ; les établissements qui en utilisent une la choisissent eux-mêmes, souvent un service commercial gratuit, sans accord sur les données ni sur l’assistance.',
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
                fr: 'La plupart des enseignants et des apprenants de tous les niveaux utilisent régulièrement les plateformes ; l’usage, la disponibilité et la satisfaction des utilisateurs sont suivis au regard d’objectifs chiffrés, et les améliorations sont livrées selon un calendrier établi.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-offline',
          kind: 'rubric',
          title: {
            en: 'Can learners without a reliable connection use the platforms and content?',
            fr: 'Les apprenants sans connexion fiable peuvent-ils utiliser les plateformes et les contenus ?',
          },
          help: {
            en: 'Zero-rating is an agreement under which mobile operators do not count the data used on selected educational sites or apps against users’ allowances. If virtually all learners have a reliable connection at school and at home, the question does not apply.',
            fr: 'Le « zero-rating » (gratuité des données) désigne un accord par lequel les opérateurs mobiles ne décomptent pas du forfait des utilisateurs les données consommées sur certains sites ou applications éducatifs. Si la quasi-totalité des apprenants dispose d’une connexion fiable à l’école et à domicile, la question est sans objet.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Platforms and content work only online and need a fast connection; learners in rural areas or without mobile data are left out.',
                fr: 'Les plateformes et les contenus ne fonctionnent qu’en ligne et exigent une connexion rapide ; les apprenants des zones rurales ou sans données mobiles en sont exclus.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some content can be downloaded, or is broadcast on radio or television, but the main platform needs a constant connection.',
                fr: 'Certains contenus peuvent être téléchargés, ou sont diffusés à la radio ou à la télévision, mais la plateforme principale exige une connexion permanente.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The main platforms work offline or on low bandwidth (offline apps, local servers in schools, memory cards), and mobile operators give free access to educational content through zero-rating.',
                fr: 'Les principales plateformes fonctionnent hors ligne ou en bas débit (applications hors ligne, serveurs locaux dans les établissements, cartes mémoire), et les opérateurs mobiles donnent un accès gratuit aux contenus éducatifs par le « zero-rating ».',
              },
            },
            {
              level: 4,
              text: {
                en: 'Offline use is a requirement for every platform procured and progress synchronises when a connection returns; solutions are tested in poorly connected schools, and radio, television, SMS and online channels follow the same curriculum.',
                fr: 'Le fonctionnement hors ligne est exigé de toute plateforme acquise, et la progression se synchronise au retour de la connexion ; les solutions sont testées dans des établissements mal connectés, et la radio, la télévision, les SMS et les canaux en ligne suivent le même programme.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-interoperability',
          kind: 'rubric',
          title: {
            en: 'Do platforms and tools work with each other and with the ministry’s systems?',
            fr: 'Les plateformes et les outils communiquent-ils entre eux et avec les systèmes du ministère ?',
          },
          help: {
            en: 'LTI, xAPI and SCORM are widely used technical standards that let content, tools and records of learning move between platforms. Single sign-on lets a user reach several services with one account. If schools use no learning platform or digital tool yet, the question does not apply.',
            fr: 'LTI, xAPI et SCORM sont des normes techniques très répandues qui permettent aux contenus, aux outils et aux traces d’apprentissage de passer d’une plateforme à l’autre. L’authentification unique permet d’accéder à plusieurs services avec un seul compte. Si les établissements n’utilisent encore aucune plateforme ni aucun outil numérique, la question est sans objet.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Each platform stands alone with its own accounts; learner records cannot be moved, and content is locked in the supplier’s formats.',
                fr: 'Chaque plateforme fonctionne isolément, avec ses propres comptes ; les données des apprenants ne peuvent pas être transférées, et les contenus sont enfermés dans les formats du fournisseur.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some platforms share a login or export data by hand, but suppliers are not required to follow any technical standard.',
                fr: 'Certaines plateformes partagent un identifiant de connexion ou exportent des données manuellement, mais aucune norme technique n’est imposée aux fournisseurs.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Procurement requires open standards (for example LTI, xAPI or SCORM for content and results, and single sign-on tied to the learner’s unique identifier), and the main platforms apply them.',
                fr: 'Les cahiers des charges imposent des normes ouvertes (par exemple LTI, xAPI ou SCORM pour les contenus et les résultats, et une authentification unique liée à l’identifiant unique de l’élève), et les principales plateformes les appliquent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A published interoperability framework governs every platform: authorised data flow automatically to the EMIS, content moves between platforms without rework, and compliance is tested before any new tool is connected.',
                fr: 'Un cadre d’interopérabilité publié s’applique à toutes les plateformes : les données autorisées remontent automatiquement vers le SIGE, les contenus passent d’une plateforme à l’autre sans être retravaillés, et la conformité est testée avant le raccordement de tout nouvel outil.',
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
            fr: 'Comment les solutions numériques destinées aux établissements sont-elles sélectionnées ?',
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
                fr: 'Les solutions sont adoptées parce qu’un fournisseur ou un bailleur les propose ; il n’existe ni critères ni examen des données probantes avant leur adoption.',
              },
            },
            {
              level: 2,
              text: {
                en: 'General procurement rules apply, mainly on price; pedagogical value, evidence of impact and data protection are checked case by case, if at all.',
                fr: 'Les règles générales de la commande publique s’appliquent, surtout sur le prix ; la valeur pédagogique, les preuves d’efficacité et la protection des données sont examinées au cas par cas, quand elles le sont.',
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
                fr: 'Les critères s’appliquent à toutes les solutions, y compris gratuites ou offertes ; un catalogue public recense les solutions retenues avec les résultats de leur examen, et les agréments sont réexaminés à mesure que de nouvelles données probantes apparaissent.',
              },
            },
          ],
        },
        {
          id: 'edtech-evaluation-impact',
          kind: 'rubric',
          title: {
            en: 'Is the effect of digital programmes on learning measured, and does it shape decisions?',
            fr: 'Les effets des programmes numériques sur les apprentissages sont-ils mesurés, et pèsent-ils sur les décisions ?',
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
                fr: 'Les programmes ne sont pas évalués ; leur réussite est exprimée en nombre d’équipements livrés ou de comptes créés.',
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
                fr: 'Une part fixe du budget de chaque programme finance son évaluation ; les résultats déterminent si un programme est étendu, remanié ou arrêté, et le ministère conduit un programme de recherche avec les institutions de recherche nationales.',
              },
            },
          ],
        },
      ],
    },
  ],
};
