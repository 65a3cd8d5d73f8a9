import type { Pillar } from '@dtc/schema';

/**
 * Pillar 5: content and solutions. The published framework names the pillar but not its
 * components; the components below are this toolkit's proposal.
 */
export const contentSolutions: Pillar = {
  id: 'content-solutions',
  title: { en: 'Content and solutions' },
  summary: {
    en: 'Curricula, digital content and platforms that serve the country’s learners, and solutions chosen on the evidence of what they do for learning.',
  },
  components: [
    {
      id: 'curriculum-integration',
      origin: 'proposed',
      title: {
        en: 'Digital in the curriculum and assessment',
      },
      summary: {
        en: 'How teaching with digital technology is written into subject curricula and teachers’ guides, and how far digital tools are used to assess learning, from the classroom to national examinations.',
      },
      questions: [
        {
          id: 'curriculum-integration-digital-pedagogy',
          kind: 'rubric',
          title: {
            en: 'Do subject curricula show how digital technology should be used to teach and learn?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Curricula do not mention digital technology, or mention it only within a separate computer studies subject.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some recently revised curricula suggest digital activities, but teachers’ guides, timetables and resources do not support them.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every subject curriculum revised in the current cycle states which learning objectives digital tools serve, and matching teachers’ guides and resources are provided.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Digital pedagogy runs through all subject curricula and guides; inspectors or pedagogical advisers observe it in class, and their findings feed the next curriculum revision.',
              },
            },
          ],
        },
        {
          id: 'curriculum-integration-digital-assessment',
          kind: 'rubric',
          title: {
            en: 'How widely do assessments of learning make use of digital technology?',
          },
          help: {
            en: 'Formative assessment takes place during learning and is used to adjust teaching, unlike end-of-cycle examinations. An item bank is a catalogued collection of test questions of known difficulty from which tests can be assembled. On-screen marking means that examiners mark scanned or typed scripts on a computer. How learners’ own digital skills are assessed is asked under capacity and culture.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Classroom assessment and examinations are entirely on paper, and the ministry provides or recommends no digital tool for assessment.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital tools for formative assessment (online quizzes, item banks, marking apps) are used in pilot schools or by teachers on their own initiative; national assessments and examinations remain entirely on paper.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Teachers in most schools have digital tools for formative assessment provided or approved by the ministry, and at least one national assessment or examination is taken on screen in equipped centres or marked on screen.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools use digital tools for formative assessment provided or approved by the ministry; the national assessments and examinations at the end of each main stage are taken or marked on screen, drawing on a maintained item bank, with equivalent arrangements for centres without reliable power; results reach schools within weeks of each session.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'digital-content',
      origin: 'proposed',
      title: { en: 'Digital learning content' },
      summary: {
        en: 'Digital resources that cover the national curriculum, exist in the languages learners speak, can be reused and adapted, and are accessible to learners with disabilities.',
      },
      questions: [
        {
          id: 'digital-content-coverage',
          kind: 'rubric',
          title: {
            en: 'How much of the national curriculum is covered by aligned digital content?',
          },
          help: {
            en: 'Aligned content follows the objectives and progression of the national curriculum for a given subject and grade. The languages in which content exists are asked about in the next question.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Little or no digital content matches the national curriculum; teachers rely on resources made for other countries’ curricula.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Aligned content exists for some subjects and grades, typically mathematics and science in secondary school, produced by projects or publishers without review by the curriculum authority.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Aligned content covers the core subjects of every grade of basic education, and the curriculum authority checks it for accuracy and alignment before publication.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Content checked by the curriculum authority covers all subjects and grades, from primary school to the end of secondary school, and is updated with each curriculum revision; a map of curriculum objectives against available resources is kept up to date and used to plan what is produced next.',
              },
            },
          ],
        },
        {
          id: 'digital-content-languages',
          kind: 'rubric',
          title: {
            en: 'In which languages is digital learning content available?',
          },
          help: {
            en: 'Languages of instruction are those in which subjects are taught in the country’s schools, including national or local languages used in the early grades where the curriculum provides for them. Sign language means the national sign language used by deaf learners.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Digital content exists only in a foreign language, or in an official language that many learners do not understand.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Content exists in the main language of instruction; other languages of instruction have only isolated resources produced by projects or NGOs.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Core content exists in every language of instruction, including the national or local languages used in the early grades, and some core content exists in the national sign language.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Core content exists in every language of instruction for every grade in which that language is used, and in the national sign language for every grade of basic education; the languages learners speak at home are recorded, and the content plan sets dates for the languages still missing.',
              },
            },
          ],
        },
        {
          id: 'digital-content-open-licensing',
          kind: 'choice',
          title: {
            en: 'On what terms is publicly funded digital content made available?',
          },
          help: {
            en: 'Open educational resources (OER) are learning materials released under an open licence, such as Creative Commons, that lets anyone reuse, adapt and share them. UNESCO member states adopted a Recommendation on OER in 2019.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'rights-unclear',
              level: 1,
              label: {
                en: 'No rule: rights are unclear or stay with the producer',
              },
            },
            {
              id: 'free-to-use',
              level: 2,
              label: {
                en: 'Free to use on ministry platforms, but not to copy, adapt or share',
              },
            },
            {
              id: 'open-policy',
              level: 3,
              label: {
                en: 'A policy requires release under an open licence, and new content follows it',
              },
            },
            {
              id: 'open-practice',
              level: 4,
              label: {
                en: 'Released as open educational resources in a public repository, where teachers adapt and republish them',
              },
            },
          ],
        },
        {
          id: 'digital-content-accessibility',
          kind: 'rubric',
          title: {
            en: 'Is digital content accessible to learners with disabilities?',
          },
          help: {
            en: 'The Web Content Accessibility Guidelines (WCAG) are the W3C’s international standard for accessible digital content; version 2.2 became a W3C Recommendation in October 2023. Level AA is the level that accessibility laws and public procurement rules most commonly require. Accessible content works with screen readers, offers captions and transcripts for audio and video, and gives text alternatives for images. Content in sign language is asked about in the question on languages.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no accessibility requirements; most content cannot be used with a screen reader and has no captions.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some adapted resources (audio books, braille-ready files, captioned videos) are produced by specialised schools or NGOs, but mainstream content is not checked for accessibility.',
              },
            },
            {
              level: 3,
              text: {
                en: 'WCAG 2.2 level AA, or a national standard at least as demanding, is required whenever content is commissioned or bought, and new content comes with captions, text alternatives and formats that work with text-to-speech.',
              },
            },
            {
              level: 4,
              text: {
                en: 'All content, including older material, has been checked against the standard, with learners with disabilities and their organisations taking part in testing; core content also exists in easy-to-read versions.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learning-platforms',
      origin: 'proposed',
      title: { en: 'Learning platforms and tools' },
      summary: {
        en: 'Platforms and tools that schools actually use, hosted and supported over time, that work with little or no connectivity, and radio, television and mobile channels that carry learning where screens and connections are scarce.',
      },
      questions: [
        {
          id: 'learning-platforms-provision',
          kind: 'rubric',
          title: {
            en: 'How far do schools rely on a national learning platform that the ministry keeps running?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no national platform; schools that use one choose it themselves, often a free commercial service with no agreement on data or support.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A national platform exists, often set up during the COVID-19 school closures, but use is low or has fallen since, and its upkeep depends on a single contract or donor.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national platform (a learning management system or content portal) is hosted under ministry control, funded from the recurrent budget, backed by a helpdesk, and used each month by at least half of secondary schools.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Most teachers and learners at every level use the platforms regularly; use, availability and user satisfaction are tracked against targets, and improvements are released on a planned schedule.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-offline',
          kind: 'rubric',
          title: {
            en: 'Can learners without a reliable connection use the platforms and content?',
          },
          help: {
            en: 'Offline use means that platforms and content keep working when the connection is weak or absent, for example through an app that stores lessons on the device or a local server in the school. Free access to educational content over mobile data (zero-rating) is asked about under cost and sustainability. If virtually all learners have a reliable connection at school and at home, the question does not apply.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Platforms and content work only online and need a fast connection; learners in rural areas or without mobile data are left out.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some content can be downloaded for use offline, but the main platform needs a constant connection.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The main platforms work offline or on low bandwidth (offline apps, local servers in schools, memory cards), so learners can use core content without a constant connection.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Offline use is a requirement for every platform procured, and progress made offline synchronises when a connection returns; solutions are tested in poorly connected schools before they are rolled out.',
              },
            },
          ],
        },
        {
          id: 'learning-platforms-low-tech',
          kind: 'rubric',
          title: {
            en: 'What part do low-tech channels such as radio, television or text messages play in delivering learning?',
          },
          help: {
            en: 'Low-tech channels reach learners without internet or computers: educational radio and television, text messages (SMS) and voice services on basic mobile phones. Learner follow-up means that someone checks whether learners take part and learn, for example through calls from teachers, quizzes by phone or worksheets collected.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The ministry runs or supports no radio, television or mobile programme for learning; any that exist are broadcasters’ or NGOs’ initiatives unconnected to the curriculum.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry has broadcast lessons on radio or television, or sent learning messages by phone, during an emergency such as the COVID-19 school closures or through partner projects, but without a standing schedule or curriculum mapping.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least one low-tech channel carries lessons throughout the school year on a published schedule, each lesson is mapped to curriculum objectives for the grades it targets, and the programme is funded in the ministry’s plan or budget.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Radio, television and mobile channels follow one curriculum-aligned plan covering the core subjects of basic education, on published schedules and with recurrent funding; learners are followed up (teachers’ calls, phone quizzes or collected worksheets), and reach and learning are measured every year.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'edtech-evaluation',
      origin: 'proposed',
      title: {
        en: 'EdTech evaluation and selection',
      },
      summary: {
        en: 'How solutions are chosen, bought and quality-assured, and whether their effect on learning is measured before they are scaled up.',
      },
      questions: [
        {
          id: 'edtech-evaluation-selection',
          kind: 'rubric',
          title: {
            en: 'How are digital solutions selected for use in schools?',
          },
          help: {
            en: 'Total cost of ownership counts every cost over the life of a solution (licences, devices, connectivity, training, support, upgrades and disposal), not only the purchase price.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Solutions are adopted because a supplier or donor offers them; there are no criteria and no review of evidence before adoption.',
              },
            },
            {
              level: 2,
              text: {
                en: 'General procurement rules apply, mainly on price; pedagogical value, evidence of impact and data protection are checked case by case, if at all.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A review panel applies published criteria (curriculum fit, evidence of learning impact, accessibility, data protection, interoperability, total cost of ownership) before any solution is recommended or bought.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The criteria apply to all solutions, including free and donated ones; a public catalogue lists approved solutions with their review results, and approvals are revisited as new evidence arrives.',
              },
            },
          ],
        },
        {
          id: 'edtech-evaluation-impact',
          kind: 'rubric',
          title: {
            en: 'Do evaluations of their effect on learning shape decisions about digital programmes?',
          },
          help: {
            en: 'If the country runs no digital programme in education yet, the question does not apply.',
          },
          allowNotApplicable: true,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Programmes are not evaluated; success is reported as devices delivered or accounts created.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some programmes are evaluated, usually at a funder’s request, on use and satisfaction rather than on learning.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Major programmes have an evaluation plan from the start, with learning measures and a comparison group (randomised or quasi-experimental), and results are published whatever they show.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A set share of every programme budget funds evaluation; results decide whether programmes are scaled up, redesigned or stopped, and the ministry follows a research agenda with national research institutions.',
              },
            },
          ],
        },
      ],
    },
  ],
};
