import type { Pillar } from '@dtc/schema';

/**
 * Pillar 6: data and evidence. Its five components are those named in the published
 * framework; the questions and descriptors are this toolkit's.
 */
export const dataEvidence: Pillar = {
  id: 'data-evidence',
  title: { en: 'Data and evidence', fr: 'Données et preuves' },
  summary: {
    en: 'Reliable, timely and protected data on learners, teachers and schools that are used to decide and act, and the governance of artificial intelligence in education. With connectivity, this pillar is a backbone of the others.',
    fr: 'Des données fiables, à jour et protégées sur les apprenants, les enseignants et les établissements, utilisées pour décider et agir, ainsi que la gouvernance de l’intelligence artificielle dans l’éducation. Avec la connectivité, ce pilier sert d’assise à tous les autres.',
  },
  foundational: true,
  components: [
    {
      id: 'actionable-insights',
      origin: 'published',
      title: { en: 'Actionable insights', fr: 'Informations exploitables' },
      summary: {
        en: 'Data turned into information that decision-makers at every level use: dashboards, early warning and published statistics.',
        fr: 'Des données transformées en informations utiles aux décideurs à tous les niveaux : tableaux de bord, alerte précoce et statistiques publiées.',
      },
      questions: [
        {
          id: 'actionable-insights-decisions',
          kind: 'rubric',
          title: {
            en: 'Are education data used to make decisions at central, regional and school level?',
            fr: 'Les données de l’éducation sont-elles utilisées pour prendre des décisions aux niveaux central, régional et de l’établissement ?',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are compiled for the statistical yearbook and reports to partners; decisions on budgets, staffing and school building are made without reference to them.',
                fr: 'Les données servent à produire l’annuaire statistique et les rapports aux partenaires ; les décisions budgétaires, d’affectation du personnel ou de construction scolaire sont prises sans s’y référer.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Central planners use school census data for some decisions, such as where to build classrooms, but regional offices and schools get little or nothing back.',
                fr: 'Les services centraux de planification utilisent les données du recensement scolaire pour certaines décisions, comme l’implantation de salles de classe, mais les directions régionales et les établissements n’en reçoivent que peu de retour, voire aucun.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Central and regional managers use dashboards with indicators updated at least every term, and decisions on teacher deployment and resource allocation rest on documented analyses.',
                fr: 'Les responsables centraux et régionaux utilisent des tableaux de bord dont les indicateurs sont actualisés au moins chaque trimestre, et les décisions d’affectation des enseignants et de répartition des moyens reposent sur des analyses documentées.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Schools, districts and the ministry each receive data they can act on, in a form suited to them; decisions and their results are tracked, and data use is part of managers’ job descriptions and training.',
                fr: 'Les établissements, les circonscriptions et le ministère reçoivent chacun des données directement exploitables, sous une forme adaptée ; les décisions et leurs effets sont suivis, et l’exploitation des données figure dans les fiches de poste et la formation des responsables.',
              },
            },
          ],
        },
        {
          id: 'actionable-insights-early-warning',
          kind: 'rubric',
          title: {
            en: 'Do data lead to support for learners at risk of dropping out or falling behind?',
            fr: 'Les données débouchent-elles sur un accompagnement des élèves menacés de décrochage ou en difficulté ?',
          },
          help: {
            en: 'An early warning system uses signals such as absences, falling marks or being over-age for one’s grade to flag learners likely to drop out, so that the school can act before they leave.',
            fr: 'Un système d’alerte précoce s’appuie sur des signaux comme l’absentéisme, la baisse des résultats ou le retard scolaire pour repérer les élèves susceptibles de décrocher, afin que l’établissement puisse agir avant qu’ils ne quittent l’école.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No system exists; learners at risk are noticed, if at all, by individual teachers.',
                fr: 'Aucun dispositif n’existe ; les élèves à risque sont repérés, le cas échéant, par tel ou tel enseignant.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Early warning is piloted in a few districts or by an NGO, using attendance and marks recorded on paper.',
                fr: 'Un système d’alerte précoce est expérimenté dans quelques circonscriptions ou par une ONG, à partir des absences et des notes consignées sur papier.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An early warning system based on individual learner records (attendance, results, over-age enrolment) flags learners at risk to schools in most regions, with guidance on how to respond.',
                fr: 'Un système d’alerte précoce fondé sur les dossiers individuels des élèves (assiduité, résultats, retard scolaire) signale les élèves à risque aux établissements de la plupart des régions, avec des consignes sur la conduite à tenir.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Early warning covers the whole country and triggers support (remedial teaching, social protection, cash transfers); the accuracy of alerts and what becomes of flagged learners are monitored.',
                fr: 'L’alerte précoce couvre tout le pays et déclenche des mesures d’appui (remédiation, protection sociale, transferts monétaires) ; la fiabilité des alertes et le devenir des élèves signalés font l’objet d’un suivi.',
              },
            },
          ],
        },
        {
          id: 'actionable-insights-publication',
          kind: 'rubric',
          title: {
            en: 'Are education statistics published for the public, researchers and partners?',
            fr: 'Les statistiques de l’éducation sont-elles publiées à l’intention du public, des chercheurs et des partenaires ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Statistics are not published, or are released only on request to the ministry.',
                fr: 'Les statistiques ne sont pas publiées, ou ne sont communiquées que sur demande adressée au ministère.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A statistical yearbook is published as a document (for example a PDF) with national and regional tables; the underlying data are not available.',
                fr: 'Un annuaire statistique est publié sous forme de document (un PDF, par exemple) avec des tableaux nationaux et régionaux ; les données sous-jacentes ne sont pas accessibles.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Key indicators and school-level data are published in reusable formats (spreadsheets, CSV) with their definitions, and researchers can obtain anonymised data through a set procedure.',
                fr: 'Les principaux indicateurs et des données par établissement sont publiés dans des formats réutilisables (tableur, CSV) avec leurs définitions, et les chercheurs peuvent obtenir des données anonymisées selon une procédure établie.',
              },
            },
            {
              level: 4,
              text: {
                en: 'An open-data portal offers documented school-level data, updated every year; anonymised learner-level data are shared with researchers under agreements, and the ministry publishes its own analyses.',
                fr: 'Un portail de données ouvertes propose des données documentées par établissement, mises à jour chaque année ; des données individuelles anonymisées sont partagées avec les chercheurs dans le cadre de conventions, et le ministère publie ses propres analyses.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'systems-integration',
      origin: 'published',
      title: { en: 'Systems integration', fr: 'Intégration des systèmes' },
      summary: {
        en: 'An EMIS architecture in which records of schools, teachers and learners share unique identifiers, and education systems that exchange data through agreed open standards and interfaces.',
        fr: 'Une architecture du SIGE dans laquelle les données sur les établissements, les enseignants et les élèves partagent des identifiants uniques, et des systèmes d’information de l’éducation qui échangent leurs données selon des normes ouvertes et des interfaces convenues.',
      },
      questions: [
        {
          id: 'systems-integration-emis-architecture',
          kind: 'rubric',
          title: {
            en: 'How is the education management information system (EMIS) organised?',
            fr: 'Comment le système d’information pour la gestion de l’éducation (SIGE) est-il organisé ?',
          },
          help: {
            en: 'An EMIS is the set of people, procedures and software that collect, store, process and share data on schools, learners, teachers, finances and results. A unique identifier is a code given to each school, teacher or learner that stays the same across systems and years, so that records can be linked without relying on names.',
            fr: 'Le SIGE désigne l’ensemble des personnes, des procédures et des logiciels qui recueillent, stockent, traitent et diffusent les données sur les établissements, les élèves, les enseignants, les finances et les résultats. Un identifiant unique est un code attribué à chaque établissement, enseignant ou élève, qui reste le même d’un système et d’une année à l’autre, ce qui permet de relier les données sans se fier aux noms.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are collected on paper questionnaires or in separate spreadsheets kept by each department; there is no central database.',
                fr: 'Les données sont recueillies au moyen de questionnaires papier ou de tableurs distincts tenus par chaque direction ; il n’existe pas de base de données centrale.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A central database holds the annual school census at school level, but personnel, examination and finance data sit in separate systems that do not communicate; only schools have codes.',
                fr: 'Une base centrale contient le recensement scolaire annuel au niveau de l’établissement, mais les données sur le personnel, les examens et les finances relèvent de systèmes distincts qui ne communiquent pas ; seuls les établissements ont un code.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The EMIS holds records of schools, teachers and learners with unique identifiers, and these identifiers link the main subsystems (census, human resources, examinations).',
                fr: 'Le SIGE contient des dossiers sur les établissements, les enseignants et les élèves, dotés d’identifiants uniques qui relient les principaux sous-systèmes (recensement, ressources humaines, examens).',
              },
            },
            {
              level: 4,
              text: {
                en: 'An integrated EMIS, built on a documented architecture, connects all education subsystems, keeps each learner’s identifier throughout their schooling, and exchanges data securely with other government systems such as civil registration, health, social protection and finance.',
                fr: 'Un SIGE intégré, reposant sur une architecture documentée, relie tous les sous-systèmes de l’éducation, conserve l’identifiant de chaque élève tout au long de sa scolarité et échange des données de manière sécurisée avec d’autres systèmes publics (état civil, santé, protection sociale, finances).',
              },
            },
          ],
        },
        {
          id: 'systems-integration-interoperability',
          kind: 'rubric',
          title: {
            en: 'How do education information systems exchange data with one another?',
            fr: 'Comment les systèmes d’information de l’éducation échangent-ils des données entre eux ?',
          },
          help: {
            en: 'Education information systems here means the EMIS, learning platforms, examination systems, and the human resources, payroll and finance systems that hold education data. Interoperability is their ability to exchange data without rework. Open standards are published specifications that any supplier can implement, such as LTI and xAPI for learning platforms. An application programming interface (API) lets one system request data from another automatically, with no file exported by hand.',
            fr: 'Les systèmes d’information de l’éducation désignent ici le SIGE, les plateformes d’apprentissage, les systèmes de gestion des examens, ainsi que les systèmes de ressources humaines, de paie et de finances qui contiennent des données sur l’éducation. L’interopérabilité est leur capacité à échanger des données sans ressaisie. Les normes ouvertes sont des spécifications publiées que tout fournisseur peut mettre en œuvre, comme LTI et xAPI pour les plateformes d’apprentissage. Une interface de programmation (API) permet à un système d’obtenir automatiquement des données d’un autre système, sans export manuel de fichiers.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Each system uses its own formats, codes and accounts; moving data from one system to another means keying them in again.',
                fr: 'Chaque système applique ses propres formats, nomenclatures et comptes ; faire passer des données d’un système à l’autre oblige à les ressaisir.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some data are exchanged as exported files under one-off arrangements; code lists for schools, subjects or localities differ from one system to another, and suppliers are not required to follow any standard.',
                fr: 'Certaines données s’échangent par fichiers exportés, au gré d’arrangements ponctuels ; les nomenclatures (établissements, disciplines, localités) diffèrent d’un système à l’autre, et aucune norme n’est imposée aux fournisseurs.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has adopted a data dictionary, common code lists and interface specifications based on open standards and requires them in contracts; the EMIS, examination and human resources systems exchange data through them.',
                fr: 'Le ministère a adopté un dictionnaire de données, des nomenclatures communes et des spécifications d’interface fondées sur des normes ouvertes, et les impose dans ses contrats ; le SIGE et les systèmes de gestion des examens et des ressources humaines échangent des données selon ces règles.',
              },
            },
            {
              level: 4,
              text: {
                en: 'All the main education systems, including learning platforms and finance, exchange data automatically through documented, secure interfaces (APIs) that follow the adopted standards; a data governance body keeps the standards up to date, and every new system is tested for compliance before it is connected.',
                fr: 'Tous les principaux systèmes d’information de l’éducation, y compris les plateformes d’apprentissage et les systèmes financiers, échangent automatiquement des données par des interfaces documentées et sécurisées (API) conformes aux normes adoptées ; une instance de gouvernance des données tient ces normes à jour, et la conformité de tout nouveau système est testée avant son raccordement.',
              },
            },
          ],
        },
        {
          id: 'systems-integration-emis-platform',
          kind: 'text',
          title: {
            en: 'Which EMIS platforms does the ministry use?',
            fr: 'Quelles plateformes de SIGE le ministère utilise-t-il ?',
          },
          help: {
            en: 'For example: a system developed in-house, an open-source platform such as OpenEMIS or DHIS2 adapted for education, or a commercial product. Mention the main modules in use, who develops and maintains each, and whether the ministry hosts the system itself.',
            fr: 'Par exemple : un système développé en interne, une plateforme libre comme OpenEMIS ou DHIS2 adaptée à l’éducation, ou un produit commercial. Précisez les principaux modules utilisés, qui en assure le développement et la maintenance, et si le ministère héberge lui-même le système.',
          },
          allowDontKnow: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'quality-coverage',
      origin: 'published',
      title: { en: 'Quality and coverage', fr: 'Qualité et couverture' },
      summary: {
        en: 'Data drawn from schools’ own records, available soon after collection, covering every school including non-state ones, verified against other sources, and broken down to reveal inequalities.',
        fr: 'Des données tirées des registres des établissements, disponibles peu après la collecte, couvrant tous les établissements, y compris ceux qui ne relèvent pas de l’État, vérifiées au regard d’autres sources et ventilées pour révéler les inégalités.',
      },
      questions: [
        {
          id: 'quality-coverage-collection',
          kind: 'rubric',
          title: {
            en: 'How are school data collected for the EMIS?',
            fr: 'Comment les données des établissements sont-elles recueillies pour le SIGE ?',
          },
          help: {
            en: 'A school management system is software in which a school keeps its own registers: enrolment, attendance, staff and marks. How soon the data become available is asked in the next question.',
            fr: 'Un logiciel de gestion scolaire est un outil dans lequel l’établissement tient ses propres registres : inscriptions, assiduité, personnel et notes. Le délai de mise à disposition des données fait l’objet de la question suivante.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools fill in paper census forms, which are keyed in at district or central level.',
                fr: 'Les établissements remplissent des questionnaires papier, saisis ensuite au niveau de la circonscription ou au niveau central.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Schools or districts enter the census in an electronic form or spreadsheet, but the figures are copied by hand from registers kept on paper.',
                fr: 'Les établissements ou les circonscriptions saisissent le recensement dans un formulaire électronique ou un tableur, mais les chiffres sont recopiés à la main à partir de registres tenus sur papier.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Most schools keep their enrolment, attendance and staff registers in a digital school management system, and their census returns are produced from it without re-keying.',
                fr: 'La plupart des établissements tiennent leurs registres d’inscriptions, d’assiduité et du personnel dans un logiciel de gestion scolaire, et leurs réponses au recensement en sont tirées sans ressaisie.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools keep digital registers that update the EMIS directly, so that no separate census form is needed; schools use the same records for their own management, such as following up absences.',
                fr: 'La quasi-totalité des établissements tient des registres numériques qui alimentent directement le SIGE, si bien qu’aucun questionnaire de recensement distinct n’est nécessaire ; les établissements utilisent ces mêmes registres pour leur propre gestion, par exemple pour le suivi des absences.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-timeliness',
          kind: 'choice',
          title: {
            en: 'How soon after collection are school census results available to users?',
            fr: 'Dans quel délai après la collecte les résultats du recensement scolaire sont-ils mis à la disposition des utilisateurs ?',
          },
          help: {
            en: 'Count from the end of data collection to the day validated results reach planners, regional offices and schools, in the EMIS, on dashboards or in a publication. Where data are collected continuously, answer for the figures most users need.',
            fr: 'Comptez de la fin de la collecte au jour où les résultats validés parviennent aux services de planification, aux directions régionales et aux établissements, dans le SIGE, sur des tableaux de bord ou dans une publication. Si la collecte est continue, répondez pour les chiffres dont la plupart des utilisateurs ont besoin.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'over-twelve-months',
              level: 1,
              label: {
                en: 'More than twelve months after collection, or results are not made available to users',
                fr: 'Plus de douze mois après la collecte, ou les résultats ne sont pas mis à la disposition des utilisateurs',
              },
            },
            {
              id: 'within-twelve-months',
              level: 2,
              label: {
                en: 'Within twelve months, but more than six',
                fr: 'Dans les douze mois, mais au-delà de six mois',
              },
            },
            {
              id: 'within-six-months',
              level: 3,
              label: {
                en: 'Within six months, but more than one',
                fr: 'Dans les six mois, mais au-delà d’un mois',
              },
            },
            {
              id: 'within-one-month',
              level: 4,
              label: {
                en: 'Within one month of collection, or continuously as schools’ records are updated',
                fr: 'Dans le mois qui suit la collecte, ou en continu à mesure que les registres des établissements sont mis à jour',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-completeness',
          kind: 'rubric',
          title: {
            en: 'How completely does the school census cover schools, including non-state ones?',
            fr: 'Dans quelle mesure le recensement scolaire couvre-t-il l’ensemble des établissements, y compris ceux qui ne relèvent pas de l’État ?',
          },
          help: {
            en: 'Non-state schools are private, community, faith-based and NGO-run schools. A school register (or master list) is the official list of all schools with their unique codes, against which census returns are counted.',
            fr: 'Les établissements qui ne relèvent pas de l’État sont les établissements privés, communautaires, confessionnels ou gérés par des ONG. Le répertoire des établissements est la liste officielle de tous les établissements, avec leur code unique, par rapport à laquelle on compte les réponses au recensement.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The census misses a significant share of schools, often private, community or religious ones, and there is no school register against which to count the missing ones.',
                fr: 'Le recensement omet une part importante des établissements, souvent privés, communautaires ou confessionnels, et il n’existe pas de répertoire des établissements qui permette de dénombrer ceux qui manquent.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Nearly all public schools respond, but non-state schools are covered only in part, and response rates are not published.',
                fr: 'La quasi-totalité des écoles publiques répond, mais les établissements qui ne relèvent pas de l’État ne sont couverts qu’en partie, et les taux de réponse ne sont pas publiés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'More than 95% of public and registered non-state schools respond each year, counted against a school register that is kept up to date, and response rates are published.',
                fr: 'Plus de 95 % des établissements publics et des établissements non publics reconnus répondent chaque année, au regard d’un répertoire des établissements tenu à jour, et les taux de réponse sont publiés.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools, public and non-state, registered or not, respond each year; the school register is compared every year with other sources (local authorities, school mapping) and the schools missing from it are added; response rates are published by type of school.',
                fr: 'La quasi-totalité des établissements, publics ou non, reconnus ou non, répond chaque année ; le répertoire des établissements est rapproché chaque année d’autres sources (collectivités locales, cartographie scolaire) les établissements qui y manquent sont ajoutés ; les taux de réponse sont publiés par type d’établissement.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-reliability',
          kind: 'rubric',
          title: {
            en: 'Are the figures in the EMIS verified before they are used?',
            fr: 'Les chiffres du SIGE sont-ils vérifiés avant d’être utilisés ?',
          },
          help: {
            en: 'Reconciliation compares the same figure from two sources, for example the number of teachers in the census and on the payroll, or enrolment and the school-age population.',
            fr: 'Le rapprochement consiste à comparer un même chiffre issu de deux sources, par exemple le nombre d’enseignants dans le recensement et dans le fichier de paie, ou les effectifs scolarisés et la population d’âge scolaire.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Figures are not checked: errors are found, if at all, when users notice them, and sources give different figures for the same thing.',
                fr: 'Les chiffres ne sont pas vérifiés : les erreurs ne sont repérées, le cas échéant, que lorsque les utilisateurs s’en aperçoivent, et les sources donnent des chiffres différents pour une même réalité.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Checks at data entry catch missing or impossible values, but figures are neither compared with other sources nor checked in schools.',
                fr: 'Des contrôles à la saisie repèrent les valeurs manquantes ou impossibles, mais les chiffres ne sont ni comparés à d’autres sources ni vérifiés dans les établissements.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Automated validation rules run at entry; each year a sample of schools is visited to compare returns with registers, key figures are reconciled with other sources (payroll, examinations, population estimates), and corrections are recorded.',
                fr: 'Des règles de validation automatiques s’appliquent à la saisie ; chaque année, un échantillon d’établissements est visité pour comparer les réponses aux registres, les principaux chiffres sont rapprochés d’autres sources (paie, examens, estimations de population), et les corrections sont consignées.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, data quality is assessed at least every three years against a reference framework, such as that of the UNESCO Institute for Statistics; the error rates found in field checks are published, and the gaps found are corrected and tracked.',
                fr: 'En outre, la qualité des données est évaluée au moins tous les trois ans selon un cadre de référence, comme celui de l’Institut de statistique de l’UNESCO ; les taux d’erreur relevés lors des contrôles sur le terrain sont publiés, et les lacunes constatées sont corrigées et suivies.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-disaggregation',
          kind: 'rubric',
          title: {
            en: 'Can the data be broken down to show which learners are being left behind?',
            fr: 'Les données peuvent-elles être ventilées pour montrer quels apprenants sont laissés pour compte ?',
          },
          help: {
            en: 'Functioning-based questions ask about difficulties with activities such as seeing, hearing, walking or learning rather than about a medical diagnosis; the Child Functioning Module developed by UNICEF and the Washington Group on Disability Statistics is a common reference.',
            fr: 'Les questions sur le fonctionnement portent sur les difficultés rencontrées dans des activités comme voir, entendre, marcher ou apprendre, plutôt que sur un diagnostic médical ; le module sur le fonctionnement de l’enfant élaboré par l’UNICEF et le Groupe de Washington sur les statistiques du handicap est une référence courante.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are mostly aggregate counts per school, broken down by sex at most.',
                fr: 'Les données sont pour l’essentiel des effectifs agrégés par établissement, ventilés tout au plus par sexe.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Data are available by sex, age, grade and region; disability is not recorded, or is recorded with definitions that vary from school to school.',
                fr: 'Les données sont disponibles par sexe, âge, niveau et région ; le handicap n’est pas renseigné, ou l’est selon des définitions qui varient d’un établissement à l’autre.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learner-level data can be broken down by sex, age, location (urban or rural, district), disability recorded through functioning-based questions, and a measure of socio-economic status.',
                fr: 'Les données individuelles peuvent être ventilées par sexe, âge, lieu (urbain ou rural, circonscription), handicap renseigné au moyen de questions sur le fonctionnement, et selon un indicateur du niveau socio-économique.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Analyses that combine these dimensions (for example, rural girls with disabilities) are published regularly and used to target resources, and the data also show learners’ access to devices and connectivity at home.',
                fr: 'Des analyses croisant ces dimensions (par exemple, les filles en situation de handicap vivant en milieu rural) sont publiées régulièrement et servent à cibler les moyens, et les données renseignent aussi l’accès des élèves aux équipements et à la connexion à domicile.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'security-privacy',
      origin: 'published',
      title: { en: 'Security and privacy', fr: 'Sécurité et protection de la vie privée' },
      summary: {
        en: 'Legal protection of learners’ personal data, an authority that enforces it, practices that keep education systems and their data secure, and clear information for families on what is collected and why.',
        fr: 'La protection juridique des données personnelles des apprenants, une autorité qui la fait respecter, des pratiques qui garantissent la sécurité des systèmes d’information de l’éducation et de leurs données, et une information claire des familles sur ce qui est recueilli et pourquoi.',
      },
      questions: [
        {
          id: 'security-privacy-law',
          kind: 'rubric',
          title: {
            en: 'Does the law protect the personal data of learners?',
            fr: 'La loi protège-t-elle les données personnelles des apprenants ?',
          },
          help: {
            en: 'Count only texts adopted and in force: a bill under discussion does not count. Rules specific to children’s data may be in the law itself, in regulations or in a binding code for education, for example on consent, data minimisation or a ban on the commercial profiling of learners. Whether an authority enforces the law is asked in the next question.',
            fr: 'Ne comptez que les textes adoptés et en vigueur : un projet de loi en discussion ne compte pas. Les règles propres aux données des enfants peuvent figurer dans la loi elle-même, dans des textes réglementaires ou dans un code contraignant propre à l’éducation, par exemple sur le consentement, la minimisation des données ou l’interdiction du profilage commercial des apprenants. L’existence d’une autorité qui fait respecter la loi fait l’objet de la question suivante.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No data-protection law is in force; a bill may be under discussion.',
                fr: 'Aucune loi sur la protection des données personnelles n’est en vigueur ; un projet de loi est peut-être en discussion.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A general data-protection law is in force, but it does not clearly cover education: public bodies or schools are exempted, or it is unclear whether learners’ data fall within it.',
                fr: 'Une loi générale sur la protection des données est en vigueur, mais elle ne couvre pas clairement l’éducation : les organismes publics ou les établissements en sont exemptés, ou l’on ne sait pas si les données des apprenants en relèvent.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A data-protection law in force clearly applies to the personal data of learners held by the ministry, schools and their suppliers, with a legal basis for each use, limits on purpose, and rights of access and correction.',
                fr: 'Une loi sur la protection des données en vigueur s’applique clairement aux données personnelles des apprenants détenues par le ministère, les établissements et leurs prestataires, avec une base légale pour chaque usage, une limitation des finalités et des droits d’accès et de rectification.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition to such a law, binding rules specific to children’s data in education (consent, data minimisation, no advertising or commercial profiling) are in force, and they have been reviewed within the last five years to take account of new technologies such as AI.',
                fr: 'Outre une telle loi, des règles contraignantes propres aux données des enfants dans l’éducation (consentement, minimisation, absence de publicité et de profilage commercial) sont en vigueur, et elles ont été réexaminées au cours des cinq dernières années pour tenir compte des nouvelles technologies, comme l’IA.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-authority',
          kind: 'rubric',
          title: {
            en: 'How actively does an authority enforce data protection in education?',
            fr: 'Dans quelle mesure une autorité fait-elle respecter la protection des données dans l’éducation ?',
          },
          help: {
            en: 'A data-protection authority is a public body, usually independent (a commission or commissioner, for example), that handles complaints, investigates and can impose sanctions. Evidence: its annual report, its decisions and its guidance.',
            fr: 'Une autorité de protection des données est un organisme public, en général indépendant (une commission ou un commissaire, par exemple), qui traite les plaintes, mène des enquêtes et peut prononcer des sanctions. Éléments de preuve : son rapport annuel, ses décisions et ses recommandations.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No authority enforces data protection, or the one the law provides for has not been set up.',
                fr: 'Aucune autorité ne fait respecter la protection des données, ou celle que prévoit la loi n’a pas été mise en place.',
              },
            },
            {
              level: 2,
              text: {
                en: 'An authority has been set up, but it lacks the staff or budget to act: it handles few complaints and has not investigated any public body.',
                fr: 'Une autorité a été mise en place, mais elle manque de personnel ou de budget pour agir : elle traite peu de plaintes et n’a mené aucune enquête sur un organisme public.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The authority handles complaints, investigates public and private bodies, issues orders or sanctions, and publishes an annual report.',
                fr: 'L’autorité traite les plaintes, enquête sur des organismes publics et privés, prononce des injonctions ou des sanctions et publie un rapport annuel.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Beyond this, the authority is active in education: it has issued guidance for schools or education technology suppliers, has audited education systems or tools in the last three years, and publishes its decisions concerning education.',
                fr: 'Au-delà, l’autorité intervient dans l’éducation : elle a publié des recommandations à l’intention des établissements ou des fournisseurs de technologies éducatives, a contrôlé des systèmes ou des outils éducatifs au cours des trois dernières années, et publie ses décisions concernant l’éducation.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-practice',
          kind: 'rubric',
          title: {
            en: 'How are personal data in education systems protected in practice?',
            fr: 'Comment les données personnelles des systèmes d’information de l’éducation sont-elles protégées dans les faits ?',
          },
          help: {
            en: 'A data-protection impact assessment is a documented review, carried out before a system goes live, of the risks it poses to people’s privacy and of how they will be reduced. Evidence: the appointment of a data-protection officer, access policies, supplier contracts and the incident log.',
            fr: 'Une analyse d’impact relative à la protection des données est un examen documenté, mené avant la mise en service d’un système, des risques qu’il présente pour la vie privée et des mesures prévues pour les réduire. Éléments de preuve : la désignation d’un délégué à la protection des données, les politiques d’accès, les contrats des prestataires et le registre des incidents.',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no rules on who may see personal data; files circulate by e-mail or USB stick, accounts and passwords are shared, and breaches are not recorded.',
                fr: 'Aucune règle ne précise qui peut consulter les données personnelles ; les fichiers circulent par courriel ou clé USB, les comptes et mots de passe sont partagés, et les violations de données ne sont pas consignées.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry has issued confidentiality instructions, but access is not assigned by role, no one is formally responsible, and how suppliers handle data is not checked.',
                fr: 'Le ministère a diffusé des consignes de confidentialité, mais les accès ne sont pas attribués selon les fonctions, personne n’en est formellement responsable et le traitement des données par les prestataires n’est pas contrôlé.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A data-protection officer is designated; access is role-based and logged; new systems undergo a data-protection impact assessment; supplier contracts limit the use of data and require breaches to be reported; a breach response procedure exists and has been used or tested.',
                fr: 'Un délégué à la protection des données est désigné ; les accès sont attribués selon les fonctions et journalisés ; tout nouveau système fait l’objet d’une analyse d’impact ; les contrats des prestataires limitent l’usage des données et imposent le signalement des violations ; une procédure de réponse aux violations existe et a déjà été appliquée ou testée.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Independent security audits and penetration tests take place regularly; staff with access to data are trained every year; rules for children’s data (data minimisation, no advertising or commercial profiling) are checked for every digital tool used in schools, and breaches and the response to them are reported publicly.',
                fr: 'Des audits de sécurité indépendants et des tests d’intrusion ont lieu régulièrement ; les agents ayant accès aux données sont formés chaque année ; le respect des règles propres aux données des enfants (minimisation, absence de publicité et de profilage commercial) est vérifié pour chaque outil numérique utilisé dans les établissements, et les violations ainsi que les mesures prises sont rendues publiques.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-transparency',
          kind: 'rubric',
          title: {
            en: 'Are learners and families told what personal data are collected, and for what purpose?',
            fr: 'Les apprenants et leurs familles sont-ils informés des données personnelles recueillies et de leur finalité ?',
          },
          help: {
            en: 'A privacy notice tells people what personal data are collected about them, why, who receives them and how long they are kept.',
            fr: 'Une notice d’information indique aux personnes quelles données personnelles sont recueillies à leur sujet, pourquoi, à qui elles sont transmises et combien de temps elles sont conservées.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Families are not told what data are collected about learners or how they are used.',
                fr: 'Les familles ne sont informées ni des données recueillies sur les élèves ni de l’usage qui en est fait.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Privacy notices exist for some platforms, but they are written in legal terms and only in the official language.',
                fr: 'Des notices d’information existent pour certaines plateformes, mais elles sont rédigées en termes juridiques et uniquement dans la langue officielle.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Plain-language notices, in the languages families use, explain for the EMIS and each main platform what is collected, why, who receives it and how long it is kept; schools give them to families at enrolment.',
                fr: 'Des notices en langage clair, dans les langues des familles, expliquent pour le SIGE et chaque plateforme principale ce qui est recueilli, pourquoi, à qui les données sont transmises et combien de temps elles sont conservées ; les établissements les remettent aux familles lors de l’inscription.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Such notices cover every system and digital tool used in schools, including suppliers’ tools, and a public list of them is kept up to date; learners are told, in terms suited to their age, what happens to their data, and a survey at least every three years checks that families understand the notices, which are revised accordingly.',
                fr: 'De telles notices couvrent tous les systèmes et outils numériques utilisés dans les établissements, y compris ceux des prestataires, et une liste publique en est tenue à jour ; les élèves apprennent, en termes adaptés à leur âge, ce que deviennent leurs données, et une enquête menée au moins tous les trois ans vérifie que les familles comprennent les notices, qui sont révisées en conséquence.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'artificial-intelligence',
      origin: 'published',
      title: { en: 'Artificial intelligence', fr: 'Intelligence artificielle' },
      summary: {
        en: 'Policy, ethical guidance, competency frameworks and procurement rules that let learners and teachers benefit from AI while protecting them from its risks.',
        fr: 'Politiques, lignes directrices éthiques, référentiels de compétences et règles d’achat qui permettent aux apprenants et aux enseignants de tirer parti de l’IA tout en les protégeant de ses risques.',
      },
      questions: [
        {
          id: 'artificial-intelligence-policy',
          kind: 'rubric',
          title: {
            en: 'Does a national policy set ethical rules for the use of AI in education?',
            fr: 'Une politique nationale fixe-t-elle des règles éthiques pour l’usage de l’IA dans l’éducation ?',
          },
          help: {
            en: 'Evidence: the published policy or guidelines, and the AI competency frameworks for teachers and learners that go with them. UNESCO’s Guidance for generative AI in education and research (2023) and its Recommendation on the Ethics of Artificial Intelligence (2021) are common references for national policies.',
            fr: 'Éléments de preuve : la politique ou les lignes directrices publiées, ainsi que les référentiels de compétences en IA pour les enseignants et les élèves qui les accompagnent. Les orientations de l’UNESCO pour l’IA générative dans l’éducation et la recherche (2023) et sa Recommandation sur l’éthique de l’intelligence artificielle (2021) sont des références courantes pour les politiques nationales.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no policy or guidance; the use of AI in education is neither encouraged nor regulated.',
                fr: 'Il n’existe ni politique ni orientations ; l’usage de l’IA dans l’éducation n’est ni encouragé ni encadré.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Education is mentioned in a national AI strategy or a ministerial statement, or AI tools have been banned outright, but schools have no practical guidance.',
                fr: 'L’éducation est évoquée dans une stratégie nationale sur l’IA ou dans une déclaration ministérielle, ou bien les outils d’IA ont été purement et simplement interdits, mais les établissements ne disposent d’aucune orientation pratique.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has published a policy on AI in education that sets ethical principles (human agency, equity, transparency, privacy) and permitted uses, together with AI competency frameworks for teachers and learners.',
                fr: 'Le ministère a publié une politique sur l’IA dans l’éducation qui fixe des principes éthiques (primauté de la décision humaine, équité, transparence, vie privée) et les usages autorisés, accompagnée de référentiels de compétences en IA pour les enseignants et les élèves.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The policy was developed with teachers, learners, parents and researchers; a designated body monitors how it is applied, and it is reviewed at least every two years to keep pace with the technology.',
                fr: 'La politique a été élaborée avec les enseignants, les élèves, les parents et les chercheurs ; une instance désignée suit sa mise en œuvre, et elle est révisée au moins tous les deux ans pour suivre l’évolution des technologies.',
              },
            },
          ],
        },
        {
          id: 'artificial-intelligence-generative',
          kind: 'rubric',
          title: {
            en: 'How is the use of generative AI by teachers and learners governed in schools?',
            fr: 'Comment l’usage de l’IA générative par les enseignants et les élèves est-il encadré dans les établissements ?',
          },
          help: {
            en: 'Generative AI produces text, images, sound or code in response to instructions, as chatbots do. UNESCO’s 2023 guidance suggests a minimum age of 13 for learners’ independent use of these tools.',
            fr: 'L’IA générative produit du texte, des images, du son ou du code à partir d’instructions, comme le font les agents conversationnels. Les orientations publiées par l’UNESCO en 2023 proposent un âge minimal de 13 ans pour l’utilisation autonome de ces outils par les élèves.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no rules: teachers and learners use whichever public chatbots they like on personal accounts, and schools react to incidents one by one.',
                fr: 'Aucune règle n’existe : enseignants et élèves utilisent les agents conversationnels grand public de leur choix avec des comptes personnels, et les établissements réagissent aux incidents au cas par cas.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A circular allows, restricts or bans generative AI, but without training or follow-up, and schools interpret it in different ways.',
                fr: 'Une circulaire autorise, restreint ou interdit l’IA générative, mais sans formation ni suivi, et les établissements l’interprètent chacun à leur manière.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Schools apply common rules on which tools are approved, minimum ages, what personal data may be entered, and how AI-assisted work must be declared in assessed tasks; teachers have been trained on these rules.',
                fr: 'Les établissements appliquent des règles communes : outils autorisés, âge minimal, données personnelles qu’il est permis de saisir, déclaration de l’aide apportée par l’IA dans les travaux évalués ; les enseignants ont été formés à ces règles.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Approved tools are provided under ministry agreements with data-protection and content safeguards; use is monitored, incidents are reported and rules updated, and learners are taught to question what AI produces.',
                fr: 'Des outils agréés sont fournis dans le cadre d’accords conclus par le ministère, avec des garanties en matière de protection des données et de filtrage des contenus ; les usages sont suivis, les incidents signalés et les règles mises à jour, et les élèves apprennent à exercer leur esprit critique face aux productions de l’IA.',
              },
            },
          ],
        },
        {
          id: 'artificial-intelligence-procurement',
          kind: 'rubric',
          title: {
            en: 'Are there rules for acquiring AI tools for use in education?',
            fr: 'Des règles encadrent-elles l’acquisition d’outils d’IA destinés à l’éducation ?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'AI tools (adaptive learning, automated marking, remote exam proctoring, chatbots) are bought, or accepted from suppliers and donors, without any specific requirements.',
                fr: 'Les outils d’IA (apprentissage adaptatif, correction automatisée, surveillance d’examens à distance, agents conversationnels) sont achetés, ou acceptés de fournisseurs et de bailleurs, sans aucune exigence particulière.',
              },
            },
            {
              level: 2,
              text: {
                en: 'General IT procurement rules apply; some contracts include data clauses, but nothing specific to AI, such as bias testing, transparency or human oversight.',
                fr: 'Les règles générales d’achat informatique s’appliquent ; certains contrats comportent des clauses sur les données, mais rien de propre à l’IA, comme les tests de biais, la transparence ou le contrôle humain.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Procurement rules for AI tools require an impact assessment (rights, bias, privacy), evidence that the tool works for the country’s learners and languages, an explanation of how it reaches its outputs, human review of decisions that affect learners, and ministry ownership of the data.',
                fr: 'Les règles d’achat des outils d’IA exigent une analyse d’impact (droits, biais, vie privée), la preuve de l’efficacité de l’outil pour les élèves du pays et dans leurs langues, une explication de la manière dont il produit ses résultats, un contrôle humain des décisions qui concernent les élèves et la propriété des données par le ministère.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A public register lists the AI systems used in education; they are audited after deployment for bias and effects on learners, contracts allow them to be suspended, and audit results are published.',
                fr: 'Un registre public recense les systèmes d’IA utilisés dans l’éducation ; ils font l’objet d’audits après leur déploiement (biais, effets sur les élèves), les contrats en permettent la suspension et les résultats des audits sont publiés.',
              },
            },
          ],
        },
      ],
    },
  ],
};
