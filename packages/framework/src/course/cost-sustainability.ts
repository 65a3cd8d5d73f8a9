import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module of pillar 3, cost and sustainability: one section per component of
 * framework 2.0.0. Every practice and example cites its sources; the sources that only this
 * module cites are listed below it, the shared ones are in `./sources.ts`.
 */
export const costSustainabilityModule: CourseModule = {
  pillar: 'cost-sustainability',
  overview: {
    en: 'This pillar asks whether digital education is paid for in a way that lasts beyond the first purchase or the first donor project. It looks at four things: a financing strategy that costs the plan year by year, gives it identifiable budget lines and shares funds by fair rules; the total cost of owning technology over its life, including the running costs that follow every investment; procurement that is open, pools demand and avoids dependence on one supplier; and sources of finance beyond the education budget, such as universal service funds, other mechanisms and zero-rated access to learning content.',
    fr: 'Ce pilier examine si le numérique éducatif est financé de façon durable, au-delà du premier achat ou du premier projet d’un bailleur. Il porte sur quatre points : une stratégie de financement qui chiffre le plan année par année, lui donne des lignes budgétaires identifiables et répartit les fonds selon des règles équitables ; le coût total de possession des technologies sur leur durée de vie, fonctionnement compris ; une passation des marchés ouverte, qui regroupe les achats et évite la dépendance à un seul fournisseur ; enfin, des sources de financement extérieures au budget de l’éducation, comme les fonds de service universel, d’autres mécanismes et la gratuité des données pour les contenus éducatifs.',
  },
  whyItMatters: {
    en: 'Digital programmes can falter not at launch but in the years that follow, when connection fees, repairs, support and replacement fall due and no budget line covers them. Equipment then sits unused, and the gap widens between schools that can pay and schools that cannot. A team that knows what its plans really cost, who pays for each part and how contracts are awarded can protect what has been built, make its case to the ministry of finance, and choose options the country can afford to keep running.',
    fr: 'Les programmes numériques peuvent s’essouffler moins à leur lancement que les années suivantes, lorsque les abonnements de connexion, les réparations, l’assistance et le renouvellement arrivent à échéance sans qu’aucune ligne budgétaire ne les couvre. Les équipements restent alors inutilisés, et l’écart se creuse entre les établissements qui peuvent payer et les autres. Une équipe qui connaît le coût réel de ses plans, sait qui paie chaque poste et comment les marchés sont attribués peut préserver ce qui a été construit, défendre ses besoins auprès du ministère des Finances et retenir des options que le pays aura les moyens de faire fonctionner dans la durée.',
  },
  reflection: [
    {
      en: 'If all external funding stopped tomorrow, which digital services in schools would still be running a year later, and who would be paying for them?',
      fr: 'Si tous les financements extérieurs s’arrêtaient demain, quels services numériques fonctionneraient encore dans les établissements un an plus tard, et qui les paierait ?',
    },
    {
      en: 'Does the ministry of finance see our digital education plan as a costed programme with its own budget lines, or as a list of separate projects?',
      fr: 'Le ministère des Finances voit-il notre plan pour le numérique éducatif comme un programme chiffré doté de ses propres lignes budgétaires, ou comme une liste de projets distincts ?',
    },
    {
      en: 'Which recurring costs of our current programmes are not yet covered by any budget?',
      fr: 'Quels coûts récurrents de nos programmes actuels ne sont encore couverts par aucun budget ?',
    },
    {
      en: 'Where do we depend on a single supplier, donor or operator, and what would it cost us to change?',
      fr: 'Dans quels domaines dépendons-nous d’un seul fournisseur, bailleur ou opérateur, et que nous coûterait un changement ?',
    },
  ],
  sections: [
    {
      component: 'financing-strategy',
      overview: {
        en: 'A financing strategy turns the digital education plan into figures the government can act on: what each measure costs in each year, which share the national budget, partners and other sources will cover, and what gap remains. It also covers how this money appears in the budget, so that spending can be followed, and the rules that decide which regions and schools receive funds and equipment.',
        fr: 'Une stratégie de financement traduit le plan pour le numérique éducatif en chiffres sur lesquels l’État peut agir : le coût de chaque mesure pour chaque année, la part prise en charge par le budget national, les partenaires et les autres sources, et le déficit qui subsiste. Elle précise aussi comment ces montants figurent au budget, afin que la dépense puisse être suivie, et selon quelles règles les régions et les établissements reçoivent fonds et équipements.',
      },
      whyItMatters: {
        en: 'A plan without a costing is hard to defend in budget negotiations, and spending hidden in other lines cannot be tracked or protected when budgets are cut. Allocation rules matter as much as amounts: without published criteria, resources tend to go to the schools that ask first or are easiest to reach, which widens the very gaps the plan was meant to close.',
        fr: 'Un plan non chiffré se défend mal lors des arbitrages budgétaires, et une dépense noyée dans d’autres lignes ne peut être ni suivie ni protégée en cas de coupes. Les règles de répartition comptent autant que les montants : faute de critères publiés, les ressources vont souvent aux établissements qui les demandent les premiers ou qui sont les plus faciles d’accès, ce qui creuse les écarts que le plan devait réduire.',
      },
      practices: [
        {
          text: {
            en: 'Cost the plan with a simple year-by-year model that links each activity to unit costs and to the numbers of schools, teachers and learners concerned, and bring it into the education sector plan and the medium-term expenditure framework instead of keeping it as a separate project document.',
            fr: 'Chiffrer le plan à l’aide d’un modèle annuel simple, qui relie chaque activité à des coûts unitaires et au nombre d’établissements, d’enseignants et d’élèves concernés, puis l’intégrer au plan sectoriel de l’éducation et au cadre de dépenses à moyen terme plutôt que de le laisser dans un document de projet à part.',
          },
          sources: ['cs-iiep-gpe-sector-plan-guidelines-2015'],
        },
        {
          text: {
            en: 'Separate the costs of enabling digital learning, such as electricity, connectivity and affordable data, from the costs of delivering it, as UNICEF’s 2021 global costing does, so that each can be planned, funded and tracked on its own terms.',
            fr: 'Distinguer les coûts qui rendent l’apprentissage numérique possible, comme l’électricité, la connexion et des données à un prix abordable, de ceux de sa mise en œuvre, comme le fait l’estimation mondiale publiée par l’UNICEF en 2021, afin de planifier, financer et suivre chacun selon sa logique propre.',
          },
          sources: ['cs-unicef-digital-learning-cost-2021'],
        },
        {
          text: {
            en: 'Start from the educational purpose and from the learners furthest behind: publish allocation criteria that give extra weight to remoteness, poverty and disability, and apply them to partner-funded programmes as well as national ones.',
            fr: 'Partir de la finalité éducative et des élèves les plus éloignés de l’objectif : publier des critères de répartition qui donnent un poids supplémentaire à l’isolement, à la pauvreté et au handicap, et les appliquer aux programmes financés par les partenaires comme aux programmes nationaux.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Give the programme a stable legal and institutional basis, with the ministry of finance involved from the start, so that its funding does not depend on a single political cycle or a single project.',
            fr: 'Donner au programme une assise juridique et institutionnelle stable, en associant le ministère des Finances dès le départ, afin que son financement ne dépende ni d’un seul cycle politique ni d’un seul projet.',
          },
          sources: ['world-bank-plan-ceibal-2016'],
        },
      ],
      pitfalls: [
        {
          en: 'Costing only the first purchase of equipment and treating everything that follows as someone else’s problem.',
          fr: 'Ne chiffrer que le premier achat d’équipements et considérer que tout ce qui suit relève de quelqu’un d’autre.',
        },
        {
          en: 'Counting partners’ pledges as secured funding before agreements are signed.',
          fr: 'Compter les annonces des partenaires comme des financements acquis avant la signature des accords.',
        },
        {
          en: 'Keeping digital spending inside general budget lines, so that no one can say how much was spent or on what.',
          fr: 'Laisser les dépenses numériques dans des lignes budgétaires générales, si bien que personne ne peut dire combien a été dépensé, ni pour quoi.',
        },
        {
          en: 'Spreading equipment thinly across all schools for visibility, so that no school has enough to change how it teaches.',
          fr: 'Disperser les équipements entre tous les établissements par souci de visibilité, si bien qu’aucun n’en a assez pour changer sa façon d’enseigner.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'Uruguay announced Plan Ceibal in 2006 and began it with a pilot in 2007, with the aim of giving a laptop to every pupil and teacher in public primary schools. In 2010, Law 18.640 created a dedicated non-state public-law body, the Centre for Technological and Social Inclusion, to run the programme, with a governing board that includes delegates of the Ministry of Economy and Finance and of the national public education administration.',
            fr: 'L’Uruguay a annoncé le Plan Ceibal en 2006 et l’a lancé par une phase pilote en 2007, avec l’objectif de doter d’un ordinateur portable chaque élève et chaque enseignant des écoles primaires publiques. En 2010, la loi 18.640 a créé un organisme dédié, de droit public non étatique, le Centre pour l’inclusion technologique et sociale, chargé de conduire le programme ; son conseil de direction comprend notamment des délégués du ministère de l’Économie et des Finances et de l’administration nationale de l’enseignement public.',
          },
          sources: ['world-bank-plan-ceibal-2016', 'uruguay-ley-18640-2010'],
        },
      ],
      reflection: [
        {
          en: 'Can we state what our digital education plan will cost next year and in five years, and how much of that is funded?',
          fr: 'Pouvons-nous dire ce que coûtera notre plan pour le numérique éducatif l’an prochain et dans cinq ans, et quelle part en est financée ?',
        },
        {
          en: 'Where does spending on digital education appear in the current budget, and could we report what was spent last year?',
          fr: 'Où les dépenses de numérique éducatif apparaissent-elles dans le budget actuel, et pourrions-nous rendre compte de ce qui a été dépensé l’an dernier ?',
        },
        {
          en: 'Who decides which schools receive equipment and connectivity, and on the basis of which published criteria?',
          fr: 'Qui décide quels établissements reçoivent des équipements et une connexion, et sur la base de quels critères publiés ?',
        },
        {
          en: 'Is the ministry of finance involved early enough to treat the plan as a lasting commitment rather than a one-off request?',
          fr: 'Le ministère des Finances est-il associé assez tôt pour considérer le plan comme un engagement durable plutôt que comme une demande ponctuelle ?',
        },
      ],
    },
    {
      component: 'total-cost-of-ownership',
      overview: {
        en: 'Total cost of ownership is everything a technology costs over its working life, not only its purchase price: connectivity fees, electricity, maintenance and repair, technical support, training, content and licences, and eventual replacement. This component asks whether these costs are estimated before an investment is approved, and whether someone is clearly responsible for paying them once a project or a donor grant ends.',
        fr: 'Le coût total de possession correspond à tout ce que coûte une technologie pendant sa durée d’utilisation, et pas seulement à son prix d’achat : abonnements de connexion, électricité, maintenance et réparations, assistance technique, formation, contenus et licences, puis renouvellement. Cette composante vérifie si ces coûts sont estimés avant l’approbation d’un investissement, et si quelqu’un est clairement chargé de les payer à la fin d’un projet ou d’une subvention.',
      },
      whyItMatters: {
        en: 'The purchase price is only one part of the bill, and the most visible one. When running costs are not planned, connections are cut, broken devices stay broken and teachers stop relying on tools that may not work on the day. Knowing the whole-life cost also changes choices: a cheaper device that fails sooner, or software whose licence fees rise each year, may cost more in the end.',
        fr: 'Le prix d’achat n’est qu’une partie de la facture, la plus visible. Lorsque les coûts de fonctionnement ne sont pas prévus, les connexions sont coupées, les appareils en panne ne sont pas réparés et les enseignants cessent de compter sur des outils qui risquent de ne pas fonctionner le jour venu. Connaître le coût sur toute la durée de vie modifie aussi les choix : un appareil moins cher qui tombe plus vite en panne, ou un logiciel dont les licences augmentent chaque année, peut finir par coûter davantage.',
      },
      practices: [
        {
          text: {
            en: 'Estimate the cost of each major investment over its expected life, listing recurring items (connectivity, power, maintenance, support, training, licences, replacement) next to the purchase price, and approve the investment only on the basis of that estimate.',
            fr: 'Estimer le coût de chaque investissement important sur toute sa durée de vie prévue, en faisant figurer les postes récurrents (connexion, électricité, maintenance, assistance, formation, licences, renouvellement) à côté du prix d’achat, et n’approuver l’investissement qu’au vu de cette estimation.',
          },
          sources: ['unesco-gem-2023', 'cs-unicef-digital-learning-cost-2021'],
        },
        {
          text: {
            en: 'Compare options on their whole-life cost rather than their unit price, favouring equipment that is durable, repairable and upgradeable, with spare parts and software updates guaranteed for a stated number of years.',
            fr: 'Comparer les options selon leur coût sur toute la durée de vie plutôt que selon leur prix unitaire, en privilégiant des équipements durables, réparables et évolutifs, avec des pièces détachées et des mises à jour logicielles garanties pendant un nombre d’années précisé.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
        {
          text: {
            en: 'Write a handover plan into every partner-funded project, stating which running costs the government budget will take over, from which year and through which budget line.',
            fr: 'Inscrire dans chaque projet financé par un partenaire un plan de transfert qui précise quels coûts de fonctionnement le budget de l’État reprendra, à partir de quelle année et sur quelle ligne budgétaire.',
          },
          sources: ['world-bank-reimagining-2020', 'cs-iiep-gpe-sector-plan-guidelines-2015'],
        },
        {
          text: {
            en: 'Provide schools with regular funding for digital running costs, such as the internet subscription, so that staying connected does not depend on parents’ contributions.',
            fr: 'Accorder aux établissements un financement régulier pour leurs coûts de fonctionnement numériques, comme l’abonnement internet, afin que le maintien de la connexion ne dépende pas des contributions des parents.',
          },
          sources: ['brazil-lei-14180-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Approving a device programme on the basis of the unit price in the tender alone.',
          fr: 'Approuver un programme d’équipement sur la seule base du prix unitaire figurant dans l’appel d’offres.',
        },
        {
          en: 'Relying on warranties and free introductory connectivity that end after a year or two, with nothing planned to replace them.',
          fr: 'Compter sur des garanties et une connexion offerte au démarrage qui prennent fin au bout d’un ou deux ans, sans rien prévoir pour prendre le relais.',
        },
        {
          en: 'Forgetting the electricity, secure storage, insurance and technical support that equipment needs once it is in schools.',
          fr: 'Oublier l’électricité, le stockage sécurisé, l’assurance et l’assistance technique dont les équipements ont besoin une fois dans les établissements.',
        },
        {
          en: 'Leaving schools to pay connection fees from parents’ contributions, which deepens inequalities between schools.',
          fr: 'Laisser les établissements payer la connexion avec les contributions des parents, ce qui accentue les inégalités entre établissements.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil created the Connected Education Innovation Programme (Educação Conectada) by decree in 2017 and made it a national policy through Law 14.180 of 2021. Under this policy, the federal government may give schools and school networks technical or financial support to contract an internet service, install the network that distributes the signal inside the school and acquire devices, and it publishes reference parameters for contracting the internet service.',
            fr: 'Le Brésil a créé par décret en 2017 le programme d’innovation Éducation connectée (Educação Conectada), devenu une politique nationale avec la loi 14.180 de 2021. Dans ce cadre, l’État fédéral peut apporter aux établissements et aux réseaux scolaires un appui technique ou financier pour souscrire un service d’accès à internet, installer le réseau qui distribue le signal dans l’établissement et acquérir des appareils ; il publie aussi des paramètres de référence pour la contractualisation du service d’accès à internet.',
          },
          sources: ['brazil-decreto-9204-2017', 'brazil-lei-14180-2021'],
        },
      ],
      reflection: [
        {
          en: 'For our largest digital investment, what will it cost each year until it is replaced, and who will pay for each item?',
          fr: 'Pour notre principal investissement numérique, combien coûtera-t-il chaque année jusqu’à son renouvellement, et qui paiera chaque poste ?',
        },
        {
          en: 'Which partner projects end in the next two years, and is there an agreed plan for their running costs?',
          fr: 'Quels projets de partenaires s’achèvent dans les deux prochaines années, et existe-t-il un plan convenu pour leurs coûts de fonctionnement ?',
        },
        {
          en: 'Do schools receive any regular funding for connection fees, repairs or technical support?',
          fr: 'Les établissements reçoivent-ils un financement régulier pour la connexion, les réparations ou l’assistance technique ?',
        },
        {
          en: 'Have we ever compared what a programme actually cost with what was estimated when it was approved?',
          fr: 'Avons-nous déjà comparé le coût effectif d’un programme avec l’estimation faite lors de son approbation ?',
        },
      ],
    },
    {
      component: 'procurement',
      overview: {
        en: 'Procurement covers how devices, connectivity, software, content and services are bought: whether tenders are open and published, whether specifications describe what a product must do rather than name a brand, whether purchases are pooled to obtain better prices and terms, and whether contracts protect the ministry’s data and its freedom to change supplier, through open formats, full data export and exit clauses.',
        fr: 'La passation des marchés porte sur la manière dont sont achetés appareils, connexion, logiciels, contenus et services : appels d’offres ouverts et publiés, spécifications qui décrivent ce qu’un produit doit faire plutôt que de citer une marque, achats groupés pour obtenir de meilleurs prix et conditions, et contrats qui protègent les données du ministère et sa liberté de changer de fournisseur grâce aux formats ouverts, à l’export complet des données et aux clauses de sortie.',
      },
      whyItMatters: {
        en: 'Digital purchases are large, technical and fast-changing, which exposes them to inflated prices, specifications written around one product and long-term dependence on a single vendor. Sound procurement lowers unit costs, opens the market to more suppliers, and keeps the ministry in control of its systems and data when a contract ends.',
        fr: 'Les achats numériques sont importants, techniques et évoluent vite, ce qui les expose à des prix gonflés, à des spécifications taillées pour un seul produit et à une dépendance durable envers un fournisseur. Une passation des marchés rigoureuse réduit les coûts unitaires, ouvre le marché à davantage de fournisseurs et permet au ministère de garder la maîtrise de ses systèmes et de ses données à la fin d’un contrat.',
      },
      practices: [
        {
          text: {
            en: 'Publish tenders, awards, prices and suppliers for digital education purchases, use electronic procurement where it exists, and build a procurement team that understands technology markets.',
            fr: 'Publier les appels d’offres, les attributions, les prix et les fournisseurs des achats de numérique éducatif, recourir à la commande publique électronique lorsqu’elle existe, et constituer une équipe d’acheteurs qui connaît les marchés technologiques.',
          },
          sources: ['cs-oecd-public-procurement-2015', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Pool demand through national framework agreements from which regions and schools can order, and compare the prices paid with earlier contracts and with other buyers.',
            fr: 'Regrouper la demande au moyen d’accords-cadres nationaux sur lesquels les régions et les établissements peuvent passer commande, et comparer les prix payés avec ceux des contrats précédents et d’autres acheteurs.',
          },
          sources: ['cs-oecd-public-procurement-2015'],
        },
        {
          text: {
            en: 'Base specifications on functions and open standards (what a device or system must do, which formats it must read and export) rather than brand names, and write exit terms into every contract: the ministry owns its data and the content it paid for, data can be exported in full in open formats, and a handover period applies if the supplier changes.',
            fr: 'Fonder les spécifications sur des fonctions et des normes ouvertes (ce que l’appareil ou le système doit faire, les formats qu’il doit lire et exporter) plutôt que sur des marques, et inscrire des clauses de sortie dans chaque contrat : le ministère est propriétaire de ses données et des contenus qu’il a financés, les données peuvent être exportées intégralement dans des formats ouverts, et une période de transition s’applique en cas de changement de fournisseur.',
          },
          sources: ['cs-ec-against-lock-in-2013'],
        },
        {
          text: {
            en: 'Include durability, repairability, energy use and end-of-life collection in the award criteria for devices, drawing on criteria such as the EU green public procurement criteria for computers, tablets and smartphones published in 2021.',
            fr: 'Intégrer la durabilité, la réparabilité, la consommation d’énergie et la reprise en fin de vie dans les critères d’attribution des marchés d’appareils, en s’inspirant par exemple des critères européens de marchés publics écologiques pour les ordinateurs, tablettes et smartphones publiés en 2021.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Specifications copied from a supplier’s brochure, so that only one product can qualify.',
          fr: 'Des spécifications reprises de la documentation d’un fournisseur, si bien qu’un seul produit peut y répondre.',
        },
        {
          en: 'Accepting donated or heavily discounted systems whose licences, formats or maintenance later tie the ministry to one company.',
          fr: 'Accepter des systèmes offerts ou fortement remisés dont les licences, les formats ou la maintenance lient ensuite le ministère à une seule entreprise.',
        },
        {
          en: 'Judging bids on purchase price alone, without weighing warranty, support response times and availability of spare parts.',
          fr: 'Juger les offres sur le seul prix d’achat, sans tenir compte de la garantie, des délais d’intervention de l’assistance ni de la disponibilité des pièces détachées.',
        },
        {
          en: 'Each region or project buying similar items separately, at different prices, with no one comparing them.',
          fr: 'Chaque région ou projet achète séparément des articles semblables, à des prix différents, sans que personne ne les compare.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'For our last three large digital purchases, how many bidders took part, and what unit prices did we pay?',
          fr: 'Pour nos trois derniers achats numériques importants, combien de soumissionnaires ont participé, et quels prix unitaires avons-nous payés ?',
        },
        {
          en: 'If our main platform supplier left next year, could we export all our data and content in a usable form?',
          fr: 'Si le fournisseur de notre principale plateforme partait l’an prochain, pourrions-nous exporter toutes nos données et tous nos contenus sous une forme exploitable ?',
        },
        {
          en: 'Which items do regions and schools buy separately that we could buy together?',
          fr: 'Quels articles les régions et les établissements achètent-ils séparément alors que nous pourrions les acheter ensemble ?',
        },
        {
          en: 'Do our award criteria take into account how long equipment will last and what happens to it at the end of its life?',
          fr: 'Nos critères d’attribution tiennent-ils compte de la durée de vie des équipements et de ce qu’ils deviennent en fin de vie ?',
        },
      ],
    },
    {
      component: 'innovative-financing',
      overview: {
        en: 'Beyond the education budget and donor grants, other sources can finance digital education. For connectivity, the most common is the universal service fund, into which telecommunications operators pay a share of their revenue to extend services to under-served places. Others include discounted tariffs for schools, public–private partnerships, blended and outcome-based finance, and zero-rating, under which using approved learning content does not count against a mobile data allowance.',
        fr: 'Au-delà du budget de l’éducation et des subventions des bailleurs, d’autres sources peuvent financer le numérique éducatif. Pour la connexion, la plus courante est le fonds de service universel, alimenté par une part du chiffre d’affaires des opérateurs de télécommunications pour desservir les zones mal couvertes. S’y ajoutent les tarifs préférentiels pour les établissements, les partenariats public-privé, les financements mixtes ou fondés sur les résultats, et la gratuité des données (« zero-rating »), qui évite que l’accès aux contenus éducatifs agréés soit décompté du forfait mobile.',
      },
      whyItMatters: {
        en: 'Connecting every school and keeping it connected is expensive, and the education budget need not be the only source. Telecommunications funds and agreements with operators can cover part of the cost on a lasting basis, provided they are governed transparently, disbursed as planned and aligned with the national plan. Zero-rating can lower what families pay to reach learning content, which matters most for households that go online only through prepaid mobile data.',
        fr: 'Connecter chaque établissement et le maintenir connecté coûte cher, et le budget de l’éducation n’a pas à en être la seule source. Les fonds du secteur des télécommunications et les accords avec les opérateurs peuvent en couvrir une partie de façon durable, à condition d’être gérés en toute transparence, décaissés comme prévu et alignés sur le plan national. La gratuité des données peut réduire ce que les familles paient pour accéder aux contenus éducatifs, ce qui compte surtout pour les foyers qui ne se connectent qu’avec des données mobiles prépayées.',
      },
      practices: [
        {
          text: {
            en: 'Agree with the ministry in charge of telecommunications and the regulator that school connectivity is an eligible use of the universal service fund, with a multi-year commitment tied to the national connectivity plan and published reports on the amounts disbursed.',
            fr: 'Convenir avec le ministère chargé des télécommunications et le régulateur que la connexion des établissements est un usage éligible du fonds de service universel, avec un engagement pluriannuel lié au plan national de connectivité et des rapports publiés sur les montants décaissés.',
          },
          sources: ['cs-itu-usf-digital-inclusion-2013'],
        },
        {
          text: {
            en: 'Consider subsidies for contracts that schools arrange themselves as well as national networks: in the E-Rate model, schools choose their provider through competitive bidding and a fund pays a discount that is larger for poorer and rural schools.',
            fr: 'Envisager, à côté des réseaux nationaux, des subventions aux contrats que les établissements concluent eux-mêmes : dans le modèle E-Rate, les établissements choisissent leur fournisseur par mise en concurrence et un fonds prend en charge une remise plus élevée pour les établissements pauvres et ruraux.',
          },
          sources: ['us-telecommunications-act-1996', 'cs-fcc-universal-service-order-1997'],
        },
        {
          text: {
            en: 'Before using a public–private partnership, blended or outcome-based finance, compare its full cost and risks with direct public funding of the same service, and keep the educational purpose, not the financial instrument, in the lead.',
            fr: 'Avant de recourir à un partenariat public-privé, à un financement mixte ou fondé sur les résultats, comparer son coût total et ses risques avec ceux d’un financement public direct du même service, et faire primer la finalité éducative sur l’instrument financier.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Negotiate standing zero-rating agreements with all major mobile operators for the national learning platform and approved content, managed through a published list that any provider of approved educational content can join, and monitor their use.',
            fr: 'Négocier avec tous les principaux opérateurs mobiles des accords permanents de gratuité des données pour la plateforme nationale d’apprentissage et les contenus agréés, gérés au moyen d’une liste publiée ouverte à tout fournisseur de contenus éducatifs agréés, et en suivre l’utilisation.',
          },
          sources: ['cs-edtech-hub-zero-rating-2020', 'cs-unicef-digital-learning-cost-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'A universal service fund that collects levies for years but disburses little, or finances projects unrelated to the education plan.',
          fr: 'Un fonds de service universel qui perçoit des contributions pendant des années mais décaisse peu, ou finance des projets sans lien avec le plan pour l’éducation.',
        },
        {
          en: 'Zero-rating agreed during an emergency that quietly lapses, leaving learners to pay for data again.',
          fr: 'Une gratuité des données accordée pendant une crise qui prend fin sans bruit, si bien que les élèves doivent de nouveau payer leurs données.',
        },
        {
          en: 'Zero-rating the services of a single company, which can distort the market for learning content.',
          fr: 'Une gratuité des données limitée aux services d’une seule entreprise, ce qui peut fausser le marché des contenus éducatifs.',
        },
        {
          en: 'Complex financing deals whose transaction costs and obligations outweigh the money they bring.',
          fr: 'Des montages financiers complexes dont les coûts de transaction et les obligations dépassent les fonds qu’ils apportent.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'In the United States, the Telecommunications Act of 1996 extended universal service to schools and libraries, and in 1997 the Federal Communications Commission set up the support mechanism known as E-Rate. Schools and libraries select their providers through competitive bidding, and the Universal Service Fund, financed by contributions from telecommunications companies, pays a discount of 20% to 90% on eligible services, which rises with the poverty of the community served and is higher in rural areas.',
            fr: 'Aux États-Unis, la loi sur les télécommunications de 1996 (Telecommunications Act) a étendu le service universel aux écoles et aux bibliothèques, et la Commission fédérale des communications a mis en place en 1997 le mécanisme de soutien appelé E-Rate. Les écoles et les bibliothèques choisissent leurs fournisseurs par mise en concurrence, et le fonds de service universel, alimenté par les contributions des entreprises de télécommunications, prend en charge une remise de 20 % à 90 % sur les services éligibles, qui augmente avec la pauvreté de la population desservie et est plus élevée en zone rurale.',
          },
          sources: ['us-telecommunications-act-1996', 'cs-fcc-universal-service-order-1997'],
        },
        {
          country: 'BRA',
          text: {
            en: 'In Brazil, Law 14.172 of 2021 required the federal government to transfer R$3.5 billion to the states and the Federal District to guarantee internet access for teachers in public basic education and for public-school students from low-income families or enrolled in schools of Indigenous and quilombola communities, financed in part by the telecommunications universal service fund (FUST).',
            fr: 'Au Brésil, la loi 14.172 de 2021 a imposé à l’État fédéral de transférer 3,5 milliards de reais aux États et au District fédéral pour garantir l’accès à internet des enseignants de l’éducation de base publique et des élèves des écoles publiques issus de familles à faibles revenus ou scolarisés dans les écoles des communautés autochtones et quilombolas, en partie grâce au fonds de service universel des télécommunications (FUST).',
          },
          sources: ['cs-brazil-lei-14172-2021'],
        },
      ],
      reflection: [
        {
          en: 'Does our country have a universal service fund or a similar levy, how much has it disbursed, and has any of it reached schools?',
          fr: 'Notre pays dispose-t-il d’un fonds de service universel ou d’une contribution comparable, combien a-t-il décaissé, et une partie de ces fonds a-t-elle bénéficié aux établissements ?',
        },
        {
          en: 'Who in government could negotiate zero-rating with mobile operators, and which content would we include?',
          fr: 'Qui, au sein de l’État, pourrait négocier la gratuité des données avec les opérateurs mobiles, et quels contenus y inclurions-nous ?',
        },
        {
          en: 'For any financing mechanism under discussion, what would it cost in total compared with funding the same service from the budget?',
          fr: 'Pour chaque mécanisme de financement envisagé, quel serait son coût total par rapport au financement du même service sur le budget ?',
        },
        {
          en: 'How would schools keep their connection if a temporary arrangement came to an end?',
          fr: 'Comment les établissements conserveraient-ils leur connexion si un dispositif temporaire prenait fin ?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites. */
export const costSustainabilitySources: CourseSource[] = [
  {
    id: 'cs-iiep-gpe-sector-plan-guidelines-2015',
    publisher: 'IIEP-UNESCO and Global Partnership for Education',
    title: 'Guidelines for Education Sector Plan Preparation',
    year: 2015,
  },
  {
    id: 'cs-unicef-digital-learning-cost-2021',
    publisher: 'UNICEF Office of Research – Innocenti',
    title: 'How Much Does Universal Digital Learning Cost?',
    year: 2021,
  },
  {
    id: 'cs-oecd-public-procurement-2015',
    publisher: 'OECD',
    title: 'Recommendation of the Council on Public Procurement',
    year: 2015,
  },
  {
    id: 'cs-ec-against-lock-in-2013',
    publisher: 'European Commission',
    title:
      'Against lock-in: building open ICT systems by making better use of standards in public procurement',
    year: 2013,
  },
  {
    id: 'cs-itu-usf-digital-inclusion-2013',
    publisher: 'ITU',
    title: 'Universal Service Fund and Digital Inclusion for All',
    year: 2013,
  },
  {
    id: 'cs-fcc-universal-service-order-1997',
    publisher: 'Federal Communications Commission (United States)',
    title: 'Federal-State Joint Board on Universal Service, Report and Order (FCC 97-157)',
    year: 1997,
  },
  {
    id: 'cs-brazil-lei-14172-2021',
    publisher: 'Presidência da República, Brasil',
    title:
      'Lei nº 14.172, de 10 de junho de 2021: Dispõe sobre a garantia de acesso à internet, com fins educacionais, a alunos e a professores da educação básica pública',
    year: 2021,
  },
  {
    id: 'cs-edtech-hub-zero-rating-2020',
    publisher: 'EdTech Hub (McBurnie, Adam, Kaye and Haßler)',
    title: 'Zero-rating educational content in low- and middle-income countries',
    year: 2020,
  },
];
