import type { Pillar } from '@dtc/schema';

/**
 * Pillar 6: data and evidence. Its five components are those named in the published
 * framework; the questions and descriptors are this toolkit's.
 */
export const dataEvidence: Pillar = {
  id: 'data-evidence',
  title: { en: 'Data and evidence' },
  summary: {
    en: 'Reliable, timely and protected data on learners, teachers and schools that are used to decide and act, and the governance of artificial intelligence in education. With connectivity, this pillar is a backbone of the others.',
  },
  foundational: true,
  components: [
    {
      id: 'actionable-insights',
      origin: 'published',
      title: { en: 'Actionable insights' },
      summary: {
        en: 'Data turned into information that decision-makers at every level use: dashboards, early warning and published statistics.',
      },
      questions: [
        {
          id: 'actionable-insights-decisions',
          kind: 'rubric',
          title: {
            en: 'Are education data used to make decisions at central, regional and school level?',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are compiled for the statistical yearbook and reports to partners; decisions on budgets, staffing and school building are made without reference to them.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Central planners use school census data for some decisions, such as where to build classrooms, but regional offices and schools get little or nothing back.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Central and regional managers use dashboards with indicators updated at least every term, and decisions on teacher deployment and resource allocation rest on documented analyses.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Schools, districts and the ministry each receive data they can act on, in a form suited to them; decisions and their results are tracked, and data use is part of managers’ job descriptions and training.',
              },
            },
          ],
        },
        {
          id: 'actionable-insights-early-warning',
          kind: 'rubric',
          title: {
            en: 'Do data lead to support for learners at risk of dropping out or falling behind?',
          },
          help: {
            en: 'An early warning system uses signals such as absences, falling marks or being over-age for one’s grade to flag learners likely to drop out, so that the school can act before they leave.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No system exists; learners at risk are noticed, if at all, by individual teachers.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Early warning is piloted in a few districts or by an NGO, using attendance and marks recorded on paper.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An early warning system based on individual learner records (attendance, results, over-age enrolment) flags learners at risk to schools in most regions, with guidance on how to respond.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Early warning covers the whole country and triggers support (remedial teaching, social protection, cash transfers); the accuracy of alerts and what becomes of flagged learners are monitored.',
              },
            },
          ],
        },
        {
          id: 'actionable-insights-publication',
          kind: 'rubric',
          title: {
            en: 'Are education statistics published for the public, researchers and partners?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Statistics are not published, or are released only on request to the ministry.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A statistical yearbook is published as a document (for example a PDF) with national and regional tables; the underlying data are not available.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Key indicators and school-level data are published in reusable formats (spreadsheets, CSV) with their definitions, and researchers can obtain anonymised data through a set procedure.',
              },
            },
            {
              level: 4,
              text: {
                en: 'An open-data portal offers documented school-level data, updated every year; anonymised learner-level data are shared with researchers under agreements, and the ministry publishes its own analyses.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'systems-integration',
      origin: 'published',
      title: { en: 'Systems integration' },
      summary: {
        en: 'An EMIS architecture in which records of schools, teachers and learners share unique identifiers, and education systems that exchange data through agreed open standards and interfaces.',
      },
      questions: [
        {
          id: 'systems-integration-emis-architecture',
          kind: 'rubric',
          title: {
            en: 'How is the education management information system (EMIS) organised?',
          },
          help: {
            en: 'An EMIS is the set of people, procedures and software that collect, store, process and share data on schools, learners, teachers, finances and results. A unique identifier is a code given to each school, teacher or learner that stays the same across systems and years, so that records can be linked without relying on names.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are collected on paper questionnaires or in separate spreadsheets kept by each department; there is no central database.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A central database holds the annual school census at school level, but personnel, examination and finance data sit in separate systems that do not communicate; only schools have codes.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The EMIS holds records of schools, teachers and learners with unique identifiers, and these identifiers link the main subsystems (census, human resources, examinations).',
              },
            },
            {
              level: 4,
              text: {
                en: 'An integrated EMIS, built on a documented architecture, connects all education subsystems, keeps each learner’s identifier throughout their schooling, and exchanges data securely with other government systems such as civil registration, health, social protection and finance.',
              },
            },
          ],
        },
        {
          id: 'systems-integration-interoperability',
          kind: 'rubric',
          title: {
            en: 'How do education information systems exchange data with one another?',
          },
          help: {
            en: 'Education information systems here means the EMIS, learning platforms, examination systems, and the human resources, payroll and finance systems that hold education data. Interoperability is their ability to exchange data without rework. Open standards are published specifications that any supplier can implement, such as LTI and xAPI for learning platforms. An application programming interface (API) lets one system request data from another automatically, with no file exported by hand.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Each system uses its own formats, codes and accounts; moving data from one system to another means keying them in again.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some data are exchanged as exported files under one-off arrangements; code lists for schools, subjects or localities differ from one system to another, and suppliers are not required to follow any standard.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has adopted a data dictionary, common code lists and interface specifications based on open standards and requires them in contracts; the EMIS, examination and human resources systems exchange data through them.',
              },
            },
            {
              level: 4,
              text: {
                en: 'All the main education systems, including learning platforms and finance, exchange data automatically through documented, secure interfaces (APIs) that follow the adopted standards; a data governance body keeps the standards up to date, and every new system is tested for compliance before it is connected.',
              },
            },
          ],
        },
        {
          id: 'systems-integration-emis-platform',
          kind: 'text',
          title: {
            en: 'Which EMIS platforms does the ministry use?',
          },
          help: {
            en: 'For example: a system developed in-house, an open-source platform such as OpenEMIS or DHIS2 adapted for education, or a commercial product. Mention the main modules in use, who develops and maintains each, and whether the ministry hosts the system itself.',
          },
          allowDontKnow: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'quality-coverage',
      origin: 'published',
      title: { en: 'Quality and coverage' },
      summary: {
        en: 'Data drawn from schools’ own records, available soon after collection, covering every school including non-state ones, verified against other sources, and broken down to reveal inequalities.',
      },
      questions: [
        {
          id: 'quality-coverage-collection',
          kind: 'rubric',
          title: {
            en: 'How are school data collected for the EMIS?',
          },
          help: {
            en: 'A school management system is software in which a school keeps its own registers: enrolment, attendance, staff and marks. How soon the data become available is asked in the next question.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools fill in paper census forms, which are keyed in at district or central level.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Schools or districts enter the census in an electronic form or spreadsheet, but the figures are copied by hand from registers kept on paper.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Most schools keep their enrolment, attendance and staff registers in a digital school management system, and their census returns are produced from it without re-keying.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools keep digital registers that update the EMIS directly, so that no separate census form is needed; schools use the same records for their own management, such as following up absences.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-timeliness',
          kind: 'choice',
          title: {
            en: 'How soon after collection are school census results available to users?',
          },
          help: {
            en: 'Count from the end of data collection to the day validated results reach planners, regional offices and schools, in the EMIS, on dashboards or in a publication. Where data are collected continuously, answer for the figures most users need.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'over-twelve-months',
              level: 1,
              label: {
                en: 'More than twelve months after collection, or results are not made available to users',
              },
            },
            {
              id: 'within-twelve-months',
              level: 2,
              label: {
                en: 'Within twelve months, but more than six',
              },
            },
            {
              id: 'within-six-months',
              level: 3,
              label: {
                en: 'Within six months, but more than one',
              },
            },
            {
              id: 'within-one-month',
              level: 4,
              label: {
                en: 'Within one month of collection, or continuously as schools’ records are updated',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-completeness',
          kind: 'rubric',
          title: {
            en: 'How completely does the school census cover schools, including non-state ones?',
          },
          help: {
            en: 'Non-state schools are private, community, faith-based and NGO-run schools. A school register (or master list) is the official list of all schools with their unique codes, against which census returns are counted.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The census misses a significant share of schools, often private, community or religious ones, and there is no school register against which to count the missing ones.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Nearly all public schools respond, but non-state schools are covered only in part, and response rates are not published.',
              },
            },
            {
              level: 3,
              text: {
                en: 'More than 95% of public and registered non-state schools respond each year, counted against a school register that is kept up to date, and response rates are published.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all schools, public and non-state, registered or not, respond each year; the school register is compared every year with other sources (local authorities, school mapping) and the schools missing from it are added; response rates are published by type of school.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-reliability',
          kind: 'rubric',
          title: {
            en: 'Are the figures in the EMIS verified before they are used?',
          },
          help: {
            en: 'Reconciliation compares the same figure from two sources, for example the number of teachers in the census and on the payroll, or enrolment and the school-age population.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Figures are not checked: errors are found, if at all, when users notice them, and sources give different figures for the same thing.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Checks at data entry catch missing or impossible values, but figures are neither compared with other sources nor checked in schools.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Automated validation rules run at entry; each year a sample of schools is visited to compare returns with registers, key figures are reconciled with other sources (payroll, examinations, population estimates), and corrections are recorded.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, data quality is assessed at least every three years against a reference framework, such as that of the UNESCO Institute for Statistics; the error rates found in field checks are published, and the gaps found are corrected and tracked.',
              },
            },
          ],
        },
        {
          id: 'quality-coverage-disaggregation',
          kind: 'rubric',
          title: {
            en: 'Can the data be broken down to show which learners are being left behind?',
          },
          help: {
            en: 'Functioning-based questions ask about difficulties with activities such as seeing, hearing, walking or learning rather than about a medical diagnosis; the Child Functioning Module developed by UNICEF and the Washington Group on Disability Statistics is a common reference.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Data are mostly aggregate counts per school, broken down by sex at most.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Data are available by sex, age, grade and region; disability is not recorded, or is recorded with definitions that vary from school to school.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learner-level data can be broken down by sex, age, location (urban or rural, district), disability recorded through functioning-based questions, and a measure of socio-economic status.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Analyses that combine these dimensions (for example, rural girls with disabilities) are published regularly and used to target resources, and the data also show learners’ access to devices and connectivity at home.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'security-privacy',
      origin: 'published',
      title: { en: 'Security and privacy' },
      summary: {
        en: 'Legal protection of learners’ personal data, an authority that enforces it, practices that keep education systems and their data secure, and clear information for families on what is collected and why.',
      },
      questions: [
        {
          id: 'security-privacy-law',
          kind: 'rubric',
          title: {
            en: 'Does the law protect the personal data of learners?',
          },
          help: {
            en: 'Count only texts adopted and in force: a bill under discussion does not count. Rules specific to children’s data may be in the law itself, in regulations or in a binding code for education, for example on consent, data minimisation or a ban on the commercial profiling of learners. Whether an authority enforces the law is asked in the next question.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No data-protection law is in force; a bill may be under discussion.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A general data-protection law is in force, but it does not clearly cover education: public bodies or schools are exempted, or it is unclear whether learners’ data fall within it.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A data-protection law in force clearly applies to the personal data of learners held by the ministry, schools and their suppliers, with a legal basis for each use, limits on purpose, and rights of access and correction.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition to such a law, binding rules specific to children’s data in education (consent, data minimisation, no advertising or commercial profiling) are in force, and they have been reviewed within the last five years to take account of new technologies such as AI.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-authority',
          kind: 'rubric',
          title: {
            en: 'How actively does an authority enforce data protection in education?',
          },
          help: {
            en: 'A data-protection authority is a public body, usually independent (a commission or commissioner, for example), that handles complaints, investigates and can impose sanctions. Evidence: its annual report, its decisions and its guidance.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No authority enforces data protection, or the one the law provides for has not been set up.',
              },
            },
            {
              level: 2,
              text: {
                en: 'An authority has been set up, but it lacks the staff or budget to act: it handles few complaints and has not investigated any public body.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The authority handles complaints, investigates public and private bodies, issues orders or sanctions, and publishes an annual report.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Beyond this, the authority is active in education: it has issued guidance for schools or education technology suppliers, has audited education systems or tools in the last three years, and publishes its decisions concerning education.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-practice',
          kind: 'rubric',
          title: {
            en: 'How are personal data in education systems protected in practice?',
          },
          help: {
            en: 'A data-protection impact assessment is a documented review, carried out before a system goes live, of the risks it poses to people’s privacy and of how they will be reduced. Evidence: the appointment of a data-protection officer, access policies, supplier contracts and the incident log.',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no rules on who may see personal data; files circulate by e-mail or USB stick, accounts and passwords are shared, and breaches are not recorded.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry has issued confidentiality instructions, but access is not assigned by role, no one is formally responsible, and how suppliers handle data is not checked.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A data-protection officer is designated; access is role-based and logged; new systems undergo a data-protection impact assessment; supplier contracts limit the use of data and require breaches to be reported; a breach response procedure exists and has been used or tested.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Independent security audits and penetration tests take place regularly; staff with access to data are trained every year; rules for children’s data (data minimisation, no advertising or commercial profiling) are checked for every digital tool used in schools, and breaches and the response to them are reported publicly.',
              },
            },
          ],
        },
        {
          id: 'security-privacy-transparency',
          kind: 'rubric',
          title: {
            en: 'Are learners and families told what personal data are collected, and for what purpose?',
          },
          help: {
            en: 'A privacy notice tells people what personal data are collected about them, why, who receives them and how long they are kept.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Families are not told what data are collected about learners or how they are used.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Privacy notices exist for some platforms, but they are written in legal terms and only in the official language.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Plain-language notices, in the languages families use, explain for the EMIS and each main platform what is collected, why, who receives it and how long it is kept; schools give them to families at enrolment.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Such notices cover every system and digital tool used in schools, including suppliers’ tools, and a public list of them is kept up to date; learners are told, in terms suited to their age, what happens to their data, and a survey at least every three years checks that families understand the notices, which are revised accordingly.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'artificial-intelligence',
      origin: 'published',
      title: { en: 'Artificial intelligence' },
      summary: {
        en: 'Policy, ethical guidance, competency frameworks and procurement rules that let learners and teachers benefit from AI while protecting them from its risks.',
      },
      questions: [
        {
          id: 'artificial-intelligence-policy',
          kind: 'rubric',
          title: {
            en: 'Does a national policy set ethical rules for the use of AI in education?',
          },
          help: {
            en: 'Evidence: the published policy or guidelines, and the AI competency frameworks for teachers and learners that go with them. UNESCO’s Guidance for generative AI in education and research (2023) and its Recommendation on the Ethics of Artificial Intelligence (2021) are common references for national policies.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no policy or guidance; the use of AI in education is neither encouraged nor regulated.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Education is mentioned in a national AI strategy or a ministerial statement, or AI tools have been banned outright, but schools have no practical guidance.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has published a policy on AI in education that sets ethical principles (human agency, equity, transparency, privacy) and permitted uses, together with AI competency frameworks for teachers and learners.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The policy was developed with teachers, learners, parents and researchers; a designated body monitors how it is applied, and it is reviewed at least every two years to keep pace with the technology.',
              },
            },
          ],
        },
        {
          id: 'artificial-intelligence-generative',
          kind: 'rubric',
          title: {
            en: 'How is the use of generative AI by teachers and learners governed in schools?',
          },
          help: {
            en: 'Generative AI produces text, images, sound or code in response to instructions, as chatbots do. UNESCO’s 2023 guidance suggests a minimum age of 13 for learners’ independent use of these tools.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There are no rules: teachers and learners use whichever public chatbots they like on personal accounts, and schools react to incidents one by one.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A circular allows, restricts or bans generative AI, but without training or follow-up, and schools interpret it in different ways.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Schools apply common rules on which tools are approved, minimum ages, what personal data may be entered, and how AI-assisted work must be declared in assessed tasks; teachers have been trained on these rules.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Approved tools are provided under ministry agreements with data-protection and content safeguards; use is monitored, incidents are reported and rules updated, and learners are taught to question what AI produces.',
              },
            },
          ],
        },
        {
          id: 'artificial-intelligence-procurement',
          kind: 'rubric',
          title: {
            en: 'Are there rules for acquiring AI tools for use in education?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'AI tools (adaptive learning, automated marking, remote exam proctoring, chatbots) are bought, or accepted from suppliers and donors, without any specific requirements.',
              },
            },
            {
              level: 2,
              text: {
                en: 'General IT procurement rules apply; some contracts include data clauses, but nothing specific to AI, such as bias testing, transparency or human oversight.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Procurement rules for AI tools require an impact assessment (rights, bias, privacy), evidence that the tool works for the country’s learners and languages, an explanation of how it reaches its outputs, human review of decisions that affect learners, and ministry ownership of the data.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A public register lists the AI systems used in education; they are audited after deployment for bias and effects on learners, contracts allow them to be suspended, and audit results are published.',
              },
            },
          ],
        },
      ],
    },
  ],
};
