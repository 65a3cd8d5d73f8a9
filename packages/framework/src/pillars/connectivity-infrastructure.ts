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
    en: 'The physical base of digital learning: electricity and internet in schools, the devices that learners and teachers use and the support that keeps them working, the software and digital identities that give access to services, and learning spaces fit for digital use, with an eye on the energy they consume.',
    fr: 'Le socle matériel de l’apprentissage numérique : l’électricité et l’internet dans les établissements, les appareils utilisés par les élèves et les enseignants ainsi que l’assistance qui les maintient en service, les logiciels et les identités numériques qui donnent accès aux services, et des espaces d’apprentissage adaptés aux usages numériques, attentifs à l’énergie qu’ils consomment.',
  },
  components: [
    {
      id: 'electricity-internet',
      origin: 'published',
      title: { en: 'Electricity and internet access', fr: 'Électricité et accès à l’internet' },
      summary: {
        en: 'Whether schools have reliable power, from the grid or off it, and a working internet connection with enough bandwidth for teaching; whether the government knows which schools are connected and how well; and whether connections are provided on a lasting basis.',
        fr: 'La présence dans les établissements d’une alimentation électrique fiable, raccordée ou non au réseau, et d’une connexion à l’internet en état de marche, d’un débit suffisant pour l’enseignement ; la connaissance qu’a l’État des établissements raccordés et de la qualité de leur connexion ; la pérennité des dispositifs qui assurent ces connexions.',
      },
      questions: [
        {
          id: 'electricity-internet-power',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'How many schools have electricity that is reliable throughout the school day?',
            fr: 'Combien d’établissements disposent d’une électricité fiable pendant toute la journée de classe ?',
          },
          help: {
            en: 'Count a school if electricity was available throughout school hours on nearly every school day of the past month, whether from the grid or from an off-grid source such as solar panels with batteries. A school whose power fails most afternoons, or whose generator often lacks fuel, does not count.',
            fr: 'Un établissement est compté si l’électricité y a été disponible pendant toutes les heures de classe, presque tous les jours du mois écoulé, qu’elle provienne du réseau ou d’une source autonome comme des panneaux solaires avec batteries. Un établissement privé de courant la plupart des après-midi, ou dont le groupe électrogène manque souvent de carburant, n’est pas compté.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than half of schools have electricity that is reliable throughout the school day.',
                fr: 'Moins de la moitié des établissements disposent d’une électricité fiable pendant toute la journée de classe.',
              },
            },
            {
              level: 2,
              text: {
                en: 'At least half of schools, but fewer than three quarters, have electricity that is reliable throughout the school day.',
                fr: 'La moitié au moins des établissements, mais moins des trois quarts, disposent d’une électricité fiable pendant toute la journée de classe.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least three quarters of schools, but fewer than nine in ten, have electricity that is reliable throughout the school day.',
                fr: 'Les trois quarts au moins des établissements, mais moins de neuf sur dix, disposent d’une électricité fiable pendant toute la journée de classe.',
              },
            },
            {
              level: 4,
              text: {
                en: 'At least nine schools in ten have electricity that is reliable throughout the school day.',
                fr: 'Au moins neuf établissements sur dix disposent d’une électricité fiable pendant toute la journée de classe.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-connectivity',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'In what proportion of schools is a working internet connection used for learning?',
            fr: 'Dans quelle proportion d’établissements une connexion à l’internet en état de marche est-elle utilisée pour les apprentissages ?',
          },
          help: {
            en: 'Count a school as connected only if its connection worked during the past month and is used in lessons or by learners, not only by the school office. For comparison, UNESCO’s 2023 Global Education Monitoring Report found that 40% of primary, 50% of lower-secondary and 65% of upper-secondary schools worldwide were connected to the internet.',
            fr: 'Un établissement n’est compté comme raccordé que si sa connexion a fonctionné au cours du mois écoulé et sert en classe ou aux élèves, et non au seul secrétariat. À titre de comparaison, le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO indique que 40 % des écoles primaires, 50 % des établissements du premier cycle du secondaire et 65 % de ceux du second cycle étaient raccordés à l’internet dans le monde.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than a quarter of schools have a working internet connection that is used for learning.',
                fr: 'Moins d’un quart des établissements disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
              },
            },
            {
              level: 2,
              text: {
                en: 'At least a quarter of schools, but fewer than half, have a working internet connection that is used for learning.',
                fr: 'Un quart au moins des établissements, mais moins de la moitié, disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least half of schools, but fewer than three quarters, have a working internet connection that is used for learning.',
                fr: 'La moitié au moins des établissements, mais moins des trois quarts, disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
              },
            },
            {
              level: 4,
              text: {
                en: 'At least three quarters of schools have a working internet connection that is used for learning.',
                fr: 'Les trois quarts au moins des établissements disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-off-grid',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are schools beyond the electricity grid supplied with power?',
            fr: 'Comment les établissements hors réseau électrique sont-ils alimentés en énergie ?',
          },
          help: {
            en: 'Off-grid solutions include solar panels with batteries, small wind or hydro systems and local mini-grids. Schools beyond the grid include those whose grid supply fails so often that it cannot be relied on. This question does not apply when every school is connected to a grid that is reliable throughout the school day, and only then.',
            fr: 'Les solutions hors réseau comprennent les panneaux solaires avec batteries, les petites installations éoliennes ou hydrauliques et les mini-réseaux locaux. Sont considérés comme hors réseau les établissements dont l’alimentation par le réseau est si souvent coupée qu’on ne peut pas compter sur elle. Cette question ne s’applique pas lorsque tous les établissements sont raccordés à un réseau fiable pendant toute la journée de classe, et dans ce seul cas.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no list of the schools that need an off-grid solution; those beyond the grid have no power, or only what a project or the community has installed.',
                fr: 'Il n’existe aucune liste des établissements qui ont besoin d’une solution hors réseau ; ceux qui sont situés hors réseau n’ont pas d’électricité, ou seulement grâce à une installation mise en place par un projet ou par la communauté.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The schools beyond the grid are listed, and some have received solar or other off-grid systems through projects, but no plan says which solution each school will get, and no one is responsible for maintaining the systems installed.',
                fr: 'Les établissements hors réseau sont recensés, et certains ont reçu des installations solaires ou d’autres systèmes autonomes dans le cadre de projets, mais aucun plan ne précise la solution prévue pour chacun, et personne n’est chargé de l’entretien des installations.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A plan sets the off-grid solution and the date for every school beyond the grid, and a named body, with a budget, maintains the systems installed, including battery replacement.',
                fr: 'Un plan fixe la solution hors réseau et l’échéance pour chaque établissement hors réseau, et un organisme désigné, doté d’un budget, assure l’entretien des installations, y compris le remplacement des batteries.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The plan is being delivered with funded maintenance, nearly all schools beyond the grid have a working system, and the power each system delivers is monitored, remotely or through regular reports, so that failures are repaired within a set time.',
                fr: 'Le plan est mis en œuvre avec un entretien financé, la quasi-totalité des établissements hors réseau disposent d’une installation en état de marche, et l’énergie fournie par chaque installation est suivie, à distance ou par des relevés réguliers, de sorte que les pannes sont réparées dans un délai fixé.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-bandwidth',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Does bandwidth per learner in connected schools meet an explicit threshold?',
            fr: 'Le débit par élève des établissements raccordés atteint-il un seuil explicite ?',
          },
          help: {
            en: 'Bandwidth per learner is the measured speed of a school’s connection divided by its number of learners, so that schools of different sizes can be compared. Use the national threshold where the country has set one; otherwise state in your comment the threshold you used, for example in kilobits per second per learner.',
            fr: 'Le débit par élève correspond au débit mesuré de la connexion d’un établissement divisé par son nombre d’élèves, ce qui permet de comparer des établissements de tailles différentes. Retenez le seuil national lorsque le pays en a fixé un ; à défaut, indiquez dans votre commentaire le seuil retenu, par exemple en kilobits par seconde et par élève.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No threshold is set, and the actual speed of school connections is not measured.',
                fr: 'Aucun seuil n’est fixé, et le débit réel des connexions des établissements n’est pas mesuré.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A threshold is set, but actual speeds are not measured regularly: they are known, if at all, for only some connected schools, from occasional tests or the speeds written in contracts.',
                fr: 'Un seuil est fixé, mais le débit réel n’est pas mesuré régulièrement : il n’est connu, au mieux, que pour une partie des établissements raccordés, par des tests ponctuels ou d’après les débits inscrits dans les contrats.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A threshold is set, actual speeds are measured at least once a year in most connected schools, and at least half of connected schools meet the threshold.',
                fr: 'Un seuil est fixé, le débit réel est mesuré au moins une fois par an dans la plupart des établissements raccordés, et la moitié au moins des établissements raccordés atteignent ce seuil.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A threshold is set, actual speeds are measured continuously in nearly all connected schools, by a measurement application or operators’ monitoring data, and nearly all connected schools meet the threshold.',
                fr: 'Un seuil est fixé, le débit réel est mesuré en continu dans la quasi-totalité des établissements raccordés, au moyen d’une application de mesure ou des données de supervision des opérateurs, et la quasi-totalité des établissements raccordés atteignent ce seuil.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-mapping',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How well does the government know each school’s connectivity?',
            fr: 'Dans quelle mesure l’État connaît-il la connectivité de chaque établissement ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no list or map of connected schools; any figures come from occasional surveys or from operators.',
                fr: 'Il n’existe ni liste ni carte des établissements raccordés ; les chiffres disponibles, le cas échéant, proviennent d’enquêtes ponctuelles ou des opérateurs.',
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
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How lasting are the arrangements that keep schools connected to the internet?',
            fr: 'Dans quelle mesure les dispositifs qui assurent la connexion des établissements à l’internet sont-ils pérennes ?',
          },
          help: {
            en: 'An arrangement is how connections are provided and paid for: a national or regional education network, framework contracts with operators, a recurring allocation in school grants set aside for connectivity, or a subsidy on contracts that schools sign themselves, as in the E-Rate model, where schools buy service from a provider and a fund pays part of the bill. Who signs the contract does not matter here; what counts is whether the arrangement lasts and how many schools it covers. Fibre, mobile broadband, satellite and community networks built and run by local communities can all be part of it.',
            fr: 'Un dispositif désigne la manière dont les connexions sont fournies et payées : réseau éducatif national ou régional, contrats-cadres avec des opérateurs, dotation récurrente réservée à la connexion dans les subventions de fonctionnement des établissements, ou subvention des abonnements que les établissements souscrivent eux-mêmes, comme dans le modèle E-Rate, où les établissements achètent le service à un fournisseur et où un fonds prend en charge une partie de la facture. Peu importe ici qui signe le contrat : seuls comptent la durée du dispositif et le nombre d’établissements qu’il couvre. La fibre, le haut débit mobile, le satellite et les réseaux communautaires construits et exploités par les communautés locales peuvent tous en faire partie.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No public arrangement exists: connected schools rely on what staff or parents pay for, often a mobile data plan, and lose service when that money runs out.',
                fr: 'Il n’existe aucun dispositif public : les établissements raccordés dépendent de ce que paient le personnel ou les parents, souvent un forfait de données mobiles, et perdent le service quand cet argent vient à manquer.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Public or donor funding pays for connections in some schools, through time-bound projects or one-off grants, and nothing is planned to pay for the service once they end.',
                fr: 'Des financements publics ou de bailleurs paient la connexion de certains établissements, au moyen de projets à durée limitée ou de subventions ponctuelles, et rien n’est prévu pour payer le service une fois ceux-ci terminés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A lasting arrangement, written down and funded from the recurrent budget or a dedicated fund, pays for the connections of most connected schools, whether through an education network, framework contracts or a subsidy on contracts that schools sign themselves.',
                fr: 'Un dispositif pérenne, formalisé et financé sur le budget de fonctionnement ou par un fonds dédié, prend en charge la connexion de la plupart des établissements raccordés, qu’il s’agisse d’un réseau éducatif, de contrats-cadres ou d’une subvention des abonnements souscrits par les établissements eux-mêmes.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A lasting arrangement, written down and funded over several years, provides for nearly all schools, remote ones included, and it has already been renewed or re-tendered at least once without schools losing service.',
                fr: 'Un dispositif pérenne, formalisé et financé sur plusieurs années, couvre la quasi-totalité des établissements, y compris les plus isolés, et il a déjà été reconduit ou remis en concurrence au moins une fois sans interruption du service dans les établissements.',
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
        en: 'The computers, tablets, projectors and other devices available to learners and teachers: the policy that decides who gets what and why, how often learners use them and how many share each one, how they are kept working and supported, and what becomes of them at the end of their life.',
        fr: 'Les ordinateurs, tablettes, projecteurs et autres appareils mis à la disposition des élèves et des enseignants : la politique qui en fixe la répartition et l’usage, la fréquence à laquelle les élèves s’en servent et le nombre d’élèves par appareil, leur maintenance et l’assistance technique, ainsi que leur devenir en fin de vie.',
      },
      questions: [
        {
          id: 'hardware-devices-policy',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is there a national policy on devices for learners and teachers?',
            fr: 'Existe-t-il une politique nationale d’équipement des élèves et des enseignants ?',
          },
          help: {
            en: 'One-to-one: each learner has a device. Shared models: computer rooms, mobile carts moved from class to class, or a teacher’s device connected to a projector.',
            fr: 'Modèle individuel : chaque élève dispose d’un appareil. Modèles partagés : salles informatiques, chariots mobiles qui circulent d’une classe à l’autre, ou appareil de l’enseignant relié à un projecteur.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no device policy: devices arrive through donations or projects, in the models and quantities their sponsors choose.',
                fr: 'Il n’existe aucune politique d’équipement : les appareils arrivent au gré des dons ou des projets, dans les modèles et les quantités choisis par ceux qui les financent.',
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
            en: 'In how many schools do learners use devices in class every week?',
            fr: 'Dans combien d’établissements les élèves utilisent-ils des appareils en classe chaque semaine ?',
          },
          help: {
            en: 'Count a school if learners in most of its classes use devices in lessons at least once a week: desktop or laptop computers and tablets in working order, shared or individual. A projector or interactive board used only by the teacher does not count, nor do learners’ own phones.',
            fr: 'Un établissement est compté si les élèves de la plupart de ses classes utilisent des appareils en cours au moins une fois par semaine : ordinateurs fixes ou portables et tablettes en état de marche, partagés ou individuels. Un projecteur ou un tableau interactif utilisé par le seul enseignant n’est pas pris en compte, pas plus que les téléphones personnels des élèves.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners use devices in class every week in fewer than one school in five.',
                fr: 'Les élèves utilisent des appareils en classe chaque semaine dans moins d’un établissement sur cinq.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Learners use devices in class every week in at least one school in five, but in fewer than half of schools.',
                fr: 'Les élèves utilisent des appareils en classe chaque semaine dans au moins un établissement sur cinq, mais dans moins de la moitié des établissements.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learners use devices in class every week in at least half of schools, but in fewer than nine in ten.',
                fr: 'Les élèves utilisent des appareils en classe chaque semaine dans la moitié au moins des établissements, mais dans moins de neuf sur dix.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Learners use devices in class every week in nearly all schools: at least nine in ten.',
                fr: 'Les élèves utilisent des appareils en classe chaque semaine dans la quasi-totalité des établissements, soit au moins neuf sur dix.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-ratio',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How many learners share each device available for learning?',
            fr: 'Combien d’élèves se partagent chaque appareil disponible pour apprendre ?',
          },
          help: {
            en: 'Divide the number of learners at the levels concerned by the number of computers and tablets in working order available for their learning, counting all schools, not only equipped ones. The thresholds below are this toolkit’s proposal; a threshold set in national policy may be used instead, noted in the comment.',
            fr: 'Divisez le nombre d’élèves des niveaux concernés par le nombre d’ordinateurs et de tablettes en état de marche mis à leur disposition pour apprendre, en comptant tous les établissements, et pas seulement ceux qui sont équipés. Les seuils ci-dessous sont une proposition de cette boîte à outils ; un seuil fixé par la politique nationale peut être retenu à la place, en le précisant dans le commentaire.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The number of learners per device is not known, or more than 20 learners share each device.',
                fr: 'Le nombre d’élèves par appareil n’est pas connu, ou plus de 20 élèves se partagent chaque appareil.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The number is known, and between 6 and 20 learners share each device.',
                fr: 'Ce nombre est connu, et chaque appareil est partagé par 6 à 20 élèves.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The number is known, and between 2 and 5 learners share each device; a ratio of 2 is level 4 where the national norm is one device for two learners.',
                fr: 'Ce nombre est connu, et chaque appareil est partagé par 2 à 5 élèves ; un rapport de 2 relève du niveau 4 lorsque la norme nationale est d’un appareil pour deux élèves.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The number is known, and there is one device per learner, or one for two learners where that is the national norm.',
                fr: 'Ce nombre est connu, et chaque élève dispose d’un appareil, ou d’un appareil pour deux lorsque telle est la norme nationale.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-maintenance',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are school devices kept in working order?',
            fr: 'Comment les appareils des établissements sont-ils maintenus en état de marche ?',
          },
          help: {
            en: 'This question is about maintenance and repair only. The cost of replacing devices is covered under total cost of ownership, and their disposal under the end-of-life question.',
            fr: 'Cette question porte uniquement sur la maintenance et la réparation. Le coût du renouvellement des appareils relève du coût total de possession, et leur élimination de la question sur la fin de vie.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Maintenance is nobody’s job: broken devices stay unused, and no one knows how many are out of order.',
                fr: 'La maintenance ne relève de personne : les appareils en panne restent inutilisés, et personne ne sait combien sont hors service.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some repairs are done, under a warranty or a supplier contract, or by a willing teacher, but there is no inventory of devices and their condition, and no budget for repairs once warranties end.',
                fr: 'Certaines réparations sont effectuées, au titre d’une garantie, d’un contrat avec le fournisseur ou grâce à la bonne volonté d’un enseignant, mais il n’existe ni inventaire des appareils et de leur état, ni budget pour les réparations après la fin des garanties.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An inventory records each school’s devices and their condition, and a funded maintenance service, in-house, regional or contracted, carries out preventive maintenance and repairs for all schools.',
                fr: 'Un inventaire recense les appareils de chaque établissement et leur état, et un service de maintenance financé, interne, régional ou sous-traité, assure l’entretien préventif et les réparations pour tous les établissements.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A funded maintenance service covers all schools, the inventory is updated at least once a year and shows the share of devices in working order school by school, and in the latest update nearly all recorded devices were in working order.',
                fr: 'Un service de maintenance financé couvre tous les établissements, l’inventaire est mis à jour au moins une fois par an et indique, établissement par établissement, la part des appareils en état de marche, et lors de la dernière mise à jour la quasi-totalité des appareils recensés fonctionnaient.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-technical-support',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How do schools get technical help with their digital equipment?',
            fr: 'Comment les établissements obtiennent-ils une assistance technique pour leur équipement numérique ?',
          },
          help: {
            en: 'Technical support staff help teachers and learners when devices, networks or accounts do not work. They may be based in one school or shared among nearby schools, for example a technician for a district. A response time is the time within which a request must be dealt with.',
            fr: 'Le personnel d’assistance technique aide les enseignants et les élèves lorsque les appareils, le réseau ou les comptes ne fonctionnent pas. Il peut être affecté à un établissement ou partagé entre plusieurs établissements voisins, par exemple un technicien par district. Le délai d’intervention est le délai dans lequel une demande doit être traitée.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools have no technical support: teachers solve problems themselves, or wait for a visit from a project or a supplier.',
                fr: 'Les établissements ne bénéficient d’aucune assistance technique : les enseignants règlent les problèmes eux-mêmes, ou attendent la visite d’un projet ou d’un fournisseur.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools have technical support, for example a teacher given the task without time or training, or a help line run by a project, but most do not, and no response time is set.',
                fr: 'Certains établissements bénéficient d’une assistance technique, par exemple un enseignant chargé de cette tâche sans décharge ni formation, ou une ligne d’assistance gérée par un projet, mais la plupart n’en ont pas, et aucun délai d’intervention n’est fixé.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every school can call on technical support staff, on site or shared among nearby schools, whose role, working time and response times are set in writing.',
                fr: 'Chaque établissement peut faire appel à du personnel d’assistance technique, sur place ou partagé entre établissements voisins, dont le rôle, le temps de travail et les délais d’intervention sont fixés par écrit.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Every school can call on technical support staff whose role, working time and response times are set in writing; requests are logged, response times are reported at least once a year, and nearly all requests are dealt with within the set time.',
                fr: 'Chaque établissement peut faire appel à du personnel d’assistance technique dont le rôle, le temps de travail et les délais d’intervention sont fixés par écrit ; les demandes sont enregistrées, les délais d’intervention font l’objet d’un rapport au moins annuel, et la quasi-totalité des demandes sont traitées dans le délai fixé.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-e-waste',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'What happens to school devices at the end of their life?',
            fr: 'Que deviennent les appareils des établissements en fin de vie ?',
          },
          help: {
            en: 'E-waste is discarded electrical and electronic equipment. It contains hazardous substances as well as materials that can be recovered, so it should be reused, refurbished, or recycled by a certified or licensed recycler rather than dumped or burned.',
            fr: 'Les déchets d’équipements électriques et électroniques (DEEE) contiennent des substances dangereuses ainsi que des matériaux récupérables : ils doivent être réemployés, reconditionnés, ou recyclés par un recycleur certifié ou agréé, plutôt que jetés ou brûlés.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No rule applies: devices at the end of their life are piled up in schools, thrown away with ordinary waste or burned.',
                fr: 'Aucune règle ne s’applique : les appareils en fin de vie s’entassent dans les établissements, sont jetés avec les ordures ordinaires ou brûlés.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Rules set how devices are written off the public inventory, but not where they go next: written-off devices are sold, given away or discarded without checking what becomes of them.',
                fr: 'Des règles encadrent la réforme des appareils inscrits à l’inventaire public, mais pas leur destination : les appareils réformés sont vendus, donnés ou jetés sans que l’on vérifie ce qu’ils deviennent.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Written rules require devices at the end of their life to be reused or refurbished where possible and otherwise handed to a certified or licensed e-waste recycler, and schools know how to have them collected.',
                fr: 'Des règles écrites imposent que les appareils en fin de vie soient réemployés ou reconditionnés lorsque c’est possible, et remis sinon à un recycleur de DEEE certifié ou agréé, et les établissements savent comment les faire collecter.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These written rules are applied: the number of devices reused, refurbished and recycled is recorded every year, and the records show nearly all retired devices going through these channels.',
                fr: 'Ces règles écrites sont appliquées : le nombre d’appareils réemployés, reconditionnés et recyclés est enregistré chaque année, et les relevés montrent que la quasi-totalité des appareils réformés passent par ces filières.',
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
        en: 'The operating systems, applications and online services that schools rely on: how they are licensed, and whether learners and teachers have one digital identity that opens the services they need.',
        fr: 'Les systèmes d’exploitation, applications et services en ligne sur lesquels reposent les établissements : le cadre de licences dans lequel ils sont utilisés, et l’existence pour les élèves et les enseignants d’une identité numérique unique donnant accès aux services dont ils ont besoin.',
      },
      questions: [
        {
          id: 'software-services-licensing',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the software that schools use licensed?',
            fr: 'Dans quel cadre de licences les établissements utilisent-ils leurs logiciels ?',
          },
          help: {
            en: 'Software here includes platforms and online services used under a subscription. Open-source software comes with a licence that lets anyone use, study, modify and share it. Open standards are published specifications that any product may implement. A national licence is an agreement negotiated by the ministry that covers all its schools.',
            fr: 'Les logiciels comprennent ici les plateformes et les services en ligne utilisés sur abonnement. Un logiciel libre est distribué sous une licence qui permet à chacun de l’utiliser, de l’étudier, de le modifier et de le partager. Les standards ouverts sont des spécifications publiées que tout produit peut mettre en œuvre. Une licence nationale est un accord négocié par le ministère qui couvre l’ensemble de ses établissements.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Software comes with donated or purchased devices or is chosen by each school; licences are not tracked, and some software in use is unlicensed or a trial version.',
                fr: 'Les logiciels sont fournis avec les appareils donnés ou achetés, ou choisis par chaque établissement ; les licences ne sont pas suivies, et certains logiciels utilisés sont sans licence ou en version d’essai.',
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
                en: 'A catalogue of approved software and platforms exists; licences are managed centrally with known renewal dates and costs, and open-source and proprietary options are compared on total cost, data protection and support for open standards.',
                fr: 'Un catalogue de logiciels et de plateformes agréés existe ; les licences sont gérées de façon centralisée, avec des dates de renouvellement et des coûts connus, et les solutions libres et propriétaires sont comparées au regard du coût total, de la protection des données et du respect des standards ouverts.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Licences are managed centrally from a catalogue of this kind, with options compared in the same way; the catalogue is reviewed with teachers at least every two years, proprietary software is covered by national licences negotiated for all public schools, and licence use is monitored so that unused licences are cancelled.',
                fr: 'Les licences sont gérées de façon centralisée à partir d’un catalogue de ce type, les solutions étant comparées de la même manière ; le catalogue est révisé avec les enseignants au moins tous les deux ans, les logiciels propriétaires sont couverts par des licences nationales négociées pour l’ensemble des établissements publics, et l’utilisation des licences est suivie afin de résilier celles qui ne servent pas.',
              },
            },
          ],
        },
        {
          id: 'software-services-digital-identity',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Does a single digital identity give learners and teachers access to the services they need?',
            fr: 'Une identité numérique unique donne-t-elle aux élèves et aux enseignants accès aux services dont ils ont besoin ?',
          },
          help: {
            en: 'A digital identity is an education account that several services recognise. Single sign-on means that one sign-in opens all of them: learning platform, email, digital textbooks, school management portal. Managed with privacy means that the account holds only the personal data the services need, and written rules say who may see them.',
            fr: 'Une identité numérique est un compte éducatif reconnu par plusieurs services. L’authentification unique permet d’accéder à tous ces services en une seule connexion : plateforme d’apprentissage, messagerie, manuels numériques, portail de gestion scolaire. Une gestion respectueuse de la vie privée signifie que le compte ne contient que les données personnelles dont les services ont besoin, et que des règles écrites précisent qui peut y accéder.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The education system provides no accounts: each service that needs a sign-in has its own, often opened with a personal email address or phone number.',
                fr: 'Le système éducatif ne fournit aucun compte : chaque service qui exige une connexion a ses propres comptes, souvent ouverts avec une adresse électronique ou un numéro de téléphone personnels.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry or a project provides education accounts to some teachers or learners, but each service still has its own account, and accounts are not closed when people leave.',
                fr: 'Le ministère ou un projet fournit des comptes éducatifs à une partie des enseignants ou des élèves, mais chaque service conserve ses propres comptes, et ceux-ci ne sont pas fermés au départ de leurs titulaires.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every teacher, and every learner at the levels concerned, can have one education account, created from the official registers, that opens the main services through single sign-on, and written rules limit the personal data it holds and who may see them.',
                fr: 'Chaque enseignant, et chaque élève des niveaux concernés, peut disposer d’un compte éducatif unique, créé à partir des registres officiels, qui ouvre les principaux services par authentification unique, et des règles écrites limitent les données personnelles qu’il contient ainsi que les personnes autorisées à les consulter.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all teachers and learners at the levels concerned use one education account with single sign-on to the main services; accounts are opened, updated and closed automatically as people arrive, change school or leave; and the written privacy rules are checked each time a new service is connected.',
                fr: 'La quasi-totalité des enseignants et des élèves des niveaux concernés utilisent un compte éducatif unique avec authentification unique aux principaux services ; les comptes sont ouverts, mis à jour et fermés automatiquement à l’arrivée, au changement d’établissement ou au départ de leurs titulaires ; et le respect des règles écrites de protection de la vie privée est vérifié à chaque raccordement d’un nouveau service.',
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
        en: 'Classrooms, computer rooms, libraries and other spaces arranged for digital learning: power outlets, charging and secure storage, Wi-Fi, layout, access for learners with disabilities, and the energy that their digital equipment uses.',
        fr: 'Les salles de classe, salles informatiques, bibliothèques et autres espaces aménagés pour l’apprentissage numérique : prises électriques, recharge et rangement sécurisé, Wi-Fi, agencement, accessibilité pour les élèves en situation de handicap, et énergie consommée par leurs équipements numériques.',
      },
      questions: [
        {
          id: 'learning-spaces-design',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are classrooms and other learning spaces designed for digital use?',
            fr: 'Les salles de classe et les autres espaces d’apprentissage sont-ils conçus pour les usages numériques ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Classrooms are not equipped for digital use: few have power outlets, and there is no safe place to store or charge devices.',
                fr: 'Les salles de classe ne sont pas équipées pour les usages numériques : peu disposent de prises électriques, et il n’existe aucun lieu sûr pour ranger ou recharger les appareils.',
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
                fr: 'Ces normes s’appliquent aussi aux établissements existants, grâce à un plan de mise à niveau financé ; les espaces sont agencés pour le travail en groupe et des usages modulables, et leur état est vérifié lors des inspections.',
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
            fr: 'Les élèves en situation de handicap peuvent-ils utiliser les espaces et les outils d’apprentissage numériques ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners with disabilities are not considered when digital spaces and equipment are planned: most computer rooms cannot be reached by a wheelchair user, and no assistive technology is provided.',
                fr: 'Les élèves en situation de handicap ne sont pas pris en compte dans la planification des espaces et des équipements numériques : la plupart des salles informatiques sont inaccessibles en fauteuil roulant, et aucune aide technique n’est fournie.',
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
                fr: 'Ces règles sont appliquées dans les établissements ordinaires de tout le pays : les besoins des élèves sont repérés, les aides techniques sont fournies et entretenues sur une ligne budgétaire dédiée, et l’accessibilité est vérifiée lors des inspections.',
              },
            },
          ],
        },
        {
          id: 'learning-spaces-energy',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the energy used by schools’ digital equipment managed?',
            fr: 'Comment la consommation d’énergie des équipements numériques des établissements est-elle gérée ?',
          },
          help: {
            en: 'This question is about environmental sustainability: the electricity used by devices, networks and servers in schools, and where it comes from. Energy-efficient devices are those that meet a recognised energy-efficiency label or criteria in the tender.',
            fr: 'Cette question porte sur la durabilité environnementale : l’électricité consommée par les appareils, les réseaux et les serveurs des établissements, et son origine. Les appareils économes en énergie sont ceux qui répondent à un label d’efficacité énergétique reconnu ou à des critères fixés dans l’appel d’offres.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Energy use is not considered: purchases ignore energy efficiency, equipment is left on overnight, and no one knows how much electricity digital equipment uses.',
                fr: 'La consommation d’énergie n’est pas prise en compte : les achats ignorent l’efficacité énergétique, les équipements restent allumés la nuit, et personne ne sait combien d’électricité consomment les équipements numériques.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some measures exist, such as energy-efficiency criteria in some tenders or advice to switch equipment off, but they are not required, and consumption is not measured.',
                fr: 'Certaines mesures existent, comme des critères d’efficacité énergétique dans certains appels d’offres ou des conseils pour éteindre les équipements, mais elles ne sont pas obligatoires, et la consommation n’est pas mesurée.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Energy-efficiency criteria are required in every tender for devices and networks, power-saving settings are applied to devices centrally, and the electricity used is measured, by meters or bills, in at least a sample of schools.',
                fr: 'Des critères d’efficacité énergétique sont exigés dans tous les appels d’offres d’appareils et de réseaux, des paramètres d’économie d’énergie sont appliqués aux appareils de façon centralisée, et l’électricité consommée est mesurée, par des compteurs ou d’après les factures, au moins dans un échantillon d’établissements.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Energy-efficiency criteria are required in every tender and power-saving settings are applied centrally; consumption is measured in most schools and reported every year, and a funded plan to cut it or to switch schools to renewable supply, such as solar, is being carried out.',
                fr: 'Des critères d’efficacité énergétique sont exigés dans tous les appels d’offres et des paramètres d’économie d’énergie sont appliqués de façon centralisée ; la consommation est mesurée dans la plupart des établissements et fait l’objet d’un rapport annuel, et un plan financé pour la réduire ou pour alimenter les établissements en énergie renouvelable, solaire par exemple, est en cours d’exécution.',
              },
            },
          ],
        },
      ],
    },
  ],
};
