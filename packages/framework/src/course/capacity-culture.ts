import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module of pillar 4, capacity and culture: one section per component of framework
 * 2.0.0. Every practice and example cites its sources; the sources that only this module
 * cites are listed below it, the shared ones are in `./sources.ts`.
 */
export const capacityCultureModule: CourseModule = {
  pillar: 'capacity-culture',
  overview: {
    en: 'This pillar is about people: whether teachers, school leaders, ministry staff and learners have the competencies to use digital technology well, and whether the professional culture around schools supports change. It covers teachers’ digital and AI competencies from initial training onwards; the capacity to lead digital change in schools and in the ministry; the digital skills learners are expected to gain, including online safety and digital well-being; and a culture of peer learning, recognition and engagement with families.',
    fr: 'Ce pilier porte sur les personnes : les enseignants, les chefs d’établissement, les cadres du ministère et les élèves ont-ils les compétences nécessaires pour bien utiliser le numérique, et la culture professionnelle qui entoure les établissements favorise-t-elle le changement ? Il couvre les compétences numériques et en IA des enseignants dès la formation initiale ; la capacité à piloter le changement numérique dans les établissements et au ministère ; les compétences numériques attendues des élèves, y compris la sécurité en ligne et le bien-être numérique ; enfin, une culture d’apprentissage entre pairs, de reconnaissance et de dialogue avec les familles.',
  },
  whyItMatters: {
    en: 'Devices and connections change learning only when people know what to do with them. International reviews of technology in education, such as UNESCO’s 2023 Global Education Monitoring Report, give teachers and their preparation a central place. Learners, for their part, need more than operating skills: they must judge information, protect themselves and others, and keep a healthy relationship with screens. These capacities take years to build, so a country needs to know where it stands before deciding where to invest.',
    fr: 'Les appareils et les connexions ne transforment les apprentissages que si les personnes savent quoi en faire. Les bilans internationaux sur la technologie dans l’éducation, comme le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO, accordent une place centrale aux enseignants et à leur formation. Les élèves, eux, ont besoin de plus que de savoir manipuler des outils : ils doivent évaluer l’information, se protéger et protéger les autres, et garder un rapport sain aux écrans. Ces capacités se construisent sur des années ; un pays doit donc savoir où il en est avant de décider où investir.',
  },
  reflection: [
    {
      en: 'If every school received new equipment tomorrow, how many teachers would know how to use it to improve learning?',
      fr: 'Si chaque établissement recevait demain de nouveaux équipements, combien d’enseignants sauraient s’en servir pour améliorer les apprentissages ?',
    },
    {
      en: 'Who in the ministry and in the regions has the skills and the time to lead digital change?',
      fr: 'Qui, au ministère et dans les régions, dispose des compétences et du temps nécessaires pour piloter le changement numérique ?',
    },
    {
      en: 'What do we actually know about learners’ digital skills, beyond impressions?',
      fr: 'Que savons-nous réellement des compétences numériques des élèves, au-delà des impressions ?',
    },
    {
      en: 'How do teachers in our system learn from one another about teaching with technology?',
      fr: 'Comment les enseignants de notre système apprennent-ils les uns des autres à enseigner avec le numérique ?',
    },
  ],
  sections: [
    {
      component: 'teacher-competencies',
      overview: {
        en: 'This component looks at the digital and AI competencies expected of teachers and how they acquire them: a national competency framework, the place of these competencies in initial teacher education, the share of serving teachers trained in recent years, and the form that training takes, from one-off workshops to ongoing, school-based programmes with coaching and follow-up in the classroom.',
        fr: 'Cette composante examine les compétences numériques et en IA attendues des enseignants et la façon dont ils les acquièrent : un référentiel national de compétences, la place de ces compétences dans la formation initiale, la part des enseignants en poste formés ces dernières années, et la forme que prend cette formation, de l’atelier ponctuel aux programmes continus, ancrés dans l’établissement, avec accompagnement et suivi en classe.',
      },
      whyItMatters: {
        en: 'Teachers decide whether technology is used to improve learning or left in the cupboard. A shared framework gives training providers, teacher education institutions and teachers a common language and a path of progression. Reach matters, and so does form: short workshops on operating equipment are unlikely on their own to change classroom practice, whereas training tied to teachers’ subjects and followed up in class gives them a better chance.',
        fr: 'Ce sont les enseignants qui décident si le numérique sert à améliorer les apprentissages ou reste au placard. Un référentiel commun donne aux organismes de formation, aux établissements de formation des enseignants et aux enseignants eux-mêmes un langage partagé et un parcours de progression. L’ampleur de la formation compte, sa forme aussi : de courts ateliers sur la manipulation des équipements ont peu de chances, à eux seuls, de changer les pratiques en classe, alors qu’une formation liée à la discipline enseignée et suivie en classe leur en donne davantage.',
      },
      practices: [
        {
          text: {
            en: 'Adopt a national framework of teachers’ digital competencies adapted from an international model, such as UNESCO’s ICT Competency Framework for Teachers or the European DigCompEdu, with levels of progression, and use it to design training and to recognise progress.',
            fr: 'Adopter un référentiel national des compétences numériques des enseignants adapté d’un modèle international, comme le référentiel de compétences TIC pour les enseignants de l’UNESCO ou le cadre européen DigCompEdu, avec des niveaux de progression, et s’en servir pour concevoir les formations et reconnaître les progrès.',
          },
          sources: ['unesco-ict-cft-2018', 'cc-ec-jrc-digcompedu-2017'],
        },
        {
          text: {
            en: 'Extend the framework to artificial intelligence, drawing on UNESCO’s 2024 AI competency framework for teachers, so that teachers learn to use AI tools critically, ethically and with a clear educational purpose, not only technically.',
            fr: 'Étendre le référentiel à l’intelligence artificielle, en s’appuyant sur le référentiel de compétences en IA pour les enseignants publié par l’UNESCO en 2024, afin que les enseignants apprennent à utiliser les outils d’IA de façon critique, éthique et au service d’un objectif pédagogique clair, et pas seulement sur le plan technique.',
          },
          sources: ['cc-unesco-ai-cft-2024', 'unesco-genai-guidance-2023'],
        },
        {
          text: {
            en: 'Build digital pedagogy into the teaching methods of each subject and into teaching practice during initial teacher education, and assess it for the teaching qualification, rather than offering a separate computer course.',
            fr: 'Intégrer la pédagogie numérique à la didactique de chaque discipline et aux stages pendant la formation initiale, et l’évaluer pour l’obtention du diplôme d’enseignant, plutôt que de proposer un cours d’informatique à part.',
          },
          sources: ['unesco-ict-cft-2018', 'cc-oecd-talis-2018-vol1'],
        },
        {
          text: {
            en: 'Organise in-service training as an ongoing, school-based process with coaching, peer observation and follow-up in class, and keep records of who has been trained so that reach can be measured.',
            fr: 'Organiser la formation continue comme un processus suivi, ancré dans l’établissement, avec accompagnement, observation entre pairs et suivi en classe, et tenir un registre des personnes formées afin de pouvoir mesurer la couverture.',
          },
          sources: ['cc-oecd-talis-2018-vol1', 'world-bank-reimagining-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Training teachers on equipment they do not yet have, or delivering equipment with no training at all.',
          fr: 'Former les enseignants à des équipements dont ils ne disposent pas encore, ou livrer des équipements sans aucune formation.',
        },
        {
          en: 'Counting attendance at workshops as competence, with no follow-up in the classroom.',
          fr: 'Assimiler la présence à un atelier à une compétence acquise, sans aucun suivi en classe.',
        },
        {
          en: 'A competency framework that is adopted but never used to design courses, appraise teachers or recognise progress.',
          fr: 'Un référentiel de compétences adopté mais jamais utilisé pour concevoir les formations, évaluer les enseignants ou reconnaître leurs progrès.',
        },
        {
          en: 'Treating digital competence as the business of computer science teachers only.',
          fr: 'Considérer les compétences numériques comme l’affaire des seuls enseignants d’informatique.',
        },
      ],
      examples: [
        {
          country: 'ESP',
          text: {
            en: 'In Spain, the Education Sectoral Conference, where the national ministry meets the education departments of the autonomous communities, agreed in 2020 on a common reference framework for teachers’ digital competence, and on the recognition by all education administrations of certification procedures based on it. The Conference agreed an updated version of the framework in 2022.',
            fr: 'En Espagne, la Conférence sectorielle de l’éducation, qui réunit le ministère national et les départements de l’éducation des communautés autonomes, a adopté en 2020 un cadre de référence commun de la compétence numérique des enseignants, ainsi que la reconnaissance par toutes les administrations éducatives des procédures de certification fondées sur ce cadre. La Conférence en a adopté une version actualisée en 2022.',
          },
          sources: ['cc-spain-mrcdd-2020', 'cc-spain-mrcdd-2022'],
        },
      ],
      reflection: [
        {
          en: 'Which framework describes what our teachers should be able to do with digital technology and AI, and who actually uses it?',
          fr: 'Quel référentiel décrit ce que nos enseignants doivent savoir faire avec le numérique et l’IA, et qui l’utilise réellement ?',
        },
        {
          en: 'What share of serving teachers received training in teaching with digital technology in the last three years, and how do we know?',
          fr: 'Quelle part des enseignants en poste a été formée à l’enseignement avec le numérique au cours des trois dernières années, et comment le savons-nous ?',
        },
        {
          en: 'Does training follow teachers back into their classrooms?',
          fr: 'La formation accompagne-t-elle les enseignants jusque dans leur classe ?',
        },
        {
          en: 'How do new teachers learn to teach with digital technology during their initial education?',
          fr: 'Comment les nouveaux enseignants apprennent-ils à enseigner avec le numérique pendant leur formation initiale ?',
        },
      ],
    },
    {
      component: 'leadership-capacity',
      overview: {
        en: 'Digital change in education needs people who can plan and manage it. This component looks at school leaders, who decide how technology is used in their schools and support their staff, and at ministry staff, centrally and in the regions, who need the skills and the working time to design programmes, manage contracts and data, and follow up on implementation in schools.',
        fr: 'Le changement numérique dans l’éducation exige des personnes capables de le planifier et de le conduire. Cette composante s’intéresse aux chefs d’établissement, qui décident de l’usage du numérique dans leur établissement et soutiennent leurs équipes, et aux cadres du ministère, au niveau central comme dans les régions, qui ont besoin des compétences et du temps nécessaires pour concevoir des programmes, gérer contrats et données, et suivre leur mise en œuvre dans les établissements.',
      },
      whyItMatters: {
        en: 'Without capable leaders, equipment is delivered but not put to use, and plans depend on a few individuals or on consultants who leave when the project ends. School leaders who draw up a digital plan with their staff make it more likely that investments are used; ministry staff who understand technology markets and data can deal with suppliers and partners on equal terms.',
        fr: 'Sans responsables compétents, les équipements sont livrés mais restent inutilisés, et les plans reposent sur quelques personnes ou sur des consultants qui partent à la fin du projet. Des chefs d’établissement qui élaborent un plan numérique avec leur équipe augmentent les chances que les investissements servent ; des cadres du ministère qui comprennent les marchés technologiques et les données peuvent traiter d’égal à égal avec les fournisseurs et les partenaires.',
      },
      practices: [
        {
          text: {
            en: 'Help school leaders build a digital plan for their school with their staff, using a self-reflection tool such as the European Commission’s SELFIE, which draws on the DigCompOrg framework for digitally competent educational organisations.',
            fr: 'Aider les chefs d’établissement à élaborer avec leur équipe un plan numérique pour leur établissement, à l’aide d’un outil d’autoévaluation comme SELFIE, proposé par la Commission européenne et fondé sur le cadre DigCompOrg des organisations éducatives numériquement compétentes.',
          },
          sources: ['cc-ec-jrc-digcomporg-2015', 'cc-ec-digital-education-action-plan-2020'],
        },
        {
          text: {
            en: 'Include leadership of digital change in the standards and training for school principals, alongside pedagogical leadership, and give them the time and support to exercise it.',
            fr: 'Inscrire le pilotage du changement numérique dans les normes professionnelles et la formation des chefs d’établissement, aux côtés du pilotage pédagogique, et leur donner le temps et l’appui nécessaires pour l’exercer.',
          },
          sources: ['cc-oecd-talis-2018-vol1', 'cc-ec-jrc-digcomporg-2015'],
        },
        {
          text: {
            en: 'Plan the skills that ministry teams need (procurement, data protection, contract and project management, pedagogy with technology) and build them through training and recruitment, rather than relying only on external consultants.',
            fr: 'Définir les compétences dont les équipes du ministère ont besoin (achats, protection des données, gestion de contrats et de projets, pédagogie numérique) et les développer par la formation et le recrutement, plutôt que de s’en remettre uniquement à des consultants extérieurs.',
          },
          sources: ['oecd-digital-education-outlook-2023', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Give regional and district staff a defined role, and training, in supporting schools’ digital plans, so that support reaches schools far from the capital.',
            fr: 'Confier aux cadres régionaux et locaux un rôle défini, assorti d’une formation, dans l’accompagnement des plans numériques des établissements, afin que le soutien atteigne aussi les établissements éloignés de la capitale.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Leaving digital matters to one enthusiastic teacher or a technician while the school’s leadership stays uninvolved.',
          fr: 'Laisser les questions numériques à un enseignant motivé ou à un technicien, sans implication de la direction de l’établissement.',
        },
        {
          en: 'Building ministry capacity inside a donor project team that disperses when the project ends.',
          fr: 'Constituer les compétences du ministère au sein d’une équipe de projet financée par un bailleur, qui se disperse à la fin du projet.',
        },
        {
          en: 'Training leaders on tools rather than on planning, managing change and supporting teachers.',
          fr: 'Former les responsables aux outils plutôt qu’à la planification, à la conduite du changement et à l’accompagnement des enseignants.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'Do our school leaders have a digital plan for their school, and who helped them prepare it?',
          fr: 'Nos chefs d’établissement disposent-ils d’un plan numérique pour leur établissement, et qui les a aidés à le préparer ?',
        },
        {
          en: 'Which skills does the ministry lack to design, buy and manage digital programmes, and how are these gaps filled today?',
          fr: 'Quelles compétences manquent au ministère pour concevoir, acheter et gérer des programmes numériques, et comment ces manques sont-ils comblés aujourd’hui ?',
        },
        {
          en: 'Do the staff responsible for digital education have time for it, or is it added to other duties?',
          fr: 'Les personnes chargées du numérique éducatif ont-elles du temps pour cette mission, ou s’ajoute-t-elle à d’autres fonctions ?',
        },
        {
          en: 'How do regional and district offices support schools in their digital change?',
          fr: 'Comment les services régionaux et locaux accompagnent-ils les établissements dans leur transformation numérique ?',
        },
      ],
    },
    {
      component: 'learner-digital-skills',
      overview: {
        en: 'This component covers the digital competencies learners are expected to acquire, from information literacy to creating content, understanding AI and solving problems; how they learn to stay safe and to treat others with respect online; how their digital well-being is looked after, from healthy use of screens to the response to cyberbullying; and whether what learners actually master is measured.',
        fr: 'Cette composante porte sur les compétences numériques que les élèves doivent acquérir, de la maîtrise de l’information à la création de contenus, en passant par la compréhension de l’IA et la résolution de problèmes ; sur la façon dont ils apprennent à se protéger et à respecter les autres en ligne ; sur l’attention portée à leur bien-être numérique, d’un usage raisonné des écrans à la réponse au cyberharcèlement ; enfin, sur la mesure de ce que les élèves maîtrisent réellement.',
      },
      whyItMatters: {
        en: 'Learners need digital skills to keep learning, to take part in society and to work, and they meet online risks from an early age. Clear expectations, written into the curriculum and assessed, show whether schools are narrowing or widening the gaps between learners. Attention to well-being helps ensure that the benefits of technology do not come at the cost of sleep, concentration or mental health.',
        fr: 'Les élèves ont besoin de compétences numériques pour continuer d’apprendre, participer à la vie de la société et travailler, et ils sont exposés très tôt aux risques en ligne. Des attentes claires, inscrites dans les programmes et évaluées, montrent si l’école réduit ou accroît les écarts entre élèves. L’attention au bien-être permet que les bénéfices du numérique ne se paient pas en sommeil, en concentration ou en santé mentale.',
      },
      practices: [
        {
          text: {
            en: 'Set out the digital competencies expected at each stage of schooling in a national framework, drawing on international references such as the European DigComp 2.2 or the UNESCO Institute for Statistics framework for SDG indicator 4.4.2, and include AI competencies, for example from UNESCO’s 2024 AI competency framework for students.',
            fr: 'Définir dans un référentiel national les compétences numériques attendues à chaque étape de la scolarité, en s’appuyant sur des références internationales comme le cadre européen DigComp 2.2 ou le cadre de l’Institut de statistique de l’UNESCO pour l’indicateur 4.4.2 des ODD, et y inclure les compétences en IA, par exemple à partir du référentiel de compétences en IA pour les élèves publié par l’UNESCO en 2024.',
          },
          sources: [
            'jrc-digcomp-2-2-2022',
            'cc-uis-digital-literacy-2018',
            'cc-unesco-ai-cfs-2024',
          ],
        },
        {
          text: {
            en: 'Teach online safety within the curriculum, covering privacy, cyberbullying, harmful content and where to seek help, in line with children’s rights in the digital environment, and make sure every school knows how to report and handle incidents.',
            fr: 'Enseigner la sécurité en ligne dans le cadre des programmes (vie privée, cyberharcèlement, contenus préjudiciables, recours possibles), dans le respect des droits de l’enfant dans l’environnement numérique, et veiller à ce que chaque établissement sache signaler et traiter les incidents.',
          },
          sources: ['un-crc-general-comment-25', 'cc-itu-cop-policymakers-2020'],
        },
        {
          text: {
            en: 'Address digital well-being explicitly, as a topic distinct from online safety: guidance on healthy use and screen time, clear rules on personal devices in school, and a response to cyberbullying linked to the support for mental health that schools offer.',
            fr: 'Traiter explicitement le bien-être numérique, comme un sujet distinct de la sécurité en ligne : recommandations sur un usage sain et le temps d’écran, règles claires sur les appareils personnels à l’école, et réponse au cyberharcèlement reliée au soutien en santé mentale proposé par les établissements.',
          },
          sources: ['cc-oecd-21st-century-children-2019', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Measure what learners actually master, through a national assessment or participation in an international study such as IEA’s ICILS, and report results by gender, location and socio-economic background.',
            fr: 'Mesurer ce que les élèves maîtrisent réellement, au moyen d’une évaluation nationale ou de la participation à une enquête internationale comme l’ICILS de l’IEA, et publier les résultats selon le sexe, le lieu de résidence et le milieu socio-économique.',
          },
          sources: ['cc-iea-icils-2018', 'cc-uis-digital-literacy-2018'],
        },
      ],
      pitfalls: [
        {
          en: 'Assuming that young people who use phones every day are digitally competent.',
          fr: 'Supposer que des jeunes qui utilisent leur téléphone tous les jours sont compétents en matière numérique.',
        },
        {
          en: 'Treating online safety as a one-day awareness event rather than part of the curriculum.',
          fr: 'Réduire la sécurité en ligne à une journée de sensibilisation au lieu de l’inscrire dans les programmes.',
        },
        {
          en: 'Banning devices without teaching responsible use, or allowing them without any rules.',
          fr: 'Interdire les appareils sans enseigner un usage responsable, ou les autoriser sans aucune règle.',
        },
        {
          en: 'Measuring only learners’ access to devices, never what they can do with them.',
          fr: 'Ne mesurer que l’accès des élèves aux appareils, jamais ce qu’ils savent en faire.',
        },
      ],
      examples: [
        {
          country: 'FRA',
          text: {
            en: 'In France, a decree of August 2019 set a national reference framework of digital competences (CRCN) for schools, higher education and continuing training, together with the evaluation of pupils’ digital competences. An order of the same date introduced the certification of these competences through the public online platform Pix, for pupils at the end of lower secondary school (collège) and at the end of upper secondary school (lycée).',
            fr: 'En France, un décret d’août 2019 a fixé un cadre de référence des compétences numériques (CRCN) pour l’enseignement scolaire, l’enseignement supérieur et la formation continue, ainsi que l’évaluation des compétences numériques des élèves. Un arrêté du même jour a instauré leur certification au moyen de la plateforme publique en ligne Pix, pour les élèves en fin de collège et en fin de lycée.',
          },
          sources: ['cc-france-decret-2019-919', 'cc-france-arrete-pix-2019'],
        },
        {
          country: 'AUS',
          text: {
            en: 'Australia’s Enhancing Online Safety for Children Act 2015 created a Children’s eSafety Commissioner, whose functions include handling complaints about serious cyberbullying aimed at Australian children and supporting, accrediting and evaluating online safety education programmes. An amendment in 2017 extended the Commissioner’s remit to online safety for all Australians.',
            fr: 'En Australie, la loi de 2015 sur le renforcement de la sécurité en ligne des enfants (Enhancing Online Safety for Children Act) a créé un commissaire à la sécurité en ligne des enfants, chargé notamment de traiter les plaintes pour cyberharcèlement grave visant des enfants australiens et de soutenir, d’agréer et d’évaluer des programmes d’éducation à la sécurité en ligne. Une modification adoptée en 2017 a étendu sa mission à la sécurité en ligne de l’ensemble des Australiens.',
          },
          sources: ['cc-australia-eosca-2015', 'cc-australia-eosca-amendment-2017'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Law 15.100 of January 2025, whose stated aim is to safeguard the mental, physical and psychological health of children and adolescents, prohibits pupils from using personal portable electronic devices, including mobile phones, during lessons, recess and breaks at every stage of basic education, with exceptions for teaching purposes, accessibility, inclusion, health conditions, fundamental rights and emergencies.',
            fr: 'Au Brésil, la loi 15.100 de janvier 2025, qui vise à préserver la santé mentale, physique et psychique des enfants et des adolescents, interdit aux élèves d’utiliser des appareils électroniques portables personnels, téléphones compris, pendant les cours, la récréation et les pauses, à toutes les étapes de l’éducation de base, sauf à des fins pédagogiques, en cas d’urgence et pour garantir l’accessibilité, l’inclusion, la prise en compte de l’état de santé des élèves et leurs droits fondamentaux.',
          },
          sources: ['cc-brazil-lei-15100-2025'],
        },
      ],
      reflection: [
        {
          en: 'What digital competencies do we expect of learners at the end of primary and of secondary school, and where is this written down?',
          fr: 'Quelles compétences numériques attendons-nous des élèves à la fin du primaire et du secondaire, et où sont-elles écrites ?',
        },
        {
          en: 'Where in the curriculum do learners learn about online safety, and who teaches it?',
          fr: 'À quel endroit des programmes les élèves apprennent-ils la sécurité en ligne, et qui l’enseigne ?',
        },
        {
          en: 'What are our rules on personal devices in school, and what evidence on well-being are they based on?',
          fr: 'Quelles sont nos règles sur les appareils personnels à l’école, et sur quelles données relatives au bien-être reposent-elles ?',
        },
        {
          en: 'What do we know about learners’ actual digital skills, and about gaps by gender, location or family income?',
          fr: 'Que savons-nous des compétences numériques réelles des élèves, et des écarts selon le sexe, le lieu de résidence ou le revenu des familles ?',
        },
      ],
    },
    {
      component: 'digital-culture',
      overview: {
        en: 'Digital culture is the set of habits and relationships that make technology part of everyday professional life: teachers who share practice and learn from one another, in their school and in online communities; recognition for those who innovate and for the time it takes; and parents and communities who understand how schools use technology, take part in decisions and can support learning and safety at home.',
        fr: 'La culture numérique recouvre les habitudes et les relations qui font du numérique une part ordinaire de la vie professionnelle : des enseignants qui partagent leurs pratiques et apprennent les uns des autres, dans leur établissement comme dans des communautés en ligne ; la reconnaissance de ceux qui innovent et du temps que cela demande ; des parents et des communautés qui comprennent l’usage que l’école fait du numérique, participent aux décisions et peuvent soutenir les apprentissages et la sécurité à la maison.',
      },
      whyItMatters: {
        en: 'Training and equipment only go so far when teachers work alone and trying something new carries risk without reward. Peer learning spreads practices that have worked in similar classrooms, and recognition keeps committed teachers engaged. Families shape how children use technology at home, so schools that involve them can reinforce safe, healthy and useful habits instead of contradicting them.',
        fr: 'La formation et les équipements ont une portée limitée lorsque les enseignants travaillent seuls et que l’innovation comporte des risques sans contrepartie. L’apprentissage entre pairs diffuse des pratiques qui ont fait leurs preuves dans des classes comparables, et la reconnaissance entretient l’engagement des enseignants investis. Les familles influencent l’usage que les enfants font du numérique à la maison : en les associant, l’école peut renforcer des habitudes sûres, saines et utiles au lieu de les contredire.',
      },
      practices: [
        {
          text: {
            en: 'Make time for teachers to plan and review lessons together and to observe one another, and support professional communities, in person and online, where they share resources and experience of teaching with technology.',
            fr: 'Dégager du temps pour que les enseignants préparent et analysent leurs cours ensemble et s’observent mutuellement, et soutenir des communautés professionnelles, en présentiel et en ligne, où ils partagent ressources et expériences d’enseignement avec le numérique.',
          },
          sources: ['cc-oecd-talis-2018-vol2', 'world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Recognise innovation in appraisal and career progression, for example by counting certified digital competence or contributions to shared resources, without making unpaid extra work the condition for it.',
            fr: 'Reconnaître l’innovation dans l’évaluation et l’avancement de carrière, par exemple en prenant en compte une compétence numérique certifiée ou des contributions à des ressources partagées, sans en faire dépendre d’un surcroît de travail non rémunéré.',
          },
          sources: ['cc-oecd-talis-2018-vol2'],
        },
        {
          text: {
            en: 'Use school self-reflection to involve the whole school community, including students, in deciding how technology is used, as the European Commission’s SELFIE tool does by gathering the views of school leaders, teachers and students.',
            fr: 'Recourir à l’autoévaluation de l’établissement pour associer toute la communauté scolaire, élèves compris, aux choix d’usage du numérique, comme le fait l’outil SELFIE de la Commission européenne, qui recueille l’avis des chefs d’établissement, des enseignants et des élèves.',
          },
          sources: ['cc-ec-digital-education-action-plan-2020', 'cc-ec-jrc-digcomporg-2015'],
        },
        {
          text: {
            en: 'Inform and involve parents: explain which platforms and data the school uses and why, offer guidance on safe and healthy use at home, and give parents a channel to raise concerns.',
            fr: 'Informer et associer les parents : expliquer quelles plateformes et quelles données l’établissement utilise et pourquoi, proposer des conseils pour un usage sûr et sain à la maison, et offrir aux parents un moyen de faire part de leurs préoccupations.',
          },
          sources: ['cc-itu-cop-parents-educators-2020', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Relying on a few enthusiasts whose work stops when they move to another school.',
          fr: 'S’en remettre à quelques passionnés dont l’action s’arrête lorsqu’ils changent d’établissement.',
        },
        {
          en: 'Rewarding the purchase or display of technology rather than improvements in teaching and learning.',
          fr: 'Récompenser l’achat ou la mise en avant d’équipements plutôt que les progrès de l’enseignement et des apprentissages.',
        },
        {
          en: 'Communicating with families only when there is a problem, or only through channels that some families cannot use.',
          fr: 'Ne communiquer avec les familles qu’en cas de problème, ou seulement par des canaux que certaines familles ne peuvent pas utiliser.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'When did teachers in a typical school last share with colleagues a lesson that used technology?',
          fr: 'Quand les enseignants d’un établissement ordinaire ont-ils partagé pour la dernière fois avec leurs collègues un cours faisant appel au numérique ?',
        },
        {
          en: 'How is a teacher who innovates with technology recognised in our system?',
          fr: 'Comment un enseignant qui innove avec le numérique est-il reconnu dans notre système ?',
        },
        {
          en: 'How do parents find out which platforms their child’s school uses and what data it collects?',
          fr: 'Comment les parents apprennent-ils quelles plateformes l’établissement de leur enfant utilise et quelles données il recueille ?',
        },
        {
          en: 'Which teacher communities or networks already exist that we could support rather than replace?',
          fr: 'Quels réseaux ou communautés d’enseignants existent déjà, que nous pourrions soutenir plutôt que remplacer ?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites. */
export const capacityCultureSources: CourseSource[] = [
  {
    id: 'cc-ec-jrc-digcompedu-2017',
    publisher: 'European Commission, Joint Research Centre (Christine Redecker)',
    title: 'European Framework for the Digital Competence of Educators: DigCompEdu',
    year: 2017,
  },
  {
    id: 'cc-unesco-ai-cft-2024',
    publisher: 'UNESCO',
    title: 'AI competency framework for teachers',
    year: 2024,
  },
  {
    id: 'cc-unesco-ai-cfs-2024',
    publisher: 'UNESCO',
    title: 'AI competency framework for students',
    year: 2024,
  },
  {
    id: 'cc-oecd-talis-2018-vol1',
    publisher: 'OECD',
    title: 'TALIS 2018 Results (Volume I): Teachers and School Leaders as Lifelong Learners',
    year: 2019,
  },
  {
    id: 'cc-oecd-talis-2018-vol2',
    publisher: 'OECD',
    title: 'TALIS 2018 Results (Volume II): Teachers and School Leaders as Valued Professionals',
    year: 2020,
  },
  {
    id: 'cc-ec-jrc-digcomporg-2015',
    publisher: 'European Commission, Joint Research Centre (Kampylis, Punie and Devine)',
    title:
      'Promoting Effective Digital-Age Learning: A European Framework for Digitally-Competent Educational Organisations',
    year: 2015,
  },
  {
    id: 'cc-ec-digital-education-action-plan-2020',
    publisher: 'European Commission',
    title:
      'Digital Education Action Plan 2021-2027: Resetting education and training for the digital age',
    year: 2020,
  },
  {
    id: 'cc-uis-digital-literacy-2018',
    publisher: 'UNESCO Institute for Statistics',
    title: 'A Global Framework of Reference on Digital Literacy Skills for Indicator 4.4.2',
    year: 2018,
  },
  {
    id: 'cc-iea-icils-2018',
    publisher: 'IEA (Fraillon, Ainley, Schulz, Friedman and Duckworth)',
    title:
      'Preparing for Life in a Digital World: IEA International Computer and Information Literacy Study 2018 International Report',
    year: 2020,
  },
  {
    id: 'cc-itu-cop-policymakers-2020',
    publisher: 'ITU',
    title: 'Guidelines for policy-makers on Child Online Protection',
    year: 2020,
  },
  {
    id: 'cc-itu-cop-parents-educators-2020',
    publisher: 'ITU',
    title: 'Guidelines for parents and educators on Child Online Protection',
    year: 2020,
  },
  {
    id: 'cc-oecd-21st-century-children-2019',
    publisher: 'OECD',
    title: 'Educating 21st Century Children: Emotional Well-being in the Digital Age',
    year: 2019,
  },
  {
    id: 'cc-spain-mrcdd-2020',
    publisher:
      'Ministerio de Educación y Formación Profesional, España (Boletín Oficial del Estado)',
    title:
      'Resolución de 2 de julio de 2020, de la Dirección General de Evaluación y Cooperación Territorial, por la que se publica el Acuerdo de la Conferencia Sectorial de Educación sobre el marco de referencia de la competencia digital docente',
    year: 2020,
  },
  {
    id: 'cc-spain-mrcdd-2022',
    publisher:
      'Ministerio de Educación y Formación Profesional, España (Boletín Oficial del Estado)',
    title:
      'Resolución de 4 de mayo de 2022, de la Dirección General de Evaluación y Cooperación Territorial, por la que se publica el Acuerdo de la Conferencia Sectorial de Educación, sobre la actualización del marco de referencia de la competencia digital docente',
    year: 2022,
  },
  {
    id: 'cc-france-decret-2019-919',
    publisher: 'République française (Journal officiel)',
    title:
      'Décret n° 2019-919 du 30 août 2019 relatif au développement des compétences numériques dans l’enseignement scolaire, dans l’enseignement supérieur et par la formation continue, et au cadre de référence des compétences numériques',
    year: 2019,
  },
  {
    id: 'cc-france-arrete-pix-2019',
    publisher: 'République française (Journal officiel)',
    title:
      'Arrêté du 30 août 2019 relatif à la certification Pix des compétences numériques définies par le cadre de référence des compétences numériques mentionné à l’article D. 121-1 du code de l’éducation',
    year: 2019,
  },
  {
    id: 'cc-australia-eosca-2015',
    publisher: 'Parliament of Australia',
    title: 'Enhancing Online Safety for Children Act 2015',
    year: 2015,
  },
  {
    id: 'cc-australia-eosca-amendment-2017',
    publisher: 'Parliament of Australia',
    title: 'Enhancing Online Safety for Children Amendment Act 2017',
    year: 2017,
  },
  {
    id: 'cc-brazil-lei-15100-2025',
    publisher: 'Presidência da República, Brasil',
    title:
      'Lei nº 15.100, de 13 de janeiro de 2025: Dispõe sobre a utilização, por estudantes, de aparelhos eletrônicos portáteis pessoais nos estabelecimentos públicos e privados de ensino da educação básica',
    year: 2025,
  },
];
