import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module for pillar 1, coordination and leadership: one section per component of
 * framework 2.0.0. Every practice and example cites its sources; the sources that only this
 * module cites are listed in `coordinationLeadershipSources`, the shared ones in `./sources.ts`.
 */
export const coordinationLeadershipModule: CourseModule = {
  pillar: 'coordination-leadership',
  overview: {
    en: 'This pillar looks at whether the government steers the digital transformation of education rather than following it. It covers five things: a national strategy for digital education tied to the education sector plan; coordination between the ministries and levels of government whose decisions shape digital learning in schools; partnerships with donors, companies and civil society that the government directs; the policies and rules that protect learners, children above all; and equity, so that girls, displaced learners and learners in remote areas are not left further behind. The questions ask for evidence: adopted texts, mandates, minutes, monitoring reports.',
    fr: 'Ce pilier examine si les pouvoirs publics pilotent la transformation numérique de l’éducation au lieu de la subir. Il couvre cinq domaines\u202f: une stratégie nationale pour le numérique éducatif rattachée au plan sectoriel\u202f; la coordination entre les ministères et les niveaux d’administration dont les décisions pèsent sur le numérique à l’école\u202f; des partenariats avec bailleurs, entreprises et société civile, conduits par l’État\u202f; les règles qui protègent les apprenants, en premier lieu les enfants\u202f; enfin l’équité, pour que les filles, les apprenants déplacés et ceux des zones isolées ne soient pas davantage laissés de côté. Les questions appellent des éléments de preuve\u202f: textes adoptés, mandats, comptes rendus, rapports de suivi.',
  },
  whyItMatters: {
    en: 'Devices, connections and platforms do not add up to a transformation on their own. Where no one holds the whole picture, projects multiply, overlap and stop when their funding stops, and the running costs they leave behind fall on schools. A government that sets the direction, assigns clear responsibilities and checks results can make the contributions of ministries, regions and partners add up. It is also the only actor that can make sure that the learners who most need public action, rather than those easiest to reach, are served first.',
    fr: 'Des équipements, des connexions et des plateformes ne font pas, à eux seuls, une transformation. Lorsque personne n’a de vue d’ensemble, les projets se multiplient, se chevauchent et s’arrêtent avec leur financement, et les coûts de fonctionnement qu’ils laissent derrière eux retombent sur les écoles. Un État qui fixe le cap, répartit clairement les responsabilités et vérifie les résultats peut faire converger les apports des ministères, des régions et des partenaires. Il est aussi le seul acteur en mesure de garantir que les apprenants qui ont le plus besoin de l’action publique, et non ceux qu’il est le plus facile d’atteindre, soient servis en premier.',
  },
  reflection: [
    {
      en: 'Who, by name and by post, answers today for the digital transformation of education, and what can that person or unit decide without asking anyone else?',
      fr: 'Qui, nommément et par fonction, répond aujourd’hui de la transformation numérique de l’éducation, et que peut décider cette personne ou cette unité sans en référer à quiconque\u202f?',
    },
    {
      en: 'Which digital education initiatives now running in the country did the ministry not plan, and how did it learn of them?',
      fr: 'Quelles initiatives de numérique éducatif en cours dans le pays le ministère n’a-t-il pas planifiées, et comment en a-t-il eu connaissance\u202f?',
    },
    {
      en: 'Which learners would be the last to benefit if current plans were carried out as written, and what in those plans would change that?',
      fr: 'Quels apprenants seraient les derniers à en bénéficier si les plans actuels étaient exécutés tels qu’ils sont écrits, et qu’est-ce qui, dans ces plans, permettrait de changer cela\u202f?',
    },
    {
      en: 'What evidence could the team put on the table today for each answer it gives in this pillar?',
      fr: 'Quels éléments de preuve l’équipe pourrait-elle présenter dès aujourd’hui pour chacune de ses réponses dans ce pilier\u202f?',
    },
  ],
  sections: [
    {
      component: 'digital-strategy',
      overview: {
        en: 'A national strategy for digital education says what the country wants technology to do for learning, for whom, by when, at what cost and under whose responsibility. It may be a stand-alone document or a chapter of the education sector plan or of the national digital strategy; what matters is that it is adopted, costed, tied to the goals of the sector and reviewed against its targets.',
        fr: 'Une stratégie nationale pour le numérique éducatif précise ce que le pays attend de la technologie pour les apprentissages, au bénéfice de qui, dans quels délais, à quel coût et sous la responsabilité de qui. Il peut s’agir d’un document autonome ou d’un chapitre du plan sectoriel de l’éducation ou de la stratégie nationale du numérique\u202f; l’essentiel est qu’elle soit adoptée, chiffrée, rattachée aux objectifs du secteur et examinée au regard de ses cibles.',
      },
      whyItMatters: {
        en: 'Without an adopted strategy, digital initiatives follow the offers of suppliers and donors rather than the needs of learners, and each new project starts from scratch. A strategy gives the ministry a basis for saying no as well as yes, for setting budget lines and for asking partners to align. A strategy that is neither costed nor reviewed tends to stay on the shelf.',
        fr: 'Sans stratégie adoptée, les initiatives numériques suivent les offres des fournisseurs et des bailleurs plutôt que les besoins des apprenants, et chaque nouveau projet repart de zéro. Une stratégie donne au ministère une base pour dire non autant que oui, pour inscrire des lignes budgétaires et pour demander aux partenaires de s’aligner. Une stratégie qui n’est ni chiffrée ni revue reste le plus souvent lettre morte.',
      },
      practices: [
        {
          text: {
            en: 'Start from the education problems the country wants to solve, and only then ask which technologies, if any, can help. The first of the World Bank’s five principles for investing in education technology is to begin by asking why, and UNESCO’s 2023 Global Education Monitoring Report looks at each use of technology through its relevance, equity, scalability and sustainability.',
            fr: 'Partir des problèmes éducatifs que le pays veut résoudre, puis seulement se demander quelles technologies peuvent y contribuer, le cas échéant. Le premier des cinq principes de la Banque mondiale pour investir dans les technologies éducatives consiste à se demander d’abord pourquoi, et le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO examine chaque usage de la technologie sous l’angle de sa pertinence, de son équité, de sa capacité de passage à l’échelle et de sa durabilité.',
          },
          sources: ['world-bank-reimagining-2020', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Write the strategy as a plan that can be carried out: targets with baselines, a year-by-year costing, a timeline, a named unit in charge and a monitoring framework, with a set cycle of review and update. UNESCO’s guidelines for ICT in education policies and masterplans propose such an iterative roadmap, covering governance, funding, result-based activities and implementation.',
            fr: 'Rédiger la stratégie comme un plan exécutable\u202f: des cibles assorties de valeurs de référence, un chiffrage année par année, un calendrier, une unité responsable nommément désignée et un cadre de suivi, avec un cycle fixé de revue et de mise à jour. Les lignes directrices de l’UNESCO sur les politiques et les plans directeurs pour les TIC dans l’éducation proposent une telle feuille de route itérative, qui couvre la gouvernance, le financement, les activités axées sur les résultats et la mise en œuvre.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
        {
          text: {
            en: 'Tie the strategy to the education sector plan and to the national digital strategy, so that its targets appear in the results framework of the sector and its costs in the budget of the sector, rather than in a parallel document that only partners read.',
            fr: 'Rattacher la stratégie au plan sectoriel de l’éducation et à la stratégie nationale du numérique, afin que ses cibles figurent dans le cadre de résultats du secteur et ses coûts dans le budget du secteur, plutôt que dans un document parallèle que seuls les partenaires lisent.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
      ],
      pitfalls: [
        {
          en: 'A strategy written by consultants for a donor, adopted without the budget department and forgotten when the project ends.',
          fr: 'Une stratégie rédigée par des consultants pour un bailleur, adoptée sans la direction du budget et oubliée à la fin du projet.',
        },
        {
          en: 'Targets stated as equipment delivered, such as devices handed out or classrooms connected, with no target for use or for learning.',
          fr: 'Des cibles exprimées en équipements livrés, comme des appareils distribués ou des salles connectées, sans aucune cible d’usage ni d’apprentissage.',
        },
        {
          en: 'A strategy that has expired without anyone noticing, because no review date was ever set.',
          fr: 'Une stratégie arrivée à échéance sans que personne ne s’en aperçoive, faute de date de revue fixée.',
        },
      ],
      examples: [
        {
          country: 'EST',
          text: {
            en: 'In February 2014 the government of Estonia approved the Estonian Lifelong Learning Strategy 2020, which made a digital focus in lifelong learning one of its five strategic goals. The strategy was the stated basis for the government’s education funding decisions for 2014–2020, so digital learning sat inside the education strategy rather than beside it.',
            fr: 'En février 2014, le gouvernement estonien a approuvé la Stratégie d’apprentissage tout au long de la vie 2020, dont l’un des cinq objectifs stratégiques portait sur l’orientation numérique de l’apprentissage tout au long de la vie. La stratégie servait de base déclarée aux décisions de financement de l’éducation pour 2014-2020\u202f: le numérique figurait ainsi au sein de la stratégie éducative, et non à côté.',
          },
          sources: ['estonia-lifelong-learning-strategy-2020'],
        },
        {
          country: 'IRL',
          text: {
            en: 'In 2022 Ireland’s Department of Education published the Digital Strategy for Schools to 2027, prepared after a consultation, as the successor to its Digital Strategy for Schools 2015–2020. It is organised in three pillars: digital technologies in teaching, learning and assessment; digital technology infrastructure; and policy, research and digital leadership.',
            fr: 'En 2022, le ministère irlandais de l’Éducation a publié la stratégie numérique pour les écoles à l’horizon 2027 (Digital Strategy for Schools to 2027), élaborée à l’issue d’une consultation, pour succéder à sa stratégie 2015-2020. Elle s’organise en trois piliers\u202f: les technologies numériques dans l’enseignement, l’apprentissage et l’évaluation\u202f; l’infrastructure numérique\u202f; les politiques, la recherche et le leadership numérique.',
          },
          sources: ['ireland-digital-strategy-schools-2027'],
        },
      ],
      reflection: [
        {
          en: 'If the strategy in force were withdrawn tomorrow, which budget lines, projects or decisions would change?',
          fr: 'Si la stratégie en vigueur était retirée demain, quelles lignes budgétaires, quels projets ou quelles décisions en seraient modifiés\u202f?',
        },
        {
          en: 'Which targets of the strategy have a baseline and a source of data, and which do not?',
          fr: 'Quelles cibles de la stratégie disposent d’une valeur de référence et d’une source de données, et lesquelles n’en ont pas\u202f?',
        },
        {
          en: 'When was the strategy last reviewed against its targets, and what changed as a result?',
          fr: 'Quand la stratégie a-t-elle été examinée pour la dernière fois au regard de ses cibles, et qu’est-ce qui a changé à la suite de cet examen\u202f?',
        },
        {
          en: 'Who wrote the strategy, and who was consulted: teachers, learners, regions, the finance ministry?',
          fr: 'Qui a rédigé la stratégie, et qui a été consulté\u202f: enseignants, apprenants, régions, ministère des Finances\u202f?',
        },
      ],
    },
    {
      component: 'cross-government-coordination',
      overview: {
        en: 'Many decisions that shape digital education are taken outside the education ministry: telecommunications regulation and universal service funds, electricity, public finance, data protection, the national digital agency, and the regional or local governments that own or run schools. This component asks whether a standing body brings these actors together, whether each has a written mandate, and whether decisions reach the regions.',
        fr: 'Nombre de décisions qui façonnent le numérique éducatif se prennent hors du ministère de l’Éducation\u202f: régulation des télécommunications et fonds de service universel, électricité, finances publiques, protection des données, agence nationale du numérique, ainsi que les collectivités régionales ou locales qui possèdent ou gèrent des écoles. Cette composante examine si une instance permanente réunit ces acteurs, si chacun dispose d’un mandat écrit et si les décisions parviennent jusqu’aux régions.',
      },
      whyItMatters: {
        en: 'The education ministry cannot connect schools on its own, nor keep devices working if no one pays for technicians. When ministries act separately, the same school may be surveyed twice and never connected, or equipped by one programme and left without power by another. Written mandates turn goodwill into obligations that outlast a change of minister.',
        fr: 'Le ministère de l’Éducation ne peut pas connecter seul les écoles, ni maintenir des appareils en état de marche si personne ne rémunère de techniciens. Quand les ministères agissent chacun de leur côté, une même école peut être recensée deux fois sans jamais être connectée, ou équipée par un programme et laissée sans électricité par un autre. Des mandats écrits transforment la bonne volonté en obligations qui survivent à un changement de ministre.',
      },
      practices: [
        {
          text: {
            en: 'Map who decides what: for each part of digital education (connectivity, power, devices, content, data, protection), name the institution responsible, the law or decree that gives it that role and the budget it controls. The OECD’s 2023 country notes on digital education ecosystems and governance describe how responsibilities are divided among public bodies in each country they cover, and can serve as a model for this exercise.',
            fr: 'Cartographier qui décide de quoi\u202f: pour chaque volet du numérique éducatif (connectivité, électricité, équipements, contenus, données, protection), désigner l’institution responsable, le texte de loi ou le décret qui lui confère ce rôle et le budget qu’elle maîtrise. Les notes par pays publiées en 2023 par l’OCDE sur les écosystèmes et la gouvernance du numérique éducatif décrivent la répartition des responsabilités entre les organismes publics de chaque pays étudié et peuvent servir de modèle pour cet exercice.',
          },
          sources: ['oecd-country-digital-ecosystems-2023'],
        },
        {
          text: {
            en: 'Give the coordination body a legal basis, a chair with authority over its members, a secretariat, a calendar of meetings and published decisions. A body created by law, with named member institutions, is harder to let lapse than a committee that meets when a donor asks.',
            fr: 'Doter l’instance de coordination d’une base juridique, d’une présidence qui fait autorité sur ses membres, d’un secrétariat, d’un calendrier de réunions et de décisions publiées. Une instance créée par la loi, dont les institutions membres sont désignées, se laisse moins facilement dépérir qu’un comité réuni à la demande d’un bailleur.',
          },
          sources: ['uruguay-ley-18640-2010', 'unesco-ict-masterplans-2022'],
        },
        {
          text: {
            en: 'Bring regional and local governments into the plan through written agreements that state what each level provides (connection, equipment, staff, running costs) and the support it receives in return, so that national decisions reach the schools that must carry them out.',
            fr: 'Associer les collectivités régionales et locales au plan par des conventions écrites qui précisent ce que chaque niveau apporte (connexion, équipements, personnel, coûts de fonctionnement) et l’appui qu’il reçoit en retour, afin que les décisions nationales parviennent aux écoles chargées de les appliquer.',
          },
          sources: ['oecd-country-digital-ecosystems-2023', 'brazil-decreto-9204-2017'],
        },
      ],
      pitfalls: [
        {
          en: 'A coordination committee with many members but no power to decide, whose minutes record discussions and no decisions.',
          fr: 'Un comité de coordination aux nombreux membres mais sans pouvoir de décision, dont les comptes rendus consignent des débats et aucune décision.',
        },
        {
          en: 'Leaving out the finance ministry and the telecommunications regulator, who hold the money and the levers for connectivity.',
          fr: 'Laisser de côté le ministère des Finances et le régulateur des télécommunications, qui détiennent l’argent et les leviers de la connectivité.',
        },
        {
          en: 'National decisions that never reach the districts and schools that must carry them out.',
          fr: 'Des décisions nationales qui ne parviennent jamais aux circonscriptions et aux écoles chargées de les appliquer.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'In 2010 Uruguay’s Law No. 18.640 created a non-state public-law centre, reporting to the Presidency, to run programmes that included the Ceibal programme for educational connectivity. Its governing board brought together delegates of the Executive, who chairs it, of the national public education administration (ANEP) and of the ministries of education and culture, public health, and economy and finance.',
            fr: 'En 2010, la loi uruguayenne n° 18.640 a créé un centre de droit public non étatique, rattaché à la Présidence, chargé notamment du programme de connectivité éducative Ceibal. Son conseil de direction réunissait des délégués du pouvoir exécutif, qui le préside, de l’administration nationale de l’enseignement public (ANEP) et des ministères de l’Éducation et de la Culture, de la Santé publique, et de l’Économie et des Finances.',
          },
          sources: ['uruguay-ley-18640-2010'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree No. 9.204 of November 2017 created the Programa de Inovação Educação Conectada to support universal access to high-speed internet and the pedagogical use of digital technology in basic education. The decree frames the programme as a joint effort of the federal government, the states, the Federal District, the municipalities, schools, the business sector and civil society.',
            fr: 'Le décret brésilien n° 9.204 de novembre 2017 a créé le Programa de Inovação Educação Conectada pour soutenir l’accès universel à un internet à haut débit et l’usage pédagogique des technologies numériques dans l’éducation de base. Le décret conçoit le programme comme un effort conjoint de l’Union, des États, du District fédéral, des municipalités, des écoles, du secteur privé et de la société civile.',
          },
          sources: ['brazil-decreto-9204-2017'],
        },
      ],
      reflection: [
        {
          en: 'Which institution outside the education ministry could block the digital strategy tomorrow, and does it sit on the coordination body?',
          fr: 'Quelle institution extérieure au ministère de l’Éducation pourrait bloquer demain la stratégie numérique, et siège-t-elle au sein de l’instance de coordination\u202f?',
        },
        {
          en: 'What did the coordination body decide at its last meeting, and who has carried it out?',
          fr: 'Qu’a décidé l’instance de coordination lors de sa dernière réunion, et qui l’a mis en œuvre\u202f?',
        },
        {
          en: 'How does a regional or district official learn of a national decision on digital education, and how long does it take?',
          fr: 'Comment un responsable régional ou de circonscription apprend-il une décision nationale sur le numérique éducatif, et en combien de temps\u202f?',
        },
        {
          en: 'Where two bodies claim the same task, or none claims it, who settles the matter?',
          fr: 'Lorsque deux organismes revendiquent la même tâche, ou qu’aucun ne la revendique, qui tranche\u202f?',
        },
      ],
    },
    {
      component: 'partnerships',
      overview: {
        en: 'Development partners, technology companies, telecommunications operators, foundations and civil society organisations bring money, products and expertise. This component asks whether the government steers them: whether partner projects are aligned with the national strategy and known to the ministry, and whether written rules of engagement govern what partners may do in schools, with learners’ data and with content paid for by the public.',
        fr: 'Partenaires au développement, entreprises technologiques, opérateurs de télécommunications, fondations et organisations de la société civile apportent des financements, des produits et de l’expertise. Cette composante examine si l’État les oriente\u202f: si les projets des partenaires sont alignés sur la stratégie nationale et connus du ministère, et si des règles d’engagement écrites encadrent ce que les partenaires peuvent faire dans les écoles, avec les données des apprenants et avec les contenus financés sur fonds publics.',
      },
      whyItMatters: {
        en: 'Partners can speed up a national plan or break it into pieces. Pilots that each use a different platform, device or data format leave the ministry with systems it cannot maintain, and free offers can turn into costly dependencies once the free period ends. Clear rules let the government accept help while keeping control of priorities, data and long-term costs.',
        fr: 'Les partenaires peuvent accélérer un plan national ou le morceler. Des projets pilotes qui utilisent chacun une plateforme, un appareil ou un format de données différent laissent au ministère des systèmes qu’il ne peut pas maintenir, et des offres gratuites peuvent devenir des dépendances coûteuses une fois la période de gratuité terminée. Des règles claires permettent à l’État d’accepter de l’aide tout en gardant la maîtrise des priorités, des données et des coûts à long terme.',
      },
      practices: [
        {
          text: {
            en: 'Keep a single register of all digital education projects funded by partners (what, where, how much, until when) and review it with them each year against the national strategy, for instance at the joint sector review. Engaging the whole ecosystem, one of the World Bank’s five principles for education technology, presupposes that the government knows who is doing what.',
            fr: 'Tenir un registre unique de tous les projets de numérique éducatif financés par des partenaires (quoi, où, combien, jusqu’à quand) et l’examiner chaque année avec eux au regard de la stratégie nationale, par exemple lors de la revue sectorielle conjointe. Mobiliser l’ensemble de l’écosystème, l’un des cinq principes de la Banque mondiale pour les technologies éducatives, suppose que l’État sache qui fait quoi.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Set rules of engagement before anything is signed: alignment with the strategy, open standards and formats, ownership and protection of learners’ data, no commercial targeting of children, and a plan for who pays running costs after the project. UNESCO’s 2023 Global Education Monitoring Report argues that technology rules made outside the education sector may not meet its needs, and the UN Committee on the Rights of the Child asks states to guard children against commercial exploitation in the digital environment.',
            fr: 'Fixer des règles d’engagement avant toute signature\u202f: alignement sur la stratégie, normes et formats ouverts, propriété et protection des données des apprenants, interdiction du ciblage commercial des enfants, et plan précisant qui prend en charge les coûts de fonctionnement après le projet. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève que les règles sur la technologie élaborées hors du secteur éducatif risquent de ne pas répondre à ses besoins, et le Comité des droits de l’enfant des Nations Unies demande aux États de protéger les enfants contre l’exploitation commerciale dans l’environnement numérique.',
          },
          sources: ['unesco-gem-2023', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Accepting free devices or licences without asking who will maintain, replace and pay for them when the offer ends.',
          fr: 'Accepter des appareils ou des licences gratuits sans se demander qui les entretiendra, les remplacera et les paiera à la fin de l’offre.',
        },
        {
          en: 'Pilots evaluated by the partner that runs them, and scaled up on that evidence alone.',
          fr: 'Des projets pilotes évalués par le partenaire qui les met en œuvre, puis étendus sur cette seule base.',
        },
        {
          en: 'Agreements that leave unclear who owns learners’ data or the content produced with public money.',
          fr: 'Des accords qui laissent dans le flou la propriété des données des apprenants ou des contenus produits sur fonds publics.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'How many partner projects in digital education are running now, and could the ministry list them without asking the partners?',
          fr: 'Combien de projets de partenaires en numérique éducatif sont en cours, et le ministère pourrait-il en dresser la liste sans interroger les partenaires\u202f?',
        },
        {
          en: 'Has the ministry ever declined or reshaped an offer from a partner because it did not fit the strategy?',
          fr: 'Le ministère a-t-il déjà refusé ou réorienté l’offre d’un partenaire parce qu’elle ne correspondait pas à la stratégie\u202f?',
        },
        {
          en: 'What happens to the platforms, devices and data of a partner project on the day it ends?',
          fr: 'Que deviennent les plateformes, les appareils et les données d’un projet de partenaire le jour où il prend fin\u202f?',
        },
      ],
    },
    {
      component: 'policy-regulation',
      overview: {
        en: 'This component looks at two kinds of rules. The first protect children in digital education: from harmful content, cyberbullying, grooming and exploitation, and from the misuse of their personal data. The second make policy accountable: indicators, regular reports and reviews that show whether what was decided is being done. Standards for interoperability and for accessible content are treated in other pillars.',
        fr: 'Cette composante examine deux types de règles. Les premières protègent les enfants dans le numérique éducatif\u202f: contre les contenus préjudiciables, le cyberharcèlement, la sollicitation à des fins sexuelles et l’exploitation, ainsi que contre l’usage abusif de leurs données personnelles. Les secondes rendent la politique redevable\u202f: indicateurs, rapports réguliers et revues qui montrent si ce qui a été décidé est effectivement mis en œuvre. Les normes d’interopérabilité et d’accessibilité des contenus sont traitées dans d’autres piliers.',
      },
      whyItMatters: {
        en: 'Bringing learners online brings the risks of the online world into school, and schools collect more data about children than almost any other institution. Rules written for adults or for commerce rarely fit. Monitoring matters for the same reason as rules: without indicators and reports, a ministry cannot tell whether protection works, whether schools use what they received, or where to change course.',
        fr: 'Connecter les apprenants, c’est faire entrer à l’école les risques du monde en ligne, et l’école recueille sur les enfants plus de données que presque toute autre institution. Les règles conçues pour les adultes ou pour le commerce leur conviennent rarement. Le suivi importe pour la même raison que les règles\u202f: sans indicateurs ni rapports, un ministère ne peut savoir si la protection fonctionne, si les écoles utilisent ce qu’elles ont reçu, ni où corriger le tir.',
      },
      practices: [
        {
          text: {
            en: 'Ground child protection in children’s rights. General comment No. 25 (2021) of the UN Committee on the Rights of the Child asks states to protect children from harm in the digital environment while respecting their rights to information, participation and privacy, and to regulate how businesses use their data.',
            fr: 'Fonder la protection de l’enfance sur les droits de l’enfant. L’observation générale n° 25 (2021) du Comité des droits de l’enfant des Nations Unies demande aux États de protéger les enfants contre les préjudices dans l’environnement numérique tout en respectant leurs droits à l’information, à la participation et à la vie privée, et d’encadrer l’usage que les entreprises font de leurs données.',
          },
          sources: ['un-crc-general-comment-25'],
        },
        {
          text: {
            en: 'Set rules that bind the online services schools use, not only the schools: high privacy settings by default, collection of the minimum data needed, profiling switched off by default, and a regulator able to check. The code of practice on age-appropriate design issued in the United Kingdom is one model of such rules.',
            fr: 'Fixer des règles qui s’imposent aux services en ligne utilisés par les écoles, et pas seulement aux écoles\u202f: paramètres de confidentialité élevés par défaut, collecte limitée aux données nécessaires, profilage désactivé par défaut, et un régulateur en mesure de contrôler. Le code de bonnes pratiques sur la conception adaptée à l’âge publié au Royaume-Uni offre un modèle de telles règles.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          text: {
            en: 'Monitor implementation with a small set of indicators taken from the results framework of the strategy, reported on a fixed cycle and published, so that the coordination body and partners discuss the same figures, and feed the findings into the regular review of the strategy.',
            fr: 'Suivre la mise en œuvre à l’aide d’un petit nombre d’indicateurs tirés du cadre de résultats de la stratégie, communiqués selon un cycle fixe et publiés, afin que l’instance de coordination et les partenaires discutent des mêmes chiffres, et tenir compte des constats lors de la revue périodique de la stratégie.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
      ],
      pitfalls: [
        {
          en: 'Relying on a general data protection law that no one has interpreted for schools and education platforms.',
          fr: 'S’en remettre à une loi générale sur la protection des données que personne n’a interprétée pour les écoles et les plateformes éducatives.',
        },
        {
          en: 'Protection reduced to blocking websites, with no procedure for reporting and handling incidents such as cyberbullying.',
          fr: 'Une protection réduite au blocage de sites, sans procédure de signalement et de traitement des incidents tels que le cyberharcèlement.',
        },
        {
          en: 'Monitoring reports that count deliveries and training sessions but never report on use or on learning.',
          fr: 'Des rapports de suivi qui comptent les livraisons et les sessions de formation mais ne rendent jamais compte de l’usage ni des apprentissages.',
        },
      ],
      examples: [
        {
          country: 'GBR',
          text: {
            en: 'In the United Kingdom, the Information Commissioner’s Office issued the Age appropriate design code, a statutory code of practice under the Data Protection Act 2018. It came into force in September 2020 with a twelve-month transition period, and sets 15 standards for online services likely to be accessed by children, educational websites and apps included.',
            fr: 'Au Royaume-Uni, le Bureau du commissaire à l’information (ICO) a publié l’Age appropriate design code, code de bonnes pratiques prévu par la loi de 2018 sur la protection des données. Entré en vigueur en septembre 2020 avec une période de transition de douze mois, il fixe 15 normes pour les services en ligne susceptibles d’être utilisés par des enfants, y compris les sites et applications éducatifs.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          country: 'FRA',
          text: {
            en: 'France’s Law No. 2018-698 of 3 August 2018 bans pupils from using mobile phones and other connected devices in nursery and primary schools and in lower secondary schools (collèges), except for teaching purposes and in places the school rules allow; upper secondary schools may set a ban in their own rules. The same law added education in responsible civic use of the internet to the aims of schools.',
            fr: 'En France, la loi n° 2018-698 du 3 août 2018 interdit aux élèves l’utilisation du téléphone mobile et de tout autre équipement terminal de communications électroniques dans les écoles maternelles et élémentaires et dans les collèges, sauf pour des usages pédagogiques et dans les lieux où le règlement intérieur l’autorise\u202f; les lycées peuvent prévoir une interdiction dans leur règlement intérieur. La même loi inscrit parmi les missions de l’école l’éducation à la responsabilité civique dans l’utilisation d’internet.',
          },
          sources: ['france-loi-2018-698'],
        },
      ],
      reflection: [
        {
          en: 'If a pupil were bullied through a school platform tomorrow, who would be told, and what would happen next?',
          fr: 'Si un élève était harcelé demain par l’intermédiaire d’une plateforme scolaire, qui en serait informé, et que se passerait-il ensuite\u202f?',
        },
        {
          en: 'Which rules bind the companies whose services schools use with children, and who checks that they are followed?',
          fr: 'Quelles règles s’imposent aux entreprises dont les écoles utilisent les services avec les enfants, et qui en contrôle le respect\u202f?',
        },
        {
          en: 'Which indicators of the digital strategy were last reported, when, and to whom?',
          fr: 'Quels indicateurs de la stratégie numérique ont été communiqués pour la dernière fois, quand et à qui\u202f?',
        },
        {
          en: 'Have learners or parents been asked how safe they feel in digital learning?',
          fr: 'A-t-on demandé aux apprenants ou aux parents dans quelle mesure ils se sentent en sécurité dans les apprentissages numériques\u202f?',
        },
      ],
    },
    {
      component: 'inclusion',
      overview: {
        en: 'Equity and inclusion asks whether digital education reaches, on equal terms, the learners most easily left out. The framework looks at three groups: girls and women, women teachers included, whose gaps in access and skills should be measured and acted on; refugee, internally displaced and migrant learners, who should learn within national systems in a language they understand; and learners in remote and rural areas.',
        fr: 'Cette composante, consacrée à l’équité et à l’inclusion, examine si le numérique éducatif atteint, dans des conditions équitables, les apprenants les plus facilement laissés de côté. Le cadre s’intéresse à trois groupes\u202f: les filles et les femmes, enseignantes comprises, dont les écarts d’accès et de compétences doivent être mesurés et corrigés\u202f; les apprenants réfugiés, déplacés internes et migrants, qui devraient apprendre au sein des systèmes nationaux dans une langue qu’ils comprennent\u202f; et les apprenants des zones isolées et rurales.',
      },
      whyItMatters: {
        en: 'Technology tends to reach first those who already have the most: connected homes, urban schools, families who can buy devices. Left to itself, a digital programme can widen the gaps it was meant to close. Equity has to be designed in from the start: targets for each group, data broken down to show who is missed, and resources directed to them first.',
        fr: 'La technologie atteint d’abord ceux qui ont déjà le plus\u202f: les foyers connectés, les écoles urbaines, les familles qui peuvent acheter des appareils. Livré à lui-même, un programme numérique peut creuser les écarts qu’il devait réduire. L’équité doit être prévue dès la conception\u202f: des cibles pour chaque groupe, des données ventilées qui montrent qui est laissé de côté, et des ressources orientées d’abord vers ces apprenants.',
      },
      practices: [
        {
          text: {
            en: 'Measure gender gaps in access to devices and connectivity and in digital skills, for learners and for teachers, and answer them with targeted measures. UNESCO’s 2019 policy paper for the EQUALS Skills Coalition, I’d blush if I could, found the gender gap in digital skills wide and growing in most parts of the world and argues for gender-responsive digital skills education; the 2024 gender report of the Global Education Monitoring Report documents persistent gaps in access to technology and in digital skills.',
            fr: 'Mesurer les écarts entre filles et garçons, et entre enseignantes et enseignants, dans l’accès aux appareils et à la connectivité et dans les compétences numériques, puis y répondre par des mesures ciblées. Le document d’orientation publié en 2019 par l’UNESCO pour la coalition EQUALS sur les compétences, I’d blush if I could, constate que l’écart entre les sexes en matière de compétences numériques est important et se creuse dans la plupart des régions du monde, et plaide pour un enseignement des compétences numériques attentif au genre\u202f; le rapport 2024 sur le genre du Rapport mondial de suivi sur l’éducation documente la persistance des écarts d’accès à la technologie et de compétences numériques.',
          },
          sources: ['unesco-equals-id-blush-2019', 'unesco-gem-gender-report-2024'],
        },
        {
          text: {
            en: 'Plan for displaced learners within the national system rather than beside it: count them in the sector plan, open national digital platforms and content to them in a language they understand, and recognise what they learn. UNHCR’s Refugee Education 2030 strategy (2019) sets inclusion of refugees in national education systems as its goal, with internally displaced learners in host communities included in its vision.',
            fr: 'Prévoir l’accueil des apprenants déplacés au sein du système national plutôt qu’à côté\u202f: les compter dans le plan sectoriel, leur ouvrir les plateformes et les contenus numériques nationaux dans une langue qu’ils comprennent, et reconnaître ce qu’ils apprennent. La stratégie Refugee Education 2030 du HCR (2019) fixe pour objectif l’inclusion des réfugiés dans les systèmes éducatifs nationaux, et sa vision englobe les déplacés internes vivant dans les communautés d’accueil.',
          },
          sources: ['unhcr-refugee-education-2030'],
        },
        {
          text: {
            en: 'Break down connectivity and device data by location and household wealth, and set targets for remote and rural schools rather than national averages. UNICEF and ITU estimated in 2020 that children and young people in rural and poorer households are much less likely to have internet access at home, so what the school provides matters most for them.',
            fr: 'Ventiler les données sur la connectivité et les équipements selon la localisation et le niveau de vie des ménages, et fixer des cibles pour les écoles isolées et rurales plutôt que des moyennes nationales. Selon les estimations publiées en 2020 par l’UNICEF et l’UIT, les enfants et les jeunes des ménages ruraux et pauvres ont beaucoup moins souvent accès à l’internet à domicile\u202f: ce que leur offre l’école compte donc d’autant plus pour eux.',
          },
          sources: ['unicef-itu-home-internet-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Reporting national averages only, which hide the schools and groups that are left out.',
          fr: 'Ne communiquer que des moyennes nationales, qui masquent les écoles et les groupes laissés de côté.',
        },
        {
          en: 'Treating refugee learners as a humanitarian matter outside the ministry’s plans, served by short projects on separate platforms.',
          fr: 'Traiter les apprenants réfugiés comme une question humanitaire extérieure aux plans du ministère, desservie par des projets de courte durée sur des plateformes séparées.',
        },
        {
          en: 'Equipping the easiest schools first and never reaching the hardest, because each phase is judged on the number of schools reached.',
          fr: 'Équiper d’abord les écoles les plus faciles et ne jamais atteindre les plus difficiles, parce que chaque phase est jugée au nombre d’écoles atteintes.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s 2017 decree creating the Educação Conectada programme lists among its principles equal conditions among public schools for the pedagogical use of technology, and the promotion of access to technology in schools located in regions of greater socio-economic vulnerability and with low results on education indicators.',
            fr: 'Le décret brésilien de 2017 créant le programme Educação Conectada compte parmi ses principes l’équité des conditions entre les écoles publiques pour l’usage pédagogique de la technologie et la promotion de l’accès à la technologie dans les écoles situées dans des régions de forte vulnérabilité socio-économique et aux résultats faibles sur les indicateurs éducatifs.',
          },
          sources: ['brazil-decreto-9204-2017'],
        },
      ],
      reflection: [
        {
          en: 'Which data would show today whether girls and boys, or women and men teachers, use digital technology at school on equal terms?',
          fr: 'Quelles données permettraient de savoir aujourd’hui si les filles et les garçons, ou les enseignantes et les enseignants, utilisent le numérique à l’école dans des conditions égales\u202f?',
        },
        {
          en: 'Are refugee, displaced and migrant learners counted in the plans and data of the digital strategy, and in which language do they learn online?',
          fr: 'Les apprenants réfugiés, déplacés et migrants sont-ils pris en compte dans les plans et les données de la stratégie numérique, et dans quelle langue apprennent-ils en ligne\u202f?',
        },
        {
          en: 'Which schools would be the last to be connected under the current plan, and why?',
          fr: 'Quelles écoles seraient les dernières connectées selon le plan actuel, et pourquoi\u202f?',
        },
        {
          en: 'What share of the digital education budget is explicitly directed to the groups named in this section?',
          fr: 'Quelle part du budget consacré au numérique éducatif est explicitement destinée aux groupes cités dans cette section\u202f?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites; the shared ones are in `./sources.ts`. */
export const coordinationLeadershipSources: CourseSource[] = [
  {
    id: 'unesco-ict-masterplans-2022',
    publisher: 'UNESCO',
    title: 'Guidelines for ICT in education policies and masterplans',
    year: 2022,
  },
  {
    id: 'oecd-country-digital-ecosystems-2023',
    publisher: 'OECD',
    title:
      'Country Digital Education Ecosystems and Governance: A Companion to Digital Education Outlook 2023',
    year: 2023,
  },
  {
    id: 'estonia-lifelong-learning-strategy-2020',
    publisher: 'Ministry of Education and Research of Estonia',
    title: 'The Estonian Lifelong Learning Strategy 2020',
    year: 2014,
  },
  {
    id: 'ireland-digital-strategy-schools-2027',
    publisher: 'Department of Education (Ireland)',
    title: 'Digital Strategy for Schools to 2027',
    year: 2022,
    url: 'https://www.gov.ie/en/publication/69fb88-digital-strategy-for-schools/',
  },
  {
    id: 'france-loi-2018-698',
    publisher: 'République française',
    title:
      'Loi n° 2018-698 du 3 août 2018 relative à l’encadrement de l’utilisation du téléphone portable dans les établissements d’enseignement scolaire',
    year: 2018,
  },
  {
    id: 'unesco-equals-id-blush-2019',
    publisher: 'UNESCO and EQUALS Skills Coalition',
    title: 'I’d blush if I could: closing gender divides in digital skills through education',
    year: 2019,
  },
  {
    id: 'unesco-gem-gender-report-2024',
    publisher: 'UNESCO',
    title: 'Global Education Monitoring Report 2024, Gender Report: Technology on her terms',
    year: 2024,
    url: 'https://doi.org/10.54676/WVCF2762',
  },
  {
    id: 'unhcr-refugee-education-2030',
    publisher: 'UNHCR',
    title: 'Refugee Education 2030: A Strategy for Refugee Inclusion',
    year: 2019,
  },
];
