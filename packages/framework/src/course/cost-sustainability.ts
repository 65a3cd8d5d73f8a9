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
  },
  whyItMatters: {
    en: 'Digital programmes can falter not at launch but in the years that follow, when connection fees, repairs, support and replacement fall due and no budget line covers them. Equipment then sits unused, and the gap widens between schools that can pay and schools that cannot. A team that knows what its plans really cost, who pays for each part and how contracts are awarded can protect what has been built, make its case to the ministry of finance, and choose options the country can afford to keep running.',
  },
  reflection: [
    {
      en: 'If all external funding stopped tomorrow, which digital services in schools would still be running a year later, and who would be paying for them?',
    },
    {
      en: 'Does the ministry of finance see our digital education plan as a costed programme with its own budget lines, or as a list of separate projects?',
    },
    {
      en: 'Which recurring costs of our current programmes are not yet covered by any budget?',
    },
    {
      en: 'Where do we depend on a single supplier, donor or operator, and what would it cost us to change?',
    },
  ],
  sections: [
    {
      component: 'financing-strategy',
      overview: {
        en: 'A financing strategy turns the digital education plan into figures the government can act on: what each measure costs in each year, which share the national budget, partners and other sources will cover, and what gap remains. It also covers how this money appears in the budget, so that spending can be followed, and the rules that decide which regions and schools receive funds and equipment.',
      },
      whyItMatters: {
        en: 'A plan without a costing is hard to defend in budget negotiations, and spending hidden in other lines cannot be tracked or protected when budgets are cut. Allocation rules matter as much as amounts: without published criteria, resources tend to go to the schools that ask first or are easiest to reach, which widens the very gaps the plan was meant to close.',
      },
      practices: [
        {
          text: {
            en: 'Cost the plan with a simple year-by-year model that links each activity to unit costs and to the numbers of schools, teachers and learners concerned, and bring it into the education sector plan and the medium-term expenditure framework instead of keeping it as a separate project document.',
          },
          sources: ['cs-iiep-gpe-sector-plan-guidelines-2015'],
        },
        {
          text: {
            en: 'Separate the costs of enabling digital learning, such as electricity, connectivity and affordable data, from the costs of delivering it, as UNICEF’s 2021 global costing does, so that each can be planned, funded and tracked on its own terms.',
          },
          sources: ['cs-unicef-digital-learning-cost-2021'],
        },
        {
          text: {
            en: 'Start from the educational purpose and from the learners furthest behind: publish allocation criteria that give extra weight to remoteness, poverty and disability, and apply them to partner-funded programmes as well as national ones.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Give the programme a stable legal and institutional basis, with the ministry of finance involved from the start, so that its funding does not depend on a single political cycle or a single project.',
          },
          sources: ['world-bank-plan-ceibal-2016'],
        },
      ],
      pitfalls: [
        {
          en: 'Costing only the first purchase of equipment and treating everything that follows as someone else’s problem.',
        },
        {
          en: 'Counting partners’ pledges as secured funding before agreements are signed.',
        },
        {
          en: 'Keeping digital spending inside general budget lines, so that no one can say how much was spent or on what.',
        },
        {
          en: 'Spreading equipment thinly across all schools for visibility, so that no school has enough to change how it teaches.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'Uruguay announced Plan Ceibal in 2006 and began it with a pilot in 2007, with the aim of giving a laptop to every pupil and teacher in public primary schools. In 2010, Law 18.640 created a dedicated non-state public-law body, the Centre for Technological and Social Inclusion, to run the programme, with a governing board that includes delegates of the Ministry of Economy and Finance and of the national public education administration.',
          },
          sources: ['world-bank-plan-ceibal-2016', 'uruguay-ley-18640-2010'],
        },
      ],
      reflection: [
        {
          en: 'Can we state what our digital education plan will cost next year and in five years, and how much of that is funded?',
        },
        {
          en: 'Where does spending on digital education appear in the current budget, and could we report what was spent last year?',
        },
        {
          en: 'Who decides which schools receive equipment and connectivity, and on the basis of which published criteria?',
        },
        {
          en: 'Is the ministry of finance involved early enough to treat the plan as a lasting commitment rather than a one-off request?',
        },
      ],
    },
    {
      component: 'total-cost-of-ownership',
      overview: {
        en: 'Total cost of ownership is everything a technology costs over its working life, not only its purchase price: connectivity fees, electricity, maintenance and repair, technical support, training, content and licences, and eventual replacement. This component asks whether these costs are estimated before an investment is approved, and whether someone is clearly responsible for paying them once a project or a donor grant ends.',
      },
      whyItMatters: {
        en: 'The purchase price is only one part of the bill, and the most visible one. When running costs are not planned, connections are cut, broken devices stay broken and teachers stop relying on tools that may not work on the day. Knowing the whole-life cost also changes choices: a cheaper device that fails sooner, or software whose licence fees rise each year, may cost more in the end.',
      },
      practices: [
        {
          text: {
            en: 'Estimate the cost of each major investment over its expected life, listing recurring items (connectivity, power, maintenance, support, training, licences, replacement) next to the purchase price, and approve the investment only on the basis of that estimate.',
          },
          sources: ['unesco-gem-2023', 'cs-unicef-digital-learning-cost-2021'],
        },
        {
          text: {
            en: 'Compare options on their whole-life cost rather than their unit price, favouring equipment that is durable, repairable and upgradeable, with spare parts and software updates guaranteed for a stated number of years.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
        {
          text: {
            en: 'Write a handover plan into every partner-funded project, stating which running costs the government budget will take over, from which year and through which budget line.',
          },
          sources: ['world-bank-reimagining-2020', 'cs-iiep-gpe-sector-plan-guidelines-2015'],
        },
        {
          text: {
            en: 'Provide schools with regular funding for digital running costs, such as the internet subscription, so that staying connected does not depend on parents’ contributions.',
          },
          sources: ['brazil-lei-14180-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Approving a device programme on the basis of the unit price in the tender alone.',
        },
        {
          en: 'Relying on warranties and free introductory connectivity that end after a year or two, with nothing planned to replace them.',
        },
        {
          en: 'Forgetting the electricity, secure storage, insurance and technical support that equipment needs once it is in schools.',
        },
        {
          en: 'Leaving schools to pay connection fees from parents’ contributions, which deepens inequalities between schools.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil created the Connected Education Innovation Programme (Educação Conectada) by decree in 2017 and made it a national policy through Law 14.180 of 2021. Under this policy, the federal government may give schools and school networks technical or financial support to contract an internet service, install the network that distributes the signal inside the school and acquire devices, and it publishes reference parameters for contracting the internet service.',
          },
          sources: ['brazil-decreto-9204-2017', 'brazil-lei-14180-2021'],
        },
      ],
      reflection: [
        {
          en: 'For our largest digital investment, what will it cost each year until it is replaced, and who will pay for each item?',
        },
        {
          en: 'Which partner projects end in the next two years, and is there an agreed plan for their running costs?',
        },
        {
          en: 'Do schools receive any regular funding for connection fees, repairs or technical support?',
        },
        {
          en: 'Have we ever compared what a programme actually cost with what was estimated when it was approved?',
        },
      ],
    },
    {
      component: 'procurement',
      overview: {
        en: 'Procurement covers how devices, connectivity, software, content and services are bought: whether tenders are open and published, whether specifications describe what a product must do rather than name a brand, whether purchases are pooled to obtain better prices and terms, and whether contracts protect the ministry’s data and its freedom to change supplier, through open formats, full data export and exit clauses.',
      },
      whyItMatters: {
        en: 'Digital purchases are large, technical and fast-changing, which exposes them to inflated prices, specifications written around one product and long-term dependence on a single vendor. Sound procurement lowers unit costs, opens the market to more suppliers, and keeps the ministry in control of its systems and data when a contract ends.',
      },
      practices: [
        {
          text: {
            en: 'Publish tenders, awards, prices and suppliers for digital education purchases, use electronic procurement where it exists, and build a procurement team that understands technology markets.',
          },
          sources: ['cs-oecd-public-procurement-2015', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Pool demand through national framework agreements from which regions and schools can order, and compare the prices paid with earlier contracts and with other buyers.',
          },
          sources: ['cs-oecd-public-procurement-2015'],
        },
        {
          text: {
            en: 'Base specifications on functions and open standards (what a device or system must do, which formats it must read and export) rather than brand names, and write exit terms into every contract: the ministry owns its data and the content it paid for, data can be exported in full in open formats, and a handover period applies if the supplier changes.',
          },
          sources: ['cs-ec-against-lock-in-2013'],
        },
        {
          text: {
            en: 'Include durability, repairability, energy use and end-of-life collection in the award criteria for devices, drawing on criteria such as the EU green public procurement criteria for computers, tablets and smartphones published in 2021.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Specifications copied from a supplier’s brochure, so that only one product can qualify.',
        },
        {
          en: 'Accepting donated or heavily discounted systems whose licences, formats or maintenance later tie the ministry to one company.',
        },
        {
          en: 'Judging bids on purchase price alone, without weighing warranty, support response times and availability of spare parts.',
        },
        {
          en: 'Each region or project buying similar items separately, at different prices, with no one comparing them.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'For our last three large digital purchases, how many bidders took part, and what unit prices did we pay?',
        },
        {
          en: 'If our main platform supplier left next year, could we export all our data and content in a usable form?',
        },
        {
          en: 'Which items do regions and schools buy separately that we could buy together?',
        },
        {
          en: 'Do our award criteria take into account how long equipment will last and what happens to it at the end of its life?',
        },
      ],
    },
    {
      component: 'innovative-financing',
      overview: {
        en: 'Beyond the education budget and donor grants, other sources can finance digital education. For connectivity, the most common is the universal service fund, into which telecommunications operators pay a share of their revenue to extend services to under-served places. Others include discounted tariffs for schools, public–private partnerships, blended and outcome-based finance, and zero-rating, under which using approved learning content does not count against a mobile data allowance.',
      },
      whyItMatters: {
        en: 'Connecting every school and keeping it connected is expensive, and the education budget need not be the only source. Telecommunications funds and agreements with operators can cover part of the cost on a lasting basis, provided they are governed transparently, disbursed as planned and aligned with the national plan. Zero-rating can lower what families pay to reach learning content, which matters most for households that go online only through prepaid mobile data.',
      },
      practices: [
        {
          text: {
            en: 'Agree with the ministry in charge of telecommunications and the regulator that school connectivity is an eligible use of the universal service fund, with a multi-year commitment tied to the national connectivity plan and published reports on the amounts disbursed.',
          },
          sources: ['cs-itu-usf-digital-inclusion-2013'],
        },
        {
          text: {
            en: 'Consider subsidies for contracts that schools arrange themselves as well as national networks: in the E-Rate model, schools choose their provider through competitive bidding and a fund pays a discount that is larger for poorer and rural schools.',
          },
          sources: ['us-telecommunications-act-1996', 'cs-fcc-universal-service-order-1997'],
        },
        {
          text: {
            en: 'Before using a public–private partnership, blended or outcome-based finance, compare its full cost and risks with direct public funding of the same service, and keep the educational purpose, not the financial instrument, in the lead.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Negotiate standing zero-rating agreements with all major mobile operators for the national learning platform and approved content, managed through a published list that any provider of approved educational content can join, and monitor their use.',
          },
          sources: ['cs-edtech-hub-zero-rating-2020', 'cs-unicef-digital-learning-cost-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'A universal service fund that collects levies for years but disburses little, or finances projects unrelated to the education plan.',
        },
        {
          en: 'Zero-rating agreed during an emergency that quietly lapses, leaving learners to pay for data again.',
        },
        {
          en: 'Zero-rating the services of a single company, which can distort the market for learning content.',
        },
        {
          en: 'Complex financing deals whose transaction costs and obligations outweigh the money they bring.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'In the United States, the Telecommunications Act of 1996 extended universal service to schools and libraries, and in 1997 the Federal Communications Commission set up the support mechanism known as E-Rate. Schools and libraries select their providers through competitive bidding, and the Universal Service Fund, financed by contributions from telecommunications companies, pays a discount of 20% to 90% on eligible services, which rises with the poverty of the community served and is higher in rural areas.',
          },
          sources: ['us-telecommunications-act-1996', 'cs-fcc-universal-service-order-1997'],
        },
        {
          country: 'BRA',
          text: {
            en: 'In Brazil, Law 14.172 of 2021 required the federal government to transfer R$3.5 billion to the states and the Federal District to guarantee internet access for teachers in public basic education and for public-school students from low-income families or enrolled in schools of Indigenous and quilombola communities, financed in part by the telecommunications universal service fund (FUST).',
          },
          sources: ['cs-brazil-lei-14172-2021'],
        },
      ],
      reflection: [
        {
          en: 'Does our country have a universal service fund or a similar levy, how much has it disbursed, and has any of it reached schools?',
        },
        {
          en: 'Who in government could negotiate zero-rating with mobile operators, and which content would we include?',
        },
        {
          en: 'For any financing mechanism under discussion, what would it cost in total compared with funding the same service from the budget?',
        },
        {
          en: 'How would schools keep their connection if a temporary arrangement came to an end?',
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
