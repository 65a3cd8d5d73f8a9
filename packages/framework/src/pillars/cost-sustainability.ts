import type { Pillar } from '@dtc/schema';

/**
 * Pillar 3, framework version 2.0.0. The components are this toolkit's proposal (origin
 * 'proposed'), drawn from the financing models discussed around the framework.
 */
export const costSustainability: Pillar = {
  id: 'cost-sustainability',
  title: { en: 'Cost and sustainability', fr: 'Coût et durabilité' },
  summary: {
    en: 'Whether digital education is financed in a way that lasts: a costed plan with its own budget lines, budgets that cover running costs as well as purchases, procurement that gets value for money, and sources of finance beyond the education budget.',
    fr: 'La capacité à financer le numérique éducatif dans la durée : un plan chiffré doté de ses propres lignes budgétaires, des budgets qui couvrent les coûts de fonctionnement autant que les achats, une passation des marchés qui optimise l’emploi des fonds, et des sources de financement au-delà du budget de l’éducation.',
  },
  components: [
    {
      id: 'financing-strategy',
      origin: 'proposed',
      title: { en: 'Financing strategy', fr: 'Stratégie de financement' },
      summary: {
        en: 'A costed plan for digital education, dedicated lines in the education budget, and allocation rules that direct funds to where they are most needed.',
        fr: 'Un plan chiffré pour le numérique éducatif, des lignes dédiées dans le budget de l’éducation et des règles de répartition qui orientent les fonds là où les besoins sont les plus grands.',
      },
      questions: [
        {
          id: 'financing-strategy-costing',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Has the digital education strategy been costed year by year?',
            fr: 'La stratégie de numérique éducatif a-t-elle été chiffrée année par année ?',
          },
          help: {
            en: 'A year-by-year costing shows, for each year of the strategy, what each action will cost, with investment (equipment, connections) apart from running costs (subscriptions, maintenance, staff, training). The medium-term expenditure framework (MTEF) is the government’s rolling budget plan over three to five years. Where the money comes from is asked in the questions on budget lines and on innovative financing.',
            fr: 'Un chiffrage annuel indique, pour chaque année couverte par la stratégie, le coût de chaque action, en distinguant l’investissement (équipements, raccordements) du fonctionnement (abonnements, maintenance, personnel, formation). Le cadre de dépenses à moyen terme (CDMT) est la programmation budgétaire glissante de l’État sur trois à cinq ans. L’origine des fonds relève des questions sur les lignes budgétaires et sur les financements innovants.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one has estimated what the country’s digital education plans will cost.',
                fr: 'Personne n’a estimé ce que coûteront les plans du pays en matière de numérique éducatif.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Costs have been estimated for some projects, often by partners, or as a single total for the strategy, but the strategy as a whole is not broken down by year.',
                fr: 'Des coûts ont été estimés pour certains projets, souvent par les partenaires, ou sous la forme d’un montant global pour la stratégie, mais l’ensemble de la stratégie n’est pas ventilé par année.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The whole strategy is costed year by year over its full period, action by action, with investment and running costs shown separately.',
                fr: 'L’ensemble de la stratégie est chiffré année par année sur toute sa durée, action par action, en distinguant les coûts d’investissement des coûts de fonctionnement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The year-by-year costing of the whole strategy, with investment and running costs shown separately, is updated at least once a year with actual spending and is used to prepare the medium-term expenditure framework and the annual budget.',
                fr: 'Le chiffrage annuel de l’ensemble de la stratégie, qui distingue investissement et fonctionnement, est actualisé au moins une fois par an en fonction des dépenses effectives et sert à préparer le cadre de dépenses à moyen terme et le budget annuel.',
              },
            },
          ],
        },
        {
          id: 'financing-strategy-budget-lines',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'Does the national education budget have lines for digital education?',
            fr: 'Le budget national de l’éducation comporte-t-il des lignes consacrées au numérique éducatif ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The national budget has no line for digital education; any spending comes from donors or one-off allocations.',
                fr: 'Le budget national ne comporte aucune ligne pour le numérique éducatif ; les dépenses éventuelles proviennent des bailleurs ou de dotations ponctuelles.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital spending appears in the budget, but hidden within other lines or as one-off investments, so it cannot be tracked and varies widely from year to year.',
                fr: 'Des dépenses numériques figurent au budget, mais noyées dans d’autres lignes ou sous forme d’investissements ponctuels, si bien qu’elles ne peuvent pas être suivies et varient fortement d’une année à l’autre.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The education budget has identifiable lines for digital education, covering both investment and running costs, and spending on them is reported every year.',
                fr: 'Le budget de l’éducation comporte des lignes identifiables pour le numérique éducatif, couvrant à la fois l’investissement et le fonctionnement, et les dépenses correspondantes font l’objet d’un rapport annuel.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Identifiable lines for investment and running costs are planned over several years in the medium-term expenditure framework, and more than 80% of the amounts voted were spent in each of the last two years.',
                fr: 'Des lignes identifiables d’investissement et de fonctionnement sont programmées sur plusieurs années dans le cadre de dépenses à moyen terme, et plus de 80 % des montants votés ont été dépensés au cours de chacune des deux dernières années.',
              },
            },
          ],
        },
        {
          id: 'financing-strategy-allocation',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are digital education funds shared among regions and schools?',
            fr: 'Comment les fonds du numérique éducatif sont-ils répartis entre les régions et les établissements ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no allocation rules: funds and equipment go to the schools that ask, are easiest to reach, or are chosen by a project.',
                fr: 'Il n’existe aucune règle de répartition : les fonds et les équipements vont aux établissements qui en font la demande, qui sont les plus faciles d’accès ou qui sont choisis par un projet.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some programmes have selection criteria, but they are not published or not applied consistently, and urban schools remain better served than rural ones.',
                fr: 'Certains programmes appliquent des critères de sélection, mais ceux-ci ne sont pas publiés ou pas appliqués de manière cohérente, et les établissements urbains restent mieux dotés que les établissements ruraux.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A published allocation formula or set of criteria gives extra weight to remoteness, poverty and the number of learners with disabilities, and applies to all national programmes.',
                fr: 'Une formule ou une grille de répartition publiée accorde un poids supplémentaire à l’isolement, à la pauvreté et au nombre d’élèves en situation de handicap, et s’applique à tous les programmes nationaux.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A published formula weighted by need applies to national and partner-funded programmes alike, and yearly data show the gap in equipment and connectivity between advantaged and disadvantaged schools narrowing.',
                fr: 'Une formule publiée, pondérée selon les besoins, s’applique indifféremment aux programmes nationaux et à ceux financés par les partenaires, et les données annuelles montrent que l’écart d’équipement et de connectivité entre établissements favorisés et défavorisés se réduit.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'total-cost-of-ownership',
      origin: 'proposed',
      title: { en: 'Total cost of ownership', fr: 'Coût total de possession' },
      summary: {
        en: 'Planning for everything a technology costs over its life, not only its purchase: connectivity fees, electricity, maintenance, support, training, content, licences and replacement.',
        fr: 'La prise en compte de tout ce que coûte une technologie sur sa durée de vie, et pas seulement de son achat : abonnements de connexion, électricité, maintenance, assistance, formation, contenus, licences et renouvellement.',
      },
      questions: [
        {
          id: 'total-cost-of-ownership-estimates',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are running costs counted when digital investments are decided?',
            fr: 'Les coûts de fonctionnement sont-ils pris en compte lors des décisions d’investissement numérique ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Decisions consider the purchase price only; running costs come as a surprise later.',
                fr: 'Les décisions ne tiennent compte que du prix d’achat ; les coûts de fonctionnement apparaissent ensuite, sans avoir été prévus.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some running costs, such as the first years of connectivity or a warranty, are included in project budgets, but not for the full life of the equipment.',
                fr: 'Certains coûts de fonctionnement, comme les premières années de connexion ou une garantie, sont inclus dans les budgets des projets, mais pas sur toute la durée de vie des équipements.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every major investment is approved on the basis of an estimate of its cost over its whole life, usually five years or more, covering connectivity, power, maintenance, support, training, licences and replacement.',
                fr: 'Tout investissement important est approuvé sur la base d’une estimation de son coût sur toute sa durée de vie, généralement cinq ans ou plus, couvrant la connexion, l’électricité, la maintenance, l’assistance, la formation, les licences et le renouvellement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Whole-life cost estimates are required for major investments and later compared with actual costs; the differences are used to improve future estimates and to choose between options.',
                fr: 'Les estimations du coût sur toute la durée de vie sont exigées pour les investissements importants, puis comparées aux coûts effectifs ; les écarts servent à améliorer les estimations suivantes et à arbitrer entre les options.',
              },
            },
          ],
        },
        {
          id: 'total-cost-of-ownership-running-costs',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Who pays the running costs once a project ends?',
            fr: 'Qui prend en charge les coûts de fonctionnement à la fin d’un projet ?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one: when project funding ends, connections are cut and broken devices are not repaired, unless schools or families pay.',
                fr: 'Personne : à la fin du financement d’un projet, les connexions sont coupées et les appareils en panne ne sont pas réparés, à moins que les établissements ou les familles ne paient.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The government takes over some running costs after projects end, but schools still pay part of connectivity or maintenance from their own funds or parents’ contributions, so some schools keep their services and others lose them.',
                fr: 'L’État reprend une partie des coûts de fonctionnement à la fin des projets, mais les établissements paient encore une part de la connexion ou de la maintenance sur leurs fonds propres ou les contributions des parents, si bien que certains conservent leurs services et d’autres les perdent.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The government budget covers the main running costs (connectivity, maintenance, support) of the programmes it runs, and every partner project has a handover plan stating who pays what once external funding ends.',
                fr: 'Le budget de l’État couvre les principaux coûts de fonctionnement (connexion, maintenance, assistance) des programmes qu’il conduit, et chaque projet de partenaire comporte un plan de transfert précisant qui paie quoi à la fin du financement extérieur.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The running costs of all digital programmes, including those started by partners, are in the multi-year budget, and school grants include an amount for digital running costs based on each school’s size and location.',
                fr: 'Les coûts de fonctionnement de tous les programmes numériques, y compris ceux lancés par les partenaires, sont inscrits au budget pluriannuel, et les subventions de fonctionnement des établissements comprennent un montant destiné aux dépenses numériques, calculé selon la taille et la situation de chaque établissement.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'procurement',
      origin: 'proposed',
      title: { en: 'Procurement', fr: 'Passation des marchés' },
      summary: {
        en: 'How devices, connectivity, software and services are bought: open competition, pooled purchasing to lower prices, value for money over the life of a contract, and no dependence on a single vendor.',
        fr: 'Les modalités d’acquisition des appareils, de la connectivité, des logiciels et des services : mise en concurrence ouverte, achats groupés pour obtenir de meilleurs prix, rapport qualité-prix sur toute la durée du contrat, et absence de dépendance envers un fournisseur unique.',
      },
      questions: [
        {
          id: 'procurement-transparency',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How transparent are digital education purchases?',
            fr: 'Quel est le degré de transparence des achats liés au numérique éducatif ?',
          },
          help: {
            en: 'Functional specifications describe what a product must do (battery life, offline use, languages supported) rather than naming a brand or model.',
            fr: 'Les spécifications fonctionnelles décrivent ce qu’un produit doit faire (autonomie de la batterie, usage hors ligne, langues prises en charge) plutôt que de désigner une marque ou un modèle.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Most purchases are made by direct agreement with a supplier, and contracts are not published.',
                fr: 'La plupart des achats se font par entente directe avec un fournisseur, et les contrats ne sont pas rendus publics.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Large purchases go through competitive tenders, but specifications are sometimes written around one product, and awards and prices are not published.',
                fr: 'Les achats importants font l’objet d’appels d’offres, mais les spécifications sont parfois rédigées sur mesure pour un produit, et les attributions comme les prix ne sont pas publiés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Large purchases follow open tenders with functional specifications rather than brand names, and awards, prices and suppliers are published.',
                fr: 'Les achats importants passent par des appels d’offres ouverts fondés sur des spécifications fonctionnelles plutôt que sur des marques, et les attributions, les prix et les fournisseurs retenus sont publiés.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Open tenders with functional specifications are the rule and their results are published; suppliers’ delivery and service levels are monitored, penalties are applied when they fall short, and past performance counts in later tenders.',
                fr: 'Les appels d’offres ouverts fondés sur des spécifications fonctionnelles sont la règle et leurs résultats sont publiés ; les délais de livraison et les niveaux de service des fournisseurs sont suivis, des pénalités sont appliquées en cas de manquement, et les performances passées sont prises en compte dans les appels d’offres suivants.',
              },
            },
          ],
        },
        {
          id: 'procurement-pooling',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are purchases pooled to obtain better prices?',
            fr: 'Les achats sont-ils groupés pour obtenir de meilleurs prix ?',
          },
          help: {
            en: 'Giga reports that pooling the procurement of school connectivity can lower its cost by up to 60%.',
            fr: 'Selon Giga, le regroupement des achats de connectivité scolaire peut en réduire le coût jusqu’à 60 %.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Each school, region or project buys on its own, at whatever price it can obtain.',
                fr: 'Chaque établissement, région ou projet achète de son côté, au prix qu’il parvient à obtenir.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some items are bought centrally, but schools, regions and projects still buy similar items separately, and no one compares the prices paid.',
                fr: 'Certains articles sont achetés de façon centralisée, mais les établissements, les régions et les projets achètent encore séparément des articles similaires, et personne ne compare les prix payés.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Connectivity, devices and licences are bought through national framework agreements from which schools and regions can order, and prices paid are compared with previous contracts and other countries.',
                fr: 'La connectivité, les appareils et les licences sont achetés au moyen d’accords-cadres nationaux sur lesquels les établissements et les régions peuvent passer commande, et les prix payés sont comparés à ceux des contrats précédents et d’autres pays.',
              },
            },
            {
              level: 4,
              text: {
                en: 'National framework agreements cover the main items, the country joins regional or international pooled purchases where they offer better terms, and the savings obtained are measured and reported.',
                fr: 'Des accords-cadres nationaux couvrent les principaux articles, le pays participe à des achats groupés régionaux ou internationaux lorsqu’ils offrent de meilleures conditions, et les économies réalisées sont mesurées et rendues publiques.',
              },
            },
          ],
        },
        {
          id: 'procurement-vendor-lock-in',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Do contracts protect the ministry from depending on a single vendor?',
            fr: 'Les contrats protègent-ils le ministère contre la dépendance envers un fournisseur unique ?',
          },
          help: {
            en: 'Vendor lock-in is when changing supplier becomes too costly because data, content or equipment only work with one company’s products.',
            fr: 'On parle de dépendance (ou d’enfermement propriétaire) lorsque changer de fournisseur devient trop coûteux, parce que les données, les contenus ou les équipements ne fonctionnent qu’avec les produits d’une seule entreprise.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Contracts say nothing about what happens when they end; the ministry could not change supplier without losing data or equipment that still works.',
                fr: 'Les contrats ne disent rien de ce qui se passe à leur échéance ; le ministère ne pourrait pas changer de fournisseur sans perdre des données ou des équipements encore en état de marche.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some contracts include exit clauses, but data, content and systems are in formats only the supplier can use, so changing supplier would mean starting again.',
                fr: 'Certains contrats prévoient des clauses de sortie, mais les données, les contenus et les systèmes sont dans des formats que seul le fournisseur peut exploiter, si bien que changer de fournisseur obligerait à tout recommencer.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Contracts require open or standard data formats, give the ministry ownership of its data and of the content it pays for, and include an exit plan with a handover period.',
                fr: 'Les contrats imposent des formats de données ouverts ou normalisés, reconnaissent au ministère la propriété de ses données et des contenus qu’il finance, et prévoient un plan de sortie assorti d’une période de transition.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These clauses are standard in all digital education contracts, and before each renewal the ministry checks that it could switch supplier, for example by exporting its data in full, and uses this in negotiations.',
                fr: 'Ces clauses figurent dans tous les contrats du numérique éducatif, et avant chaque renouvellement le ministère vérifie qu’il pourrait changer de fournisseur, par exemple en exportant l’intégralité de ses données, et s’en sert dans la négociation.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'innovative-financing',
      origin: 'proposed',
      title: { en: 'Innovative financing', fr: 'Financements innovants' },
      summary: {
        en: 'Finance beyond the education budget and traditional grants: universal service funds, discounted tariffs for schools, public–private partnerships, blended and outcome-based finance, and zero-rating of educational content.',
        fr: 'Les financements qui s’ajoutent au budget de l’éducation et aux subventions classiques : fonds de service universel, tarifs préférentiels pour les établissements, partenariats public-privé, financements mixtes ou fondés sur les résultats, et accès gratuit aux contenus éducatifs sans décompte des données mobiles.',
      },
      questions: [
        {
          id: 'innovative-financing-universal-service-fund',
          kind: 'rubric',
          allowNotApplicable: false,
          allowDontKnow: true,
          title: {
            en: 'How much of school connectivity is paid for by telecom-sector funds, such as a universal service fund?',
            fr: 'Dans quelle mesure la connectivité des établissements scolaires est-elle financée par des fonds du secteur des télécommunications, comme un fonds de service universel ?',
          },
          help: {
            en: 'Many countries require telecom operators to pay a share of their revenue into a universal service fund, or a similar levy, that extends networks to under-served areas; connecting schools is a common use. A country with no such fund or levy answers level 1.',
            fr: 'De nombreux pays imposent aux opérateurs de télécommunications de verser une part de leur chiffre d’affaires à un fonds de service universel (ou d’acquitter une contribution comparable) destiné à étendre les réseaux aux zones mal desservies ; le raccordement des écoles en est un usage courant. Un pays qui ne dispose d’aucun fonds ni prélèvement de ce type se situe au niveau 1.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No telecom-sector fund pays for school connectivity: the country has no universal service fund or similar levy, or its fund finances no school connections.',
                fr: 'Aucun fonds du secteur des télécommunications ne finance la connectivité des établissements : le pays n’a ni fonds de service universel ni prélèvement comparable, ou son fonds ne finance aucun raccordement d’établissement.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The fund has paid for school connections through one-off projects or pilots, with no commitment to continue.',
                fr: 'Le fonds a financé le raccordement d’établissements dans le cadre de projets ponctuels ou pilotes, sans engagement de poursuivre.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every year, the fund’s published programme sets aside an amount for school connectivity that pays for new connections of schools listed in the national connectivity plan; the amount is decided one year at a time.',
                fr: 'Chaque année, le programme publié du fonds réserve à la connectivité scolaire une enveloppe qui finance le raccordement de nouveaux établissements inscrits au plan national de connectivité ; le montant est arrêté d’une année sur l’autre.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A multi-year commitment, set out in the fund’s published programme, pays for new connections and for the running costs of the school connectivity plan (subscriptions, maintenance); the amounts are disbursed as planned and reported every year.',
                fr: 'Un engagement pluriannuel, inscrit au programme publié du fonds, couvre à la fois les nouveaux raccordements et les coûts de fonctionnement du plan de connectivité scolaire (abonnements, maintenance) ; les montants sont décaissés comme prévu et font l’objet d’un compte rendu annuel.',
              },
            },
          ],
        },
        {
          id: 'innovative-financing-mechanisms',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Beyond the education budget and donor grants, which financing mechanisms support digital education?',
            fr: 'Au-delà du budget de l’éducation et des subventions des bailleurs, quels mécanismes de financement soutiennent le numérique éducatif ?',
          },
          help: {
            en: 'E-Rate, in the United States, gives schools and libraries discounts on connectivity, financed by a levy on telecom operators. Blended finance combines public or philanthropic money with commercial investment. Outcome-based financing, such as outcome bonds, pays only when agreed results are achieved.',
            fr: 'Aux États-Unis, le programme E-Rate accorde aux écoles et aux bibliothèques des réductions sur leur connexion, financées par un prélèvement sur les opérateurs de télécommunications. Le financement mixte associe des fonds publics ou philanthropiques à des investissements commerciaux. Le financement fondé sur les résultats, comme les obligations à impact, ne rémunère que l’atteinte de résultats convenus à l’avance.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Digital education depends entirely on the education budget and donor grants; no other mechanism has been explored.',
                fr: 'Le numérique éducatif dépend entièrement du budget de l’éducation et des subventions des bailleurs ; aucun autre mécanisme n’a été étudié.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Other mechanisms have been discussed or tried once, such as a corporate social responsibility donation or a pilot with a telecom operator, but there is no framework to repeat or scale them.',
                fr: 'D’autres mécanismes ont été envisagés ou essayés une fois, comme un don au titre de la responsabilité sociale d’une entreprise ou un projet pilote avec un opérateur de télécommunications, mais aucun cadre ne permet de les reproduire ou de les étendre.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least one mechanism beyond the budget and grants is used regularly under a written framework, such as discounted connectivity tariffs for schools, a public–private partnership, or blended finance with a development bank.',
                fr: 'Au moins un mécanisme autre que le budget et les subventions est utilisé régulièrement dans un cadre écrit, comme des tarifs de connexion préférentiels pour les établissements, un partenariat public-privé ou un financement mixte avec une banque de développement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Several mechanisms are in regular use, each chosen for what it finances best (for example outcome-based finance where results can be measured, public–private partnerships for networks), and their costs and results are compared with direct public funding.',
                fr: 'Plusieurs mécanismes sont utilisés régulièrement, chacun choisi pour ce qu’il finance le mieux (par exemple le financement fondé sur les résultats lorsque ceux-ci sont mesurables, les partenariats public-privé pour les réseaux), et leurs coûts et leurs résultats sont comparés à ceux d’un financement public direct.',
              },
            },
          ],
        },
        {
          id: 'innovative-financing-zero-rating',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Can learners reach educational content without paying for mobile data?',
            fr: 'Les élèves peuvent-ils accéder aux contenus éducatifs sans payer de données mobiles ?',
          },
          help: {
            en: 'Zero-rating means that using certain websites or applications does not count against a user’s mobile data allowance; the cost is borne by operators, the government or content providers.',
            fr: 'La gratuité des données (« zero-rating ») signifie que la consultation de certains sites ou applications n’est pas décomptée du forfait de données mobiles de l’utilisateur ; le coût est pris en charge par les opérateurs, l’État ou les fournisseurs de contenus.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No: learners pay for all the data they use to reach educational platforms and content.',
                fr: 'Non : les élèves paient toutes les données qu’ils utilisent pour accéder aux plateformes et aux contenus éducatifs.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Zero-rating was agreed with some operators for a limited period, for example during school closures, or covers only some platforms; it has lapsed or is not monitored.',
                fr: 'La gratuité des données a été obtenue auprès de certains opérateurs pour une durée limitée, par exemple pendant la fermeture des écoles, ou ne couvre que certaines plateformes ; elle a pris fin ou n’est pas suivie.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Standing agreements with the main mobile operators zero-rate the national learning platform and other approved educational sites.',
                fr: 'Des accords permanents avec les principaux opérateurs mobiles rendent gratuit l’accès à la plateforme nationale d’apprentissage et aux autres sites éducatifs agréés.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Standing agreements with all main operators cover the national platform and approved sites; use is monitored, the list of sites is updated as content changes, and rules prevent the arrangement from favouring particular commercial services.',
                fr: 'Des accords permanents avec tous les principaux opérateurs couvrent la plateforme nationale et les sites agréés ; l’utilisation est suivie, la liste des sites est mise à jour au gré de l’évolution des contenus, et des règles empêchent que le dispositif favorise certains services commerciaux.',
              },
            },
          ],
        },
      ],
    },
  ],
};
