import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module for pillar 2, connectivity and infrastructure: one section per component
 * of framework 2.0.0. Every practice and example cites its sources; the sources that only
 * this module cites are listed in `connectivityInfrastructureSources`, the shared ones in
 * `./sources.ts`.
 */
export const connectivityInfrastructureModule: CourseModule = {
  pillar: 'connectivity-infrastructure',
  overview: {
    en: 'This pillar covers the physical and technical base on which digital education rests: electricity that is reliable through the school day; internet connections that work and are fast enough for teaching; devices that learners actually use, and that are maintained, supported and disposed of responsibly; software licensed on sustainable terms, with one digital identity per user; and learning spaces that are well designed, accessible and sparing in energy. The questions ask for measured shares of schools and learners rather than plans.',
    fr: 'Ce pilier couvre le socle matériel et technique sur lequel repose le numérique éducatif\u202f: une électricité fiable pendant toute la journée scolaire\u202f; des connexions à l’internet qui fonctionnent et offrent un débit suffisant pour enseigner\u202f; des appareils réellement utilisés par les apprenants, entretenus, assistés et éliminés de façon responsable\u202f; des logiciels acquis à des conditions de licence soutenables, avec une identité numérique unique par utilisateur\u202f; et des espaces d’apprentissage bien conçus, accessibles et sobres en énergie. Les questions demandent des parts d’écoles et d’apprenants mesurées plutôt que des intentions.',
  },
  whyItMatters: {
    en: 'Every other pillar assumes this one. Teachers cannot use content that does not load, data systems cannot be fed from schools without power, and training is wasted when devices sit broken in a cupboard. Infrastructure is also where most of the money goes, and where the largest recurring costs hide: electricity, bandwidth, repairs, replacement. Measuring what works in schools, rather than what was delivered, is the starting point for spending well.',
    fr: 'Tous les autres piliers reposent sur celui-ci. Les enseignants ne peuvent pas utiliser des contenus qui ne se chargent pas, les systèmes de données ne peuvent pas être alimentés depuis des écoles privées d’électricité, et la formation est perdue quand les appareils dorment, en panne, dans une armoire. C’est aussi là que va l’essentiel des dépenses et que se cachent les coûts récurrents les plus lourds\u202f: électricité, bande passante, réparations, renouvellement. Mesurer ce qui fonctionne dans les écoles, plutôt que ce qui a été livré, est le point de départ d’une dépense avisée.',
  },
  reflection: [
    {
      en: 'Of the schools counted as connected, how many had a working connection used for teaching last week, and how do we know?',
      fr: 'Parmi les écoles comptées comme connectées, combien disposaient la semaine dernière d’une connexion en état de marche utilisée pour enseigner, et comment le sait-on\u202f?',
    },
    {
      en: 'Who pays, year after year, for the electricity, bandwidth, repairs and replacement of what has been installed?',
      fr: 'Qui paie, année après année, l’électricité, la bande passante, les réparations et le renouvellement de ce qui a été installé\u202f?',
    },
    {
      en: 'Which schools have the least infrastructure, and do current plans reach them first or last?',
      fr: 'Quelles écoles sont les moins bien équipées, et les plans actuels les atteignent-ils en premier ou en dernier\u202f?',
    },
    {
      en: 'What happens in a school when a device breaks or the connection fails: whom does the teacher call, and how long does it take?',
      fr: 'Que se passe-t-il dans une école quand un appareil tombe en panne ou que la connexion est coupée\u202f: qui l’enseignant appelle-t-il, et combien de temps faut-il\u202f?',
    },
  ],
  sections: [
    {
      component: 'electricity-internet',
      overview: {
        en: 'This component covers power and connectivity in schools: electricity that is reliable through the school day, from the grid or from off-grid sources such as solar; internet connections that work and are used for teaching; bandwidth measured against an explicit threshold; an up-to-date map of the power and connectivity of schools; and arrangements that provide and pay for connections on a lasting basis.',
        fr: 'Cette composante porte sur l’électricité et la connectivité des écoles\u202f: une alimentation fiable pendant toute la journée scolaire, par le réseau ou par des sources hors réseau comme le solaire\u202f; des connexions à l’internet qui fonctionnent et servent à enseigner\u202f; un débit mesuré au regard d’un seuil explicite\u202f; une cartographie à jour de l’électricité et de la connectivité des écoles\u202f; et des dispositifs qui fournissent et financent les connexions dans la durée.',
      },
      whyItMatters: {
        en: 'Power comes first: without it, no device or connection is of any use. A connection that exists on paper but fails, or is too slow for a class to use at once, changes nothing in teaching. Connections that depend on a one-off project often lapse when it ends. What counts is the share of schools where power and internet work when lessons need them, year after year.',
        fr: 'L’électricité vient en premier\u202f: sans elle, ni les appareils ni les connexions ne servent à rien. Une connexion qui existe sur le papier mais tombe en panne, ou qui est trop lente pour qu’une classe l’utilise en même temps, ne change rien à l’enseignement. Les connexions qui dépendent d’un projet ponctuel s’interrompent souvent à sa fin. Ce qui compte, c’est la part des écoles où l’électricité et l’internet fonctionnent au moment où les cours en ont besoin, année après année.',
      },
      practices: [
        {
          text: {
            en: 'Keep a school-by-school map of electricity, connectivity and measured speed, updated at least once a year and shared between the education ministry, the energy authority and the telecommunications regulator. SDG indicator 4.a.1 already asks for the proportion of schools with access to electricity and to the internet for pedagogical purposes, and Giga, the initiative launched jointly by UNICEF and ITU to connect every school to the internet, is one partner for this work.',
            fr: 'Tenir une cartographie, école par école, de l’électricité, de la connectivité et du débit mesuré, mise à jour au moins une fois par an et partagée entre le ministère de l’Éducation, l’autorité chargée de l’énergie et le régulateur des télécommunications. L’indicateur 4.a.1 des objectifs de développement durable demande déjà la proportion d’écoles ayant accès à l’électricité et à l’internet à des fins pédagogiques, et Giga, l’initiative lancée conjointement par l’UNICEF et l’UIT pour connecter chaque école à l’internet, est l’un des partenaires possibles pour ce travail.',
          },
          sources: ['un-sdg-indicator-framework-2017', 'unicef-itu-home-internet-2020'],
        },
        {
          text: {
            en: 'Plan power before devices: for each school without a reliable grid supply, choose an off-grid solution such as solar panels with batteries, budget its maintenance and battery replacement, and check that it delivers power through the school day. Report electricity in schools with the same care as connectivity, as SDG indicator 4.a.1 does.',
            fr: 'Prévoir l’électricité avant les appareils\u202f: pour chaque école privée d’un réseau fiable, choisir une solution hors réseau, par exemple des panneaux solaires avec batteries, budgéter son entretien et le remplacement des batteries, et vérifier qu’elle fournit du courant pendant toute la journée scolaire. Rendre compte de l’électricité dans les écoles avec le même soin que de la connectivité, comme le fait l’indicateur 4.a.1 des objectifs de développement durable.',
          },
          sources: ['un-sdg-indicator-framework-2017'],
        },
        {
          text: {
            en: 'Set an explicit bandwidth threshold, per learner or by type of school, and measure the speeds schools actually get against it rather than the speeds in contracts. Published thresholds, such as the target set in 2014 by the US Federal Communications Commission and the standards published in 2022 by the Department for Education in England, show how such a threshold can be expressed.',
            fr: 'Fixer un seuil de débit explicite, par apprenant ou par type d’établissement, et mesurer au regard de ce seuil les débits réellement obtenus par les écoles plutôt que ceux inscrits dans les contrats. Des seuils publiés, comme la cible fixée en 2014 par la Commission fédérale des communications des États-Unis ou les normes publiées en 2022 par le ministère de l’Éducation d’Angleterre, montrent comment un tel seuil peut être exprimé.',
          },
          sources: [
            'fcc-e-rate-modernization-order-2014',
            'uk-dfe-digital-technology-standards-2022',
          ],
        },
        {
          text: {
            en: 'Judge a provision model by how lasting it is and how many schools it covers, not by who signs the contract. A national education network can work; so can contracts that schools arrange themselves with a public subsidy that pays part of the bill, the model of the US E-Rate programme created under the Telecommunications Act of 1996. Either works when funding recurs every year, rules are stable and the poorest and most remote schools are covered.',
            fr: 'Juger un mode de fourniture à sa durabilité et au nombre d’écoles qu’il couvre, et non à l’identité du signataire du contrat. Un réseau national de l’éducation peut fonctionner\u202f; des contrats passés par les écoles elles-mêmes, avec une subvention publique qui prend en charge une partie de la facture, aussi\u202f: c’est le modèle du programme américain E-Rate, créé en application de la loi sur les télécommunications de 1996. L’un comme l’autre fonctionnent lorsque le financement est reconduit chaque année, que les règles sont stables et que les écoles les plus pauvres et les plus isolées sont couvertes.',
          },
          sources: ['us-telecommunications-act-1996', 'fcc-e-rate-modernization-order-2014'],
        },
      ],
      pitfalls: [
        {
          en: 'Counting a school as connected because a contract or a device exists, without checking that the connection works and is used for teaching.',
          fr: 'Compter une école comme connectée parce qu’un contrat ou un équipement existe, sans vérifier que la connexion fonctionne et sert à l’enseignement.',
        },
        {
          en: 'Installing solar systems with no budget for batteries and maintenance, so that power fails after a few years.',
          fr: 'Installer des systèmes solaires sans budget pour les batteries et l’entretien, si bien que l’alimentation cesse au bout de quelques années.',
        },
        {
          en: 'Paying for connectivity from project funds that will end, with no recurrent budget line to take over.',
          fr: 'Financer la connectivité sur des fonds de projet appelés à s’éteindre, sans ligne budgétaire récurrente pour prendre le relais.',
        },
        {
          en: 'Measuring bandwidth per school without regard to how many learners share it.',
          fr: 'Mesurer le débit par école sans tenir compte du nombre d’apprenants qui le partagent.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'The E-Rate programme of the United States, created under the Telecommunications Act of 1996, is funded through universal service: schools and libraries buy their own connections from providers, and the programme pays part of the cost as a discount. In 2014 the Federal Communications Commission modernised it, refocusing support on high-speed broadband and Wi-Fi and setting a target of 100 Mbps per 1,000 students.',
            fr: 'Aux États-Unis, le programme E-Rate, créé en application de la loi sur les télécommunications de 1996 (Telecommunications Act), est financé par le service universel\u202f: les écoles et les bibliothèques achètent elles-mêmes leur connexion auprès de fournisseurs, et le programme prend en charge une partie du coût sous forme de remise. En 2014, la Commission fédérale des communications (FCC) l’a modernisé pour recentrer l’aide sur le haut débit et le Wi-Fi, avec une cible de 100 Mbit/s pour 1\u202f000 élèves.',
          },
          sources: ['us-telecommunications-act-1996', 'fcc-e-rate-modernization-order-2014'],
        },
        {
          country: 'GBR',
          text: {
            en: 'In 2022 the Department for Education in England published digital and technology standards for schools and colleges. For broadband they call for a full-fibre connection, at least 100 Mbps download and 30 Mbps upload for primary schools, a connection able to deliver 1 Gbps both ways for secondary schools, and a backup connection so that teaching can continue when the main line fails.',
            fr: 'En 2022, le ministère de l’Éducation d’Angleterre (Department for Education) a publié des normes numériques et technologiques pour les établissements scolaires. Pour le haut débit, elles prévoient une connexion en fibre optique jusqu’à l’établissement, au moins 100 Mbit/s en réception et 30 Mbit/s en émission pour les écoles primaires, une connexion capable de fournir 1 Gbit/s dans les deux sens pour les établissements secondaires, ainsi qu’une connexion de secours pour que l’enseignement se poursuive en cas de panne de la ligne principale.',
          },
          sources: ['uk-dfe-digital-technology-standards-2022'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Law No. 14.180 of July 2021 gave the Educação Conectada programme the status of a national policy in law, to support high-speed internet for pedagogical use in public basic education. Besides federal budget funds, it allows the telecommunications universal service fund (FUST) to finance connections for public schools in regions of greater socio-economic vulnerability.',
            fr: 'La loi brésilienne n° 14.180 de juillet 2021 a donné au programme Educação Conectada le statut de politique nationale inscrite dans la loi, pour soutenir l’internet à haut débit à usage pédagogique dans l’éducation de base publique. Outre les crédits du budget fédéral, elle permet au fonds de service universel des télécommunications (FUST) de financer la connexion des écoles publiques situées dans des régions de forte vulnérabilité socio-économique.',
          },
          sources: ['brazil-lei-14180-2021'],
        },
      ],
      reflection: [
        {
          en: 'For how many schools do we know the measured speed, and not only the contracted one?',
          fr: 'Pour combien d’écoles connaît-on le débit mesuré, et pas seulement le débit contractuel\u202f?',
        },
        {
          en: 'Which schools lose power during the school day, and how often?',
          fr: 'Quelles écoles subissent des coupures d’électricité pendant la journée scolaire, et à quelle fréquence\u202f?',
        },
        {
          en: 'What bandwidth threshold would the team defend for its schools, and on what basis?',
          fr: 'Quel seuil de débit l’équipe défendrait-elle pour ses écoles, et sur quelle base\u202f?',
        },
        {
          en: 'If the current connectivity project ended tomorrow, which schools would go offline?',
          fr: 'Si le projet de connectivité en cours s’arrêtait demain, quelles écoles perdraient leur connexion\u202f?',
        },
      ],
    },
    {
      component: 'hardware-devices',
      overview: {
        en: 'This component covers the devices learners and teachers use: a policy that says which devices, for whom and for what; how regularly learners use devices in class; how many learners share each device; how devices are maintained and repaired; whether schools have technical support with defined response times; and what happens to devices at the end of their life.',
        fr: 'Cette composante porte sur les appareils qu’utilisent apprenants et enseignants\u202f: une politique qui précise quels appareils, pour qui et pour quoi faire\u202f; la régularité de leur usage en classe\u202f; le nombre d’apprenants qui se partagent chaque appareil\u202f; l’entretien et la réparation\u202f; l’existence, pour les écoles, d’un appui technique aux délais d’intervention définis\u202f; et le devenir des appareils en fin de vie.',
      },
      whyItMatters: {
        en: 'Devices are the most visible part of digital education and often the largest purchase, yet delivery says little about use. A device that is shared by too many learners, broken and unrepaired, or locked in a room is not available for learning. Maintenance, support and replacement cost money every year, and discarded devices become hazardous waste if nobody plans for them.',
        fr: 'Les appareils sont la partie la plus visible du numérique éducatif et souvent le premier poste d’achat, mais leur livraison dit peu de chose de leur usage. Un appareil partagé par trop d’apprenants, en panne et non réparé, ou enfermé dans une salle, n’est pas disponible pour apprendre. L’entretien, l’assistance et le renouvellement coûtent chaque année, et les appareils mis au rebut deviennent des déchets dangereux si personne ne l’a prévu.',
      },
      practices: [
        {
          text: {
            en: 'Decide what devices are for before choosing them: the device policy should follow from the curriculum and the teaching it is meant to support, and say how often learners are expected to use them. The World Bank’s principles for education technology start from a clear educational purpose, and UNESCO’s 2023 Global Education Monitoring Report notes that in most countries, apart from the most technologically advanced, computers and devices are not widely used in classrooms.',
            fr: 'Décider à quoi servent les appareils avant de les choisir\u202f: la politique d’équipement doit découler du programme d’enseignement et des pratiques pédagogiques qu’elle est censée soutenir, et préciser à quelle fréquence les apprenants sont censés les utiliser. Les principes de la Banque mondiale pour les technologies éducatives partent d’un objectif éducatif clair, et le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO relève que, dans la plupart des pays hormis les plus avancés sur le plan technologique, les ordinateurs et les appareils sont peu utilisés en classe.',
          },
          sources: ['world-bank-reimagining-2020', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Track, school by school, how many learners share each device available for learning and how often the devices are used, not only how many were delivered. PISA 2018 reported the ratio of computers to 15-year-old students in schools alongside principals’ views on whether those computers had enough computing capacity, a reminder that counting devices says nothing about whether they are fit for use.',
            fr: 'Suivre, école par école, le nombre d’apprenants qui se partagent chaque appareil disponible pour apprendre et la fréquence d’usage des appareils, et pas seulement le nombre d’appareils livrés. L’enquête PISA 2018 a présenté le ratio d’ordinateurs par élève de 15 ans dans les établissements en regard de l’avis des chefs d’établissement sur la puissance suffisante ou non de ces ordinateurs, ce qui rappelle que compter les appareils ne dit rien de leur aptitude à servir.',
          },
          sources: ['oecd-pisa-2018-volume-v'],
        },
        {
          text: {
            en: 'Budget maintenance, repair and technical support from the first purchase, whether through staff in each school or technicians shared among nearby schools, with response times written into contracts or service agreements. UNESCO’s 2023 Global Education Monitoring Report finds that the long-term costs of technology in education are often underestimated.',
            fr: 'Prévoir dès le premier achat le budget de l’entretien, de la réparation et de l’appui technique, qu’il soit assuré par du personnel dans chaque école ou par des techniciens partagés entre écoles voisines, avec des délais d’intervention inscrits dans les contrats ou les accords de service. Le Rapport mondial de suivi sur l’éducation 2023 de l’UNESCO constate que les coûts à long terme de la technologie dans l’éducation sont souvent sous-estimés.',
          },
          sources: ['unesco-gem-2023'],
        },
        {
          text: {
            en: 'Plan the end of life when buying: choose durable, repairable devices, reuse and refurbish them where possible, and hand the rest to certified recyclers under e-waste rules such as the EU directive on waste electrical and electronic equipment. The Global E-waste Monitor 2020 found that only about 17 per cent of the e-waste generated worldwide in 2019 was documented as collected and recycled.',
            fr: 'Prévoir la fin de vie dès l’achat\u202f: choisir des appareils durables et réparables, les réemployer et les reconditionner lorsque c’est possible, et confier le reste à des recycleurs agréés conformément aux règles sur les déchets électroniques, telles que la directive de l’Union européenne relative aux déchets d’équipements électriques et électroniques. Selon le Global E-waste Monitor 2020, 17 pour cent environ seulement des déchets électroniques produits dans le monde en 2019 ont été collectés et recyclés de façon documentée.',
          },
          sources: [
            'eu-weee-directive-2012',
            'global-ewaste-monitor-2020',
            'eu-gpp-computers-2021',
          ],
        },
      ],
      pitfalls: [
        {
          en: 'Buying devices before teachers are trained and content is ready, so that they arrive in a school that is not ready for them.',
          fr: 'Acheter des appareils avant que les enseignants soient formés et les contenus prêts, si bien qu’ils arrivent dans une école qui n’est pas prête à les accueillir.',
        },
        {
          en: 'Keeping devices locked away to protect them, so that the school reports devices it does not use.',
          fr: 'Garder les appareils sous clé pour les protéger, si bien que l’école déclare des appareils qu’elle n’utilise pas.',
        },
        {
          en: 'No budget line for repairs, so that a broken device stays broken.',
          fr: 'Aucune ligne budgétaire pour les réparations, si bien qu’un appareil en panne le reste.',
        },
        {
          en: 'Storing old devices indefinitely or dumping them, with no arrangement for reuse or recycling.',
          fr: 'Stocker indéfiniment les anciens appareils ou s’en débarrasser n’importe où, sans filière de réemploi ni de recyclage.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'Uruguay announced Plan Ceibal in 2006 to give a laptop to every pupil and teacher in government-supported primary schools over three years, and a pilot phase began in early 2007. A 2016 World Bank case study describes how later stages extended the plan to secondary schools, and what it took to build and sustain a national agency to run it.',
            fr: 'L’Uruguay a annoncé en 2006 le Plan Ceibal, destiné à doter en trois ans d’un ordinateur portable chaque élève et chaque enseignant des écoles primaires publiques, et une phase pilote a commencé début 2007. Une étude de cas publiée par la Banque mondiale en 2016 décrit l’extension du plan à l’enseignement secondaire lors des étapes suivantes, ainsi que ce qu’il a fallu pour construire et pérenniser une agence nationale chargée de sa mise en œuvre.',
          },
          sources: ['world-bank-plan-ceibal-2016'],
        },
        {
          country: 'PER',
          text: {
            en: 'A randomised evaluation of the One Laptop per Child programme in 318 rural primary schools in Peru, published in 2017, found that the programme raised the number of computers per student from 0.12 to 1.18 and increased computer use at school and at home, but found no evidence of effects on test scores in mathematics and language.',
            fr: 'Une évaluation randomisée du programme Un ordinateur portable par enfant (One Laptop per Child) dans 318 écoles primaires rurales du Pérou, publiée en 2017, a montré que le programme avait fait passer le nombre d’ordinateurs par élève de 0,12 à 1,18 et accru leur usage à l’école et au domicile, sans mettre en évidence d’effet sur les résultats aux tests de mathématiques et de langue.',
          },
          sources: ['cristia-olpc-peru-2017'],
        },
      ],
      reflection: [
        {
          en: 'In how many schools did learners use a device in class last week, and how would we find out?',
          fr: 'Dans combien d’écoles les apprenants ont-ils utilisé un appareil en classe la semaine dernière, et comment le saurait-on\u202f?',
        },
        {
          en: 'How many learners share each working device, and which schools are furthest from the threshold we would defend?',
          fr: 'Combien d’apprenants se partagent chaque appareil en état de marche, et quelles écoles sont les plus éloignées du seuil que nous défendrions\u202f?',
        },
        {
          en: 'Who repairs a broken device, who pays, and how long does it take?',
          fr: 'Qui répare un appareil en panne, qui paie, et en combien de temps\u202f?',
        },
        {
          en: 'Where are the devices bought five years ago now?',
          fr: 'Où se trouvent aujourd’hui les appareils achetés il y a cinq ans\u202f?',
        },
      ],
    },
    {
      component: 'software-services',
      overview: {
        en: 'This component covers the software and online services that schools and the ministry rely on, and how they are licensed: open-source software, open standards, or licences negotiated at national level. It also covers digital identity: whether each learner and teacher has one account that opens the services they need through single sign-on, managed with respect for privacy.',
        fr: 'Cette composante porte sur les logiciels et les services en ligne dont dépendent les écoles et le ministère, et sur les conditions dans lesquelles ils sont acquis\u202f: logiciels libres, normes ouvertes ou licences négociées au niveau national. Elle couvre aussi l’identité numérique\u202f: chaque apprenant et chaque enseignant dispose-t-il d’un compte unique qui lui ouvre, par authentification unique, les services dont il a besoin, et ce compte est-il géré dans le respect de la vie privée\u202f?',
      },
      whyItMatters: {
        en: 'Licences are a recurring cost that grows with every learner, and terms chosen for a pilot can bind a whole system for years. Open formats and standards keep options open. A single identity spares teachers from managing dozens of passwords, lets learners keep their work when they change school, and gives the ministry one place to control who sees which data.',
        fr: 'Les licences constituent un coût récurrent qui augmente avec chaque apprenant, et des conditions choisies pour un projet pilote peuvent lier tout un système pendant des années. Les formats et les normes ouverts préservent les options. Une identité unique évite aux enseignants de gérer des dizaines de mots de passe, permet aux apprenants de conserver leur travail lorsqu’ils changent d’école et donne au ministère un point unique pour contrôler qui voit quelles données.',
      },
      practices: [
        {
          text: {
            en: 'Compare licensing options over the whole life of a service: open-source software, services built on open standards, and licences negotiated once at national level for all schools rather than bought school by school. The OECD Digital Education Outlook 2023 describes which digital tools countries provide publicly to their schools and which are left to schools to obtain.',
            fr: 'Comparer les options de licence sur toute la durée de vie d’un service\u202f: logiciels libres, services reposant sur des normes ouvertes, licences négociées une seule fois au niveau national pour toutes les écoles plutôt qu’achetées école par école. Le rapport de l’OCDE Digital Education Outlook 2023 décrit quels outils numériques les pays fournissent eux-mêmes à leurs écoles et lesquels sont laissés à la charge des écoles.',
          },
          sources: ['oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Use open licences and open formats for the content and data produced with public money, so that they can be reused and moved from one platform to another. UNESCO’s 2019 Recommendation on Open Educational Resources asks governments to support open licensing and open formats.',
            fr: 'Recourir à des licences et à des formats ouverts pour les contenus et les données produits sur fonds publics, afin qu’ils puissent être réutilisés et transférés d’une plateforme à l’autre. La Recommandation de l’UNESCO sur les ressources éducatives libres, adoptée en 2019, invite les gouvernements à favoriser les licences ouvertes et les formats ouverts.',
          },
          sources: ['unesco-oer-recommendation-2019'],
        },
        {
          text: {
            en: 'Give each learner and teacher one identity, issued and managed by the school authority, that opens the services they need through single sign-on, and pass to each service only the personal data it needs, in line with the data minimisation principle of the EU General Data Protection Regulation and with children’s right to privacy as set out by the UN Committee on the Rights of the Child.',
            fr: 'Attribuer à chaque apprenant et à chaque enseignant une identité unique, délivrée et gérée par l’autorité scolaire, qui lui ouvre par authentification unique les services dont il a besoin, et ne transmettre à chaque service que les données personnelles qui lui sont nécessaires, conformément au principe de minimisation des données du règlement général sur la protection des données de l’Union européenne et au droit des enfants à la vie privée tel que l’expose le Comité des droits de l’enfant des Nations Unies.',
          },
          sources: ['eu-gdpr-2016', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Per-user licences bought for a pilot, with no estimate of the cost at national scale.',
          fr: 'Des licences par utilisateur achetées pour un projet pilote, sans estimation du coût à l’échelle nationale.',
        },
        {
          en: 'A new account and password for every platform, so that young learners depend on their teacher to log in.',
          fr: 'Un nouveau compte et un nouveau mot de passe pour chaque plateforme, si bien que les jeunes apprenants dépendent de leur enseignant pour se connecter.',
        },
        {
          en: 'Accounts that are never closed when learners and staff leave.',
          fr: 'Des comptes jamais fermés lorsque les apprenants et le personnel partent.',
        },
        {
          en: 'Choosing software only because a supplier offers it free to schools, without checking its terms on data and on later costs.',
          fr: 'Choisir un logiciel au seul motif qu’un fournisseur l’offre gratuitement aux écoles, sans vérifier ses conditions en matière de données et de coûts ultérieurs.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'How much does the system spend each year on software licences, and how much would it spend if every school were covered?',
          fr: 'Combien le système dépense-t-il chaque année en licences logicielles, et combien dépenserait-il si toutes les écoles étaient couvertes\u202f?',
        },
        {
          en: 'How many different accounts does a teacher need for an ordinary week’s work?',
          fr: 'De combien de comptes différents un enseignant a-t-il besoin pour une semaine de travail ordinaire\u202f?',
        },
        {
          en: 'Which personal data does each service receive when a learner logs in, and who decided that?',
          fr: 'Quelles données personnelles chaque service reçoit-il lorsqu’un apprenant se connecte, et qui en a décidé\u202f?',
        },
      ],
    },
    {
      component: 'learning-spaces',
      overview: {
        en: 'This component looks at the spaces where digital learning happens: classrooms, libraries and other areas designed or adapted so that technology can be used safely and flexibly, with power outlets, ventilation, secure storage and room to work in groups; spaces and devices made accessible to learners with disabilities; and the management of the energy that the digital equipment of schools consumes.',
        fr: 'Cette composante examine les lieux où se déroulent les apprentissages numériques\u202f: salles de classe, bibliothèques et autres espaces conçus ou aménagés pour que la technologie puisse y être utilisée de façon sûre et souple, avec des prises électriques, une ventilation, des rangements sécurisés et de la place pour travailler en groupe\u202f; des espaces et des appareils rendus accessibles aux apprenants en situation de handicap\u202f; et la gestion de l’énergie consommée par l’équipement numérique des écoles.',
      },
      whyItMatters: {
        en: 'Technology placed in rooms that were not designed for it is hard to use well: too few sockets, rooms that overheat, furniture that keeps learners in rows, nowhere safe to store devices. Learners with disabilities are shut out when buildings, devices and software are not accessible, although assistive technology can open learning to them. And the electricity that digital equipment consumes is a recurring cost as well as an environmental one.',
        fr: 'Une technologie installée dans des salles qui n’ont pas été prévues pour elle est difficile à bien utiliser\u202f: trop peu de prises, des salles qui surchauffent, un mobilier qui fige les apprenants en rangées, aucun endroit sûr où ranger les appareils. Les apprenants en situation de handicap sont exclus lorsque les bâtiments, les appareils et les logiciels ne sont pas accessibles, alors que les technologies d’assistance peuvent leur ouvrir l’accès aux apprentissages. Enfin, l’électricité consommée par l’équipement numérique représente un coût récurrent autant qu’une charge environnementale.',
      },
      practices: [
        {
          text: {
            en: 'Involve teachers and learners when designing or adapting learning spaces, and favour layouts that can be rearranged as teaching practice changes. An OECD study carried out with schools in six European countries, published in 2011, proposed a model of learning space that is flexible, modifiable and sustainable and that supports the people who use it.',
            fr: 'Associer les enseignants et les apprenants à la conception ou à l’aménagement des espaces d’apprentissage, et privilégier des agencements qui puissent évoluer avec les pratiques pédagogiques. Une étude de l’OCDE menée avec des écoles de six pays européens et publiée en 2011 a proposé un modèle d’espace d’apprentissage souple, modulable et durable, au service de ceux qui l’utilisent.',
          },
          sources: ['oecd-physical-learning-environment-2011'],
        },
        {
          text: {
            en: 'Build accessibility in from the start, in buildings, devices and software, rather than adapting case by case. The UN Convention on the Rights of Persons with Disabilities (2006) obliges states parties to ensure access to information and communications technologies and an inclusive education system, and the Universal Design for Learning guidelines help plan for the variety of learners from the outset.',
            fr: 'Intégrer l’accessibilité dès le départ, dans les bâtiments, les appareils et les logiciels, plutôt que de procéder à des adaptations au cas par cas. La Convention des Nations Unies relative aux droits des personnes handicapées (2006) oblige les États parties à garantir l’accès aux technologies de l’information et de la communication et un système éducatif inclusif, et les lignes directrices de la conception universelle de l’apprentissage aident à tenir compte d’emblée de la diversité des apprenants.',
          },
          sources: ['un-crpd-2006', 'cast-udl-guidelines-2018'],
        },
        {
          text: {
            en: 'Manage the energy that digital equipment uses: buy energy-efficient devices, switch equipment off outside school hours, consider a renewable supply and measure consumption. The European Commission’s 2021 green public procurement criteria for computers, monitors, tablets and smartphones address energy consumption and extending the life of products.',
            fr: 'Gérer l’énergie consommée par l’équipement numérique\u202f: acheter des appareils économes en énergie, éteindre les équipements en dehors des heures de classe, envisager un approvisionnement renouvelable et mesurer la consommation. Les critères de marchés publics écologiques de la Commission européenne pour les ordinateurs, écrans, tablettes et smartphones, publiés en 2021, portent sur la consommation d’énergie et l’allongement de la durée de vie des produits.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Computer rooms built as closed labs that classes visit once a week, while classrooms remain without power sockets.',
          fr: 'Des salles informatiques conçues comme des laboratoires fermés où les classes se rendent une fois par semaine, tandis que les salles de classe restent dépourvues de prises.',
        },
        {
          en: 'Accessibility handled case by case after a learner with a disability arrives, rather than planned.',
          fr: 'Une accessibilité traitée au cas par cas après l’arrivée d’un apprenant en situation de handicap, au lieu d’être planifiée.',
        },
        {
          en: 'Devices and servers left on overnight and during holidays, with nobody responsible for the electricity bill.',
          fr: 'Des appareils et des serveurs laissés allumés la nuit et pendant les vacances, sans que personne soit responsable de la facture d’électricité.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'In an ordinary classroom, where would learners charge devices, and where would they store them safely?',
          fr: 'Dans une salle de classe ordinaire, où les apprenants rechargeraient-ils leurs appareils, et où les rangeraient-ils en sécurité\u202f?',
        },
        {
          en: 'Could a learner who uses a wheelchair, or a learner who is blind, take full part in a digital lesson in our schools today?',
          fr: 'Un apprenant en fauteuil roulant ou un apprenant aveugle pourrait-il participer pleinement aujourd’hui à une leçon numérique dans nos écoles\u202f?',
        },
        {
          en: 'Do we know how much electricity the digital equipment of schools uses, and who pays for it?',
          fr: 'Savons-nous combien d’électricité consomme l’équipement numérique des écoles, et qui la paie\u202f?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites; the shared ones are in `./sources.ts`. */
export const connectivityInfrastructureSources: CourseSource[] = [
  {
    id: 'un-sdg-indicator-framework-2017',
    publisher: 'United Nations General Assembly',
    title:
      'Work of the Statistical Commission pertaining to the 2030 Agenda for Sustainable Development (A/RES/71/313), annex: Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda for Sustainable Development',
    year: 2017,
  },
  {
    id: 'fcc-e-rate-modernization-order-2014',
    publisher: 'Federal Communications Commission (United States)',
    title:
      'Modernizing the E-rate Program for Schools and Libraries: Report and Order and Further Notice of Proposed Rulemaking (FCC 14-99)',
    year: 2014,
    url: 'https://docs.fcc.gov/public/attachments/FCC-14-99A1.txt',
  },
  {
    id: 'uk-dfe-digital-technology-standards-2022',
    publisher: 'Department for Education (England)',
    title: 'Meeting digital and technology standards in schools and colleges',
    year: 2022,
    url: 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges',
  },
  {
    id: 'oecd-pisa-2018-volume-v',
    publisher: 'OECD',
    title: 'PISA 2018 Results (Volume V): Effective Policies, Successful Schools',
    year: 2020,
    url: 'https://doi.org/10.1787/ca768d40-en',
  },
  {
    id: 'global-ewaste-monitor-2020',
    publisher: 'UNU and UNITAR (SCYCLE Programme), ITU and ISWA',
    title: 'The Global E-waste Monitor 2020: Quantities, flows and the circular economy potential',
    year: 2020,
  },
  {
    id: 'eu-weee-directive-2012',
    publisher: 'European Parliament and Council of the European Union',
    title:
      'Directive 2012/19/EU of the European Parliament and of the Council of 4 July 2012 on waste electrical and electronic equipment (WEEE) (recast)',
    year: 2012,
  },
  {
    id: 'oecd-physical-learning-environment-2011',
    publisher: 'OECD (Kuuskorpi and Cabellos González)',
    title:
      'The Future of the Physical Learning Environment: School Facilities that Support the User',
    year: 2011,
  },
  {
    id: 'cast-udl-guidelines-2018',
    publisher: 'CAST',
    title: 'Universal Design for Learning Guidelines version 2.2',
    year: 2018,
  },
];
