import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * The learning module of the pillar "Data and evidence" (framework 2.0.0): actionable
 * insights, systems integration, data quality and coverage, security and privacy, and
 * artificial intelligence.
 */
export const dataEvidenceModule: CourseModule = {
  pillar: 'data-evidence',
  overview: {
    en: 'This pillar looks at the data an education system holds about its learners, teachers and schools, and at what it does with them: whether data lead to decisions and to early support for learners, whether systems such as the education management information system (EMIS) exchange data through open standards, whether the data are complete, timely and reliable, whether learners’ personal data are protected, and whether artificial intelligence is used under clear rules. It is foundational: every other pillar relies on these data to know where it stands.',
  },
  whyItMatters: {
    en: 'Without reliable data, a ministry cannot see which schools lack teachers, which learners are about to drop out, or whether a programme works. The World Bank’s World Development Report 2018 argued that learning has to be measured before it can become a serious goal of policy. The same data carry risks: learners’ records are personal, and the spread of EdTech and AI multiplies those who hold them. A good data system therefore combines use, quality and protection, and answering this pillar honestly also tests the evidence behind the rest of the self-assessment.',
  },
  reflection: [
    {
      en: 'Which decisions did the ministry take last year on the basis of EMIS data, and which were taken without data?',
    },
    {
      en: 'How long after the school census are the data in the hands of those who plan?',
    },
    {
      en: 'Do we know which companies hold data about our learners, and on what terms?',
    },
    {
      en: 'Who decides whether, and how, AI may be used with learners’ data?',
    },
  ],
  sections: [
    {
      component: 'actionable-insights',
      overview: {
        en: 'Whether data are turned into decisions: indicators that planners, district officers and school heads actually use to allocate teachers and funds, early warning systems that flag learners at risk of dropping out so that schools can act in time, and publication of data and school results in forms that the public can understand and reuse.',
      },
      whyItMatters: {
        en: 'Collecting data costs money and school time, and only its use justifies the cost. Data returned to schools in a useful form give them a reason to report carefully. Early warning indicators let support arrive before a learner leaves school rather than after, and published results let families and communities see how their schools are doing and ask for improvement.',
      },
      practices: [
        {
          text: {
            en: 'Tie a small set of indicators that combine learning outcomes and progression through school to explicit targets for each level of the system, and review them on a fixed cycle.',
          },
          sources: ['world-bank-wdr-2018', 'world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Return data to schools and districts as reports or dashboards they can act on, not only to central planners.',
          },
          sources: ['world-bank-saber-emis-2014', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Build early warning systems on indicators that research links to dropping out, such as attendance and course performance, and pair each alert with a defined response by the school.',
          },
          sources: ['oecd-digital-education-outlook-2021', 'oecd-skills-governance-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Producing statistical yearbooks that arrive too late to inform the budget or the deployment of teachers.',
        },
        {
          en: 'Publishing raw league tables that compare schools serving very different learners.',
        },
        {
          en: 'Issuing early warning alerts with nobody responsible for acting on them.',
        },
        {
          en: 'Adding indicators every year without checking which ones anybody uses.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree 6.094 of 2007 made the Basic Education Development Index (IDEB), calculated by INEP from school census pass rates combined with national assessment results, the objective indicator for checking the targets of the ‘Compromisso Todos pela Educação’ plan.',
          },
          sources: ['brazil-decree-6094-2007'],
        },
      ],
      reflection: [
        {
          en: 'Which three indicators would the minister look at first, and are they available in time for the budget?',
        },
        {
          en: 'Do school heads receive their own school’s data back, in a form they can use?',
        },
        {
          en: 'When a learner is flagged as at risk of dropping out, who does what, and how quickly?',
        },
        {
          en: 'What do we publish about schools, and could a parent understand it?',
        },
      ],
    },
    {
      component: 'systems-integration',
      overview: {
        en: 'How the EMIS is built and connected: an architecture that links records on schools, learners and teachers with examinations, human resources, finance and learning platforms, unique identifiers that let records follow a learner, and the exchange of data through agreed open standards and documented interfaces rather than manual re-entry.',
      },
      whyItMatters: {
        en: 'Separate systems force schools to enter the same data several times, produce figures that do not match, and make it impossible to follow a learner from one school to the next. An integrated architecture gives one version of the facts, lightens the reporting burden on schools and lets new tools connect without custom work. Open standards also leave the ministry free to change suppliers.',
      },
      practices: [
        {
          text: {
            en: 'Treat the EMIS as a system of connected records with a defined architecture, not as a yearly questionnaire, and give one unit clear responsibility for it.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Agree on interoperability at four levels, legal, organisational, semantic and technical, before connecting systems, so that shared data mean the same thing everywhere.',
          },
          sources: ['ec-european-interoperability-framework-2017'],
        },
        {
          text: {
            en: 'Require open standards and documented interfaces in every purchase of a platform or system, so that data can flow to and from the EMIS, and give each learner a protected unique identifier so that records follow learners across schools and levels.',
          },
          sources: [
            'oecd-digital-education-outlook-2023',
            'ec-european-interoperability-framework-2017',
          ],
        },
      ],
      pitfalls: [
        {
          en: 'Buying modules from different suppliers with no agreement on data formats, then paying for custom links between them.',
        },
        {
          en: 'Asking schools to enter the same data in several systems.',
        },
        {
          en: 'Building an integrated system before deciding who may see which data.',
        },
        {
          en: 'Letting the EMIS depend on one person or one contractor who alone understands it.',
        },
      ],
      examples: [
        {
          country: 'EST',
          text: {
            en: 'Estonia’s Education Information System (EHIS) brings together in one national database data on schools, pupils, teachers, examinations and qualifications, which can be linked to labour-market data; an OECD case study published in 2020 describes how data enter it and how it is used for policy.',
          },
          sources: ['oecd-skills-governance-2020'],
        },
      ],
      reflection: [
        {
          en: 'How many times a year does a school head enter the same learner’s data in different systems?',
        },
        {
          en: 'Do the EMIS, the examination system and the payroll agree on how many teachers a school has?',
        },
        {
          en: 'Which of our systems use documented, open interfaces, and which depend on a single supplier?',
        },
        {
          en: 'Can we follow a learner who moves to another school or region without losing their record?',
        },
      ],
    },
    {
      component: 'quality-coverage',
      overview: {
        en: 'Whether the data can be trusted and cover everyone: how school data are collected (paper forms or digital records kept by schools), how soon they reach users, whether all schools, including non-state ones, are covered, whether figures are checked against other sources, and whether they can be broken down by sex, location, disability and other characteristics.',
      },
      whyItMatters: {
        en: 'Decisions are only as good as the data behind them. Incomplete coverage hides the learners the system serves worst, often in non-state or remote schools, and late data arrive after the budget is set. The 2030 Agenda for Sustainable Development, adopted in 2015, calls for data broken down by income, gender, age, disability, migratory status and location, because averages conceal the gaps that equity policies must close.',
      },
      practices: [
        {
          text: {
            en: 'Move from paper forms to digital records kept by schools and reused for the census, so that data are entered once and checked at entry.',
          },
          sources: ['world-bank-saber-emis-2014', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Cover every school, public and private, through a legal obligation to report, and name who is responsible for the accuracy of what is reported.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Verify data through automatic consistency checks, sample audits and comparison with other sources such as household surveys and payroll records.',
          },
          sources: ['world-bank-saber-emis-2014'],
        },
        {
          text: {
            en: 'Collect the characteristics needed to break indicators down, such as sex, location, disability and displacement, and publish the breakdowns.',
          },
          sources: ['un-2030-agenda-2015'],
        },
      ],
      pitfalls: [
        {
          en: 'Publishing enrolment figures from the census without checking them against population estimates or attendance.',
        },
        {
          en: 'Leaving non-state schools outside the census, so that the picture of the system is incomplete.',
        },
        {
          en: 'Collecting disaggregated data that no report ever uses.',
        },
        {
          en: 'Tying funding to reported enrolment without audits, which rewards inflated figures.',
        },
      ],
      examples: [
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Decree 6.425 of 2008 requires an annual school census of all public and private basic-education establishments, carried out with states and municipalities, with pupils, classes, schools and education staff as units of information, and makes authorities and private school heads responsible for the accuracy of what they declare.',
          },
          sources: ['brazil-decree-6425-2008'],
        },
      ],
      reflection: [
        {
          en: 'What share of schools, including private and community schools, reported in the last census?',
        },
        {
          en: 'How many months pass between the census reference date and the publication of results?',
        },
        {
          en: 'When did anyone last check census figures against an independent source?',
        },
        {
          en: 'Can we say how many learners with disabilities are enrolled, and where?',
        },
      ],
    },
    {
      component: 'security-privacy',
      overview: {
        en: 'How the personal data of learners and teachers are protected: a law that covers learners’ data, with specific rules for children; an authority able to enforce it in education; security practices in ministries, schools and suppliers; and transparency, so that learners and parents know what data are collected, why, and who holds them.',
      },
      whyItMatters: {
        en: 'Education systems hold data on almost every child in a country, and online learning has put more of it in private hands. In 2022 Human Rights Watch reported that most of the online learning products endorsed by governments during COVID-19 school closures that it examined appeared to have data practices that put children’s rights at risk or infringed them. Schools are targets of cyberattacks too. Trust, once lost, makes every later data collection harder.',
      },
      practices: [
        {
          text: {
            en: 'Base the rules for learners’ data on children’s rights: collect only what education requires, limit how long data are kept, and forbid commercial uses such as advertising and profiling.',
          },
          sources: ['un-crc-general-comment-25', 'coe-children-data-education-2020'],
        },
        {
          text: {
            en: 'Assess the risks to learners’ data before adopting any platform or tool that processes them, and write the resulting safeguards into the contract.',
          },
          sources: ['eu-gdpr-2016', 'coe-children-data-education-2020', 'hrw-edtech-children-2022'],
        },
        {
          text: {
            en: 'Apply a short list of high-impact security measures across the ministry and schools: multi-factor authentication, timely patching, tested back-ups and a rehearsed incident response plan.',
          },
          sources: ['cisa-k12-cybersecurity-2023'],
        },
        {
          text: {
            en: 'Tell learners and parents in plain language what data are collected, for what purpose, who receives them and for how long they are kept.',
          },
          sources: ['eu-gdpr-2016', 'coe-children-data-education-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Endorsing free platforms during an emergency without checking how they use learners’ data.',
        },
        {
          en: 'Relying on a general data protection law that no authority enforces in schools.',
        },
        {
          en: 'Sharing full learner records with partners when aggregate data would do.',
        },
        {
          en: 'Using consent forms that parents cannot refuse without their child losing access to school services.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'The Family Educational Rights and Privacy Act of 1974 gives parents in the United States the right to inspect their children’s education records and to ask for corrections, and generally requires their written consent before personally identifiable information from those records is disclosed; the rights pass to the student at 18 or on entering post-secondary education.',
          },
          sources: ['us-ferpa-1974'],
        },
        {
          country: 'GBR',
          text: {
            en: 'The United Kingdom’s Age Appropriate Design Code, a statutory code of practice of the Information Commissioner’s Office, came into force in September 2020 with a 12-month transition; its 15 standards apply to online services likely to be accessed by children, educational websites among them, and require high-privacy settings by default.',
          },
          sources: ['ico-age-appropriate-design-2020'],
        },
        {
          country: 'USA',
          text: {
            en: 'In January 2023, as required by the K-12 Cybersecurity Act of 2021, the US Cybersecurity and Infrastructure Security Agency published a report on cyber risks facing schools, recommending a few high-impact measures such as multi-factor authentication, patching, tested back-ups and an incident response plan.',
          },
          sources: ['cisa-k12-cybersecurity-2023'],
        },
      ],
      reflection: [
        {
          en: 'Which law protects learners’ data today, and does it say anything specific about children?',
        },
        {
          en: 'Who could tell us which companies receive data from the platforms our schools use?',
        },
        {
          en: 'What would we do in the first 24 hours after a breach of learner records?',
        },
        {
          en: 'How do parents learn what data the education system holds about their child?',
        },
      ],
    },
    {
      component: 'artificial-intelligence',
      overview: {
        en: 'How artificial intelligence enters the education system and under what rules: a policy or guidance on AI in education, rules for the generative AI used by learners and teachers, and conditions for procuring AI tools, such as transparency about how they work, human oversight of decisions about learners, and protection of the data they use.',
      },
      whyItMatters: {
        en: 'AI tools are reaching schools faster than the rules for them. Systems that admit, grade or place learners, or watch them during tests, can shape their paths, and their errors or biases are hard to see from outside. The European Union’s AI Act of 2024 classes such uses in education as high-risk and bans emotion recognition in schools except for medical or safety reasons. Clear national guidance lets schools use AI where it helps while protecting learners.',
      },
      practices: [
        {
          text: {
            en: 'Keep people in charge: decisions on the admission, grading or placement of learners stay with accountable staff, with AI as support, and every use of AI can be explained to those it affects.',
          },
          sources: ['unesco-ai-policy-makers-2021', 'unesco-ai-ethics-recommendation-2021'],
        },
        {
          text: {
            en: 'Set rules for generative AI before it spreads by default, including a minimum age for independent use in class; UNESCO’s 2023 guidance proposes 13.',
          },
          sources: ['unesco-genai-guidance-2023'],
        },
        {
          text: {
            en: 'Classify uses of AI by risk and apply the strictest conditions, such as documentation, human oversight and testing for bias, to systems that admit, evaluate or monitor learners.',
          },
          sources: ['eu-ai-act-2024'],
        },
        {
          text: {
            en: 'Write children’s rights into the purchase of AI tools: protection of their data, fairness and non-discrimination, and explanations that children can understand.',
          },
          sources: ['unicef-ai-children-guidance-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Banning generative AI outright, then finding learners using it without any guidance.',
        },
        {
          en: 'Buying AI tools whose decisions no one in the ministry can explain or check.',
        },
        {
          en: 'Letting suppliers train their models on learners’ data without an explicit agreement.',
        },
        {
          en: 'Treating AI guidance as a one-off document rather than reviewing it as tools change.',
        },
      ],
      examples: [
        {
          country: 'AUS',
          text: {
            en: 'Australia’s education ministers approved the Australian Framework for Generative Artificial Intelligence in Schools in October 2023; released in December 2023 and implemented from 2024, it sets six principles, among them privacy, security and safety, and is to be reviewed at least every 12 months.',
          },
          sources: ['aus-genai-schools-framework-2023'],
        },
        {
          country: 'GBR',
          text: {
            en: 'England’s Department for Education first published its position on generative AI in education in March 2023 and has updated it since; it asks schools not to enter personal or sensitive data into generative AI tools and to take reasonable steps against malpractice in assessed work.',
          },
          sources: ['dfe-genai-education-2023'],
        },
        {
          country: 'USA',
          text: {
            en: 'In May 2023 the US Department of Education’s Office of Educational Technology published ‘Artificial Intelligence and the Future of Teaching and Learning’, drawn from public listening sessions; the first of its seven recommendations is to keep humans in the loop when AI is used in education.',
          },
          sources: ['usde-ai-teaching-learning-2023'],
        },
      ],
      reflection: [
        {
          en: 'Where is AI already used in our system, including inside tools bought for other purposes?',
        },
        {
          en: 'Which decisions about learners would we never leave to an automated system?',
        },
        {
          en: 'What do our teachers and learners know about the rules on generative AI?',
        },
        {
          en: 'Who reviews our guidance on AI, and how often?',
        },
      ],
    },
  ],
};

/** The public sources that only this module cites (the shared ones are in `./sources.ts`). */
export const dataEvidenceSources: CourseSource[] = [
  {
    id: 'world-bank-wdr-2018',
    publisher: 'World Bank',
    title: 'World Development Report 2018: Learning to Realize Education’s Promise',
    year: 2018,
  },
  {
    id: 'world-bank-saber-emis-2014',
    publisher: 'World Bank',
    title: 'What Matters Most for Education Management Information Systems: A Framework Paper',
    year: 2014,
  },
  {
    id: 'oecd-digital-education-outlook-2021',
    publisher: 'OECD',
    title:
      'OECD Digital Education Outlook 2021: Pushing the Frontiers with Artificial Intelligence, Blockchain and Robots',
    year: 2021,
  },
  {
    id: 'brazil-decree-6094-2007',
    publisher: 'Presidência da República (Brasil)',
    title: 'Decreto nº 6.094, de 24 de abril de 2007',
    year: 2007,
  },
  {
    id: 'ec-european-interoperability-framework-2017',
    publisher: 'European Commission',
    title:
      'New European Interoperability Framework: Promoting seamless services and data flows for European public administrations',
    year: 2017,
  },
  {
    id: 'oecd-skills-governance-2020',
    publisher: 'OECD',
    title: 'Strengthening the Governance of Skills Systems: Lessons from Six OECD Countries',
    year: 2020,
  },
  {
    id: 'un-2030-agenda-2015',
    publisher: 'United Nations General Assembly',
    title: 'Transforming our world: the 2030 Agenda for Sustainable Development',
    year: 2015,
  },
  {
    id: 'brazil-decree-6425-2008',
    publisher: 'Presidência da República (Brasil)',
    title: 'Decreto nº 6.425, de 4 de abril de 2008',
    year: 2008,
  },
  {
    id: 'coe-children-data-education-2020',
    publisher: 'Council of Europe, Consultative Committee of Convention 108',
    title: 'Children’s Data Protection in an Education Setting: Guidelines',
    year: 2020,
  },
  {
    id: 'hrw-edtech-children-2022',
    publisher: 'Human Rights Watch',
    title:
      '“How Dare They Peep into My Private Life?”: Children’s Rights Violations by Governments that Endorsed Online Learning During the Covid-19 Pandemic',
    year: 2022,
  },
  {
    id: 'cisa-k12-cybersecurity-2023',
    publisher: 'Cybersecurity and Infrastructure Security Agency (United States)',
    title:
      'Protecting Our Future: Partnering to Safeguard K–12 Organizations from Cybersecurity Threats',
    year: 2023,
  },
  {
    id: 'us-ferpa-1974',
    publisher: 'United States Congress',
    title: 'Family Educational Rights and Privacy Act of 1974',
    year: 1974,
  },
  {
    id: 'unesco-ai-policy-makers-2021',
    publisher: 'UNESCO',
    title: 'AI and education: guidance for policy-makers',
    year: 2021,
  },
  {
    id: 'unesco-ai-ethics-recommendation-2021',
    publisher: 'UNESCO',
    title: 'Recommendation on the Ethics of Artificial Intelligence',
    year: 2021,
  },
  {
    id: 'eu-ai-act-2024',
    publisher: 'European Parliament and Council of the European Union',
    title:
      'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    year: 2024,
  },
  {
    id: 'unicef-ai-children-guidance-2021',
    publisher: 'UNICEF',
    title: 'Policy guidance on AI for children (version 2.0)',
    year: 2021,
  },
  {
    id: 'aus-genai-schools-framework-2023',
    publisher: 'Australian Government, Department of Education',
    title: 'Australian Framework for Generative Artificial Intelligence (AI) in Schools',
    year: 2023,
  },
  {
    id: 'dfe-genai-education-2023',
    publisher: 'Department for Education (England)',
    title: 'Generative artificial intelligence (AI) in education',
    year: 2023,
  },
  {
    id: 'usde-ai-teaching-learning-2023',
    publisher: 'U.S. Department of Education, Office of Educational Technology',
    title:
      'Artificial Intelligence and the Future of Teaching and Learning: Insights and Recommendations',
    year: 2023,
  },
];
