import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * The learning module of the pillar "Data and evidence" (framework 2.0.0): actionable
 * insights, systems integration, data quality and coverage, security and privacy, and
 * artificial intelligence.
 */
export const dataEvidenceModule: CourseModule = {
  pillar: 'data-evidence',
  overview: {
    en: 'This pillar looks at the data an education system holds about its learners, teachers and schools, and at what it does with them: whether data lead to decisions and to early support for learners, whether systems such as the education management information system (EMIS) exchange data through open standards, whether the data are complete, timely and reliable, whether learners’ personal data are protected, and whether artificial intelligence is used under clear rules. It is foundational: every other pillar relies on these data to know where it stands.',
    fr: 'Ce pilier porte sur les données que le système éducatif détient sur ses élèves, ses enseignants et ses écoles, et sur ce qu’il en fait\u202f: les données mènent-elles à des décisions et à un soutien précoce des élèves, les systèmes comme le système d’information pour la gestion de l’éducation (SIGE) échangent-ils leurs données selon des normes ouvertes, les données sont-elles complètes, à jour et fiables, les données personnelles des élèves sont-elles protégées, et l’intelligence artificielle est-elle utilisée selon des règles claires\u202f? C’est un pilier fondamental\u202f: tous les autres s’appuient sur ces données pour savoir où ils en sont.',
  },
  whyItMatters: {
    en: 'Without reliable data, a ministry cannot see which schools lack teachers, which learners are about to drop out, or whether a programme works. The World Bank’s World Development Report 2018 argued that learning has to be measured before it can become a serious goal of policy. The same data carry risks: learners’ records are personal, and the spread of EdTech and AI multiplies those who hold them. A good data system therefore combines use, quality and protection, and answering this pillar honestly also tests the evidence behind the rest of the self-assessment.',
    fr: 'Sans données fiables, un ministère ne peut pas voir quelles écoles manquent d’enseignants, quels élèves sont sur le point de décrocher, ni si un programme fonctionne. Le Rapport sur le développement dans le monde 2018 de la Banque mondiale soutient qu’il faut mesurer les apprentissages pour en faire un véritable objectif des politiques publiques. Ces mêmes données comportent des risques\u202f: les dossiers des élèves sont personnels, et l’essor des technologies éducatives et de l’IA multiplie ceux qui les détiennent. Un bon système de données allie donc usage, qualité et protection, et répondre honnêtement à ce pilier met aussi à l’épreuve les éléments de preuve du reste de l’autoévaluation.',
  },
  reflection: [
    {
      en: 'Which decisions did the ministry take last year on the basis of EMIS data, and which were taken without data?',
      fr: 'Quelles décisions le ministère a-t-il prises l’an dernier sur la base des données du SIGE, et lesquelles ont été prises sans données\u202f?',
    },
    {
      en: 'How long after the school census are the data in the hands of those who plan?',
      fr: 'Combien de temps après le recensement scolaire les données sont-elles entre les mains de ceux qui planifient\u202f?',
    },
    {
      en: 'Do we know which companies hold data about our learners, and on what terms?',
      fr: 'Savons-nous quelles entreprises détiennent des données sur nos élèves, et à quelles conditions\u202f?',
    },
    {
      en: 'Who decides whether, and how, AI may be used with learners’ data?',
      fr: 'Qui décide si l’IA peut être utilisée avec les données des élèves, et de quelle manière\u202f?',
    },
  ],
  sections: [
    {
      component: 'actionable-insights',
      overview: {
        en: 'Whether data are turned into decisions: indicators that planners, district officers and school heads actually use to allocate teachers and funds, early warning systems that flag learners at risk of dropping out so that schools can act in time, and publication of data and school results in forms that the public can understand and reuse.',
        fr: 'La transformation des données en décisions\u202f: des indicateurs que les planificateurs, les responsables de district et les chefs d’établissement utilisent réellement pour répartir enseignants et moyens, des systèmes d’alerte précoce qui signalent les élèves menacés de décrochage pour que l’école agisse à temps, et la publication des données et des résultats des écoles sous des formes que le public peut comprendre et réutiliser.',
      },
      whyItMatters: {
        en: 'Collecting data costs money and school time, and only its use justifies the cost. Data returned to schools in a useful form give them a reason to report carefully. Early warning indicators let support arrive before a learner leaves school rather than after, and published results let families and communities see how their schools are doing and ask for improvement.',
        fr: 'Collecter des données coûte de l’argent et du temps aux écoles, et seul leur usage justifie ce coût. Des données rendues aux écoles sous une forme utile leur donnent une raison de les déclarer avec soin. Les indicateurs d’alerte précoce permettent au soutien d’arriver avant que l’élève ne quitte l’école, et non après, et les résultats publiés permettent aux familles et aux communautés de voir où en sont leurs écoles et de demander des améliorations.',
      },
      practices: [
        {
          text: {
            en: 'Tie a small set of indicators that combine learning outcomes and progression through school to explicit targets for each level of the system, and review them on a fixed cycle.',
            fr: 'Lier un petit nombre d’indicateurs, qui associent acquis des élèves et progression dans la scolarité, à des cibles explicites pour chaque niveau du système, et les examiner selon un cycle fixe.',
          },
          sources: ['world-bank-wdr-2018', 'world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Return data to schools and districts as reports or dashboards they can act on, not only to central planners.',
            fr: 'Rendre les données aux écoles et aux districts sous forme de rapports ou de tableaux de bord exploitables, et pas seulement aux planificateurs centraux.',
          },
          sources: ['world-bank-saber-emis-2014', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Build early warning systems on indicators that research links to dropping out, such as attendance and course performance, and pair each alert with a defined response by the school.',
            fr: 'Fonder les systèmes d’alerte précoce sur des indicateurs que la recherche relie au décrochage, comme l’assiduité et les résultats scolaires, et associer à chaque alerte une réponse définie de l’école.',
          },
          sources: ['oecd-digital-education-outlook-2021', 'oecd-skills-governance-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Producing statistical yearbooks that arrive too late to inform the budget or the deployment of teachers.',
          fr: 'Produire des annuaires statistiques qui arrivent trop tard pour éclairer le budget ou l’affectation des enseignants.',
        },
        {
          en: 'Publishing raw league tables that compare schools serving very different learners.',
          fr: 'Publier des palmarès bruts qui comparent des écoles accueillant des élèves très différents.',
        },
        {
          en: 'Issuing early warning alerts with nobody responsible for acting on them.',
          fr: 'Émettre des alertes précoces sans que personne soit chargé d’y donner suite.',
        },
        {
          en: 'Adding indicators every year without checking which ones anybody uses.',
          fr: 'Ajouter des indicateurs chaque année sans vérifier lesquels sont effectivement utilisés.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree 6.094 of 2007 made the Basic Education Development Index (IDEB), calculated by INEP from school census pass rates combined with national assessment results, the objective indicator for checking the targets of the ‘Compromisso Todos pela Educação’ plan.',
            fr: 'Au Brésil, le décret 6.094 de 2007 a fait de l’indice de développement de l’éducation de base (IDEB), calculé par l’INEP à partir des taux de réussite du recensement scolaire combinés aux résultats des évaluations nationales, l’indicateur objectif de suivi des cibles du plan «\u202fCompromisso Todos pela Educação\u202f».',
          },
          sources: ['brazil-decree-6094-2007'],
        },
      ],
      reflection: [
        {
          en: 'Which three indicators would the minister look at first, and are they available in time for the budget?',
          fr: 'Quels sont les trois indicateurs que le ministre regarderait en premier, et sont-ils disponibles à temps pour le budget\u202f?',
        },
        {
          en: 'Do school heads receive their own school’s data back, in a form they can use?',
          fr: 'Les chefs d’établissement reçoivent-ils en retour les données de leur école, sous une forme exploitable\u202f?',
        },
        {
          en: 'When a learner is flagged as at risk of dropping out, who does what, and how quickly?',
          fr: 'Quand un élève est signalé comme menacé de décrochage, qui fait quoi, et dans quel délai\u202f?',
        },
        {
          en: 'What do we publish about schools, and could a parent understand it?',
          fr: 'Que publions-nous sur les écoles, et un parent pourrait-il le comprendre\u202f?',
        },
      ],
    },
    {
      component: 'systems-integration',
      overview: {
        en: 'How the EMIS is built and connected: an architecture that links records on schools, learners and teachers with examinations, human resources, finance and learning platforms, unique identifiers that let records follow a learner, and the exchange of data through agreed open standards and documented interfaces rather than manual re-entry.',
        fr: 'La construction et les connexions du SIGE\u202f: une architecture qui relie les données sur les écoles, les élèves et les enseignants aux examens, aux ressources humaines, aux finances et aux plateformes d’apprentissage, des identifiants uniques qui permettent au dossier de suivre l’élève, et l’échange de données selon des normes ouvertes convenues et des interfaces documentées plutôt que par ressaisie manuelle.',
      },
      whyItMatters: {
        en: 'Separate systems force schools to enter the same data several times, produce figures that do not match, and make it impossible to follow a learner from one school to the next. An integrated architecture gives one version of the facts, lightens the reporting burden on schools and lets new tools connect without custom work. Open standards also leave the ministry free to change suppliers.',
        fr: 'Des systèmes cloisonnés obligent les écoles à saisir plusieurs fois les mêmes données, produisent des chiffres discordants et empêchent de suivre un élève d’une école à l’autre. Une architecture intégrée donne une seule version des faits, allège la charge déclarative des écoles et permet de connecter de nouveaux outils sans développement spécifique. Les normes ouvertes laissent aussi au ministère la liberté de changer de fournisseur.',
      },
      practices: [
        {
          text: {
            en: 'Treat the EMIS as a system of connected records with a defined architecture, not as a yearly questionnaire, and give one unit clear responsibility for it.',
            fr: 'Concevoir le SIGE comme un ensemble de registres reliés, doté d’une architecture définie, et non comme un questionnaire annuel, et en confier clairement la responsabilité à une unité.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Agree on interoperability at four levels, legal, organisational, semantic and technical, before connecting systems, so that shared data mean the same thing everywhere.',
            fr: 'S’accorder sur l’interopérabilité à quatre niveaux, juridique, organisationnel, sémantique et technique, avant de relier les systèmes, pour que les données partagées aient partout le même sens.',
          },
          sources: ['ec-european-interoperability-framework-2017'],
        },
        {
          text: {
            en: 'Require open standards and documented interfaces in every purchase of a platform or system, so that data can flow to and from the EMIS, and give each learner a protected unique identifier so that records follow learners across schools and levels.',
            fr: 'Exiger des normes ouvertes et des interfaces documentées dans tout achat de plateforme ou de système, pour que les données circulent vers le SIGE et depuis celui-ci, et attribuer à chaque élève un identifiant unique protégé pour que son dossier le suive d’une école et d’un niveau à l’autre.',
          },
          sources: [
            'oecd-digital-education-outlook-2023',
            'ec-european-interoperability-framework-2017',
          ],
        },
      ],
      pitfalls: [
        {
          en: 'Buying modules from different suppliers with no agreement on data formats, then paying for custom links between them.',
          fr: 'Acheter des modules à différents fournisseurs sans accord sur les formats de données, puis payer des passerelles sur mesure entre eux.',
        },
        {
          en: 'Asking schools to enter the same data in several systems.',
          fr: 'Demander aux écoles de saisir les mêmes données dans plusieurs systèmes.',
        },
        {
          en: 'Building an integrated system before deciding who may see which data.',
          fr: 'Construire un système intégré avant d’avoir décidé qui peut voir quelles données.',
        },
        {
          en: 'Letting the EMIS depend on one person or one contractor who alone understands it.',
          fr: 'Laisser le SIGE dépendre d’une seule personne ou d’un seul prestataire qui est seul à le comprendre.',
        },
      ],
      examples: [
        {
          country: 'EST',
          text: {
            en: 'Estonia’s Education Information System (EHIS) brings together in one national database data on schools, pupils, teachers, examinations and qualifications, which can be linked to labour-market data; an OECD case study published in 2020 describes how data enter it and how it is used for policy.',
            fr: 'Le système d’information sur l’éducation de l’Estonie (EHIS) rassemble dans une base nationale unique les données sur les écoles, les élèves, les enseignants, les examens et les diplômes, qui peuvent être reliées aux données du marché du travail\u202f; une étude de cas de l’OCDE publiée en 2020 décrit comment les données y entrent et comment elles servent aux politiques publiques.',
          },
          sources: ['oecd-skills-governance-2020'],
        },
      ],
      reflection: [
        {
          en: 'How many times a year does a school head enter the same learner’s data in different systems?',
          fr: 'Combien de fois par an un chef d’établissement saisit-il les données d’un même élève dans des systèmes différents\u202f?',
        },
        {
          en: 'Do the EMIS, the examination system and the payroll agree on how many teachers a school has?',
          fr: 'Le SIGE, le système des examens et la paie donnent-ils le même nombre d’enseignants pour une école\u202f?',
        },
        {
          en: 'Which of our systems use documented, open interfaces, and which depend on a single supplier?',
          fr: 'Lesquels de nos systèmes utilisent des interfaces ouvertes et documentées, et lesquels dépendent d’un seul fournisseur\u202f?',
        },
        {
          en: 'Can we follow a learner who moves to another school or region without losing their record?',
          fr: 'Pouvons-nous suivre un élève qui change d’école ou de région sans perdre son dossier\u202f?',
        },
      ],
    },
    {
      component: 'quality-coverage',
      overview: {
        en: 'Whether the data can be trusted and cover everyone: how school data are collected (paper forms or digital records kept by schools), how soon they reach users, whether all schools, including non-state ones, are covered, whether figures are checked against other sources, and whether they can be broken down by sex, location, disability and other characteristics.',
        fr: 'La fiabilité et l’exhaustivité des données\u202f: leur mode de collecte (formulaires papier ou registres numériques tenus par les écoles), le délai avant qu’elles parviennent aux utilisateurs, la couverture de toutes les écoles, y compris non publiques, leur vérification au regard d’autres sources, et la possibilité de les ventiler par sexe, lieu de résidence, handicap et autres caractéristiques.',
      },
      whyItMatters: {
        en: 'Decisions are only as good as the data behind them. Incomplete coverage hides the learners the system serves worst, often in non-state or remote schools, and late data arrive after the budget is set. The 2030 Agenda for Sustainable Development, adopted in 2015, calls for data broken down by income, gender, age, disability, migratory status and location, because averages conceal the gaps that equity policies must close.',
        fr: 'Une décision ne vaut que ce que valent les données qui la fondent. Une couverture incomplète masque les élèves que le système sert le moins bien, souvent dans les écoles non publiques ou isolées, et des données tardives arrivent une fois le budget arrêté. Le Programme de développement durable à l’horizon 2030, adopté en 2015, demande des données ventilées par revenu, sexe, âge, handicap, statut migratoire et situation géographique, car les moyennes masquent les écarts que les politiques d’équité doivent combler.',
      },
      practices: [
        {
          text: {
            en: 'Move from paper forms to digital records kept by schools and reused for the census, so that data are entered once and checked at entry.',
            fr: 'Passer des formulaires papier à des registres numériques tenus par les écoles et réutilisés pour le recensement, afin que les données soient saisies une seule fois et contrôlées dès la saisie.',
          },
          sources: ['world-bank-saber-emis-2014', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Cover every school, public and private, through a legal obligation to report, and name who is responsible for the accuracy of what is reported.',
            fr: 'Couvrir toutes les écoles, publiques et privées, par une obligation légale de déclaration, et désigner les responsables de l’exactitude des informations déclarées.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Verify data through automatic consistency checks, sample audits and comparison with other sources such as household surveys and payroll records.',
            fr: 'Vérifier les données par des contrôles de cohérence automatiques, des audits par échantillon et la comparaison avec d’autres sources comme les enquêtes auprès des ménages et les fichiers de paie.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Collect the characteristics needed to break indicators down, such as sex, location, disability and displacement, and publish the breakdowns.',
            fr: 'Recueillir les caractéristiques nécessaires pour ventiler les indicateurs, comme le sexe, le lieu de résidence, le handicap et le déplacement, et publier les résultats ventilés.',
          },
          sources: ['un-2030-agenda-2015'],
        },
      ],
      pitfalls: [
        {
          en: 'Publishing enrolment figures from the census without checking them against population estimates or attendance.',
          fr: 'Publier les effectifs issus du recensement sans les confronter aux estimations de population ou à l’assiduité.',
        },
        {
          en: 'Leaving non-state schools outside the census, so that the picture of the system is incomplete.',
          fr: 'Laisser les écoles non publiques hors du recensement, si bien que l’image du système est incomplète.',
        },
        {
          en: 'Collecting disaggregated data that no report ever uses.',
          fr: 'Collecter des données ventilées qu’aucun rapport n’exploite jamais.',
        },
        {
          en: 'Tying funding to reported enrolment without audits, which rewards inflated figures.',
          fr: 'Lier les financements aux effectifs déclarés sans audit, ce qui récompense les chiffres gonflés.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree 6.425 of 2008 requires an annual school census of all public and private basic-education establishments, carried out with states and municipalities, with pupils, classes, schools and education staff as units of information, and makes authorities and private school heads responsible for the accuracy of what they declare.',
            fr: 'Au Brésil, le décret 6.425 de 2008 impose un recensement scolaire annuel de tous les établissements publics et privés d’éducation de base, mené avec les États et les municipalités, qui prend pour unités d’information les élèves, les classes, les écoles et les personnels, et rend les autorités et les responsables des établissements privés garants de l’exactitude de leurs déclarations.',
          },
          sources: ['brazil-decree-6425-2008'],
        },
      ],
      reflection: [
        {
          en: 'What share of schools, including private and community schools, reported in the last census?',
          fr: 'Quelle part des écoles, y compris privées et communautaires, a répondu au dernier recensement\u202f?',
        },
        {
          en: 'How many months pass between the census reference date and the publication of results?',
          fr: 'Combien de mois s’écoulent entre la date de référence du recensement et la publication des résultats\u202f?',
        },
        {
          en: 'When did anyone last check census figures against an independent source?',
          fr: 'À quand remonte la dernière comparaison des chiffres du recensement avec une source indépendante\u202f?',
        },
        {
          en: 'Can we say how many learners with disabilities are enrolled, and where?',
          fr: 'Savons-nous combien d’élèves en situation de handicap sont scolarisés, et où\u202f?',
        },
      ],
    },
    {
      component: 'security-privacy',
      overview: {
        en: 'How the personal data of learners and teachers are protected: a law that covers learners’ data, with specific rules for children; an authority able to enforce it in education; security practices in ministries, schools and suppliers; and transparency, so that learners and parents know what data are collected, why, and who holds them.',
        fr: 'La protection des données personnelles des élèves et des enseignants\u202f: une loi qui couvre les données des élèves, avec des règles propres aux enfants\u202f; une autorité capable de la faire respecter dans l’éducation\u202f; des pratiques de sécurité au ministère, dans les écoles et chez les fournisseurs\u202f; et la transparence, pour que les élèves et les parents sachent quelles données sont collectées, pourquoi, et qui les détient.',
      },
      whyItMatters: {
        en: 'Education systems hold data on almost every child in a country, and online learning has put more of it in private hands. In 2022 Human Rights Watch reported that most of the online learning products endorsed by governments during COVID-19 school closures that it examined appeared to have data practices that put children’s rights at risk or infringed them. Schools are targets of cyberattacks too. Trust, once lost, makes every later data collection harder.',
        fr: 'Les systèmes éducatifs détiennent des données sur presque tous les enfants d’un pays, et l’enseignement en ligne en a placé une part croissante entre des mains privées. En 2022, Human Rights Watch a signalé que la plupart des produits d’apprentissage en ligne recommandés par des gouvernements pendant les fermetures d’écoles liées à la COVID-19 qu’elle a examinés semblaient avoir des pratiques en matière de données qui menaçaient ou enfreignaient les droits des enfants. Les écoles sont aussi la cible de cyberattaques. Une confiance perdue rend chaque collecte ultérieure plus difficile.',
      },
      practices: [
        {
          text: {
            en: 'Base the rules for learners’ data on children’s rights: collect only what education requires, limit how long data are kept, and forbid commercial uses such as advertising and profiling.',
            fr: 'Fonder les règles applicables aux données des élèves sur les droits de l’enfant\u202f: ne collecter que ce qu’exige l’éducation, limiter la durée de conservation, et interdire les usages commerciaux comme la publicité et le profilage.',
          },
          sources: ['un-crc-general-comment-25', 'coe-children-data-education-2020'],
        },
        {
          text: {
            en: 'Assess the risks to learners’ data before adopting any platform or tool that processes them, and write the resulting safeguards into the contract.',
            fr: 'Évaluer les risques pour les données des élèves avant d’adopter toute plateforme ou tout outil qui les traite, et inscrire dans le contrat les garanties qui en découlent.',
          },
          sources: ['eu-gdpr-2016', 'coe-children-data-education-2020', 'hrw-edtech-children-2022'],
        },
        {
          text: {
            en: 'Apply a short list of high-impact security measures across the ministry and schools: multi-factor authentication, timely patching, tested back-ups and a rehearsed incident response plan.',
            fr: 'Appliquer au ministère et dans les écoles une courte liste de mesures de sécurité à fort effet\u202f: authentification multifacteur, mises à jour de sécurité rapides, sauvegardes testées et plan de réponse aux incidents exercé.',
          },
          sources: ['cisa-k12-cybersecurity-2023'],
        },
        {
          text: {
            en: 'Tell learners and parents in plain language what data are collected, for what purpose, who receives them and for how long they are kept.',
            fr: 'Expliquer aux élèves et aux parents, en termes simples, quelles données sont collectées, dans quel but, qui les reçoit et combien de temps elles sont conservées.',
          },
          sources: ['eu-gdpr-2016', 'coe-children-data-education-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Endorsing free platforms during an emergency without checking how they use learners’ data.',
          fr: 'Recommander des plateformes gratuites dans l’urgence sans vérifier ce qu’elles font des données des élèves.',
        },
        {
          en: 'Relying on a general data protection law that no authority enforces in schools.',
          fr: 'Se reposer sur une loi générale de protection des données qu’aucune autorité ne fait appliquer dans les écoles.',
        },
        {
          en: 'Sharing full learner records with partners when aggregate data would do.',
          fr: 'Transmettre des dossiers complets d’élèves à des partenaires quand des données agrégées suffiraient.',
        },
        {
          en: 'Using consent forms that parents cannot refuse without their child losing access to school services.',
          fr: 'Utiliser des formulaires de consentement que les parents ne peuvent refuser sans que leur enfant perde l’accès aux services de l’école.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'The Family Educational Rights and Privacy Act of 1974 gives parents in the United States the right to inspect their children’s education records and to ask for corrections, and generally requires their written consent before personally identifiable information from those records is disclosed; the rights pass to the student at 18 or on entering post-secondary education.',
            fr: 'Aux États-Unis, la loi Family Educational Rights and Privacy Act de 1974 donne aux parents le droit de consulter le dossier scolaire de leur enfant et d’en demander la rectification, et exige en règle générale leur consentement écrit avant toute communication d’informations permettant d’identifier l’élève\u202f; ces droits passent à l’élève à 18 ans ou à son entrée dans l’enseignement postsecondaire.',
          },
          sources: ['us-ferpa-1974'],
        },
        {
          country: 'GBR',
          text: {
            en: 'The United Kingdom’s Age Appropriate Design Code, a statutory code of practice of the Information Commissioner’s Office, came into force in September 2020 with a 12-month transition; its 15 standards apply to online services likely to be accessed by children, educational websites among them, and require high-privacy settings by default.',
            fr: 'Au Royaume-Uni, l’Age Appropriate Design Code, code de bonnes pratiques à valeur légale du commissaire à l’information (ICO), est entré en vigueur en septembre 2020 avec une période de transition de 12 mois\u202f; ses 15 normes s’appliquent aux services en ligne susceptibles d’être utilisés par des enfants, dont les sites éducatifs, et imposent par défaut les réglages les plus protecteurs.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          country: 'USA',
          text: {
            en: 'In January 2023, as required by the K-12 Cybersecurity Act of 2021, the US Cybersecurity and Infrastructure Security Agency published a report on cyber risks facing schools, recommending a few high-impact measures such as multi-factor authentication, patching, tested back-ups and an incident response plan.',
            fr: 'En janvier 2023, en application de la loi K-12 Cybersecurity Act de 2021, l’agence américaine de cybersécurité (CISA) a publié un rapport sur les cyberrisques auxquels font face les écoles, qui recommande quelques mesures à fort effet comme l’authentification multifacteur, les mises à jour de sécurité, des sauvegardes testées et un plan de réponse aux incidents.',
          },
          sources: ['cisa-k12-cybersecurity-2023'],
        },
      ],
      reflection: [
        {
          en: 'Which law protects learners’ data today, and does it say anything specific about children?',
          fr: 'Quelle loi protège aujourd’hui les données des élèves, et contient-elle des dispositions propres aux enfants\u202f?',
        },
        {
          en: 'Who could tell us which companies receive data from the platforms our schools use?',
          fr: 'Qui pourrait nous dire quelles entreprises reçoivent des données des plateformes utilisées par nos écoles\u202f?',
        },
        {
          en: 'What would we do in the first 24 hours after a breach of learner records?',
          fr: 'Que ferions-nous dans les 24 heures suivant une fuite de dossiers d’élèves\u202f?',
        },
        {
          en: 'How do parents learn what data the education system holds about their child?',
          fr: 'Comment les parents apprennent-ils quelles données le système éducatif détient sur leur enfant\u202f?',
        },
      ],
    },
    {
      component: 'artificial-intelligence',
      overview: {
        en: 'How artificial intelligence enters the education system and under what rules: a policy or guidance on AI in education, rules for the generative AI used by learners and teachers, and conditions for procuring AI tools, such as transparency about how they work, human oversight of decisions about learners, and protection of the data they use.',
        fr: 'La manière dont l’intelligence artificielle entre dans le système éducatif, et selon quelles règles\u202f: une politique ou des orientations sur l’IA en éducation, des règles pour l’IA générative utilisée par les élèves et les enseignants, et des conditions d’achat des outils d’IA, comme la transparence sur leur fonctionnement, le contrôle humain des décisions concernant les élèves et la protection des données qu’ils utilisent.',
      },
      whyItMatters: {
        en: 'AI tools are reaching schools faster than the rules for them. Systems that admit, grade or place learners, or watch them during tests, can shape their paths, and their errors or biases are hard to see from outside. The European Union’s AI Act of 2024 classes such uses in education as high-risk and bans emotion recognition in schools except for medical or safety reasons. Clear national guidance lets schools use AI where it helps while protecting learners.',
        fr: 'L’IA arrive dans les écoles plus vite que les règles. Les systèmes qui admettent, notent ou orientent les élèves, ou les surveillent pendant les examens, peuvent infléchir leur parcours, et leurs erreurs ou biais se voient mal de l’extérieur. Le règlement européen sur l’IA de 2024 classe ces usages éducatifs à haut risque et interdit la reconnaissance des émotions dans les établissements d’enseignement, sauf pour raisons médicales ou de sécurité. Des orientations nationales claires permettent aux écoles d’utiliser l’IA là où elle aide, tout en protégeant les élèves.',
      },
      practices: [
        {
          text: {
            en: 'Keep people in charge: decisions on the admission, grading or placement of learners stay with accountable staff, with AI as support, and every use of AI can be explained to those it affects.',
            fr: 'Garder l’humain aux commandes\u202f: les décisions d’admission, de notation ou d’orientation des élèves restent du ressort de personnels responsables, l’IA n’étant qu’un appui, et tout usage de l’IA peut être expliqué aux personnes concernées.',
          },
          sources: ['unesco-ai-policy-makers-2021', 'unesco-ai-ethics-recommendation-2021'],
        },
        {
          text: {
            en: 'Set rules for generative AI before it spreads by default, including a minimum age for independent use in class; UNESCO’s 2023 guidance proposes 13.',
            fr: 'Fixer des règles pour l’IA générative avant qu’elle ne se répande d’elle-même, y compris un âge minimum pour son utilisation autonome en classe\u202f; les orientations de l’UNESCO de 2023 proposent 13 ans.',
          },
          sources: ['unesco-genai-guidance-2023'],
        },
        {
          text: {
            en: 'Classify uses of AI by risk and apply the strictest conditions, such as documentation, human oversight and testing for bias, to systems that admit, evaluate or monitor learners.',
            fr: 'Classer les usages de l’IA selon leur niveau de risque et appliquer les conditions les plus strictes, comme la documentation, le contrôle humain et les tests de biais, aux systèmes qui admettent, évaluent ou surveillent les élèves.',
          },
          sources: ['eu-ai-act-2024'],
        },
        {
          text: {
            en: 'Write children’s rights into the purchase of AI tools: protection of their data, fairness and non-discrimination, and explanations that children can understand.',
            fr: 'Inscrire les droits de l’enfant dans l’achat des outils d’IA\u202f: protection de leurs données, équité et non-discrimination, et explications compréhensibles par les enfants.',
          },
          sources: ['unicef-ai-children-guidance-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Banning generative AI outright, then finding learners using it without any guidance.',
          fr: 'Interdire purement et simplement l’IA générative, puis constater que les élèves l’utilisent sans aucun repère.',
        },
        {
          en: 'Buying AI tools whose decisions no one in the ministry can explain or check.',
          fr: 'Acheter des outils d’IA dont personne au ministère ne peut expliquer ni vérifier les décisions.',
        },
        {
          en: 'Letting suppliers train their models on learners’ data without an explicit agreement.',
          fr: 'Laisser des fournisseurs entraîner leurs modèles sur les données des élèves sans accord explicite.',
        },
        {
          en: 'Treating AI guidance as a one-off document rather than reviewing it as tools change.',
          fr: 'Traiter les orientations sur l’IA comme un document ponctuel au lieu de les réviser au fil de l’évolution des outils.',
        },
      ],
      examples: [
        {
          country: 'AUS',
          text: {
            en: 'Australia’s education ministers approved the Australian Framework for Generative Artificial Intelligence in Schools in October 2023; released in December 2023 and implemented from 2024, it sets six principles, among them privacy, security and safety, and is to be reviewed at least every 12 months.',
            fr: 'Les ministres australiens de l’Éducation ont approuvé en octobre 2023 le cadre national pour l’IA générative dans les écoles (Australian Framework for Generative Artificial Intelligence in Schools)\u202f; publié en décembre 2023 et mis en œuvre à partir de 2024, il fixe six principes, dont la protection de la vie privée, la sécurité et la sûreté, et doit être révisé au moins tous les 12 mois.',
          },
          sources: ['aus-genai-schools-framework-2023'],
        },
        {
          country: 'GBR',
          text: {
            en: 'England’s Department for Education first published its position on generative AI in education in March 2023 and has updated it since; it asks schools not to enter personal or sensitive data into generative AI tools and to take reasonable steps against malpractice in assessed work.',
            fr: 'Le ministère de l’Éducation d’Angleterre a publié sa position sur l’IA générative en éducation en mars 2023 et l’a mise à jour depuis\u202f; il demande aux écoles de ne pas saisir de données personnelles ou sensibles dans les outils d’IA générative et de prendre des mesures raisonnables contre la fraude dans les travaux évalués.',
          },
          sources: ['dfe-genai-education-2023'],
        },
        {
          country: 'USA',
          text: {
            en: 'In May 2023 the US Department of Education’s Office of Educational Technology published ‘Artificial Intelligence and the Future of Teaching and Learning’, drawn from public listening sessions; the first of its seven recommendations is to keep humans in the loop when AI is used in education.',
            fr: 'En mai 2023, le bureau des technologies éducatives du ministère fédéral de l’Éducation des États-Unis a publié «\u202fArtificial Intelligence and the Future of Teaching and Learning\u202f», issu de séances d’écoute publiques\u202f; la première de ses sept recommandations est de garder l’humain dans la boucle lorsque l’IA est utilisée en éducation.',
          },
          sources: ['usde-ai-teaching-learning-2023'],
        },
      ],
      reflection: [
        {
          en: 'Where is AI already used in our system, including inside tools bought for other purposes?',
          fr: 'Où l’IA est-elle déjà utilisée dans notre système, y compris dans des outils achetés pour d’autres usages\u202f?',
        },
        {
          en: 'Which decisions about learners would we never leave to an automated system?',
          fr: 'Quelles décisions concernant les élèves ne confierions-nous jamais à un système automatisé\u202f?',
        },
        {
          en: 'What do our teachers and learners know about the rules on generative AI?',
          fr: 'Que savent nos enseignants et nos élèves des règles sur l’IA générative\u202f?',
        },
        {
          en: 'Who reviews our guidance on AI, and how often?',
          fr: 'Qui révise nos orientations sur l’IA, et à quelle fréquence\u202f?',
        },
      ],
    },
  ],
};

/** The public sources that only this module cites (the shared ones are in `./sources.ts`). */
export const dataEvidenceSources: CourseSource[] = [
  {
    id: 'world-bank-wdr-2018',
    publisher: 'World Bank',
    title: 'World Development Report 2018: Learning to Realize Education’s Promise',
    year: 2018,
  },
  {
    id: 'world-bank-saber-emis-2014',
    publisher: 'World Bank',
    title: 'What Matters Most for Education Management Information Systems: A Framework Paper',
    year: 2014,
  },
  {
    id: 'oecd-digital-education-outlook-2021',
    publisher: 'OECD',
    title:
      'OECD Digital Education Outlook 2021: Pushing the Frontiers with Artificial Intelligence, Blockchain and Robots',
    year: 2021,
  },
  {
    id: 'brazil-decree-6094-2007',
    publisher: 'Presidência da República (Brasil)',
    title: 'Decreto nº 6.094, de 24 de abril de 2007',
    year: 2007,
  },
  {
    id: 'ec-european-interoperability-framework-2017',
    publisher: 'European Commission',
    title:
      'New European Interoperability Framework: Promoting seamless services and data flows for European public administrations',
    year: 2017,
  },
  {
    id: 'oecd-skills-governance-2020',
    publisher: 'OECD',
    title: 'Strengthening the Governance of Skills Systems: Lessons from Six OECD Countries',
    year: 2020,
  },
  {
    id: 'un-2030-agenda-2015',
    publisher: 'United Nations General Assembly',
    title: 'Transforming our world: the 2030 Agenda for Sustainable Development',
    year: 2015,
  },
  {
    id: 'brazil-decree-6425-2008',
    publisher: 'Presidência da República (Brasil)',
    title: 'Decreto nº 6.425, de 4 de abril de 2008',
    year: 2008,
  },
  {
    id: 'coe-children-data-education-2020',
    publisher: 'Council of Europe, Consultative Committee of Convention 108',
    title: 'Children’s Data Protection in an Education Setting: Guidelines',
    year: 2020,
  },
  {
    id: 'hrw-edtech-children-2022',
    publisher: 'Human Rights Watch',
    title:
      '“How Dare They Peep into My Private Life?”: Children’s Rights Violations by Governments that Endorsed Online Learning During the Covid-19 Pandemic',
    year: 2022,
  },
  {
    id: 'cisa-k12-cybersecurity-2023',
    publisher: 'Cybersecurity and Infrastructure Security Agency (United States)',
    title:
      'Protecting Our Future: Partnering to Safeguard K–12 Organizations from Cybersecurity Threats',
    year: 2023,
  },
  {
    id: 'us-ferpa-1974',
    publisher: 'United States Congress',
    title: 'Family Educational Rights and Privacy Act of 1974',
    year: 1974,
  },
  {
    id: 'unesco-ai-policy-makers-2021',
    publisher: 'UNESCO',
    title: 'AI and education: guidance for policy-makers',
    year: 2021,
  },
  {
    id: 'unesco-ai-ethics-recommendation-2021',
    publisher: 'UNESCO',
    title: 'Recommendation on the Ethics of Artificial Intelligence',
    year: 2021,
  },
  {
    id: 'eu-ai-act-2024',
    publisher: 'European Parliament and Council of the European Union',
    title:
      'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    year: 2024,
  },
  {
    id: 'unicef-ai-children-guidance-2021',
    publisher: 'UNICEF',
    title: 'Policy guidance on AI for children (version 2.0)',
    year: 2021,
  },
  {
    id: 'aus-genai-schools-framework-2023',
    publisher: 'Australian Government, Department of Education',
    title: 'Australian Framework for Generative Artificial Intelligence (AI) in Schools',
    year: 2023,
  },
  {
    id: 'dfe-genai-education-2023',
    publisher: 'Department for Education (England)',
    title: 'Generative artificial intelligence (AI) in education',
    year: 2023,
  },
  {
    id: 'usde-ai-teaching-learning-2023',
    publisher: 'U.S. Department of Education, Office of Educational Technology',
    title:
      'Artificial Intelligence and the Future of Teaching and Learning: Insights and Recommendations',
    year: 2023,
  },
];
