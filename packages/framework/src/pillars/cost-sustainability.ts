import type { Pillar } from '@dtc/schema';

/**
 * Pillar 3, framework version 2.0.0. The components are this toolkit's proposal (origin
 * 'proposed'), drawn from the financing models discussed around the framework.
 */
export const costSustainability: Pillar = {
  id: 'cost-sustainability',
  title: { en: 'Cost and sustainability' },
  summary: {
    en: 'Whether digital education is financed in a way that lasts: a costed plan with its own budget lines, budgets that cover running costs as well as purchases, procurement that gets value for money, and sources of finance beyond the education budget.',
  },
  components: [
    {
      id: 'financing-strategy',
      origin: 'proposed',
      title: { en: 'Financing strategy' },
      summary: {
        en: 'A costed plan for digital education, dedicated lines in the education budget, and allocation rules that direct funds to where they are most needed.',
      },
      questions: [
        {
          id: 'financing-strategy-costing',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Has the digital education strategy been costed year by year?',
          },
          help: {
            en: 'A year-by-year costing shows, for each year of the strategy, what each action will cost, with investment (equipment, connections) apart from running costs (subscriptions, maintenance, staff, training). The medium-term expenditure framework (MTEF) is the government’s rolling budget plan over three to five years. Where the money comes from is asked in the questions on budget lines and on innovative financing.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one has estimated what the country’s digital education plans will cost.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Costs have been estimated for some projects, often by partners, or as a single total for the strategy, but the strategy as a whole is not broken down by year.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The whole strategy is costed year by year over its full period, action by action, with investment and running costs shown separately.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The year-by-year costing of the whole strategy, with investment and running costs shown separately, is updated at least once a year with actual spending and is used to prepare the medium-term expenditure framework and the annual budget.',
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
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The national budget has no line for digital education; any spending comes from donors or one-off allocations.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital spending appears in the budget, but hidden within other lines or as one-off investments, so it cannot be tracked and varies widely from year to year.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The education budget has identifiable lines for digital education, covering both investment and running costs, and spending on them is reported every year.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Identifiable lines for investment and running costs are planned over several years in the medium-term expenditure framework, and more than 80% of the amounts voted were spent in each of the last two years.',
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
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no allocation rules: funds and equipment go to the schools that ask, are easiest to reach, or are chosen by a project.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some programmes have selection criteria, but they are not published or not applied consistently, and urban schools remain better served than rural ones.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A published allocation formula or set of criteria gives extra weight to remoteness, poverty and the number of learners with disabilities, and applies to all national programmes.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A published formula weighted by need applies to national and partner-funded programmes alike, and yearly data show the gap in equipment and connectivity between advantaged and disadvantaged schools narrowing.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'total-cost-of-ownership',
      origin: 'proposed',
      title: { en: 'Total cost of ownership' },
      summary: {
        en: 'Planning for everything a technology costs over its life, not only its purchase: connectivity fees, electricity, maintenance, support, training, content, licences and replacement.',
      },
      questions: [
        {
          id: 'total-cost-of-ownership-estimates',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are running costs counted when digital investments are decided?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Decisions consider the purchase price only; running costs come as a surprise later.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some running costs, such as the first years of connectivity or a warranty, are included in project budgets, but not for the full life of the equipment.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every major investment is approved on the basis of an estimate of its cost over its whole life, usually five years or more, covering connectivity, power, maintenance, support, training, licences and replacement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Whole-life cost estimates are required for major investments and later compared with actual costs; the differences are used to improve future estimates and to choose between options.',
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
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one: when project funding ends, connections are cut and broken devices are not repaired, unless schools or families pay.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The government takes over some running costs after projects end, but schools still pay part of connectivity or maintenance from their own funds or parents’ contributions, so some schools keep their services and others lose them.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The government budget covers the main running costs (connectivity, maintenance, support) of the programmes it runs, and every partner project has a handover plan stating who pays what once external funding ends.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The running costs of all digital programmes, including those started by partners, are in the multi-year budget, and school grants include an amount for digital running costs based on each school’s size and location.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'procurement',
      origin: 'proposed',
      title: { en: 'Procurement' },
      summary: {
        en: 'How devices, connectivity, software and services are bought: open competition, pooled purchasing to lower prices, value for money over the life of a contract, and no dependence on a single vendor.',
      },
      questions: [
        {
          id: 'procurement-transparency',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How transparent are digital education purchases?',
          },
          help: {
            en: 'Functional specifications describe what a product must do (battery life, offline use, languages supported) rather than naming a brand or model.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Most purchases are made by direct agreement with a supplier, and contracts are not published.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Large purchases go through competitive tenders, but specifications are sometimes written around one product, and awards and prices are not published.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Large purchases follow open tenders with functional specifications rather than brand names, and awards, prices and suppliers are published.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Open tenders with functional specifications are the rule and their results are published; suppliers’ delivery and service levels are monitored, penalties are applied when they fall short, and past performance counts in later tenders.',
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
          },
          help: {
            en: 'Giga reports that pooling the procurement of school connectivity can lower its cost by up to 60%.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Each school, region or project buys on its own, at whatever price it can obtain.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some items are bought centrally, but schools, regions and projects still buy similar items separately, and no one compares the prices paid.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Connectivity, devices and licences are bought through national framework agreements from which schools and regions can order, and prices paid are compared with previous contracts and other countries.',
              },
            },
            {
              level: 4,
              text: {
                en: 'National framework agreements cover the main items, the country joins regional or international pooled purchases where they offer better terms, and the savings obtained are measured and reported.',
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
          },
          help: {
            en: 'Vendor lock-in is when changing supplier becomes too costly because data, content or equipment only work with one company’s products.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Contracts say nothing about what happens when they end; the ministry could not change supplier without losing data or equipment that still works.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some contracts include exit clauses, but data, content and systems are in formats only the supplier can use, so changing supplier would mean starting again.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Contracts require open or standard data formats, give the ministry ownership of its data and of the content it pays for, and include an exit plan with a handover period.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These clauses are standard in all digital education contracts, and before each renewal the ministry checks that it could switch supplier, for example by exporting its data in full, and uses this in negotiations.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'innovative-financing',
      origin: 'proposed',
      title: { en: 'Innovative financing' },
      summary: {
        en: 'Finance beyond the education budget and traditional grants: universal service funds, discounted tariffs for schools, public–private partnerships, blended and outcome-based finance, and zero-rating of educational content.',
      },
      questions: [
        {
          id: 'innovative-financing-universal-service-fund',
          kind: 'rubric',
          allowNotApplicable: false,
          allowDontKnow: true,
          title: {
            en: 'How much of school connectivity is paid for by telecom-sector funds, such as a universal service fund?',
          },
          help: {
            en: 'Many countries require telecom operators to pay a share of their revenue into a universal service fund, or a similar levy, that extends networks to under-served areas; connecting schools is a common use. A country with no such fund or levy answers level 1.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No telecom-sector fund pays for school connectivity: the country has no universal service fund or similar levy, or its fund finances no school connections.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The fund has paid for school connections through one-off projects or pilots, with no commitment to continue.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every year, the fund’s published programme sets aside an amount for school connectivity that pays for new connections of schools listed in the national connectivity plan; the amount is decided one year at a time.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A multi-year commitment, set out in the fund’s published programme, pays for new connections and for the running costs of the school connectivity plan (subscriptions, maintenance); the amounts are disbursed as planned and reported every year.',
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
          },
          help: {
            en: 'E-Rate, in the United States, gives schools and libraries discounts on connectivity, financed by a levy on telecom operators. Blended finance combines public or philanthropic money with commercial investment. Outcome-based financing, such as outcome bonds, pays only when agreed results are achieved.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Digital education depends entirely on the education budget and donor grants; no other mechanism has been explored.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Other mechanisms have been discussed or tried once, such as a corporate social responsibility donation or a pilot with a telecom operator, but there is no framework to repeat or scale them.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least one mechanism beyond the budget and grants is used regularly under a written framework, such as discounted connectivity tariffs for schools, a public–private partnership, or blended finance with a development bank.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Several mechanisms are in regular use, each chosen for what it finances best (for example outcome-based finance where results can be measured, public–private partnerships for networks), and their costs and results are compared with direct public funding.',
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
          },
          help: {
            en: 'Zero-rating means that using certain websites or applications does not count against a user’s mobile data allowance; the cost is borne by operators, the government or content providers.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No: learners pay for all the data they use to reach educational platforms and content.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Zero-rating was agreed with some operators for a limited period, for example during school closures, or covers only some platforms; it has lapsed or is not monitored.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Standing agreements with the main mobile operators zero-rate the national learning platform and other approved educational sites.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Standing agreements with all main operators cover the national platform and approved sites; use is monitored, the list of sites is updated as content changes, and rules prevent the arrangement from favouring particular commercial services.',
              },
            },
          ],
        },
      ],
    },
  ],
};
