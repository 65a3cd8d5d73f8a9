/** The French texts of the course, keyed as in `mapCourseTexts`. */
import type { CourseTexts } from '@dtc/schema';

const fr: CourseTexts = {
  format: 'dtc.course-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'fr',
  texts: {
    'module.coordination-leadership.overview':
      'Ce pilier examine si les pouvoirs publics pilotent la transformation numérique de l’éducation au lieu de la subir. Il couvre cinq domaines : une stratégie nationale pour le numérique éducatif rattachée au plan sectoriel ; la coordination entre les ministères et les niveaux d’administration dont les décisions pèsent sur le numérique à l’école ; des partenariats avec bailleurs, entreprises et société civile, conduits par l’État ; les règles qui protègent les apprenants, en premier lieu les enfants ; enfin l’équité, pour que les filles, les apprenants déplacés et ceux des zones isolées ne soient pas davantage laissés de côté. Les questions appellent des éléments de preuve : textes adoptés, mandats, comptes rendus, rapports de suivi.',
    'module.coordination-leadership.whyItMatters':
      'Des équipements, des connexions et des plateformes ne font pas, à eux seuls, une transformation. Lorsque personne n’a de vue d’ensemble, les projets se multiplient, se chevauchent et s’arrêtent avec leur financement, et les coûts de fonctionnement qu’ils laissent derrière eux retombent sur les écoles. Un État qui fixe le cap, répartit clairement les responsabilités et vérifie les résultats peut faire converger les apports des ministères, des régions et des partenaires. Il est aussi le seul acteur en mesure de garantir que les apprenants qui ont le plus besoin de l’action publique, et non ceux qu’il est le plus facile d’atteindre, soient servis en premier.',
    'module.coordination-leadership.reflection.0':
      'Qui, nommément et par fonction, répond aujourd’hui de la transformation numérique de l’éducation, et que peut décider cette personne ou cette unité sans en référer à quiconque ?',
    'module.coordination-leadership.reflection.1':
      'Quelles initiatives de numérique éducatif en cours dans le pays le ministère n’a-t-il pas planifiées, et comment en a-t-il eu connaissance ?',
    'module.coordination-leadership.reflection.2':
      'Quels apprenants seraient les derniers à en bénéficier si les plans actuels étaient exécutés tels qu’ils sont écrits, et qu’est-ce qui, dans ces plans, permettrait de changer cela ?',
    'module.coordination-leadership.reflection.3':
      'Quels éléments de preuve l’équipe pourrait-elle présenter dès aujourd’hui pour chacune de ses réponses dans ce pilier ?',
    'section.digital-strategy.overview':
      'Une stratégie nationale pour le numérique éducatif précise ce que le pays attend de la technologie pour les apprentissages, au bénéfice de qui, dans quels délais, à quel coût et sous la responsabilité de qui. Il peut s’agir d’un document autonome ou d’un chapitre du plan sectoriel de l’éducation ou de la stratégie nationale du numérique ; l’essentiel est qu’elle soit adoptée, chiffrée, rattachée aux objectifs du secteur et examinée au regard de ses cibles.',
    'section.digital-strategy.whyItMatters':
      'Sans stratégie adoptée, les initiatives numériques suivent les offres des fournisseurs et des bailleurs plutôt que les besoins des apprenants, et chaque nouveau projet repart de zéro. Une stratégie donne au ministère une base pour dire non autant que oui, pour inscrire des lignes budgétaires et pour demander aux partenaires de s’aligner. Une stratégie qui n’est ni chiffrée ni revue reste le plus souvent lettre morte.',
    'section.digital-strategy.practice.0':
      'Partir des problèmes éducatifs que le pays veut résoudre, puis seulement se demander quelles technologies peuvent y contribuer, le cas échéant. Le premier des cinq principes de la Banque mondiale pour investir dans les technologies éducatives consiste à se demander d’abord pourquoi, et le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO examine chaque usage de la technologie sous l’angle de sa pertinence, de son équité, de sa capacité de passage à l’échelle et de sa durabilité.',
    'section.digital-strategy.practice.1':
      'Rédiger la stratégie comme un plan exécutable : des cibles assorties de valeurs de référence, un chiffrage année par année, un calendrier, une unité responsable nommément désignée et un cadre de suivi, avec un cycle fixé de revue et de mise à jour. Les lignes directrices de l’UNESCO sur les politiques et les plans directeurs pour les TIC dans l’éducation proposent une telle feuille de route itérative, qui couvre la gouvernance, le financement, les activités axées sur les résultats et la mise en œuvre.',
    'section.digital-strategy.practice.2':
      'Rattacher la stratégie au plan sectoriel de l’éducation et à la stratégie nationale du numérique, afin que ses cibles figurent dans le cadre de résultats du secteur et ses coûts dans le budget du secteur, plutôt que dans un document parallèle que seuls les partenaires lisent.',
    'section.digital-strategy.pitfall.0':
      'Une stratégie rédigée par des consultants pour un bailleur, adoptée sans la direction du budget et oubliée à la fin du projet.',
    'section.digital-strategy.pitfall.1':
      'Des cibles exprimées en équipements livrés, comme des appareils distribués ou des salles connectées, sans aucune cible d’usage ni d’apprentissage.',
    'section.digital-strategy.pitfall.2':
      'Une stratégie arrivée à échéance sans que personne ne s’en aperçoive, faute de date de revue fixée.',
    'section.digital-strategy.example.0':
      'En février 2014, le gouvernement estonien a approuvé la Stratégie d’apprentissage tout au long de la vie 2020, dont l’un des cinq objectifs stratégiques portait sur l’orientation numérique de l’apprentissage tout au long de la vie. La stratégie servait de base déclarée aux décisions de financement de l’éducation pour 2014-2020 : le numérique figurait ainsi au sein de la stratégie éducative, et non à côté.',
    'section.digital-strategy.example.1':
      'En 2022, le ministère irlandais de l’Éducation a publié la stratégie numérique pour les écoles à l’horizon 2027 (Digital Strategy for Schools to 2027), élaborée à l’issue d’une consultation, pour succéder à sa stratégie 2015-2020. Elle s’organise en trois piliers : les technologies numériques dans l’enseignement, l’apprentissage et l’évaluation ; l’infrastructure numérique ; les politiques, la recherche et le leadership numérique.',
    'section.digital-strategy.reflection.0':
      'Si la stratégie en vigueur était retirée demain, quelles lignes budgétaires, quels projets ou quelles décisions en seraient modifiés ?',
    'section.digital-strategy.reflection.1':
      'Quelles cibles de la stratégie disposent d’une valeur de référence et d’une source de données, et lesquelles n’en ont pas ?',
    'section.digital-strategy.reflection.2':
      'Quand la stratégie a-t-elle été examinée pour la dernière fois au regard de ses cibles, et qu’est-ce qui a changé à la suite de cet examen ?',
    'section.digital-strategy.reflection.3':
      'Qui a rédigé la stratégie, et qui a été consulté : enseignants, apprenants, régions, ministère des Finances ?',
    'section.cross-government-coordination.overview':
      'Nombre de décisions qui façonnent le numérique éducatif se prennent hors du ministère de l’Éducation : régulation des télécommunications et fonds de service universel, électricité, finances publiques, protection des données, agence nationale du numérique, ainsi que les collectivités régionales ou locales qui possèdent ou gèrent des écoles. Cette composante examine si une instance permanente réunit ces acteurs, si chacun dispose d’un mandat écrit et si les décisions parviennent jusqu’aux régions.',
    'section.cross-government-coordination.whyItMatters':
      'Le ministère de l’Éducation ne peut pas connecter seul les écoles, ni maintenir des appareils en état de marche si personne ne rémunère de techniciens. Quand les ministères agissent chacun de leur côté, une même école peut être recensée deux fois sans jamais être connectée, ou équipée par un programme et laissée sans électricité par un autre. Des mandats écrits transforment la bonne volonté en obligations qui survivent à un changement de ministre.',
    'section.cross-government-coordination.practice.0':
      'Cartographier qui décide de quoi : pour chaque volet du numérique éducatif (connectivité, électricité, équipements, contenus, données, protection), désigner l’institution responsable, le texte de loi ou le décret qui lui confère ce rôle et le budget qu’elle maîtrise. Les notes par pays publiées en 2023 par l’OCDE sur les écosystèmes et la gouvernance du numérique éducatif décrivent la répartition des responsabilités entre les organismes publics de chaque pays étudié et peuvent servir de modèle pour cet exercice.',
    'section.cross-government-coordination.practice.1':
      'Doter l’instance de coordination d’une base juridique, d’une présidence qui fait autorité sur ses membres, d’un secrétariat, d’un calendrier de réunions et de décisions publiées. Une instance créée par la loi, dont les institutions membres sont désignées, se laisse moins facilement dépérir qu’un comité réuni à la demande d’un bailleur.',
    'section.cross-government-coordination.practice.2':
      'Associer les collectivités régionales et locales au plan par des conventions écrites qui précisent ce que chaque niveau apporte (connexion, équipements, personnel, coûts de fonctionnement) et l’appui qu’il reçoit en retour, afin que les décisions nationales parviennent aux écoles chargées de les appliquer.',
    'section.cross-government-coordination.pitfall.0':
      'Un comité de coordination aux nombreux membres mais sans pouvoir de décision, dont les comptes rendus consignent des débats et aucune décision.',
    'section.cross-government-coordination.pitfall.1':
      'Laisser de côté le ministère des Finances et le régulateur des télécommunications, qui détiennent l’argent et les leviers de la connectivité.',
    'section.cross-government-coordination.pitfall.2':
      'Des décisions nationales qui ne parviennent jamais aux circonscriptions et aux écoles chargées de les appliquer.',
    'section.cross-government-coordination.example.0':
      'En 2010, la loi uruguayenne n° 18.640 a créé un centre de droit public non étatique, rattaché à la Présidence, chargé notamment du programme de connectivité éducative Ceibal. Son conseil de direction réunissait des délégués du pouvoir exécutif, qui le préside, de l’administration nationale de l’enseignement public (ANEP) et des ministères de l’Éducation et de la Culture, de la Santé publique, et de l’Économie et des Finances.',
    'section.cross-government-coordination.example.1':
      'Le décret brésilien n° 9.204 de novembre 2017 a créé le Programa de Inovação Educação Conectada pour soutenir l’accès universel à un internet à haut débit et l’usage pédagogique des technologies numériques dans l’éducation de base. Le décret conçoit le programme comme un effort conjoint de l’Union, des États, du District fédéral, des municipalités, des écoles, du secteur privé et de la société civile.',
    'section.cross-government-coordination.reflection.0':
      'Quelle institution extérieure au ministère de l’Éducation pourrait bloquer demain la stratégie numérique, et siège-t-elle au sein de l’instance de coordination ?',
    'section.cross-government-coordination.reflection.1':
      'Qu’a décidé l’instance de coordination lors de sa dernière réunion, et qui l’a mis en œuvre ?',
    'section.cross-government-coordination.reflection.2':
      'Comment un responsable régional ou de circonscription apprend-il une décision nationale sur le numérique éducatif, et en combien de temps ?',
    'section.cross-government-coordination.reflection.3':
      'Lorsque deux organismes revendiquent la même tâche, ou qu’aucun ne la revendique, qui tranche ?',
    'section.partnerships.overview':
      'Partenaires au développement, entreprises technologiques, opérateurs de télécommunications, fondations et organisations de la société civile apportent des financements, des produits et de l’expertise. Cette composante examine si l’État les oriente : si les projets des partenaires sont alignés sur la stratégie nationale et connus du ministère, et si des règles d’engagement écrites encadrent ce que les partenaires peuvent faire dans les écoles, avec les données des apprenants et avec les contenus financés sur fonds publics.',
    'section.partnerships.whyItMatters':
      'Les partenaires peuvent accélérer un plan national ou le morceler. Des projets pilotes qui utilisent chacun une plateforme, un appareil ou un format de données différent laissent au ministère des systèmes qu’il ne peut pas maintenir, et des offres gratuites peuvent devenir des dépendances coûteuses une fois la période de gratuité terminée. Des règles claires permettent à l’État d’accepter de l’aide tout en gardant la maîtrise des priorités, des données et des coûts à long terme.',
    'section.partnerships.practice.0':
      'Tenir un registre unique de tous les projets de numérique éducatif financés par des partenaires (quoi, où, combien, jusqu’à quand) et l’examiner chaque année avec eux au regard de la stratégie nationale, par exemple lors de la revue sectorielle conjointe. Mobiliser l’ensemble de l’écosystème, l’un des cinq principes de la Banque mondiale pour les technologies éducatives, suppose que l’État sache qui fait quoi.',
    'section.partnerships.practice.1':
      'Fixer des règles d’engagement avant toute signature : alignement sur la stratégie, normes et formats ouverts, propriété et protection des données des apprenants, interdiction du ciblage commercial des enfants, et plan précisant qui prend en charge les coûts de fonctionnement après le projet. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève que les règles sur la technologie élaborées hors du secteur éducatif risquent de ne pas répondre à ses besoins, et le Comité des droits de l’enfant des Nations Unies demande aux États de protéger les enfants contre l’exploitation commerciale dans l’environnement numérique.',
    'section.partnerships.pitfall.0':
      'Accepter des appareils ou des licences gratuits sans se demander qui les entretiendra, les remplacera et les paiera à la fin de l’offre.',
    'section.partnerships.pitfall.1':
      'Des projets pilotes évalués par le partenaire qui les met en œuvre, puis étendus sur cette seule base.',
    'section.partnerships.pitfall.2':
      'Des accords qui laissent dans le flou la propriété des données des apprenants ou des contenus produits sur fonds publics.',
    'section.partnerships.reflection.0':
      'Combien de projets de partenaires en numérique éducatif sont en cours, et le ministère pourrait-il en dresser la liste sans interroger les partenaires ?',
    'section.partnerships.reflection.1':
      'Le ministère a-t-il déjà refusé ou réorienté l’offre d’un partenaire parce qu’elle ne correspondait pas à la stratégie ?',
    'section.partnerships.reflection.2':
      'Que deviennent les plateformes, les appareils et les données d’un projet de partenaire le jour où il prend fin ?',
    'section.policy-regulation.overview':
      'Cette composante examine deux types de règles. Les premières protègent les enfants dans le numérique éducatif : contre les contenus préjudiciables, le cyberharcèlement, la sollicitation à des fins sexuelles et l’exploitation, ainsi que contre l’usage abusif de leurs données personnelles. Les secondes rendent la politique redevable : indicateurs, rapports réguliers et revues qui montrent si ce qui a été décidé est effectivement mis en œuvre. Les normes d’interopérabilité et d’accessibilité des contenus sont traitées dans d’autres piliers.',
    'section.policy-regulation.whyItMatters':
      'Connecter les apprenants, c’est faire entrer à l’école les risques du monde en ligne, et l’école recueille sur les enfants plus de données que presque toute autre institution. Les règles conçues pour les adultes ou pour le commerce leur conviennent rarement. Le suivi importe pour la même raison que les règles : sans indicateurs ni rapports, un ministère ne peut savoir si la protection fonctionne, si les écoles utilisent ce qu’elles ont reçu, ni où corriger le tir.',
    'section.policy-regulation.practice.0':
      'Fonder la protection de l’enfance sur les droits de l’enfant. L’observation générale n° 25 (2021) du Comité des droits de l’enfant des Nations Unies demande aux États de protéger les enfants contre les préjudices dans l’environnement numérique tout en respectant leurs droits à l’information, à la participation et à la vie privée, et d’encadrer l’usage que les entreprises font de leurs données.',
    'section.policy-regulation.practice.1':
      'Fixer des règles qui s’imposent aux services en ligne utilisés par les écoles, et pas seulement aux écoles : paramètres de confidentialité élevés par défaut, collecte limitée aux données nécessaires, profilage désactivé par défaut, et un régulateur en mesure de contrôler. Le code de bonnes pratiques sur la conception adaptée à l’âge publié au Royaume-Uni offre un modèle de telles règles.',
    'section.policy-regulation.practice.2':
      'Suivre la mise en œuvre à l’aide d’un petit nombre d’indicateurs tirés du cadre de résultats de la stratégie, communiqués selon un cycle fixe et publiés, afin que l’instance de coordination et les partenaires discutent des mêmes chiffres, et tenir compte des constats lors de la revue périodique de la stratégie.',
    'section.policy-regulation.pitfall.0':
      'S’en remettre à une loi générale sur la protection des données que personne n’a interprétée pour les écoles et les plateformes éducatives.',
    'section.policy-regulation.pitfall.1':
      'Une protection réduite au blocage de sites, sans procédure de signalement et de traitement des incidents tels que le cyberharcèlement.',
    'section.policy-regulation.pitfall.2':
      'Des rapports de suivi qui comptent les livraisons et les sessions de formation mais ne rendent jamais compte de l’usage ni des apprentissages.',
    'section.policy-regulation.example.0':
      'Au Royaume-Uni, le Bureau du commissaire à l’information (ICO) a publié l’Age appropriate design code, code de bonnes pratiques prévu par la loi de 2018 sur la protection des données. Entré en vigueur en septembre 2020 avec une période de transition de douze mois, il fixe 15 normes pour les services en ligne susceptibles d’être utilisés par des enfants, y compris les sites et applications éducatifs.',
    'section.policy-regulation.example.1':
      'En France, la loi n° 2018-698 du 3 août 2018 interdit aux élèves l’utilisation du téléphone mobile et de tout autre équipement terminal de communications électroniques dans les écoles maternelles et élémentaires et dans les collèges, sauf pour des usages pédagogiques et dans les lieux où le règlement intérieur l’autorise ; les lycées peuvent prévoir une interdiction dans leur règlement intérieur. La même loi inscrit parmi les missions de l’école l’éducation à la responsabilité civique dans l’utilisation d’internet.',
    'section.policy-regulation.reflection.0':
      'Si un élève était harcelé demain par l’intermédiaire d’une plateforme scolaire, qui en serait informé, et que se passerait-il ensuite ?',
    'section.policy-regulation.reflection.1':
      'Quelles règles s’imposent aux entreprises dont les écoles utilisent les services avec les enfants, et qui en contrôle le respect ?',
    'section.policy-regulation.reflection.2':
      'Quels indicateurs de la stratégie numérique ont été communiqués pour la dernière fois, quand et à qui ?',
    'section.policy-regulation.reflection.3':
      'A-t-on demandé aux apprenants ou aux parents dans quelle mesure ils se sentent en sécurité dans les apprentissages numériques ?',
    'section.inclusion.overview':
      'Cette composante, consacrée à l’équité et à l’inclusion, examine si le numérique éducatif atteint, dans des conditions équitables, les apprenants les plus facilement laissés de côté. Le cadre s’intéresse à trois groupes : les filles et les femmes, enseignantes comprises, dont les écarts d’accès et de compétences doivent être mesurés et corrigés ; les apprenants réfugiés, déplacés internes et migrants, qui devraient apprendre au sein des systèmes nationaux dans une langue qu’ils comprennent ; et les apprenants des zones isolées et rurales.',
    'section.inclusion.whyItMatters':
      'La technologie atteint d’abord ceux qui ont déjà le plus : les foyers connectés, les écoles urbaines, les familles qui peuvent acheter des appareils. Livré à lui-même, un programme numérique peut creuser les écarts qu’il devait réduire. L’équité doit être prévue dès la conception : des cibles pour chaque groupe, des données ventilées qui montrent qui est laissé de côté, et des ressources orientées d’abord vers ces apprenants.',
    'section.inclusion.practice.0':
      'Mesurer les écarts entre filles et garçons, et entre enseignantes et enseignants, dans l’accès aux appareils et à la connectivité et dans les compétences numériques, puis y répondre par des mesures ciblées. Le document d’orientation publié en 2019 par l’UNESCO pour la coalition EQUALS sur les compétences, I’d blush if I could, constate que l’écart entre les sexes en matière de compétences numériques est important et se creuse dans la plupart des régions du monde, et plaide pour un enseignement des compétences numériques attentif au genre ; le rapport 2024 sur le genre du Rapport mondial de suivi sur l’éducation documente la persistance des écarts d’accès à la technologie et de compétences numériques.',
    'section.inclusion.practice.1':
      'Prévoir l’accueil des apprenants déplacés au sein du système national plutôt qu’à côté : les compter dans le plan sectoriel, leur ouvrir les plateformes et les contenus numériques nationaux dans une langue qu’ils comprennent, et reconnaître ce qu’ils apprennent. La stratégie Refugee Education 2030 du HCR (2019) fixe pour objectif l’inclusion des réfugiés dans les systèmes éducatifs nationaux, et sa vision englobe les déplacés internes vivant dans les communautés d’accueil.',
    'section.inclusion.practice.2':
      'Ventiler les données sur la connectivité et les équipements selon la localisation et le niveau de vie des ménages, et fixer des cibles pour les écoles isolées et rurales plutôt que des moyennes nationales. Selon les estimations publiées en 2020 par l’UNICEF et l’UIT, les enfants et les jeunes des ménages ruraux et pauvres ont beaucoup moins souvent accès à l’internet à domicile : ce que leur offre l’école compte donc d’autant plus pour eux.',
    'section.inclusion.pitfall.0':
      'Ne communiquer que des moyennes nationales, qui masquent les écoles et les groupes laissés de côté.',
    'section.inclusion.pitfall.1':
      'Traiter les apprenants réfugiés comme une question humanitaire extérieure aux plans du ministère, desservie par des projets de courte durée sur des plateformes séparées.',
    'section.inclusion.pitfall.2':
      'Équiper d’abord les écoles les plus faciles et ne jamais atteindre les plus difficiles, parce que chaque phase est jugée au nombre d’écoles atteintes.',
    'section.inclusion.example.0':
      'Le décret brésilien de 2017 créant le programme Educação Conectada compte parmi ses principes l’équité des conditions entre les écoles publiques pour l’usage pédagogique de la technologie et la promotion de l’accès à la technologie dans les écoles situées dans des régions de forte vulnérabilité socio-économique et aux résultats faibles sur les indicateurs éducatifs.',
    'section.inclusion.reflection.0':
      'Quelles données permettraient de savoir aujourd’hui si les filles et les garçons, ou les enseignantes et les enseignants, utilisent le numérique à l’école dans des conditions égales ?',
    'section.inclusion.reflection.1':
      'Les apprenants réfugiés, déplacés et migrants sont-ils pris en compte dans les plans et les données de la stratégie numérique, et dans quelle langue apprennent-ils en ligne ?',
    'section.inclusion.reflection.2':
      'Quelles écoles seraient les dernières connectées selon le plan actuel, et pourquoi ?',
    'section.inclusion.reflection.3':
      'Quelle part du budget consacré au numérique éducatif est explicitement destinée aux groupes cités dans cette section ?',
    'module.connectivity-infrastructure.overview':
      'Ce pilier couvre le socle matériel et technique sur lequel repose le numérique éducatif : une électricité fiable pendant toute la journée scolaire ; des connexions à l’internet qui fonctionnent et offrent un débit suffisant pour enseigner ; des appareils réellement utilisés par les apprenants, entretenus, assistés et éliminés de façon responsable ; des logiciels acquis à des conditions de licence soutenables, avec une identité numérique unique par utilisateur ; et des espaces d’apprentissage bien conçus, accessibles et sobres en énergie. Les questions demandent des parts d’écoles et d’apprenants mesurées plutôt que des intentions.',
    'module.connectivity-infrastructure.whyItMatters':
      'Tous les autres piliers reposent sur celui-ci. Les enseignants ne peuvent pas utiliser des contenus qui ne se chargent pas, les systèmes de données ne peuvent pas être alimentés depuis des écoles privées d’électricité, et la formation est perdue quand les appareils dorment, en panne, dans une armoire. C’est aussi là que va l’essentiel des dépenses et que se cachent les coûts récurrents les plus lourds : électricité, bande passante, réparations, renouvellement. Mesurer ce qui fonctionne dans les écoles, plutôt que ce qui a été livré, est le point de départ d’une dépense avisée.',
    'module.connectivity-infrastructure.reflection.0':
      'Parmi les écoles comptées comme connectées, combien disposaient la semaine dernière d’une connexion en état de marche utilisée pour enseigner, et comment le sait-on ?',
    'module.connectivity-infrastructure.reflection.1':
      'Qui paie, année après année, l’électricité, la bande passante, les réparations et le renouvellement de ce qui a été installé ?',
    'module.connectivity-infrastructure.reflection.2':
      'Quelles écoles sont les moins bien équipées, et les plans actuels les atteignent-ils en premier ou en dernier ?',
    'module.connectivity-infrastructure.reflection.3':
      'Que se passe-t-il dans une école quand un appareil tombe en panne ou que la connexion est coupée : qui l’enseignant appelle-t-il, et combien de temps faut-il ?',
    'section.electricity-internet.overview':
      'Cette composante porte sur l’électricité et la connectivité des écoles : une alimentation fiable pendant toute la journée scolaire, par le réseau ou par des sources hors réseau comme le solaire ; des connexions à l’internet qui fonctionnent et servent à enseigner ; un débit mesuré au regard d’un seuil explicite ; une cartographie à jour de l’électricité et de la connectivité des écoles ; et des dispositifs qui fournissent et financent les connexions dans la durée.',
    'section.electricity-internet.whyItMatters':
      'L’électricité vient en premier : sans elle, ni les appareils ni les connexions ne servent à rien. Une connexion qui existe sur le papier mais tombe en panne, ou qui est trop lente pour qu’une classe l’utilise en même temps, ne change rien à l’enseignement. Les connexions qui dépendent d’un projet ponctuel s’interrompent souvent à sa fin. Ce qui compte, c’est la part des écoles où l’électricité et l’internet fonctionnent au moment où les cours en ont besoin, année après année.',
    'section.electricity-internet.practice.0':
      'Tenir une cartographie, école par école, de l’électricité, de la connectivité et du débit mesuré, mise à jour au moins une fois par an et partagée entre le ministère de l’Éducation, l’autorité chargée de l’énergie et le régulateur des télécommunications. L’indicateur 4.a.1 des objectifs de développement durable demande déjà la proportion d’écoles ayant accès à l’électricité et à l’internet à des fins pédagogiques, et Giga, l’initiative lancée conjointement par l’UNICEF et l’UIT pour connecter chaque école à l’internet, est l’un des partenaires possibles pour ce travail.',
    'section.electricity-internet.practice.1':
      'Prévoir l’électricité avant les appareils : pour chaque école privée d’un réseau fiable, choisir une solution hors réseau, par exemple des panneaux solaires avec batteries, budgéter son entretien et le remplacement des batteries, et vérifier qu’elle fournit du courant pendant toute la journée scolaire. Rendre compte de l’électricité dans les écoles avec le même soin que de la connectivité, comme le fait l’indicateur 4.a.1 des objectifs de développement durable.',
    'section.electricity-internet.practice.2':
      'Fixer un seuil de débit explicite, par apprenant ou par type d’établissement, et mesurer au regard de ce seuil les débits réellement obtenus par les écoles plutôt que ceux inscrits dans les contrats. Des seuils publiés, comme la cible fixée en 2014 par la Commission fédérale des communications des États-Unis ou les normes publiées en 2022 par le ministère de l’Éducation d’Angleterre, montrent comment un tel seuil peut être exprimé.',
    'section.electricity-internet.practice.3':
      'Juger un mode de fourniture à sa durabilité et au nombre d’écoles qu’il couvre, et non à l’identité du signataire du contrat. Un réseau national de l’éducation peut fonctionner ; des contrats passés par les écoles elles-mêmes, avec une subvention publique qui prend en charge une partie de la facture, aussi : c’est le modèle du programme américain E-Rate, créé en application de la loi sur les télécommunications de 1996. L’un comme l’autre fonctionnent lorsque le financement est reconduit chaque année, que les règles sont stables et que les écoles les plus pauvres et les plus isolées sont couvertes.',
    'section.electricity-internet.pitfall.0':
      'Compter une école comme connectée parce qu’un contrat ou un équipement existe, sans vérifier que la connexion fonctionne et sert à l’enseignement.',
    'section.electricity-internet.pitfall.1':
      'Installer des systèmes solaires sans budget pour les batteries et l’entretien, si bien que l’alimentation cesse au bout de quelques années.',
    'section.electricity-internet.pitfall.2':
      'Financer la connectivité sur des fonds de projet appelés à s’éteindre, sans ligne budgétaire récurrente pour prendre le relais.',
    'section.electricity-internet.pitfall.3':
      'Mesurer le débit par école sans tenir compte du nombre d’apprenants qui le partagent.',
    'section.electricity-internet.example.0':
      'Aux États-Unis, le programme E-Rate, créé en application de la loi sur les télécommunications de 1996 (Telecommunications Act), est financé par le service universel : les écoles et les bibliothèques achètent elles-mêmes leur connexion auprès de fournisseurs, et le programme prend en charge une partie du coût sous forme de remise. En 2014, la Commission fédérale des communications (FCC) l’a modernisé pour recentrer l’aide sur le haut débit et le Wi-Fi, avec une cible de 100 Mbit/s pour 1 000 élèves.',
    'section.electricity-internet.example.1':
      'En 2022, le ministère de l’Éducation d’Angleterre (Department for Education) a publié des normes numériques et technologiques pour les établissements scolaires. Pour le haut débit, elles prévoient une connexion en fibre optique jusqu’à l’établissement, au moins 100 Mbit/s en réception et 30 Mbit/s en émission pour les écoles primaires, une connexion capable de fournir 1 Gbit/s dans les deux sens pour les établissements secondaires, ainsi qu’une connexion de secours pour que l’enseignement se poursuive en cas de panne de la ligne principale.',
    'section.electricity-internet.example.2':
      'La loi brésilienne n° 14.180 de juillet 2021 a donné au programme Educação Conectada le statut de politique nationale inscrite dans la loi, pour soutenir l’internet à haut débit à usage pédagogique dans l’éducation de base publique. Outre les crédits du budget fédéral, elle permet au fonds de service universel des télécommunications (FUST) de financer la connexion des écoles publiques situées dans des régions de forte vulnérabilité socio-économique.',
    'section.electricity-internet.reflection.0':
      'Pour combien d’écoles connaît-on le débit mesuré, et pas seulement le débit contractuel ?',
    'section.electricity-internet.reflection.1':
      'Quelles écoles subissent des coupures d’électricité pendant la journée scolaire, et à quelle fréquence ?',
    'section.electricity-internet.reflection.2':
      'Quel seuil de débit l’équipe défendrait-elle pour ses écoles, et sur quelle base ?',
    'section.electricity-internet.reflection.3':
      'Si le projet de connectivité en cours s’arrêtait demain, quelles écoles perdraient leur connexion ?',
    'section.hardware-devices.overview':
      'Cette composante porte sur les appareils qu’utilisent apprenants et enseignants : une politique qui précise quels appareils, pour qui et pour quoi faire ; la régularité de leur usage en classe ; le nombre d’apprenants qui se partagent chaque appareil ; l’entretien et la réparation ; l’existence, pour les écoles, d’un appui technique aux délais d’intervention définis ; et le devenir des appareils en fin de vie.',
    'section.hardware-devices.whyItMatters':
      'Les appareils sont la partie la plus visible du numérique éducatif et souvent le premier poste d’achat, mais leur livraison dit peu de chose de leur usage. Un appareil partagé par trop d’apprenants, en panne et non réparé, ou enfermé dans une salle, n’est pas disponible pour apprendre. L’entretien, l’assistance et le renouvellement coûtent chaque année, et les appareils mis au rebut deviennent des déchets dangereux si personne ne l’a prévu.',
    'section.hardware-devices.practice.0':
      'Décider à quoi servent les appareils avant de les choisir : la politique d’équipement doit découler du programme d’enseignement et des pratiques pédagogiques qu’elle est censée soutenir, et préciser à quelle fréquence les apprenants sont censés les utiliser. Les principes de la Banque mondiale pour les technologies éducatives partent d’un objectif éducatif clair, et le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève que, dans la plupart des pays hormis les plus avancés sur le plan technologique, les ordinateurs et les appareils sont peu utilisés en classe.',
    'section.hardware-devices.practice.1':
      'Suivre, école par école, le nombre d’apprenants qui se partagent chaque appareil disponible pour apprendre et la fréquence d’usage des appareils, et pas seulement le nombre d’appareils livrés. L’enquête PISA 2018 a présenté le ratio d’ordinateurs par élève de 15 ans dans les établissements en regard de l’avis des chefs d’établissement sur la puissance suffisante ou non de ces ordinateurs, ce qui rappelle que compter les appareils ne dit rien de leur aptitude à servir.',
    'section.hardware-devices.practice.2':
      'Prévoir dès le premier achat le budget de l’entretien, de la réparation et de l’appui technique, qu’il soit assuré par du personnel dans chaque école ou par des techniciens partagés entre écoles voisines, avec des délais d’intervention inscrits dans les contrats ou les accords de service. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO constate que les coûts à long terme de la technologie dans l’éducation sont souvent sous-estimés.',
    'section.hardware-devices.practice.3':
      'Prévoir la fin de vie dès l’achat : choisir des appareils durables et réparables, les réemployer et les reconditionner lorsque c’est possible, et confier le reste à des recycleurs agréés conformément aux règles sur les déchets électroniques, telles que la directive de l’Union européenne relative aux déchets d’équipements électriques et électroniques. Selon le Global E-waste Monitor 2020, 17 pour cent environ seulement des déchets électroniques produits dans le monde en 2019 ont été collectés et recyclés de façon documentée.',
    'section.hardware-devices.pitfall.0':
      'Acheter des appareils avant que les enseignants soient formés et les contenus prêts, si bien qu’ils arrivent dans une école qui n’est pas prête à les accueillir.',
    'section.hardware-devices.pitfall.1':
      'Garder les appareils sous clé pour les protéger, si bien que l’école déclare des appareils qu’elle n’utilise pas.',
    'section.hardware-devices.pitfall.2':
      'Aucune ligne budgétaire pour les réparations, si bien qu’un appareil en panne le reste.',
    'section.hardware-devices.pitfall.3':
      'Stocker indéfiniment les anciens appareils ou s’en débarrasser n’importe où, sans filière de réemploi ni de recyclage.',
    'section.hardware-devices.example.0':
      'L’Uruguay a annoncé en 2006 le Plan Ceibal, destiné à doter en trois ans d’un ordinateur portable chaque élève et chaque enseignant des écoles primaires publiques, et une phase pilote a commencé début 2007. Une étude de cas publiée par la Banque mondiale en 2016 décrit l’extension du plan à l’enseignement secondaire lors des étapes suivantes, ainsi que ce qu’il a fallu pour construire et pérenniser une agence nationale chargée de sa mise en œuvre.',
    'section.hardware-devices.example.1':
      'Une évaluation randomisée du programme Un ordinateur portable par enfant (One Laptop per Child) dans 318 écoles primaires rurales du Pérou, publiée en 2017, a montré que le programme avait fait passer le nombre d’ordinateurs par élève de 0,12 à 1,18 et accru leur usage à l’école et au domicile, sans mettre en évidence d’effet sur les résultats aux tests de mathématiques et de langue.',
    'section.hardware-devices.reflection.0':
      'Dans combien d’écoles les apprenants ont-ils utilisé un appareil en classe la semaine dernière, et comment le saurait-on ?',
    'section.hardware-devices.reflection.1':
      'Combien d’apprenants se partagent chaque appareil en état de marche, et quelles écoles sont les plus éloignées du seuil que nous défendrions ?',
    'section.hardware-devices.reflection.2':
      'Qui répare un appareil en panne, qui paie, et en combien de temps ?',
    'section.hardware-devices.reflection.3':
      'Où se trouvent aujourd’hui les appareils achetés il y a cinq ans ?',
    'section.software-services.overview':
      'Cette composante porte sur les logiciels et les services en ligne dont dépendent les écoles et le ministère, et sur les conditions dans lesquelles ils sont acquis : logiciels libres, normes ouvertes ou licences négociées au niveau national. Elle couvre aussi l’identité numérique : chaque apprenant et chaque enseignant dispose-t-il d’un compte unique qui lui ouvre, par authentification unique, les services dont il a besoin, et ce compte est-il géré dans le respect de la vie privée ?',
    'section.software-services.whyItMatters':
      'Les licences constituent un coût récurrent qui augmente avec chaque apprenant, et des conditions choisies pour un projet pilote peuvent lier tout un système pendant des années. Les formats et les normes ouverts préservent les options. Une identité unique évite aux enseignants de gérer des dizaines de mots de passe, permet aux apprenants de conserver leur travail lorsqu’ils changent d’école et donne au ministère un point unique pour contrôler qui voit quelles données.',
    'section.software-services.practice.0':
      'Comparer les options de licence sur toute la durée de vie d’un service : logiciels libres, services reposant sur des normes ouvertes, licences négociées une seule fois au niveau national pour toutes les écoles plutôt qu’achetées école par école. Le rapport de l’OCDE Digital Education Outlook 2023 décrit quels outils numériques les pays fournissent eux-mêmes à leurs écoles et lesquels sont laissés à la charge des écoles.',
    'section.software-services.practice.1':
      'Recourir à des licences et à des formats ouverts pour les contenus et les données produits sur fonds publics, afin qu’ils puissent être réutilisés et transférés d’une plateforme à l’autre. La Recommandation de l’UNESCO sur les ressources éducatives libres, adoptée en 2019, invite les gouvernements à favoriser les licences ouvertes et les formats ouverts.',
    'section.software-services.practice.2':
      'Attribuer à chaque apprenant et à chaque enseignant une identité unique, délivrée et gérée par l’autorité scolaire, qui lui ouvre par authentification unique les services dont il a besoin, et ne transmettre à chaque service que les données personnelles qui lui sont nécessaires, conformément au principe de minimisation des données du règlement général sur la protection des données de l’Union européenne et au droit des enfants à la vie privée tel que l’expose le Comité des droits de l’enfant des Nations Unies.',
    'section.software-services.pitfall.0':
      'Des licences par utilisateur achetées pour un projet pilote, sans estimation du coût à l’échelle nationale.',
    'section.software-services.pitfall.1':
      'Un nouveau compte et un nouveau mot de passe pour chaque plateforme, si bien que les jeunes apprenants dépendent de leur enseignant pour se connecter.',
    'section.software-services.pitfall.2':
      'Des comptes jamais fermés lorsque les apprenants et le personnel partent.',
    'section.software-services.pitfall.3':
      'Choisir un logiciel au seul motif qu’un fournisseur l’offre gratuitement aux écoles, sans vérifier ses conditions en matière de données et de coûts ultérieurs.',
    'section.software-services.reflection.0':
      'Combien le système dépense-t-il chaque année en licences logicielles, et combien dépenserait-il si toutes les écoles étaient couvertes ?',
    'section.software-services.reflection.1':
      'De combien de comptes différents un enseignant a-t-il besoin pour une semaine de travail ordinaire ?',
    'section.software-services.reflection.2':
      'Quelles données personnelles chaque service reçoit-il lorsqu’un apprenant se connecte, et qui en a décidé ?',
    'section.learning-spaces.overview':
      'Cette composante examine les lieux où se déroulent les apprentissages numériques : salles de classe, bibliothèques et autres espaces conçus ou aménagés pour que la technologie puisse y être utilisée de façon sûre et souple, avec des prises électriques, une ventilation, des rangements sécurisés et de la place pour travailler en groupe ; des espaces et des appareils rendus accessibles aux apprenants en situation de handicap ; et la gestion de l’énergie consommée par l’équipement numérique des écoles.',
    'section.learning-spaces.whyItMatters':
      'Une technologie installée dans des salles qui n’ont pas été prévues pour elle est difficile à bien utiliser : trop peu de prises, des salles qui surchauffent, un mobilier qui fige les apprenants en rangées, aucun endroit sûr où ranger les appareils. Les apprenants en situation de handicap sont exclus lorsque les bâtiments, les appareils et les logiciels ne sont pas accessibles, alors que les technologies d’assistance peuvent leur ouvrir l’accès aux apprentissages. Enfin, l’électricité consommée par l’équipement numérique représente un coût récurrent autant qu’une charge environnementale.',
    'section.learning-spaces.practice.0':
      'Associer les enseignants et les apprenants à la conception ou à l’aménagement des espaces d’apprentissage, et privilégier des agencements qui puissent évoluer avec les pratiques pédagogiques. Une étude de l’OCDE menée avec des écoles de six pays européens et publiée en 2011 a proposé un modèle d’espace d’apprentissage souple, modulable et durable, au service de ceux qui l’utilisent.',
    'section.learning-spaces.practice.1':
      'Intégrer l’accessibilité dès le départ, dans les bâtiments, les appareils et les logiciels, plutôt que de procéder à des adaptations au cas par cas. La Convention des Nations Unies relative aux droits des personnes handicapées (2006) oblige les États parties à garantir l’accès aux technologies de l’information et de la communication et un système éducatif inclusif, et les lignes directrices de la conception universelle de l’apprentissage aident à tenir compte d’emblée de la diversité des apprenants.',
    'section.learning-spaces.practice.2':
      'Gérer l’énergie consommée par l’équipement numérique : acheter des appareils économes en énergie, éteindre les équipements en dehors des heures de classe, envisager un approvisionnement renouvelable et mesurer la consommation. Les critères de marchés publics écologiques de la Commission européenne pour les ordinateurs, écrans, tablettes et smartphones, publiés en 2021, portent sur la consommation d’énergie et l’allongement de la durée de vie des produits.',
    'section.learning-spaces.pitfall.0':
      'Des salles informatiques conçues comme des laboratoires fermés où les classes se rendent une fois par semaine, tandis que les salles de classe restent dépourvues de prises.',
    'section.learning-spaces.pitfall.1':
      'Une accessibilité traitée au cas par cas après l’arrivée d’un apprenant en situation de handicap, au lieu d’être planifiée.',
    'section.learning-spaces.pitfall.2':
      'Des appareils et des serveurs laissés allumés la nuit et pendant les vacances, sans que personne soit responsable de la facture d’électricité.',
    'section.learning-spaces.reflection.0':
      'Dans une salle de classe ordinaire, où les apprenants rechargeraient-ils leurs appareils, et où les rangeraient-ils en sécurité ?',
    'section.learning-spaces.reflection.1':
      'Un apprenant en fauteuil roulant ou un apprenant aveugle pourrait-il participer pleinement aujourd’hui à une leçon numérique dans nos écoles ?',
    'section.learning-spaces.reflection.2':
      'Savons-nous combien d’électricité consomme l’équipement numérique des écoles, et qui la paie ?',
    'module.cost-sustainability.overview':
      'Ce pilier examine si le numérique éducatif est financé de façon durable, au-delà du premier achat ou du premier projet d’un bailleur. Il porte sur quatre points : une stratégie de financement qui chiffre le plan année par année, lui donne des lignes budgétaires identifiables et répartit les fonds selon des règles équitables ; le coût total de possession des technologies sur leur durée de vie, fonctionnement compris ; une passation des marchés ouverte, qui regroupe les achats et évite la dépendance à un seul fournisseur ; enfin, des sources de financement extérieures au budget de l’éducation, comme les fonds de service universel, d’autres mécanismes et la gratuité des données pour les contenus éducatifs.',
    'module.cost-sustainability.whyItMatters':
      'Les programmes numériques peuvent s’essouffler moins à leur lancement que les années suivantes, lorsque les abonnements de connexion, les réparations, l’assistance et le renouvellement arrivent à échéance sans qu’aucune ligne budgétaire ne les couvre. Les équipements restent alors inutilisés, et l’écart se creuse entre les établissements qui peuvent payer et les autres. Une équipe qui connaît le coût réel de ses plans, sait qui paie chaque poste et comment les marchés sont attribués peut préserver ce qui a été construit, défendre ses besoins auprès du ministère des Finances et retenir des options que le pays aura les moyens de faire fonctionner dans la durée.',
    'module.cost-sustainability.reflection.0':
      'Si tous les financements extérieurs s’arrêtaient demain, quels services numériques fonctionneraient encore dans les établissements un an plus tard, et qui les paierait ?',
    'module.cost-sustainability.reflection.1':
      'Le ministère des Finances voit-il notre plan pour le numérique éducatif comme un programme chiffré doté de ses propres lignes budgétaires, ou comme une liste de projets distincts ?',
    'module.cost-sustainability.reflection.2':
      'Quels coûts récurrents de nos programmes actuels ne sont encore couverts par aucun budget ?',
    'module.cost-sustainability.reflection.3':
      'Dans quels domaines dépendons-nous d’un seul fournisseur, bailleur ou opérateur, et que nous coûterait un changement ?',
    'section.financing-strategy.overview':
      'Une stratégie de financement traduit le plan pour le numérique éducatif en chiffres sur lesquels l’État peut agir : le coût de chaque mesure pour chaque année, la part prise en charge par le budget national, les partenaires et les autres sources, et le déficit qui subsiste. Elle précise aussi comment ces montants figurent au budget, afin que la dépense puisse être suivie, et selon quelles règles les régions et les établissements reçoivent fonds et équipements.',
    'section.financing-strategy.whyItMatters':
      'Un plan non chiffré se défend mal lors des arbitrages budgétaires, et une dépense noyée dans d’autres lignes ne peut être ni suivie ni protégée en cas de coupes. Les règles de répartition comptent autant que les montants : faute de critères publiés, les ressources vont souvent aux établissements qui les demandent les premiers ou qui sont les plus faciles d’accès, ce qui creuse les écarts que le plan devait réduire.',
    'section.financing-strategy.practice.0':
      'Chiffrer le plan à l’aide d’un modèle annuel simple, qui relie chaque activité à des coûts unitaires et au nombre d’établissements, d’enseignants et d’élèves concernés, puis l’intégrer au plan sectoriel de l’éducation et au cadre de dépenses à moyen terme plutôt que de le laisser dans un document de projet à part.',
    'section.financing-strategy.practice.1':
      'Distinguer les coûts qui rendent l’apprentissage numérique possible, comme l’électricité, la connexion et des données à un prix abordable, de ceux de sa mise en œuvre, comme le fait l’estimation mondiale publiée par l’UNICEF en 2021, afin de planifier, financer et suivre chacun selon sa logique propre.',
    'section.financing-strategy.practice.2':
      'Partir de la finalité éducative et des élèves les plus éloignés de l’objectif : publier des critères de répartition qui donnent un poids supplémentaire à l’isolement, à la pauvreté et au handicap, et les appliquer aux programmes financés par les partenaires comme aux programmes nationaux.',
    'section.financing-strategy.practice.3':
      'Donner au programme une assise juridique et institutionnelle stable, en associant le ministère des Finances dès le départ, afin que son financement ne dépende ni d’un seul cycle politique ni d’un seul projet.',
    'section.financing-strategy.pitfall.0':
      'Ne chiffrer que le premier achat d’équipements et considérer que tout ce qui suit relève de quelqu’un d’autre.',
    'section.financing-strategy.pitfall.1':
      'Compter les annonces des partenaires comme des financements acquis avant la signature des accords.',
    'section.financing-strategy.pitfall.2':
      'Laisser les dépenses numériques dans des lignes budgétaires générales, si bien que personne ne peut dire combien a été dépensé, ni pour quoi.',
    'section.financing-strategy.pitfall.3':
      'Disperser les équipements entre tous les établissements par souci de visibilité, si bien qu’aucun n’en a assez pour changer sa façon d’enseigner.',
    'section.financing-strategy.example.0':
      'L’Uruguay a annoncé le Plan Ceibal en 2006 et l’a lancé par une phase pilote en 2007, avec l’objectif de doter d’un ordinateur portable chaque élève et chaque enseignant des écoles primaires publiques. En 2010, la loi 18.640 a créé un organisme dédié, de droit public non étatique, le Centre pour l’inclusion technologique et sociale, chargé de conduire le programme ; son conseil de direction comprend notamment des délégués du ministère de l’Économie et des Finances et de l’administration nationale de l’enseignement public.',
    'section.financing-strategy.reflection.0':
      'Pouvons-nous dire ce que coûtera notre plan pour le numérique éducatif l’an prochain et dans cinq ans, et quelle part en est financée ?',
    'section.financing-strategy.reflection.1':
      'Où les dépenses de numérique éducatif apparaissent-elles dans le budget actuel, et pourrions-nous rendre compte de ce qui a été dépensé l’an dernier ?',
    'section.financing-strategy.reflection.2':
      'Qui décide quels établissements reçoivent des équipements et une connexion, et sur la base de quels critères publiés ?',
    'section.financing-strategy.reflection.3':
      'Le ministère des Finances est-il associé assez tôt pour considérer le plan comme un engagement durable plutôt que comme une demande ponctuelle ?',
    'section.total-cost-of-ownership.overview':
      'Le coût total de possession correspond à tout ce que coûte une technologie pendant sa durée d’utilisation, et pas seulement à son prix d’achat : abonnements de connexion, électricité, maintenance et réparations, assistance technique, formation, contenus et licences, puis renouvellement. Cette composante vérifie si ces coûts sont estimés avant l’approbation d’un investissement, et si quelqu’un est clairement chargé de les payer à la fin d’un projet ou d’une subvention.',
    'section.total-cost-of-ownership.whyItMatters':
      'Le prix d’achat n’est qu’une partie de la facture, la plus visible. Lorsque les coûts de fonctionnement ne sont pas prévus, les connexions sont coupées, les appareils en panne ne sont pas réparés et les enseignants cessent de compter sur des outils qui risquent de ne pas fonctionner le jour venu. Connaître le coût sur toute la durée de vie modifie aussi les choix : un appareil moins cher qui tombe plus vite en panne, ou un logiciel dont les licences augmentent chaque année, peut finir par coûter davantage.',
    'section.total-cost-of-ownership.practice.0':
      'Estimer le coût de chaque investissement important sur toute sa durée de vie prévue, en faisant figurer les postes récurrents (connexion, électricité, maintenance, assistance, formation, licences, renouvellement) à côté du prix d’achat, et n’approuver l’investissement qu’au vu de cette estimation.',
    'section.total-cost-of-ownership.practice.1':
      'Comparer les options selon leur coût sur toute la durée de vie plutôt que selon leur prix unitaire, en privilégiant des équipements durables, réparables et évolutifs, avec des pièces détachées et des mises à jour logicielles garanties pendant un nombre d’années précisé.',
    'section.total-cost-of-ownership.practice.2':
      'Inscrire dans chaque projet financé par un partenaire un plan de transfert qui précise quels coûts de fonctionnement le budget de l’État reprendra, à partir de quelle année et sur quelle ligne budgétaire.',
    'section.total-cost-of-ownership.practice.3':
      'Accorder aux établissements un financement régulier pour leurs coûts de fonctionnement numériques, comme l’abonnement internet, afin que le maintien de la connexion ne dépende pas des contributions des parents.',
    'section.total-cost-of-ownership.pitfall.0':
      'Approuver un programme d’équipement sur la seule base du prix unitaire figurant dans l’appel d’offres.',
    'section.total-cost-of-ownership.pitfall.1':
      'Compter sur des garanties et une connexion offerte au démarrage qui prennent fin au bout d’un ou deux ans, sans rien prévoir pour prendre le relais.',
    'section.total-cost-of-ownership.pitfall.2':
      'Oublier l’électricité, le stockage sécurisé, l’assurance et l’assistance technique dont les équipements ont besoin une fois dans les établissements.',
    'section.total-cost-of-ownership.pitfall.3':
      'Laisser les établissements payer la connexion avec les contributions des parents, ce qui accentue les inégalités entre établissements.',
    'section.total-cost-of-ownership.example.0':
      'Le Brésil a créé par décret en 2017 le programme d’innovation Éducation connectée (Educação Conectada), devenu une politique nationale avec la loi 14.180 de 2021. Dans ce cadre, l’État fédéral peut apporter aux établissements et aux réseaux scolaires un appui technique ou financier pour souscrire un service d’accès à internet, installer le réseau qui distribue le signal dans l’établissement et acquérir des appareils ; il publie aussi des paramètres de référence pour la contractualisation du service d’accès à internet.',
    'section.total-cost-of-ownership.reflection.0':
      'Pour notre principal investissement numérique, combien coûtera-t-il chaque année jusqu’à son renouvellement, et qui paiera chaque poste ?',
    'section.total-cost-of-ownership.reflection.1':
      'Quels projets de partenaires s’achèvent dans les deux prochaines années, et existe-t-il un plan convenu pour leurs coûts de fonctionnement ?',
    'section.total-cost-of-ownership.reflection.2':
      'Les établissements reçoivent-ils un financement régulier pour la connexion, les réparations ou l’assistance technique ?',
    'section.total-cost-of-ownership.reflection.3':
      'Avons-nous déjà comparé le coût effectif d’un programme avec l’estimation faite lors de son approbation ?',
    'section.procurement.overview':
      'La passation des marchés porte sur la manière dont sont achetés appareils, connexion, logiciels, contenus et services : appels d’offres ouverts et publiés, spécifications qui décrivent ce qu’un produit doit faire plutôt que de citer une marque, achats groupés pour obtenir de meilleurs prix et conditions, et contrats qui protègent les données du ministère et sa liberté de changer de fournisseur grâce aux formats ouverts, à l’export complet des données et aux clauses de sortie.',
    'section.procurement.whyItMatters':
      'Les achats numériques sont importants, techniques et évoluent vite, ce qui les expose à des prix gonflés, à des spécifications taillées pour un seul produit et à une dépendance durable envers un fournisseur. Une passation des marchés rigoureuse réduit les coûts unitaires, ouvre le marché à davantage de fournisseurs et permet au ministère de garder la maîtrise de ses systèmes et de ses données à la fin d’un contrat.',
    'section.procurement.practice.0':
      'Publier les appels d’offres, les attributions, les prix et les fournisseurs des achats de numérique éducatif, recourir à la commande publique électronique lorsqu’elle existe, et constituer une équipe d’acheteurs qui connaît les marchés technologiques.',
    'section.procurement.practice.1':
      'Regrouper la demande au moyen d’accords-cadres nationaux sur lesquels les régions et les établissements peuvent passer commande, et comparer les prix payés avec ceux des contrats précédents et d’autres acheteurs.',
    'section.procurement.practice.2':
      'Fonder les spécifications sur des fonctions et des normes ouvertes (ce que l’appareil ou le système doit faire, les formats qu’il doit lire et exporter) plutôt que sur des marques, et inscrire des clauses de sortie dans chaque contrat : le ministère est propriétaire de ses données et des contenus qu’il a financés, les données peuvent être exportées intégralement dans des formats ouverts, et une période de transition s’applique en cas de changement de fournisseur.',
    'section.procurement.practice.3':
      'Intégrer la durabilité, la réparabilité, la consommation d’énergie et la reprise en fin de vie dans les critères d’attribution des marchés d’appareils, en s’inspirant par exemple des critères européens de marchés publics écologiques pour les ordinateurs, tablettes et smartphones publiés en 2021.',
    'section.procurement.pitfall.0':
      'Des spécifications reprises de la documentation d’un fournisseur, si bien qu’un seul produit peut y répondre.',
    'section.procurement.pitfall.1':
      'Accepter des systèmes offerts ou fortement remisés dont les licences, les formats ou la maintenance lient ensuite le ministère à une seule entreprise.',
    'section.procurement.pitfall.2':
      'Juger les offres sur le seul prix d’achat, sans tenir compte de la garantie, des délais d’intervention de l’assistance ni de la disponibilité des pièces détachées.',
    'section.procurement.pitfall.3':
      'Chaque région ou projet achète séparément des articles semblables, à des prix différents, sans que personne ne les compare.',
    'section.procurement.reflection.0':
      'Pour nos trois derniers achats numériques importants, combien de soumissionnaires ont participé, et quels prix unitaires avons-nous payés ?',
    'section.procurement.reflection.1':
      'Si le fournisseur de notre principale plateforme partait l’an prochain, pourrions-nous exporter toutes nos données et tous nos contenus sous une forme exploitable ?',
    'section.procurement.reflection.2':
      'Quels articles les régions et les établissements achètent-ils séparément alors que nous pourrions les acheter ensemble ?',
    'section.procurement.reflection.3':
      'Nos critères d’attribution tiennent-ils compte de la durée de vie des équipements et de ce qu’ils deviennent en fin de vie ?',
    'section.innovative-financing.overview':
      'Au-delà du budget de l’éducation et des subventions des bailleurs, d’autres sources peuvent financer le numérique éducatif. Pour la connexion, la plus courante est le fonds de service universel, alimenté par une part du chiffre d’affaires des opérateurs de télécommunications pour desservir les zones mal couvertes. S’y ajoutent les tarifs préférentiels pour les établissements, les partenariats public-privé, les financements mixtes ou fondés sur les résultats, et la gratuité des données (« zero-rating »), qui évite que l’accès aux contenus éducatifs agréés soit décompté du forfait mobile.',
    'section.innovative-financing.whyItMatters':
      'Connecter chaque établissement et le maintenir connecté coûte cher, et le budget de l’éducation n’a pas à en être la seule source. Les fonds du secteur des télécommunications et les accords avec les opérateurs peuvent en couvrir une partie de façon durable, à condition d’être gérés en toute transparence, décaissés comme prévu et alignés sur le plan national. La gratuité des données peut réduire ce que les familles paient pour accéder aux contenus éducatifs, ce qui compte surtout pour les foyers qui ne se connectent qu’avec des données mobiles prépayées.',
    'section.innovative-financing.practice.0':
      'Convenir avec le ministère chargé des télécommunications et le régulateur que la connexion des établissements est un usage éligible du fonds de service universel, avec un engagement pluriannuel lié au plan national de connectivité et des rapports publiés sur les montants décaissés.',
    'section.innovative-financing.practice.1':
      'Envisager, à côté des réseaux nationaux, des subventions aux contrats que les établissements concluent eux-mêmes : dans le modèle E-Rate, les établissements choisissent leur fournisseur par mise en concurrence et un fonds prend en charge une remise plus élevée pour les établissements pauvres et ruraux.',
    'section.innovative-financing.practice.2':
      'Avant de recourir à un partenariat public-privé, à un financement mixte ou fondé sur les résultats, comparer son coût total et ses risques avec ceux d’un financement public direct du même service, et faire primer la finalité éducative sur l’instrument financier.',
    'section.innovative-financing.practice.3':
      'Négocier avec tous les principaux opérateurs mobiles des accords permanents de gratuité des données pour la plateforme nationale d’apprentissage et les contenus agréés, gérés au moyen d’une liste publiée ouverte à tout fournisseur de contenus éducatifs agréés, et en suivre l’utilisation.',
    'section.innovative-financing.pitfall.0':
      'Un fonds de service universel qui perçoit des contributions pendant des années mais décaisse peu, ou finance des projets sans lien avec le plan pour l’éducation.',
    'section.innovative-financing.pitfall.1':
      'Une gratuité des données accordée pendant une crise qui prend fin sans bruit, si bien que les élèves doivent de nouveau payer leurs données.',
    'section.innovative-financing.pitfall.2':
      'Une gratuité des données limitée aux services d’une seule entreprise, ce qui peut fausser le marché des contenus éducatifs.',
    'section.innovative-financing.pitfall.3':
      'Des montages financiers complexes dont les coûts de transaction et les obligations dépassent les fonds qu’ils apportent.',
    'section.innovative-financing.example.0':
      'Aux États-Unis, la loi sur les télécommunications de 1996 (Telecommunications Act) a étendu le service universel aux écoles et aux bibliothèques, et la Commission fédérale des communications a mis en place en 1997 le mécanisme de soutien appelé E-Rate. Les écoles et les bibliothèques choisissent leurs fournisseurs par mise en concurrence, et le fonds de service universel, alimenté par les contributions des entreprises de télécommunications, prend en charge une remise de 20 % à 90 % sur les services éligibles, qui augmente avec la pauvreté de la population desservie et est plus élevée en zone rurale.',
    'section.innovative-financing.example.1':
      'Au Brésil, la loi 14.172 de 2021 a imposé à l’État fédéral de transférer 3,5 milliards de reais aux États et au District fédéral pour garantir l’accès à internet des enseignants de l’éducation de base publique et des élèves des écoles publiques issus de familles à faibles revenus ou scolarisés dans les écoles des communautés autochtones et quilombolas, en partie grâce au fonds de service universel des télécommunications (FUST).',
    'section.innovative-financing.reflection.0':
      'Notre pays dispose-t-il d’un fonds de service universel ou d’une contribution comparable, combien a-t-il décaissé, et une partie de ces fonds a-t-elle bénéficié aux établissements ?',
    'section.innovative-financing.reflection.1':
      'Qui, au sein de l’État, pourrait négocier la gratuité des données avec les opérateurs mobiles, et quels contenus y inclurions-nous ?',
    'section.innovative-financing.reflection.2':
      'Pour chaque mécanisme de financement envisagé, quel serait son coût total par rapport au financement du même service sur le budget ?',
    'section.innovative-financing.reflection.3':
      'Comment les établissements conserveraient-ils leur connexion si un dispositif temporaire prenait fin ?',
    'module.capacity-culture.overview':
      'Ce pilier porte sur les personnes : les enseignants, les chefs d’établissement, les cadres du ministère et les élèves ont-ils les compétences nécessaires pour bien utiliser le numérique, et la culture professionnelle qui entoure les établissements favorise-t-elle le changement ? Il couvre les compétences numériques et en IA des enseignants dès la formation initiale ; la capacité à piloter le changement numérique dans les établissements et au ministère ; les compétences numériques attendues des élèves, y compris la sécurité en ligne et le bien-être numérique ; enfin, une culture d’apprentissage entre pairs, de reconnaissance et de dialogue avec les familles.',
    'module.capacity-culture.whyItMatters':
      'Les appareils et les connexions ne transforment les apprentissages que si les personnes savent quoi en faire. Les bilans internationaux sur la technologie dans l’éducation, comme le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO, accordent une place centrale aux enseignants et à leur formation. Les élèves, eux, ont besoin de plus que de savoir manipuler des outils : ils doivent évaluer l’information, se protéger et protéger les autres, et garder un rapport sain aux écrans. Ces capacités se construisent sur des années ; un pays doit donc savoir où il en est avant de décider où investir.',
    'module.capacity-culture.reflection.0':
      'Si chaque établissement recevait demain de nouveaux équipements, combien d’enseignants sauraient s’en servir pour améliorer les apprentissages ?',
    'module.capacity-culture.reflection.1':
      'Qui, au ministère et dans les régions, dispose des compétences et du temps nécessaires pour piloter le changement numérique ?',
    'module.capacity-culture.reflection.2':
      'Que savons-nous réellement des compétences numériques des élèves, au-delà des impressions ?',
    'module.capacity-culture.reflection.3':
      'Comment les enseignants de notre système apprennent-ils les uns des autres à enseigner avec le numérique ?',
    'section.teacher-competencies.overview':
      'Cette composante examine les compétences numériques et en IA attendues des enseignants et la façon dont ils les acquièrent : un référentiel national de compétences, la place de ces compétences dans la formation initiale, la part des enseignants en poste formés ces dernières années, et la forme que prend cette formation, de l’atelier ponctuel aux programmes continus, ancrés dans l’établissement, avec accompagnement et suivi en classe.',
    'section.teacher-competencies.whyItMatters':
      'Ce sont les enseignants qui décident si le numérique sert à améliorer les apprentissages ou reste au placard. Un référentiel commun donne aux organismes de formation, aux établissements de formation des enseignants et aux enseignants eux-mêmes un langage partagé et un parcours de progression. L’ampleur de la formation compte, sa forme aussi : de courts ateliers sur la manipulation des équipements ont peu de chances, à eux seuls, de changer les pratiques en classe, alors qu’une formation liée à la discipline enseignée et suivie en classe leur en donne davantage.',
    'section.teacher-competencies.practice.0':
      'Adopter un référentiel national des compétences numériques des enseignants adapté d’un modèle international, comme le référentiel de compétences TIC pour les enseignants de l’UNESCO ou le cadre européen DigCompEdu, avec des niveaux de progression, et s’en servir pour concevoir les formations et reconnaître les progrès.',
    'section.teacher-competencies.practice.1':
      'Étendre le référentiel à l’intelligence artificielle, en s’appuyant sur le référentiel de compétences en IA pour les enseignants publié par l’UNESCO en 2024, afin que les enseignants apprennent à utiliser les outils d’IA de façon critique, éthique et au service d’un objectif pédagogique clair, et pas seulement sur le plan technique.',
    'section.teacher-competencies.practice.2':
      'Intégrer la pédagogie numérique à la didactique de chaque discipline et aux stages pendant la formation initiale, et l’évaluer pour l’obtention du diplôme d’enseignant, plutôt que de proposer un cours d’informatique à part.',
    'section.teacher-competencies.practice.3':
      'Organiser la formation continue comme un processus suivi, ancré dans l’établissement, avec accompagnement, observation entre pairs et suivi en classe, et tenir un registre des personnes formées afin de pouvoir mesurer la couverture.',
    'section.teacher-competencies.pitfall.0':
      'Former les enseignants à des équipements dont ils ne disposent pas encore, ou livrer des équipements sans aucune formation.',
    'section.teacher-competencies.pitfall.1':
      'Assimiler la présence à un atelier à une compétence acquise, sans aucun suivi en classe.',
    'section.teacher-competencies.pitfall.2':
      'Un référentiel de compétences adopté mais jamais utilisé pour concevoir les formations, évaluer les enseignants ou reconnaître leurs progrès.',
    'section.teacher-competencies.pitfall.3':
      'Considérer les compétences numériques comme l’affaire des seuls enseignants d’informatique.',
    'section.teacher-competencies.example.0':
      'En Espagne, la Conférence sectorielle de l’éducation, qui réunit le ministère national et les départements de l’éducation des communautés autonomes, a adopté en 2020 un cadre de référence commun de la compétence numérique des enseignants, ainsi que la reconnaissance par toutes les administrations éducatives des procédures de certification fondées sur ce cadre. La Conférence en a adopté une version actualisée en 2022.',
    'section.teacher-competencies.reflection.0':
      'Quel référentiel décrit ce que nos enseignants doivent savoir faire avec le numérique et l’IA, et qui l’utilise réellement ?',
    'section.teacher-competencies.reflection.1':
      'Quelle part des enseignants en poste a été formée à l’enseignement avec le numérique au cours des trois dernières années, et comment le savons-nous ?',
    'section.teacher-competencies.reflection.2':
      'La formation accompagne-t-elle les enseignants jusque dans leur classe ?',
    'section.teacher-competencies.reflection.3':
      'Comment les nouveaux enseignants apprennent-ils à enseigner avec le numérique pendant leur formation initiale ?',
    'section.leadership-capacity.overview':
      'Le changement numérique dans l’éducation exige des personnes capables de le planifier et de le conduire. Cette composante s’intéresse aux chefs d’établissement, qui décident de l’usage du numérique dans leur établissement et soutiennent leurs équipes, et aux cadres du ministère, au niveau central comme dans les régions, qui ont besoin des compétences et du temps nécessaires pour concevoir des programmes, gérer contrats et données, et suivre leur mise en œuvre dans les établissements.',
    'section.leadership-capacity.whyItMatters':
      'Sans responsables compétents, les équipements sont livrés mais restent inutilisés, et les plans reposent sur quelques personnes ou sur des consultants qui partent à la fin du projet. Des chefs d’établissement qui élaborent un plan numérique avec leur équipe augmentent les chances que les investissements servent ; des cadres du ministère qui comprennent les marchés technologiques et les données peuvent traiter d’égal à égal avec les fournisseurs et les partenaires.',
    'section.leadership-capacity.practice.0':
      'Aider les chefs d’établissement à élaborer avec leur équipe un plan numérique pour leur établissement, à l’aide d’un outil d’autoévaluation comme SELFIE, proposé par la Commission européenne et fondé sur le cadre DigCompOrg des organisations éducatives numériquement compétentes.',
    'section.leadership-capacity.practice.1':
      'Inscrire le pilotage du changement numérique dans les normes professionnelles et la formation des chefs d’établissement, aux côtés du pilotage pédagogique, et leur donner le temps et l’appui nécessaires pour l’exercer.',
    'section.leadership-capacity.practice.2':
      'Définir les compétences dont les équipes du ministère ont besoin (achats, protection des données, gestion de contrats et de projets, pédagogie numérique) et les développer par la formation et le recrutement, plutôt que de s’en remettre uniquement à des consultants extérieurs.',
    'section.leadership-capacity.practice.3':
      'Confier aux cadres régionaux et locaux un rôle défini, assorti d’une formation, dans l’accompagnement des plans numériques des établissements, afin que le soutien atteigne aussi les établissements éloignés de la capitale.',
    'section.leadership-capacity.pitfall.0':
      'Laisser les questions numériques à un enseignant motivé ou à un technicien, sans implication de la direction de l’établissement.',
    'section.leadership-capacity.pitfall.1':
      'Constituer les compétences du ministère au sein d’une équipe de projet financée par un bailleur, qui se disperse à la fin du projet.',
    'section.leadership-capacity.pitfall.2':
      'Former les responsables aux outils plutôt qu’à la planification, à la conduite du changement et à l’accompagnement des enseignants.',
    'section.leadership-capacity.reflection.0':
      'Nos chefs d’établissement disposent-ils d’un plan numérique pour leur établissement, et qui les a aidés à le préparer ?',
    'section.leadership-capacity.reflection.1':
      'Quelles compétences manquent au ministère pour concevoir, acheter et gérer des programmes numériques, et comment ces manques sont-ils comblés aujourd’hui ?',
    'section.leadership-capacity.reflection.2':
      'Les personnes chargées du numérique éducatif ont-elles du temps pour cette mission, ou s’ajoute-t-elle à d’autres fonctions ?',
    'section.leadership-capacity.reflection.3':
      'Comment les services régionaux et locaux accompagnent-ils les établissements dans leur transformation numérique ?',
    'section.learner-digital-skills.overview':
      'Cette composante porte sur les compétences numériques que les élèves doivent acquérir, de la maîtrise de l’information à la création de contenus, en passant par la compréhension de l’IA et la résolution de problèmes ; sur la façon dont ils apprennent à se protéger et à respecter les autres en ligne ; sur l’attention portée à leur bien-être numérique, d’un usage raisonné des écrans à la réponse au cyberharcèlement ; enfin, sur la mesure de ce que les élèves maîtrisent réellement.',
    'section.learner-digital-skills.whyItMatters':
      'Les élèves ont besoin de compétences numériques pour continuer d’apprendre, participer à la vie de la société et travailler, et ils sont exposés très tôt aux risques en ligne. Des attentes claires, inscrites dans les programmes et évaluées, montrent si l’école réduit ou accroît les écarts entre élèves. L’attention au bien-être permet que les bénéfices du numérique ne se paient pas en sommeil, en concentration ou en santé mentale.',
    'section.learner-digital-skills.practice.0':
      'Définir dans un référentiel national les compétences numériques attendues à chaque étape de la scolarité, en s’appuyant sur des références internationales comme le cadre européen DigComp 2.2 ou le cadre de l’Institut de statistique de l’UNESCO pour l’indicateur 4.4.2 des ODD, et y inclure les compétences en IA, par exemple à partir du référentiel de compétences en IA pour les élèves publié par l’UNESCO en 2024.',
    'section.learner-digital-skills.practice.1':
      'Enseigner la sécurité en ligne dans le cadre des programmes (vie privée, cyberharcèlement, contenus préjudiciables, recours possibles), dans le respect des droits de l’enfant dans l’environnement numérique, et veiller à ce que chaque établissement sache signaler et traiter les incidents.',
    'section.learner-digital-skills.practice.2':
      'Traiter explicitement le bien-être numérique, comme un sujet distinct de la sécurité en ligne : recommandations sur un usage sain et le temps d’écran, règles claires sur les appareils personnels à l’école, et réponse au cyberharcèlement reliée au soutien en santé mentale proposé par les établissements.',
    'section.learner-digital-skills.practice.3':
      'Mesurer ce que les élèves maîtrisent réellement, au moyen d’une évaluation nationale ou de la participation à une enquête internationale comme l’ICILS de l’IEA, et publier les résultats selon le sexe, le lieu de résidence et le milieu socio-économique.',
    'section.learner-digital-skills.pitfall.0':
      'Supposer que des jeunes qui utilisent leur téléphone tous les jours sont compétents en matière numérique.',
    'section.learner-digital-skills.pitfall.1':
      'Réduire la sécurité en ligne à une journée de sensibilisation au lieu de l’inscrire dans les programmes.',
    'section.learner-digital-skills.pitfall.2':
      'Interdire les appareils sans enseigner un usage responsable, ou les autoriser sans aucune règle.',
    'section.learner-digital-skills.pitfall.3':
      'Ne mesurer que l’accès des élèves aux appareils, jamais ce qu’ils savent en faire.',
    'section.learner-digital-skills.example.0':
      'En France, un décret d’août 2019 a fixé un cadre de référence des compétences numériques (CRCN) pour l’enseignement scolaire, l’enseignement supérieur et la formation continue, ainsi que l’évaluation des compétences numériques des élèves. Un arrêté du même jour a instauré leur certification au moyen de la plateforme publique en ligne Pix, pour les élèves en fin de collège et en fin de lycée.',
    'section.learner-digital-skills.example.1':
      'En Australie, la loi de 2015 sur le renforcement de la sécurité en ligne des enfants (Enhancing Online Safety for Children Act) a créé un commissaire à la sécurité en ligne des enfants, chargé notamment de traiter les plaintes pour cyberharcèlement grave visant des enfants australiens et de soutenir, d’agréer et d’évaluer des programmes d’éducation à la sécurité en ligne. Une modification adoptée en 2017 a étendu sa mission à la sécurité en ligne de l’ensemble des Australiens.',
    'section.learner-digital-skills.example.2':
      'Au Brésil, la loi 15.100 de janvier 2025, qui vise à préserver la santé mentale, physique et psychique des enfants et des adolescents, interdit aux élèves d’utiliser des appareils électroniques portables personnels, téléphones compris, pendant les cours, la récréation et les pauses, à toutes les étapes de l’éducation de base, sauf à des fins pédagogiques, en cas d’urgence et pour garantir l’accessibilité, l’inclusion, la prise en compte de l’état de santé des élèves et leurs droits fondamentaux.',
    'section.learner-digital-skills.reflection.0':
      'Quelles compétences numériques attendons-nous des élèves à la fin du primaire et du secondaire, et où sont-elles écrites ?',
    'section.learner-digital-skills.reflection.1':
      'À quel endroit des programmes les élèves apprennent-ils la sécurité en ligne, et qui l’enseigne ?',
    'section.learner-digital-skills.reflection.2':
      'Quelles sont nos règles sur les appareils personnels à l’école, et sur quelles données relatives au bien-être reposent-elles ?',
    'section.learner-digital-skills.reflection.3':
      'Que savons-nous des compétences numériques réelles des élèves, et des écarts selon le sexe, le lieu de résidence ou le revenu des familles ?',
    'section.digital-culture.overview':
      'La culture numérique recouvre les habitudes et les relations qui font du numérique une part ordinaire de la vie professionnelle : des enseignants qui partagent leurs pratiques et apprennent les uns des autres, dans leur établissement comme dans des communautés en ligne ; la reconnaissance de ceux qui innovent et du temps que cela demande ; des parents et des communautés qui comprennent l’usage que l’école fait du numérique, participent aux décisions et peuvent soutenir les apprentissages et la sécurité à la maison.',
    'section.digital-culture.whyItMatters':
      'La formation et les équipements ont une portée limitée lorsque les enseignants travaillent seuls et que l’innovation comporte des risques sans contrepartie. L’apprentissage entre pairs diffuse des pratiques qui ont fait leurs preuves dans des classes comparables, et la reconnaissance entretient l’engagement des enseignants investis. Les familles influencent l’usage que les enfants font du numérique à la maison : en les associant, l’école peut renforcer des habitudes sûres, saines et utiles au lieu de les contredire.',
    'section.digital-culture.practice.0':
      'Dégager du temps pour que les enseignants préparent et analysent leurs cours ensemble et s’observent mutuellement, et soutenir des communautés professionnelles, en présentiel et en ligne, où ils partagent ressources et expériences d’enseignement avec le numérique.',
    'section.digital-culture.practice.1':
      'Reconnaître l’innovation dans l’évaluation et l’avancement de carrière, par exemple en prenant en compte une compétence numérique certifiée ou des contributions à des ressources partagées, sans en faire dépendre d’un surcroît de travail non rémunéré.',
    'section.digital-culture.practice.2':
      'Recourir à l’autoévaluation de l’établissement pour associer toute la communauté scolaire, élèves compris, aux choix d’usage du numérique, comme le fait l’outil SELFIE de la Commission européenne, qui recueille l’avis des chefs d’établissement, des enseignants et des élèves.',
    'section.digital-culture.practice.3':
      'Informer et associer les parents : expliquer quelles plateformes et quelles données l’établissement utilise et pourquoi, proposer des conseils pour un usage sûr et sain à la maison, et offrir aux parents un moyen de faire part de leurs préoccupations.',
    'section.digital-culture.pitfall.0':
      'S’en remettre à quelques passionnés dont l’action s’arrête lorsqu’ils changent d’établissement.',
    'section.digital-culture.pitfall.1':
      'Récompenser l’achat ou la mise en avant d’équipements plutôt que les progrès de l’enseignement et des apprentissages.',
    'section.digital-culture.pitfall.2':
      'Ne communiquer avec les familles qu’en cas de problème, ou seulement par des canaux que certaines familles ne peuvent pas utiliser.',
    'section.digital-culture.reflection.0':
      'Quand les enseignants d’un établissement ordinaire ont-ils partagé pour la dernière fois avec leurs collègues un cours faisant appel au numérique ?',
    'section.digital-culture.reflection.1':
      'Comment un enseignant qui innove avec le numérique est-il reconnu dans notre système ?',
    'section.digital-culture.reflection.2':
      'Comment les parents apprennent-ils quelles plateformes l’établissement de leur enfant utilise et quelles données il recueille ?',
    'section.digital-culture.reflection.3':
      'Quels réseaux ou communautés d’enseignants existent déjà, que nous pourrions soutenir plutôt que remplacer ?',
    'module.content-solutions.overview':
      'Ce pilier porte sur ce avec quoi élèves et enseignants travaillent réellement : des programmes qui disent à quoi sert le numérique dans les apprentissages, des contenus numériques alignés sur ces programmes, des plateformes et des canaux de diffusion qui les portent jusqu’à chaque élève, et la manière de choisir et d’évaluer les solutions. Ses quatre composantes suivent cette chaîne, du programme jusqu’aux preuves qu’un outil est utile. La connectivité et les équipements ne servent que si des contenus pertinents et des usages bien conçus arrivent en classe ; ce pilier demande si c’est le cas, dans les langues des élèves, pour les élèves en situation de handicap et pour ceux qui sont peu ou pas connectés.',
    'module.content-solutions.whyItMatters':
      'L’argent consacré aux équipements et aux connexions est perdu s’il n’y a presque rien d’utile à en faire. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO constate que les données probantes solides et impartiales sur l’effet des technologies éducatives sont rares, et qu’une grande partie de celles qui existent provient de ceux qui vendent les produits. Un ministère qui aligne les contenus sur les programmes, atteint les élèves par les canaux dont ils disposent vraiment et teste les solutions avant de les généraliser est mieux placé pour tirer parti de son budget, et évite de lier les écoles à des produits qui apportent peu aux apprentissages.',
    'module.content-solutions.reflection.0':
      'Quelles parties du programme nos élèves peuvent-ils aujourd’hui aborder avec des contenus numériques, et quels élèves en sont exclus ?',
    'module.content-solutions.reflection.1':
      'La dernière fois que nous avons généralisé une solution numérique, quelles preuves avons-nous demandées, et qui les a vérifiées ?',
    'module.content-solutions.reflection.2':
      'Un élève sans connexion, ou ayant une déficience visuelle ou auditive, pourrait-il suivre le même programme que les autres ?',
    'module.content-solutions.reflection.3':
      'Qui, au ministère, est responsable des contenus, des plateformes et de l’évaluation, et ces responsables planifient-ils ensemble ?',
    'section.curriculum-integration.overview':
      'La place du numérique dans ce qui est enseigné et évalué : des programmes disciplinaires qui précisent les objectifs d’apprentissage que servent les outils numériques, des guides pédagogiques et des emplois du temps qui leur font une place, une compétence numérique développée dans toutes les disciplines plutôt que dans une seule, et l’usage du numérique dans l’évaluation, des exercices en classe jusqu’aux examens nationaux.',
    'section.curriculum-integration.whyItMatters':
      'Quand les programmes sont muets, l’usage du numérique dépend de l’enthousiasme de chacun et glisse vers l’exercice répétitif ou le divertissement. Un programme qui précise à quoi sert chaque activité numérique donne aux enseignants une raison d’utiliser les équipements, aux producteurs de contenus une cible, et aux inspecteurs quelque chose à observer. L’évaluation numérique peut rendre les résultats plus vite, mais elle ne sert les apprentissages que si ses tâches mesurent encore ce que le programme valorise.',
    'section.curriculum-integration.practice.0':
      'Décrire la compétence numérique comme un ensemble de domaines et de niveaux de maîtrise auxquels chaque discipline contribue, en s’appuyant sur un cadre de référence partagé plutôt que sur une liste de savoir-faire logiciels.',
    'section.curriculum-integration.practice.1':
      'Inscrire les usages numériques dans les objectifs de chaque discipline et dans les guides pédagogiques lors de la révision des programmes, et y aligner la formation des enseignants, afin que le référentiel de compétences des enseignants et les programmes décrivent la même pratique.',
    'section.curriculum-integration.practice.2':
      'Passer progressivement les évaluations sur écran, en vérifiant que les résultats sur écran et sur papier restent comparables et que les tâches mesurent toujours ce que le programme valorise.',
    'section.curriculum-integration.practice.3':
      'Fixer des règles claires sur l’usage de l’IA générative dans les travaux évalués, et les expliquer aux enseignants, aux élèves et aux familles avant leur entrée en vigueur.',
    'section.curriculum-integration.pitfall.0':
      'Ajouter une matière informatique distincte et considérer que le reste du programme est réglé.',
    'section.curriculum-integration.pitfall.1':
      'Réviser les programmes sans réviser les guides pédagogiques, les emplois du temps et les examens, si bien que les objectifs numériques restent sur le papier.',
    'section.curriculum-integration.pitfall.2':
      'Passer les examens nationaux sur écran avant que les écoles disposent des équipements, de la connectivité et de l’entraînement nécessaires pour que les élèves les passent équitablement.',
    'section.curriculum-integration.pitfall.3':
      'Enseigner des logiciels particuliers qui seront dépassés quand les élèves quitteront l’école, au lieu de compétences durables.',
    'section.curriculum-integration.example.0':
      'En 2013, le ministère de l’Éducation d’Angleterre a publié un programme d’informatique (computing) couvrant les quatre cycles (de 5 à 16 ans), qui remplace l’ancienne matière TIC et s’applique depuis septembre 2014 ; il associe informatique, technologies de l’information et culture numérique.',
    'section.curriculum-integration.example.1':
      'Le socle national des programmes de l’enseignement fondamental finlandais, adopté en 2014 et appliqué dans les classes 1 à 6 à partir d’août 2016, fait de la compétence en TIC l’une des sept compétences transversales que chaque discipline contribue à développer.',
    'section.curriculum-integration.example.2':
      'En 2022, l’Australie a achevé le passage de son évaluation nationale en lecture, écriture et calcul (NAPLAN) des années 3, 5, 7 et 9 du papier à des tests en ligne, qui adaptent les questions aux réponses de chaque élève, comme l’indique le rapport annuel 2021–22 de l’ACARA.',
    'section.curriculum-integration.reflection.0':
      'Dans combien de programmes disciplinaires un enseignant trouverait-il les objectifs d’apprentissage que les outils numériques doivent servir ?',
    'section.curriculum-integration.reflection.1':
      'Nos guides pédagogiques et nos emplois du temps prévoient-ils le temps et le matériel nécessaires aux activités numériques que demandent les programmes ?',
    'section.curriculum-integration.reflection.2':
      'Quelles évaluations pourraient passer sur écran sans désavantager les écoles les moins équipées ?',
    'section.curriculum-integration.reflection.3':
      'Que disent nos règles sur l’IA générative dans les devoirs et les examens, et les enseignants les connaissent-ils ?',
    'section.digital-content.overview':
      'Les ressources numériques qui correspondent au programme national : quelle part du programme elles couvrent, dans quelles langues, sous quelle licence, et si les élèves en situation de handicap peuvent les utiliser. La couverture se compte en disciplines et en niveaux ; les langues comprennent la langue d’enseignement, les langues nationales et locales et la langue des signes ; la licence détermine si les enseignants peuvent adapter et partager ; l’accessibilité se mesure au regard des WCAG 2.2.',
    'section.digital-content.whyItMatters':
      'Un contenu qui ne suit pas le programme, ou que les élèves ne comprennent pas, sert rarement, même s’il est bon. Le Rapport mondial de suivi sur l’éducation de l’UNESCO estimait en 2016 que jusqu’à 40 % de la population mondiale n’a pas accès à un enseignement dans une langue qu’elle parle ou comprend. Les licences ouvertes permettent au ministère de payer une fois tandis que les enseignants adaptent, traduisent et améliorent ; les formats accessibles gardent les élèves en situation de handicap dans les mêmes leçons que leurs camarades.',
    'section.digital-content.practice.0':
      'Faire de la licence ouverte la règle pour les contenus financés sur fonds publics, afin que les enseignants et les autres producteurs puissent les réutiliser, les adapter et les traduire, et inscrire cette règle dans une politique écrite.',
    'section.digital-content.practice.1':
      'Prévoir des contenus dans les langues que comprennent les élèves, en commençant par les premières années, et budgétiser la traduction et l’adaptation au lieu de s’en tenir aux contenus dans la langue officielle.',
    'section.digital-content.practice.2':
      'Exiger le niveau AA des WCAG 2.2 dans tout marché de contenus et de plateformes, tester avec des élèves en situation de handicap, et fournir sous-titres, équivalents textuels et versions en langue des signes des contenus essentiels.',
    'section.digital-content.pitfall.0':
      'Compter les ressources mises en ligne au lieu de cartographier les disciplines, les niveaux et les objectifs qu’elles couvrent.',
    'section.digital-content.pitfall.1':
      'Commander des contenus sans s’assurer des droits de les adapter, de les traduire et de les réutiliser.',
    'section.digital-content.pitfall.2':
      'Produire des contenus uniquement dans la langue officielle, ce qui laisse de côté les élèves des premières années qui parlent d’autres langues.',
    'section.digital-content.pitfall.3':
      'Traiter l’accessibilité comme un ajout ultérieur, bien plus coûteux que de la prévoir dès la conception.',
    'section.digital-content.example.0':
      'Dans son discours budgétaire de février 2022, le gouvernement indien a annoncé la production de contenus numériques de qualité dans toutes les langues parlées, diffusés par internet, téléphone mobile, télévision et radio, ainsi qu’un mécanisme de mise en concurrence pour que les enseignants produisent eux-mêmes des contenus.',
    'section.digital-content.reflection.0':
      'Pour quelles disciplines et quels niveaux n’avons-nous aucun contenu numérique aligné sur le programme ?',
    'section.digital-content.reflection.1':
      'Dans quelles langues les élèves des premières années apprennent-ils, et dans quelles langues nos contenus sont-ils disponibles ?',
    'section.digital-content.reflection.2':
      'Qui détient les droits des contenus que nous avons financés, et les enseignants peuvent-ils les adapter et les partager ?',
    'section.digital-content.reflection.3':
      'Un élève aveugle ou sourd pourrait-il utiliser aujourd’hui nos contenus essentiels ?',
    'section.learning-platforms.overview':
      'Les canaux qui portent les contenus et les apprentissages jusqu’aux élèves : une plateforme nationale d’apprentissage que les écoles utilisent et que le ministère fait vivre, des solutions qui fonctionnent hors ligne ou en bas débit, et des canaux peu technologiques comme la radio, la télévision, les SMS et les appels vocaux, intégrés à l’offre de manière planifiée, alignés sur le programme et assortis d’un suivi des élèves.',
    'section.learning-platforms.whyItMatters':
      'Pendant les fermetures d’écoles liées à la COVID-19, l’UNICEF estimait en 2020 qu’au moins 463 millions d’élèves ne pouvaient pas être atteints par l’enseignement à distance proposé par leur gouvernement, pour la plupart en zone rurale ou dans des ménages pauvres. Les plateformes qui exigent une connexion permanente passent à côté des élèves qui ont le plus besoin de soutien. Les pays qui utilisent déjà la diffusion et le hors ligne, et conçoivent leurs plateformes pour durer plutôt que pour l’urgence, sont mieux préparés à assurer la continuité des apprentissages.',
    'section.learning-platforms.practice.0':
      'Concevoir chaque canal en pensant aux élèves les moins connectés : vérifier l’accès des ménages à internet, à la télévision, à la radio et au téléphone mobile avant de choisir la combinaison de canaux.',
    'section.learning-platforms.practice.1':
      'Concevoir d’emblée pour tous les élèves : des plateformes qui fonctionnent hors ligne et en bas débit, avec des contenus téléchargeables ou servis par un serveur local de l’école, et une progression qui se synchronise au retour de la connexion.',
    'section.learning-platforms.practice.2':
      'Utiliser la radio et la télévision comme des canaux planifiés, avec une grille de diffusion liée au programme, un suivi sur papier ou par téléphone, et un moyen pour les enseignants de vérifier les progrès des élèves.',
    'section.learning-platforms.pitfall.0':
      'Lancer une plateforme dans l’urgence sans budget récurrent, si bien qu’elle s’éteint à la fin du marché ou du financement du bailleur.',
    'section.learning-platforms.pitfall.1':
      'Mesurer la réussite au nombre de comptes créés plutôt qu’à un usage régulier pour apprendre.',
    'section.learning-platforms.pitfall.2':
      'Diffuser des leçons sans grille, sans support imprimé et sans lien avec les enseignants, si bien que personne ne sait qui les a suivies.',
    'section.learning-platforms.pitfall.3':
      'Faire coexister plusieurs plateformes redondantes, chacune avec ses comptes et ses contenus, que les enseignants doivent apprendre une à une.',
    'section.learning-platforms.example.0':
      'La Telesecundaria mexicaine a débuté en 1968 : elle apporte l’enseignement secondaire inférieur aux communautés rurales par des leçons télévisées suivies en classe avec un enseignant ; un historique publié par le ministère de l’Éducation publique (SEP) en 2010 retrace son évolution.',
    'section.learning-platforms.example.1':
      'Le discours budgétaire indien de février 2022 a annoncé le passage du programme « une classe, une chaîne de télévision » de PM eVIDYA de 12 à 200 chaînes, pour que chaque État puisse diffuser des cours complémentaires en langues régionales de la 1re à la 12e année.',
    'section.learning-platforms.reflection.0':
      'Quelle part de nos élèves pourrait suivre des cours en ligne à la maison, et quelle part seulement par la radio, la télévision ou le téléphone ?',
    'section.learning-platforms.reflection.1':
      'Notre plateforme nationale est-elle encore utilisée chaque semaine, et qui la financera l’an prochain ?',
    'section.learning-platforms.reflection.2':
      'Si les écoles fermaient demain, quels canaux atteindraient les élèves des zones les plus isolées ?',
    'section.learning-platforms.reflection.3':
      'Comment un enseignant saurait-il qu’un élève a suivi une leçon diffusée ?',
    'section.edtech-evaluation.overview':
      'La manière de sélectionner les solutions numériques pour les écoles, et la mesure de leurs effets sur les apprentissages : des critères de sélection publiés (adéquation au programme, preuves d’efficacité, accessibilité, protection des données, coût), le même examen pour les produits gratuits ou donnés que pour les produits achetés, des plans d’évaluation intégrés aux grands programmes, et l’usage des résultats pour étendre, remanier ou arrêter.',
    'section.edtech-evaluation.whyItMatters':
      'Des études rigoureuses montrent des résultats très différents pour des programmes qui se ressemblent : certains dispositifs d’enseignement assisté par la technologie ont amélioré les acquis en quelques mois, alors qu’un vaste programme d’ordinateurs portables n’a eu aucun effet sur les résultats aux tests. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève qu’une grande partie des données disponibles provient de ceux qui vendent les produits. Sans critères ni évaluations propres, un ministère ne peut pas distinguer ces cas avant d’engager des budgets importants.',
    'section.edtech-evaluation.practice.0':
      'Publier des critères de sélection et les appliquer à tous les produits, y compris gratuits ou donnés : adéquation au programme, preuves d’effet sur les apprentissages, accessibilité, protection des données et coût total.',
    'section.edtech-evaluation.practice.1':
      'Classer les preuves avancées pour chaque produit selon leur solidité, des études randomisées jusqu’à une simple justification plausible, et demander aux fournisseurs des évaluations menées par des chercheurs indépendants.',
    'section.edtech-evaluation.practice.2':
      'Donner la priorité aux usages que les synthèses d’études rigoureuses jugent prometteurs, comme les logiciels qui adaptent les exercices au niveau de chaque élève là où les équipements existent déjà, et ne pas attendre des seuls équipements qu’ils améliorent les acquis.',
    'section.edtech-evaluation.practice.3':
      'Prévoir l’évaluation des grands programmes dès leur lancement, avec des mesures des acquis et un groupe de comparaison, et publier les résultats quels qu’ils soient.',
    'section.edtech-evaluation.pitfall.0':
      'Présenter les équipements livrés ou les comptes créés comme s’il s’agissait de résultats d’apprentissage.',
    'section.edtech-evaluation.pitfall.1':
      'Accepter des produits donnés sans l’examen appliqué aux produits achetés, puis hériter de leurs coûts de fonctionnement et de leurs pratiques en matière de données.',
    'section.edtech-evaluation.pitfall.2':
      'Généraliser un projet pilote avant de l’avoir évalué, ou ne l’évaluer qu’avec les données du fournisseur.',
    'section.edtech-evaluation.pitfall.3':
      'Ne publier que les évaluations aux résultats favorables.',
    'section.edtech-evaluation.example.0':
      'Une évaluation randomisée du programme « Un ordinateur portable par enfant » dans des écoles primaires rurales du Pérou, publiée en 2017, a montré qu’il faisait passer le nombre d’ordinateurs par élève de 0,12 à 1,18 et en augmentait fortement l’usage, mais sans effet sur les résultats en mathématiques et en langue après une quinzaine de mois.',
    'section.edtech-evaluation.example.1':
      'Une évaluation randomisée menée à Delhi, publiée en 2019, a montré que les collégiens tirés au sort pour accéder gratuitement à un programme adaptatif hors temps scolaire (Mindspark) obtenaient, après quatre mois et demi, des résultats nettement supérieurs en mathématiques et en hindi à ceux des non-tirés.',
    'section.edtech-evaluation.example.2':
      'La loi Every Student Succeeds Act de 2015 définit quatre niveaux de preuve pour les interventions éducatives (solide, modéré, prometteur, justification démontrée) ; des orientations publiées en 2016 par le ministère fédéral de l’Éducation expliquent comment les États et les districts doivent les appliquer pour choisir leurs interventions.',
    'section.edtech-evaluation.reflection.0':
      'Lequel de nos programmes numériques actuels a montré, par rapport à un groupe de comparaison, qu’il améliore les apprentissages ?',
    'section.edtech-evaluation.reflection.1':
      'Les produits donnés ou gratuits passent-ils par le même examen que ceux que nous achetons ?',
    'section.edtech-evaluation.reflection.2':
      'Qui décide d’étendre ou d’arrêter un programme, et sur la base de quelles preuves ?',
    'section.edtech-evaluation.reflection.3':
      'Quelle part du budget des programmes réservons-nous à leur évaluation ?',
    'module.data-evidence.overview':
      'Ce pilier porte sur les données que le système éducatif détient sur ses élèves, ses enseignants et ses écoles, et sur ce qu’il en fait : les données mènent-elles à des décisions et à un soutien précoce des élèves, les systèmes comme le système d’information pour la gestion de l’éducation (SIGE) échangent-ils leurs données selon des normes ouvertes, les données sont-elles complètes, à jour et fiables, les données personnelles des élèves sont-elles protégées, et l’intelligence artificielle est-elle utilisée selon des règles claires ? C’est un pilier fondamental : tous les autres s’appuient sur ces données pour savoir où ils en sont.',
    'module.data-evidence.whyItMatters':
      'Sans données fiables, un ministère ne peut pas voir quelles écoles manquent d’enseignants, quels élèves sont sur le point de décrocher, ni si un programme fonctionne. Le Rapport sur le développement dans le monde 2018 de la Banque mondiale soutient qu’il faut mesurer les apprentissages pour en faire un véritable objectif des politiques publiques. Ces mêmes données comportent des risques : les dossiers des élèves sont personnels, et l’essor des technologies éducatives et de l’IA multiplie ceux qui les détiennent. Un bon système de données allie donc usage, qualité et protection, et répondre honnêtement à ce pilier met aussi à l’épreuve les éléments de preuve du reste de l’autoévaluation.',
    'module.data-evidence.reflection.0':
      'Quelles décisions le ministère a-t-il prises l’an dernier sur la base des données du SIGE, et lesquelles ont été prises sans données ?',
    'module.data-evidence.reflection.1':
      'Combien de temps après le recensement scolaire les données sont-elles entre les mains de ceux qui planifient ?',
    'module.data-evidence.reflection.2':
      'Savons-nous quelles entreprises détiennent des données sur nos élèves, et à quelles conditions ?',
    'module.data-evidence.reflection.3':
      'Qui décide si l’IA peut être utilisée avec les données des élèves, et de quelle manière ?',
    'section.actionable-insights.overview':
      'La transformation des données en décisions : des indicateurs que les planificateurs, les responsables de district et les chefs d’établissement utilisent réellement pour répartir enseignants et moyens, des systèmes d’alerte précoce qui signalent les élèves menacés de décrochage pour que l’école agisse à temps, et la publication des données et des résultats des écoles sous des formes que le public peut comprendre et réutiliser.',
    'section.actionable-insights.whyItMatters':
      'Collecter des données coûte de l’argent et du temps aux écoles, et seul leur usage justifie ce coût. Des données rendues aux écoles sous une forme utile leur donnent une raison de les déclarer avec soin. Les indicateurs d’alerte précoce permettent au soutien d’arriver avant que l’élève ne quitte l’école, et non après, et les résultats publiés permettent aux familles et aux communautés de voir où en sont leurs écoles et de demander des améliorations.',
    'section.actionable-insights.practice.0':
      'Lier un petit nombre d’indicateurs, qui associent acquis des élèves et progression dans la scolarité, à des cibles explicites pour chaque niveau du système, et les examiner selon un cycle fixe.',
    'section.actionable-insights.practice.1':
      'Rendre les données aux écoles et aux districts sous forme de rapports ou de tableaux de bord exploitables, et pas seulement aux planificateurs centraux.',
    'section.actionable-insights.practice.2':
      'Fonder les systèmes d’alerte précoce sur des indicateurs que la recherche relie au décrochage, comme l’assiduité et les résultats scolaires, et associer à chaque alerte une réponse définie de l’école.',
    'section.actionable-insights.pitfall.0':
      'Produire des annuaires statistiques qui arrivent trop tard pour éclairer le budget ou l’affectation des enseignants.',
    'section.actionable-insights.pitfall.1':
      'Publier des palmarès bruts qui comparent des écoles accueillant des élèves très différents.',
    'section.actionable-insights.pitfall.2':
      'Émettre des alertes précoces sans que personne soit chargé d’y donner suite.',
    'section.actionable-insights.pitfall.3':
      'Ajouter des indicateurs chaque année sans vérifier lesquels sont effectivement utilisés.',
    'section.actionable-insights.example.0':
      'Au Brésil, le décret 6.094 de 2007 a fait de l’indice de développement de l’éducation de base (IDEB), calculé par l’INEP à partir des taux de réussite du recensement scolaire combinés aux résultats des évaluations nationales, l’indicateur objectif de suivi des cibles du plan « Compromisso Todos pela Educação ».',
    'section.actionable-insights.reflection.0':
      'Quels sont les trois indicateurs que le ministre regarderait en premier, et sont-ils disponibles à temps pour le budget ?',
    'section.actionable-insights.reflection.1':
      'Les chefs d’établissement reçoivent-ils en retour les données de leur école, sous une forme exploitable ?',
    'section.actionable-insights.reflection.2':
      'Quand un élève est signalé comme menacé de décrochage, qui fait quoi, et dans quel délai ?',
    'section.actionable-insights.reflection.3':
      'Que publions-nous sur les écoles, et un parent pourrait-il le comprendre ?',
    'section.systems-integration.overview':
      'La construction et les connexions du SIGE : une architecture qui relie les données sur les écoles, les élèves et les enseignants aux examens, aux ressources humaines, aux finances et aux plateformes d’apprentissage, des identifiants uniques qui permettent au dossier de suivre l’élève, et l’échange de données selon des normes ouvertes convenues et des interfaces documentées plutôt que par ressaisie manuelle.',
    'section.systems-integration.whyItMatters':
      'Des systèmes cloisonnés obligent les écoles à saisir plusieurs fois les mêmes données, produisent des chiffres discordants et empêchent de suivre un élève d’une école à l’autre. Une architecture intégrée donne une seule version des faits, allège la charge déclarative des écoles et permet de connecter de nouveaux outils sans développement spécifique. Les normes ouvertes laissent aussi au ministère la liberté de changer de fournisseur.',
    'section.systems-integration.practice.0':
      'Concevoir le SIGE comme un ensemble de registres reliés, doté d’une architecture définie, et non comme un questionnaire annuel, et en confier clairement la responsabilité à une unité.',
    'section.systems-integration.practice.1':
      'S’accorder sur l’interopérabilité à quatre niveaux, juridique, organisationnel, sémantique et technique, avant de relier les systèmes, pour que les données partagées aient partout le même sens.',
    'section.systems-integration.practice.2':
      'Exiger des normes ouvertes et des interfaces documentées dans tout achat de plateforme ou de système, pour que les données circulent vers le SIGE et depuis celui-ci, et attribuer à chaque élève un identifiant unique protégé pour que son dossier le suive d’une école et d’un niveau à l’autre.',
    'section.systems-integration.pitfall.0':
      'Acheter des modules à différents fournisseurs sans accord sur les formats de données, puis payer des passerelles sur mesure entre eux.',
    'section.systems-integration.pitfall.1':
      'Demander aux écoles de saisir les mêmes données dans plusieurs systèmes.',
    'section.systems-integration.pitfall.2':
      'Construire un système intégré avant d’avoir décidé qui peut voir quelles données.',
    'section.systems-integration.pitfall.3':
      'Laisser le SIGE dépendre d’une seule personne ou d’un seul prestataire qui est seul à le comprendre.',
    'section.systems-integration.example.0':
      'Le système d’information sur l’éducation de l’Estonie (EHIS) rassemble dans une base nationale unique les données sur les écoles, les élèves, les enseignants, les examens et les diplômes, qui peuvent être reliées aux données du marché du travail ; une étude de cas de l’OCDE publiée en 2020 décrit comment les données y entrent et comment elles servent aux politiques publiques.',
    'section.systems-integration.reflection.0':
      'Combien de fois par an un chef d’établissement saisit-il les données d’un même élève dans des systèmes différents ?',
    'section.systems-integration.reflection.1':
      'Le SIGE, le système des examens et la paie donnent-ils le même nombre d’enseignants pour une école ?',
    'section.systems-integration.reflection.2':
      'Lesquels de nos systèmes utilisent des interfaces ouvertes et documentées, et lesquels dépendent d’un seul fournisseur ?',
    'section.systems-integration.reflection.3':
      'Pouvons-nous suivre un élève qui change d’école ou de région sans perdre son dossier ?',
    'section.quality-coverage.overview':
      'La fiabilité et l’exhaustivité des données : leur mode de collecte (formulaires papier ou registres numériques tenus par les écoles), le délai avant qu’elles parviennent aux utilisateurs, la couverture de toutes les écoles, y compris non publiques, leur vérification au regard d’autres sources, et la possibilité de les ventiler par sexe, lieu de résidence, handicap et autres caractéristiques.',
    'section.quality-coverage.whyItMatters':
      'Une décision ne vaut que ce que valent les données qui la fondent. Une couverture incomplète masque les élèves que le système sert le moins bien, souvent dans les écoles non publiques ou isolées, et des données tardives arrivent une fois le budget arrêté. Le Programme de développement durable à l’horizon 2030, adopté en 2015, demande des données ventilées par revenu, sexe, âge, handicap, statut migratoire et situation géographique, car les moyennes masquent les écarts que les politiques d’équité doivent combler.',
    'section.quality-coverage.practice.0':
      'Passer des formulaires papier à des registres numériques tenus par les écoles et réutilisés pour le recensement, afin que les données soient saisies une seule fois et contrôlées dès la saisie.',
    'section.quality-coverage.practice.1':
      'Couvrir toutes les écoles, publiques et privées, par une obligation légale de déclaration, et désigner les responsables de l’exactitude des informations déclarées.',
    'section.quality-coverage.practice.2':
      'Vérifier les données par des contrôles de cohérence automatiques, des audits par échantillon et la comparaison avec d’autres sources comme les enquêtes auprès des ménages et les fichiers de paie.',
    'section.quality-coverage.practice.3':
      'Recueillir les caractéristiques nécessaires pour ventiler les indicateurs, comme le sexe, le lieu de résidence, le handicap et le déplacement, et publier les résultats ventilés.',
    'section.quality-coverage.pitfall.0':
      'Publier les effectifs issus du recensement sans les confronter aux estimations de population ou à l’assiduité.',
    'section.quality-coverage.pitfall.1':
      'Laisser les écoles non publiques hors du recensement, si bien que l’image du système est incomplète.',
    'section.quality-coverage.pitfall.2':
      'Collecter des données ventilées qu’aucun rapport n’exploite jamais.',
    'section.quality-coverage.pitfall.3':
      'Lier les financements aux effectifs déclarés sans audit, ce qui récompense les chiffres gonflés.',
    'section.quality-coverage.example.0':
      'Au Brésil, le décret 6.425 de 2008 impose un recensement scolaire annuel de tous les établissements publics et privés d’éducation de base, mené avec les États et les municipalités, qui prend pour unités d’information les élèves, les classes, les écoles et les personnels, et rend les autorités et les responsables des établissements privés garants de l’exactitude de leurs déclarations.',
    'section.quality-coverage.reflection.0':
      'Quelle part des écoles, y compris privées et communautaires, a répondu au dernier recensement ?',
    'section.quality-coverage.reflection.1':
      'Combien de mois s’écoulent entre la date de référence du recensement et la publication des résultats ?',
    'section.quality-coverage.reflection.2':
      'À quand remonte la dernière comparaison des chiffres du recensement avec une source indépendante ?',
    'section.quality-coverage.reflection.3':
      'Savons-nous combien d’élèves en situation de handicap sont scolarisés, et où ?',
    'section.security-privacy.overview':
      'La protection des données personnelles des élèves et des enseignants : une loi qui couvre les données des élèves, avec des règles propres aux enfants ; une autorité capable de la faire respecter dans l’éducation ; des pratiques de sécurité au ministère, dans les écoles et chez les fournisseurs ; et la transparence, pour que les élèves et les parents sachent quelles données sont collectées, pourquoi, et qui les détient.',
    'section.security-privacy.whyItMatters':
      'Les systèmes éducatifs détiennent des données sur presque tous les enfants d’un pays, et l’enseignement en ligne en a placé une part croissante entre des mains privées. En 2022, Human Rights Watch a signalé que la plupart des produits d’apprentissage en ligne recommandés par des gouvernements pendant les fermetures d’écoles liées à la COVID-19 qu’elle a examinés semblaient avoir des pratiques en matière de données qui menaçaient ou enfreignaient les droits des enfants. Les écoles sont aussi la cible de cyberattaques. Une confiance perdue rend chaque collecte ultérieure plus difficile.',
    'section.security-privacy.practice.0':
      'Fonder les règles applicables aux données des élèves sur les droits de l’enfant : ne collecter que ce qu’exige l’éducation, limiter la durée de conservation, et interdire les usages commerciaux comme la publicité et le profilage.',
    'section.security-privacy.practice.1':
      'Évaluer les risques pour les données des élèves avant d’adopter toute plateforme ou tout outil qui les traite, et inscrire dans le contrat les garanties qui en découlent.',
    'section.security-privacy.practice.2':
      'Appliquer au ministère et dans les écoles une courte liste de mesures de sécurité à fort effet : authentification multifacteur, mises à jour de sécurité rapides, sauvegardes testées et plan de réponse aux incidents exercé.',
    'section.security-privacy.practice.3':
      'Expliquer aux élèves et aux parents, en termes simples, quelles données sont collectées, dans quel but, qui les reçoit et combien de temps elles sont conservées.',
    'section.security-privacy.pitfall.0':
      'Recommander des plateformes gratuites dans l’urgence sans vérifier ce qu’elles font des données des élèves.',
    'section.security-privacy.pitfall.1':
      'Se reposer sur une loi générale de protection des données qu’aucune autorité ne fait appliquer dans les écoles.',
    'section.security-privacy.pitfall.2':
      'Transmettre des dossiers complets d’élèves à des partenaires quand des données agrégées suffiraient.',
    'section.security-privacy.pitfall.3':
      'Utiliser des formulaires de consentement que les parents ne peuvent refuser sans que leur enfant perde l’accès aux services de l’école.',
    'section.security-privacy.example.0':
      'Aux États-Unis, la loi Family Educational Rights and Privacy Act de 1974 donne aux parents le droit de consulter le dossier scolaire de leur enfant et d’en demander la rectification, et exige en règle générale leur consentement écrit avant toute communication d’informations permettant d’identifier l’élève ; ces droits passent à l’élève à 18 ans ou à son entrée dans l’enseignement postsecondaire.',
    'section.security-privacy.example.1':
      'Au Royaume-Uni, l’Age Appropriate Design Code, code de bonnes pratiques à valeur légale du commissaire à l’information (ICO), est entré en vigueur en septembre 2020 avec une période de transition de 12 mois ; ses 15 normes s’appliquent aux services en ligne susceptibles d’être utilisés par des enfants, dont les sites éducatifs, et imposent par défaut les réglages les plus protecteurs.',
    'section.security-privacy.example.2':
      'En janvier 2023, en application de la loi K-12 Cybersecurity Act de 2021, l’agence américaine de cybersécurité (CISA) a publié un rapport sur les cyberrisques auxquels font face les écoles, qui recommande quelques mesures à fort effet comme l’authentification multifacteur, les mises à jour de sécurité, des sauvegardes testées et un plan de réponse aux incidents.',
    'section.security-privacy.reflection.0':
      'Quelle loi protège aujourd’hui les données des élèves, et contient-elle des dispositions propres aux enfants ?',
    'section.security-privacy.reflection.1':
      'Qui pourrait nous dire quelles entreprises reçoivent des données des plateformes utilisées par nos écoles ?',
    'section.security-privacy.reflection.2':
      'Que ferions-nous dans les 24 heures suivant une fuite de dossiers d’élèves ?',
    'section.security-privacy.reflection.3':
      'Comment les parents apprennent-ils quelles données le système éducatif détient sur leur enfant ?',
    'section.artificial-intelligence.overview':
      'La manière dont l’intelligence artificielle entre dans le système éducatif, et selon quelles règles : une politique ou des orientations sur l’IA en éducation, des règles pour l’IA générative utilisée par les élèves et les enseignants, et des conditions d’achat des outils d’IA, comme la transparence sur leur fonctionnement, le contrôle humain des décisions concernant les élèves et la protection des données qu’ils utilisent.',
    'section.artificial-intelligence.whyItMatters':
      'L’IA arrive dans les écoles plus vite que les règles. Les systèmes qui admettent, notent ou orientent les élèves, ou les surveillent pendant les examens, peuvent infléchir leur parcours, et leurs erreurs ou biais se voient mal de l’extérieur. Le règlement européen sur l’IA de 2024 classe ces usages éducatifs à haut risque et interdit la reconnaissance des émotions dans les établissements d’enseignement, sauf pour raisons médicales ou de sécurité. Des orientations nationales claires permettent aux écoles d’utiliser l’IA là où elle aide, tout en protégeant les élèves.',
    'section.artificial-intelligence.practice.0':
      'Garder l’humain aux commandes : les décisions d’admission, de notation ou d’orientation des élèves restent du ressort de personnels responsables, l’IA n’étant qu’un appui, et tout usage de l’IA peut être expliqué aux personnes concernées.',
    'section.artificial-intelligence.practice.1':
      'Fixer des règles pour l’IA générative avant qu’elle ne se répande d’elle-même, y compris un âge minimum pour son utilisation autonome en classe ; les orientations de l’UNESCO de 2023 proposent 13 ans.',
    'section.artificial-intelligence.practice.2':
      'Classer les usages de l’IA selon leur niveau de risque et appliquer les conditions les plus strictes, comme la documentation, le contrôle humain et les tests de biais, aux systèmes qui admettent, évaluent ou surveillent les élèves.',
    'section.artificial-intelligence.practice.3':
      'Inscrire les droits de l’enfant dans l’achat des outils d’IA : protection de leurs données, équité et non-discrimination, et explications compréhensibles par les enfants.',
    'section.artificial-intelligence.pitfall.0':
      'Interdire purement et simplement l’IA générative, puis constater que les élèves l’utilisent sans aucun repère.',
    'section.artificial-intelligence.pitfall.1':
      'Acheter des outils d’IA dont personne au ministère ne peut expliquer ni vérifier les décisions.',
    'section.artificial-intelligence.pitfall.2':
      'Laisser des fournisseurs entraîner leurs modèles sur les données des élèves sans accord explicite.',
    'section.artificial-intelligence.pitfall.3':
      'Traiter les orientations sur l’IA comme un document ponctuel au lieu de les réviser au fil de l’évolution des outils.',
    'section.artificial-intelligence.example.0':
      'Les ministres australiens de l’Éducation ont approuvé en octobre 2023 le cadre national pour l’IA générative dans les écoles (Australian Framework for Generative Artificial Intelligence in Schools) ; publié en décembre 2023 et mis en œuvre à partir de 2024, il fixe six principes, dont la protection de la vie privée, la sécurité et la sûreté, et doit être révisé au moins tous les 12 mois.',
    'section.artificial-intelligence.example.1':
      'Le ministère de l’Éducation d’Angleterre a publié sa position sur l’IA générative en éducation en mars 2023 et l’a mise à jour depuis ; il demande aux écoles de ne pas saisir de données personnelles ou sensibles dans les outils d’IA générative et de prendre des mesures raisonnables contre la fraude dans les travaux évalués.',
    'section.artificial-intelligence.example.2':
      'En mai 2023, le bureau des technologies éducatives du ministère fédéral de l’Éducation des États-Unis a publié « Artificial Intelligence and the Future of Teaching and Learning », issu de séances d’écoute publiques ; la première de ses sept recommandations est de garder l’humain dans la boucle lorsque l’IA est utilisée en éducation.',
    'section.artificial-intelligence.reflection.0':
      'Où l’IA est-elle déjà utilisée dans notre système, y compris dans des outils achetés pour d’autres usages ?',
    'section.artificial-intelligence.reflection.1':
      'Quelles décisions concernant les élèves ne confierions-nous jamais à un système automatisé ?',
    'section.artificial-intelligence.reflection.2':
      'Que savent nos enseignants et nos élèves des règles sur l’IA générative ?',
    'section.artificial-intelligence.reflection.3':
      'Qui révise nos orientations sur l’IA, et à quelle fréquence ?',
  },
};

export default fr;
