import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * The learning module of the pillar "Content and solutions" (framework 2.0.0): curriculum
 * integration, digital content, learning platforms and the evaluation of EdTech.
 */
export const contentSolutionsModule: CourseModule = {
  pillar: 'content-solutions',
  overview: {
    en: 'This pillar looks at what learners and teachers actually work with: curricula that say how digital technology serves learning, digital content aligned with those curricula, platforms and broadcast channels that carry the content to every learner, and the way solutions are chosen and evaluated. Its four components follow that chain, from the curriculum to the evidence that a tool helps. Connectivity and devices pay off only if relevant content and well-designed uses reach the classroom; this pillar asks whether they do, in the languages learners speak, for learners with disabilities, and for those with little or no connection.',
    fr: 'Ce pilier porte sur ce avec quoi élèves et enseignants travaillent réellement\u202f: des programmes qui disent à quoi sert le numérique dans les apprentissages, des contenus numériques alignés sur ces programmes, des plateformes et des canaux de diffusion qui les portent jusqu’à chaque élève, et la manière de choisir et d’évaluer les solutions. Ses quatre composantes suivent cette chaîne, du programme jusqu’aux preuves qu’un outil est utile. La connectivité et les équipements ne servent que si des contenus pertinents et des usages bien conçus arrivent en classe\u202f; ce pilier demande si c’est le cas, dans les langues des élèves, pour les élèves en situation de handicap et pour ceux qui sont peu ou pas connectés.',
  },
  whyItMatters: {
    en: 'Money spent on devices and connections is wasted if there is little worth using on them. UNESCO’s 2023 Global Education Monitoring Report found that good, impartial evidence on the impact of education technology is scarce, and that much of the evidence available comes from those who sell the products. Ministries that align content with the curriculum, reach learners through the channels they actually have, and test solutions before scaling them up are better placed to get value from their budgets, and avoid tying schools to products that do little for learning.',
    fr: 'L’argent consacré aux équipements et aux connexions est perdu s’il n’y a presque rien d’utile à en faire. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO constate que les données probantes solides et impartiales sur l’effet des technologies éducatives sont rares, et qu’une grande partie de celles qui existent provient de ceux qui vendent les produits. Un ministère qui aligne les contenus sur les programmes, atteint les élèves par les canaux dont ils disposent vraiment et teste les solutions avant de les généraliser est mieux placé pour tirer parti de son budget, et évite de lier les écoles à des produits qui apportent peu aux apprentissages.',
  },
  reflection: [
    {
      en: 'Which parts of the curriculum can our learners reach through digital content today, and which learners are left out?',
      fr: 'Quelles parties du programme nos élèves peuvent-ils aujourd’hui aborder avec des contenus numériques, et quels élèves en sont exclus\u202f?',
    },
    {
      en: 'When we last adopted a digital solution at scale, what evidence did we ask for, and who checked it?',
      fr: 'La dernière fois que nous avons généralisé une solution numérique, quelles preuves avons-nous demandées, et qui les a vérifiées\u202f?',
    },
    {
      en: 'Could a learner with no connection, or with a visual or hearing impairment, follow the same curriculum as the others?',
      fr: 'Un élève sans connexion, ou ayant une déficience visuelle ou auditive, pourrait-il suivre le même programme que les autres\u202f?',
    },
    {
      en: 'Who in the ministry is responsible for content, for platforms and for evaluation, and do they plan together?',
      fr: 'Qui, au ministère, est responsable des contenus, des plateformes et de l’évaluation, et ces responsables planifient-ils ensemble\u202f?',
    },
  ],
  sections: [
    {
      component: 'curriculum-integration',
      overview: {
        en: 'How digital technology is written into what is taught and assessed: subject curricula that state which learning goals digital tools serve, teachers’ guides and timetables that make room for it, digital competence developed across subjects rather than in one of them, and the use of digital technology in assessment, from classroom quizzes to national examinations.',
        fr: 'La place du numérique dans ce qui est enseigné et évalué\u202f: des programmes disciplinaires qui précisent les objectifs d’apprentissage que servent les outils numériques, des guides pédagogiques et des emplois du temps qui leur font une place, une compétence numérique développée dans toutes les disciplines plutôt que dans une seule, et l’usage du numérique dans l’évaluation, des exercices en classe jusqu’aux examens nationaux.',
      },
      whyItMatters: {
        en: 'When the curriculum is silent, digital use depends on individual enthusiasm and drifts towards drill or entertainment. A curriculum that names the purpose of each digital activity gives teachers a reason to use devices, gives content producers a target, and gives inspectors something to observe. Digital assessment can return results faster, but only serves learning if its tasks still measure what the curriculum values.',
        fr: 'Quand les programmes sont muets, l’usage du numérique dépend de l’enthousiasme de chacun et glisse vers l’exercice répétitif ou le divertissement. Un programme qui précise à quoi sert chaque activité numérique donne aux enseignants une raison d’utiliser les équipements, aux producteurs de contenus une cible, et aux inspecteurs quelque chose à observer. L’évaluation numérique peut rendre les résultats plus vite, mais elle ne sert les apprentissages que si ses tâches mesurent encore ce que le programme valorise.',
      },
      practices: [
        {
          text: {
            en: 'Describe digital competence as a set of areas and proficiency levels to which every subject contributes, drawing on a shared reference framework rather than a list of software skills.',
            fr: 'Décrire la compétence numérique comme un ensemble de domaines et de niveaux de maîtrise auxquels chaque discipline contribue, en s’appuyant sur un cadre de référence partagé plutôt que sur une liste de savoir-faire logiciels.',
          },
          sources: ['jrc-digcomp-2-2-2022'],
        },
        {
          text: {
            en: 'Write digital uses into each subject’s objectives and teachers’ guides when the curriculum is revised, and align teacher training with them, so that the teacher competence framework and the curriculum describe the same practice.',
            fr: 'Inscrire les usages numériques dans les objectifs de chaque discipline et dans les guides pédagogiques lors de la révision des programmes, et y aligner la formation des enseignants, afin que le référentiel de compétences des enseignants et les programmes décrivent la même pratique.',
          },
          sources: ['unesco-ict-cft-2018', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Move assessments to screens step by step, checking that results on screen and on paper remain comparable and that the tasks still measure what the curriculum values.',
            fr: 'Passer progressivement les évaluations sur écran, en vérifiant que les résultats sur écran et sur papier restent comparables et que les tâches mesurent toujours ce que le programme valorise.',
          },
          sources: ['oecd-pisa-2015-results-vol-1'],
        },
        {
          text: {
            en: 'Set clear rules on the use of generative AI in assessed work, and explain them to teachers, learners and families before they apply.',
            fr: 'Fixer des règles claires sur l’usage de l’IA générative dans les travaux évalués, et les expliquer aux enseignants, aux élèves et aux familles avant leur entrée en vigueur.',
          },
          sources: ['unesco-genai-guidance-2023'],
        },
      ],
      pitfalls: [
        {
          en: 'Adding a separate computer studies subject and treating the rest of the curriculum as done.',
          fr: 'Ajouter une matière informatique distincte et considérer que le reste du programme est réglé.',
        },
        {
          en: 'Revising curricula without revising teachers’ guides, timetables and examinations, so that the digital goals stay on paper.',
          fr: 'Réviser les programmes sans réviser les guides pédagogiques, les emplois du temps et les examens, si bien que les objectifs numériques restent sur le papier.',
        },
        {
          en: 'Putting national examinations on screen before schools have the devices, connectivity and practice needed to sit them fairly.',
          fr: 'Passer les examens nationaux sur écran avant que les écoles disposent des équipements, de la connectivité et de l’entraînement nécessaires pour que les élèves les passent équitablement.',
        },
        {
          en: 'Teaching particular software products that will be outdated when learners leave school, instead of lasting competences.',
          fr: 'Enseigner des logiciels particuliers qui seront dépassés quand les élèves quitteront l’école, au lieu de compétences durables.',
        },
      ],
      examples: [
        {
          country: 'GBR',
          text: {
            en: 'In 2013 England’s Department for Education published a computing programme of study for all four key stages (ages 5 to 16), in place of ICT, taught from September 2014; it combines computer science, information technology and digital literacy.',
            fr: 'En 2013, le ministère de l’Éducation d’Angleterre a publié un programme d’informatique (computing) couvrant les quatre cycles (de 5 à 16 ans), qui remplace l’ancienne matière TIC et s’applique depuis septembre 2014\u202f; il associe informatique, technologies de l’information et culture numérique.',
          },
          sources: ['dfe-computing-programmes-2013'],
        },
        {
          country: 'FIN',
          text: {
            en: 'Finland’s national core curriculum for basic education, adopted in 2014 and introduced in grades 1 to 6 from August 2016, names ICT competence as one of seven transversal competences that every subject helps to build.',
            fr: 'Le socle national des programmes de l’enseignement fondamental finlandais, adopté en 2014 et appliqué dans les classes 1 à 6 à partir d’août 2016, fait de la compétence en TIC l’une des sept compétences transversales que chaque discipline contribue à développer.',
          },
          sources: ['fi-core-curriculum-basic-2014'],
        },
        {
          country: 'AUS',
          text: {
            en: 'In 2022 Australia completed the move of its national literacy and numeracy assessment (NAPLAN) for Years 3, 5, 7 and 9 from paper to online tests, which adapt the questions to each student’s answers, as reported in ACARA’s annual report for 2021–22.',
            fr: 'En 2022, l’Australie a achevé le passage de son évaluation nationale en lecture, écriture et calcul (NAPLAN) des années 3, 5, 7 et 9 du papier à des tests en ligne, qui adaptent les questions aux réponses de chaque élève, comme l’indique le rapport annuel 2021–22 de l’ACARA.',
          },
          sources: ['acara-annual-report-2021-22'],
        },
      ],
      reflection: [
        {
          en: 'In how many subject curricula could a teacher find which learning goals digital tools are meant to serve?',
          fr: 'Dans combien de programmes disciplinaires un enseignant trouverait-il les objectifs d’apprentissage que les outils numériques doivent servir\u202f?',
        },
        {
          en: 'Do our teachers’ guides and timetables give time and material for the digital activities the curriculum asks for?',
          fr: 'Nos guides pédagogiques et nos emplois du temps prévoient-ils le temps et le matériel nécessaires aux activités numériques que demandent les programmes\u202f?',
        },
        {
          en: 'Which assessments could move to screens without disadvantaging schools that have fewer devices?',
          fr: 'Quelles évaluations pourraient passer sur écran sans désavantager les écoles les moins équipées\u202f?',
        },
        {
          en: 'What do our rules say about generative AI in homework and examinations, and do teachers know them?',
          fr: 'Que disent nos règles sur l’IA générative dans les devoirs et les examens, et les enseignants les connaissent-ils\u202f?',
        },
      ],
    },
    {
      component: 'digital-content',
      overview: {
        en: 'The digital resources that match the national curriculum: how much of it they cover, in which languages, under what licence, and whether learners with disabilities can use them. Coverage is counted in subjects and grades; languages include the language of instruction, national and local languages and sign language; the licence decides whether teachers may adapt and share; accessibility is measured against WCAG 2.2.',
        fr: 'Les ressources numériques qui correspondent au programme national\u202f: quelle part du programme elles couvrent, dans quelles langues, sous quelle licence, et si les élèves en situation de handicap peuvent les utiliser. La couverture se compte en disciplines et en niveaux\u202f; les langues comprennent la langue d’enseignement, les langues nationales et locales et la langue des signes\u202f; la licence détermine si les enseignants peuvent adapter et partager\u202f; l’accessibilité se mesure au regard des WCAG 2.2.',
      },
      whyItMatters: {
        en: 'Content that does not follow the curriculum, or that learners cannot understand, is rarely used, however good it is. UNESCO’s Global Education Monitoring Report estimated in 2016 that as much as 40% of the world’s population lacks access to education in a language they speak or understand. Open licences let a ministry pay once while teachers adapt, translate and improve; accessible formats keep learners with disabilities in the same lessons as their peers.',
        fr: 'Un contenu qui ne suit pas le programme, ou que les élèves ne comprennent pas, sert rarement, même s’il est bon. Le Rapport mondial de suivi sur l’éducation de l’UNESCO estimait en 2016 que jusqu’à 40\u202f% de la population mondiale n’a pas accès à un enseignement dans une langue qu’elle parle ou comprend. Les licences ouvertes permettent au ministère de payer une fois tandis que les enseignants adaptent, traduisent et améliorent\u202f; les formats accessibles gardent les élèves en situation de handicap dans les mêmes leçons que leurs camarades.',
      },
      practices: [
        {
          text: {
            en: 'Make an open licence the rule for content paid for with public money, so that teachers and other producers may reuse, adapt and translate it, and set the rule down in a written policy.',
            fr: 'Faire de la licence ouverte la règle pour les contenus financés sur fonds publics, afin que les enseignants et les autres producteurs puissent les réutiliser, les adapter et les traduire, et inscrire cette règle dans une politique écrite.',
          },
          sources: ['unesco-oer-recommendation-2019', 'unesco-col-oer-policy-guidelines-2019'],
        },
        {
          text: {
            en: 'Plan content in the languages learners understand, starting with the early grades, and budget for translation and adaptation instead of relying only on content in the official language.',
            fr: 'Prévoir des contenus dans les langues que comprennent les élèves, en commençant par les premières années, et budgétiser la traduction et l’adaptation au lieu de s’en tenir aux contenus dans la langue officielle.',
          },
          sources: ['unesco-gem-language-policy-paper-2016', 'unesco-oer-recommendation-2019'],
        },
        {
          text: {
            en: 'Require WCAG 2.2 level AA in every contract for content and platforms, test with learners with disabilities, and provide captions, text alternatives and sign-language versions of core material.',
            fr: 'Exiger le niveau AA des WCAG 2.2 dans tout marché de contenus et de plateformes, tester avec des élèves en situation de handicap, et fournir sous-titres, équivalents textuels et versions en langue des signes des contenus essentiels.',
          },
          sources: ['w3c-wcag-2-2', 'un-crpd-2006'],
        },
      ],
      pitfalls: [
        {
          en: 'Counting the resources uploaded instead of mapping which subjects, grades and objectives they cover.',
          fr: 'Compter les ressources mises en ligne au lieu de cartographier les disciplines, les niveaux et les objectifs qu’elles couvrent.',
        },
        {
          en: 'Commissioning content without securing the rights to adapt, translate and reuse it.',
          fr: 'Commander des contenus sans s’assurer des droits de les adapter, de les traduire et de les réutiliser.',
        },
        {
          en: 'Producing content only in the official language, which leaves behind early-grade learners who speak other languages.',
          fr: 'Produire des contenus uniquement dans la langue officielle, ce qui laisse de côté les élèves des premières années qui parlent d’autres langues.',
        },
        {
          en: 'Treating accessibility as a later add-on, which costs far more than building it in from the start.',
          fr: 'Traiter l’accessibilité comme un ajout ultérieur, bien plus coûteux que de la prévoir dès la conception.',
        },
      ],
      examples: [
        {
          country: 'IND',
          text: {
            en: 'In its budget speech of February 2022, India’s government announced that high-quality e-content would be developed in all spoken languages for delivery by internet, mobile phone, television and radio, with a competitive mechanism for teachers to develop e-content.',
            fr: 'Dans son discours budgétaire de février 2022, le gouvernement indien a annoncé la production de contenus numériques de qualité dans toutes les langues parlées, diffusés par internet, téléphone mobile, télévision et radio, ainsi qu’un mécanisme de mise en concurrence pour que les enseignants produisent eux-mêmes des contenus.',
          },
          sources: ['india-budget-speech-2022'],
        },
      ],
      reflection: [
        {
          en: 'For which subjects and grades do we have no curriculum-aligned digital content?',
          fr: 'Pour quelles disciplines et quels niveaux n’avons-nous aucun contenu numérique aligné sur le programme\u202f?',
        },
        {
          en: 'In which languages do learners in the early grades learn, and in which languages is our content?',
          fr: 'Dans quelles langues les élèves des premières années apprennent-ils, et dans quelles langues nos contenus sont-ils disponibles\u202f?',
        },
        {
          en: 'Who holds the rights to the content we have paid for, and may teachers adapt and share it?',
          fr: 'Qui détient les droits des contenus que nous avons financés, et les enseignants peuvent-ils les adapter et les partager\u202f?',
        },
        {
          en: 'Could a blind or deaf learner use our core content today?',
          fr: 'Un élève aveugle ou sourd pourrait-il utiliser aujourd’hui nos contenus essentiels\u202f?',
        },
      ],
    },
    {
      component: 'learning-platforms',
      overview: {
        en: 'The channels that carry content and learning to learners: a national learning platform that schools use and the ministry sustains, solutions that work offline or on low bandwidth, and low-tech channels such as radio, television, text messages and voice calls, used as planned parts of provision, aligned with the curriculum and with follow-up of learners.',
        fr: 'Les canaux qui portent les contenus et les apprentissages jusqu’aux élèves\u202f: une plateforme nationale d’apprentissage que les écoles utilisent et que le ministère fait vivre, des solutions qui fonctionnent hors ligne ou en bas débit, et des canaux peu technologiques comme la radio, la télévision, les SMS et les appels vocaux, intégrés à l’offre de manière planifiée, alignés sur le programme et assortis d’un suivi des élèves.',
      },
      whyItMatters: {
        en: 'During the COVID-19 school closures, UNICEF estimated in 2020 that at least 463 million students could not be reached by the remote learning their governments offered, most of them in rural areas or poor households. Platforms that need a constant internet connection miss the learners who most need support. Countries that already use broadcast and offline channels, and plan platforms for lasting use rather than for emergencies, are better prepared to keep learning going.',
        fr: 'Pendant les fermetures d’écoles liées à la COVID-19, l’UNICEF estimait en 2020 qu’au moins 463 millions d’élèves ne pouvaient pas être atteints par l’enseignement à distance proposé par leur gouvernement, pour la plupart en zone rurale ou dans des ménages pauvres. Les plateformes qui exigent une connexion permanente passent à côté des élèves qui ont le plus besoin de soutien. Les pays qui utilisent déjà la diffusion et le hors ligne, et conçoivent leurs plateformes pour durer plutôt que pour l’urgence, sont mieux préparés à assurer la continuité des apprentissages.',
      },
      practices: [
        {
          text: {
            en: 'Plan every channel around the learners with the least connectivity: check household access to internet, television, radio and mobile phones before choosing the mix of channels.',
            fr: 'Concevoir chaque canal en pensant aux élèves les moins connectés\u202f: vérifier l’accès des ménages à internet, à la télévision, à la radio et au téléphone mobile avant de choisir la combinaison de canaux.',
          },
          sources: ['unicef-remote-learning-reach-2020', 'unicef-itu-home-internet-2020'],
        },
        {
          text: {
            en: 'Design for all learners from the start: platforms that work offline and on low bandwidth, with content that can be downloaded or served from a school server and progress that synchronises when a connection returns.',
            fr: 'Concevoir d’emblée pour tous les élèves\u202f: des plateformes qui fonctionnent hors ligne et en bas débit, avec des contenus téléchargeables ou servis par un serveur local de l’école, et une progression qui se synchronise au retour de la connexion.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Use radio and television as planned channels, with a broadcast schedule tied to the curriculum, printed or mobile follow-up, and a way for teachers to check learners’ progress.',
            fr: 'Utiliser la radio et la télévision comme des canaux planifiés, avec une grille de diffusion liée au programme, un suivi sur papier ou par téléphone, et un moyen pour les enseignants de vérifier les progrès des élèves.',
          },
          sources: ['unesco-gem-2023', 'unicef-remote-learning-reach-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Launching a platform in an emergency with no recurrent budget, so that it fades when the contract or donor funding ends.',
          fr: 'Lancer une plateforme dans l’urgence sans budget récurrent, si bien qu’elle s’éteint à la fin du marché ou du financement du bailleur.',
        },
        {
          en: 'Measuring success by the number of accounts created rather than by regular use for learning.',
          fr: 'Mesurer la réussite au nombre de comptes créés plutôt qu’à un usage régulier pour apprendre.',
        },
        {
          en: 'Broadcasting lessons with no schedule, no printed support and no contact with teachers, so that nobody knows who followed them.',
          fr: 'Diffuser des leçons sans grille, sans support imprimé et sans lien avec les enseignants, si bien que personne ne sait qui les a suivies.',
        },
        {
          en: 'Running several overlapping platforms, each with its own accounts and content, that teachers must learn separately.',
          fr: 'Faire coexister plusieurs plateformes redondantes, chacune avec ses comptes et ses contenus, que les enseignants doivent apprendre une à une.',
        },
      ],
      examples: [
        {
          country: 'MEX',
          text: {
            en: 'Mexico’s Telesecundaria began in 1968, bringing lower-secondary education to rural communities through televised lessons followed in class with a teacher; a history published by the Secretaría de Educación Pública in 2010 traces its development.',
            fr: 'La Telesecundaria mexicaine a débuté en 1968\u202f: elle apporte l’enseignement secondaire inférieur aux communautés rurales par des leçons télévisées suivies en classe avec un enseignant\u202f; un historique publié par le ministère de l’Éducation publique (SEP) en 2010 retrace son évolution.',
          },
          sources: ['sep-telesecundaria-history-2010'],
        },
        {
          country: 'IND',
          text: {
            en: 'India’s budget speech of February 2022 announced that the ‘one class, one TV channel’ programme of PM eVIDYA would grow from 12 to 200 television channels, so that every state could broadcast supplementary lessons in regional languages for classes 1 to 12.',
            fr: 'Le discours budgétaire indien de février 2022 a annoncé le passage du programme «\u202fune classe, une chaîne de télévision\u202f» de PM eVIDYA de 12 à 200 chaînes, pour que chaque État puisse diffuser des cours complémentaires en langues régionales de la 1re à la 12e année.',
          },
          sources: ['india-budget-speech-2022'],
        },
      ],
      reflection: [
        {
          en: 'What share of our learners could follow lessons online at home, and what share only by radio, television or phone?',
          fr: 'Quelle part de nos élèves pourrait suivre des cours en ligne à la maison, et quelle part seulement par la radio, la télévision ou le téléphone\u202f?',
        },
        {
          en: 'Is our national platform still used every week, and who will pay for it next year?',
          fr: 'Notre plateforme nationale est-elle encore utilisée chaque semaine, et qui la financera l’an prochain\u202f?',
        },
        {
          en: 'If schools closed tomorrow, which channels would reach learners in the most remote areas?',
          fr: 'Si les écoles fermaient demain, quels canaux atteindraient les élèves des zones les plus isolées\u202f?',
        },
        {
          en: 'How would a teacher know whether a learner followed a broadcast lesson?',
          fr: 'Comment un enseignant saurait-il qu’un élève a suivi une leçon diffusée\u202f?',
        },
      ],
    },
    {
      component: 'edtech-evaluation',
      overview: {
        en: 'How digital solutions are selected for schools, and whether their effect on learning is measured: published selection criteria (curriculum fit, evidence, accessibility, data protection, cost), the same review for free and donated products as for purchased ones, evaluation plans built into major programmes, and the use of results to scale up, redesign or stop.',
        fr: 'La manière de sélectionner les solutions numériques pour les écoles, et la mesure de leurs effets sur les apprentissages\u202f: des critères de sélection publiés (adéquation au programme, preuves d’efficacité, accessibilité, protection des données, coût), le même examen pour les produits gratuits ou donnés que pour les produits achetés, des plans d’évaluation intégrés aux grands programmes, et l’usage des résultats pour étendre, remanier ou arrêter.',
      },
      whyItMatters: {
        en: 'Rigorous studies show very different results from programmes that sound alike: some technology-aided instruction has raised learning within months, while a large laptop programme showed no effect on test scores. UNESCO’s 2023 Global Education Monitoring Report notes that much of the available evidence comes from those selling the products. Without their own criteria and evaluations, ministries cannot tell these cases apart before committing large budgets.',
        fr: 'Des études rigoureuses montrent des résultats très différents pour des programmes qui se ressemblent\u202f: certains dispositifs d’enseignement assisté par la technologie ont amélioré les acquis en quelques mois, alors qu’un vaste programme d’ordinateurs portables n’a eu aucun effet sur les résultats aux tests. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève qu’une grande partie des données disponibles provient de ceux qui vendent les produits. Sans critères ni évaluations propres, un ministère ne peut pas distinguer ces cas avant d’engager des budgets importants.',
      },
      practices: [
        {
          text: {
            en: 'Publish selection criteria and apply them to every product, including free and donated ones: curriculum fit, evidence of learning impact, accessibility, data protection and total cost.',
            fr: 'Publier des critères de sélection et les appliquer à tous les produits, y compris gratuits ou donnés\u202f: adéquation au programme, preuves d’effet sur les apprentissages, accessibilité, protection des données et coût total.',
          },
          sources: ['usde-essa-evidence-guidance-2016', 'eef-digital-technology-guidance-2019'],
        },
        {
          text: {
            en: 'Grade the evidence behind each product by its strength, from randomised studies down to a plausible rationale, and ask suppliers for evaluations by independent researchers.',
            fr: 'Classer les preuves avancées pour chaque produit selon leur solidité, des études randomisées jusqu’à une simple justification plausible, et demander aux fournisseurs des évaluations menées par des chercheurs indépendants.',
          },
          sources: ['usde-essa-evidence-guidance-2016', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Give priority to uses that reviews of rigorous studies find promising, such as software that adapts practice to each learner’s level where devices are already in place, and do not expect devices alone to raise learning.',
            fr: 'Donner la priorité aux usages que les synthèses d’études rigoureuses jugent prometteurs, comme les logiciels qui adaptent les exercices au niveau de chaque élève là où les équipements existent déjà, et ne pas attendre des seuls équipements qu’ils améliorent les acquis.',
          },
          sources: ['geeap-smart-buys-2023', 'escueta-upgrading-education-2020'],
        },
        {
          text: {
            en: 'Build evaluation into major programmes from the start, with learning measures and a comparison group, and publish the results whatever they show.',
            fr: 'Prévoir l’évaluation des grands programmes dès leur lancement, avec des mesures des acquis et un groupe de comparaison, et publier les résultats quels qu’ils soient.',
          },
          sources: ['escueta-upgrading-education-2020', 'usde-essa-evidence-guidance-2016'],
        },
      ],
      pitfalls: [
        {
          en: 'Reporting devices delivered or accounts created as if they were results for learning.',
          fr: 'Présenter les équipements livrés ou les comptes créés comme s’il s’agissait de résultats d’apprentissage.',
        },
        {
          en: 'Accepting donated products without the review applied to purchased ones, then inheriting their running costs and data practices.',
          fr: 'Accepter des produits donnés sans l’examen appliqué aux produits achetés, puis hériter de leurs coûts de fonctionnement et de leurs pratiques en matière de données.',
        },
        {
          en: 'Scaling up a pilot nationally before it has been evaluated, or evaluating it only with the supplier’s own data.',
          fr: 'Généraliser un projet pilote avant de l’avoir évalué, ou ne l’évaluer qu’avec les données du fournisseur.',
        },
        {
          en: 'Publishing only the evaluations that show positive results.',
          fr: 'Ne publier que les évaluations aux résultats favorables.',
        },
      ],
      examples: [
        {
          country: 'PER',
          text: {
            en: 'A randomised evaluation of Peru’s One Laptop per Child programme in rural primary schools, published in 2017, found that it raised the number of computers per student from 0.12 to 1.18 and greatly increased their use, but had no effect on mathematics or language test scores after about 15 months.',
            fr: 'Une évaluation randomisée du programme «\u202fUn ordinateur portable par enfant\u202f» dans des écoles primaires rurales du Pérou, publiée en 2017, a montré qu’il faisait passer le nombre d’ordinateurs par élève de 0,12 à 1,18 et en augmentait fortement l’usage, mais sans effet sur les résultats en mathématiques et en langue après une quinzaine de mois.',
          },
          sources: ['cristia-olpc-peru-2017'],
        },
        {
          country: 'IND',
          text: {
            en: 'A randomised evaluation in Delhi, published in 2019, found that middle-school students who won a lottery for free access to an adaptive after-school programme (Mindspark) scored markedly higher in mathematics and Hindi after 4.5 months than those who did not.',
            fr: 'Une évaluation randomisée menée à Delhi, publiée en 2019, a montré que les collégiens tirés au sort pour accéder gratuitement à un programme adaptatif hors temps scolaire (Mindspark) obtenaient, après quatre mois et demi, des résultats nettement supérieurs en mathématiques et en hindi à ceux des non-tirés.',
          },
          sources: ['muralidharan-mindspark-2019'],
        },
        {
          country: 'USA',
          text: {
            en: 'The Every Student Succeeds Act of 2015 defines four levels of evidence for education interventions (strong, moderate, promising, and demonstrates a rationale); guidance issued by the US Department of Education in 2016 explains how states and districts should apply them when choosing interventions.',
            fr: 'La loi Every Student Succeeds Act de 2015 définit quatre niveaux de preuve pour les interventions éducatives (solide, modéré, prometteur, justification démontrée)\u202f; des orientations publiées en 2016 par le ministère fédéral de l’Éducation expliquent comment les États et les districts doivent les appliquer pour choisir leurs interventions.',
          },
          sources: ['usde-essa-evidence-guidance-2016'],
        },
      ],
      reflection: [
        {
          en: 'Which of our current digital programmes has shown, against a comparison group, that it improves learning?',
          fr: 'Lequel de nos programmes numériques actuels a montré, par rapport à un groupe de comparaison, qu’il améliore les apprentissages\u202f?',
        },
        {
          en: 'Do donated and free products go through the same review as those we buy?',
          fr: 'Les produits donnés ou gratuits passent-ils par le même examen que ceux que nous achetons\u202f?',
        },
        {
          en: 'Who decides to scale up or stop a programme, and on what evidence?',
          fr: 'Qui décide d’étendre ou d’arrêter un programme, et sur la base de quelles preuves\u202f?',
        },
        {
          en: 'What share of programme budgets do we set aside for evaluation?',
          fr: 'Quelle part du budget des programmes réservons-nous à leur évaluation\u202f?',
        },
      ],
    },
  ],
};

/** The public sources that only this module cites (the shared ones are in `./sources.ts`). */
export const contentSolutionsSources: CourseSource[] = [
  {
    id: 'oecd-pisa-2015-results-vol-1',
    publisher: 'OECD',
    title: 'PISA 2015 Results (Volume I): Excellence and Equity in Education',
    year: 2016,
  },
  {
    id: 'dfe-computing-programmes-2013',
    publisher: 'Department for Education (England)',
    title: 'National curriculum in England: computing programmes of study',
    year: 2013,
  },
  {
    id: 'fi-core-curriculum-basic-2014',
    publisher: 'Opetushallitus (Finnish National Board of Education)',
    title: 'Perusopetuksen opetussuunnitelman perusteet 2014',
    year: 2014,
  },
  {
    id: 'acara-annual-report-2021-22',
    publisher: 'Australian Curriculum, Assessment and Reporting Authority (ACARA)',
    title: 'ACARA Annual Report 2021–22',
    year: 2022,
  },
  {
    id: 'unesco-col-oer-policy-guidelines-2019',
    publisher: 'UNESCO and Commonwealth of Learning',
    title: 'Guidelines on the development of open educational resources policies',
    year: 2019,
  },
  {
    id: 'unesco-gem-language-policy-paper-2016',
    publisher: 'UNESCO, Global Education Monitoring Report',
    title: 'If you don’t understand, how can you learn? (Policy Paper 24)',
    year: 2016,
  },
  {
    id: 'india-budget-speech-2022',
    publisher: 'Ministry of Finance, Government of India',
    title: 'Budget 2022-2023: Speech of Nirmala Sitharaman, Minister of Finance',
    year: 2022,
  },
  {
    id: 'unicef-remote-learning-reach-2020',
    publisher: 'UNICEF',
    title:
      'COVID-19: Are children able to continue learning during school closures? A global analysis of the potential reach of remote learning policies using data from 100 countries',
    year: 2020,
  },
  {
    id: 'sep-telesecundaria-history-2010',
    publisher: 'Secretaría de Educación Pública (México)',
    title: 'La telesecundaria en México: un breve recorrido histórico por sus datos y relatos',
    year: 2010,
  },
  {
    id: 'eef-digital-technology-guidance-2019',
    publisher: 'Education Endowment Foundation',
    title: 'Using Digital Technology to Improve Learning: Guidance Report',
    year: 2019,
  },
  {
    id: 'usde-essa-evidence-guidance-2016',
    publisher: 'U.S. Department of Education',
    title: 'Non-Regulatory Guidance: Using Evidence to Strengthen Education Investments',
    year: 2016,
  },
  {
    id: 'geeap-smart-buys-2023',
    publisher: 'Global Education Evidence Advisory Panel (FCDO, UNICEF, USAID and World Bank)',
    title:
      '2023 Cost-Effective Approaches to Improve Global Learning: What does recent evidence tell us are “Smart Buys” for improving learning in low- and middle-income countries?',
    year: 2023,
  },
  {
    id: 'escueta-upgrading-education-2020',
    publisher:
      'Maya Escueta, Andre Joshua Nickow, Philip Oreopoulos and Vincent Quan, Journal of Economic Literature',
    title: 'Upgrading Education with Technology: Insights from Experimental Research',
    year: 2020,
  },
  {
    id: 'muralidharan-mindspark-2019',
    publisher:
      'Karthik Muralidharan, Abhijeet Singh and Alejandro J. Ganimian, American Economic Review',
    title: 'Disrupting Education? Experimental Evidence on Technology-Aided Instruction in India',
    year: 2019,
  },
];
