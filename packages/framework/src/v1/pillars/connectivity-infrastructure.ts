import type { Pillar } from '@dtc/schema';

/**
 * Pillar 2, foundational. Its four components are the ones named in published material
 * (origin 'published'); the questions and level descriptors are this toolkit's proposal.
 */
export const connectivityInfrastructure: Pillar = {
  id: 'connectivity-infrastructure',
  foundational: true,
  title: { en: 'Connectivity and infrastructure', fr: 'Connectivité et infrastructure' },
  summary: {
    en: 'The physical base of digital learning: electricity and internet in schools, the devices that learners and teachers use, the software and services that run on them, and learning spaces fit for digital use.',
    fr: 'Le socle matériel de l’apprentissage numérique : l’électricité et l’internet dans les établissements, les appareils utilisés par les élèves et les enseignants, les logiciels et les services qui y fonctionnent, et des espaces d’apprentissage adaptés aux usages numériques.',
  },
  components: [
    {
      id: 'electricity-internet',
      origin: 'published',
      title: { en: 'Electricity and internet access', fr: 'Électricité et accès à l’internet' },
      summary: {
        en: 'Whether schools have reliable power and an internet connection that can be used for teaching, how connections are provided, and whether the government knows which schools are connected and how well.',
        fr: 'La présence dans les établissements d’une alimentation électrique fiable et d’une connexion à l’internet utilisable pour l’enseignement, les modes de fourniture de ces connexions, et la connaissance qu’a l’État des établissements raccordés et de la qualité de leur connexion.',
      },
      questions: [
        {
          id: 'electricity-internet-school-coverage',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'What share of schools have both reliable electricity and a working internet connection?',
            fr: 'Quelle part des établissements scolaires dispose à la fois d’une électricité fiable et d’une connexion à l’internet en état de marche ?',
          },
          help: {
            en: 'Count a school as connected only if its connection worked during the past month and can be used for teaching, not only by the school office. For comparison, UNESCO’s 2023 Global Education Monitoring Report found that 40% of primary, 50% of lower-secondary and 65% of upper-secondary schools worldwide were connected to the internet.',
            fr: 'Un établissement n’est compté comme raccordé que si sa connexion a fonctionné au cours du mois écoulé et peut servir à l’enseignement, et non au seul secrétariat. À titre de comparaison, le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO indique que 40 % des écoles primaires, 50 % des établissements du premier cycle du secondaire et 65 % de ceux du second cycle étaient raccordés à l’internet dans le monde.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than a quarter of schools have both reliable electricity and a working internet connection.',
                fr: 'Moins d’un quart des établissements disposent à la fois d’une électricité fiable et d’une connexion à l’internet en état de marche.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Between a quarter and half of schools have both, most of them in towns; many rural schools still lack electricity.',
                fr: 'Entre un quart et la moitié des établissements disposent des deux, pour la plupart en ville ; de nombreux établissements ruraux n’ont toujours pas l’électricité.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Between half and three quarters of schools have both, including a significant share of rural schools.',
                fr: 'Entre la moitié et les trois quarts des établissements disposent des deux, y compris une part significative des établissements ruraux.',
              },
            },
            {
              level: 4,
              text: {
                en: 'More than three quarters of schools have both, in rural as well as urban areas.',
                fr: 'Plus des trois quarts des établissements disposent des deux, en zone rurale comme en zone urbaine.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-mapping',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Does the government know which schools are connected, and how well?',
            fr: 'L’État sait-il quels établissements sont raccordés, et avec quelle qualité de connexion ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no list or map of connected schools; any figures come from occasional surveys or from operators.',
                fr: 'Il n’existe ni liste ni carte des établissements raccordés ; les chiffres disponibles, le cas échéant, proviennent d’enquêtes ponctuelles ou des opérateurs.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The school census records whether each school has electricity and internet, but not the type of connection, its speed or whether it actually works.',
                fr: 'Le recensement scolaire indique si chaque établissement dispose de l’électricité et de l’internet, mais pas le type de connexion, son débit ni son fonctionnement effectif.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A map of all schools with their geographic coordinates shows each one’s power source, connection type and contracted bandwidth, and is updated at least once a year.',
                fr: 'Une carte de tous les établissements, avec leurs coordonnées géographiques, indique pour chacun la source d’électricité, le type de connexion et le débit contractuel, et elle est mise à jour au moins une fois par an.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The school map is completed by measurements of actual speed and uptime, from a measurement application or operators’ data, and is used to decide which schools to connect next and to check that operators deliver the service they are paid for.',
                fr: 'La carte des établissements est complétée par des mesures du débit réel et de la disponibilité des connexions, issues d’une application de mesure ou des données des opérateurs, et sert à choisir les prochains établissements à raccorder et à vérifier que les opérateurs fournissent le service pour lequel ils sont payés.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-provision',
          kind: 'choice',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'Which best describes how connected schools get their internet access?',
            fr: 'Quelle situation décrit le mieux la manière dont les établissements raccordés accèdent à l’internet ?',
          },
          help: {
            en: 'Fibre is fast and stable where the network reaches; mobile broadband depends on coverage; satellite reaches remote schools at a higher recurrent cost; community networks are built and run by local communities. Bandwidth per learner is the speed of a school’s connection divided by its number of learners, a simple way to compare schools of different sizes. This question does not apply if no school is connected yet.',
            fr: 'La fibre est rapide et stable là où le réseau arrive ; le haut débit mobile dépend de la couverture ; le satellite atteint les établissements isolés, pour un coût récurrent plus élevé ; les réseaux communautaires sont construits et exploités par les communautés locales. Le débit par élève correspond au débit de la connexion d’un établissement divisé par son nombre d’élèves, ce qui permet de comparer des établissements de tailles différentes. Cette question ne s’applique pas si aucun établissement n’est encore raccordé.',
          },
          options: [
            {
              id: 'school-arranged',
              level: 1,
              label: {
                en: 'Each school arranges its own connection, often a mobile data plan paid for by staff or parents.',
                fr: 'Chaque établissement trouve seul une solution, souvent un forfait de données mobiles payé par le personnel ou les parents.',
              },
            },
            {
              id: 'project-based',
              level: 2,
              label: {
                en: 'Connections come from separate projects or donors, each with its own technology and provider, and often stop when the project ends.',
                fr: 'Les connexions proviennent de projets ou de bailleurs distincts, chacun avec sa technologie et son fournisseur, et s’interrompent souvent à la fin du projet.',
              },
            },
            {
              id: 'national-programme',
              level: 3,
              label: {
                en: 'A national programme connects schools under framework contracts, choosing fibre, mobile broadband or satellite according to each school’s location.',
                fr: 'Un programme national raccorde les établissements dans le cadre de contrats-cadres, en retenant la fibre, le haut débit mobile ou le satellite selon la situation de chaque établissement.',
              },
            },
            {
              id: 'guaranteed-service',
              level: 4,
              label: {
                en: 'A national programme or education network guarantees a minimum bandwidth per learner, monitors service levels, and has a planned solution for every school, including community networks where operators do not go.',
                fr: 'Un programme national ou un réseau dédié à l’éducation garantit un débit minimal par élève, contrôle les niveaux de service et prévoit une solution pour chaque établissement, y compris des réseaux communautaires là où les opérateurs ne vont pas.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'hardware-devices',
      origin: 'published',
      title: { en: 'Hardware and devices', fr: 'Matériel et appareils' },
      summary: {
        en: 'The computers, tablets, projectors and other devices available to learners and teachers, the policy that decides who gets what and why, and how devices are maintained, repaired, replaced and disposed of.',
        fr: 'Les ordinateurs, tablettes, projecteurs et autres appareils mis à la disposition des élèves et des enseignants, la politique qui en fixe la répartition et l’usage, ainsi que leur maintenance, leur réparation, leur renouvellement et leur fin de vie.',
      },
      questions: [
        {
          id: 'hardware-devices-policy',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is there a national policy on devices for learners and teachers?',
            fr: 'Existe-t-il une politique nationale d’équipement des élèves et des enseignants ?',
          },
          help: {
            en: 'One-to-one: each learner has a device. Shared models: computer rooms, mobile carts moved from class to class, or a teacher’s device connected to a projector.',
            fr: 'Modèle individuel : chaque élève dispose d’un appareil. Modèles partagés : salles informatiques, chariots mobiles qui circulent d’une classe à l’autre, ou appareil de l’enseignant relié à un projecteur.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no device policy: devices arrive through donations or projects, in the models and quantities their sponsors choose.',
                fr: 'Il n’existe aucune politique d’équipement : les appareils arrivent au gré des dons ou des projets, dans les modèles et les quantités choisis par ceux qui les financent.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A policy or programme sets device targets, for example one tablet per learner in a given grade, but says little about how devices will be used in teaching, maintained or replaced.',
                fr: 'Une politique ou un programme fixe des objectifs d’équipement, par exemple une tablette par élève dans un niveau donné, mais reste peu explicite sur l’usage pédagogique, la maintenance ou le renouvellement des appareils.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national device policy states which devices go to which levels and for what teaching purpose (shared rooms, mobile carts, one-to-one, teacher devices), sets minimum specifications, and plans training, content, maintenance and replacement along with the devices.',
                fr: 'Une politique nationale d’équipement précise quels appareils sont destinés à quels niveaux et à quelles fins pédagogiques (salles partagées, chariots mobiles, équipement individuel, appareils des enseignants), fixe des spécifications minimales et prévoit, en même temps que les appareils, la formation, les contenus, la maintenance et le renouvellement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A national device policy of this kind was piloted before being scaled up, is revised using evidence on how devices are actually used and what they cost, and its specifications favour energy efficiency, repairability and accessibility.',
                fr: 'Une politique nationale d’équipement de ce type a été expérimentée avant sa généralisation, est révisée à partir de données sur l’usage réel des appareils et sur leur coût, et ses spécifications privilégient la sobriété énergétique, la réparabilité et l’accessibilité.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-availability',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How many schools have devices that learners actually use?',
            fr: 'Combien d’établissements disposent d’appareils réellement utilisés par les élèves ?',
          },
          help: {
            en: 'Count devices in working order that learners or teachers use for learning: desktop and laptop computers, tablets, and shared devices such as projectors or interactive boards. Learners’ own phones are not counted.',
            fr: 'Seuls comptent les appareils en état de marche que les élèves ou les enseignants utilisent pour apprendre : ordinateurs fixes et portables, tablettes et appareils partagés comme les projecteurs ou les tableaux interactifs. Les téléphones personnels des élèves ne sont pas pris en compte.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than one school in five has devices that learners can use; where devices exist, they are in the school office or came from one-off donations.',
                fr: 'Moins d’un établissement sur cinq dispose d’appareils utilisables par les élèves ; là où il en existe, ils se trouvent au secrétariat ou proviennent de dons ponctuels.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Between one school in five and half of all schools have devices for learners, often a single computer room shared by the whole school, and few teachers have a device for their work.',
                fr: 'Entre un établissement sur cinq et la moitié des établissements disposent d’appareils pour les élèves, souvent une seule salle informatique partagée par tout l’établissement, et peu d’enseignants ont un appareil pour leur travail.',
              },
            },
            {
              level: 3,
              text: {
                en: 'More than half of schools have devices that learners use in lessons every week, and most teachers have a device for their work.',
                fr: 'Plus de la moitié des établissements disposent d’appareils que les élèves utilisent en classe chaque semaine, et la plupart des enseignants ont un appareil pour leur travail.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools at the levels covered by the device policy meet its target number of learners per device, in rural and urban areas alike, and nearly all teachers have a device for their work.',
                fr: 'La quasi-totalité des établissements des niveaux couverts par la politique d’équipement atteignent le nombre cible d’élèves par appareil, en zone rurale comme en zone urbaine, et la quasi-totalité des enseignants ont un appareil pour leur travail.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-maintenance',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are devices maintained, repaired, replaced and disposed of?',
            fr: 'Comment les appareils sont-ils entretenus, réparés, renouvelés et éliminés ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Maintenance is nobody’s job: broken devices stay unused, and no replacement is planned.',
                fr: 'La maintenance ne relève de personne : les appareils en panne restent inutilisés et aucun renouvellement n’est prévu.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Repairs depend on a warranty, a supplier contract or a willing teacher; there is no inventory of devices and no budget to replace them.',
                fr: 'Les réparations dépendent d’une garantie, d’un contrat avec le fournisseur ou de la bonne volonté d’un enseignant ; il n’existe ni inventaire des appareils ni budget pour les remplacer.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An inventory records each school’s devices and their condition; a funded maintenance service, in-house, regional or contracted, carries out repairs, and a replacement cycle is planned.',
                fr: 'Un inventaire recense les appareils de chaque établissement et leur état ; un service de maintenance financé, interne, régional ou sous-traité, assure les réparations, et un cycle de renouvellement est planifié.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The inventory is kept up to date and used to track repair times and the share of devices in working order; devices are replaced on a funded cycle, and retired devices are refurbished or recycled under e-waste rules.',
                fr: 'L’inventaire est tenu à jour et sert à suivre les délais de réparation et la part des appareils en état de marche ; les appareils sont renouvelés selon un cycle financé, et ceux qui sont réformés sont reconditionnés ou recyclés conformément aux règles applicables aux déchets électroniques.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'software-services',
      origin: 'published',
      title: { en: 'Software and services', fr: 'Logiciels et services' },
      summary: {
        en: 'The operating systems, applications, learning platforms and online services that schools rely on: how they are chosen and licensed, whether they work offline and together, and who supports their users.',
        fr: 'Les systèmes d’exploitation, applications, plateformes d’apprentissage et services en ligne sur lesquels reposent les établissements : leur choix et leurs licences, leur fonctionnement hors ligne et leur interopérabilité, ainsi que l’assistance apportée aux utilisateurs.',
      },
      questions: [
        {
          id: 'software-services-licensing',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are software and platforms chosen and licensed?',
            fr: 'Comment les logiciels et les plateformes sont-ils choisis, et sous quelles licences ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Software comes with donated or purchased devices or is chosen by each school; licences are not tracked, and some software in use is unlicensed or a trial version.',
                fr: 'Les logiciels sont fournis avec les appareils donnés ou achetés, ou choisis par chaque établissement ; les licences ne sont pas suivies, et certains logiciels utilisés sont sans licence ou en version d’essai.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry buys some licences centrally, but there is no catalogue of approved tools and no rule for choosing between open-source and proprietary options.',
                fr: 'Le ministère acquiert certaines licences de façon centralisée, mais il n’existe ni catalogue d’outils agréés ni règle pour choisir entre logiciels libres et propriétaires.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A catalogue of approved software and platforms exists; licences are managed centrally with known renewal dates and costs, and open-source and proprietary options are compared on total cost and data protection.',
                fr: 'Un catalogue de logiciels et de plateformes agréés existe ; les licences sont gérées de façon centralisée, avec des dates de renouvellement et des coûts connus, et les solutions libres et propriétaires sont comparées au regard du coût total et de la protection des données.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The catalogue is reviewed regularly with teachers; licence use is monitored so that unused licences are cancelled; contracts guarantee that the ministry can export its data and change provider.',
                fr: 'Le catalogue est révisé régulièrement avec les enseignants ; l’utilisation des licences est suivie afin de résilier celles qui ne servent pas ; les contrats garantissent au ministère la possibilité d’exporter ses données et de changer de fournisseur.',
              },
            },
          ],
        },
        {
          id: 'software-services-shared-platforms',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'What shared digital services do schools, teachers and learners have?',
            fr: 'De quels services numériques communs disposent les établissements, les enseignants et les élèves ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no shared services: no national learning platform, no accounts for teachers or learners, no help desk.',
                fr: 'Il n’existe aucun service commun : ni plateforme nationale d’apprentissage, ni comptes pour les enseignants ou les élèves, ni service d’assistance.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A platform or portal exists, often set up during a crisis or by a project, but few teachers and learners have accounts, it needs a good connection, and schools get no support.',
                fr: 'Une plateforme ou un portail existe, souvent créé lors d’une crise ou par un projet, mais peu d’enseignants et d’élèves y ont un compte, il exige une bonne connexion, et les établissements ne bénéficient d’aucune assistance.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A maintained national platform, with accounts open to all teachers and to learners at the levels concerned, works on low bandwidth or offline, and a help desk answers schools’ requests.',
                fr: 'Une plateforme nationale maintenue, sur laquelle tous les enseignants et les élèves des niveaux concernés peuvent ouvrir un compte, fonctionne en bas débit ou hors ligne, et un service d’assistance répond aux demandes des établissements.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The national platform is used every month by most teachers and learners at the levels concerned, shares a single sign-on with other education systems, and usage and help-desk response times are reported and acted upon.',
                fr: 'La plateforme nationale est utilisée chaque mois par la majorité des enseignants et des élèves des niveaux concernés, partage une authentification unique avec les autres systèmes éducatifs, et les statistiques d’utilisation comme les délais de réponse de l’assistance font l’objet de rapports suivis de mesures.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learning-spaces',
      origin: 'published',
      title: { en: 'Learning spaces', fr: 'Espaces d’apprentissage' },
      summary: {
        en: 'Classrooms, computer rooms, libraries and other spaces arranged for digital learning: power outlets, charging and secure storage, Wi-Fi, layout, and access for learners with disabilities.',
        fr: 'Les salles de classe, salles informatiques, bibliothèques et autres espaces aménagés pour l’apprentissage numérique : prises électriques, recharge et rangement sécurisé, Wi-Fi, agencement, et accessibilité pour les élèves en situation de handicap.',
      },
      questions: [
        {
          id: 'learning-spaces-design',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are classrooms and other learning spaces designed for digital use?',
            fr: 'Les salles de classe et les autres espaces d’apprentissage sont-ils conçus pour les usages numériques ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Classrooms are not equipped for digital use: few have power outlets, and there is no safe place to store or charge devices.',
                fr: 'Les salles de classe ne sont pas équipées pour les usages numériques : peu disposent de prises électriques, et il n’existe aucun lieu sûr pour ranger ou recharger les appareils.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools have a computer room or a converted space, but ordinary classrooms are not equipped, and school building standards say nothing about digital use.',
                fr: 'Certains établissements disposent d’une salle informatique ou d’un local réaménagé, mais les salles de classe ordinaires ne sont pas équipées, et les normes de construction scolaire ne prévoient rien pour les usages numériques.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National standards for building and renovating schools require power outlets, secure charging and storage, and Wi-Fi coverage in classrooms, and new or renovated schools meet them.',
                fr: 'Les normes nationales de construction et de rénovation scolaires imposent des prises électriques, des dispositifs sécurisés de recharge et de rangement, et une couverture Wi-Fi dans les salles de classe, et les établissements neufs ou rénovés les respectent.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These standards apply to existing schools too, through a funded upgrade plan; spaces are laid out for group work and flexible use, and their condition is checked during school inspections.',
                fr: 'Ces normes s’appliquent aussi aux établissements existants, grâce à un plan de mise à niveau financé ; les espaces sont agencés pour le travail en groupe et des usages modulables, et leur état est vérifié lors des inspections.',
              },
            },
          ],
        },
        {
          id: 'learning-spaces-accessibility',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Can learners with disabilities use digital learning spaces and tools?',
            fr: 'Les élèves en situation de handicap peuvent-ils utiliser les espaces et les outils d’apprentissage numériques ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners with disabilities are not considered when digital spaces and equipment are planned: most computer rooms cannot be reached by a wheelchair user, and no assistive technology is provided.',
                fr: 'Les élèves en situation de handicap ne sont pas pris en compte dans la planification des espaces et des équipements numériques : la plupart des salles informatiques sont inaccessibles en fauteuil roulant, et aucune aide technique n’est fournie.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools, often specialised ones, have assistive technology through projects or NGOs, but no national rule requires digital spaces or tools to be accessible.',
                fr: 'Certains établissements, souvent spécialisés, disposent d’aides techniques grâce à des projets ou à des ONG, mais aucune règle nationale n’impose l’accessibilité des espaces ou des outils numériques.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National rules require digital learning spaces to be physically accessible and assistive technology to be supplied when a learner needs it, and new spaces and purchases comply.',
                fr: 'Des règles nationales imposent l’accessibilité physique des espaces d’apprentissage numériques et la fourniture d’aides techniques aux élèves qui en ont besoin, et les nouveaux espaces comme les nouveaux achats s’y conforment.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These rules are applied in mainstream schools across the country: learners’ needs are identified, assistive technology is supplied and maintained from a budget line, and accessibility is checked during school inspections.',
                fr: 'Ces règles sont appliquées dans les établissements ordinaires de tout le pays : les besoins des élèves sont repérés, les aides techniques sont fournies et entretenues sur une ligne budgétaire dédiée, et l’accessibilité est vérifiée lors des inspections.',
              },
            },
          ],
        },
      ],
    },
  ],
};
