import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module for pillar 1, coordination and leadership: one section per component of
 * framework 2.0.0. Every practice and example cites its sources; the sources that only this
 * module cites are listed in `coordinationLeadershipSources`, the shared ones in `./sources.ts`.
 */
export const coordinationLeadershipModule: CourseModule = {
  pillar: 'coordination-leadership',
  overview: {
    en: 'This pillar looks at whether the government steers the digital transformation of education rather than following it. It covers five things: a national strategy for digital education tied to the education sector plan; coordination between the ministries and levels of government whose decisions shape digital learning in schools; partnerships with donors, companies and civil society that the government directs; the policies and rules that protect learners, children above all; and equity, so that girls, displaced learners and learners in remote areas are not left further behind. The questions ask for evidence: adopted texts, mandates, minutes, monitoring reports.',
  },
  whyItMatters: {
    en: 'Devices, connections and platforms do not add up to a transformation on their own. Where no one holds the whole picture, projects multiply, overlap and stop when their funding stops, and the running costs they leave behind fall on schools. A government that sets the direction, assigns clear responsibilities and checks results can make the contributions of ministries, regions and partners add up. It is also the only actor that can make sure that the learners who most need public action, rather than those easiest to reach, are served first.',
  },
  reflection: [
    {
      en: 'Who, by name and by post, answers today for the digital transformation of education, and what can that person or unit decide without asking anyone else?',
    },
    {
      en: 'Which digital education initiatives now running in the country did the ministry not plan, and how did it learn of them?',
    },
    {
      en: 'Which learners would be the last to benefit if current plans were carried out as written, and what in those plans would change that?',
    },
    {
      en: 'What evidence could the team put on the table today for each answer it gives in this pillar?',
    },
  ],
  sections: [
    {
      component: 'digital-strategy',
      overview: {
        en: 'A national strategy for digital education says what the country wants technology to do for learning, for whom, by when, at what cost and under whose responsibility. It may be a stand-alone document or a chapter of the education sector plan or of the national digital strategy; what matters is that it is adopted, costed, tied to the goals of the sector and reviewed against its targets.',
      },
      whyItMatters: {
        en: 'Without an adopted strategy, digital initiatives follow the offers of suppliers and donors rather than the needs of learners, and each new project starts from scratch. A strategy gives the ministry a basis for saying no as well as yes, for setting budget lines and for asking partners to align. A strategy that is neither costed nor reviewed tends to stay on the shelf.',
      },
      practices: [
        {
          text: {
            en: 'Start from the education problems the country wants to solve, and only then ask which technologies, if any, can help. The first of the World Bank’s five principles for investing in education technology is to begin by asking why, and UNESCO’s 2023 Global Education Monitoring Report looks at each use of technology through its relevance, equity, scalability and sustainability.',
          },
          sources: ['world-bank-reimagining-2020', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Write the strategy as a plan that can be carried out: targets with baselines, a year-by-year costing, a timeline, a named unit in charge and a monitoring framework, with a set cycle of review and update. UNESCO’s guidelines for ICT in education policies and masterplans propose such an iterative roadmap, covering governance, funding, result-based activities and implementation.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
        {
          text: {
            en: 'Tie the strategy to the education sector plan and to the national digital strategy, so that its targets appear in the results framework of the sector and its costs in the budget of the sector, rather than in a parallel document that only partners read.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
      ],
      pitfalls: [
        {
          en: 'A strategy written by consultants for a donor, adopted without the budget department and forgotten when the project ends.',
        },
        {
          en: 'Targets stated as equipment delivered, such as devices handed out or classrooms connected, with no target for use or for learning.',
        },
        {
          en: 'A strategy that has expired without anyone noticing, because no review date was ever set.',
        },
      ],
      examples: [
        {
          country: 'EST',
          text: {
            en: 'In February 2014 the government of Estonia approved the Estonian Lifelong Learning Strategy 2020, which made a digital focus in lifelong learning one of its five strategic goals. The strategy was the stated basis for the government’s education funding decisions for 2014–2020, so digital learning sat inside the education strategy rather than beside it.',
          },
          sources: ['estonia-lifelong-learning-strategy-2020'],
        },
        {
          country: 'IRL',
          text: {
            en: 'In 2022 Ireland’s Department of Education published the Digital Strategy for Schools to 2027, prepared after a consultation, as the successor to its Digital Strategy for Schools 2015–2020. It is organised in three pillars: digital technologies in teaching, learning and assessment; digital technology infrastructure; and policy, research and digital leadership.',
          },
          sources: ['ireland-digital-strategy-schools-2027'],
        },
      ],
      reflection: [
        {
          en: 'If the strategy in force were withdrawn tomorrow, which budget lines, projects or decisions would change?',
        },
        {
          en: 'Which targets of the strategy have a baseline and a source of data, and which do not?',
        },
        {
          en: 'When was the strategy last reviewed against its targets, and what changed as a result?',
        },
        {
          en: 'Who wrote the strategy, and who was consulted: teachers, learners, regions, the finance ministry?',
        },
      ],
    },
    {
      component: 'cross-government-coordination',
      overview: {
        en: 'Many decisions that shape digital education are taken outside the education ministry: telecommunications regulation and universal service funds, electricity, public finance, data protection, the national digital agency, and the regional or local governments that own or run schools. This component asks whether a standing body brings these actors together, whether each has a written mandate, and whether decisions reach the regions.',
      },
      whyItMatters: {
        en: 'The education ministry cannot connect schools on its own, nor keep devices working if no one pays for technicians. When ministries act separately, the same school may be surveyed twice and never connected, or equipped by one programme and left without power by another. Written mandates turn goodwill into obligations that outlast a change of minister.',
      },
      practices: [
        {
          text: {
            en: 'Map who decides what: for each part of digital education (connectivity, power, devices, content, data, protection), name the institution responsible, the law or decree that gives it that role and the budget it controls. The OECD’s 2023 country notes on digital education ecosystems and governance describe how responsibilities are divided among public bodies in each country they cover, and can serve as a model for this exercise.',
          },
          sources: ['oecd-country-digital-ecosystems-2023'],
        },
        {
          text: {
            en: 'Give the coordination body a legal basis, a chair with authority over its members, a secretariat, a calendar of meetings and published decisions. A body created by law, with named member institutions, is harder to let lapse than a committee that meets when a donor asks.',
          },
          sources: ['uruguay-ley-18640-2010', 'unesco-ict-masterplans-2022'],
        },
        {
          text: {
            en: 'Bring regional and local governments into the plan through written agreements that state what each level provides (connection, equipment, staff, running costs) and the support it receives in return, so that national decisions reach the schools that must carry them out.',
          },
          sources: ['oecd-country-digital-ecosystems-2023', 'brazil-decreto-9204-2017'],
        },
      ],
      pitfalls: [
        {
          en: 'A coordination committee with many members but no power to decide, whose minutes record discussions and no decisions.',
        },
        {
          en: 'Leaving out the finance ministry and the telecommunications regulator, who hold the money and the levers for connectivity.',
        },
        {
          en: 'National decisions that never reach the districts and schools that must carry them out.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'In 2010 Uruguay’s Law No. 18.640 created a non-state public-law centre, reporting to the Presidency, to run programmes that included the Ceibal programme for educational connectivity. Its governing board brought together delegates of the Executive, who chairs it, of the national public education administration (ANEP) and of the ministries of education and culture, public health, and economy and finance.',
          },
          sources: ['uruguay-ley-18640-2010'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree No. 9.204 of November 2017 created the Programa de Inovação Educação Conectada to support universal access to high-speed internet and the pedagogical use of digital technology in basic education. The decree frames the programme as a joint effort of the federal government, the states, the Federal District, the municipalities, schools, the business sector and civil society.',
          },
          sources: ['brazil-decreto-9204-2017'],
        },
      ],
      reflection: [
        {
          en: 'Which institution outside the education ministry could block the digital strategy tomorrow, and does it sit on the coordination body?',
        },
        {
          en: 'What did the coordination body decide at its last meeting, and who has carried it out?',
        },
        {
          en: 'How does a regional or district official learn of a national decision on digital education, and how long does it take?',
        },
        {
          en: 'Where two bodies claim the same task, or none claims it, who settles the matter?',
        },
      ],
    },
    {
      component: 'partnerships',
      overview: {
        en: 'Development partners, technology companies, telecommunications operators, foundations and civil society organisations bring money, products and expertise. This component asks whether the government steers them: whether partner projects are aligned with the national strategy and known to the ministry, and whether written rules of engagement govern what partners may do in schools, with learners’ data and with content paid for by the public.',
      },
      whyItMatters: {
        en: 'Partners can speed up a national plan or break it into pieces. Pilots that each use a different platform, device or data format leave the ministry with systems it cannot maintain, and free offers can turn into costly dependencies once the free period ends. Clear rules let the government accept help while keeping control of priorities, data and long-term costs.',
      },
      practices: [
        {
          text: {
            en: 'Keep a single register of all digital education projects funded by partners (what, where, how much, until when) and review it with them each year against the national strategy, for instance at the joint sector review. Engaging the whole ecosystem, one of the World Bank’s five principles for education technology, presupposes that the government knows who is doing what.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Set rules of engagement before anything is signed: alignment with the strategy, open standards and formats, ownership and protection of learners’ data, no commercial targeting of children, and a plan for who pays running costs after the project. UNESCO’s 2023 Global Education Monitoring Report argues that technology rules made outside the education sector may not meet its needs, and the UN Committee on the Rights of the Child asks states to guard children against commercial exploitation in the digital environment.',
          },
          sources: ['unesco-gem-2023', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Accepting free devices or licences without asking who will maintain, replace and pay for them when the offer ends.',
        },
        {
          en: 'Pilots evaluated by the partner that runs them, and scaled up on that evidence alone.',
        },
        {
          en: 'Agreements that leave unclear who owns learners’ data or the content produced with public money.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'How many partner projects in digital education are running now, and could the ministry list them without asking the partners?',
        },
        {
          en: 'Has the ministry ever declined or reshaped an offer from a partner because it did not fit the strategy?',
        },
        {
          en: 'What happens to the platforms, devices and data of a partner project on the day it ends?',
        },
      ],
    },
    {
      component: 'policy-regulation',
      overview: {
        en: 'This component looks at two kinds of rules. The first protect children in digital education: from harmful content, cyberbullying, grooming and exploitation, and from the misuse of their personal data. The second make policy accountable: indicators, regular reports and reviews that show whether what was decided is being done. Standards for interoperability and for accessible content are treated in other pillars.',
      },
      whyItMatters: {
        en: 'Bringing learners online brings the risks of the online world into school, and schools collect more data about children than almost any other institution. Rules written for adults or for commerce rarely fit. Monitoring matters for the same reason as rules: without indicators and reports, a ministry cannot tell whether protection works, whether schools use what they received, or where to change course.',
      },
      practices: [
        {
          text: {
            en: 'Ground child protection in children’s rights. General comment No. 25 (2021) of the UN Committee on the Rights of the Child asks states to protect children from harm in the digital environment while respecting their rights to information, participation and privacy, and to regulate how businesses use their data.',
          },
          sources: ['un-crc-general-comment-25'],
        },
        {
          text: {
            en: 'Set rules that bind the online services schools use, not only the schools: high privacy settings by default, collection of the minimum data needed, profiling switched off by default, and a regulator able to check. The code of practice on age-appropriate design issued in the United Kingdom is one model of such rules.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          text: {
            en: 'Monitor implementation with a small set of indicators taken from the results framework of the strategy, reported on a fixed cycle and published, so that the coordination body and partners discuss the same figures, and feed the findings into the regular review of the strategy.',
          },
          sources: ['unesco-ict-masterplans-2022'],
        },
      ],
      pitfalls: [
        {
          en: 'Relying on a general data protection law that no one has interpreted for schools and education platforms.',
        },
        {
          en: 'Protection reduced to blocking websites, with no procedure for reporting and handling incidents such as cyberbullying.',
        },
        {
          en: 'Monitoring reports that count deliveries and training sessions but never report on use or on learning.',
        },
      ],
      examples: [
        {
          country: 'GBR',
          text: {
            en: 'In the United Kingdom, the Information Commissioner’s Office issued the Age appropriate design code, a statutory code of practice under the Data Protection Act 2018. It came into force in September 2020 with a twelve-month transition period, and sets 15 standards for online services likely to be accessed by children, educational websites and apps included.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          country: 'FRA',
          text: {
            en: 'France’s Law No. 2018-698 of 3 August 2018 bans pupils from using mobile phones and other connected devices in nursery and primary schools and in lower secondary schools (collèges), except for teaching purposes and in places the school rules allow; upper secondary schools may set a ban in their own rules. The same law added education in responsible civic use of the internet to the aims of schools.',
          },
          sources: ['france-loi-2018-698'],
        },
      ],
      reflection: [
        {
          en: 'If a pupil were bullied through a school platform tomorrow, who would be told, and what would happen next?',
        },
        {
          en: 'Which rules bind the companies whose services schools use with children, and who checks that they are followed?',
        },
        {
          en: 'Which indicators of the digital strategy were last reported, when, and to whom?',
        },
        {
          en: 'Have learners or parents been asked how safe they feel in digital learning?',
        },
      ],
    },
    {
      component: 'inclusion',
      overview: {
        en: 'Equity and inclusion asks whether digital education reaches, on equal terms, the learners most easily left out. The framework looks at three groups: girls and women, women teachers included, whose gaps in access and skills should be measured and acted on; refugee, internally displaced and migrant learners, who should learn within national systems in a language they understand; and learners in remote and rural areas.',
      },
      whyItMatters: {
        en: 'Technology tends to reach first those who already have the most: connected homes, urban schools, families who can buy devices. Left to itself, a digital programme can widen the gaps it was meant to close. Equity has to be designed in from the start: targets for each group, data broken down to show who is missed, and resources directed to them first.',
      },
      practices: [
        {
          text: {
            en: 'Measure gender gaps in access to devices and connectivity and in digital skills, for learners and for teachers, and answer them with targeted measures. UNESCO’s 2019 policy paper for the EQUALS Skills Coalition, I’d blush if I could, found the gender gap in digital skills wide and growing in most parts of the world and argues for gender-responsive digital skills education; the 2024 gender report of the Global Education Monitoring Report documents persistent gaps in access to technology and in digital skills.',
          },
          sources: ['unesco-equals-id-blush-2019', 'unesco-gem-gender-report-2024'],
        },
        {
          text: {
            en: 'Plan for displaced learners within the national system rather than beside it: count them in the sector plan, open national digital platforms and content to them in a language they understand, and recognise what they learn. UNHCR’s Refugee Education 2030 strategy (2019) sets inclusion of refugees in national education systems as its goal, with internally displaced learners in host communities included in its vision.',
          },
          sources: ['unhcr-refugee-education-2030'],
        },
        {
          text: {
            en: 'Break down connectivity and device data by location and household wealth, and set targets for remote and rural schools rather than national averages. UNICEF and ITU estimated in 2020 that children and young people in rural and poorer households are much less likely to have internet access at home, so what the school provides matters most for them.',
          },
          sources: ['unicef-itu-home-internet-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Reporting national averages only, which hide the schools and groups that are left out.',
        },
        {
          en: 'Treating refugee learners as a humanitarian matter outside the ministry’s plans, served by short projects on separate platforms.',
        },
        {
          en: 'Equipping the easiest schools first and never reaching the hardest, because each phase is judged on the number of schools reached.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s 2017 decree creating the Educação Conectada programme lists among its principles equal conditions among public schools for the pedagogical use of technology, and the promotion of access to technology in schools located in regions of greater socio-economic vulnerability and with low results on education indicators.',
          },
          sources: ['brazil-decreto-9204-2017'],
        },
      ],
      reflection: [
        {
          en: 'Which data would show today whether girls and boys, or women and men teachers, use digital technology at school on equal terms?',
        },
        {
          en: 'Are refugee, displaced and migrant learners counted in the plans and data of the digital strategy, and in which language do they learn online?',
        },
        {
          en: 'Which schools would be the last to be connected under the current plan, and why?',
        },
        {
          en: 'What share of the digital education budget is explicitly directed to the groups named in this section?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites; the shared ones are in `./sources.ts`. */
export const coordinationLeadershipSources: CourseSource[] = [
  {
    id: 'unesco-ict-masterplans-2022',
    publisher: 'UNESCO',
    title: 'Guidelines for ICT in education policies and masterplans',
    year: 2022,
  },
  {
    id: 'oecd-country-digital-ecosystems-2023',
    publisher: 'OECD',
    title:
      'Country Digital Education Ecosystems and Governance: A Companion to Digital Education Outlook 2023',
    year: 2023,
  },
  {
    id: 'estonia-lifelong-learning-strategy-2020',
    publisher: 'Ministry of Education and Research of Estonia',
    title: 'The Estonian Lifelong Learning Strategy 2020',
    year: 2014,
  },
  {
    id: 'ireland-digital-strategy-schools-2027',
    publisher: 'Department of Education (Ireland)',
    title: 'Digital Strategy for Schools to 2027',
    year: 2022,
    url: 'https://www.gov.ie/en/publication/69fb88-digital-strategy-for-schools/',
  },
  {
    id: 'france-loi-2018-698',
    publisher: 'République française',
    title:
      'Loi n° 2018-698 du 3 août 2018 relative à l’encadrement de l’utilisation du téléphone portable dans les établissements d’enseignement scolaire',
    year: 2018,
  },
  {
    id: 'unesco-equals-id-blush-2019',
    publisher: 'UNESCO and EQUALS Skills Coalition',
    title: 'I’d blush if I could: closing gender divides in digital skills through education',
    year: 2019,
  },
  {
    id: 'unesco-gem-gender-report-2024',
    publisher: 'UNESCO',
    title: 'Global Education Monitoring Report 2024, Gender Report: Technology on her terms',
    year: 2024,
    url: 'https://doi.org/10.54676/WVCF2762',
  },
  {
    id: 'unhcr-refugee-education-2030',
    publisher: 'UNHCR',
    title: 'Refugee Education 2030: A Strategy for Refugee Inclusion',
    year: 2019,
  },
];
