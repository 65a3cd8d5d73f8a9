import type { Pillar } from '@dtc/schema';

/**
 * Pillar 1. The components are this toolkit's proposal (origin 'proposed'): the published
 * material we have names the pillar but not its components.
 */
export const coordinationLeadership: Pillar = {
  id: 'coordination-leadership',
  title: { en: 'Coordination and leadership', fr: 'Coordination et leadership' },
  summary: {
    en: 'Whether the government leads the digital transformation of education: a shared strategy, a body that coordinates ministries and levels of government, partnerships that the government steers, rules that protect children online, the monitoring of progress, and deliberate efforts to reach the learners most likely to be left out.',
    fr: 'La capacité des pouvoirs publics à conduire la transformation numérique de l’éducation : une stratégie commune, une instance qui coordonne les ministères et les différents niveaux de l’administration, des partenariats pilotés par l’État, des règles qui protègent les enfants en ligne, le suivi des progrès accomplis et une action délibérée en faveur des élèves les plus exposés au risque d’être laissés de côté.',
  },
  components: [
    {
      id: 'digital-strategy',
      origin: 'proposed',
      title: {
        en: 'National strategy for digital education',
        fr: 'Stratégie nationale pour le numérique éducatif',
      },
      summary: {
        en: 'A national strategy or plan for digital education that serves the goals of the education sector plan, with targets, costs, a timeline and a unit in charge.',
        fr: 'Une stratégie ou un plan national pour le numérique dans l’éducation, au service des objectifs du plan sectoriel de l’éducation, assorti de cibles, d’un chiffrage, d’un calendrier et d’une unité responsable.',
      },
      questions: [
        {
          id: 'digital-strategy-status',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'Is there a national strategy for the digital transformation of education?',
            fr: 'Existe-t-il une stratégie nationale de transformation numérique de l’éducation ?',
          },
          help: {
            en: 'A stand-alone strategy counts, and so does a chapter of the education sector plan or of the national digital strategy, provided it has been officially adopted. Evidence: the adopted text, the decree or date of approval, the results framework.',
            fr: 'Une stratégie autonome est prise en compte, tout comme un chapitre du plan sectoriel de l’éducation ou de la stratégie nationale du numérique, dès lors qu’il a été officiellement adopté. Éléments de preuve : le texte adopté, l’acte ou la date d’approbation, le cadre de résultats.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no national strategy or plan for digital education; initiatives are launched project by project.',
                fr: 'Il n’existe ni stratégie ni plan national pour le numérique éducatif ; les initiatives sont lancées projet par projet.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A strategy exists only as a draft, or was adopted without targets, costing or an implementation plan, or has expired without being renewed.',
                fr: 'Une stratégie existe seulement à l’état de projet, ou a été adoptée sans cibles, sans chiffrage ni plan de mise en œuvre, ou encore est arrivée à échéance sans être renouvelée.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An officially adopted strategy is in force, with targets, a timeline, a costed implementation plan and a named unit responsible for delivering it.',
                fr: 'Une stratégie officiellement adoptée est en vigueur, avec des cibles, un calendrier, un plan de mise en œuvre chiffré et une unité nommément chargée de son exécution.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The strategy in force is costed and funded, its progress is reviewed against its targets at least once a year, and it has already been revised in the light of those reviews.',
                fr: 'La stratégie en vigueur est chiffrée et financée, ses progrès sont examinés au regard de ses cibles au moins une fois par an, et elle a déjà été révisée à la lumière de ces revues.',
              },
            },
          ],
        },
        {
          id: 'digital-strategy-sector-plan',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How closely is digital education tied to the education sector plan?',
            fr: 'Dans quelle mesure le numérique éducatif est-il rattaché au plan sectoriel de l’éducation ?',
          },
          help: {
            en: 'The education sector plan is the government’s multi-year plan for the whole sector, often endorsed by development partners. The joint sector review is the periodic review of that plan by the government and its partners.',
            fr: 'Le plan sectoriel de l’éducation est le plan pluriannuel du gouvernement pour l’ensemble du secteur, souvent endossé par les partenaires techniques et financiers. La revue sectorielle conjointe est l’examen périodique de ce plan par le gouvernement et ses partenaires.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The education sector plan does not mention digital technology, or mentions it only as a general aspiration.',
                fr: 'Le plan sectoriel de l’éducation ne mentionne pas le numérique, ou seulement comme une orientation générale.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The sector plan names digital technology as a priority, but digital activities are planned and budgeted separately, often inside donor-funded projects.',
                fr: 'Le plan sectoriel fait du numérique une priorité, mais les activités numériques sont programmées et budgétisées à part, souvent dans le cadre de projets financés par des bailleurs.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital activities appear in the sector plan with their own objectives, indicators and budget lines, each linked to a sector goal such as access, learning or teacher development.',
                fr: 'Les activités numériques figurent dans le plan sectoriel avec leurs propres objectifs, indicateurs et lignes budgétaires, chacune étant rattachée à un objectif du secteur : accès, apprentissages, formation des enseignants, etc.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Digital activities have their own objectives, indicators and budget lines in the sector plan, are examined at every joint sector review, and their results have shaped the current planning cycle.',
                fr: 'Les activités numériques disposent de leurs propres objectifs, indicateurs et lignes budgétaires dans le plan sectoriel, sont examinées à chaque revue sectorielle conjointe, et leurs résultats ont orienté le cycle de planification en cours.',
              },
            },
          ],
        },
        {
          id: 'digital-strategy-leadership',
          kind: 'choice',
          allowDontKnow: true,
          title: {
            en: 'Who leads digital education within the ministry of education?',
            fr: 'Qui pilote le numérique éducatif au sein du ministère de l’Éducation ?',
          },
          options: [
            {
              id: 'no-lead',
              level: 1,
              label: {
                en: 'No unit or person has digital education in their mandate.',
                fr: 'Aucune unité ni aucune personne n’a le numérique éducatif dans ses attributions.',
              },
            },
            {
              id: 'project-unit',
              level: 2,
              label: {
                en: 'A project unit or focal point, funded by a time-bound project.',
                fr: 'Une unité de projet ou un point focal, financé par un projet à durée limitée.',
              },
            },
            {
              id: 'permanent-unit',
              level: 3,
              label: {
                en: 'A permanent unit in the ministry’s organisation chart, with its own staff and budget.',
                fr: 'Une unité permanente inscrite à l’organigramme du ministère, dotée de son propre personnel et de son propre budget.',
              },
            },
            {
              id: 'senior-lead',
              level: 4,
              label: {
                en: 'A permanent unit with its own staff and budget, headed at senior management level and reporting regularly to the minister or the ministry’s management committee.',
                fr: 'Une unité permanente dotée de son personnel et de son budget, dirigée au niveau de la haute direction et rendant compte régulièrement au ministre ou au comité de direction du ministère.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'cross-government-coordination',
      origin: 'proposed',
      title: {
        en: 'Coordination across government',
        fr: 'Coordination interministérielle et territoriale',
      },
      summary: {
        en: 'How the ministries in charge of education, ICT or telecommunications and finance, the regulators, and regional and local authorities share mandates and decisions on digital education.',
        fr: 'La manière dont les ministères chargés de l’éducation, des TIC ou des télécommunications et des finances, les autorités de régulation ainsi que les autorités régionales et locales se répartissent les mandats et les décisions relatifs au numérique éducatif.',
      },
      questions: [
        {
          id: 'cross-government-coordination-body',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is there a body that coordinates digital education across ministries?',
            fr: 'Existe-t-il une instance qui coordonne le numérique éducatif entre les ministères ?',
          },
          help: {
            en: 'Evidence: the decree or order creating the body, its terms of reference, its list of members, the minutes of its latest meetings.',
            fr: 'Éléments de preuve : le décret ou l’arrêté portant création de l’instance, ses termes de référence, la liste de ses membres, les procès-verbaux de ses dernières réunions.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no coordination body; ministries meet only when a particular project requires it.',
                fr: 'Il n’existe aucune instance de coordination ; les ministères ne se réunissent que lorsqu’un projet particulier l’exige.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A committee or working group exists, but it meets irregularly, has no written mandate, or brings together only some of the ministries concerned.',
                fr: 'Un comité ou un groupe de travail existe, mais il se réunit de façon irrégulière, n’a pas de mandat écrit ou ne rassemble qu’une partie des ministères concernés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A body with a formal mandate brings together at least the ministries of education, ICT and finance; it meets on a set schedule, keeps minutes and has a secretariat.',
                fr: 'Une instance dotée d’un mandat formel réunit au moins les ministères chargés de l’éducation, des TIC et des finances ; elle se réunit selon un calendrier établi, tient des procès-verbaux et dispose d’un secrétariat.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A body with a formal mandate, including at least the ministries of education, ICT and finance, takes decisions that bind its members, such as joint investments or common standards, and follows up their implementation from one meeting to the next.',
                fr: 'Une instance dotée d’un mandat formel, dont sont membres au moins les ministères chargés de l’éducation, des TIC et des finances, prend des décisions qui engagent ses membres, comme des investissements conjoints ou des normes communes, et en suit l’application d’une réunion à l’autre.',
              },
            },
          ],
        },
        {
          id: 'cross-government-coordination-mandates',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is it clear which ministry or agency is responsible for each part of digital education?',
            fr: 'Sait-on clairement quel ministère ou organisme est responsable de chaque volet du numérique éducatif ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Responsibilities are not written down: several bodies claim the same tasks, such as buying devices or connecting schools, while other tasks fall to no one.',
                fr: 'Les responsabilités ne sont fixées nulle part : plusieurs organismes revendiquent les mêmes tâches, comme l’achat d’équipements ou le raccordement des écoles, tandis que d’autres ne relèvent de personne.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Responsibilities are set out for some tasks, for example school connectivity, in agreements or project documents, but not for digital education as a whole.',
                fr: 'Les responsabilités sont précisées pour certaines tâches, par exemple le raccordement des écoles, dans des conventions ou des documents de projet, mais pas pour l’ensemble du numérique éducatif.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An official text or memorandum of understanding assigns each ministry, agency and regulator its responsibilities for the main tasks: connectivity, devices, content, teacher training and data.',
                fr: 'Un texte officiel ou un protocole d’accord attribue à chaque ministère, organisme et autorité de régulation ses responsabilités pour les principales tâches : connectivité, équipements, contenus, formation des enseignants et données.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Responsibilities are assigned in an official text, each is matched by a budget line of the body that holds it, and overlaps or gaps that appear in practice are settled by the coordination body.',
                fr: 'Les responsabilités sont attribuées par un texte officiel, chacune correspond à une ligne budgétaire de l’organisme qui en a la charge, et les chevauchements ou les lacunes constatés dans la pratique sont réglés par l’instance de coordination.',
              },
            },
          ],
        },
        {
          id: 'cross-government-coordination-regions',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are regional and local education authorities involved?',
            fr: 'Comment les autorités éducatives régionales et locales sont-elles associées ?',
          },
          help: {
            en: 'This question does not apply where the education system has no regional or local tier, as in some small states.',
            fr: 'Cette question ne s’applique pas lorsque le système éducatif ne comporte pas d’échelon régional ou local, comme dans certains petits États.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Regional and local authorities learn about digital programmes when equipment or instructions reach their schools.',
                fr: 'Les autorités régionales et locales découvrent les programmes numériques lorsque les équipements ou les instructions parviennent à leurs établissements.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Regional authorities are informed of national plans and asked to report on them, but have no say in their design and no staff assigned to digital education.',
                fr: 'Les autorités régionales sont informées des plans nationaux et doivent en rendre compte, mais elles n’ont pas voix au chapitre dans leur conception et ne disposent d’aucun personnel affecté au numérique éducatif.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Each region has a named person or team for digital education, and regions take part in planning, for instance by setting the order in which their schools are equipped.',
                fr: 'Chaque région dispose d’une personne ou d’une équipe nommément chargée du numérique éducatif, et les régions participent à la planification, par exemple en fixant l’ordre dans lequel leurs établissements sont équipés.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Regions have named staff and their own budget for digital education and take part in planning; national and regional teams review progress together at least once a year.',
                fr: 'Les régions disposent d’un personnel désigné et d’un budget propre pour le numérique éducatif, et participent à la planification ; les équipes nationales et régionales font le point ensemble au moins une fois par an.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'partnerships',
      origin: 'proposed',
      title: { en: 'Multi-stakeholder partnerships', fr: 'Partenariats multipartites' },
      summary: {
        en: 'How the government works with companies, UN agencies, NGOs, donors and development banks, and keeps their contributions in line with national priorities.',
        fr: 'La manière dont l’État mobilise les entreprises, les agences des Nations unies, les ONG, les bailleurs de fonds et les banques de développement, et veille à ce que leurs contributions servent les priorités nationales.',
      },
      questions: [
        {
          id: 'partnerships-alignment',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are partner-funded initiatives aligned with the national strategy?',
            fr: 'Les initiatives financées par les partenaires sont-elles alignées sur la stratégie nationale ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Partners design and run their own initiatives; the ministry has no complete list of who is doing what, or where.',
                fr: 'Les partenaires conçoivent et mènent leurs propres initiatives ; le ministère ne dispose d’aucune liste complète indiquant qui fait quoi, et où.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry keeps a list of partner initiatives, but many are designed before it is consulted, and some overlap or rely on platforms that cannot work together.',
                fr: 'Le ministère tient une liste des initiatives des partenaires, mais beaucoup sont conçues avant qu’il ne soit consulté, et certaines se chevauchent ou reposent sur des plateformes incompatibles entre elles.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry approves every new partner initiative against the national strategy before it starts, and keeps an up-to-date map of which partners support which regions and components.',
                fr: 'Le ministère approuve chaque nouvelle initiative d’un partenaire au regard de la stratégie nationale avant son lancement, et tient à jour une cartographie des partenaires par région et par composante.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Partners fund parts of the national strategy through a joint plan or pooled fund and report on shared indicators, and the ministry can steer their support towards under-served regions or components.',
                fr: 'Les partenaires financent des volets de la stratégie nationale dans le cadre d’un plan conjoint ou d’un fonds commun et rendent compte au moyen d’indicateurs partagés, et le ministère peut orienter leur appui vers les régions ou les composantes les moins bien couvertes.',
              },
            },
          ],
        },
        {
          id: 'partnerships-rules-of-engagement',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are there rules of engagement for companies and other partners working in schools?',
            fr: 'Existe-t-il des règles d’engagement pour les entreprises et les autres partenaires qui interviennent dans les établissements scolaires ?',
          },
          help: {
            en: 'Rules of engagement set out what partners may and may not do: use of learners’ data, advertising, intellectual property, conflicts of interest, and how a programme is handed over or ended.',
            fr: 'Les règles d’engagement précisent ce que les partenaires peuvent faire ou non : utilisation des données des élèves, publicité, propriété intellectuelle, conflits d’intérêts, modalités de transfert ou de clôture d’un programme.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No rules apply: free offers of devices, platforms or content are accepted case by case, without checking how data will be used or what the offer will cost later.',
                fr: 'Aucune règle ne s’applique : les offres gratuites d’équipements, de plateformes ou de contenus sont acceptées au cas par cas, sans vérifier l’usage qui sera fait des données ni ce que l’offre coûtera par la suite.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some rules exist, such as a model agreement or a ban on advertising in schools, but they do not cover data protection, ownership of content or what happens when support ends.',
                fr: 'Certaines règles existent, comme un modèle de convention ou l’interdiction de la publicité dans les établissements, mais elles ne couvrent ni la protection des données, ni la propriété des contenus, ni ce qui se passe à la fin de l’appui.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Published rules or a standard agreement cover data protection, advertising, intellectual property, conflicts of interest and exit arrangements, and apply to every partner working in public schools.',
                fr: 'Des règles publiées ou une convention type couvrent la protection des données, la publicité, la propriété intellectuelle, les conflits d’intérêts et les modalités de sortie, et s’appliquent à tout partenaire intervenant dans les établissements publics.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Published rules cover all these points, compliance is checked before each agreement is renewed, and the rules have been revised at least once with input from partners, schools and parents.',
                fr: 'Des règles publiées couvrent l’ensemble de ces points, leur respect est vérifié avant chaque renouvellement de convention, et elles ont été révisées au moins une fois en tenant compte de l’avis des partenaires, des établissements et des parents.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'policy-regulation',
      origin: 'proposed',
      title: { en: 'Policy and regulation', fr: 'Politiques et réglementation' },
      summary: {
        en: 'The rules that protect children online in digital education, and the monitoring of how digital education policy is implemented.',
        fr: 'Les règles qui protègent les enfants en ligne dans le cadre du numérique éducatif, et le suivi de la mise en œuvre de la politique de numérique éducatif.',
      },
      questions: [
        {
          id: 'policy-regulation-child-protection',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are children protected online in digital education?',
            fr: 'Comment les enfants sont-ils protégés en ligne dans le cadre du numérique éducatif ?',
          },
          help: {
            en: 'Child online protection covers exposure to harmful content, cyberbullying, grooming and exploitation, and the misuse of children’s personal data.',
            fr: 'La protection des enfants en ligne couvre l’exposition à des contenus préjudiciables, le cyberharcèlement, la sollicitation et l’exploitation des enfants, ainsi que l’utilisation abusive de leurs données personnelles.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No law, policy or guidance addresses children’s online safety in schools or on education platforms.',
                fr: 'Aucune loi, politique ni directive ne traite de la sécurité des enfants en ligne dans les établissements ou sur les plateformes éducatives.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A general law or national policy on child online protection exists, but the education sector has not turned it into rules or guidance for schools and platforms.',
                fr: 'Une loi générale ou une politique nationale de protection des enfants en ligne existe, mais le secteur de l’éducation ne l’a pas déclinée en règles ou en directives pour les établissements et les plateformes.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has issued rules for schools and education platforms on content filtering, incident reporting and the handling of learners’ personal data, and these rules are part of school guidance and teacher training.',
                fr: 'Le ministère a édicté, à l’intention des établissements et des plateformes éducatives, des règles sur le filtrage des contenus, le signalement des incidents et le traitement des données personnelles des élèves, reprises dans les directives aux établissements et dans la formation des enseignants.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Rules for schools and platforms are enforced: incidents are recorded and followed up through a reporting channel known to schools and families, and the rules are revised as new risks appear, such as generative AI tools.',
                fr: 'Les règles applicables aux établissements et aux plateformes sont appliquées et contrôlées : les incidents sont consignés et traités par un circuit de signalement connu des établissements et des familles, et les règles sont révisées à mesure qu’apparaissent de nouveaux risques, comme les outils d’IA générative.',
              },
            },
          ],
        },
        {
          id: 'policy-regulation-monitoring',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the implementation of digital education policy monitored?',
            fr: 'Comment la mise en œuvre de la politique de numérique éducatif est-elle suivie ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Nobody monitors implementation: there are no indicators and no regular reports on digital education.',
                fr: 'Personne n’assure le suivi de la mise en œuvre : il n’existe ni indicateurs ni rapports réguliers sur le numérique éducatif.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Each project reports to its funders on its own indicators, but no one brings the results together into a national picture.',
                fr: 'Chaque projet rend compte à ses bailleurs selon ses propres indicateurs, mais personne ne rassemble ces résultats en une vue d’ensemble nationale.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national set of indicators (such as the share of schools connected, learners per device or teachers trained) is reported at least once a year, broken down by region and, for learners, by sex and disability where data allow.',
                fr: 'Un ensemble national d’indicateurs (part des établissements raccordés, nombre d’élèves par appareil, nombre d’enseignants formés, etc.) fait l’objet d’un rapport au moins annuel, ventilé par région et, pour les élèves, par sexe et par situation de handicap lorsque les données le permettent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The national indicators are reported at least yearly with these breakdowns, the report is published or shared with partners and the coordination body, and gaps between groups or regions lead to documented changes in plans or budgets.',
                fr: 'Les indicateurs nationaux font l’objet d’un rapport au moins annuel assorti de ces ventilations, ce rapport est publié ou communiqué aux partenaires et à l’instance de coordination, et les écarts entre groupes ou entre régions donnent lieu à des ajustements documentés des plans ou des budgets.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'inclusion',
      origin: 'proposed',
      title: { en: 'Equity and inclusion', fr: 'Équité et inclusion' },
      summary: {
        en: 'Whether the learners most likely to be left out of digital learning are counted, planned for and reached: girls and women teachers, refugee, internally displaced and migrant learners, and learners in remote and rural areas. Learners with disabilities are covered by the accessibility questions on learning spaces and on digital content.',
        fr: 'La mesure dans laquelle les publics les plus exposés au risque d’être tenus à l’écart du numérique éducatif sont recensés, pris en compte dans la planification et effectivement atteints : les filles et les enseignantes, les élèves réfugiés, déplacés internes et migrants, ainsi que les élèves des zones rurales et isolées. Les élèves en situation de handicap font l’objet des questions sur l’accessibilité des espaces d’apprentissage et des contenus numériques.',
      },
      questions: [
        {
          id: 'inclusion-gender',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are gender gaps in digital learning tackled?',
            fr: 'Comment le ministère s’attaque-t-il aux écarts entre les sexes dans le numérique éducatif ?',
          },
          help: {
            en: 'Gender gaps in digital learning are differences between girls and boys, or between women and men teachers, in access to devices and connectivity, in digital skills, or in taking up digital and computing courses. Targeted measures include mentoring, clubs for girls, safe access to devices at school, and places reserved for women in digital training.',
            fr: 'Les écarts entre les sexes en matière de numérique éducatif sont les différences entre filles et garçons, ou entre enseignantes et enseignants, dans l’accès aux appareils et à la connexion, dans les compétences numériques, ou dans le choix des filières et options numériques et informatiques. Les mesures ciblées peuvent être du mentorat, des clubs réservés aux filles, un accès sûr aux appareils dans l’établissement, ou des places réservées aux femmes dans les formations au numérique.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No data on digital access or skills are broken down by sex, and no measure is aimed at girls or at women teachers.',
                fr: 'Aucune donnée sur l’accès au numérique ou sur les compétences numériques n’est ventilée par sexe, et aucune mesure ne vise spécifiquement les filles ou les enseignantes.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some data broken down by sex exist, for example from a survey or a project, but the digital education strategy sets no target and plans no measure to close the gaps they show.',
                fr: 'Certaines données ventilées par sexe existent, issues par exemple d’une enquête ou d’un projet, mais la stratégie de numérique éducatif ne fixe aucune cible et ne prévoit aucune mesure pour réduire les écarts qu’elles révèlent.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learners’ and teachers’ digital access and skills are measured by sex at least every two years, and the strategy sets targets for closing the gaps found, with measures aimed at girls and at women teachers.',
                fr: 'L’accès au numérique et les compétences numériques des élèves et des enseignants sont mesurés par sexe au moins tous les deux ans, et la stratégie fixe des cibles de réduction des écarts constatés, assorties de mesures destinées aux filles et aux enseignantes.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Gaps are measured by sex at least every two years against targets set in the strategy; the targeted measures have their own budget line, progress on the gaps is reported every year, and measures that have not narrowed a gap have been revised.',
                fr: 'Les écarts sont mesurés par sexe au moins tous les deux ans au regard de cibles fixées par la stratégie ; les mesures ciblées disposent de leur propre ligne budgétaire, l’évolution des écarts fait l’objet d’un rapport annuel, et les mesures qui n’ont pas permis de réduire un écart ont été révisées.',
              },
            },
          ],
        },
        {
          id: 'inclusion-displaced-learners',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are refugee, internally displaced and migrant learners included in national digital learning?',
            fr: 'Quelle place les élèves réfugiés, déplacés internes et migrants ont-ils dans l’offre nationale de numérique éducatif ?',
          },
          help: {
            en: 'National digital learning means the platforms, content, devices and accounts that the national system provides to its own learners, as opposed to separate provision run only for these learners. A language they understand may be their first language, or the language of instruction with language support. This question does not apply if the country hosts no refugee, internally displaced or migrant learners; a country that hosts any, even a few, answers it.',
            fr: 'L’offre nationale de numérique éducatif désigne les plateformes, les contenus, les appareils et les comptes que le système national fournit à ses propres élèves, par opposition à une offre distincte réservée à ces élèves. Une langue qu’ils comprennent peut être leur langue première, ou la langue d’enseignement accompagnée d’un soutien linguistique. Cette question ne s’applique pas lorsque le pays n’accueille aucun élève réfugié, déplacé interne ou migrant ; un pays qui en accueille, même en petit nombre, doit y répondre.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'National digital learning programmes make no provision for these learners; any digital learning they receive comes from occasional humanitarian projects.',
                fr: 'Les programmes nationaux de numérique éducatif ne prévoient rien pour ces élèves ; le seul apprentissage numérique auquel ils ont accès, le cas échéant, provient de projets humanitaires ponctuels.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some of these learners take part in digital learning, but through parallel provision run by humanitarian or UN agencies, with its own platforms, content and records, outside national systems.',
                fr: 'Une partie de ces élèves bénéficie d’un apprentissage numérique, mais dans le cadre d’une offre parallèle gérée par des organisations humanitaires ou des agences des Nations unies, avec ses propres plateformes, contenus et registres, en dehors des systèmes nationaux.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National policy gives these learners the same access as other learners to national platforms, content, devices and accounts; they are recorded in national education data, and content or language support is provided in a language they understand.',
                fr: 'La politique nationale ouvre à ces élèves, au même titre qu’aux autres, l’accès aux plateformes, contenus, appareils et comptes nationaux ; ils sont enregistrés dans les données nationales sur l’éducation, et des contenus ou un soutien linguistique leur sont proposés dans une langue qu’ils comprennent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These learners have the same access as other learners, are recorded in national education data and receive content or support in a language they understand; their access and use are compared with those of host-community learners at least once a year, and the provision is funded from the national budget or a multi-year plan agreed with partners.',
                fr: 'Ces élèves bénéficient du même accès que les autres, sont enregistrés dans les données nationales sur l’éducation et reçoivent des contenus ou un soutien dans une langue qu’ils comprennent ; leur accès et leur utilisation sont comparés au moins une fois par an à ceux des élèves des communautés d’accueil, et cette offre est financée par le budget national ou par un plan pluriannuel convenu avec les partenaires.',
              },
            },
          ],
        },
        {
          id: 'inclusion-remote-learners',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Do learners in remote areas get digital learning on the same terms as urban learners?',
            fr: 'Les élèves des zones isolées accèdent-ils au numérique éducatif dans les mêmes conditions que ceux des villes ?',
          },
          help: {
            en: 'Remote areas are rural and isolated areas far from towns and main networks, such as mountains, islands, deserts or forests. On the same terms means comparable connectivity, devices, content and support.',
            fr: 'Les zones isolées sont les zones rurales et reculées, éloignées des villes et des grands réseaux, comme les montagnes, les îles, les déserts ou les forêts. Dans les mêmes conditions signifie avec une connectivité, des appareils, des contenus et un accompagnement comparables.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one compares digital access in remote and urban schools, and national programmes reach urban schools first by default.',
                fr: 'Personne ne compare l’accès au numérique dans les établissements isolés et urbains, et les programmes nationaux bénéficient d’abord, de fait, aux établissements urbains.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Data, such as the school census, show the gap between remote and urban schools, but programmes set no target and plan no specific provision for remote areas.',
                fr: 'Des données, comme celles du recensement scolaire, font apparaître l’écart entre établissements isolés et urbains, mais les programmes ne fixent aucune cible et ne prévoient aucune offre spécifique pour les zones isolées.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The gap is measured, and the strategy sets targets for remote schools, such as a share connected and equipped by a given year, with funded provision suited to them: satellite or community networks, solar power, offline content, travelling support teams.',
                fr: 'L’écart est mesuré, et la stratégie fixe des cibles pour les établissements isolés, par exemple une part d’établissements raccordés et équipés à une date donnée, assorties d’une offre financée et adaptée : réseaux satellitaires ou communautaires, énergie solaire, contenus hors ligne, équipes d’appui itinérantes.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Targets and funded provision for remote schools are reviewed against the data every year, and the latest data show remote schools connected and equipped at nearly the same rate as urban schools.',
                fr: 'Les cibles et l’offre financée pour les établissements isolés sont examinées chaque année au regard des données, et les données les plus récentes montrent que les établissements isolés sont raccordés et équipés dans des proportions presque identiques à celles des établissements urbains.',
              },
            },
          ],
        },
      ],
    },
  ],
};
