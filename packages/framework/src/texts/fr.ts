/** The French texts of the bundled framework, keyed as in `mapFrameworkTexts`. */
import type { FrameworkTexts } from '@dtc/schema';

const fr: FrameworkTexts = {
  format: 'dtc.framework-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'fr',
  texts: {
    title: 'Six piliers pour la transformation numérique de l’éducation',
    description:
      'Une autoévaluation de la capacité d’un système éducatif à tirer parti du numérique, selon six piliers interdépendants.',
    'level.1.label': 'Latent',
    'level.1.description':
      'Peu ou rien n’est en place ; les efforts, s’il y en a, sont isolés et reposent sur quelques personnes.',
    'level.2.label': 'Émergent',
    'level.2.description':
      'Des premières politiques, expériences pilotes ou investissements existent, mais ils restent partiels, sans financement assuré ou peu coordonnés.',
    'level.3.label': 'Établi',
    'level.3.description':
      'Les dispositifs couvrent l’ensemble du système, sont financés, portés par une instance clairement identifiée et appliqués dans les faits.',
    'level.4.label': 'Avancé',
    'level.4.description':
      'Les dispositifs se sont maintenus sur plusieurs cycles budgétaires, touchent la quasi-totalité des établissements et des apprenants, et sont suivis à l’aide de données et réexaminés selon un calendrier établi qui conduit à des améliorations.',
    'vision.purpose':
      'La transformation numérique de l’éducation est un moyen, et non une fin. Conduite par chaque pays et planifiée selon six piliers interdépendants, elle doit permettre à chaque apprenant d’accéder à une éducation de qualité et à des possibilités d’apprentissage tout au long de la vie, et aider les systèmes éducatifs à devenir plus inclusifs, plus résilients et plus efficaces.',
    'priority.learning-for-all.title': 'De meilleurs apprentissages pour tous',
    'priority.learning-for-all.summary':
      'Recourir au numérique là où il améliore ce que les élèves apprennent et la manière dont ils apprennent, et vérifier qu’il y parvient.',
    'priority.close-digital-divides.title': 'Réduire les fractures numériques',
    'priority.close-digital-divides.summary':
      'Atteindre en priorité les élèves et les établissements les plus en retard : zones rurales et isolées, filles, élèves en situation de handicap, locuteurs de langues minoritaires et apprenants déplacés.',
    'priority.empowered-teachers.title': 'Des enseignants mieux outillés',
    'priority.empowered-teachers.summary':
      'Donner aux enseignants les compétences, les appareils, les contenus et le temps nécessaires pour utiliser le numérique à bon escient, et les associer aux décisions qui le concernent.',
    'priority.resilient-systems.title': 'Des systèmes résilients et bien gérés',
    'priority.resilient-systems.summary':
      'Assurer la continuité des apprentissages en cas de crise ou de fermeture des écoles, et s’appuyer sur des données actualisées pour planifier, répartir les ressources et accompagner les établissements.',
    'principle.holistic.title': 'Une approche globale, non cloisonnée',
    'principle.holistic.summary':
      'Planifier les six piliers ensemble : des appareils sans connexion, des contenus sans enseignants formés ou des plateformes sans budget de fonctionnement ne transforment pas l’éducation.',
    'principle.country-led.title': 'Une démarche pilotée par le pays',
    'principle.country-led.summary':
      'Les priorités nationales et le plan sectoriel de l’éducation fixent le cap ; les partenaires alignent leur appui sur ces priorités, et non l’inverse.',
    'principle.inclusive-by-design.title': 'L’équité et l’inclusion dès la conception',
    'principle.inclusive-by-design.summary':
      'Concevoir dès le départ pour les apprenants les plus marginalisés, afin que le numérique réduise les écarts au lieu de les creuser.',
    'principle.sustainable.title': 'Une démarche durable',
    'principle.sustainable.summary':
      'Budgétiser chaque technologie sur toute sa durée de vie, y compris son fonctionnement et son renouvellement, et en limiter la consommation d’énergie et les déchets électroniques.',
    'principle.evidence-informed.title': 'Des décisions fondées sur des données probantes',
    'principle.evidence-informed.summary':
      'Expérimenter, mesurer et tirer les enseignements avant de généraliser, et laisser les données sur l’utilisation, les coûts et les apprentissages orienter les décisions.',
    'principle.rights-privacy.title': 'Droits, sécurité et respect de la vie privée',
    'principle.rights-privacy.summary':
      'Protéger les droits des élèves et des enseignants, leur sécurité en ligne et leurs données personnelles dans chaque système, contrat et partenariat.',
    'pillar.coordination-leadership.title': 'Coordination et leadership',
    'pillar.coordination-leadership.summary':
      'La capacité des pouvoirs publics à conduire la transformation numérique de l’éducation : une stratégie commune, une instance qui coordonne les ministères et les différents niveaux de l’administration, des partenariats pilotés par l’État, des règles qui protègent les enfants en ligne, le suivi des progrès accomplis et une action délibérée en faveur des élèves les plus exposés au risque d’être laissés de côté.',
    'component.digital-strategy.title': 'Stratégie nationale pour le numérique éducatif',
    'component.digital-strategy.summary':
      'Une stratégie ou un plan national pour le numérique dans l’éducation, au service des objectifs du plan sectoriel de l’éducation, assorti de cibles, d’un chiffrage, d’un calendrier et d’une unité responsable.',
    'question.digital-strategy-status.title':
      'Existe-t-il une stratégie nationale de transformation numérique de l’éducation ?',
    'question.digital-strategy-status.help':
      'Une stratégie autonome est prise en compte, tout comme un chapitre du plan sectoriel de l’éducation ou de la stratégie nationale du numérique, dès lors qu’il a été officiellement adopté. Éléments de preuve : le texte adopté, l’acte ou la date d’approbation, le cadre de résultats.',
    'question.digital-strategy-status.level.1':
      'Il n’existe ni stratégie ni plan national pour le numérique éducatif ; les initiatives sont lancées projet par projet.',
    'question.digital-strategy-status.level.2':
      'Une stratégie existe seulement à l’état de projet, ou a été adoptée sans cibles, sans chiffrage ni plan de mise en œuvre, ou encore est arrivée à échéance sans être renouvelée.',
    'question.digital-strategy-status.level.3':
      'Une stratégie officiellement adoptée est en vigueur, avec des cibles, un calendrier, un plan de mise en œuvre chiffré et une unité nommément chargée de son exécution.',
    'question.digital-strategy-status.level.4':
      'La stratégie en vigueur est chiffrée et financée, ses progrès sont examinés au regard de ses cibles au moins une fois par an, et elle a déjà été révisée à la lumière de ces revues.',
    'question.digital-strategy-sector-plan.title':
      'Dans quelle mesure le numérique éducatif est-il rattaché au plan sectoriel de l’éducation ?',
    'question.digital-strategy-sector-plan.help':
      'Le plan sectoriel de l’éducation est le plan pluriannuel du gouvernement pour l’ensemble du secteur, souvent endossé par les partenaires techniques et financiers. La revue sectorielle conjointe est l’examen périodique de ce plan par le gouvernement et ses partenaires.',
    'question.digital-strategy-sector-plan.level.1':
      'Le plan sectoriel de l’éducation ne mentionne pas le numérique, ou seulement comme une orientation générale.',
    'question.digital-strategy-sector-plan.level.2':
      'Le plan sectoriel fait du numérique une priorité, mais les activités numériques sont programmées et budgétisées à part, souvent dans le cadre de projets financés par des bailleurs.',
    'question.digital-strategy-sector-plan.level.3':
      'Les activités numériques figurent dans le plan sectoriel avec leurs propres objectifs, indicateurs et lignes budgétaires, chacune étant rattachée à un objectif du secteur : accès, apprentissages, formation des enseignants, etc.',
    'question.digital-strategy-sector-plan.level.4':
      'Les activités numériques disposent de leurs propres objectifs, indicateurs et lignes budgétaires dans le plan sectoriel, sont examinées à chaque revue sectorielle conjointe, et leurs résultats ont orienté le cycle de planification en cours.',
    'question.digital-strategy-leadership.title':
      'Qui pilote le numérique éducatif au sein du ministère de l’Éducation ?',
    'question.digital-strategy-leadership.option.no-lead':
      'Aucune unité ni aucune personne n’a le numérique éducatif dans ses attributions.',
    'question.digital-strategy-leadership.option.project-unit':
      'Une unité de projet ou un point focal, financé par un projet à durée limitée.',
    'question.digital-strategy-leadership.option.permanent-unit':
      'Une unité permanente inscrite à l’organigramme du ministère, dotée de son propre personnel et de son propre budget.',
    'question.digital-strategy-leadership.option.senior-lead':
      'Une unité permanente dotée de son personnel et de son budget, dirigée au niveau de la haute direction et rendant compte régulièrement au ministre ou au comité de direction du ministère.',
    'component.cross-government-coordination.title':
      'Coordination interministérielle et territoriale',
    'component.cross-government-coordination.summary':
      'La manière dont les ministères chargés de l’éducation, des TIC ou des télécommunications et des finances, les autorités de régulation ainsi que les autorités régionales et locales se répartissent les mandats et les décisions relatifs au numérique éducatif.',
    'question.cross-government-coordination-body.title':
      'Existe-t-il une instance qui coordonne le numérique éducatif entre les ministères ?',
    'question.cross-government-coordination-body.help':
      'Éléments de preuve : le décret ou l’arrêté portant création de l’instance, ses termes de référence, la liste de ses membres, les procès-verbaux de ses dernières réunions.',
    'question.cross-government-coordination-body.level.1':
      'Il n’existe aucune instance de coordination ; les ministères ne se réunissent que lorsqu’un projet particulier l’exige.',
    'question.cross-government-coordination-body.level.2':
      'Un comité ou un groupe de travail existe, mais il se réunit de façon irrégulière, n’a pas de mandat écrit ou ne rassemble qu’une partie des ministères concernés.',
    'question.cross-government-coordination-body.level.3':
      'Une instance dotée d’un mandat formel réunit au moins les ministères chargés de l’éducation, des TIC et des finances ; elle se réunit selon un calendrier établi, tient des procès-verbaux et dispose d’un secrétariat.',
    'question.cross-government-coordination-body.level.4':
      'Une instance dotée d’un mandat formel, dont sont membres au moins les ministères chargés de l’éducation, des TIC et des finances, prend des décisions qui engagent ses membres, comme des investissements conjoints ou des normes communes, et en suit l’application d’une réunion à l’autre.',
    'question.cross-government-coordination-mandates.title':
      'Sait-on clairement quel ministère ou organisme est responsable de chaque volet du numérique éducatif ?',
    'question.cross-government-coordination-mandates.level.1':
      'Les responsabilités ne sont fixées nulle part : plusieurs organismes revendiquent les mêmes tâches, comme l’achat d’équipements ou le raccordement des écoles, tandis que d’autres ne relèvent de personne.',
    'question.cross-government-coordination-mandates.level.2':
      'Les responsabilités sont précisées pour certaines tâches, par exemple le raccordement des écoles, dans des conventions ou des documents de projet, mais pas pour l’ensemble du numérique éducatif.',
    'question.cross-government-coordination-mandates.level.3':
      'Un texte officiel ou un protocole d’accord attribue à chaque ministère, organisme et autorité de régulation ses responsabilités pour les principales tâches : connectivité, équipements, contenus, formation des enseignants et données.',
    'question.cross-government-coordination-mandates.level.4':
      'Les responsabilités sont attribuées par un texte officiel, chacune correspond à une ligne budgétaire de l’organisme qui en a la charge, et les chevauchements ou les lacunes constatés dans la pratique sont réglés par l’instance de coordination.',
    'question.cross-government-coordination-regions.title':
      'Comment les autorités éducatives régionales et locales sont-elles associées ?',
    'question.cross-government-coordination-regions.help':
      'Cette question ne s’applique pas lorsque le système éducatif ne comporte pas d’échelon régional ou local, comme dans certains petits États.',
    'question.cross-government-coordination-regions.level.1':
      'Les autorités régionales et locales découvrent les programmes numériques lorsque les équipements ou les instructions parviennent à leurs établissements.',
    'question.cross-government-coordination-regions.level.2':
      'Les autorités régionales sont informées des plans nationaux et doivent en rendre compte, mais elles n’ont pas voix au chapitre dans leur conception et ne disposent d’aucun personnel affecté au numérique éducatif.',
    'question.cross-government-coordination-regions.level.3':
      'Chaque région dispose d’une personne ou d’une équipe nommément chargée du numérique éducatif, et les régions participent à la planification, par exemple en fixant l’ordre dans lequel leurs établissements sont équipés.',
    'question.cross-government-coordination-regions.level.4':
      'Les régions disposent d’un personnel désigné et d’un budget propre pour le numérique éducatif, et participent à la planification ; les équipes nationales et régionales font le point ensemble au moins une fois par an.',
    'component.partnerships.title': 'Partenariats multipartites',
    'component.partnerships.summary':
      'La manière dont l’État mobilise les entreprises, les agences des Nations unies, les ONG, les bailleurs de fonds et les banques de développement, et veille à ce que leurs contributions servent les priorités nationales.',
    'question.partnerships-alignment.title':
      'Les initiatives financées par les partenaires sont-elles alignées sur la stratégie nationale ?',
    'question.partnerships-alignment.level.1':
      'Les partenaires conçoivent et mènent leurs propres initiatives ; le ministère ne dispose d’aucune liste complète indiquant qui fait quoi, et où.',
    'question.partnerships-alignment.level.2':
      'Le ministère tient une liste des initiatives des partenaires, mais beaucoup sont conçues avant qu’il ne soit consulté, et certaines se chevauchent ou reposent sur des plateformes incompatibles entre elles.',
    'question.partnerships-alignment.level.3':
      'Le ministère approuve chaque nouvelle initiative d’un partenaire au regard de la stratégie nationale avant son lancement, et tient à jour une cartographie des partenaires par région et par composante.',
    'question.partnerships-alignment.level.4':
      'Les partenaires financent des volets de la stratégie nationale dans le cadre d’un plan conjoint ou d’un fonds commun et rendent compte au moyen d’indicateurs partagés, et le ministère peut orienter leur appui vers les régions ou les composantes les moins bien couvertes.',
    'question.partnerships-rules-of-engagement.title':
      'Existe-t-il des règles d’engagement pour les entreprises et les autres partenaires qui interviennent dans les établissements scolaires ?',
    'question.partnerships-rules-of-engagement.help':
      'Les règles d’engagement précisent ce que les partenaires peuvent faire ou non : utilisation des données des élèves, publicité, propriété intellectuelle, conflits d’intérêts, modalités de transfert ou de clôture d’un programme.',
    'question.partnerships-rules-of-engagement.level.1':
      'Aucune règle ne s’applique : les offres gratuites d’équipements, de plateformes ou de contenus sont acceptées au cas par cas, sans vérifier l’usage qui sera fait des données ni ce que l’offre coûtera par la suite.',
    'question.partnerships-rules-of-engagement.level.2':
      'Certaines règles existent, comme un modèle de convention ou l’interdiction de la publicité dans les établissements, mais elles ne couvrent ni la protection des données, ni la propriété des contenus, ni ce qui se passe à la fin de l’appui.',
    'question.partnerships-rules-of-engagement.level.3':
      'Des règles publiées ou une convention type couvrent la protection des données, la publicité, la propriété intellectuelle, les conflits d’intérêts et les modalités de sortie, et s’appliquent à tout partenaire intervenant dans les établissements publics.',
    'question.partnerships-rules-of-engagement.level.4':
      'Des règles publiées couvrent l’ensemble de ces points, leur respect est vérifié avant chaque renouvellement de convention, et elles ont été révisées au moins une fois en tenant compte de l’avis des partenaires, des établissements et des parents.',
    'component.policy-regulation.title': 'Politiques et réglementation',
    'component.policy-regulation.summary':
      'Les règles qui protègent les enfants en ligne dans le cadre du numérique éducatif, et le suivi de la mise en œuvre de la politique de numérique éducatif.',
    'question.policy-regulation-child-protection.title':
      'Comment les enfants sont-ils protégés en ligne dans le cadre du numérique éducatif ?',
    'question.policy-regulation-child-protection.help':
      'La protection des enfants en ligne couvre l’exposition à des contenus préjudiciables, le cyberharcèlement, la sollicitation et l’exploitation des enfants, ainsi que l’utilisation abusive de leurs données personnelles.',
    'question.policy-regulation-child-protection.level.1':
      'Aucune loi, politique ni directive ne traite de la sécurité des enfants en ligne dans les établissements ou sur les plateformes éducatives.',
    'question.policy-regulation-child-protection.level.2':
      'Une loi générale ou une politique nationale de protection des enfants en ligne existe, mais le secteur de l’éducation ne l’a pas déclinée en règles ou en directives pour les établissements et les plateformes.',
    'question.policy-regulation-child-protection.level.3':
      'Le ministère a édicté, à l’intention des établissements et des plateformes éducatives, des règles sur le filtrage des contenus, le signalement des incidents et le traitement des données personnelles des élèves, reprises dans les directives aux établissements et dans la formation des enseignants.',
    'question.policy-regulation-child-protection.level.4':
      'Les règles applicables aux établissements et aux plateformes sont appliquées et contrôlées : les incidents sont consignés et traités par un circuit de signalement connu des établissements et des familles, et les règles sont révisées à mesure qu’apparaissent de nouveaux risques, comme les outils d’IA générative.',
    'question.policy-regulation-monitoring.title':
      'Comment la mise en œuvre de la politique de numérique éducatif est-elle suivie ?',
    'question.policy-regulation-monitoring.level.1':
      'Personne n’assure le suivi de la mise en œuvre : il n’existe ni indicateurs ni rapports réguliers sur le numérique éducatif.',
    'question.policy-regulation-monitoring.level.2':
      'Chaque projet rend compte à ses bailleurs selon ses propres indicateurs, mais personne ne rassemble ces résultats en une vue d’ensemble nationale.',
    'question.policy-regulation-monitoring.level.3':
      'Un ensemble national d’indicateurs (part des établissements raccordés, nombre d’élèves par appareil, nombre d’enseignants formés, etc.) fait l’objet d’un rapport au moins annuel, ventilé par région et, pour les élèves, par sexe et par situation de handicap lorsque les données le permettent.',
    'question.policy-regulation-monitoring.level.4':
      'Les indicateurs nationaux font l’objet d’un rapport au moins annuel assorti de ces ventilations, ce rapport est publié ou communiqué aux partenaires et à l’instance de coordination, et les écarts entre groupes ou entre régions donnent lieu à des ajustements documentés des plans ou des budgets.',
    'component.inclusion.title': 'Équité et inclusion',
    'component.inclusion.summary':
      'La mesure dans laquelle les publics les plus exposés au risque d’être tenus à l’écart du numérique éducatif sont recensés, pris en compte dans la planification et effectivement atteints : les filles et les enseignantes, les élèves réfugiés, déplacés internes et migrants, ainsi que les élèves des zones rurales et isolées. Les élèves en situation de handicap font l’objet des questions sur l’accessibilité des espaces d’apprentissage et des contenus numériques.',
    'question.inclusion-gender.title':
      'Comment le ministère s’attaque-t-il aux écarts entre les sexes dans le numérique éducatif ?',
    'question.inclusion-gender.help':
      'Les écarts entre les sexes en matière de numérique éducatif sont les différences entre filles et garçons, ou entre enseignantes et enseignants, dans l’accès aux appareils et à la connexion, dans les compétences numériques, ou dans le choix des filières et options numériques et informatiques. Les mesures ciblées peuvent être du mentorat, des clubs réservés aux filles, un accès sûr aux appareils dans l’établissement, ou des places réservées aux femmes dans les formations au numérique.',
    'question.inclusion-gender.level.1':
      'Aucune donnée sur l’accès au numérique ou sur les compétences numériques n’est ventilée par sexe, et aucune mesure ne vise spécifiquement les filles ou les enseignantes.',
    'question.inclusion-gender.level.2':
      'Certaines données ventilées par sexe existent, issues par exemple d’une enquête ou d’un projet, mais la stratégie de numérique éducatif ne fixe aucune cible et ne prévoit aucune mesure pour réduire les écarts qu’elles révèlent.',
    'question.inclusion-gender.level.3':
      'L’accès au numérique et les compétences numériques des élèves et des enseignants sont mesurés par sexe au moins tous les deux ans, et la stratégie fixe des cibles de réduction des écarts constatés, assorties de mesures destinées aux filles et aux enseignantes.',
    'question.inclusion-gender.level.4':
      'Les écarts sont mesurés par sexe au moins tous les deux ans au regard de cibles fixées par la stratégie ; les mesures ciblées disposent de leur propre ligne budgétaire, l’évolution des écarts fait l’objet d’un rapport annuel, et les mesures qui n’ont pas permis de réduire un écart ont été révisées.',
    'question.inclusion-displaced-learners.title':
      'Quelle place les élèves réfugiés, déplacés internes et migrants ont-ils dans l’offre nationale de numérique éducatif ?',
    'question.inclusion-displaced-learners.help':
      'L’offre nationale de numérique éducatif désigne les plateformes, les contenus, les appareils et les comptes que le système national fournit à ses propres élèves, par opposition à une offre distincte réservée à ces élèves. Une langue qu’ils comprennent peut être leur langue première, ou la langue d’enseignement accompagnée d’un soutien linguistique. Cette question ne s’applique pas lorsque le pays n’accueille aucun élève réfugié, déplacé interne ou migrant ; un pays qui en accueille, même en petit nombre, doit y répondre.',
    'question.inclusion-displaced-learners.level.1':
      'Les programmes nationaux de numérique éducatif ne prévoient rien pour ces élèves ; le seul apprentissage numérique auquel ils ont accès, le cas échéant, provient de projets humanitaires ponctuels.',
    'question.inclusion-displaced-learners.level.2':
      'Une partie de ces élèves bénéficie d’un apprentissage numérique, mais dans le cadre d’une offre parallèle gérée par des organisations humanitaires ou des agences des Nations unies, avec ses propres plateformes, contenus et registres, en dehors des systèmes nationaux.',
    'question.inclusion-displaced-learners.level.3':
      'La politique nationale ouvre à ces élèves, au même titre qu’aux autres, l’accès aux plateformes, contenus, appareils et comptes nationaux ; ils sont enregistrés dans les données nationales sur l’éducation, et des contenus ou un soutien linguistique leur sont proposés dans une langue qu’ils comprennent.',
    'question.inclusion-displaced-learners.level.4':
      'Ces élèves bénéficient du même accès que les autres, sont enregistrés dans les données nationales sur l’éducation et reçoivent des contenus ou un soutien dans une langue qu’ils comprennent ; leur accès et leur utilisation sont comparés au moins une fois par an à ceux des élèves des communautés d’accueil, et cette offre est financée par le budget national ou par un plan pluriannuel convenu avec les partenaires.',
    'question.inclusion-remote-learners.title':
      'Les élèves des zones isolées accèdent-ils au numérique éducatif dans les mêmes conditions que ceux des villes ?',
    'question.inclusion-remote-learners.help':
      'Les zones isolées sont les zones rurales et reculées, éloignées des villes et des grands réseaux, comme les montagnes, les îles, les déserts ou les forêts. Dans les mêmes conditions signifie avec une connectivité, des appareils, des contenus et un accompagnement comparables.',
    'question.inclusion-remote-learners.level.1':
      'Personne ne compare l’accès au numérique dans les établissements isolés et urbains, et les programmes nationaux bénéficient d’abord, de fait, aux établissements urbains.',
    'question.inclusion-remote-learners.level.2':
      'Des données, comme celles du recensement scolaire, font apparaître l’écart entre établissements isolés et urbains, mais les programmes ne fixent aucune cible et ne prévoient aucune offre spécifique pour les zones isolées.',
    'question.inclusion-remote-learners.level.3':
      'L’écart est mesuré, et la stratégie fixe des cibles pour les établissements isolés, par exemple une part d’établissements raccordés et équipés à une date donnée, assorties d’une offre financée et adaptée : réseaux satellitaires ou communautaires, énergie solaire, contenus hors ligne, équipes d’appui itinérantes.',
    'question.inclusion-remote-learners.level.4':
      'Les cibles et l’offre financée pour les établissements isolés sont examinées chaque année au regard des données, et les données les plus récentes montrent que les établissements isolés sont raccordés et équipés dans des proportions presque identiques à celles des établissements urbains.',
    'pillar.connectivity-infrastructure.title': 'Connectivité et infrastructure',
    'pillar.connectivity-infrastructure.summary':
      'Le socle matériel de l’apprentissage numérique : l’électricité et l’internet dans les établissements, les appareils utilisés par les élèves et les enseignants ainsi que l’assistance qui les maintient en service, les logiciels et les identités numériques qui donnent accès aux services, et des espaces d’apprentissage adaptés aux usages numériques, attentifs à l’énergie qu’ils consomment.',
    'component.electricity-internet.title': 'Électricité et accès à l’internet',
    'component.electricity-internet.summary':
      'La présence dans les établissements d’une alimentation électrique fiable, raccordée ou non au réseau, et d’une connexion à l’internet en état de marche, d’un débit suffisant pour l’enseignement ; la connaissance qu’a l’État des établissements raccordés et de la qualité de leur connexion ; la pérennité des dispositifs qui assurent ces connexions.',
    'question.electricity-internet-power.title':
      'Combien d’établissements disposent d’une électricité fiable pendant toute la journée de classe ?',
    'question.electricity-internet-power.help':
      'Un établissement est compté si l’électricité y a été disponible pendant toutes les heures de classe, presque tous les jours du mois écoulé, qu’elle provienne du réseau ou d’une source autonome comme des panneaux solaires avec batteries. Un établissement privé de courant la plupart des après-midi, ou dont le groupe électrogène manque souvent de carburant, n’est pas compté.',
    'question.electricity-internet-power.level.1':
      'Moins de la moitié des établissements disposent d’une électricité fiable pendant toute la journée de classe.',
    'question.electricity-internet-power.level.2':
      'La moitié au moins des établissements, mais moins des trois quarts, disposent d’une électricité fiable pendant toute la journée de classe.',
    'question.electricity-internet-power.level.3':
      'Les trois quarts au moins des établissements, mais moins de neuf sur dix, disposent d’une électricité fiable pendant toute la journée de classe.',
    'question.electricity-internet-power.level.4':
      'Au moins neuf établissements sur dix disposent d’une électricité fiable pendant toute la journée de classe.',
    'question.electricity-internet-connectivity.title':
      'Dans quelle proportion d’établissements une connexion à l’internet en état de marche est-elle utilisée pour les apprentissages ?',
    'question.electricity-internet-connectivity.help':
      'Un établissement n’est compté comme raccordé que si sa connexion a fonctionné au cours du mois écoulé et sert en classe ou aux élèves, et non au seul secrétariat. À titre de comparaison, le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO indique que 40 % des écoles primaires, 50 % des établissements du premier cycle du secondaire et 65 % de ceux du second cycle étaient raccordés à l’internet dans le monde.',
    'question.electricity-internet-connectivity.level.1':
      'Moins d’un quart des établissements disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
    'question.electricity-internet-connectivity.level.2':
      'Un quart au moins des établissements, mais moins de la moitié, disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
    'question.electricity-internet-connectivity.level.3':
      'La moitié au moins des établissements, mais moins des trois quarts, disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
    'question.electricity-internet-connectivity.level.4':
      'Les trois quarts au moins des établissements disposent d’une connexion à l’internet en état de marche, utilisée pour les apprentissages.',
    'question.electricity-internet-off-grid.title':
      'Comment les établissements hors réseau électrique sont-ils alimentés en énergie ?',
    'question.electricity-internet-off-grid.help':
      'Les solutions hors réseau comprennent les panneaux solaires avec batteries, les petites installations éoliennes ou hydrauliques et les mini-réseaux locaux. Sont considérés comme hors réseau les établissements dont l’alimentation par le réseau est si souvent coupée qu’on ne peut pas compter sur elle. Cette question ne s’applique pas lorsque tous les établissements sont raccordés à un réseau fiable pendant toute la journée de classe, et dans ce seul cas.',
    'question.electricity-internet-off-grid.level.1':
      'Il n’existe aucune liste des établissements qui ont besoin d’une solution hors réseau ; ceux qui sont situés hors réseau n’ont pas d’électricité, ou seulement grâce à une installation mise en place par un projet ou par la communauté.',
    'question.electricity-internet-off-grid.level.2':
      'Les établissements hors réseau sont recensés, et certains ont reçu des installations solaires ou d’autres systèmes autonomes dans le cadre de projets, mais aucun plan ne précise la solution prévue pour chacun, et personne n’est chargé de l’entretien des installations.',
    'question.electricity-internet-off-grid.level.3':
      'Un plan fixe la solution hors réseau et l’échéance pour chaque établissement hors réseau, et un organisme désigné, doté d’un budget, assure l’entretien des installations, y compris le remplacement des batteries.',
    'question.electricity-internet-off-grid.level.4':
      'Le plan est mis en œuvre avec un entretien financé, la quasi-totalité des établissements hors réseau disposent d’une installation en état de marche, et l’énergie fournie par chaque installation est suivie, à distance ou par des relevés réguliers, de sorte que les pannes sont réparées dans un délai fixé.',
    'question.electricity-internet-bandwidth.title':
      'Le débit par élève des établissements raccordés atteint-il un seuil explicite ?',
    'question.electricity-internet-bandwidth.help':
      'Le débit par élève correspond au débit mesuré de la connexion d’un établissement divisé par son nombre d’élèves, ce qui permet de comparer des établissements de tailles différentes. Retenez le seuil national lorsque le pays en a fixé un ; à défaut, indiquez dans votre commentaire le seuil retenu, par exemple en kilobits par seconde et par élève.',
    'question.electricity-internet-bandwidth.level.1':
      'Aucun seuil n’est fixé, et le débit réel des connexions des établissements n’est pas mesuré.',
    'question.electricity-internet-bandwidth.level.2':
      'Un seuil est fixé, mais le débit réel n’est pas mesuré régulièrement : il n’est connu, au mieux, que pour une partie des établissements raccordés, par des tests ponctuels ou d’après les débits inscrits dans les contrats.',
    'question.electricity-internet-bandwidth.level.3':
      'Un seuil est fixé, le débit réel est mesuré au moins une fois par an dans la plupart des établissements raccordés, et la moitié au moins des établissements raccordés atteignent ce seuil.',
    'question.electricity-internet-bandwidth.level.4':
      'Un seuil est fixé, le débit réel est mesuré en continu dans la quasi-totalité des établissements raccordés, au moyen d’une application de mesure ou des données de supervision des opérateurs, et la quasi-totalité des établissements raccordés atteignent ce seuil.',
    'question.electricity-internet-mapping.title':
      'Dans quelle mesure l’État connaît-il la connectivité de chaque établissement ?',
    'question.electricity-internet-mapping.level.1':
      'Il n’existe ni liste ni carte des établissements raccordés ; les chiffres disponibles, le cas échéant, proviennent d’enquêtes ponctuelles ou des opérateurs.',
    'question.electricity-internet-mapping.level.2':
      'Le recensement scolaire indique si chaque établissement dispose de l’électricité et de l’internet, mais pas le type de connexion, son débit ni son fonctionnement effectif.',
    'question.electricity-internet-mapping.level.3':
      'Une carte de tous les établissements, avec leurs coordonnées géographiques, indique pour chacun la source d’électricité, le type de connexion et le débit contractuel, et elle est mise à jour au moins une fois par an.',
    'question.electricity-internet-mapping.level.4':
      'La carte des établissements est complétée par des mesures du débit réel et de la disponibilité des connexions, issues d’une application de mesure ou des données des opérateurs, et sert à choisir les prochains établissements à raccorder et à vérifier que les opérateurs fournissent le service pour lequel ils sont payés.',
    'question.electricity-internet-provision.title':
      'Dans quelle mesure les dispositifs qui assurent la connexion des établissements à l’internet sont-ils pérennes ?',
    'question.electricity-internet-provision.help':
      'Un dispositif désigne la manière dont les connexions sont fournies et payées : réseau éducatif national ou régional, contrats-cadres avec des opérateurs, dotation récurrente réservée à la connexion dans les subventions de fonctionnement des établissements, ou subvention des abonnements que les établissements souscrivent eux-mêmes, comme dans le modèle E-Rate, où les établissements achètent le service à un fournisseur et où un fonds prend en charge une partie de la facture. Peu importe ici qui signe le contrat : seuls comptent la durée du dispositif et le nombre d’établissements qu’il couvre. La fibre, le haut débit mobile, le satellite et les réseaux communautaires construits et exploités par les communautés locales peuvent tous en faire partie.',
    'question.electricity-internet-provision.level.1':
      'Il n’existe aucun dispositif public : les établissements raccordés dépendent de ce que paient le personnel ou les parents, souvent un forfait de données mobiles, et perdent le service quand cet argent vient à manquer.',
    'question.electricity-internet-provision.level.2':
      'Des financements publics ou de bailleurs paient la connexion de certains établissements, au moyen de projets à durée limitée ou de subventions ponctuelles, et rien n’est prévu pour payer le service une fois ceux-ci terminés.',
    'question.electricity-internet-provision.level.3':
      'Un dispositif pérenne, formalisé et financé sur le budget de fonctionnement ou par un fonds dédié, prend en charge la connexion de la plupart des établissements raccordés, qu’il s’agisse d’un réseau éducatif, de contrats-cadres ou d’une subvention des abonnements souscrits par les établissements eux-mêmes.',
    'question.electricity-internet-provision.level.4':
      'Un dispositif pérenne, formalisé et financé sur plusieurs années, couvre la quasi-totalité des établissements, y compris les plus isolés, et il a déjà été reconduit ou remis en concurrence au moins une fois sans interruption du service dans les établissements.',
    'component.hardware-devices.title': 'Matériel et appareils',
    'component.hardware-devices.summary':
      'Les ordinateurs, tablettes, projecteurs et autres appareils mis à la disposition des élèves et des enseignants : la politique qui en fixe la répartition et l’usage, la fréquence à laquelle les élèves s’en servent et le nombre d’élèves par appareil, leur maintenance et l’assistance technique, ainsi que leur devenir en fin de vie.',
    'question.hardware-devices-policy.title':
      'Existe-t-il une politique nationale d’équipement des élèves et des enseignants ?',
    'question.hardware-devices-policy.help':
      'Modèle individuel : chaque élève dispose d’un appareil. Modèles partagés : salles informatiques, chariots mobiles qui circulent d’une classe à l’autre, ou appareil de l’enseignant relié à un projecteur.',
    'question.hardware-devices-policy.level.1':
      'Il n’existe aucune politique d’équipement : les appareils arrivent au gré des dons ou des projets, dans les modèles et les quantités choisis par ceux qui les financent.',
    'question.hardware-devices-policy.level.2':
      'Une politique ou un programme fixe des objectifs d’équipement, par exemple une tablette par élève dans un niveau donné, mais reste peu explicite sur l’usage pédagogique, la maintenance ou le renouvellement des appareils.',
    'question.hardware-devices-policy.level.3':
      'Une politique nationale d’équipement précise quels appareils sont destinés à quels niveaux et à quelles fins pédagogiques (salles partagées, chariots mobiles, équipement individuel, appareils des enseignants), fixe des spécifications minimales et prévoit, en même temps que les appareils, la formation, les contenus, la maintenance et le renouvellement.',
    'question.hardware-devices-policy.level.4':
      'Une politique nationale d’équipement de ce type a été expérimentée avant sa généralisation, est révisée à partir de données sur l’usage réel des appareils et sur leur coût, et ses spécifications privilégient la sobriété énergétique, la réparabilité et l’accessibilité.',
    'question.hardware-devices-availability.title':
      'Dans combien d’établissements les élèves utilisent-ils des appareils en classe chaque semaine ?',
    'question.hardware-devices-availability.help':
      'Un établissement est compté si les élèves de la plupart de ses classes utilisent des appareils en cours au moins une fois par semaine : ordinateurs fixes ou portables et tablettes en état de marche, partagés ou individuels. Un projecteur ou un tableau interactif utilisé par le seul enseignant n’est pas pris en compte, pas plus que les téléphones personnels des élèves.',
    'question.hardware-devices-availability.level.1':
      'Les élèves utilisent des appareils en classe chaque semaine dans moins d’un établissement sur cinq.',
    'question.hardware-devices-availability.level.2':
      'Les élèves utilisent des appareils en classe chaque semaine dans au moins un établissement sur cinq, mais dans moins de la moitié des établissements.',
    'question.hardware-devices-availability.level.3':
      'Les élèves utilisent des appareils en classe chaque semaine dans la moitié au moins des établissements, mais dans moins de neuf sur dix.',
    'question.hardware-devices-availability.level.4':
      'Les élèves utilisent des appareils en classe chaque semaine dans la quasi-totalité des établissements, soit au moins neuf sur dix.',
    'question.hardware-devices-ratio.title':
      'Combien d’élèves se partagent chaque appareil disponible pour apprendre ?',
    'question.hardware-devices-ratio.help':
      'Divisez le nombre d’élèves des niveaux concernés par le nombre d’ordinateurs et de tablettes en état de marche mis à leur disposition pour apprendre, en comptant tous les établissements, et pas seulement ceux qui sont équipés. Les seuils ci-dessous sont une proposition de cette boîte à outils ; un seuil fixé par la politique nationale peut être retenu à la place, en le précisant dans le commentaire.',
    'question.hardware-devices-ratio.level.1':
      'Le nombre d’élèves par appareil n’est pas connu, ou plus de 20 élèves se partagent chaque appareil.',
    'question.hardware-devices-ratio.level.2':
      'Ce nombre est connu, et chaque appareil est partagé par 6 à 20 élèves.',
    'question.hardware-devices-ratio.level.3':
      'Ce nombre est connu, et chaque appareil est partagé par 2 à 5 élèves ; un rapport de 2 relève du niveau 4 lorsque la norme nationale est d’un appareil pour deux élèves.',
    'question.hardware-devices-ratio.level.4':
      'Ce nombre est connu, et chaque élève dispose d’un appareil, ou d’un appareil pour deux lorsque telle est la norme nationale.',
    'question.hardware-devices-maintenance.title':
      'Comment les appareils des établissements sont-ils maintenus en état de marche ?',
    'question.hardware-devices-maintenance.help':
      'Cette question porte uniquement sur la maintenance et la réparation. Le coût du renouvellement des appareils relève du coût total de possession, et leur élimination de la question sur la fin de vie.',
    'question.hardware-devices-maintenance.level.1':
      'La maintenance ne relève de personne : les appareils en panne restent inutilisés, et personne ne sait combien sont hors service.',
    'question.hardware-devices-maintenance.level.2':
      'Certaines réparations sont effectuées, au titre d’une garantie, d’un contrat avec le fournisseur ou grâce à la bonne volonté d’un enseignant, mais il n’existe ni inventaire des appareils et de leur état, ni budget pour les réparations après la fin des garanties.',
    'question.hardware-devices-maintenance.level.3':
      'Un inventaire recense les appareils de chaque établissement et leur état, et un service de maintenance financé, interne, régional ou sous-traité, assure l’entretien préventif et les réparations pour tous les établissements.',
    'question.hardware-devices-maintenance.level.4':
      'Un service de maintenance financé couvre tous les établissements, l’inventaire est mis à jour au moins une fois par an et indique, établissement par établissement, la part des appareils en état de marche, et lors de la dernière mise à jour la quasi-totalité des appareils recensés fonctionnaient.',
    'question.hardware-devices-technical-support.title':
      'Comment les établissements obtiennent-ils une assistance technique pour leur équipement numérique ?',
    'question.hardware-devices-technical-support.help':
      'Le personnel d’assistance technique aide les enseignants et les élèves lorsque les appareils, le réseau ou les comptes ne fonctionnent pas. Il peut être affecté à un établissement ou partagé entre plusieurs établissements voisins, par exemple un technicien par district. Le délai d’intervention est le délai dans lequel une demande doit être traitée.',
    'question.hardware-devices-technical-support.level.1':
      'Les établissements ne bénéficient d’aucune assistance technique : les enseignants règlent les problèmes eux-mêmes, ou attendent la visite d’un projet ou d’un fournisseur.',
    'question.hardware-devices-technical-support.level.2':
      'Certains établissements bénéficient d’une assistance technique, par exemple un enseignant chargé de cette tâche sans décharge ni formation, ou une ligne d’assistance gérée par un projet, mais la plupart n’en ont pas, et aucun délai d’intervention n’est fixé.',
    'question.hardware-devices-technical-support.level.3':
      'Chaque établissement peut faire appel à du personnel d’assistance technique, sur place ou partagé entre établissements voisins, dont le rôle, le temps de travail et les délais d’intervention sont fixés par écrit.',
    'question.hardware-devices-technical-support.level.4':
      'Chaque établissement peut faire appel à du personnel d’assistance technique dont le rôle, le temps de travail et les délais d’intervention sont fixés par écrit ; les demandes sont enregistrées, les délais d’intervention font l’objet d’un rapport au moins annuel, et la quasi-totalité des demandes sont traitées dans le délai fixé.',
    'question.hardware-devices-e-waste.title':
      'Que deviennent les appareils des établissements en fin de vie ?',
    'question.hardware-devices-e-waste.help':
      'Les déchets d’équipements électriques et électroniques (DEEE) contiennent des substances dangereuses ainsi que des matériaux récupérables : ils doivent être réemployés, reconditionnés, ou recyclés par un recycleur certifié ou agréé, plutôt que jetés ou brûlés.',
    'question.hardware-devices-e-waste.level.1':
      'Aucune règle ne s’applique : les appareils en fin de vie s’entassent dans les établissements, sont jetés avec les ordures ordinaires ou brûlés.',
    'question.hardware-devices-e-waste.level.2':
      'Des règles encadrent la réforme des appareils inscrits à l’inventaire public, mais pas leur destination : les appareils réformés sont vendus, donnés ou jetés sans que l’on vérifie ce qu’ils deviennent.',
    'question.hardware-devices-e-waste.level.3':
      'Des règles écrites imposent que les appareils en fin de vie soient réemployés ou reconditionnés lorsque c’est possible, et remis sinon à un recycleur de DEEE certifié ou agréé, et les établissements savent comment les faire collecter.',
    'question.hardware-devices-e-waste.level.4':
      'Ces règles écrites sont appliquées : le nombre d’appareils réemployés, reconditionnés et recyclés est enregistré chaque année, et les relevés montrent que la quasi-totalité des appareils réformés passent par ces filières.',
    'component.software-services.title': 'Logiciels et services',
    'component.software-services.summary':
      'Les systèmes d’exploitation, applications et services en ligne sur lesquels reposent les établissements : le cadre de licences dans lequel ils sont utilisés, et l’existence pour les élèves et les enseignants d’une identité numérique unique donnant accès aux services dont ils ont besoin.',
    'question.software-services-licensing.title':
      'Dans quel cadre de licences les établissements utilisent-ils leurs logiciels ?',
    'question.software-services-licensing.help':
      'Les logiciels comprennent ici les plateformes et les services en ligne utilisés sur abonnement. Un logiciel libre est distribué sous une licence qui permet à chacun de l’utiliser, de l’étudier, de le modifier et de le partager. Les standards ouverts sont des spécifications publiées que tout produit peut mettre en œuvre. Une licence nationale est un accord négocié par le ministère qui couvre l’ensemble de ses établissements.',
    'question.software-services-licensing.level.1':
      'Les logiciels sont fournis avec les appareils donnés ou achetés, ou choisis par chaque établissement ; les licences ne sont pas suivies, et certains logiciels utilisés sont sans licence ou en version d’essai.',
    'question.software-services-licensing.level.2':
      'Le ministère acquiert certaines licences de façon centralisée, mais il n’existe ni catalogue d’outils agréés ni règle pour choisir entre logiciels libres et propriétaires.',
    'question.software-services-licensing.level.3':
      'Un catalogue de logiciels et de plateformes agréés existe ; les licences sont gérées de façon centralisée, avec des dates de renouvellement et des coûts connus, et les solutions libres et propriétaires sont comparées au regard du coût total, de la protection des données et du respect des standards ouverts.',
    'question.software-services-licensing.level.4':
      'Les licences sont gérées de façon centralisée à partir d’un catalogue de ce type, les solutions étant comparées de la même manière ; le catalogue est révisé avec les enseignants au moins tous les deux ans, les logiciels propriétaires sont couverts par des licences nationales négociées pour l’ensemble des établissements publics, et l’utilisation des licences est suivie afin de résilier celles qui ne servent pas.',
    'question.software-services-digital-identity.title':
      'Une identité numérique unique donne-t-elle aux élèves et aux enseignants accès aux services dont ils ont besoin ?',
    'question.software-services-digital-identity.help':
      'Une identité numérique est un compte éducatif reconnu par plusieurs services. L’authentification unique permet d’accéder à tous ces services en une seule connexion : plateforme d’apprentissage, messagerie, manuels numériques, portail de gestion scolaire. Une gestion respectueuse de la vie privée signifie que le compte ne contient que les données personnelles dont les services ont besoin, et que des règles écrites précisent qui peut y accéder.',
    'question.software-services-digital-identity.level.1':
      'Le système éducatif ne fournit aucun compte : chaque service qui exige une connexion a ses propres comptes, souvent ouverts avec une adresse électronique ou un numéro de téléphone personnels.',
    'question.software-services-digital-identity.level.2':
      'Le ministère ou un projet fournit des comptes éducatifs à une partie des enseignants ou des élèves, mais chaque service conserve ses propres comptes, et ceux-ci ne sont pas fermés au départ de leurs titulaires.',
    'question.software-services-digital-identity.level.3':
      'Chaque enseignant, et chaque élève des niveaux concernés, peut disposer d’un compte éducatif unique, créé à partir des registres officiels, qui ouvre les principaux services par authentification unique, et des règles écrites limitent les données personnelles qu’il contient ainsi que les personnes autorisées à les consulter.',
    'question.software-services-digital-identity.level.4':
      'La quasi-totalité des enseignants et des élèves des niveaux concernés utilisent un compte éducatif unique avec authentification unique aux principaux services ; les comptes sont ouverts, mis à jour et fermés automatiquement à l’arrivée, au changement d’établissement ou au départ de leurs titulaires ; et le respect des règles écrites de protection de la vie privée est vérifié à chaque raccordement d’un nouveau service.',
    'component.learning-spaces.title': 'Espaces d’apprentissage',
    'component.learning-spaces.summary':
      'Les salles de classe, salles informatiques, bibliothèques et autres espaces aménagés pour l’apprentissage numérique : prises électriques, recharge et rangement sécurisé, Wi-Fi, agencement, accessibilité pour les élèves en situation de handicap, et énergie consommée par leurs équipements numériques.',
    'question.learning-spaces-design.title':
      'Les salles de classe et les autres espaces d’apprentissage sont-ils conçus pour les usages numériques ?',
    'question.learning-spaces-design.level.1':
      'Les salles de classe ne sont pas équipées pour les usages numériques : peu disposent de prises électriques, et il n’existe aucun lieu sûr pour ranger ou recharger les appareils.',
    'question.learning-spaces-design.level.2':
      'Certains établissements disposent d’une salle informatique ou d’un local réaménagé, mais les salles de classe ordinaires ne sont pas équipées, et les normes de construction scolaire ne prévoient rien pour les usages numériques.',
    'question.learning-spaces-design.level.3':
      'Les normes nationales de construction et de rénovation scolaires imposent des prises électriques, des dispositifs sécurisés de recharge et de rangement, et une couverture Wi-Fi dans les salles de classe, et les établissements neufs ou rénovés les respectent.',
    'question.learning-spaces-design.level.4':
      'Ces normes s’appliquent aussi aux établissements existants, grâce à un plan de mise à niveau financé ; les espaces sont agencés pour le travail en groupe et des usages modulables, et leur état est vérifié lors des inspections.',
    'question.learning-spaces-accessibility.title':
      'Les élèves en situation de handicap peuvent-ils utiliser les espaces et les outils d’apprentissage numériques ?',
    'question.learning-spaces-accessibility.level.1':
      'Les élèves en situation de handicap ne sont pas pris en compte dans la planification des espaces et des équipements numériques : la plupart des salles informatiques sont inaccessibles en fauteuil roulant, et aucune aide technique n’est fournie.',
    'question.learning-spaces-accessibility.level.2':
      'Certains établissements, souvent spécialisés, disposent d’aides techniques grâce à des projets ou à des ONG, mais aucune règle nationale n’impose l’accessibilité des espaces ou des outils numériques.',
    'question.learning-spaces-accessibility.level.3':
      'Des règles nationales imposent l’accessibilité physique des espaces d’apprentissage numériques et la fourniture d’aides techniques aux élèves qui en ont besoin, et les nouveaux espaces comme les nouveaux achats s’y conforment.',
    'question.learning-spaces-accessibility.level.4':
      'Ces règles sont appliquées dans les établissements ordinaires de tout le pays : les besoins des élèves sont repérés, les aides techniques sont fournies et entretenues sur une ligne budgétaire dédiée, et l’accessibilité est vérifiée lors des inspections.',
    'question.learning-spaces-energy.title':
      'Comment la consommation d’énergie des équipements numériques des établissements est-elle gérée ?',
    'question.learning-spaces-energy.help':
      'Cette question porte sur la durabilité environnementale : l’électricité consommée par les appareils, les réseaux et les serveurs des établissements, et son origine. Les appareils économes en énergie sont ceux qui répondent à un label d’efficacité énergétique reconnu ou à des critères fixés dans l’appel d’offres.',
    'question.learning-spaces-energy.level.1':
      'La consommation d’énergie n’est pas prise en compte : les achats ignorent l’efficacité énergétique, les équipements restent allumés la nuit, et personne ne sait combien d’électricité consomment les équipements numériques.',
    'question.learning-spaces-energy.level.2':
      'Certaines mesures existent, comme des critères d’efficacité énergétique dans certains appels d’offres ou des conseils pour éteindre les équipements, mais elles ne sont pas obligatoires, et la consommation n’est pas mesurée.',
    'question.learning-spaces-energy.level.3':
      'Des critères d’efficacité énergétique sont exigés dans tous les appels d’offres d’appareils et de réseaux, des paramètres d’économie d’énergie sont appliqués aux appareils de façon centralisée, et l’électricité consommée est mesurée, par des compteurs ou d’après les factures, au moins dans un échantillon d’établissements.',
    'question.learning-spaces-energy.level.4':
      'Des critères d’efficacité énergétique sont exigés dans tous les appels d’offres et des paramètres d’économie d’énergie sont appliqués de façon centralisée ; la consommation est mesurée dans la plupart des établissements et fait l’objet d’un rapport annuel, et un plan financé pour la réduire ou pour alimenter les établissements en énergie renouvelable, solaire par exemple, est en cours d’exécution.',
    'pillar.cost-sustainability.title': 'Coût et durabilité',
    'pillar.cost-sustainability.summary':
      'La capacité à financer le numérique éducatif dans la durée : un plan chiffré doté de ses propres lignes budgétaires, des budgets qui couvrent les coûts de fonctionnement autant que les achats, une passation des marchés qui optimise l’emploi des fonds, et des sources de financement au-delà du budget de l’éducation.',
    'component.financing-strategy.title': 'Stratégie de financement',
    'component.financing-strategy.summary':
      'Un plan chiffré pour le numérique éducatif, des lignes dédiées dans le budget de l’éducation et des règles de répartition qui orientent les fonds là où les besoins sont les plus grands.',
    'question.financing-strategy-costing.title':
      'La stratégie de numérique éducatif a-t-elle été chiffrée année par année ?',
    'question.financing-strategy-costing.help':
      'Un chiffrage annuel indique, pour chaque année couverte par la stratégie, le coût de chaque action, en distinguant l’investissement (équipements, raccordements) du fonctionnement (abonnements, maintenance, personnel, formation). Le cadre de dépenses à moyen terme (CDMT) est la programmation budgétaire glissante de l’État sur trois à cinq ans. L’origine des fonds relève des questions sur les lignes budgétaires et sur les financements innovants.',
    'question.financing-strategy-costing.level.1':
      'Personne n’a estimé ce que coûteront les plans du pays en matière de numérique éducatif.',
    'question.financing-strategy-costing.level.2':
      'Des coûts ont été estimés pour certains projets, souvent par les partenaires, ou sous la forme d’un montant global pour la stratégie, mais l’ensemble de la stratégie n’est pas ventilé par année.',
    'question.financing-strategy-costing.level.3':
      'L’ensemble de la stratégie est chiffré année par année sur toute sa durée, action par action, en distinguant les coûts d’investissement des coûts de fonctionnement.',
    'question.financing-strategy-costing.level.4':
      'Le chiffrage annuel de l’ensemble de la stratégie, qui distingue investissement et fonctionnement, est actualisé au moins une fois par an en fonction des dépenses effectives et sert à préparer le cadre de dépenses à moyen terme et le budget annuel.',
    'question.financing-strategy-budget-lines.title':
      'Le budget national de l’éducation comporte-t-il des lignes consacrées au numérique éducatif ?',
    'question.financing-strategy-budget-lines.level.1':
      'Le budget national ne comporte aucune ligne pour le numérique éducatif ; les dépenses éventuelles proviennent des bailleurs ou de dotations ponctuelles.',
    'question.financing-strategy-budget-lines.level.2':
      'Des dépenses numériques figurent au budget, mais noyées dans d’autres lignes ou sous forme d’investissements ponctuels, si bien qu’elles ne peuvent pas être suivies et varient fortement d’une année à l’autre.',
    'question.financing-strategy-budget-lines.level.3':
      'Le budget de l’éducation comporte des lignes identifiables pour le numérique éducatif, couvrant à la fois l’investissement et le fonctionnement, et les dépenses correspondantes font l’objet d’un rapport annuel.',
    'question.financing-strategy-budget-lines.level.4':
      'Des lignes identifiables d’investissement et de fonctionnement sont programmées sur plusieurs années dans le cadre de dépenses à moyen terme, et plus de 80 % des montants votés ont été dépensés au cours de chacune des deux dernières années.',
    'question.financing-strategy-allocation.title':
      'Comment les fonds du numérique éducatif sont-ils répartis entre les régions et les établissements ?',
    'question.financing-strategy-allocation.level.1':
      'Il n’existe aucune règle de répartition : les fonds et les équipements vont aux établissements qui en font la demande, qui sont les plus faciles d’accès ou qui sont choisis par un projet.',
    'question.financing-strategy-allocation.level.2':
      'Certains programmes appliquent des critères de sélection, mais ceux-ci ne sont pas publiés ou pas appliqués de manière cohérente, et les établissements urbains restent mieux dotés que les établissements ruraux.',
    'question.financing-strategy-allocation.level.3':
      'Une formule ou une grille de répartition publiée accorde un poids supplémentaire à l’isolement, à la pauvreté et au nombre d’élèves en situation de handicap, et s’applique à tous les programmes nationaux.',
    'question.financing-strategy-allocation.level.4':
      'Une formule publiée, pondérée selon les besoins, s’applique indifféremment aux programmes nationaux et à ceux financés par les partenaires, et les données annuelles montrent que l’écart d’équipement et de connectivité entre établissements favorisés et défavorisés se réduit.',
    'component.total-cost-of-ownership.title': 'Coût total de possession',
    'component.total-cost-of-ownership.summary':
      'La prise en compte de tout ce que coûte une technologie sur sa durée de vie, et pas seulement de son achat : abonnements de connexion, électricité, maintenance, assistance, formation, contenus, licences et renouvellement.',
    'question.total-cost-of-ownership-estimates.title':
      'Les coûts de fonctionnement sont-ils pris en compte lors des décisions d’investissement numérique ?',
    'question.total-cost-of-ownership-estimates.level.1':
      'Les décisions ne tiennent compte que du prix d’achat ; les coûts de fonctionnement apparaissent ensuite, sans avoir été prévus.',
    'question.total-cost-of-ownership-estimates.level.2':
      'Certains coûts de fonctionnement, comme les premières années de connexion ou une garantie, sont inclus dans les budgets des projets, mais pas sur toute la durée de vie des équipements.',
    'question.total-cost-of-ownership-estimates.level.3':
      'Tout investissement important est approuvé sur la base d’une estimation de son coût sur toute sa durée de vie, généralement cinq ans ou plus, couvrant la connexion, l’électricité, la maintenance, l’assistance, la formation, les licences et le renouvellement.',
    'question.total-cost-of-ownership-estimates.level.4':
      'Les estimations du coût sur toute la durée de vie sont exigées pour les investissements importants, puis comparées aux coûts effectifs ; les écarts servent à améliorer les estimations suivantes et à arbitrer entre les options.',
    'question.total-cost-of-ownership-running-costs.title':
      'Qui prend en charge les coûts de fonctionnement à la fin d’un projet ?',
    'question.total-cost-of-ownership-running-costs.level.1':
      'Personne : à la fin du financement d’un projet, les connexions sont coupées et les appareils en panne ne sont pas réparés, à moins que les établissements ou les familles ne paient.',
    'question.total-cost-of-ownership-running-costs.level.2':
      'L’État reprend une partie des coûts de fonctionnement à la fin des projets, mais les établissements paient encore une part de la connexion ou de la maintenance sur leurs fonds propres ou les contributions des parents, si bien que certains conservent leurs services et d’autres les perdent.',
    'question.total-cost-of-ownership-running-costs.level.3':
      'Le budget de l’État couvre les principaux coûts de fonctionnement (connexion, maintenance, assistance) des programmes qu’il conduit, et chaque projet de partenaire comporte un plan de transfert précisant qui paie quoi à la fin du financement extérieur.',
    'question.total-cost-of-ownership-running-costs.level.4':
      'Les coûts de fonctionnement de tous les programmes numériques, y compris ceux lancés par les partenaires, sont inscrits au budget pluriannuel, et les subventions de fonctionnement des établissements comprennent un montant destiné aux dépenses numériques, calculé selon la taille et la situation de chaque établissement.',
    'component.procurement.title': 'Passation des marchés',
    'component.procurement.summary':
      'Les modalités d’acquisition des appareils, de la connectivité, des logiciels et des services : mise en concurrence ouverte, achats groupés pour obtenir de meilleurs prix, rapport qualité-prix sur toute la durée du contrat, et absence de dépendance envers un fournisseur unique.',
    'question.procurement-transparency.title':
      'Quel est le degré de transparence des achats liés au numérique éducatif ?',
    'question.procurement-transparency.help':
      'Les spécifications fonctionnelles décrivent ce qu’un produit doit faire (autonomie de la batterie, usage hors ligne, langues prises en charge) plutôt que de désigner une marque ou un modèle.',
    'question.procurement-transparency.level.1':
      'La plupart des achats se font par entente directe avec un fournisseur, et les contrats ne sont pas rendus publics.',
    'question.procurement-transparency.level.2':
      'Les achats importants font l’objet d’appels d’offres, mais les spécifications sont parfois rédigées sur mesure pour un produit, et les attributions comme les prix ne sont pas publiés.',
    'question.procurement-transparency.level.3':
      'Les achats importants passent par des appels d’offres ouverts fondés sur des spécifications fonctionnelles plutôt que sur des marques, et les attributions, les prix et les fournisseurs retenus sont publiés.',
    'question.procurement-transparency.level.4':
      'Les appels d’offres ouverts fondés sur des spécifications fonctionnelles sont la règle et leurs résultats sont publiés ; les délais de livraison et les niveaux de service des fournisseurs sont suivis, des pénalités sont appliquées en cas de manquement, et les performances passées sont prises en compte dans les appels d’offres suivants.',
    'question.procurement-pooling.title':
      'Les achats sont-ils groupés pour obtenir de meilleurs prix ?',
    'question.procurement-pooling.help':
      'Selon Giga, le regroupement des achats de connectivité scolaire peut en réduire le coût jusqu’à 60 %.',
    'question.procurement-pooling.level.1':
      'Chaque établissement, région ou projet achète de son côté, au prix qu’il parvient à obtenir.',
    'question.procurement-pooling.level.2':
      'Certains articles sont achetés de façon centralisée, mais les établissements, les régions et les projets achètent encore séparément des articles similaires, et personne ne compare les prix payés.',
    'question.procurement-pooling.level.3':
      'La connectivité, les appareils et les licences sont achetés au moyen d’accords-cadres nationaux sur lesquels les établissements et les régions peuvent passer commande, et les prix payés sont comparés à ceux des contrats précédents et d’autres pays.',
    'question.procurement-pooling.level.4':
      'Des accords-cadres nationaux couvrent les principaux articles, le pays participe à des achats groupés régionaux ou internationaux lorsqu’ils offrent de meilleures conditions, et les économies réalisées sont mesurées et rendues publiques.',
    'question.procurement-vendor-lock-in.title':
      'Les contrats protègent-ils le ministère contre la dépendance envers un fournisseur unique ?',
    'question.procurement-vendor-lock-in.help':
      'On parle de dépendance (ou d’enfermement propriétaire) lorsque changer de fournisseur devient trop coûteux, parce que les données, les contenus ou les équipements ne fonctionnent qu’avec les produits d’une seule entreprise.',
    'question.procurement-vendor-lock-in.level.1':
      'Les contrats ne disent rien de ce qui se passe à leur échéance ; le ministère ne pourrait pas changer de fournisseur sans perdre des données ou des équipements encore en état de marche.',
    'question.procurement-vendor-lock-in.level.2':
      'Certains contrats prévoient des clauses de sortie, mais les données, les contenus et les systèmes sont dans des formats que seul le fournisseur peut exploiter, si bien que changer de fournisseur obligerait à tout recommencer.',
    'question.procurement-vendor-lock-in.level.3':
      'Les contrats imposent des formats de données ouverts ou normalisés, reconnaissent au ministère la propriété de ses données et des contenus qu’il finance, et prévoient un plan de sortie assorti d’une période de transition.',
    'question.procurement-vendor-lock-in.level.4':
      'Ces clauses figurent dans tous les contrats du numérique éducatif, et avant chaque renouvellement le ministère vérifie qu’il pourrait changer de fournisseur, par exemple en exportant l’intégralité de ses données, et s’en sert dans la négociation.',
    'component.innovative-financing.title': 'Financements innovants',
    'component.innovative-financing.summary':
      'Les financements qui s’ajoutent au budget de l’éducation et aux subventions classiques : fonds de service universel, tarifs préférentiels pour les établissements, partenariats public-privé, financements mixtes ou fondés sur les résultats, et accès gratuit aux contenus éducatifs sans décompte des données mobiles.',
    'question.innovative-financing-universal-service-fund.title':
      'Dans quelle mesure la connectivité des établissements scolaires est-elle financée par des fonds du secteur des télécommunications, comme un fonds de service universel ?',
    'question.innovative-financing-universal-service-fund.help':
      'De nombreux pays imposent aux opérateurs de télécommunications de verser une part de leur chiffre d’affaires à un fonds de service universel (ou d’acquitter une contribution comparable) destiné à étendre les réseaux aux zones mal desservies ; le raccordement des écoles en est un usage courant. Un pays qui ne dispose d’aucun fonds ni prélèvement de ce type se situe au niveau 1.',
    'question.innovative-financing-universal-service-fund.level.1':
      'Aucun fonds du secteur des télécommunications ne finance la connectivité des établissements : le pays n’a ni fonds de service universel ni prélèvement comparable, ou son fonds ne finance aucun raccordement d’établissement.',
    'question.innovative-financing-universal-service-fund.level.2':
      'Le fonds a financé le raccordement d’établissements dans le cadre de projets ponctuels ou pilotes, sans engagement de poursuivre.',
    'question.innovative-financing-universal-service-fund.level.3':
      'Chaque année, le programme publié du fonds réserve à la connectivité scolaire une enveloppe qui finance le raccordement de nouveaux établissements inscrits au plan national de connectivité ; le montant est arrêté d’une année sur l’autre.',
    'question.innovative-financing-universal-service-fund.level.4':
      'Un engagement pluriannuel, inscrit au programme publié du fonds, couvre à la fois les nouveaux raccordements et les coûts de fonctionnement du plan de connectivité scolaire (abonnements, maintenance) ; les montants sont décaissés comme prévu et font l’objet d’un compte rendu annuel.',
    'question.innovative-financing-mechanisms.title':
      'Au-delà du budget de l’éducation et des subventions des bailleurs, quels mécanismes de financement soutiennent le numérique éducatif ?',
    'question.innovative-financing-mechanisms.help':
      'Aux États-Unis, le programme E-Rate accorde aux écoles et aux bibliothèques des réductions sur leur connexion, financées par un prélèvement sur les opérateurs de télécommunications. Le financement mixte associe des fonds publics ou philanthropiques à des investissements commerciaux. Le financement fondé sur les résultats, comme les obligations à impact, ne rémunère que l’atteinte de résultats convenus à l’avance.',
    'question.innovative-financing-mechanisms.level.1':
      'Le numérique éducatif dépend entièrement du budget de l’éducation et des subventions des bailleurs ; aucun autre mécanisme n’a été étudié.',
    'question.innovative-financing-mechanisms.level.2':
      'D’autres mécanismes ont été envisagés ou essayés une fois, comme un don au titre de la responsabilité sociale d’une entreprise ou un projet pilote avec un opérateur de télécommunications, mais aucun cadre ne permet de les reproduire ou de les étendre.',
    'question.innovative-financing-mechanisms.level.3':
      'Au moins un mécanisme autre que le budget et les subventions est utilisé régulièrement dans un cadre écrit, comme des tarifs de connexion préférentiels pour les établissements, un partenariat public-privé ou un financement mixte avec une banque de développement.',
    'question.innovative-financing-mechanisms.level.4':
      'Plusieurs mécanismes sont utilisés régulièrement, chacun choisi pour ce qu’il finance le mieux (par exemple le financement fondé sur les résultats lorsque ceux-ci sont mesurables, les partenariats public-privé pour les réseaux), et leurs coûts et leurs résultats sont comparés à ceux d’un financement public direct.',
    'question.innovative-financing-zero-rating.title':
      'Les élèves peuvent-ils accéder aux contenus éducatifs sans payer de données mobiles ?',
    'question.innovative-financing-zero-rating.help':
      'La gratuité des données (« zero-rating ») signifie que la consultation de certains sites ou applications n’est pas décomptée du forfait de données mobiles de l’utilisateur ; le coût est pris en charge par les opérateurs, l’État ou les fournisseurs de contenus.',
    'question.innovative-financing-zero-rating.level.1':
      'Non : les élèves paient toutes les données qu’ils utilisent pour accéder aux plateformes et aux contenus éducatifs.',
    'question.innovative-financing-zero-rating.level.2':
      'La gratuité des données a été obtenue auprès de certains opérateurs pour une durée limitée, par exemple pendant la fermeture des écoles, ou ne couvre que certaines plateformes ; elle a pris fin ou n’est pas suivie.',
    'question.innovative-financing-zero-rating.level.3':
      'Des accords permanents avec les principaux opérateurs mobiles rendent gratuit l’accès à la plateforme nationale d’apprentissage et aux autres sites éducatifs agréés.',
    'question.innovative-financing-zero-rating.level.4':
      'Des accords permanents avec tous les principaux opérateurs couvrent la plateforme nationale et les sites agréés ; l’utilisation est suivie, la liste des sites est mise à jour au gré de l’évolution des contenus, et des règles empêchent que le dispositif favorise certains services commerciaux.',
    'pillar.capacity-culture.title': 'Capacité et culture',
    'pillar.capacity-culture.summary':
      'Les compétences des enseignants, des chefs d’établissement, des cadres du ministère et des apprenants pour tirer parti du numérique, et une culture professionnelle favorable au changement.',
    'component.teacher-competencies.title': 'Compétences numériques et en IA des enseignants',
    'component.teacher-competencies.summary':
      'Un référentiel national des compétences numériques et en IA attendues des enseignants, une formation initiale qui les développe, et une formation continue qui touche les enseignants en poste sous une forme propre à faire évoluer les pratiques de classe.',
    'question.teacher-competencies-framework.title':
      'Où en est le référentiel national des compétences numériques et en IA attendues des enseignants ?',
    'question.teacher-competencies-framework.help':
      'Un référentiel de compétences décrit ce que les enseignants doivent savoir et savoir faire, en général selon plusieurs niveaux de maîtrise. De nombreux pays adaptent un modèle international : le référentiel de compétences TIC pour les enseignants de l’UNESCO, le cadre européen DigCompEdu ou le référentiel de compétences en IA pour les enseignants publié par l’UNESCO en 2024, qui comprend cinq dimensions (état d’esprit centré sur l’humain, éthique de l’IA, fondements et applications de l’IA, pédagogie de l’IA, IA au service du développement professionnel) et trois niveaux (acquérir, approfondir, créer). Éléments de preuve : le texte adopté, ainsi que les programmes de formation ou les normes professionnelles qui y renvoient.',
    'question.teacher-competencies-framework.level.1':
      'Aucun texte national ne définit les compétences numériques attendues des enseignants ; chaque organisme de formation fixe lui-même ses contenus.',
    'question.teacher-competencies-framework.level.2':
      'Un référentiel a été rédigé ou adapté d’un modèle international, mais il ne sert encore ni à concevoir les programmes de formation ni à évaluer les enseignants, ou bien il se limite aux compétences numériques de base.',
    'question.teacher-competencies-framework.level.3':
      'Un référentiel officiellement adopté couvre à la fois les compétences numériques et les compétences en IA, et sert de base à la conception des programmes de formation initiale et continue.',
    'question.teacher-competencies-framework.level.4':
      'Le référentiel définit des niveaux de progression, sert à l’autopositionnement des enseignants, à la certification et à l’avancement de carrière, et a été révisé au cours des cinq dernières années pour tenir compte de l’IA générative.',
    'question.teacher-competencies-pre-service.title':
      'Quelle place les compétences numériques et en IA occupent-elles dans la formation initiale des enseignants ?',
    'question.teacher-competencies-pre-service.help':
      'La formation initiale est celle que reçoivent les futurs enseignants avant leur prise de fonction, dans les écoles normales, les instituts de formation ou les universités. Répondez pour la majorité des enseignants qui entrent dans le métier.',
    'question.teacher-competencies-pre-service.option.not-covered':
      'Elles ne sont pas abordées, ou seulement sous la forme d’une initiation à l’informatique',
    'question.teacher-competencies-pre-service.option.some-institutions':
      'Elles sont abordées dans certains établissements de formation, ou dans un cours optionnel',
    'question.teacher-competencies-pre-service.option.compulsory-course':
      'Un cours obligatoire sur l’enseignement avec le numérique est dispensé dans tous les établissements de formation des enseignants',
    'question.teacher-competencies-pre-service.option.integrated-assessed':
      'Elles sont intégrées à la didactique de chaque discipline et aux stages en classe, et évaluées pour l’obtention du diplôme d’enseignant',
    'question.teacher-competencies-training-reach.title':
      'Quelle proportion des enseignants en poste a été formée à l’enseignement avec le numérique au cours des trois dernières années ?',
    'question.teacher-competencies-training-reach.help':
      'Comptez les formations portant sur l’usage du numérique pour enseigner et faire apprendre, et pas seulement sur la maîtrise de l’outil informatique, en ne comptant chaque enseignant qu’une fois, quel que soit le nombre de formations suivies. Éléments de preuve : registres de la formation continue, fichier de gestion des enseignants ou enquête auprès des enseignants.',
    'question.teacher-competencies-training-reach.level.1':
      'Aucun registre ne permet de savoir combien d’enseignants ont été formés, ou moins de 25 % des enseignants en poste l’ont été au cours des trois dernières années.',
    'question.teacher-competencies-training-reach.level.2':
      'Les registres de formation ou une enquête montrent qu’entre 25 % et 49 % des enseignants en poste ont été formés au cours des trois dernières années.',
    'question.teacher-competencies-training-reach.level.3':
      'Les registres de formation ou une enquête montrent qu’entre 50 % et 79 % des enseignants en poste ont été formés au cours des trois dernières années.',
    'question.teacher-competencies-training-reach.level.4':
      'Les registres de formation montrent que 80 % ou plus des enseignants en poste ont été formés au cours des trois dernières années, et cette proportion est actualisée chaque année pour chaque région.',
    'question.teacher-competencies-training-model.title':
      'Sous quelle forme la formation continue des enseignants à la pédagogie numérique se déroule-t-elle le plus souvent ?',
    'question.teacher-competencies-training-model.help':
      'Répondez pour la formation que reçoivent la plupart des enseignants en poste. L’accompagnement consiste, pour une personne formée (conseiller pédagogique, enseignant référent), à observer les séances d’un enseignant puis à en discuter avec lui. La formation de proximité se déroule dans l’établissement de l’enseignant ou dans un réseau d’établissements voisins.',
    'question.teacher-competencies-training-model.level.1':
      'Il n’existe pas de formation continue à l’enseignement avec le numérique, ou seulement des séances ponctuelles, consacrées le plus souvent à la prise en main des équipements lors de leur livraison.',
    'question.teacher-competencies-training-model.level.2':
      'Les enseignants peuvent suivre des ateliers ou des cours en ligne sur l’usage des outils numériques, hors de leur classe, sans suivi une fois la formation terminée.',
    'question.teacher-competencies-training-model.level.3':
      'La formation s’étale sur l’année scolaire : les modules alternent avec des mises en pratique dans la classe de chaque enseignant, et chacun bénéficie d’au moins une visite de suivi ou une séance d’accompagnement sur cette pratique.',
    'question.teacher-competencies-training-model.level.4':
      'La formation est continue et de proximité : en complément des modules, un accompagnateur formé, dans chaque établissement ou réseau d’établissements, observe des séances et fait des retours tout au long de l’année, et le suivi ainsi consigné est examiné chaque année pour ajuster le programme.',
    'component.leadership-capacity.title': 'Pilotage du changement numérique',
    'component.leadership-capacity.summary':
      'Des chefs d’établissement préparés à conduire le changement numérique dans leur établissement, et des agents du ministère, au niveau central comme dans les régions, qui ont les compétences et le temps nécessaires pour planifier et gérer les programmes de numérique éducatif.',
    'question.leadership-capacity-school-leaders.title':
      'Les chefs d’établissement sont-ils préparés à conduire l’usage du numérique dans leur établissement ?',
    'question.leadership-capacity-school-leaders.help':
      'SELFIE est un outil gratuit d’autoévaluation proposé par la Commission européenne : chefs d’établissement, enseignants et élèves y répondent anonymement sur l’usage du numérique dans leur établissement. Éléments de preuve : le programme de formation des chefs d’établissement et un échantillon de projets d’établissement.',
    'question.leadership-capacity-school-leaders.level.1':
      'Les chefs d’établissement ne reçoivent aucune préparation dans ce domaine ; l’usage du numérique dépend de l’initiative de quelques enseignants.',
    'question.leadership-capacity-school-leaders.level.2':
      'Certains chefs d’établissement ont participé à des séances de sensibilisation ; une minorité d’établissements dispose d’un plan numérique, rédigé le plus souvent pour un projet ou un bailleur.',
    'question.leadership-capacity-school-leaders.level.3':
      'La conduite du changement numérique fait partie de la formation obligatoire des chefs d’établissement, et la plupart des établissements intègrent des priorités numériques à leur projet d’établissement.',
    'question.leadership-capacity-school-leaders.level.4':
      'Chaque année, les chefs d’établissement font le point sur les pratiques numériques de l’établissement avec les équipes et les élèves (par exemple à l’aide d’un outil d’autoévaluation comme SELFIE), en tirent des priorités et sont accompagnés par les inspecteurs ou par des réseaux de pairs.',
    'question.leadership-capacity-ministry-staff.title':
      'Dans quelle mesure les agents du ministère sont-ils en capacité de conduire les programmes de numérique éducatif ?',
    'question.leadership-capacity-ministry-staff.help':
      'On entend ici par capacité des agents qui disposent à la fois des compétences (planification, passation des marchés, suivi, analyse de données) et d’un temps de travail consacré au numérique éducatif, au niveau central comme dans les régions. La question de savoir qui pilote le numérique éducatif au sein du ministère relève du pilier Coordination et leadership.',
    'question.leadership-capacity-ministry-staff.level.1':
      'Aucun agent du ministère n’a le numérique éducatif dans ses attributions ; les programmes sont conçus et conduits par des consultants ou par le personnel des partenaires.',
    'question.leadership-capacity-ministry-staff.level.2':
      'Quelques agents du niveau central suivent le numérique éducatif en plus d’autres tâches, sans formation spécifique ; la planification et les achats reposent encore sur des consultants rémunérés par des projets, et aucune personne n’en est chargée dans les directions régionales.',
    'question.leadership-capacity-ministry-staff.level.3':
      'Des agents du niveau central et au moins un agent dans chaque région ont le numérique éducatif inscrit dans leur fiche de poste, avec un temps de travail qui lui est réservé, et ont été formés à la planification, aux achats et au suivi ; il n’est fait appel à des consultants que pour des tâches spécialisées.',
    'question.leadership-capacity-ministry-staff.level.4':
      'En outre, un plan de développement des compétences de ces agents centraux et régionaux est revu chaque année, la rotation sur les postes clés est suivie, et ce sont les agents du ministère qui préparent eux-mêmes les plans, les dossiers d’appel d’offres et les rapports de suivi de ses grands programmes de numérique éducatif.',
    'component.learner-digital-skills.title': 'Compétences numériques et en IA des apprenants',
    'component.learner-digital-skills.summary':
      'Les compétences numériques et en IA que les apprenants doivent acquérir, l’apprentissage d’un usage sûr et responsable d’internet, l’attention portée à leur bien-être numérique, et la mesure de ce qu’ils maîtrisent réellement.',
    'question.learner-digital-skills-framework.title':
      'Les compétences numériques et en IA attendues des apprenants sont-elles définies pour chaque étape de la scolarité ?',
    'question.learner-digital-skills-framework.help':
      'Le référentiel de compétences en IA pour les élèves publié par l’UNESCO en 2024 comprend quatre dimensions (état d’esprit centré sur l’humain, éthique de l’IA, techniques et applications de l’IA, conception de systèmes d’IA) et trois niveaux de progression (comprendre, appliquer, créer). Un référentiel national de compétences numériques peut aussi s’inspirer de modèles comme le cadre européen DigComp. Éléments de preuve : le référentiel adopté ou les résultats d’apprentissage fixés dans les programmes.',
    'question.learner-digital-skills-framework.level.1':
      'Aucun texte ne précise les compétences numériques que les élèves doivent avoir acquises à chaque étape ; là où l’informatique est enseignée, elle se limite à l’usage des logiciels de bureautique.',
    'question.learner-digital-skills-framework.level.2':
      'Des compétences attendues sont définies pour certains niveaux, en général le secondaire seulement, sans aborder l’IA, l’éducation aux médias et à l’information ni la sécurité en ligne.',
    'question.learner-digital-skills-framework.level.3':
      'Un référentiel national fixe les compétences numériques attendues à chaque étape, du primaire au second cycle du secondaire, y compris l’éducation aux médias et à l’information, la sécurité en ligne et une première compréhension du fonctionnement de l’IA.',
    'question.learner-digital-skills-framework.level.4':
      'Le référentiel définit en outre des compétences en IA qui progressent de la compréhension à l’application puis à la création, selon les dimensions du référentiel de l’UNESCO pour les élèves, et il est révisé selon un calendrier établi.',
    'question.learner-digital-skills-online-safety.title':
      'Apprend-on aux élèves à se protéger en ligne ?',
    'question.learner-digital-skills-online-safety.level.1':
      'La sécurité en ligne n’est pas enseignée ; les incidents (cyberharcèlement, exposition à des contenus préjudiciables) sont traités, le cas échéant, comme de simples questions de discipline.',
    'question.learner-digital-skills-online-safety.level.2':
      'Des campagnes de sensibilisation ou des interventions d’associations touchent certains établissements, sans place dans l’emploi du temps ni enseignants formés.',
    'question.learner-digital-skills-online-safety.level.3':
      'La citoyenneté numérique (protection de la vie privée, cyberharcèlement, vérification de l’information, respect d’autrui en ligne) figure au programme à chaque étape, avec des supports pédagogiques, et les établissements disposent d’une procédure de signalement des incidents en ligne.',
    'question.learner-digital-skills-online-safety.level.4':
      'L’enseignement est actualisé à mesure qu’apparaissent de nouveaux risques, notamment les contenus générés par l’IA et les hypertrucages ; les établissements travaillent avec les familles et les services de protection de l’enfance, et les données sur les incidents sont recueillies et servent à ajuster la prévention.',
    'question.learner-digital-skills-measurement.title':
      'Mesure-t-on les compétences numériques réellement acquises par les élèves ?',
    'question.learner-digital-skills-measurement.help':
      'ICILS (International Computer and Information Literacy Study) est une enquête de l’IEA qui évalue la capacité des élèves de huitième année de scolarité à utiliser l’ordinateur pour rechercher, produire et communiquer de l’information. L’indicateur 4.4.1 des ODD sur les compétences en TIC des jeunes et des adultes repose sur des activités déclarées et ne remplace pas un test de compétences.',
    'question.learner-digital-skills-measurement.level.1':
      'Les compétences numériques des élèves ne sont pas mesurées, hormis les notes en informatique là où cette matière existe.',
    'question.learner-digital-skills-measurement.level.2':
      'Les compétences numériques ont été mesurées une fois, dans le cadre d’une étude ou d’une enquête limitée à certaines régions ou à certains niveaux, sans que les résultats soient exploités.',
    'question.learner-digital-skills-measurement.level.3':
      'Une évaluation nationale ou une enquête internationale (comme ICILS) mesure les compétences numériques sur un échantillon représentatif au moins tous les cinq ans, avec des résultats ventilés par sexe, milieu et type d’établissement.',
    'question.learner-digital-skills-measurement.level.4':
      'Des mesures régulières, qui portent aussi sur les compétences en IA, permettent de suivre les évolutions dans le temps ; les résultats servent à réviser les programmes et la formation des enseignants et à cibler l’appui sur les groupes en retard.',
    'question.learner-digital-skills-well-being.title':
      'Comment le bien-être numérique des élèves est-il pris en compte à l’école ?',
    'question.learner-digital-skills-well-being.help':
      'Le bien-être numérique concerne les effets des usages numériques sur la santé et les relations des élèves : équilibre du temps d’écran, sommeil, usage problématique des réseaux sociaux ou des jeux, cyberharcèlement et détresse qu’il provoque. Il se distingue de la sécurité en ligne, objet d’une autre question, qui porte sur l’apprentissage des moyens de se protéger et d’agir de manière responsable en ligne.',
    'question.learner-digital-skills-well-being.level.1':
      'Les établissements ne disposent d’aucune recommandation sur un usage sain du numérique, et les difficultés des élèves qui y sont liées, comme l’usage excessif ou le cyberharcèlement, sont laissées à l’appréciation de chaque membre du personnel.',
    'question.learner-digital-skills-well-being.level.2':
      'Des recommandations ou des campagnes sur le temps d’écran et l’usage sain du numérique, émanant du ministère, du ministère de la Santé ou d’associations, touchent certains établissements, mais ceux-ci n’ont pas de procédure établie pour accompagner un élève victime de cyberharcèlement ou en difficulté face à ses usages numériques.',
    'question.learner-digital-skills-well-being.level.3':
      'Des recommandations nationales sur un usage sain du numérique selon l’âge (temps d’écran, sommeil, pauses sans écran) sont diffusées à tous les établissements, et chaque établissement dispose d’une personne référente et d’une procédure pour accompagner les élèves victimes de cyberharcèlement ou en difficulté face à leurs usages numériques, y compris en les orientant vers un soutien psychologique ou des services de santé.',
    'question.learner-digital-skills-well-being.level.4':
      'En outre, une enquête nationale menée à intervalles réguliers auprès des élèves mesure leur bien-être numérique (par exemple l’usage problématique des réseaux sociaux, le sommeil, l’expérience du cyberharcèlement), et les recommandations comme les procédures des établissements sont réexaminées après chaque édition à la lumière des résultats.',
    'component.digital-culture.title': 'Culture numérique et communautés',
    'component.digital-culture.summary':
      'Des enseignants qui apprennent les uns des autres, une innovation reconnue, et des parents et des communautés associés à l’usage du numérique à l’école.',
    'question.digital-culture-peer-learning.title':
      'Les enseignants apprennent-ils les uns des autres en matière de pédagogie numérique ?',
    'question.digital-culture-peer-learning.help':
      'Une communauté de pratique rassemble des enseignants qui se retrouvent régulièrement, en présentiel ou à distance, pour traiter ensemble des problèmes pédagogiques communs et améliorer leurs pratiques. Éléments de preuve : le nombre de groupes actifs et de membres, et l’existence d’un temps réservé dans le service des enseignants.',
    'question.digital-culture-peer-learning.level.1':
      'Les enseignants qui utilisent le numérique travaillent seuls ; les échanges, quand ils existent, passent par des groupes de messagerie informels.',
    'question.digital-culture-peer-learning.level.2':
      'Des communautés de pratique existent dans quelques circonscriptions, lancées par un projet, une ONG ou les enseignants eux-mêmes, et s’arrêtent en général à la fin du financement ou au départ de leur initiateur.',
    'question.digital-culture-peer-learning.level.3':
      'Des réseaux d’apprentissage entre pairs font partie du dispositif de formation continue dans la plupart des circonscriptions, se réunissent régulièrement à distance ou en présentiel et sont animés par des personnes formées (conseillers pédagogiques, enseignants référents).',
    'question.digital-culture-peer-learning.level.4':
      'Dans tout le pays, les enseignants mettent en commun séquences et ressources sur une plateforme partagée ; les contributions sont relues, les meilleures sont diffusées à l’échelle nationale, et la participation est prise en compte dans l’avancement de carrière.',
    'question.digital-culture-incentives.title':
      'L’innovation avec le numérique est-elle reconnue dans le travail des enseignants et des établissements ?',
    'question.digital-culture-incentives.level.1':
      'Le recours au numérique alourdit la charge de travail sans aucune reconnaissance ; dans certains établissements, les équipements restent sous clé par crainte de casse ou de perte.',
    'question.digital-culture-incentives.level.2':
      'Des concours ou prix ponctuels récompensent quelques enseignants innovants, mais l’évaluation et l’avancement ne tiennent pas compte des pratiques numériques.',
    'question.digital-culture-incentives.level.3':
      'La compétence numérique est prise en compte dans l’évaluation et l’avancement des enseignants, les établissements peuvent dégager du temps pour expérimenter, et les inspecteurs encouragent les expérimentations bien préparées au lieu de les sanctionner.',
    'question.digital-culture-incentives.level.4':
      'Les innovations des établissements sont documentées et évaluées, et celles qui font leurs preuves sont étendues avec l’appui du ministère ; les enquêtes montrent que la plupart des enseignants se sentent soutenus pour essayer de nouvelles approches.',
    'question.digital-culture-families.title':
      'Dans quelle mesure les parents et les communautés sont-ils associés à l’usage que l’école fait du numérique ?',
    'question.digital-culture-families.level.1':
      'Les parents et les communautés n’ont aucune part à l’usage que l’école fait du numérique ; les inquiétudes sur le temps d’écran, le téléphone portable ou la sécurité sont traitées au cas par cas.',
    'question.digital-culture-families.level.2':
      'Les parents sont informés de façon ponctuelle, par exemple lors du lancement d’un programme d’équipement, mais leur avis n’est pas sollicité.',
    'question.digital-culture-families.level.3':
      'Dans la plupart des établissements, les règles d’usage du numérique (téléphones, temps d’écran, sécurité en ligne) sont discutées avec l’association des parents d’élèves ou le comité de gestion de l’école avant leur adoption, et les familles sont informées dans les langues qu’elles parlent.',
    'question.digital-culture-families.level.4':
      'En outre, les parents et les organisations communautaires participent à l’élaboration du plan numérique des établissements et contribuent à l’accompagnement des apprentissages à la maison, par exemple au moyen de séances destinées aux parents ; le ministère recueille régulièrement l’avis des parents par enquête et rend compte des changements apportés en conséquence.',
    'pillar.content-solutions.title': 'Contenu et solutions',
    'pillar.content-solutions.summary':
      'Des programmes, des contenus numériques et des plateformes adaptés aux apprenants du pays, et des solutions choisies au vu de ce qu’elles apportent réellement aux apprentissages.',
    'component.curriculum-integration.title': 'Le numérique dans les programmes et l’évaluation',
    'component.curriculum-integration.summary':
      'La place de la pédagogie numérique dans les programmes disciplinaires et les guides pédagogiques, et le recours aux outils numériques pour évaluer les apprentissages, de la classe jusqu’aux examens nationaux.',
    'question.curriculum-integration-digital-pedagogy.title':
      'Les programmes disciplinaires indiquent-ils comment utiliser le numérique pour enseigner et apprendre ?',
    'question.curriculum-integration-digital-pedagogy.level.1':
      'Les programmes ne mentionnent pas le numérique, ou seulement dans le cadre d’une discipline informatique distincte.',
    'question.curriculum-integration-digital-pedagogy.level.2':
      'Certains programmes récemment révisés proposent des activités numériques, mais les guides pédagogiques, les emplois du temps et les ressources ne suivent pas.',
    'question.curriculum-integration-digital-pedagogy.level.3':
      'Chaque programme disciplinaire révisé au cours du cycle actuel précise les objectifs d’apprentissage auxquels contribuent les outils numériques, et des guides pédagogiques et des ressources correspondants sont fournis.',
    'question.curriculum-integration-digital-pedagogy.level.4':
      'La pédagogie numérique irrigue l’ensemble des programmes et des guides ; les inspecteurs ou les conseillers pédagogiques l’observent en classe, et leurs constats alimentent la révision suivante des programmes.',
    'question.curriculum-integration-digital-assessment.title':
      'Dans quelle mesure l’évaluation des apprentissages fait-elle appel au numérique ?',
    'question.curriculum-integration-digital-assessment.help':
      'L’évaluation formative a lieu pendant les apprentissages et sert à ajuster l’enseignement, à la différence des examens de fin de cycle. Une banque d’items est un ensemble catalogué de questions d’évaluation de difficulté connue, à partir duquel on peut composer des épreuves. La correction sur écran consiste, pour les correcteurs, à noter sur ordinateur des copies numérisées ou saisies. L’évaluation des compétences numériques des élèves fait l’objet d’une question du pilier Capacité et culture.',
    'question.curriculum-integration-digital-assessment.level.1':
      'L’évaluation en classe et les examens se font entièrement sur papier, et le ministère ne fournit ni ne recommande aucun outil numérique d’évaluation.',
    'question.curriculum-integration-digital-assessment.level.2':
      'Des outils numériques d’évaluation formative (questionnaires en ligne, banques d’items, applications de notation) sont utilisés dans des établissements pilotes ou par des enseignants de leur propre initiative ; les évaluations nationales et les examens restent entièrement sur papier.',
    'question.curriculum-integration-digital-assessment.level.3':
      'Dans la plupart des établissements, les enseignants disposent d’outils numériques d’évaluation formative fournis ou agréés par le ministère, et au moins une évaluation nationale ou un examen se passe sur écran dans des centres équipés ou est corrigé sur écran.',
    'question.curriculum-integration-digital-assessment.level.4':
      'La quasi-totalité des établissements utilise des outils numériques d’évaluation formative fournis ou agréés par le ministère ; les évaluations nationales et les examens de fin de chaque grande étape de la scolarité se passent ou sont corrigés sur écran, à partir d’une banque d’items tenue à jour, avec des modalités équivalentes pour les centres privés d’électricité fiable ; les résultats parviennent aux établissements dans les semaines qui suivent chaque session.',
    'component.digital-content.title': 'Contenus pédagogiques numériques',
    'component.digital-content.summary':
      'Des ressources numériques qui couvrent les programmes nationaux, existent dans les langues des apprenants, sont réutilisables et adaptables, et sont accessibles aux apprenants en situation de handicap.',
    'question.digital-content-coverage.title':
      'Quelle part des programmes nationaux est couverte par des contenus numériques conformes ?',
    'question.digital-content-coverage.help':
      'Un contenu conforme suit les objectifs et la progression des programmes nationaux pour une discipline et un niveau donnés. Les langues dans lesquelles les contenus existent font l’objet de la question suivante.',
    'question.digital-content-coverage.level.1':
      'Peu de contenus numériques, voire aucun, correspondent aux programmes nationaux ; les enseignants s’appuient sur des ressources conçues pour les programmes d’autres pays.',
    'question.digital-content-coverage.level.2':
      'Des contenus conformes existent pour certaines disciplines et certains niveaux, le plus souvent les mathématiques et les sciences au secondaire, produits par des projets ou des éditeurs sans validation par l’instance chargée des programmes.',
    'question.digital-content-coverage.level.3':
      'Des contenus conformes couvrent les disciplines fondamentales de toutes les années de l’éducation de base, et l’instance chargée des programmes en vérifie l’exactitude et la conformité avant publication.',
    'question.digital-content-coverage.level.4':
      'Des contenus vérifiés par l’instance chargée des programmes couvrent toutes les disciplines et toutes les années, de l’école primaire à la fin du secondaire, et sont mis à jour à chaque révision des programmes ; une cartographie des objectifs des programmes et des ressources disponibles est tenue à jour et sert à planifier les productions suivantes.',
    'question.digital-content-languages.title':
      'Dans quelles langues les contenus pédagogiques numériques sont-ils disponibles ?',
    'question.digital-content-languages.help':
      'Les langues d’enseignement sont celles dans lesquelles les disciplines sont enseignées dans les établissements du pays, y compris les langues nationales ou locales utilisées dans les premières années lorsque les programmes le prévoient. La langue des signes désigne la langue des signes nationale pratiquée par les apprenants sourds.',
    'question.digital-content-languages.level.1':
      'Les contenus numériques n’existent que dans une langue étrangère, ou dans une langue officielle que beaucoup d’apprenants ne comprennent pas.',
    'question.digital-content-languages.level.2':
      'Des contenus existent dans la principale langue d’enseignement ; les autres langues d’enseignement ne disposent que de ressources isolées, produites par des projets ou des ONG.',
    'question.digital-content-languages.level.3':
      'Des contenus essentiels existent dans chaque langue d’enseignement, y compris les langues nationales ou locales utilisées dans les premières années, et une partie d’entre eux existe en langue des signes nationale.',
    'question.digital-content-languages.level.4':
      'Des contenus essentiels existent dans chaque langue d’enseignement pour toutes les années où cette langue est utilisée, et en langue des signes nationale pour toutes les années de l’éducation de base ; les langues parlées par les apprenants à la maison sont recensées, et le plan de production fixe des échéances pour les langues encore manquantes.',
    'question.digital-content-open-licensing.title':
      'À quelles conditions les contenus numériques financés sur fonds publics sont-ils mis à disposition ?',
    'question.digital-content-open-licensing.help':
      'Les ressources éducatives libres (REL) sont des supports d’apprentissage diffusés sous une licence ouverte, par exemple Creative Commons, qui permet à chacun de les réutiliser, de les adapter et de les partager. Les États membres de l’UNESCO ont adopté une Recommandation sur les REL en 2019.',
    'question.digital-content-open-licensing.option.rights-unclear':
      'Aucune règle : les droits sont flous ou restent au producteur',
    'question.digital-content-open-licensing.option.free-to-use':
      'Utilisation gratuite sur les plateformes du ministère, sans droit de copier, d’adapter ni de partager',
    'question.digital-content-open-licensing.option.open-policy':
      'Une politique impose leur diffusion sous licence ouverte, et les nouveaux contenus la respectent',
    'question.digital-content-open-licensing.option.open-practice':
      'Ils sont publiés comme ressources éducatives libres dans un dépôt public, où les enseignants les adaptent et les republient',
    'question.digital-content-accessibility.title':
      'Les contenus numériques sont-ils accessibles aux apprenants en situation de handicap ?',
    'question.digital-content-accessibility.help':
      'Les Règles pour l’accessibilité des contenus Web (WCAG) du W3C constituent la norme internationale en la matière ; leur version 2.2 est devenue une recommandation du W3C en octobre 2023. Le niveau AA est celui qu’exigent le plus souvent les lois sur l’accessibilité et les règles d’achat public. Un contenu accessible fonctionne avec les lecteurs d’écran, propose des sous-titres et des transcriptions pour l’audio et la vidéo, et des textes de remplacement pour les images. Les contenus en langue des signes font l’objet de la question sur les langues.',
    'question.digital-content-accessibility.level.1':
      'Aucune exigence d’accessibilité n’existe ; la plupart des contenus ne peuvent pas être utilisés avec un lecteur d’écran et n’ont pas de sous-titres.',
    'question.digital-content-accessibility.level.2':
      'Quelques ressources adaptées (livres audio, fichiers prêts pour le braille, vidéos sous-titrées) sont produites par des établissements spécialisés ou des associations, mais l’accessibilité des contenus ordinaires n’est pas vérifiée.',
    'question.digital-content-accessibility.level.3':
      'Le niveau AA des WCAG 2.2, ou une norme nationale au moins aussi exigeante, est imposé pour toute commande ou tout achat de contenus, et les nouveaux contenus comportent des sous-titres, des textes de remplacement et des formats compatibles avec la synthèse vocale.',
    'question.digital-content-accessibility.level.4':
      'L’ensemble des contenus, y compris les plus anciens, a été vérifié au regard de la norme, avec la participation des apprenants en situation de handicap et de leurs organisations aux tests ; les contenus essentiels existent aussi en version facile à lire et à comprendre (FALC).',
    'component.learning-platforms.title': 'Plateformes et outils d’apprentissage',
    'component.learning-platforms.summary':
      'Des plateformes et des outils réellement utilisés par les établissements, hébergés et maintenus dans la durée, qui fonctionnent avec une connexion faible ou absente, ainsi que la radio, la télévision et le téléphone mobile pour apprendre là où écrans et connexions font défaut.',
    'question.learning-platforms-provision.title':
      'Dans quelle mesure les établissements s’appuient-ils sur une plateforme nationale d’apprentissage que le ministère fait vivre ?',
    'question.learning-platforms-provision.level.1':
      'Il n’existe pas de plateforme nationale ; les établissements qui en utilisent une la choisissent eux-mêmes, souvent un service commercial gratuit, sans accord sur les données ni sur l’assistance.',
    'question.learning-platforms-provision.level.2':
      'Une plateforme nationale existe, souvent créée lors des fermetures d’écoles liées à la COVID-19, mais elle est peu utilisée ou son usage a reculé depuis, et sa maintenance dépend d’un seul contrat ou d’un seul bailleur.',
    'question.learning-platforms-provision.level.3':
      'Une plateforme nationale (environnement numérique de travail, plateforme de formation ou portail de ressources) est hébergée sous le contrôle du ministère, financée sur le budget de fonctionnement, dotée d’un service d’assistance, et utilisée chaque mois par au moins la moitié des établissements secondaires.',
    'question.learning-platforms-provision.level.4':
      'La plupart des enseignants et des apprenants de tous les niveaux utilisent régulièrement les plateformes ; l’usage, la disponibilité et la satisfaction des utilisateurs sont suivis au regard d’objectifs chiffrés, et les améliorations sont livrées selon un calendrier établi.',
    'question.learning-platforms-offline.title':
      'Les apprenants sans connexion fiable peuvent-ils utiliser les plateformes et les contenus ?',
    'question.learning-platforms-offline.help':
      'Le fonctionnement hors ligne signifie que les plateformes et les contenus restent utilisables lorsque la connexion est faible ou absente, par exemple grâce à une application qui enregistre les leçons sur l’appareil ou à un serveur local installé dans l’établissement. L’accès gratuit aux contenus éducatifs par les données mobiles (« zero-rating ») fait l’objet d’une question du pilier Coût et durabilité. Si la quasi-totalité des apprenants dispose d’une connexion fiable à l’école et à domicile, la question est sans objet.',
    'question.learning-platforms-offline.level.1':
      'Les plateformes et les contenus ne fonctionnent qu’en ligne et exigent une connexion rapide ; les apprenants des zones rurales ou sans données mobiles en sont exclus.',
    'question.learning-platforms-offline.level.2':
      'Certains contenus peuvent être téléchargés pour une utilisation hors ligne, mais la plateforme principale exige une connexion permanente.',
    'question.learning-platforms-offline.level.3':
      'Les principales plateformes fonctionnent hors ligne ou en bas débit (applications hors ligne, serveurs locaux dans les établissements, cartes mémoire), si bien que les apprenants peuvent utiliser les contenus essentiels sans connexion permanente.',
    'question.learning-platforms-offline.level.4':
      'Le fonctionnement hors ligne est exigé de toute plateforme acquise, et la progression réalisée hors ligne se synchronise au retour de la connexion ; les solutions sont testées dans des établissements mal connectés avant d’être déployées.',
    'question.learning-platforms-low-tech.title':
      'Quelle place les canaux à faible technicité, comme la radio, la télévision ou les SMS, occupent-ils dans l’offre d’apprentissage ?',
    'question.learning-platforms-low-tech.help':
      'Les canaux à faible technicité touchent les apprenants qui n’ont ni internet ni ordinateur : radio et télévision éducatives, SMS et services vocaux sur téléphones mobiles simples. Le suivi des apprenants consiste à vérifier qu’ils participent et progressent, par exemple au moyen d’appels des enseignants, de questionnaires par téléphone ou de fiches d’exercices ramassées.',
    'question.learning-platforms-low-tech.level.1':
      'Le ministère ne mène ni ne soutient aucun programme d’apprentissage par la radio, la télévision ou le téléphone mobile ; ceux qui existent sont des initiatives de diffuseurs ou d’ONG sans lien avec les programmes scolaires.',
    'question.learning-platforms-low-tech.level.2':
      'Le ministère a diffusé des leçons à la radio ou à la télévision, ou envoyé des messages d’apprentissage par téléphone, lors d’une situation d’urgence comme les fermetures d’écoles liées à la COVID-19 ou dans le cadre de projets de partenaires, mais sans grille de diffusion permanente ni correspondance avec les programmes.',
    'question.learning-platforms-low-tech.level.3':
      'Au moins un canal à faible technicité diffuse des leçons tout au long de l’année scolaire selon une grille publiée, chaque leçon est rattachée aux objectifs des programmes des niveaux visés, et le dispositif est financé dans le plan ou le budget du ministère.',
    'question.learning-platforms-low-tech.level.4':
      'La radio, la télévision et le téléphone mobile s’inscrivent dans un même plan conforme aux programmes, couvrant les disciplines fondamentales de l’éducation de base, avec des grilles publiées et un financement récurrent ; les apprenants font l’objet d’un suivi (appels des enseignants, questionnaires par téléphone ou fiches ramassées), et l’audience ainsi que les acquis sont mesurés chaque année.',
    'component.edtech-evaluation.title': 'Évaluation et sélection des technologies éducatives',
    'component.edtech-evaluation.summary':
      'La manière dont les solutions sont choisies, achetées et contrôlées, et la mesure de leurs effets sur les apprentissages avant toute généralisation.',
    'question.edtech-evaluation-selection.title':
      'Comment les solutions numériques destinées aux établissements sont-elles sélectionnées ?',
    'question.edtech-evaluation-selection.help':
      'Le coût total de possession comprend l’ensemble des coûts sur la durée de vie d’une solution (licences, équipements, connectivité, formation, assistance, mises à jour, fin de vie), et pas seulement le prix d’achat.',
    'question.edtech-evaluation-selection.level.1':
      'Les solutions sont adoptées parce qu’un fournisseur ou un bailleur les propose ; il n’existe ni critères ni examen des données probantes avant leur adoption.',
    'question.edtech-evaluation-selection.level.2':
      'Les règles générales de la commande publique s’appliquent, surtout sur le prix ; la valeur pédagogique, les preuves d’efficacité et la protection des données sont examinées au cas par cas, quand elles le sont.',
    'question.edtech-evaluation-selection.level.3':
      'Un comité d’examen applique des critères publiés (conformité aux programmes, preuves d’effets sur les apprentissages, accessibilité, protection des données, interopérabilité, coût total de possession) avant toute recommandation ou tout achat d’une solution.',
    'question.edtech-evaluation-selection.level.4':
      'Les critères s’appliquent à toutes les solutions, y compris gratuites ou offertes ; un catalogue public recense les solutions retenues avec les résultats de leur examen, et les agréments sont réexaminés à mesure que de nouvelles données probantes apparaissent.',
    'question.edtech-evaluation-impact.title':
      'Les évaluations de leurs effets sur les apprentissages orientent-elles les décisions relatives aux programmes numériques ?',
    'question.edtech-evaluation-impact.help':
      'Si le pays ne mène encore aucun programme numérique en éducation, la question est sans objet.',
    'question.edtech-evaluation-impact.level.1':
      'Les programmes ne sont pas évalués ; leur réussite est exprimée en nombre d’équipements livrés ou de comptes créés.',
    'question.edtech-evaluation-impact.level.2':
      'Certains programmes sont évalués, en général à la demande d’un bailleur, sur l’usage et la satisfaction plutôt que sur les apprentissages.',
    'question.edtech-evaluation-impact.level.3':
      'Les grands programmes prévoient dès leur lancement un plan d’évaluation, avec des mesures des acquis et un groupe de comparaison (méthode aléatoire ou quasi expérimentale), et les résultats sont publiés quels qu’ils soient.',
    'question.edtech-evaluation-impact.level.4':
      'Une part fixe du budget de chaque programme finance son évaluation ; les résultats déterminent si un programme est étendu, remanié ou arrêté, et le ministère conduit un programme de recherche avec les institutions de recherche nationales.',
    'pillar.data-evidence.title': 'Données et preuves',
    'pillar.data-evidence.summary':
      'Des données fiables, à jour et protégées sur les apprenants, les enseignants et les établissements, utilisées pour décider et agir, ainsi que la gouvernance de l’intelligence artificielle dans l’éducation. Avec la connectivité, ce pilier sert d’assise à tous les autres.',
    'component.actionable-insights.title': 'Informations exploitables',
    'component.actionable-insights.summary':
      'Des données transformées en informations utiles aux décideurs à tous les niveaux : tableaux de bord, alerte précoce et statistiques publiées.',
    'question.actionable-insights-decisions.title':
      'Les données de l’éducation sont-elles utilisées pour prendre des décisions aux niveaux central, régional et de l’établissement ?',
    'question.actionable-insights-decisions.level.1':
      'Les données servent à produire l’annuaire statistique et les rapports aux partenaires ; les décisions budgétaires, d’affectation du personnel ou de construction scolaire sont prises sans s’y référer.',
    'question.actionable-insights-decisions.level.2':
      'Les services centraux de planification utilisent les données du recensement scolaire pour certaines décisions, comme l’implantation de salles de classe, mais les directions régionales et les établissements n’en reçoivent que peu de retour, voire aucun.',
    'question.actionable-insights-decisions.level.3':
      'Les responsables centraux et régionaux utilisent des tableaux de bord dont les indicateurs sont actualisés au moins chaque trimestre, et les décisions d’affectation des enseignants et de répartition des moyens reposent sur des analyses documentées.',
    'question.actionable-insights-decisions.level.4':
      'Les établissements, les circonscriptions et le ministère reçoivent chacun des données directement exploitables, sous une forme adaptée ; les décisions et leurs effets sont suivis, et l’exploitation des données figure dans les fiches de poste et la formation des responsables.',
    'question.actionable-insights-early-warning.title':
      'Les données débouchent-elles sur un accompagnement des élèves menacés de décrochage ou en difficulté ?',
    'question.actionable-insights-early-warning.help':
      'Un système d’alerte précoce s’appuie sur des signaux comme l’absentéisme, la baisse des résultats ou le retard scolaire pour repérer les élèves susceptibles de décrocher, afin que l’établissement puisse agir avant qu’ils ne quittent l’école.',
    'question.actionable-insights-early-warning.level.1':
      'Aucun dispositif n’existe ; les élèves à risque sont repérés, le cas échéant, par tel ou tel enseignant.',
    'question.actionable-insights-early-warning.level.2':
      'Un système d’alerte précoce est expérimenté dans quelques circonscriptions ou par une ONG, à partir des absences et des notes consignées sur papier.',
    'question.actionable-insights-early-warning.level.3':
      'Un système d’alerte précoce fondé sur les dossiers individuels des élèves (assiduité, résultats, retard scolaire) signale les élèves à risque aux établissements de la plupart des régions, avec des consignes sur la conduite à tenir.',
    'question.actionable-insights-early-warning.level.4':
      'L’alerte précoce couvre tout le pays et déclenche des mesures d’appui (remédiation, protection sociale, transferts monétaires) ; la fiabilité des alertes et le devenir des élèves signalés font l’objet d’un suivi.',
    'question.actionable-insights-publication.title':
      'Les statistiques de l’éducation sont-elles publiées à l’intention du public, des chercheurs et des partenaires ?',
    'question.actionable-insights-publication.level.1':
      'Les statistiques ne sont pas publiées, ou ne sont communiquées que sur demande adressée au ministère.',
    'question.actionable-insights-publication.level.2':
      'Un annuaire statistique est publié sous forme de document (un PDF, par exemple) avec des tableaux nationaux et régionaux ; les données sous-jacentes ne sont pas accessibles.',
    'question.actionable-insights-publication.level.3':
      'Les principaux indicateurs et des données par établissement sont publiés dans des formats réutilisables (tableur, CSV) avec leurs définitions, et les chercheurs peuvent obtenir des données anonymisées selon une procédure établie.',
    'question.actionable-insights-publication.level.4':
      'Un portail de données ouvertes propose des données documentées par établissement, mises à jour chaque année ; des données individuelles anonymisées sont partagées avec les chercheurs dans le cadre de conventions, et le ministère publie ses propres analyses.',
    'component.systems-integration.title': 'Intégration des systèmes',
    'component.systems-integration.summary':
      'Une architecture du SIGE dans laquelle les données sur les établissements, les enseignants et les élèves partagent des identifiants uniques, et des systèmes d’information de l’éducation qui échangent leurs données selon des normes ouvertes et des interfaces convenues.',
    'question.systems-integration-emis-architecture.title':
      'Comment le système d’information pour la gestion de l’éducation (SIGE) est-il organisé ?',
    'question.systems-integration-emis-architecture.help':
      'Le SIGE désigne l’ensemble des personnes, des procédures et des logiciels qui recueillent, stockent, traitent et diffusent les données sur les établissements, les élèves, les enseignants, les finances et les résultats. Un identifiant unique est un code attribué à chaque établissement, enseignant ou élève, qui reste le même d’un système et d’une année à l’autre, ce qui permet de relier les données sans se fier aux noms.',
    'question.systems-integration-emis-architecture.level.1':
      'Les données sont recueillies au moyen de questionnaires papier ou de tableurs distincts tenus par chaque direction ; il n’existe pas de base de données centrale.',
    'question.systems-integration-emis-architecture.level.2':
      'Une base centrale contient le recensement scolaire annuel au niveau de l’établissement, mais les données sur le personnel, les examens et les finances relèvent de systèmes distincts qui ne communiquent pas ; seuls les établissements ont un code.',
    'question.systems-integration-emis-architecture.level.3':
      'Le SIGE contient des dossiers sur les établissements, les enseignants et les élèves, dotés d’identifiants uniques qui relient les principaux sous-systèmes (recensement, ressources humaines, examens).',
    'question.systems-integration-emis-architecture.level.4':
      'Un SIGE intégré, reposant sur une architecture documentée, relie tous les sous-systèmes de l’éducation, conserve l’identifiant de chaque élève tout au long de sa scolarité et échange des données de manière sécurisée avec d’autres systèmes publics (état civil, santé, protection sociale, finances).',
    'question.systems-integration-interoperability.title':
      'Comment les systèmes d’information de l’éducation échangent-ils des données entre eux ?',
    'question.systems-integration-interoperability.help':
      'Les systèmes d’information de l’éducation désignent ici le SIGE, les plateformes d’apprentissage, les systèmes de gestion des examens, ainsi que les systèmes de ressources humaines, de paie et de finances qui contiennent des données sur l’éducation. L’interopérabilité est leur capacité à échanger des données sans ressaisie. Les normes ouvertes sont des spécifications publiées que tout fournisseur peut mettre en œuvre, comme LTI et xAPI pour les plateformes d’apprentissage. Une interface de programmation (API) permet à un système d’obtenir automatiquement des données d’un autre système, sans export manuel de fichiers.',
    'question.systems-integration-interoperability.level.1':
      'Chaque système applique ses propres formats, nomenclatures et comptes ; faire passer des données d’un système à l’autre oblige à les ressaisir.',
    'question.systems-integration-interoperability.level.2':
      'Certaines données s’échangent par fichiers exportés, au gré d’arrangements ponctuels ; les nomenclatures (établissements, disciplines, localités) diffèrent d’un système à l’autre, et aucune norme n’est imposée aux fournisseurs.',
    'question.systems-integration-interoperability.level.3':
      'Le ministère a adopté un dictionnaire de données, des nomenclatures communes et des spécifications d’interface fondées sur des normes ouvertes, et les impose dans ses contrats ; le SIGE et les systèmes de gestion des examens et des ressources humaines échangent des données selon ces règles.',
    'question.systems-integration-interoperability.level.4':
      'Tous les principaux systèmes d’information de l’éducation, y compris les plateformes d’apprentissage et les systèmes financiers, échangent automatiquement des données par des interfaces documentées et sécurisées (API) conformes aux normes adoptées ; une instance de gouvernance des données tient ces normes à jour, et la conformité de tout nouveau système est testée avant son raccordement.',
    'question.systems-integration-emis-platform.title':
      'Quelles plateformes de SIGE le ministère utilise-t-il ?',
    'question.systems-integration-emis-platform.help':
      'Par exemple : un système développé en interne, une plateforme libre comme OpenEMIS ou DHIS2 adaptée à l’éducation, ou un produit commercial. Précisez les principaux modules utilisés, qui en assure le développement et la maintenance, et si le ministère héberge lui-même le système.',
    'component.quality-coverage.title': 'Qualité et couverture',
    'component.quality-coverage.summary':
      'Des données tirées des registres des établissements, disponibles peu après la collecte, couvrant tous les établissements, y compris ceux qui ne relèvent pas de l’État, vérifiées au regard d’autres sources et ventilées pour révéler les inégalités.',
    'question.quality-coverage-collection.title':
      'Comment les données des établissements sont-elles recueillies pour le SIGE ?',
    'question.quality-coverage-collection.help':
      'Un logiciel de gestion scolaire est un outil dans lequel l’établissement tient ses propres registres : inscriptions, assiduité, personnel et notes. Le délai de mise à disposition des données fait l’objet de la question suivante.',
    'question.quality-coverage-collection.level.1':
      'Les établissements remplissent des questionnaires papier, saisis ensuite au niveau de la circonscription ou au niveau central.',
    'question.quality-coverage-collection.level.2':
      'Les établissements ou les circonscriptions saisissent le recensement dans un formulaire électronique ou un tableur, mais les chiffres sont recopiés à la main à partir de registres tenus sur papier.',
    'question.quality-coverage-collection.level.3':
      'La plupart des établissements tiennent leurs registres d’inscriptions, d’assiduité et du personnel dans un logiciel de gestion scolaire, et leurs réponses au recensement en sont tirées sans ressaisie.',
    'question.quality-coverage-collection.level.4':
      'La quasi-totalité des établissements tient des registres numériques qui alimentent directement le SIGE, si bien qu’aucun questionnaire de recensement distinct n’est nécessaire ; les établissements utilisent ces mêmes registres pour leur propre gestion, par exemple pour le suivi des absences.',
    'question.quality-coverage-timeliness.title':
      'Dans quel délai après la collecte les résultats du recensement scolaire sont-ils mis à la disposition des utilisateurs ?',
    'question.quality-coverage-timeliness.help':
      'Comptez de la fin de la collecte au jour où les résultats validés parviennent aux services de planification, aux directions régionales et aux établissements, dans le SIGE, sur des tableaux de bord ou dans une publication. Si la collecte est continue, répondez pour les chiffres dont la plupart des utilisateurs ont besoin.',
    'question.quality-coverage-timeliness.option.over-twelve-months':
      'Plus de douze mois après la collecte, ou les résultats ne sont pas mis à la disposition des utilisateurs',
    'question.quality-coverage-timeliness.option.within-twelve-months':
      'Dans les douze mois, mais au-delà de six mois',
    'question.quality-coverage-timeliness.option.within-six-months':
      'Dans les six mois, mais au-delà d’un mois',
    'question.quality-coverage-timeliness.option.within-one-month':
      'Dans le mois qui suit la collecte, ou en continu à mesure que les registres des établissements sont mis à jour',
    'question.quality-coverage-completeness.title':
      'Dans quelle mesure le recensement scolaire couvre-t-il l’ensemble des établissements, y compris ceux qui ne relèvent pas de l’État ?',
    'question.quality-coverage-completeness.help':
      'Les établissements qui ne relèvent pas de l’État sont les établissements privés, communautaires, confessionnels ou gérés par des ONG. Le répertoire des établissements est la liste officielle de tous les établissements, avec leur code unique, par rapport à laquelle on compte les réponses au recensement.',
    'question.quality-coverage-completeness.level.1':
      'Le recensement omet une part importante des établissements, souvent privés, communautaires ou confessionnels, et il n’existe pas de répertoire des établissements qui permette de dénombrer ceux qui manquent.',
    'question.quality-coverage-completeness.level.2':
      'La quasi-totalité des écoles publiques répond, mais les établissements qui ne relèvent pas de l’État ne sont couverts qu’en partie, et les taux de réponse ne sont pas publiés.',
    'question.quality-coverage-completeness.level.3':
      'Plus de 95 % des établissements publics et des établissements non publics reconnus répondent chaque année, au regard d’un répertoire des établissements tenu à jour, et les taux de réponse sont publiés.',
    'question.quality-coverage-completeness.level.4':
      'La quasi-totalité des établissements, publics ou non, reconnus ou non, répond chaque année ; le répertoire des établissements est rapproché chaque année d’autres sources (collectivités locales, cartographie scolaire) les établissements qui y manquent sont ajoutés ; les taux de réponse sont publiés par type d’établissement.',
    'question.quality-coverage-reliability.title':
      'Les chiffres du SIGE sont-ils vérifiés avant d’être utilisés ?',
    'question.quality-coverage-reliability.help':
      'Le rapprochement consiste à comparer un même chiffre issu de deux sources, par exemple le nombre d’enseignants dans le recensement et dans le fichier de paie, ou les effectifs scolarisés et la population d’âge scolaire.',
    'question.quality-coverage-reliability.level.1':
      'Les chiffres ne sont pas vérifiés : les erreurs ne sont repérées, le cas échéant, que lorsque les utilisateurs s’en aperçoivent, et les sources donnent des chiffres différents pour une même réalité.',
    'question.quality-coverage-reliability.level.2':
      'Des contrôles à la saisie repèrent les valeurs manquantes ou impossibles, mais les chiffres ne sont ni comparés à d’autres sources ni vérifiés dans les établissements.',
    'question.quality-coverage-reliability.level.3':
      'Des règles de validation automatiques s’appliquent à la saisie ; chaque année, un échantillon d’établissements est visité pour comparer les réponses aux registres, les principaux chiffres sont rapprochés d’autres sources (paie, examens, estimations de population), et les corrections sont consignées.',
    'question.quality-coverage-reliability.level.4':
      'En outre, la qualité des données est évaluée au moins tous les trois ans selon un cadre de référence, comme celui de l’Institut de statistique de l’UNESCO ; les taux d’erreur relevés lors des contrôles sur le terrain sont publiés, et les lacunes constatées sont corrigées et suivies.',
    'question.quality-coverage-disaggregation.title':
      'Les données peuvent-elles être ventilées pour montrer quels apprenants sont laissés pour compte ?',
    'question.quality-coverage-disaggregation.help':
      'Les questions sur le fonctionnement portent sur les difficultés rencontrées dans des activités comme voir, entendre, marcher ou apprendre, plutôt que sur un diagnostic médical ; le module sur le fonctionnement de l’enfant élaboré par l’UNICEF et le Groupe de Washington sur les statistiques du handicap est une référence courante.',
    'question.quality-coverage-disaggregation.level.1':
      'Les données sont pour l’essentiel des effectifs agrégés par établissement, ventilés tout au plus par sexe.',
    'question.quality-coverage-disaggregation.level.2':
      'Les données sont disponibles par sexe, âge, niveau et région ; le handicap n’est pas renseigné, ou l’est selon des définitions qui varient d’un établissement à l’autre.',
    'question.quality-coverage-disaggregation.level.3':
      'Les données individuelles peuvent être ventilées par sexe, âge, lieu (urbain ou rural, circonscription), handicap renseigné au moyen de questions sur le fonctionnement, et selon un indicateur du niveau socio-économique.',
    'question.quality-coverage-disaggregation.level.4':
      'Des analyses croisant ces dimensions (par exemple, les filles en situation de handicap vivant en milieu rural) sont publiées régulièrement et servent à cibler les moyens, et les données renseignent aussi l’accès des élèves aux équipements et à la connexion à domicile.',
    'component.security-privacy.title': 'Sécurité et protection de la vie privée',
    'component.security-privacy.summary':
      'La protection juridique des données personnelles des apprenants, une autorité qui la fait respecter, des pratiques qui garantissent la sécurité des systèmes d’information de l’éducation et de leurs données, et une information claire des familles sur ce qui est recueilli et pourquoi.',
    'question.security-privacy-law.title':
      'La loi protège-t-elle les données personnelles des apprenants ?',
    'question.security-privacy-law.help':
      'Ne comptez que les textes adoptés et en vigueur : un projet de loi en discussion ne compte pas. Les règles propres aux données des enfants peuvent figurer dans la loi elle-même, dans des textes réglementaires ou dans un code contraignant propre à l’éducation, par exemple sur le consentement, la minimisation des données ou l’interdiction du profilage commercial des apprenants. L’existence d’une autorité qui fait respecter la loi fait l’objet de la question suivante.',
    'question.security-privacy-law.level.1':
      'Aucune loi sur la protection des données personnelles n’est en vigueur ; un projet de loi est peut-être en discussion.',
    'question.security-privacy-law.level.2':
      'Une loi générale sur la protection des données est en vigueur, mais elle ne couvre pas clairement l’éducation : les organismes publics ou les établissements en sont exemptés, ou l’on ne sait pas si les données des apprenants en relèvent.',
    'question.security-privacy-law.level.3':
      'Une loi sur la protection des données en vigueur s’applique clairement aux données personnelles des apprenants détenues par le ministère, les établissements et leurs prestataires, avec une base légale pour chaque usage, une limitation des finalités et des droits d’accès et de rectification.',
    'question.security-privacy-law.level.4':
      'Outre une telle loi, des règles contraignantes propres aux données des enfants dans l’éducation (consentement, minimisation, absence de publicité et de profilage commercial) sont en vigueur, et elles ont été réexaminées au cours des cinq dernières années pour tenir compte des nouvelles technologies, comme l’IA.',
    'question.security-privacy-authority.title':
      'Dans quelle mesure une autorité fait-elle respecter la protection des données dans l’éducation ?',
    'question.security-privacy-authority.help':
      'Une autorité de protection des données est un organisme public, en général indépendant (une commission ou un commissaire, par exemple), qui traite les plaintes, mène des enquêtes et peut prononcer des sanctions. Éléments de preuve : son rapport annuel, ses décisions et ses recommandations.',
    'question.security-privacy-authority.level.1':
      'Aucune autorité ne fait respecter la protection des données, ou celle que prévoit la loi n’a pas été mise en place.',
    'question.security-privacy-authority.level.2':
      'Une autorité a été mise en place, mais elle manque de personnel ou de budget pour agir : elle traite peu de plaintes et n’a mené aucune enquête sur un organisme public.',
    'question.security-privacy-authority.level.3':
      'L’autorité traite les plaintes, enquête sur des organismes publics et privés, prononce des injonctions ou des sanctions et publie un rapport annuel.',
    'question.security-privacy-authority.level.4':
      'Au-delà, l’autorité intervient dans l’éducation : elle a publié des recommandations à l’intention des établissements ou des fournisseurs de technologies éducatives, a contrôlé des systèmes ou des outils éducatifs au cours des trois dernières années, et publie ses décisions concernant l’éducation.',
    'question.security-privacy-practice.title':
      'Comment les données personnelles des systèmes d’information de l’éducation sont-elles protégées dans les faits ?',
    'question.security-privacy-practice.help':
      'Une analyse d’impact relative à la protection des données est un examen documenté, mené avant la mise en service d’un système, des risques qu’il présente pour la vie privée et des mesures prévues pour les réduire. Éléments de preuve : la désignation d’un délégué à la protection des données, les politiques d’accès, les contrats des prestataires et le registre des incidents.',
    'question.security-privacy-practice.level.1':
      'Aucune règle ne précise qui peut consulter les données personnelles ; les fichiers circulent par courriel ou clé USB, les comptes et mots de passe sont partagés, et les violations de données ne sont pas consignées.',
    'question.security-privacy-practice.level.2':
      'Le ministère a diffusé des consignes de confidentialité, mais les accès ne sont pas attribués selon les fonctions, personne n’en est formellement responsable et le traitement des données par les prestataires n’est pas contrôlé.',
    'question.security-privacy-practice.level.3':
      'Un délégué à la protection des données est désigné ; les accès sont attribués selon les fonctions et journalisés ; tout nouveau système fait l’objet d’une analyse d’impact ; les contrats des prestataires limitent l’usage des données et imposent le signalement des violations ; une procédure de réponse aux violations existe et a déjà été appliquée ou testée.',
    'question.security-privacy-practice.level.4':
      'Des audits de sécurité indépendants et des tests d’intrusion ont lieu régulièrement ; les agents ayant accès aux données sont formés chaque année ; le respect des règles propres aux données des enfants (minimisation, absence de publicité et de profilage commercial) est vérifié pour chaque outil numérique utilisé dans les établissements, et les violations ainsi que les mesures prises sont rendues publiques.',
    'question.security-privacy-transparency.title':
      'Les apprenants et leurs familles sont-ils informés des données personnelles recueillies et de leur finalité ?',
    'question.security-privacy-transparency.help':
      'Une notice d’information indique aux personnes quelles données personnelles sont recueillies à leur sujet, pourquoi, à qui elles sont transmises et combien de temps elles sont conservées.',
    'question.security-privacy-transparency.level.1':
      'Les familles ne sont informées ni des données recueillies sur les élèves ni de l’usage qui en est fait.',
    'question.security-privacy-transparency.level.2':
      'Des notices d’information existent pour certaines plateformes, mais elles sont rédigées en termes juridiques et uniquement dans la langue officielle.',
    'question.security-privacy-transparency.level.3':
      'Des notices en langage clair, dans les langues des familles, expliquent pour le SIGE et chaque plateforme principale ce qui est recueilli, pourquoi, à qui les données sont transmises et combien de temps elles sont conservées ; les établissements les remettent aux familles lors de l’inscription.',
    'question.security-privacy-transparency.level.4':
      'De telles notices couvrent tous les systèmes et outils numériques utilisés dans les établissements, y compris ceux des prestataires, et une liste publique en est tenue à jour ; les élèves apprennent, en termes adaptés à leur âge, ce que deviennent leurs données, et une enquête menée au moins tous les trois ans vérifie que les familles comprennent les notices, qui sont révisées en conséquence.',
    'component.artificial-intelligence.title': 'Intelligence artificielle',
    'component.artificial-intelligence.summary':
      'Politiques, lignes directrices éthiques, référentiels de compétences et règles d’achat qui permettent aux apprenants et aux enseignants de tirer parti de l’IA tout en les protégeant de ses risques.',
    'question.artificial-intelligence-policy.title':
      'Une politique nationale fixe-t-elle des règles éthiques pour l’usage de l’IA dans l’éducation ?',
    'question.artificial-intelligence-policy.help':
      'Éléments de preuve : la politique ou les lignes directrices publiées, ainsi que les référentiels de compétences en IA pour les enseignants et les élèves qui les accompagnent. Les orientations de l’UNESCO pour l’IA générative dans l’éducation et la recherche (2023) et sa Recommandation sur l’éthique de l’intelligence artificielle (2021) sont des références courantes pour les politiques nationales.',
    'question.artificial-intelligence-policy.level.1':
      'Il n’existe ni politique ni orientations ; l’usage de l’IA dans l’éducation n’est ni encouragé ni encadré.',
    'question.artificial-intelligence-policy.level.2':
      'L’éducation est évoquée dans une stratégie nationale sur l’IA ou dans une déclaration ministérielle, ou bien les outils d’IA ont été purement et simplement interdits, mais les établissements ne disposent d’aucune orientation pratique.',
    'question.artificial-intelligence-policy.level.3':
      'Le ministère a publié une politique sur l’IA dans l’éducation qui fixe des principes éthiques (primauté de la décision humaine, équité, transparence, vie privée) et les usages autorisés, accompagnée de référentiels de compétences en IA pour les enseignants et les élèves.',
    'question.artificial-intelligence-policy.level.4':
      'La politique a été élaborée avec les enseignants, les élèves, les parents et les chercheurs ; une instance désignée suit sa mise en œuvre, et elle est révisée au moins tous les deux ans pour suivre l’évolution des technologies.',
    'question.artificial-intelligence-generative.title':
      'Comment l’usage de l’IA générative par les enseignants et les élèves est-il encadré dans les établissements ?',
    'question.artificial-intelligence-generative.help':
      'L’IA générative produit du texte, des images, du son ou du code à partir d’instructions, comme le font les agents conversationnels. Les orientations publiées par l’UNESCO en 2023 proposent un âge minimal de 13 ans pour l’utilisation autonome de ces outils par les élèves.',
    'question.artificial-intelligence-generative.level.1':
      'Aucune règle n’existe : enseignants et élèves utilisent les agents conversationnels grand public de leur choix avec des comptes personnels, et les établissements réagissent aux incidents au cas par cas.',
    'question.artificial-intelligence-generative.level.2':
      'Une circulaire autorise, restreint ou interdit l’IA générative, mais sans formation ni suivi, et les établissements l’interprètent chacun à leur manière.',
    'question.artificial-intelligence-generative.level.3':
      'Les établissements appliquent des règles communes : outils autorisés, âge minimal, données personnelles qu’il est permis de saisir, déclaration de l’aide apportée par l’IA dans les travaux évalués ; les enseignants ont été formés à ces règles.',
    'question.artificial-intelligence-generative.level.4':
      'Des outils agréés sont fournis dans le cadre d’accords conclus par le ministère, avec des garanties en matière de protection des données et de filtrage des contenus ; les usages sont suivis, les incidents signalés et les règles mises à jour, et les élèves apprennent à exercer leur esprit critique face aux productions de l’IA.',
    'question.artificial-intelligence-procurement.title':
      'Des règles encadrent-elles l’acquisition d’outils d’IA destinés à l’éducation ?',
    'question.artificial-intelligence-procurement.level.1':
      'Les outils d’IA (apprentissage adaptatif, correction automatisée, surveillance d’examens à distance, agents conversationnels) sont achetés, ou acceptés de fournisseurs et de bailleurs, sans aucune exigence particulière.',
    'question.artificial-intelligence-procurement.level.2':
      'Les règles générales d’achat informatique s’appliquent ; certains contrats comportent des clauses sur les données, mais rien de propre à l’IA, comme les tests de biais, la transparence ou le contrôle humain.',
    'question.artificial-intelligence-procurement.level.3':
      'Les règles d’achat des outils d’IA exigent une analyse d’impact (droits, biais, vie privée), la preuve de l’efficacité de l’outil pour les élèves du pays et dans leurs langues, une explication de la manière dont il produit ses résultats, un contrôle humain des décisions qui concernent les élèves et la propriété des données par le ministère.',
    'question.artificial-intelligence-procurement.level.4':
      'Un registre public recense les systèmes d’IA utilisés dans l’éducation ; ils font l’objet d’audits après leur déploiement (biais, effets sur les élèves), les contrats en permettent la suspension et les résultats des audits sont publiés.',
    'outcome.access.title': 'Accès à l’éducation',
    'outcome.access.summary':
      'Davantage d’enfants, de jeunes et d’adultes peuvent s’inscrire et suivre une formation, y compris là où les écoles sont éloignées ou fermées.',
    'outcome.quality-learning.title': 'Qualité des apprentissages',
    'outcome.quality-learning.summary':
      'Les élèves maîtrisent les savoirs fondamentaux ainsi que les connaissances, les compétences numériques et les autres compétences prévues par les programmes.',
    'outcome.equity-inclusion.title': 'Équité et inclusion',
    'outcome.equity-inclusion.summary':
      'Les écarts d’accès et d’apprentissage se réduisent entre riches et pauvres, entre villes et campagnes, entre filles et garçons, et entre élèves en situation de handicap ou non.',
    'outcome.teaching.title': 'Enseignement',
    'outcome.teaching.summary':
      'Les enseignants sont mieux formés, mieux accompagnés et mieux équipés, et consacrent davantage de temps à l’enseignement et moins aux tâches administratives.',
    'outcome.efficiency-management.title': 'Efficience et gestion',
    'outcome.efficiency-management.summary':
      'Le système planifie, répartit les ressources et accompagne les établissements à partir de données actualisées, et tire un meilleur parti des fonds qu’il engage.',
    'outcome.resilience.title': 'Résilience',
    'outcome.resilience.summary':
      'Les apprentissages se poursuivent pendant les crises, qu’il s’agisse de pandémies, de conflits ou de catastrophes naturelles, et les établissements s’en relèvent plus vite.',
    about:
      'Le cadre et ses six piliers sont issus de « Six piliers pour la transformation numérique de l’éducation : un cadre commun », publié en 2024 par l’UNESCO avec l’UNICEF, l’UIT, le Partenariat mondial pour l’éducation et les partenaires du Collectif pour la transformation numérique (DTC). Les composantes de deux piliers, « Connectivité et infrastructure » et « Données et preuves », sont celles que nomment les documents publiés ; elles sont signalées comme publiées. Tout le reste constitue une proposition propre à cet outil : les composantes des quatre autres piliers (signalées comme proposées), l’ensemble des questions, tous les descripteurs de niveau, ainsi que la formulation de la vision et des résultats éducatifs. Cette proposition est soumise à la discussion et a vocation à être examinée et adaptée par ceux qui l’utilisent.',
  },
};

export default fr;
