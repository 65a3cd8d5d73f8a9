import type { Pillar } from '@dtc/schema';

/**
 * Pillar 4: capacity and culture. The published framework names the pillar but not its
 * components; the components below are this toolkit's proposal.
 */
export const capacityCulture: Pillar = {
  id: 'capacity-culture',
  title: { en: 'Capacity and culture', fr: 'Capacité et culture' },
  summary: {
    en: 'The skills of teachers, school leaders, ministry staff and learners to make effective use of digital technology, and a professional culture that supports change.',
    fr: 'Les compétences des enseignants, des chefs d’établissement, des cadres du ministère et des apprenants pour tirer parti du numérique, et une culture professionnelle favorable au changement.',
  },
  components: [
    {
      id: 'teacher-competencies',
      origin: 'proposed',
      title: {
        en: 'Teachers’ digital and AI competencies',
        fr: 'Compétences numériques et en IA des enseignants',
      },
      summary: {
        en: 'Initial and continuing training that gives teachers the skills to teach with digital technology and AI, guided by a national competency framework.',
        fr: 'Une formation initiale et continue qui permet aux enseignants d’enseigner avec le numérique et l’IA, en s’appuyant sur un référentiel national de compétences.',
      },
      questions: [
        {
          id: 'teacher-competencies-framework',
          kind: 'rubric',
          title: {
            en: 'Is there a national framework of the digital and AI competencies expected of teachers, and is it used?',
            fr: 'Existe-t-il un référentiel national des compétences numériques et en IA attendues des enseignants, et est-il utilisé ?',
          },
          help: {
            en: 'A competency framework states what teachers should know and be able to do, usually at several levels of proficiency. Many countries adapt an international model, such as UNESCO’s ICT Competency Framework for Teachers, the European DigCompEdu, or UNESCO’s AI competency framework for teachers (2024), which has five dimensions (human-centred mindset, ethics of AI, AI foundations and applications, AI pedagogy, AI for professional development) at three levels (acquire, deepen, create). Evidence: the adopted text, and the training programmes or professional standards that refer to it.',
            fr: 'Un référentiel de compétences décrit ce que les enseignants doivent savoir et savoir faire, en général selon plusieurs niveaux de maîtrise. De nombreux pays adaptent un modèle international : le référentiel de compétences TIC pour les enseignants de l’UNESCO, le cadre européen DigCompEdu ou le référentiel de compétences en IA pour les enseignants publié par l’UNESCO en 2024, qui comprend cinq dimensions (état d’esprit centré sur l’humain, éthique de l’IA, fondements et applications de l’IA, pédagogie de l’IA, IA au service du développement professionnel) et trois niveaux (acquérir, approfondir, créer). Éléments probants : le texte adopté, ainsi que les programmes de formation ou les normes professionnelles qui y renvoient.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No national document sets out the digital competencies expected of teachers; each training provider decides what to cover.',
                fr: 'Aucun texte national ne définit les compétences numériques attendues des enseignants ; chaque organisme de formation fixe lui-même ses contenus.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A framework has been drafted or adapted from an international model, but it is not yet used to design training programmes or to appraise teachers, or it covers basic digital skills only.',
                fr: 'Un référentiel a été rédigé ou adapté d’un modèle international, mais il ne sert encore ni à concevoir les programmes de formation ni à évaluer les enseignants, ou bien il se limite aux compétences numériques de base.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An officially adopted framework covers both digital and AI competencies and is used to design initial and continuing training programmes.',
                fr: 'Un référentiel officiellement adopté couvre à la fois les compétences numériques et les compétences en IA, et sert de base à la conception des programmes de formation initiale et continue.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The framework sets levels of progression, is used for teacher self-assessment, certification and career progression, and has been revised in the last five years to take account of generative AI.',
                fr: 'Le référentiel définit des niveaux de progression, sert à l’autopositionnement des enseignants, à la certification et à l’avancement de carrière, et a été révisé au cours des cinq dernières années pour tenir compte de l’IA générative.',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-pre-service',
          kind: 'choice',
          title: {
            en: 'How are digital and AI competencies covered in initial teacher education?',
            fr: 'Quelle place les compétences numériques et en IA occupent-elles dans la formation initiale des enseignants ?',
          },
          help: {
            en: 'Initial (pre-service) teacher education is the training future teachers receive before they take up a post, in teacher training colleges, institutes or universities. Answer for the majority of new teachers entering the profession.',
            fr: 'La formation initiale est celle que reçoivent les futurs enseignants avant leur prise de fonction, dans les écoles normales, les instituts de formation ou les universités. Répondez pour la majorité des enseignants qui entrent dans le métier.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'not-covered',
              level: 1,
              label: {
                en: 'Not covered, or only as an introduction to computer use',
                fr: 'Elles ne sont pas abordées, ou seulement sous la forme d’une initiation à l’informatique',
              },
            },
            {
              id: 'some-institutions',
              level: 2,
              label: {
                en: 'Covered in some teacher education institutions, or in an optional course',
                fr: 'Elles sont abordées dans certains établissements de formation, ou dans un cours optionnel',
              },
            },
            {
              id: 'compulsory-course',
              level: 3,
              label: {
                en: 'A compulsory course on teaching with digital technology in every teacher education institution',
                fr: 'Un cours obligatoire sur l’enseignement avec le numérique est dispensé dans tous les établissements de formation des enseignants',
              },
            },
            {
              id: 'integrated-assessed',
              level: 4,
              label: {
                en: 'Built into the teaching methods of every subject and into teaching practice, and assessed for the teaching qualification',
                fr: 'Elles sont intégrées à la didactique de chaque discipline et aux stages en classe, et évaluées pour l’obtention du diplôme d’enseignant',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-in-service',
          kind: 'rubric',
          title: {
            en: 'What share of serving teachers have been trained to teach with digital technology, and what does that training look like?',
            fr: 'Quelle proportion des enseignants en poste a été formée à l’enseignement avec le numérique, et sous quelle forme ?',
          },
          help: {
            en: 'Count training on using digital tools for teaching and learning, not only general computer skills. Evidence: continuing professional development records, personnel databases or teacher surveys.',
            fr: 'Comptez les formations portant sur l’usage du numérique pour enseigner et faire apprendre, et pas seulement sur la maîtrise de l’outil informatique. Sources possibles : registres de la formation continue, fichiers de gestion du personnel ou enquêtes auprès des enseignants.',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than a quarter of teachers have had any training in using digital tools in class; what exists is one-off sessions held when equipment is delivered.',
                fr: 'Moins d’un quart des enseignants ont suivi une formation, quelle qu’elle soit, à l’usage du numérique en classe ; les seules actions sont des séances ponctuelles organisées à la livraison des équipements.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Between a quarter and a half of teachers have been trained, mostly in short workshops on basic computer skills run by projects or partners, with no follow-up in the classroom.',
                fr: 'Entre un quart et la moitié des enseignants ont été formés, le plus souvent lors d’ateliers courts consacrés à la bureautique, organisés par des projets ou des partenaires et sans suivi en classe.',
              },
            },
            {
              level: 3,
              text: {
                en: 'More than half of teachers have completed accredited training in teaching with digital tools, through a programme funded in the ministry’s annual budget and counted towards continuing professional development.',
                fr: 'Plus de la moitié des enseignants ont suivi une formation certifiante à la pédagogie numérique, dans le cadre d’un programme inscrit au budget annuel du ministère et reconnu au titre de la formation continue.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all teachers follow a continuing pathway (courses, coaching, classroom observation) that includes the pedagogical and ethical use of AI; the ministry knows who has reached which level and tracks how classroom practice changes.',
                fr: 'La quasi-totalité des enseignants suit un parcours continu (modules, accompagnement, observation en classe) qui inclut l’usage pédagogique et éthique de l’IA ; le ministère sait qui a atteint quel niveau et suit l’évolution des pratiques en classe.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'leadership-capacity',
      origin: 'proposed',
      title: { en: 'Leadership for digital change', fr: 'Pilotage du changement numérique' },
      summary: {
        en: 'School leaders and ministry staff, centrally and in the regions, with the skills and mandate to plan, manage and sustain digital change.',
        fr: 'Des chefs d’établissement et des cadres du ministère, au niveau central comme dans les régions, qui ont les compétences et le mandat nécessaires pour planifier, conduire et pérenniser le changement numérique.',
      },
      questions: [
        {
          id: 'leadership-capacity-school-leaders',
          kind: 'rubric',
          title: {
            en: 'Are school leaders prepared to plan and lead the use of digital technology in their schools?',
            fr: 'Les chefs d’établissement sont-ils préparés à planifier et à conduire l’usage du numérique dans leur établissement ?',
          },
          help: {
            en: 'SELFIE is a free self-reflection tool from the European Commission in which school leaders, teachers and students answer anonymously about their school’s use of digital technology. Evidence: the training programme for school heads, and a sample of school development plans.',
            fr: 'SELFIE est un outil gratuit d’autoévaluation proposé par la Commission européenne : chefs d’établissement, enseignants et élèves y répondent anonymement sur l’usage du numérique dans leur établissement. Éléments probants : le programme de formation des chefs d’établissement et un échantillon de projets d’établissement.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'School heads receive no preparation on digital matters; whether technology is used depends on the initiative of individual teachers.',
                fr: 'Les chefs d’établissement ne reçoivent aucune préparation dans ce domaine ; l’usage du numérique dépend de l’initiative de quelques enseignants.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some school heads have attended awareness sessions; a minority of schools have a digital plan, usually written for a project or a donor.',
                fr: 'Certains chefs d’établissement ont participé à des séances de sensibilisation ; une minorité d’établissements dispose d’un plan numérique, rédigé le plus souvent pour un projet ou un bailleur.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Leading digital change is part of the compulsory training of school heads, and most schools include digital priorities in their school development plan.',
                fr: 'La conduite du changement numérique fait partie de la formation obligatoire des chefs d’établissement, et la plupart des établissements intègrent des priorités numériques à leur projet d’établissement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Each year, school heads review their school’s digital practice with staff and learners (for example with a self-reflection tool such as SELFIE), set priorities from the results, and are followed up by inspectors or peer networks.',
                fr: 'Chaque année, les chefs d’établissement font le point sur les pratiques numériques de l’établissement avec les équipes et les élèves (par exemple à l’aide d’un outil d’autoévaluation comme SELFIE), en tirent des priorités et sont accompagnés par les inspecteurs ou par des réseaux de pairs.',
              },
            },
          ],
        },
        {
          id: 'leadership-capacity-ministry-staff',
          kind: 'rubric',
          title: {
            en: 'Does the ministry have staff with the skills and time to plan, procure and manage digital education programmes?',
            fr: 'Le ministère dispose-t-il d’agents ayant les compétences et la disponibilité nécessaires pour planifier, acquérir et gérer les programmes d’éducation numérique ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No unit or post in the ministry is responsible for digital education; projects are run by consultants or by partners’ staff.',
                fr: 'Aucun service ni poste du ministère n’est chargé de l’éducation numérique ; les projets sont conduits par des consultants ou par le personnel des partenaires.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A small team or focal point exists at central level, but it depends on project-funded consultants, and regional offices have no one assigned to digital education.',
                fr: 'Une petite équipe ou un point focal existe au niveau central, mais il dépend de consultants financés sur projet, et aucune personne n’est chargée de l’éducation numérique dans les directions régionales.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A digital education unit with permanent posts in the ministry’s budget covers planning, procurement and monitoring, and every region has at least one officer in charge of digital education.',
                fr: 'Une direction ou un service de l’éducation numérique, doté de postes permanents inscrits au budget, assure la planification, les achats et le suivi, et chaque région compte au moins un agent chargé du numérique éducatif.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Central and regional staff follow a skills plan (project management, data analysis, technology procurement); turnover in key posts is monitored, and the ministry runs large programmes without depending on outside technical assistance.',
                fr: 'Les agents du niveau central et des régions suivent un plan de développement des compétences (gestion de projet, analyse de données, achat de solutions technologiques) ; la rotation sur les postes clés est suivie, et le ministère conduit de grands programmes sans dépendre d’une assistance technique extérieure.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learner-digital-skills',
      origin: 'proposed',
      title: {
        en: 'Learners’ digital and AI skills',
        fr: 'Compétences numériques et en IA des apprenants',
      },
      summary: {
        en: 'The digital literacy and AI competencies learners are expected to acquire, how they learn to be safe and responsible online, and whether what they actually master is measured.',
        fr: 'Les compétences numériques et en IA que les apprenants doivent acquérir, l’apprentissage d’un usage sûr et responsable d’internet, et la mesure de ce qu’ils maîtrisent réellement.',
      },
      questions: [
        {
          id: 'learner-digital-skills-framework',
          kind: 'rubric',
          title: {
            en: 'Are the digital and AI competencies expected of learners defined for each stage of schooling?',
            fr: 'Les compétences numériques et en IA attendues des apprenants sont-elles définies pour chaque étape de la scolarité ?',
          },
          help: {
            en: 'UNESCO’s AI competency framework for students (2024) has four dimensions (human-centred mindset, ethics of AI, AI techniques and applications, AI system design) and three levels of progression (understand, apply, create). A national digital competence framework for learners may also draw on models such as the European DigComp. Evidence: the adopted framework, or the learning outcomes set in curricula.',
            fr: 'Le référentiel de compétences en IA pour les élèves publié par l’UNESCO en 2024 comprend quatre dimensions (état d’esprit centré sur l’humain, éthique de l’IA, techniques et applications de l’IA, conception de systèmes d’IA) et trois niveaux de progression (comprendre, appliquer, créer). Un référentiel national de compétences numériques peut aussi s’inspirer de modèles comme le cadre européen DigComp. Éléments probants : le référentiel adopté ou les résultats d’apprentissage fixés dans les programmes.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No document states what digital skills learners should have at each stage; where computer studies are taught, they cover the use of office software.',
                fr: 'Aucun texte ne précise les compétences numériques que les élèves doivent avoir acquises à chaque étape ; là où l’informatique est enseignée, elle se limite à l’usage des logiciels de bureautique.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Expected competencies are defined for some levels, usually secondary only, and do not cover AI, information literacy or online safety.',
                fr: 'Des compétences attendues sont définies pour certains niveaux, en général le secondaire seulement, sans aborder l’IA, l’éducation aux médias et à l’information ni la sécurité en ligne.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national framework sets digital competencies for every stage from primary to upper secondary, including information literacy, online safety and a first understanding of how AI works.',
                fr: 'Un référentiel national fixe les compétences numériques attendues à chaque étape, du primaire au second cycle du secondaire, y compris l’éducation aux médias et à l’information, la sécurité en ligne et une première compréhension du fonctionnement de l’IA.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The framework also sets AI competencies that progress from understanding to applying to creating, across the dimensions of UNESCO’s framework for students, and it is reviewed on a fixed cycle.',
                fr: 'Le référentiel définit en outre des compétences en IA qui progressent de la compréhension à l’application puis à la création, selon les dimensions du référentiel de l’UNESCO pour les élèves, et il est révisé selon un calendrier établi.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-online-safety',
          kind: 'rubric',
          title: {
            en: 'Are learners taught to stay safe and act responsibly online?',
            fr: 'Apprend-on aux élèves à se protéger et à agir de manière responsable en ligne ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Online safety is not taught; incidents such as cyberbullying or exposure to harmful content are dealt with, if at all, as discipline matters.',
                fr: 'La sécurité en ligne n’est pas enseignée ; les incidents (cyberharcèlement, exposition à des contenus préjudiciables) sont traités, le cas échéant, comme de simples questions de discipline.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Awareness campaigns or sessions run by NGOs reach some schools, without a place in the timetable or trained teachers.',
                fr: 'Des campagnes de sensibilisation ou des interventions d’associations touchent certains établissements, sans place dans l’emploi du temps ni enseignants formés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital citizenship (privacy, cyberbullying, checking information, respectful behaviour online) is in the curriculum at every stage, with teaching materials, and schools have a procedure for reporting online incidents.',
                fr: 'La citoyenneté numérique (protection de la vie privée, cyberharcèlement, vérification de l’information, respect d’autrui en ligne) figure au programme à chaque étape, avec des supports pédagogiques, et les établissements disposent d’une procédure de signalement des incidents en ligne.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Teaching is updated as new risks appear, including AI-generated content and deepfakes; schools work with families and child-protection services, and data on incidents are collected and used to adjust prevention.',
                fr: 'L’enseignement est actualisé à mesure qu’apparaissent de nouveaux risques, notamment les contenus générés par l’IA et les hypertrucages ; les établissements travaillent avec les familles et les services de protection de l’enfance, et les données sur les incidents sont recueillies et servent à ajuster la prévention.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-measurement',
          kind: 'rubric',
          title: {
            en: 'Are the digital skills that learners actually master measured?',
            fr: 'Mesure-t-on les compétences numériques réellement acquises par les élèves ?',
          },
          help: {
            en: 'ICILS (International Computer and Information Literacy Study), run by the IEA, tests whether students in the eighth year of schooling can use computers to find, create and communicate information. SDG indicator 4.4.1 on the ICT skills of youth and adults rests on self-reported activities and does not replace a skills test.',
            fr: 'ICILS (International Computer and Information Literacy Study) est une enquête de l’IEA qui évalue la capacité des élèves de huitième année de scolarité à utiliser l’ordinateur pour rechercher, produire et communiquer de l’information. L’indicateur 4.4.1 des ODD sur les compétences en TIC des jeunes et des adultes repose sur des activités déclarées et ne remplace pas un test de compétences.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners’ digital skills are not measured beyond school marks in computer studies, where the subject exists.',
                fr: 'Les compétences numériques des élèves ne sont pas mesurées, hormis les notes en informatique là où cette matière existe.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital skills have been measured once, in a study or survey limited to some regions or grades, and the results were not used.',
                fr: 'Les compétences numériques ont été mesurées une fois, dans le cadre d’une étude ou d’une enquête limitée à certaines régions ou à certains niveaux, sans que les résultats soient exploités.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national assessment or an international study (such as ICILS) measures digital skills on a representative sample at least every five years, with results reported by sex, location and type of school.',
                fr: 'Une évaluation nationale ou une enquête internationale (comme ICILS) mesure les compétences numériques sur un échantillon représentatif au moins tous les cinq ans, avec des résultats ventilés par sexe, milieu et type d’établissement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Regular measurement, which also covers AI competencies, shows trends over time; results are used to revise curricula and teacher training and to target support at the groups that lag behind.',
                fr: 'Des mesures régulières, qui portent aussi sur les compétences en IA, permettent de suivre les évolutions dans le temps ; les résultats servent à réviser les programmes et la formation des enseignants et à cibler l’appui sur les groupes en retard.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'digital-culture',
      origin: 'proposed',
      title: { en: 'Digital culture and communities', fr: 'Culture numérique et communautés' },
      summary: {
        en: 'Teachers who learn from one another, innovation that is recognised, and parents and communities who understand and support how schools use technology.',
        fr: 'Des enseignants qui apprennent les uns des autres, une innovation reconnue, et des parents et des communautés qui comprennent et soutiennent l’usage du numérique à l’école.',
      },
      questions: [
        {
          id: 'digital-culture-peer-learning',
          kind: 'rubric',
          title: {
            en: 'Do teachers share practice and learn from each other about teaching with digital technology?',
            fr: 'Les enseignants partagent-ils leurs pratiques et apprennent-ils les uns des autres en matière de pédagogie numérique ?',
          },
          help: {
            en: 'A community of practice is a group of teachers who meet regularly, in person or online, to work on shared teaching problems and improve their practice together. Evidence: the number of active groups and members, and whether time for them is set aside in teachers’ schedules.',
            fr: 'Une communauté de pratique rassemble des enseignants qui se retrouvent régulièrement, en présentiel ou à distance, pour traiter ensemble des problèmes pédagogiques communs et améliorer leurs pratiques. Éléments probants : le nombre de groupes actifs et de membres, et l’existence d’un temps réservé dans le service des enseignants.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Teachers who use digital tools work alone; exchanges, if any, happen in informal messaging groups.',
                fr: 'Les enseignants qui utilisent le numérique travaillent seuls ; les échanges, quand ils existent, passent par des groupes de messagerie informels.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Communities of practice exist in a few districts, started by a project, an NGO or teachers themselves, and usually stop when the funding ends or their founder leaves.',
                fr: 'Des communautés de pratique existent dans quelques circonscriptions, lancées par un projet, une ONG ou les enseignants eux-mêmes, et s’arrêtent en général à la fin du financement ou au départ de leur initiateur.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Peer-learning networks are part of continuing professional development in most districts, meet regularly online or in person, and are led by trained facilitators such as pedagogical advisers or lead teachers.',
                fr: 'Des réseaux d’apprentissage entre pairs font partie du dispositif de formation continue dans la plupart des circonscriptions, se réunissent régulièrement à distance ou en présentiel et sont animés par des personnes formées (conseillers pédagogiques, enseignants référents).',
              },
            },
            {
              level: 4,
              text: {
                en: 'Teachers across the country share lesson designs and resources on a common platform; contributions are reviewed, the best are disseminated nationally, and participation counts towards career progression.',
                fr: 'Dans tout le pays, les enseignants mettent en commun séquences et ressources sur une plateforme partagée ; les contributions sont relues, les meilleures sont diffusées à l’échelle nationale, et la participation est prise en compte dans l’avancement de carrière.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-incentives',
          kind: 'rubric',
          title: {
            en: 'Are teachers and schools encouraged and recognised when they innovate with digital technology?',
            fr: 'Les enseignants et les établissements sont-ils encouragés et reconnus lorsqu’ils innovent avec le numérique ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Using digital tools adds work without any recognition; in some schools, devices stay locked away for fear of damage or loss.',
                fr: 'Le recours au numérique alourdit la charge de travail sans aucune reconnaissance ; dans certains établissements, les équipements restent sous clé par crainte de casse ou de perte.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Occasional competitions or awards reward a few innovative teachers, but appraisal and promotion take no account of digital practice.',
                fr: 'Des concours ou prix ponctuels récompensent quelques enseignants innovants, mais l’évaluation et l’avancement ne tiennent pas compte des pratiques numériques.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital competence counts in teacher appraisal and promotion, schools can set aside time to try new practices, and inspectors encourage well-prepared experiments rather than penalising them.',
                fr: 'La compétence numérique est prise en compte dans l’évaluation et l’avancement des enseignants, les établissements peuvent dégager du temps pour expérimenter, et les inspecteurs encouragent les expérimentations bien préparées au lieu de les sanctionner.',
              },
            },
            {
              level: 4,
              text: {
                en: 'School innovations are documented and evaluated, and those that work are scaled up with ministry support; teacher surveys show that most teachers feel supported in trying new approaches.',
                fr: 'Les innovations des établissements sont documentées et évaluées, et celles qui font leurs preuves sont étendues avec l’appui du ministère ; les enquêtes montrent que la plupart des enseignants se sentent soutenus pour essayer de nouvelles approches.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-families',
          kind: 'rubric',
          title: {
            en: 'Are parents and communities informed about, and involved in, the use of digital technology at school?',
            fr: 'Les parents et les communautés sont-ils informés de l’usage du numérique à l’école et associés aux décisions qui le concernent ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Parents are not told how schools use digital technology; concerns about screen time, mobile phones or safety are handled case by case.',
                fr: 'Les parents ne sont pas informés de l’usage que l’école fait du numérique ; les inquiétudes sur le temps d’écran, le téléphone portable ou la sécurité sont traitées au cas par cas.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Parents receive information now and then, for example when a device programme is launched, and only in the official language.',
                fr: 'Les parents reçoivent des informations de façon ponctuelle, par exemple lors du lancement d’un programme d’équipement, et uniquement dans la langue officielle.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every school has rules on digital use (phones, screen time, online safety) discussed with the parents’ association, and the ministry publishes guidance for families in the languages they speak.',
                fr: 'Chaque établissement dispose de règles sur l’usage du numérique (téléphones, temps d’écran, sécurité en ligne) discutées avec l’association des parents d’élèves, et le ministère publie des conseils à l’intention des familles dans les langues qu’elles parlent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Parents and community organisations take part in school decisions on digital use and help support learning at home; the ministry surveys their views regularly and adjusts its policies in response.',
                fr: 'Les parents et les organisations communautaires participent aux décisions des établissements sur le numérique et contribuent à l’accompagnement des apprentissages à la maison ; le ministère recueille régulièrement leur avis par enquête et ajuste ses politiques en conséquence.',
              },
            },
          ],
        },
      ],
    },
  ],
};
