import type { CourseModule, CourseSource } from '@dtc/schema';

/**
 * Learning module of pillar 4, capacity and culture: one section per component of framework
 * 2.0.0. Every practice and example cites its sources; the sources that only this module
 * cites are listed below it, the shared ones are in `./sources.ts`.
 */
export const capacityCultureModule: CourseModule = {
  pillar: 'capacity-culture',
  overview: {
    en: 'This pillar is about people: whether teachers, school leaders, ministry staff and learners have the competencies to use digital technology well, and whether the professional culture around schools supports change. It covers teachers’ digital and AI competencies from initial training onwards; the capacity to lead digital change in schools and in the ministry; the digital skills learners are expected to gain, including online safety and digital well-being; and a culture of peer learning, recognition and engagement with families.',
  },
  whyItMatters: {
    en: 'Devices and connections change learning only when people know what to do with them. International reviews of technology in education, such as UNESCO’s 2023 Global Education Monitoring Report, give teachers and their preparation a central place. Learners, for their part, need more than operating skills: they must judge information, protect themselves and others, and keep a healthy relationship with screens. These capacities take years to build, so a country needs to know where it stands before deciding where to invest.',
  },
  reflection: [
    {
      en: 'If every school received new equipment tomorrow, how many teachers would know how to use it to improve learning?',
    },
    {
      en: 'Who in the ministry and in the regions has the skills and the time to lead digital change?',
    },
    {
      en: 'What do we actually know about learners’ digital skills, beyond impressions?',
    },
    {
      en: 'How do teachers in our system learn from one another about teaching with technology?',
    },
  ],
  sections: [
    {
      component: 'teacher-competencies',
      overview: {
        en: 'This component looks at the digital and AI competencies expected of teachers and how they acquire them: a national competency framework, the place of these competencies in initial teacher education, the share of serving teachers trained in recent years, and the form that training takes, from one-off workshops to ongoing, school-based programmes with coaching and follow-up in the classroom.',
      },
      whyItMatters: {
        en: 'Teachers decide whether technology is used to improve learning or left in the cupboard. A shared framework gives training providers, teacher education institutions and teachers a common language and a path of progression. Reach matters, and so does form: short workshops on operating equipment are unlikely on their own to change classroom practice, whereas training tied to teachers’ subjects and followed up in class gives them a better chance.',
      },
      practices: [
        {
          text: {
            en: 'Adopt a national framework of teachers’ digital competencies adapted from an international model, such as UNESCO’s ICT Competency Framework for Teachers or the European DigCompEdu, with levels of progression, and use it to design training and to recognise progress.',
          },
          sources: ['unesco-ict-cft-2018', 'cc-ec-jrc-digcompedu-2017'],
        },
        {
          text: {
            en: 'Extend the framework to artificial intelligence, drawing on UNESCO’s 2024 AI competency framework for teachers, so that teachers learn to use AI tools critically, ethically and with a clear educational purpose, not only technically.',
          },
          sources: ['cc-unesco-ai-cft-2024', 'unesco-genai-guidance-2023'],
        },
        {
          text: {
            en: 'Build digital pedagogy into the teaching methods of each subject and into teaching practice during initial teacher education, and assess it for the teaching qualification, rather than offering a separate computer course.',
          },
          sources: ['unesco-ict-cft-2018', 'cc-oecd-talis-2018-vol1'],
        },
        {
          text: {
            en: 'Organise in-service training as an ongoing, school-based process with coaching, peer observation and follow-up in class, and keep records of who has been trained so that reach can be measured.',
          },
          sources: ['cc-oecd-talis-2018-vol1', 'world-bank-reimagining-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Training teachers on equipment they do not yet have, or delivering equipment with no training at all.',
        },
        {
          en: 'Counting attendance at workshops as competence, with no follow-up in the classroom.',
        },
        {
          en: 'A competency framework that is adopted but never used to design courses, appraise teachers or recognise progress.',
        },
        {
          en: 'Treating digital competence as the business of computer science teachers only.',
        },
      ],
      examples: [
        {
          country: 'ESP',
          text: {
            en: 'In Spain, the Education Sectoral Conference, where the national ministry meets the education departments of the autonomous communities, agreed in 2020 on a common reference framework for teachers’ digital competence, and on the recognition by all education administrations of certification procedures based on it. The Conference agreed an updated version of the framework in 2022.',
          },
          sources: ['cc-spain-mrcdd-2020', 'cc-spain-mrcdd-2022'],
        },
      ],
      reflection: [
        {
          en: 'Which framework describes what our teachers should be able to do with digital technology and AI, and who actually uses it?',
        },
        {
          en: 'What share of serving teachers received training in teaching with digital technology in the last three years, and how do we know?',
        },
        {
          en: 'Does training follow teachers back into their classrooms?',
        },
        {
          en: 'How do new teachers learn to teach with digital technology during their initial education?',
        },
      ],
    },
    {
      component: 'leadership-capacity',
      overview: {
        en: 'Digital change in education needs people who can plan and manage it. This component looks at school leaders, who decide how technology is used in their schools and support their staff, and at ministry staff, centrally and in the regions, who need the skills and the working time to design programmes, manage contracts and data, and follow up on implementation in schools.',
      },
      whyItMatters: {
        en: 'Without capable leaders, equipment is delivered but not put to use, and plans depend on a few individuals or on consultants who leave when the project ends. School leaders who draw up a digital plan with their staff make it more likely that investments are used; ministry staff who understand technology markets and data can deal with suppliers and partners on equal terms.',
      },
      practices: [
        {
          text: {
            en: 'Help school leaders build a digital plan for their school with their staff, using a self-reflection tool such as the European Commission’s SELFIE, which draws on the DigCompOrg framework for digitally competent educational organisations.',
          },
          sources: ['cc-ec-jrc-digcomporg-2015', 'cc-ec-digital-education-action-plan-2020'],
        },
        {
          text: {
            en: 'Include leadership of digital change in the standards and training for school principals, alongside pedagogical leadership, and give them the time and support to exercise it.',
          },
          sources: ['cc-oecd-talis-2018-vol1', 'cc-ec-jrc-digcomporg-2015'],
        },
        {
          text: {
            en: 'Plan the skills that ministry teams need (procurement, data protection, contract and project management, pedagogy with technology) and build them through training and recruitment, rather than relying only on external consultants.',
          },
          sources: ['oecd-digital-education-outlook-2023', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Give regional and district staff a defined role, and training, in supporting schools’ digital plans, so that support reaches schools far from the capital.',
          },
          sources: ['world-bank-reimagining-2020'],
        },
      ],
      pitfalls: [
        {
          en: 'Leaving digital matters to one enthusiastic teacher or a technician while the school’s leadership stays uninvolved.',
        },
        {
          en: 'Building ministry capacity inside a donor project team that disperses when the project ends.',
        },
        {
          en: 'Training leaders on tools rather than on planning, managing change and supporting teachers.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'Do our school leaders have a digital plan for their school, and who helped them prepare it?',
        },
        {
          en: 'Which skills does the ministry lack to design, buy and manage digital programmes, and how are these gaps filled today?',
        },
        {
          en: 'Do the staff responsible for digital education have time for it, or is it added to other duties?',
        },
        {
          en: 'How do regional and district offices support schools in their digital change?',
        },
      ],
    },
    {
      component: 'learner-digital-skills',
      overview: {
        en: 'This component covers the digital competencies learners are expected to acquire, from information literacy to creating content, understanding AI and solving problems; how they learn to stay safe and to treat others with respect online; how their digital well-being is looked after, from healthy use of screens to the response to cyberbullying; and whether what learners actually master is measured.',
      },
      whyItMatters: {
        en: 'Learners need digital skills to keep learning, to take part in society and to work, and they meet online risks from an early age. Clear expectations, written into the curriculum and assessed, show whether schools are narrowing or widening the gaps between learners. Attention to well-being helps ensure that the benefits of technology do not come at the cost of sleep, concentration or mental health.',
      },
      practices: [
        {
          text: {
            en: 'Set out the digital competencies expected at each stage of schooling in a national framework, drawing on international references such as the European DigComp 2.2 or the UNESCO Institute for Statistics framework for SDG indicator 4.4.2, and include AI competencies, for example from UNESCO’s 2024 AI competency framework for students.',
          },
          sources: [
            'jrc-digcomp-2-2-2022',
            'cc-uis-digital-literacy-2018',
            'cc-unesco-ai-cfs-2024',
          ],
        },
        {
          text: {
            en: 'Teach online safety within the curriculum, covering privacy, cyberbullying, harmful content and where to seek help, in line with children’s rights in the digital environment, and make sure every school knows how to report and handle incidents.',
          },
          sources: ['un-crc-general-comment-25', 'cc-itu-cop-policymakers-2020'],
        },
        {
          text: {
            en: 'Address digital well-being explicitly, as a topic distinct from online safety: guidance on healthy use and screen time, clear rules on personal devices in school, and a response to cyberbullying linked to the support for mental health that schools offer.',
          },
          sources: ['cc-oecd-21st-century-children-2019', 'unesco-gem-2023'],
        },
        {
          text: {
            en: 'Measure what learners actually master, through a national assessment or participation in an international study such as IEA’s ICILS, and report results by gender, location and socio-economic background.',
          },
          sources: ['cc-iea-icils-2018', 'cc-uis-digital-literacy-2018'],
        },
      ],
      pitfalls: [
        {
          en: 'Assuming that young people who use phones every day are digitally competent.',
        },
        {
          en: 'Treating online safety as a one-day awareness event rather than part of the curriculum.',
        },
        {
          en: 'Banning devices without teaching responsible use, or allowing them without any rules.',
        },
        {
          en: 'Measuring only learners’ access to devices, never what they can do with them.',
        },
      ],
      examples: [
        {
          country: 'FRA',
          text: {
            en: 'In France, a decree of August 2019 set a national reference framework of digital competences (CRCN) for schools, higher education and continuing training, together with the evaluation of pupils’ digital competences. An order of the same date introduced the certification of these competences through the public online platform Pix, for pupils at the end of lower secondary school (collège) and at the end of upper secondary school (lycée).',
          },
          sources: ['cc-france-decret-2019-919', 'cc-france-arrete-pix-2019'],
        },
        {
          country: 'AUS',
          text: {
            en: 'Australia’s Enhancing Online Safety for Children Act 2015 created a Children’s eSafety Commissioner, whose functions include handling complaints about serious cyberbullying aimed at Australian children and supporting, accrediting and evaluating online safety education programmes. An amendment in 2017 extended the Commissioner’s remit to online safety for all Australians.',
          },
          sources: ['cc-australia-eosca-2015', 'cc-australia-eosca-amendment-2017'],
        },
        {
          country: 'BRA',
          text: {
            en: 'Brazil’s Law 15.100 of January 2025, whose stated aim is to safeguard the mental, physical and psychological health of children and adolescents, prohibits pupils from using personal portable electronic devices, including mobile phones, during lessons, recess and breaks at every stage of basic education, with exceptions for teaching purposes, accessibility, inclusion, health conditions, fundamental rights and emergencies.',
          },
          sources: ['cc-brazil-lei-15100-2025'],
        },
      ],
      reflection: [
        {
          en: 'What digital competencies do we expect of learners at the end of primary and of secondary school, and where is this written down?',
        },
        {
          en: 'Where in the curriculum do learners learn about online safety, and who teaches it?',
        },
        {
          en: 'What are our rules on personal devices in school, and what evidence on well-being are they based on?',
        },
        {
          en: 'What do we know about learners’ actual digital skills, and about gaps by gender, location or family income?',
        },
      ],
    },
    {
      component: 'digital-culture',
      overview: {
        en: 'Digital culture is the set of habits and relationships that make technology part of everyday professional life: teachers who share practice and learn from one another, in their school and in online communities; recognition for those who innovate and for the time it takes; and parents and communities who understand how schools use technology, take part in decisions and can support learning and safety at home.',
      },
      whyItMatters: {
        en: 'Training and equipment only go so far when teachers work alone and trying something new carries risk without reward. Peer learning spreads practices that have worked in similar classrooms, and recognition keeps committed teachers engaged. Families shape how children use technology at home, so schools that involve them can reinforce safe, healthy and useful habits instead of contradicting them.',
      },
      practices: [
        {
          text: {
            en: 'Make time for teachers to plan and review lessons together and to observe one another, and support professional communities, in person and online, where they share resources and experience of teaching with technology.',
          },
          sources: ['cc-oecd-talis-2018-vol2', 'world-bank-reimagining-2020'],
        },
        {
          text: {
            en: 'Recognise innovation in appraisal and career progression, for example by counting certified digital competence or contributions to shared resources, without making unpaid extra work the condition for it.',
          },
          sources: ['cc-oecd-talis-2018-vol2'],
        },
        {
          text: {
            en: 'Use school self-reflection to involve the whole school community, including students, in deciding how technology is used, as the European Commission’s SELFIE tool does by gathering the views of school leaders, teachers and students.',
          },
          sources: ['cc-ec-digital-education-action-plan-2020', 'cc-ec-jrc-digcomporg-2015'],
        },
        {
          text: {
            en: 'Inform and involve parents: explain which platforms and data the school uses and why, offer guidance on safe and healthy use at home, and give parents a channel to raise concerns.',
          },
          sources: ['cc-itu-cop-parents-educators-2020', 'un-crc-general-comment-25'],
        },
      ],
      pitfalls: [
        {
          en: 'Relying on a few enthusiasts whose work stops when they move to another school.',
        },
        {
          en: 'Rewarding the purchase or display of technology rather than improvements in teaching and learning.',
        },
        {
          en: 'Communicating with families only when there is a problem, or only through channels that some families cannot use.',
        },
      ],
      examples: [],
      reflection: [
        {
          en: 'When did teachers in a typical school last share with colleagues a lesson that used technology?',
        },
        {
          en: 'How is a teacher who innovates with technology recognised in our system?',
        },
        {
          en: 'How do parents find out which platforms their child’s school uses and what data it collects?',
        },
        {
          en: 'Which teacher communities or networks already exist that we could support rather than replace?',
        },
      ],
    },
  ],
};

/** The sources that only this module cites. */
export const capacityCultureSources: CourseSource[] = [
  {
    id: 'cc-ec-jrc-digcompedu-2017',
    publisher: 'European Commission, Joint Research Centre (Christine Redecker)',
    title: 'European Framework for the Digital Competence of Educators: DigCompEdu',
    year: 2017,
  },
  {
    id: 'cc-unesco-ai-cft-2024',
    publisher: 'UNESCO',
    title: 'AI competency framework for teachers',
    year: 2024,
  },
  {
    id: 'cc-unesco-ai-cfs-2024',
    publisher: 'UNESCO',
    title: 'AI competency framework for students',
    year: 2024,
  },
  {
    id: 'cc-oecd-talis-2018-vol1',
    publisher: 'OECD',
    title: 'TALIS 2018 Results (Volume I): Teachers and School Leaders as Lifelong Learners',
    year: 2019,
  },
  {
    id: 'cc-oecd-talis-2018-vol2',
    publisher: 'OECD',
    title: 'TALIS 2018 Results (Volume II): Teachers and School Leaders as Valued Professionals',
    year: 2020,
  },
  {
    id: 'cc-ec-jrc-digcomporg-2015',
    publisher: 'European Commission, Joint Research Centre (Kampylis, Punie and Devine)',
    title:
      'Promoting Effective Digital-Age Learning: A European Framework for Digitally-Competent Educational Organisations',
    year: 2015,
  },
  {
    id: 'cc-ec-digital-education-action-plan-2020',
    publisher: 'European Commission',
    title:
      'Digital Education Action Plan 2021-2027: Resetting education and training for the digital age',
    year: 2020,
  },
  {
    id: 'cc-uis-digital-literacy-2018',
    publisher: 'UNESCO Institute for Statistics',
    title: 'A Global Framework of Reference on Digital Literacy Skills for Indicator 4.4.2',
    year: 2018,
  },
  {
    id: 'cc-iea-icils-2018',
    publisher: 'IEA (Fraillon, Ainley, Schulz, Friedman and Duckworth)',
    title:
      'Preparing for Life in a Digital World: IEA International Computer and Information Literacy Study 2018 International Report',
    year: 2020,
  },
  {
    id: 'cc-itu-cop-policymakers-2020',
    publisher: 'ITU',
    title: 'Guidelines for policy-makers on Child Online Protection',
    year: 2020,
  },
  {
    id: 'cc-itu-cop-parents-educators-2020',
    publisher: 'ITU',
    title: 'Guidelines for parents and educators on Child Online Protection',
    year: 2020,
  },
  {
    id: 'cc-oecd-21st-century-children-2019',
    publisher: 'OECD',
    title: 'Educating 21st Century Children: Emotional Well-being in the Digital Age',
    year: 2019,
  },
  {
    id: 'cc-spain-mrcdd-2020',
    publisher:
      'Ministerio de Educación y Formación Profesional, España (Boletín Oficial del Estado)',
    title:
      'Resolución de 2 de julio de 2020, de la Dirección General de Evaluación y Cooperación Territorial, por la que se publica el Acuerdo de la Conferencia Sectorial de Educación sobre el marco de referencia de la competencia digital docente',
    year: 2020,
  },
  {
    id: 'cc-spain-mrcdd-2022',
    publisher:
      'Ministerio de Educación y Formación Profesional, España (Boletín Oficial del Estado)',
    title:
      'Resolución de 4 de mayo de 2022, de la Dirección General de Evaluación y Cooperación Territorial, por la que se publica el Acuerdo de la Conferencia Sectorial de Educación, sobre la actualización del marco de referencia de la competencia digital docente',
    year: 2022,
  },
  {
    id: 'cc-france-decret-2019-919',
    publisher: 'République française (Journal officiel)',
    title:
      'Décret n° 2019-919 du 30 août 2019 relatif au développement des compétences numériques dans l’enseignement scolaire, dans l’enseignement supérieur et par la formation continue, et au cadre de référence des compétences numériques',
    year: 2019,
  },
  {
    id: 'cc-france-arrete-pix-2019',
    publisher: 'République française (Journal officiel)',
    title:
      'Arrêté du 30 août 2019 relatif à la certification Pix des compétences numériques définies par le cadre de référence des compétences numériques mentionné à l’article D. 121-1 du code de l’éducation',
    year: 2019,
  },
  {
    id: 'cc-australia-eosca-2015',
    publisher: 'Parliament of Australia',
    title: 'Enhancing Online Safety for Children Act 2015',
    year: 2015,
  },
  {
    id: 'cc-australia-eosca-amendment-2017',
    publisher: 'Parliament of Australia',
    title: 'Enhancing Online Safety for Children Amendment Act 2017',
    year: 2017,
  },
  {
    id: 'cc-brazil-lei-15100-2025',
    publisher: 'Presidência da República, Brasil',
    title:
      'Lei nº 15.100, de 13 de janeiro de 2025: Dispõe sobre a utilização, por estudantes, de aparelhos eletrônicos portáteis pessoais nos estabelecimentos públicos e privados de ensino da educação básica',
    year: 2025,
  },
];
