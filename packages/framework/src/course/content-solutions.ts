import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * The learning module of the pillar "Content and solutions" (framework 2.0.0): curriculum
 * integration, digital content, learning platforms and the evaluation of EdTech.
 */
export const contentSolutionsModule: CourseModule = {
  pillar: 'content-solutions',
  overview: {
    en: 'This pillar looks at what learners and teachers actually work with: curricula that say how digital technology serves learning, digital content aligned with those curricula, platforms and broadcast channels that carry the content to every learner, and the way solutions are chosen and evaluated. Its four components follow that chain, from the curriculum to the evidence that a tool helps. Connectivity and devices pay off only if relevant content and well-designed uses reach the classroom; this pillar asks whether they do, in the languages learners speak, for learners with disabilities, and for those with little or no connection.',
  },
  whyItMatters: {
    en: 'Money spent on devices and connections is wasted if there is little worth using on them. UNESCO’s 2023 Global Education Monitoring Report found that good, impartial evidence on the impact of education technology is scarce, and that much of the evidence available comes from those who sell the products. Ministries that align content with the curriculum, reach learners through the channels they actually have, and test solutions before scaling them up are better placed to get value from their budgets, and avoid tying schools to products that do little for learning.',
  },
  reflection: [
    {
      en: 'Which parts of the curriculum can our learners reach through digital content today, and which learners are left out?',
    },
    {
      en: 'When we last adopted a digital solution at scale, what evidence did we ask for, and who checked it?',
    },
    {
      en: 'Could a learner with no connection, or with a visual or hearing impairment, follow the same curriculum as the others?',
    },
    {
      en: 'Who in the ministry is responsible for content, for platforms and for evaluation, and do they plan together?',
    },
  ],
  sections: [
    {
      component: 'curriculum-integration',
      overview: {
        en: 'How digital technology is written into what is taught and assessed: subject curricula that state which learning goals digital tools serve, teachers’ guides and timetables that make room for it, digital competence developed across subjects rather than in one of them, and the use of digital technology in assessment, from classroom quizzes to national examinations.',
      },
      whyItMatters: {
        en: 'When the curriculum is silent, digital use depends on individual enthusiasm and drifts towards drill or entertainment. A curriculum that names the purpose of each digital activity gives teachers a reason to use devices, gives content producers a target, and gives inspectors something to observe. Digital assessment can return results faster, but only serves learning if its tasks still measure what the curriculum values.',
      },
      practices: [
        {
          text: {
            en: 'Describe digital competence as a set of areas and proficiency levels to which every subject contributes, drawing on a shared reference framework rather than a list of software skills.',
          },
          sources: ['jrc-digcomp-2-2-2022'],
        },
        {
          text: {
            en: 'Write digital uses into each subject’s objectives and teachers’ guides when the curriculum is revised, and align teacher training with them, so that the teacher competence framework and the curriculum describe the same practice.',
          },
          sources: ['unesco-ict-cft-2018', 'oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Move assessments to screens step by step, checking that results on screen and on paper remain comparable and that the tasks still measure what the curriculum values.',
          },
          sources: ['oecd-pisa-2015-results-vol-1'],
        },
        {
          text: {
            en: 'Set clear rules on the use of generative AI in assessed work, and explain them to teachers, learners and families before they apply.',
          },
          sources: ['unesco-genai-guidance-2023'],
        },
      ],
      pitfalls: [
        {
          en: 'Adding a separate computer studies subject and treating the rest of the curriculum as done.',
        },
        {
          en: 'Revising curricula without revising teachers’ guides, timetables and examinations, so that the digital goals stay on paper.',
        },
        {
          en: 'Putting national examinations on screen before schools have the devices, connectivity and practice needed to sit them fairly.',
        },
        {
          en: 'Teaching particular software products that will be outdated when learners leave school, instead of lasting competences.',
        },
      ],
      examples: [
        {
          country: 'GBR',
          text: {
            en: 'In 2013 England’s Department for Education published a computing programme of study for all four key stages (ages 5 to 16), in place of ICT, taught from September 2014; it combines computer science, information technology and digital literacy.',
          },
          sources: ['dfe-computing-programmes-2013'],
        },
        {
          country: 'FIN',
          text: {
            en: 'Finland’s national core curriculum for basic education, adopted in 2014 and introduced in grades 1 to 6 from August 2016, names ICT competence as one of seven transversal competences that every subject helps to build.',
          },
          sources: ['fi-core-curriculum-basic-2014'],
        },
        {
          country: 'AUS',
          text: {
            en: 'In 2022 Australia completed the move of its national literacy and numeracy assessment (NAPLAN) for Years 3, 5, 7 and 9 from paper to online tests, which adapt the questions to each student’s answers, as reported in ACARA’s annual report for 2021–22.',
          },
          sources: ['acara-annual-report-2021-22'],
        },
      ],
      reflection: [
        {
          en: 'In how many subject curricula could a teacher find which learning goals digital tools are meant to serve?',
        },
        {
          en: 'Do our teachers’ guides and timetables give time and material for the digital activities the curriculum asks for?',
        },
        {
          en: 'Which assessments could move to screens without disadvantaging schools that have fewer devices?',
        },
        {
          en: 'What do our rules say about generative AI in homework and examinations, and do teachers know them?',
        },
      ],
    },
    {
      component: 'digital-content',
      overview: {
        en: 'The digital resources that match the national curriculum: how much of it they cover, in which languages, under what licence, and whether learners with disabilities can use them. Coverage is counted in subjects and grades; languages include the language of instruction, national and local languages and sign language; the licence decides whether teachers may adapt and share; accessibility is measured against WCAG 2.2.',
      },
      whyItMatters: {
        en: 'Content that does not follow the curriculum, or that learners cannot understand, is rarely used, however good it is. UNESCO’s Global Education Monitoring Report estimated in 2016 that as much as 40% of the world’s population lacks access to education in a language they speak or understand. Open licences let a ministry pay once while teachers adapt, translate and improve; accessible formats keep learners with disabilities in the same lessons as their peers.',
      },
      practices: [
        {
          text: {
            en: 'Make an open licence the rule for content paid for with public money, so that teachers and other producers may reuse, adapt and translate it, and set the rule down in a written policy.',
          },
          sources: ['unesco-oer-recommendation-2019', 'unesco-col-oer-policy-guidelines-2019'],
        },
        {
          text: {
            en: 'Plan content in the languages learners understand, starting with the early grades, and budget for translation and adaptation instead of relying only on content in the official language.',
          },
          sources: ['unesco-gem-language-policy-paper-2016', 'unesco-oer-recommendation-2019'],
        },
        {
          text: {
            en: 'Require WCAG 2.2 level AA in every contract for content and platforms, test with learners with disabilities, and provide captions, text alternatives and sign-language versions of core material.',
          },
          sources: ['w3c-wcag-2-2', 'un-crpd-2006'],
        },
      ],
      pitfalls: [
        {
          en: 'Counting the resources uploaded instead of mapping which subjects, grades and objectives they cover.',
        },
        {
          en: 'Commissioning content without securing the rights to adapt, translate and reuse it.',
        },
        {
          en: 'Producing content only in the official language, which leaves behind early-grade learners who speak other languages.',
        },
        {
          en: 'Treating accessibility as a later add-on, which costs far more than building it in from the start.',
        },
      ],
      examples: [
        {
          country: 'IND',
          text: {
            en: 'In its budget speech of February 2022, India’s government announced that high-quality e-content would be developed in all spoken languages for delivery by internet, mobile phone, television and radio, with a competitive mechanism for teachers to develop e-content.',
          },
          sources: ['india-budget-speech-2022'],
        },
      ],
      reflection: [
        {
          en: 'For which subjects and grades do we have no curriculum-aligned digital content?',
        },
        {
          en: 'In which languages do learners in the early grades learn, and in which languages is our content?',
        },
        {
          en: 'Who holds the rights to the content we have paid for, and may teachers adapt and share it?',
        },
        {
          en: 'Could a blind or deaf learner use our core content today?',
        },
      ],
    },
    {
      component: 'learning-platforms',
      overview: {
        en: 'The channels that carry content and learning to learners: a national learning platform that schools use and the ministry sustains, solutions that work offline or on low bandwidth, and low-tech channels such as radio, television, text messages and voice calls, used as planned parts of provision, aligned with the curriculum and with follow-up of learners.',
      },
      whyItMatters: {
        en: 'During the COVID-19 school closures, UNICEF estimated in 2020 that at least 463 million students could not be reached by the remote learning their governments offered, most of them in rural areas or poor households. Platforms that need a constant internet connection miss the learners who most need support. Countries that already use broadcast and offline channels, and plan platforms for lasting use rather than for emergencies, are better prepared to keep learning going.',
      },
      practices: [
        {
          text: {
            en: 'Plan every channel around the learners with the least connectivity: check household access to internet, television, radio and mobile phones before choosing the mix of channels.',
          },
          sources: ['unicef-remote-learning-reach-2020', 'unicef-itu-home-internet-2020'],
        },
        {
          text: {
            en: 'Design for all learners from the start: platforms that work offline and on low bandwidth, with content that can be downloaded or served from a school server and progress that synchronises when a connection returns.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Use radio and television as planned channels, with a broadcast schedule tied to the curriculum, printed or mobile follow-up, and a way for teachers to check learners’ progress.',
          },
          sources: ['unesco-gem-2023', 'unicef-remote-learning-reach-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Launching a platform in an emergency with no recurrent budget, so that it fades when the contract or donor funding ends.',
        },
        {
          en: 'Measuring success by the number of accounts created rather than by regular use for learning.',
        },
        {
          en: 'Broadcasting lessons with no schedule, no printed support and no contact with teachers, so that nobody knows who followed them.',
        },
        {
          en: 'Running several overlapping platforms, each with its own accounts and content, that teachers must learn separately.',
        },
      ],
      examples: [
        {
          country: 'MEX',
          text: {
            en: 'Mexico’s Telesecundaria began in 1968, bringing lower-secondary education to rural communities through televised lessons followed in class with a teacher; a history published by the Secretaría de Educación Pública in 2010 traces its development.',
          },
          sources: ['sep-telesecundaria-history-2010'],
        },
        {
          country: 'IND',
          text: {
            en: 'India’s budget speech of February 2022 announced that the ‘one class, one TV channel’ programme of PM eVIDYA would grow from 12 to 200 television channels, so that every state could broadcast supplementary lessons in regional languages for classes 1 to 12.',
          },
          sources: ['india-budget-speech-2022'],
        },
      ],
      reflection: [
        {
          en: 'What share of our learners could follow lessons online at home, and what share only by radio, television or phone?',
        },
        {
          en: 'Is our national platform still used every week, and who will pay for it next year?',
        },
        {
          en: 'If schools closed tomorrow, which channels would reach learners in the most remote areas?',
        },
        {
          en: 'How would a teacher know whether a learner followed a broadcast lesson?',
        },
      ],
    },
    {
      component: 'edtech-evaluation',
      overview: {
        en: 'How digital solutions are selected for schools, and whether their effect on learning is measured: published selection criteria (curriculum fit, evidence, accessibility, data protection, cost), the same review for free and donated products as for purchased ones, evaluation plans built into major programmes, and the use of results to scale up, redesign or stop.',
      },
      whyItMatters: {
        en: 'Rigorous studies show very different results from programmes that sound alike: some technology-aided instruction has raised learning within months, while a large laptop programme showed no effect on test scores. UNESCO’s 2023 Global Education Monitoring Report notes that much of the available evidence comes from those selling the products. Without their own criteria and evaluations, ministries cannot tell these cases apart before committing large budgets.',
      },
      practices: [
        {
          text: {
            en: 'Publish selection criteria and apply them to every product, including free and donated ones: curriculum fit, evidence of learning impact, accessibility, data protection and total cost.',
          },
          sources: ['usde-essa-evidence-guidance-2016', 'eef-digital-technology-guidance-2019'],
        },
        {
          text: {
            en: 'Grade the evidence behind each product by its strength, from randomised studies down to a plausible rationale, and ask suppliers for evaluations by independent researchers.',
          },
          sources: ['usde-essa-evidence-guidance-2016', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Give priority to uses that reviews of rigorous studies find promising, such as software that adapts practice to each learner’s level where devices are already in place, and do not expect devices alone to raise learning.',
          },
          sources: ['geeap-smart-buys-2023', 'escueta-upgrading-education-2020'],
        },
        {
          text: {
            en: 'Build evaluation into major programmes from the start, with learning measures and a comparison group, and publish the results whatever they show.',
          },
          sources: ['escueta-upgrading-education-2020', 'usde-essa-evidence-guidance-2016'],
        },
      ],
      pitfalls: [
        {
          en: 'Reporting devices delivered or accounts created as if they were results for learning.',
        },
        {
          en: 'Accepting donated products without the review applied to purchased ones, then inheriting their running costs and data practices.',
        },
        {
          en: 'Scaling up a pilot nationally before it has been evaluated, or evaluating it only with the supplier’s own data.',
        },
        {
          en: 'Publishing only the evaluations that show positive results.',
        },
      ],
      examples: [
        {
          country: 'PER',
          text: {
            en: 'A randomised evaluation of Peru’s One Laptop per Child programme in rural primary schools, published in 2017, found that it raised the number of computers per student from 0.12 to 1.18 and greatly increased their use, but had no effect on mathematics or language test scores after about 15 months.',
          },
          sources: ['cristia-olpc-peru-2017'],
        },
        {
          country: 'IND',
          text: {
            en: 'A randomised evaluation in Delhi, published in 2019, found that middle-school students who won a lottery for free access to an adaptive after-school programme (Mindspark) scored markedly higher in mathematics and Hindi after 4.5 months than those who did not.',
          },
          sources: ['muralidharan-mindspark-2019'],
        },
        {
          country: 'USA',
          text: {
            en: 'The Every Student Succeeds Act of 2015 defines four levels of evidence for education interventions (strong, moderate, promising, and demonstrates a rationale); guidance issued by the US Department of Education in 2016 explains how states and districts should apply them when choosing interventions.',
          },
          sources: ['usde-essa-evidence-guidance-2016'],
        },
      ],
      reflection: [
        {
          en: 'Which of our current digital programmes has shown, against a comparison group, that it improves learning?',
        },
        {
          en: 'Do donated and free products go through the same review as those we buy?',
        },
        {
          en: 'Who decides to scale up or stop a programme, and on what evidence?',
        },
        {
          en: 'What share of programme budgets do we set aside for evaluation?',
        },
      ],
    },
  ],
};

/** The public sources that only this module cites (the shared ones are in `./sources.ts`). */
export const contentSolutionsSources: CourseSource[] = [
  {
    id: 'oecd-pisa-2015-results-vol-1',
    publisher: 'OECD',
    title: 'PISA 2015 Results (Volume I): Excellence and Equity in Education',
    year: 2016,
  },
  {
    id: 'dfe-computing-programmes-2013',
    publisher: 'Department for Education (England)',
    title: 'National curriculum in England: computing programmes of study',
    year: 2013,
  },
  {
    id: 'fi-core-curriculum-basic-2014',
    publisher: 'Opetushallitus (Finnish National Board of Education)',
    title: 'Perusopetuksen opetussuunnitelman perusteet 2014',
    year: 2014,
  },
  {
    id: 'acara-annual-report-2021-22',
    publisher: 'Australian Curriculum, Assessment and Reporting Authority (ACARA)',
    title: 'ACARA Annual Report 2021–22',
    year: 2022,
  },
  {
    id: 'unesco-col-oer-policy-guidelines-2019',
    publisher: 'UNESCO and Commonwealth of Learning',
    title: 'Guidelines on the development of open educational resources policies',
    year: 2019,
  },
  {
    id: 'unesco-gem-language-policy-paper-2016',
    publisher: 'UNESCO, Global Education Monitoring Report',
    title: 'If you don’t understand, how can you learn? (Policy Paper 24)',
    year: 2016,
  },
  {
    id: 'india-budget-speech-2022',
    publisher: 'Ministry of Finance, Government of India',
    title: 'Budget 2022-2023: Speech of Nirmala Sitharaman, Minister of Finance',
    year: 2022,
  },
  {
    id: 'unicef-remote-learning-reach-2020',
    publisher: 'UNICEF',
    title:
      'COVID-19: Are children able to continue learning during school closures? A global analysis of the potential reach of remote learning policies using data from 100 countries',
    year: 2020,
  },
  {
    id: 'sep-telesecundaria-history-2010',
    publisher: 'Secretaría de Educación Pública (México)',
    title: 'La telesecundaria en México: un breve recorrido histórico por sus datos y relatos',
    year: 2010,
  },
  {
    id: 'eef-digital-technology-guidance-2019',
    publisher: 'Education Endowment Foundation',
    title: 'Using Digital Technology to Improve Learning: Guidance Report',
    year: 2019,
  },
  {
    id: 'usde-essa-evidence-guidance-2016',
    publisher: 'U.S. Department of Education',
    title: 'Non-Regulatory Guidance: Using Evidence to Strengthen Education Investments',
    year: 2016,
  },
  {
    id: 'geeap-smart-buys-2023',
    publisher: 'Global Education Evidence Advisory Panel (FCDO, UNICEF, USAID and World Bank)',
    title:
      '2023 Cost-Effective Approaches to Improve Global Learning: What does recent evidence tell us are “Smart Buys” for improving learning in low- and middle-income countries?',
    year: 2023,
  },
  {
    id: 'escueta-upgrading-education-2020',
    publisher:
      'Maya Escueta, Andre Joshua Nickow, Philip Oreopoulos and Vincent Quan, Journal of Economic Literature',
    title: 'Upgrading Education with Technology: Insights from Experimental Research',
    year: 2020,
  },
  {
    id: 'muralidharan-mindspark-2019',
    publisher:
      'Karthik Muralidharan, Abhijeet Singh and Alejandro J. Ganimian, American Economic Review',
    title: 'Disrupting Education? Experimental Evidence on Technology-Aided Instruction in India',
    year: 2019,
  },
];
