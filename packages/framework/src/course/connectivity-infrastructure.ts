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
  },
  whyItMatters: {
    en: 'Every other pillar assumes this one. Teachers cannot use content that does not load, data systems cannot be fed from schools without power, and training is wasted when devices sit broken in a cupboard. Infrastructure is also where most of the money goes, and where the largest recurring costs hide: electricity, bandwidth, repairs, replacement. Measuring what works in schools, rather than what was delivered, is the starting point for spending well.',
  },
  reflection: [
    {
      en: 'Of the schools counted as connected, how many had a working connection used for teaching last week, and how do we know?',
    },
    {
      en: 'Who pays, year after year, for the electricity, bandwidth, repairs and replacement of what has been installed?',
    },
    {
      en: 'Which schools have the least infrastructure, and do current plans reach them first or last?',
    },
    {
      en: 'What happens in a school when a device breaks or the connection fails: whom does the teacher call, and how long does it take?',
    },
  ],
  sections: [
    {
      component: 'electricity-internet',
      overview: {
        en: 'This component covers power and connectivity in schools: electricity that is reliable through the school day, from the grid or from off-grid sources such as solar; internet connections that work and are used for teaching; bandwidth measured against an explicit threshold; an up-to-date map of the power and connectivity of schools; and arrangements that provide and pay for connections on a lasting basis.',
      },
      whyItMatters: {
        en: 'Power comes first: without it, no device or connection is of any use. A connection that exists on paper but fails, or is too slow for a class to use at once, changes nothing in teaching. Connections that depend on a one-off project often lapse when it ends. What counts is the share of schools where power and internet work when lessons need them, year after year.',
      },
      practices: [
        {
          text: {
            en: 'Keep a school-by-school map of electricity, connectivity and measured speed, updated at least once a year and shared between the education ministry, the energy authority and the telecommunications regulator. SDG indicator 4.a.1 already asks for the proportion of schools with access to electricity and to the internet for pedagogical purposes, and Giga, the initiative launched jointly by UNICEF and ITU to connect every school to the internet, is one partner for this work.',
          },
          sources: ['un-sdg-indicator-framework-2017', 'unicef-itu-home-internet-2020'],
        },
        {
          text: {
            en: 'Plan power before devices: for each school without a reliable grid supply, choose an off-grid solution such as solar panels with batteries, budget its maintenance and battery replacement, and check that it delivers power through the school day. Report electricity in schools with the same care as connectivity, as SDG indicator 4.a.1 does.',
          },
          sources: ['un-sdg-indicator-framework-2017'],
        },
        {
          text: {
            en: 'Set an explicit bandwidth threshold, per learner or by type of school, and measure the speeds schools actually get against it rather than the speeds in contracts. Published thresholds, such as the target set in 2014 by the US Federal Communications Commission and the standards published in 2022 by the Department for Education in England, show how such a threshold can be expressed.',
          },
          sources: [
            'fcc-e-rate-modernization-order-2014',
            'uk-dfe-digital-technology-standards-2022',
          ],
        },
        {
          text: {
            en: 'Judge a provision model by how lasting it is and how many schools it covers, not by who signs the contract. A national education network can work; so can contracts that schools arrange themselves with a public subsidy that pays part of the bill, the model of the US E-Rate programme created under the Telecommunications Act of 1996. Either works when funding recurs every year, rules are stable and the poorest and most remote schools are covered.',
          },
          sources: ['us-telecommunications-act-1996', 'fcc-e-rate-modernization-order-2014'],
        },
      ],
      pitfalls: [
        {
          en: 'Counting a school as connected because a contract or a device exists, without checking that the connection works and is used for teaching.',
        },
        {
          en: 'Installing solar systems with no budget for batteries and maintenance, so that power fails after a few years.',
        },
        {
          en: 'Paying for connectivity from project funds that will end, with no recurrent budget line to take over.',
        },
        {
          en: 'Measuring bandwidth per school without regard to how many learners share it.',
        },
      ],
      examples: [
        {
          country: 'USA',
          text: {
            en: 'The E-Rate programme of the United States, created under the Telecommunications Act of 1996, is funded through universal service: schools and libraries buy their own connections from providers, and the programme pays part of the cost as a discount. In 2014 the Federal Communications Commission modernised it, refocusing support on high-speed broadband and Wi-Fi and setting a target of 100 Mbps per 1,000 students.',
          },
          sources: ['us-telecommunications-act-1996', 'fcc-e-rate-modernization-order-2014'],
        },
        {
          country: 'GBR',
          text: {
            en: 'In 2022 the Department for Education in England published digital and technology standards for schools and colleges. For broadband they call for a full-fibre connection, at least 100 Mbps download and 30 Mbps upload for primary schools, a connection able to deliver 1 Gbps both ways for secondary schools, and a backup connection so that teaching can continue when the main line fails.',
          },
          sources: ['uk-dfe-digital-technology-standards-2022'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Law No. 14.180 of July 2021 gave the Educação Conectada programme the status of a national policy in law, to support high-speed internet for pedagogical use in public basic education. Besides federal budget funds, it allows the telecommunications universal service fund (FUST) to finance connections for public schools in regions of greater socio-economic vulnerability.',
          },
          sources: ['brazil-lei-14180-2021'],
        },
      ],
      reflection: [
        {
          en: 'For how many schools do we know the measured speed, and not only the contracted one?',
        },
        {
          en: 'Which schools lose power during the school day, and how often?',
        },
        {
          en: 'What bandwidth threshold would the team defend for its schools, and on what basis?',
        },
        {
          en: 'If the current connectivity project ended tomorrow, which schools would go offline?',
        },
      ],
    },
    {
      component: 'hardware-devices',
      overview: {
        en: 'This component covers the devices learners and teachers use: a policy that says which devices, for whom and for what; how regularly learners use devices in class; how many learners share each device; how devices are maintained and repaired; whether schools have technical support with defined response times; and what happens to devices at the end of their life.',
      },
      whyItMatters: {
        en: 'Devices are the most visible part of digital education and often the largest purchase, yet delivery says little about use. A device that is shared by too many learners, broken and unrepaired, or locked in a room is not available for learning. Maintenance, support and replacement cost money every year, and discarded devices become hazardous waste if nobody plans for them.',
      },
      practices: [
        {
          text: {
            en: 'Decide what devices are for before choosing them: the device policy should follow from the curriculum and the teaching it is meant to support, and say how often learners are expected to use them. The World Bank’s principles for education technology start from a clear educational purpose, and UNESCO’s 2023 Global Education Monitoring Report notes that in most countries, apart from the most technologically advanced, computers and devices are not widely used in classrooms.',
          },
          sources: ['world-bank-reimagining-2020', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Track, school by school, how many learners share each device available for learning and how often the devices are used, not only how many were delivered. PISA 2018 reported the ratio of computers to 15-year-old students in schools alongside principals’ views on whether those computers had enough computing capacity, a reminder that counting devices says nothing about whether they are fit for use.',
          },
          sources: ['oecd-pisa-2018-volume-v'],
        },
        {
          text: {
            en: 'Budget maintenance, repair and technical support from the first purchase, whether through staff in each school or technicians shared among nearby schools, with response times written into contracts or service agreements. UNESCO’s 2023 Global Education Monitoring Report finds that the long-term costs of technology in education are often underestimated.',
          },
          sources: ['unesco-gem-2023'],
        },
        {
          text: {
            en: 'Plan the end of life when buying: choose durable, repairable devices, reuse and refurbish them where possible, and hand the rest to certified recyclers under e-waste rules such as the EU directive on waste electrical and electronic equipment. The Global E-waste Monitor 2020 found that only about 17 per cent of the e-waste generated worldwide in 2019 was documented as collected and recycled.',
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
        },
        {
          en: 'Keeping devices locked away to protect them, so that the school reports devices it does not use.',
        },
        {
          en: 'No budget line for repairs, so that a broken device stays broken.',
        },
        {
          en: 'Storing old devices indefinitely or dumping them, with no arrangement for reuse or recycling.',
        },
      ],
      examples: [
        {
          country: 'URY',
          text: {
            en: 'Uruguay announced Plan Ceibal in 2006 to give a laptop to every pupil and teacher in government-supported primary schools over three years, and a pilot phase began in early 2007. A 2016 World Bank case study describes how later stages extended the plan to secondary schools, and what it took to build and sustain a national agency to run it.',
          },
          sources: ['world-bank-plan-ceibal-2016'],
        },
        {
          country: 'PER',
          text: {
            en: 'A randomised evaluation of the One Laptop per Child programme in 318 rural primary schools in Peru, published in 2017, found that the programme raised the number of computers per student from 0.12 to 1.18 and increased computer use at school and at home, but found no evidence of effects on test scores in mathematics and language.',
          },
          sources: ['cristia-olpc-peru-2017'],
        },
      ],
      reflection: [
        {
          en: 'In how many schools did learners use a device in class last week, and how would we find out?',
        },
        {
          en: 'How many learners share each working device, and which schools are furthest from the threshold we would defend?',
        },
        {
          en: 'Who repairs a broken device, who pays, and how long does it take?',
        },
        {
          en: 'Where are the devices bought five years ago now?',
        },
      ],
    },
    {
      component: 'software-services',
      overview: {
        en: 'This component covers the software and online services that schools and the ministry rely on, and how they are licensed: open-source software, open standards, or licences negotiated at national level. It also covers digital identity: whether each learner and teacher has one account that opens the services they need through single sign-on, managed with respect for privacy.',
      },
      whyItMatters: {
        en: 'Licences are a recurring cost that grows with every learner, and terms chosen for a pilot can bind a whole system for years. Open formats and standards keep options open. A single identity spares teachers from managing dozens of passwords, lets learners keep their work when they change school, and gives the ministry one place to control who sees which data.',
      },
      practices: [
        {
          text: {
            en: 'Compare licensing options over the whole life of a service: open-source software, services built on open standards, and licences negotiated once at national level for all schools rather than bought school by school. The OECD Digital Education Outlook 2023 describes which digital tools countries provide publicly to their schools and which are left to schools to obtain.',
          },
          sources: ['oecd-digital-education-outlook-2023'],
        },
        {
          text: {
            en: 'Use open licences and open formats for the content and data produced with public money, so that they can be reused and moved from one platform to another. UNESCO’s 2019 Recommendation on Open Educational Resources asks governments to support open licensing and open formats.',
          },
          sources: ['unesco-oer-recommendation-2019'],
        },
        {
          text: {
            en: 'Give each learner and teacher one identity, issued and managed by the school authority, that opens the services they need through single sign-on, and pass to each service only the personal data it needs, in line with the data minimisation principle of the EU General Data Protection Regulation and with children’s right to privacy as set out by the UN Committee on the Rights of the Child.',
          },
          sources: ['eu-gdpr-2016', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Per-user licences bought for a pilot, with no estimate of the cost at national scale.',
        },
        {
          en: 'A new account and password for every platform, so that young learners depend on their teacher to log in.',
        },
        {
          en: 'Accounts that are never closed when learners and staff leave.',
        },
        {
          en: 'Choosing software only because a supplier offers it free to schools, without checking its terms on data and on later costs.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'How much does the system spend each year on software licences, and how much would it spend if every school were covered?',
        },
        {
          en: 'How many different accounts does a teacher need for an ordinary week’s work?',
        },
        {
          en: 'Which personal data does each service receive when a learner logs in, and who decided that?',
        },
      ],
    },
    {
      component: 'learning-spaces',
      overview: {
        en: 'This component looks at the spaces where digital learning happens: classrooms, libraries and other areas designed or adapted so that technology can be used safely and flexibly, with power outlets, ventilation, secure storage and room to work in groups; spaces and devices made accessible to learners with disabilities; and the management of the energy that the digital equipment of schools consumes.',
      },
      whyItMatters: {
        en: 'Technology placed in rooms that were not designed for it is hard to use well: too few sockets, rooms that overheat, furniture that keeps learners in rows, nowhere safe to store devices. Learners with disabilities are shut out when buildings, devices and software are not accessible, although assistive technology can open learning to them. And the electricity that digital equipment consumes is a recurring cost as well as an environmental one.',
      },
      practices: [
        {
          text: {
            en: 'Involve teachers and learners when designing or adapting learning spaces, and favour layouts that can be rearranged as teaching practice changes. An OECD study carried out with schools in six European countries, published in 2011, proposed a model of learning space that is flexible, modifiable and sustainable and that supports the people who use it.',
          },
          sources: ['oecd-physical-learning-environment-2011'],
        },
        {
          text: {
            en: 'Build accessibility in from the start, in buildings, devices and software, rather than adapting case by case. The UN Convention on the Rights of Persons with Disabilities (2006) obliges states parties to ensure access to information and communications technologies and an inclusive education system, and the Universal Design for Learning guidelines help plan for the variety of learners from the outset.',
          },
          sources: ['un-crpd-2006', 'cast-udl-guidelines-2018'],
        },
        {
          text: {
            en: 'Manage the energy that digital equipment uses: buy energy-efficient devices, switch equipment off outside school hours, consider a renewable supply and measure consumption. The European Commission’s 2021 green public procurement criteria for computers, monitors, tablets and smartphones address energy consumption and extending the life of products.',
          },
          sources: ['eu-gpp-computers-2021'],
        },
      ],
      pitfalls: [
        {
          en: 'Computer rooms built as closed labs that classes visit once a week, while classrooms remain without power sockets.',
        },
        {
          en: 'Accessibility handled case by case after a learner with a disability arrives, rather than planned.',
        },
        {
          en: 'Devices and servers left on overnight and during holidays, with nobody responsible for the electricity bill.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'In an ordinary classroom, where would learners charge devices, and where would they store them safely?',
        },
        {
          en: 'Could a learner who uses a wheelchair, or a learner who is blind, take full part in a digital lesson in our schools today?',
        },
        {
          en: 'Do we know how much electricity the digital equipment of schools uses, and who pays for it?',
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
