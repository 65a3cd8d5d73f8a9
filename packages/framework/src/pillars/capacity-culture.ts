import type { Pillar } from '@dtc/schema';

/**
 * Pillar 4: capacity and culture, framework version 2.0.0. The published framework names the
 * pillar but not its components; the components below are this toolkit's proposal.
 */
export const capacityCulture: Pillar = {
  id: 'capacity-culture',
  title: { en: 'Capacity and culture' },
  summary: {
    en: 'The skills of teachers, school leaders, ministry staff and learners to make effective use of digital technology, and a professional culture that supports change.',
  },
  components: [
    {
      id: 'teacher-competencies',
      origin: 'proposed',
      title: {
        en: 'Teachers’ digital and AI competencies',
      },
      summary: {
        en: 'A national framework of the digital and AI competencies expected of teachers, initial training that builds them, and in-service training that reaches serving teachers in a form that changes classroom practice.',
      },
      questions: [
        {
          id: 'teacher-competencies-framework',
          kind: 'rubric',
          title: {
            en: 'How established is a national framework of the digital and AI competencies expected of teachers?',
          },
          help: {
            en: 'A competency framework states what teachers should know and be able to do, usually at several levels of proficiency. Many countries adapt an international model, such as UNESCO’s ICT Competency Framework for Teachers, the European DigCompEdu, or UNESCO’s AI competency framework for teachers (2024), which has five dimensions (human-centred mindset, ethics of AI, AI foundations and applications, AI pedagogy, AI for professional development) at three levels (acquire, deepen, create). Evidence: the adopted text, and the training programmes or professional standards that refer to it.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No national document sets out the digital competencies expected of teachers; each training provider decides what to cover.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A framework has been drafted or adapted from an international model, but it is not yet used to design training programmes or to appraise teachers, or it covers basic digital skills only.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An officially adopted framework covers both digital and AI competencies and is used to design initial and continuing training programmes.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The framework sets levels of progression, is used for teacher self-assessment, certification and career progression, and has been revised in the last five years to take account of generative AI.',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-pre-service',
          kind: 'choice',
          title: {
            en: 'How are digital and AI competencies covered in initial teacher education?',
          },
          help: {
            en: 'Initial (pre-service) teacher education is the training future teachers receive before they take up a post, in teacher training colleges, institutes or universities. Answer for the majority of new teachers entering the profession.',
          },
          allowDontKnow: true,
          options: [
            {
              id: 'not-covered',
              level: 1,
              label: {
                en: 'Not covered, or only as an introduction to computer use',
              },
            },
            {
              id: 'some-institutions',
              level: 2,
              label: {
                en: 'Covered in some teacher education institutions, or in an optional course',
              },
            },
            {
              id: 'compulsory-course',
              level: 3,
              label: {
                en: 'A compulsory course on teaching with digital technology in every teacher education institution',
              },
            },
            {
              id: 'integrated-assessed',
              level: 4,
              label: {
                en: 'Built into the teaching methods of every subject and into teaching practice, and assessed for the teaching qualification',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-training-reach',
          kind: 'rubric',
          title: {
            en: 'What share of serving teachers were trained in teaching with digital technology in the last three years?',
          },
          help: {
            en: 'Count training in using digital tools to teach and to help learners learn, not general computer skills alone, and count each teacher once, whatever the number of courses. Evidence: continuing professional development records, the teacher management database or a teacher survey.',
          },
          weight: 2,
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No records show how many teachers have been trained, or fewer than 25% of serving teachers were trained in the last three years.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Training records or a survey show that between 25% and 49% of serving teachers were trained in the last three years.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Training records or a survey show that between 50% and 79% of serving teachers were trained in the last three years.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Training records show that 80% or more of serving teachers were trained in the last three years, and the share is updated every year for each region.',
              },
            },
          ],
        },
        {
          id: 'teacher-competencies-training-model',
          kind: 'rubric',
          title: {
            en: 'What form does in-service training in digital pedagogy usually take?',
          },
          help: {
            en: 'Answer for the training that most serving teachers receive. Coaching means that a trained person, such as a pedagogical adviser or lead teacher, observes a teacher’s lessons and discusses them afterwards. School-based training takes place in the teacher’s own school or in a cluster of nearby schools.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no in-service training in teaching with digital technology, or only one-off sessions, usually on handling equipment when it is delivered.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Teachers can follow workshops or online courses on using digital tools, held away from their classes, with no follow-up once the course is over.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Training is spread over the school year: courses alternate with tasks that teachers carry out in their own classes, and each teacher receives at least one follow-up visit or coaching session on that practice.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Training is continuous and school-based: alongside courses, a trained coach in each school or cluster observes lessons and gives feedback throughout the year, and records of this classroom follow-up are reviewed every year to adjust the programme.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'leadership-capacity',
      origin: 'proposed',
      title: { en: 'Leadership for digital change' },
      summary: {
        en: 'School leaders prepared to lead digital change in their schools, and ministry staff, centrally and in the regions, with the skills and the time to plan and manage digital education programmes.',
      },
      questions: [
        {
          id: 'leadership-capacity-school-leaders',
          kind: 'rubric',
          title: {
            en: 'Are school leaders prepared to lead the use of digital technology in their schools?',
          },
          help: {
            en: 'SELFIE is a free self-reflection tool from the European Commission in which school leaders, teachers and students answer anonymously about their school’s use of digital technology. Evidence: the training programme for school heads, and a sample of school development plans.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'School heads receive no preparation on digital matters; whether technology is used depends on the initiative of individual teachers.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some school heads have attended awareness sessions; a minority of schools have a digital plan, usually written for a project or a donor.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Leading digital change is part of the compulsory training of school heads, and most schools include digital priorities in their school development plan.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Each year, school heads review their school’s digital practice with staff and learners (for example with a self-reflection tool such as SELFIE), set priorities from the results, and are followed up by inspectors or peer networks.',
              },
            },
          ],
        },
        {
          id: 'leadership-capacity-ministry-staff',
          kind: 'rubric',
          title: {
            en: 'How much capacity do ministry staff have to run digital education programmes?',
          },
          help: {
            en: 'Capacity here means staff who have both the skills (planning, procurement, monitoring, data analysis) and working time assigned to digital education, at central level and in the regions. Who leads digital education in the ministry is asked in the coordination and leadership pillar.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No ministry staff have digital education among their duties; programmes are planned and run by consultants or by partners’ staff.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A few central staff follow digital education on top of other duties, without training for it; planning and procurement still rely on consultants paid by projects, and regional offices have no one with the task.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Central staff and at least one officer in every region have digital education in their job descriptions, with working time set aside for it, and have been trained in planning, procurement and monitoring; consultants are brought in only for specialised tasks.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, a skills plan for these central and regional staff is reviewed every year, turnover in key posts is monitored, and the ministry’s own staff prepare the plans, tender documents and monitoring reports of its large digital education programmes.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learner-digital-skills',
      origin: 'proposed',
      title: {
        en: 'Learners’ digital and AI skills',
      },
      summary: {
        en: 'The digital literacy and AI competencies learners are expected to acquire, how they learn to be safe and responsible online, how schools look after their digital well-being, and whether what they actually master is measured.',
      },
      questions: [
        {
          id: 'learner-digital-skills-framework',
          kind: 'rubric',
          title: {
            en: 'Are the digital and AI competencies expected of learners defined for each stage of schooling?',
          },
          help: {
            en: 'UNESCO’s AI competency framework for students (2024) has four dimensions (human-centred mindset, ethics of AI, AI techniques and applications, AI system design) and three levels of progression (understand, apply, create). A national digital competence framework for learners may also draw on models such as the European DigComp. Evidence: the adopted framework, or the learning outcomes set in curricula.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No document states what digital skills learners should have at each stage; where computer studies are taught, they cover the use of office software.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Expected competencies are defined for some levels, usually secondary only, and do not cover AI, information literacy or online safety.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national framework sets digital competencies for every stage from primary to upper secondary, including information literacy, online safety and a first understanding of how AI works.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The framework also sets AI competencies that progress from understanding to applying to creating, across the dimensions of UNESCO’s framework for students, and it is reviewed on a fixed cycle.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-online-safety',
          kind: 'rubric',
          title: {
            en: 'Are learners taught to stay safe online?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Online safety is not taught; incidents such as cyberbullying or exposure to harmful content are dealt with, if at all, as discipline matters.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Awareness campaigns or sessions run by NGOs reach some schools, without a place in the timetable or trained teachers.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital citizenship (privacy, cyberbullying, checking information, respectful behaviour online) is in the curriculum at every stage, with teaching materials, and schools have a procedure for reporting online incidents.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Teaching is updated as new risks appear, including AI-generated content and deepfakes; schools work with families and child-protection services, and data on incidents are collected and used to adjust prevention.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-measurement',
          kind: 'rubric',
          title: {
            en: 'Are the digital skills that learners actually master measured?',
          },
          help: {
            en: 'ICILS (International Computer and Information Literacy Study), run by the IEA, tests whether students in the eighth year of schooling can use computers to find, create and communicate information. SDG indicator 4.4.1 on the ICT skills of youth and adults rests on self-reported activities and does not replace a skills test.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners’ digital skills are not measured beyond school marks in computer studies, where the subject exists.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Digital skills have been measured once, in a study or survey limited to some regions or grades, and the results were not used.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national assessment or an international study (such as ICILS) measures digital skills on a representative sample at least every five years, with results reported by sex, location and type of school.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Regular measurement, which also covers AI competencies, shows trends over time; results are used to revise curricula and teacher training and to target support at the groups that lag behind.',
              },
            },
          ],
        },
        {
          id: 'learner-digital-skills-well-being',
          kind: 'rubric',
          title: {
            en: 'How is learners’ digital well-being looked after in schools?',
          },
          help: {
            en: 'Digital well-being is about the effects of digital use on learners’ health and relationships: balanced screen time, sleep, problematic use of social media or games, cyberbullying and the distress it causes. It is distinct from online safety, asked in another question, which is about teaching learners to protect themselves and act responsibly online.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools have no guidance on healthy digital use, and learners’ difficulties linked to digital use, such as excessive use or cyberbullying, are left to individual staff members.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Guidance or campaigns on screen time and healthy use, from the ministry, the health ministry or NGOs, reach some schools, but schools have no set procedure for supporting a learner affected by cyberbullying or problematic use.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National guidance on healthy digital use by age (screen time, sleep, breaks from screens) is sent to all schools, and every school has a named staff member and a procedure to support learners affected by cyberbullying or problematic use, including referral to counselling or health services.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, a national survey of learners measures their digital well-being at regular intervals (for example problematic social media use, sleep, experience of cyberbullying), and the guidance and school procedures are reviewed after each round in the light of the results.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'digital-culture',
      origin: 'proposed',
      title: { en: 'Digital culture and communities' },
      summary: {
        en: 'Teachers who learn from one another, innovation that is recognised, and parents and communities who take part in how schools use technology.',
      },
      questions: [
        {
          id: 'digital-culture-peer-learning',
          kind: 'rubric',
          title: {
            en: 'Do teachers learn from one another about teaching with digital technology?',
          },
          help: {
            en: 'A community of practice is a group of teachers who meet regularly, in person or online, to work on shared teaching problems and improve their practice together. Evidence: the number of active groups and members, and whether time for them is set aside in teachers’ schedules.',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Teachers who use digital tools work alone; exchanges, if any, happen in informal messaging groups.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Communities of practice exist in a few districts, started by a project, an NGO or teachers themselves, and usually stop when the funding ends or their founder leaves.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Peer-learning networks are part of continuing professional development in most districts, meet regularly online or in person, and are led by trained facilitators such as pedagogical advisers or lead teachers.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Teachers across the country share lesson designs and resources on a common platform; contributions are reviewed, the best are disseminated nationally, and participation counts towards career progression.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-incentives',
          kind: 'rubric',
          title: {
            en: 'Is innovation with digital technology recognised in teachers’ and schools’ work?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Using digital tools adds work without any recognition; in some schools, devices stay locked away for fear of damage or loss.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Occasional competitions or awards reward a few innovative teachers, but appraisal and promotion take no account of digital practice.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital competence counts in teacher appraisal and promotion, schools can set aside time to try new practices, and inspectors encourage well-prepared experiments rather than penalising them.',
              },
            },
            {
              level: 4,
              text: {
                en: 'School innovations are documented and evaluated, and those that work are scaled up with ministry support; teacher surveys show that most teachers feel supported in trying new approaches.',
              },
            },
          ],
        },
        {
          id: 'digital-culture-families',
          kind: 'rubric',
          title: {
            en: 'How far are parents and communities involved in how schools use digital technology?',
          },
          allowDontKnow: true,
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Parents and communities have no part in how schools use digital technology; concerns about screen time, mobile phones or safety are handled case by case.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Parents are informed now and then, for example when a device programme is launched, but their views are not sought.',
              },
            },
            {
              level: 3,
              text: {
                en: 'In most schools, rules on digital use (phones, screen time, online safety) are discussed with the parents’ association or school management committee before they are adopted, and families are informed in the languages they speak.',
              },
            },
            {
              level: 4,
              text: {
                en: 'In addition, parents and community organisations take part in preparing schools’ digital plans and help support learning at home, for example through sessions for parents; the ministry surveys parents’ views at regular intervals and reports what it has changed in response.',
              },
            },
          ],
        },
      ],
    },
  ],
};
