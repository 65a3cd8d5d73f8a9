import type { Pillar } from '@dtc/schema';

/**
 * Pillar 4: capacity and culture, framework version 2.0.0. The published framework names the
 * pillar but not its components; the components below are this toolkit's proposal.
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
        en: 'A national framework of the digital and AI competencies expected of teachers, initial training that builds them, and in-service training that reaches serving teachers in a form that changes classroom practice.',
        fr: 'Un référentiel national des compétences numériques et en IA attendues des enseignants, une formation initiale qui les développe, et une formation continue qui touche les enseignants en poste sous une forme propre à faire évoluer les pratiques de classe.',
      },
      questions: [
        {
          id: 'teacher-competencies-framework',
          kind: 'rubric',
          title: {
            en: 'How established is a national framework of the digital and AI competencies expected of teachers?',
            fr: 'Où en est le référentiel national des compétences numériques et en IA attendues des enseignants ?',
          },
          help: {
            en: 'A competency framework states what teachers should know and be able to do, usually at several levels of proficiency. Many countries adapt an international model, such as UNESCO’s ICT Competency Framework for Teachers, the European DigCompEdu, or UNESCO’s AI competency framework for teachers (2024), which has five dimensions (human-centred mindset, ethics of AI, AI foundations and applications, AI pedagogy, AI for professional development) at three levels (acquire, deepen, create). Evidence: the adopted text, and the training programmes or professional standards that refer to it.',
            fr: 'Un référentiel de compétences décrit ce que les enseignants doivent savoir et savoir faire, en général selon plusieurs niveaux de maîtrise. De nombreux pays adaptent un modèle international : le référentiel de compétences TIC pour les enseignants de l’UNESCO, le cadre européen DigCompEdu ou le référentiel de compétences en IA pour les enseignants publié par l’UNESCO en 2024, qui comprend cinq dimensions (état d’esprit centré sur l’humain, éthique de l’IA, fondements et applications de l’IA, pédagogie de l’IA, IA au service du développement professionnel) et trois niveaux (acquérir, approfondir, créer). Éléments de preuve : le texte adopté, ainsi que les programmes de formation ou les normes professionnelles qui y renvoient.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No national document sets out the digital competencies expected of teachers; each training provider decides what to cover.',
                fr: 'Aucun texte national ne définit les compétences numériques attendues des enseignants ; chaque organisme de formation fixe lui-même ses contenus.',
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
            fr: 'Quelle place les compétences numériques et en IA occupent-elles dans la formation initiale des enseignants ?',
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
          id: 'teacher-competencies-training-reach',
          kind: 'rubric',
          title: {
            en: 'What share of serving teachers were trained in teaching with digital technology in the last three years?',
            fr: 'Quelle proportion des enseignants en poste a été formée à l’enseignement avec le numérique au cours des trois dernières années ?',
          },
          help: {
            en: 'Count training in using digital tools to teach and to help learners learn, not general computer skills alone, and count each teacher once, whatever the number of courses. Evidence: continuing professional development records, the teacher management database or a teacher survey.',
            fr: 'Comptez les formations portant sur l’usage du numérique pour enseigner et faire apprendre, et pas seulement sur la maîtrise de l’outil informatique, en ne comptant chaque enseignant qu’une fois, quel que soit le nombre de formations suivies. Éléments de preuve : registres de la formation continue, fichier de gestion des enseignants ou enquête auprès des enseignants.',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No records show how many teachers have been trained, or fewer than 25% of serving teachers were trained in the last three years.',
                fr: 'Aucun registre ne permet de savoir combien d’enseignants ont été formés, ou moins de 25 % des enseignants en poste l’ont été au cours des trois dernières années.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Training records or a survey show that between 25% and 49% of serving teachers were trained in the last three years.',
                fr: 'Les registres de formation ou une enquête montrent qu’entre 25 % et 49 % des enseignants en poste ont été formés au cours des trois dernières années.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Training records or a survey show that between 50% and 79% of serving teachers were trained in the last three years.',
                fr: 'Les registres de formation ou une enquête montrent qu’entre 50 % et 79 % des enseignants en poste ont été formés au cours des trois dernières années.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Training records show that 80% or more of serving teachers were trained in the last three years, and the share is updated every year for each region.',
                fr: 'Les registres de formation montrent que 80 % ou plus des enseignants en poste ont été formés au cours des trois dernières années, et cette proportion est actualisée chaque année pour chaque région.',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-training-model',
          kind: 'rubric',
          title: {
            en: 'What form does in-service training in digital pedagogy usually take?',
            fr: 'Sous quelle forme la formation continue des enseignants à la pédagogie numérique se déroule-t-elle le plus souvent ?',
          },
          help: {
            en: 'Answer for the training that most serving teachers receive. Coaching means that a trained person, such as a pedagogical adviser or lead teacher, observes a teacher’s lessons and discusses them afterwards. School-based training takes place in the teacher’s own school or in a cluster of nearby schools.',
            fr: 'Répondez pour la formation que reçoivent la plupart des enseignants en poste. L’accompagnement consiste, pour une personne formée (conseiller pédagogique, enseignant référent), à observer les séances d’un enseignant puis à en discuter avec lui. La formation de proximité se déroule dans l’établissement de l’enseignant ou dans un réseau d’établissements voisins.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no in-service training in teaching with digital technology, or only one-off sessions, usually on handling equipment when it is delivered.',
                fr: 'Il n’existe pas de formation continue à l’enseignement avec le numérique, ou seulement des séances ponctuelles, consacrées le plus souvent à la prise en main des équipements lors de leur livraison.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Teachers can follow workshops or online courses on using digital tools, held away from their classes, with no follow-up once the course is over.',
                fr: 'Les enseignants peuvent suivre des ateliers ou des cours en ligne sur l’usage des outils numériques, hors de leur classe, sans suivi une fois la formation terminée.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Training is spread over the school year: courses alternate with tasks that teachers carry out in their own classes, and each teacher receives at least one follow-up visit or coaching session on that practice.',
                fr: 'La formation s’étale sur l’année scolaire : les modules alternent avec des mises en pratique dans la classe de chaque enseignant, et chacun bénéficie d’au moins une visite de suivi ou une séance d’accompagnement sur cette pratique.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Training is continuous and school-based: alongside courses, a trained coach in each school or cluster observes lessons and gives feedback throughout the year, and records of this classroom follow-up are reviewed every year to adjust the programme.',
                fr: 'La formation est continue et de proximité : en complément des modules, un accompagnateur formé, dans chaque établissement ou réseau d’établissements, observe des séances et fait des retours tout au long de l’année, et le suivi ainsi consigné est examiné chaque année pour ajuster le programme.',
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
        en: 'School leaders prepared to lead digital change in their schools, and ministry staff, centrally and in the regions, with the skills and the time to plan and manage digital education programmes.',
        fr: 'Des chefs d’établissement préparés à conduire le changement numérique dans leur établissement, et des agents du ministère, au niveau central comme dans les régions, qui ont les compétences et le temps nécessaires pour planifier et gérer les programmes de numérique éducatif.',
      },
      questions: [
        {
          id: 'leadership-capacity-school-leaders',
          kind: 'rubric',
          title: {
            en: 'Are school leaders prepared to lead the use of digital technology in their schools?',
            fr: 'Les chefs d’établissement sont-ils préparés à conduire l’usage du numérique dans leur établissement ?',
          },
          help: {
            en: 'SELFIE is a free self-reflection tool from the European Commission in which school leaders, teachers and students answer anonymously about their school’s use of digital technology. Evidence: the training programme for school heads, and a sample of school development plans.',
            fr: 'SELFIE est un outil gratuit d’autoévaluation proposé par la Commission européenne : chefs d’établissement, enseignants et élèves y répondent anonymement sur l’usage du numérique dans leur établissement. Éléments de preuve : le programme de formation des chefs d’établissement et un échantillon de projets d’établissement.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'School heads receive no preparation on digital matters; whether technology is used depends on the initiative of individual teachers.',
                fr: 'Les chefs d’établissement ne reçoivent aucune préparation dans ce domaine ; l’usage du numérique dépend de l’initiative de quelques enseignants.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some school heads have attended awareness sessions; a minority of schools have a digital plan, usually written for a project or a donor.',
                fr: 'Certains chefs d’établissement ont participé à des séances de sensibilisation ; une minorité d’établissements dispose d’un plan numérique, rédigé le plus souvent pour un projet ou un bailleur.',
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
            en: 'How much capacity do ministry staff have to run digital education programmes?',
            fr: 'Dans quelle mesure les agents du ministère sont-ils en capacité de conduire les programmes de numérique éducatif ?',
          },
          help: {
            en: 'Capacity here means staff who have both the skills (planning, procurement, monitoring, data analysis) and working time assigned to digital education, at central level and in the regions. Who leads digital education in the ministry is asked in the coordination and leadership pillar.',
            fr: 'On entend ici par capacité des agents qui disposent à la fois des compétences (planification, passation des marchés, suivi, analyse de données) et d’un temps de travail consacré au numérique éducatif, au niveau central comme dans les régions. La question de savoir qui pilote le numérique éducatif au sein du ministère relève du pilier Coordination et leadership.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No ministry staff have digital education among their duties; programmes are planned and run by consultants or by partners’ staff.',
                fr: 'Aucun agent du ministère n’a le numérique éducatif dans ses attributions ; les programmes sont conçus et conduits par des consultants ou par le personnel des partenaires.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A few central staff follow digital education on top of other duties, without training for it; planning and procurement still rely on consultants paid by projects, and regional offices have no one with the task.',
                fr: 'Quelques agents du niveau central suivent le numérique éducatif en plus d’autres tâches, sans formation spécifique ; la planification et les achats reposent encore sur des consultants rémunérés par des projets, et aucune personne n’en est chargée dans les directions régionales.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Central staff and at least one officer in every region have digital education in their job descriptions, with working time set aside for it, and have been trained in planning, procurement and monitoring; consultants are brought in only for specialised tasks.',
                fr: 'Des agents du niveau central et au moins un agent dans chaque région ont le numérique éducatif inscrit dans leur fiche de poste, avec un temps de travail qui lui est réservé, et ont été formés à la planification, aux achats et au suivi ; il n’est fait appel à des consultants que pour des tâches spécialisées.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, a skills plan for these central and regional staff is reviewed every year, turnover in key posts is monitored, and the ministry’s own staff prepare the plans, tender documents and monitoring reports of its large digital education programmes.',
                fr: 'En outre, un plan de développement des compétences de ces agents centraux et régionaux est revu chaque année, la rotation sur les postes clés est suivie, et ce sont les agents du ministère qui préparent eux-mêmes les plans, les dossiers d’appel d’offres et les rapports de suivi de ses grands programmes de numérique éducatif.',
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
        en: 'The digital literacy and AI competencies learners are expected to acquire, how they learn to be safe and responsible online, how schools look after their digital well-being, and whether what they actually master is measured.',
        fr: 'Les compétences numériques et en IA que les apprenants doivent acquérir, l’apprentissage d’un usage sûr et responsable d’internet, l’attention portée à leur bien-être numérique, et la mesure de ce qu’ils maîtrisent réellement.',
      },
      questions: [
        {
          id: 'learner-digital-skills-framework',
          kind: 'rubric',
          title: {
            en: 'Are the digital and AI competencies expected of learners defined for each stage of schooling?',
            fr: 'Les compétences numériques et en IA attendues des apprenants sont-elles définies pour chaque étape de la scolarité ?',
          },
          help: {
            en: 'UNESCO’s AI competency framework for students (2024) has four dimensions (human-centred mindset, ethics of AI, AI techniques and applications, AI system design) and three levels of progression (understand, apply, create). A national digital competence framework for learners may also draw on models such as the European DigComp. Evidence: the adopted framework, or the learning outcomes set in curricula.',
            fr: 'Le référentiel de compétences en IA pour les élèves publié par l’UNESCO en 2024 comprend quatre dimensions (état d’esprit centré sur l’humain, éthique de l’IA, techniques et applications de l’IA, conception de systèmes d’IA) et trois niveaux de progression (comprendre, appliquer, créer). Un référentiel national de compétences numériques peut aussi s’inspirer de modèles comme le cadre européen DigComp. Éléments de preuve : le référentiel adopté ou les résultats d’apprentissage fixés dans les programmes.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No document states what digital skills learners should have at each stage; where computer studies are taught, they cover the use of office software.',
                fr: 'Aucun texte ne précise les compétences numériques que les élèves doivent avoir acquises à chaque étape ; là où l’informatique est enseignée, elle se limite à l’usage des logiciels de bureautique.',
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
            en: 'Are learners taught to stay safe online?',
            fr: 'Apprend-on aux élèves à se protéger en ligne ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Online safety is not taught; incidents such as cyberbullying or exposure to harmful content are dealt with, if at all, as discipline matters.',
                fr: 'La sécurité en ligne n’est pas enseignée ; les incidents (cyberharcèlement, exposition à des contenus préjudiciables) sont traités, le cas échéant, comme de simples questions de discipline.',
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
                fr: 'L’enseignement est actualisé à mesure qu’apparaissent de nouveaux risques, notamment les contenus générés par l’IA et les hypertrucages ; les établissements travaillent avec les familles et les services de protection de l’enfance, et les données sur les incidents sont recueillies et servent à ajuster la prévention.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-measurement',
          kind: 'rubric',
          title: {
            en: 'Are the digital skills that learners actually master measured?',
            fr: 'Mesure-t-on les compétences numériques réellement acquises par les élèves ?',
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
                fr: 'Des mesures régulières, qui portent aussi sur les compétences en IA, permettent de suivre les évolutions dans le temps ; les résultats servent à réviser les programmes et la formation des enseignants et à cibler l’appui sur les groupes en retard.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-well-being',
          kind: 'rubric',
          title: {
            en: 'How is learners’ digital well-being looked after in schools?',
            fr: 'Comment le bien-être numérique des élèves est-il pris en compte à l’école ?',
          },
          help: {
            en: 'Digital well-being is about the effects of digital use on learners’ health and relationships: balanced screen time, sleep, problematic use of social media or games, cyberbullying and the distress it causes. It is distinct from online safety, asked in another question, which is about teaching learners to protect themselves and act responsibly online.',
            fr: 'Le bien-être numérique concerne les effets des usages numériques sur la santé et les relations des élèves : équilibre du temps d’écran, sommeil, usage problématique des réseaux sociaux ou des jeux, cyberharcèlement et détresse qu’il provoque. Il se distingue de la sécurité en ligne, objet d’une autre question, qui porte sur l’apprentissage des moyens de se protéger et d’agir de manière responsable en ligne.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools have no guidance on healthy digital use, and learners’ difficulties linked to digital use, such as excessive use or cyberbullying, are left to individual staff members.',
                fr: 'Les établissements ne disposent d’aucune recommandation sur un usage sain du numérique, et les difficultés des élèves qui y sont liées, comme l’usage excessif ou le cyberharcèlement, sont laissées à l’appréciation de chaque membre du personnel.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Guidance or campaigns on screen time and healthy use, from the ministry, the health ministry or NGOs, reach some schools, but schools have no set procedure for supporting a learner affected by cyberbullying or problematic use.',
                fr: 'Des recommandations ou des campagnes sur le temps d’écran et l’usage sain du numérique, émanant du ministère, du ministère de la Santé ou d’associations, touchent certains établissements, mais ceux-ci n’ont pas de procédure établie pour accompagner un élève victime de cyberharcèlement ou en difficulté face à ses usages numériques.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National guidance on healthy digital use by age (screen time, sleep, breaks from screens) is sent to all schools, and every school has a named staff member and a procedure to support learners affected by cyberbullying or problematic use, including referral to counselling or health services.',
                fr: 'Des recommandations nationales sur un usage sain du numérique selon l’âge (temps d’écran, sommeil, pauses sans écran) sont diffusées à tous les établissements, et chaque établissement dispose d’une personne référente et d’une procédure pour accompagner les élèves victimes de cyberharcèlement ou en difficulté face à leurs usages numériques, y compris en les orientant vers un soutien psychologique ou des services de santé.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, a national survey of learners measures their digital well-being at regular intervals (for example problematic social media use, sleep, experience of cyberbullying), and the guidance and school procedures are reviewed after each round in the light of the results.',
                fr: 'En outre, une enquête nationale menée à intervalles réguliers auprès des élèves mesure leur bien-être numérique (par exemple l’usage problématique des réseaux sociaux, le sommeil, l’expérience du cyberharcèlement), et les recommandations comme les procédures des établissements sont réexaminées après chaque édition à la lumière des résultats.',
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
        en: 'Teachers who learn from one another, innovation that is recognised, and parents and communities who take part in how schools use technology.',
        fr: 'Des enseignants qui apprennent les uns des autres, une innovation reconnue, et des parents et des communautés associés à l’usage du numérique à l’école.',
      },
      questions: [
        {
          id: 'digital-culture-peer-learning',
          kind: 'rubric',
          title: {
            en: 'Do teachers learn from one another about teaching with digital technology?',
            fr: 'Les enseignants apprennent-ils les uns des autres en matière de pédagogie numérique ?',
          },
          help: {
            en: 'A community of practice is a group of teachers who meet regularly, in person or online, to work on shared teaching problems and improve their practice together. Evidence: the number of active groups and members, and whether time for them is set aside in teachers’ schedules.',
            fr: 'Une communauté de pratique rassemble des enseignants qui se retrouvent régulièrement, en présentiel ou à distance, pour traiter ensemble des problèmes pédagogiques communs et améliorer leurs pratiques. Éléments de preuve : le nombre de groupes actifs et de membres, et l’existence d’un temps réservé dans le service des enseignants.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Teachers who use digital tools work alone; exchanges, if any, happen in informal messaging groups.',
                fr: 'Les enseignants qui utilisent le numérique travaillent seuls ; les échanges, quand ils existent, passent par des groupes de messagerie informels.',
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
                fr: 'Dans tout le pays, les enseignants mettent en commun séquences et ressources sur une plateforme partagée ; les contributions sont relues, les meilleures sont diffusées à l’échelle nationale, et la participation est prise en compte dans l’avancement de carrière.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-incentives',
          kind: 'rubric',
          title: {
            en: 'Is innovation with digital technology recognised in teachers’ and schools’ work?',
            fr: 'L’innovation avec le numérique est-elle reconnue dans le travail des enseignants et des établissements ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Using digital tools adds work without any recognition; in some schools, devices stay locked away for fear of damage or loss.',
                fr: 'Le recours au numérique alourdit la charge de travail sans aucune reconnaissance ; dans certains établissements, les équipements restent sous clé par crainte de casse ou de perte.',
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
                fr: 'Les innovations des établissements sont documentées et évaluées, et celles qui font leurs preuves sont étendues avec l’appui du ministère ; les enquêtes montrent que la plupart des enseignants se sentent soutenus pour essayer de nouvelles approches.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-families',
          kind: 'rubric',
          title: {
            en: 'How far are parents and communities involved in how schools use digital technology?',
            fr: 'Dans quelle mesure les parents et les communautés sont-ils associés à l’usage que l’école fait du numérique ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Parents and communities have no part in how schools use digital technology; concerns about screen time, mobile phones or safety are handled case by case.',
                fr: 'Les parents et les communautés n’ont aucune part à l’usage que l’école fait du numérique ; les inquiétudes sur le temps d’écran, le téléphone portable ou la sécurité sont traitées au cas par cas.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Parents are informed now and then, for example when a device programme is launched, but their views are not sought.',
                fr: 'Les parents sont informés de façon ponctuelle, par exemple lors du lancement d’un programme d’équipement, mais leur avis n’est pas sollicité.',
              },
            },
            {
              level: 3,
              text: {
                en: 'In most schools, rules on digital use (phones, screen time, online safety) are discussed with the parents’ association or school management committee before they are adopted, and families are informed in the languages they speak.',
                fr: 'Dans la plupart des établissements, les règles d’usage du numérique (téléphones, temps d’écran, sécurité en ligne) sont discutées avec l’association des parents d’élèves ou le comité de gestion de l’école avant leur adoption, et les familles sont informées dans les langues qu’elles parlent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, parents and community organisations take part in preparing schools’ digital plans and help support learning at home, for example through sessions for parents; the ministry surveys parents’ views at regular intervals and reports what it has changed in response.',
                fr: 'En outre, les parents et les organisations communautaires participent à l’élaboration du plan numérique des établissements et contribuent à l’accompagnement des apprentissages à la maison, par exemple au moyen de séances destinées aux parents ; le ministère recueille régulièrement l’avis des parents par enquête et rend compte des changements apportés en conséquence.',
              },
            },
          ],
        },
      ],
    },
  ],
};
