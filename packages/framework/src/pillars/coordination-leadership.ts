import type { Pillar } from '@dtc/schema';

/**
 * Pillar 1. The components are this toolkit's proposal (origin 'proposed'): the published
 * material we have names the pillar but not its components.
 */
export const coordinationLeadership: Pillar = {
  id: 'coordination-leadership',
  title: { en: 'Coordination and leadership' },
  summary: {
    en: 'Whether the government leads the digital transformation of education: a shared strategy, a body that coordinates ministries and levels of government, partnerships that the government steers, rules that protect children online, the monitoring of progress, and deliberate efforts to reach the learners most likely to be left out.',
  },
  components: [
    {
      id: 'digital-strategy',
      origin: 'proposed',
      title: {
        en: 'National strategy for digital education',
      },
      summary: {
        en: 'A national strategy or plan for digital education that serves the goals of the education sector plan, with targets, costs, a timeline and a unit in charge.',
      },
      questions: [
        {
          id: 'digital-strategy-status',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'Is there a national strategy for the digital transformation of education?',
          },
          help: {
            en: 'A stand-alone strategy counts, and so does a chapter of the education sector plan or of the national digital strategy, provided it has been officially adopted. Evidence: the adopted text, the decree or date of approval, the results framework.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no national strategy or plan for digital education; initiatives are launched project by project.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A strategy exists only as a draft, or was adopted without targets, costing or an implementation plan, or has expired without being renewed.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An officially adopted strategy is in force, with targets, a timeline, a costed implementation plan and a named unit responsible for delivering it.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The strategy in force is costed and funded, its progress is reviewed against its targets at least once a year, and it has already been revised in the light of those reviews.',
              },
            },
          ],
        },
        {
          id: 'digital-strategy-sector-plan',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How closely is digital education tied to the education sector plan?',
          },
          help: {
            en: 'The education sector plan is the government’s multi-year plan for the whole sector, often endorsed by development partners. The joint sector review is the periodic review of that plan by the government and its partners.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The education sector plan does not mention digital technology, or mentions it only as a general aspiration.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The sector plan names digital technology as a priority, but digital activities are planned and budgeted separately, often inside donor-funded projects.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Digital activities appear in the sector plan with their own objectives, indicators and budget lines, each linked to a sector goal such as access, learning or teacher development.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Digital activities have their own objectives, indicators and budget lines in the sector plan, are examined at every joint sector review, and their results have shaped the current planning cycle.',
              },
            },
          ],
        },
        {
          id: 'digital-strategy-leadership',
          kind: 'choice',
          allowDontKnow: true,
          title: {
            en: 'Who leads digital education within the ministry of education?',
          },
          options: [
            {
              id: 'no-lead',
              level: 1,
              label: {
                en: 'No unit or person has digital education in their mandate.',
              },
            },
            {
              id: 'project-unit',
              level: 2,
              label: {
                en: 'A project unit or focal point, funded by a time-bound project.',
              },
            },
            {
              id: 'permanent-unit',
              level: 3,
              label: {
                en: 'A permanent unit in the ministry’s organisation chart, with its own staff and budget.',
              },
            },
            {
              id: 'senior-lead',
              level: 4,
              label: {
                en: 'A permanent unit with its own staff and budget, headed at senior management level and reporting regularly to the minister or the ministry’s management committee.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'cross-government-coordination',
      origin: 'proposed',
      title: {
        en: 'Coordination across government',
      },
      summary: {
        en: 'How the ministries in charge of education, ICT or telecommunications and finance, the regulators, and regional and local authorities share mandates and decisions on digital education.',
      },
      questions: [
        {
          id: 'cross-government-coordination-body',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is there a body that coordinates digital education across ministries?',
          },
          help: {
            en: 'Evidence: the decree or order creating the body, its terms of reference, its list of members, the minutes of its latest meetings.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no coordination body; ministries meet only when a particular project requires it.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A committee or working group exists, but it meets irregularly, has no written mandate, or brings together only some of the ministries concerned.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A body with a formal mandate brings together at least the ministries of education, ICT and finance; it meets on a set schedule, keeps minutes and has a secretariat.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A body with a formal mandate, including at least the ministries of education, ICT and finance, takes decisions that bind its members, such as joint investments or common standards, and follows up their implementation from one meeting to the next.',
              },
            },
          ],
        },
        {
          id: 'cross-government-coordination-mandates',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is it clear which ministry or agency is responsible for each part of digital education?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Responsibilities are not written down: several bodies claim the same tasks, such as buying devices or connecting schools, while other tasks fall to no one.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Responsibilities are set out for some tasks, for example school connectivity, in agreements or project documents, but not for digital education as a whole.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An official text or memorandum of understanding assigns each ministry, agency and regulator its responsibilities for the main tasks: connectivity, devices, content, teacher training and data.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Responsibilities are assigned in an official text, each is matched by a budget line of the body that holds it, and overlaps or gaps that appear in practice are settled by the coordination body.',
              },
            },
          ],
        },
        {
          id: 'cross-government-coordination-regions',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are regional and local education authorities involved?',
          },
          help: {
            en: 'This question does not apply where the education system has no regional or local tier, as in some small states.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Regional and local authorities learn about digital programmes when equipment or instructions reach their schools.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Regional authorities are informed of national plans and asked to report on them, but have no say in their design and no staff assigned to digital education.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Each region has a named person or team for digital education, and regions take part in planning, for instance by setting the order in which their schools are equipped.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Regions have named staff and their own budget for digital education and take part in planning; national and regional teams review progress together at least once a year.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'partnerships',
      origin: 'proposed',
      title: { en: 'Multi-stakeholder partnerships' },
      summary: {
        en: 'How the government works with companies, UN agencies, NGOs, donors and development banks, and keeps their contributions in line with national priorities.',
      },
      questions: [
        {
          id: 'partnerships-alignment',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are partner-funded initiatives aligned with the national strategy?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Partners design and run their own initiatives; the ministry has no complete list of who is doing what, or where.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry keeps a list of partner initiatives, but many are designed before it is consulted, and some overlap or rely on platforms that cannot work together.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry approves every new partner initiative against the national strategy before it starts, and keeps an up-to-date map of which partners support which regions and components.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Partners fund parts of the national strategy through a joint plan or pooled fund and report on shared indicators, and the ministry can steer their support towards under-served regions or components.',
              },
            },
          ],
        },
        {
          id: 'partnerships-rules-of-engagement',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are there rules of engagement for companies and other partners working in schools?',
          },
          help: {
            en: 'Rules of engagement set out what partners may and may not do: use of learners’ data, advertising, intellectual property, conflicts of interest, and how a programme is handed over or ended.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No rules apply: free offers of devices, platforms or content are accepted case by case, without checking how data will be used or what the offer will cost later.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some rules exist, such as a model agreement or a ban on advertising in schools, but they do not cover data protection, ownership of content or what happens when support ends.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Published rules or a standard agreement cover data protection, advertising, intellectual property, conflicts of interest and exit arrangements, and apply to every partner working in public schools.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Published rules cover all these points, compliance is checked before each agreement is renewed, and the rules have been revised at least once with input from partners, schools and parents.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'policy-regulation',
      origin: 'proposed',
      title: { en: 'Policy and regulation' },
      summary: {
        en: 'The rules that protect children online in digital education, and the monitoring of how digital education policy is implemented.',
      },
      questions: [
        {
          id: 'policy-regulation-child-protection',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are children protected online in digital education?',
          },
          help: {
            en: 'Child online protection covers exposure to harmful content, cyberbullying, grooming and exploitation, and the misuse of children’s personal data.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No law, policy or guidance addresses children’s online safety in schools or on education platforms.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A general law or national policy on child online protection exists, but the education sector has not turned it into rules or guidance for schools and platforms.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The ministry has issued rules for schools and education platforms on content filtering, incident reporting and the handling of learners’ personal data, and these rules are part of school guidance and teacher training.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Rules for schools and platforms are enforced: incidents are recorded and followed up through a reporting channel known to schools and families, and the rules are revised as new risks appear, such as generative AI tools.',
              },
            },
          ],
        },
        {
          id: 'policy-regulation-monitoring',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the implementation of digital education policy monitored?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Nobody monitors implementation: there are no indicators and no regular reports on digital education.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Each project reports to its funders on its own indicators, but no one brings the results together into a national picture.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national set of indicators (such as the share of schools connected, learners per device or teachers trained) is reported at least once a year, broken down by region and, for learners, by sex and disability where data allow.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The national indicators are reported at least yearly with these breakdowns, the report is published or shared with partners and the coordination body, and gaps between groups or regions lead to documented changes in plans or budgets.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'inclusion',
      origin: 'proposed',
      title: { en: 'Equity and inclusion' },
      summary: {
        en: 'Whether the learners most likely to be left out of digital learning are counted, planned for and reached: girls and women teachers, refugee, internally displaced and migrant learners, and learners in remote and rural areas. Learners with disabilities are covered by the accessibility questions on learning spaces and on digital content.',
      },
      questions: [
        {
          id: 'inclusion-gender',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are gender gaps in digital learning tackled?',
          },
          help: {
            en: 'Gender gaps in digital learning are differences between girls and boys, or between women and men teachers, in access to devices and connectivity, in digital skills, or in taking up digital and computing courses. Targeted measures include mentoring, clubs for girls, safe access to devices at school, and places reserved for women in digital training.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No data on digital access or skills are broken down by sex, and no measure is aimed at girls or at women teachers.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some data broken down by sex exist, for example from a survey or a project, but the digital education strategy sets no target and plans no measure to close the gaps they show.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learners’ and teachers’ digital access and skills are measured by sex at least every two years, and the strategy sets targets for closing the gaps found, with measures aimed at girls and at women teachers.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Gaps are measured by sex at least every two years against targets set in the strategy; the targeted measures have their own budget line, progress on the gaps is reported every year, and measures that have not narrowed a gap have been revised.',
              },
            },
          ],
        },
        {
          id: 'inclusion-displaced-learners',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are refugee, internally displaced and migrant learners included in national digital learning?',
          },
          help: {
            en: 'National digital learning means the platforms, content, devices and accounts that the national system provides to its own learners, as opposed to separate provision run only for these learners. A language they understand may be their first language, or the language of instruction with language support. This question does not apply if the country hosts no refugee, internally displaced or migrant learners; a country that hosts any, even a few, answers it.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'National digital learning programmes make no provision for these learners; any digital learning they receive comes from occasional humanitarian projects.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some of these learners take part in digital learning, but through parallel provision run by humanitarian or UN agencies, with its own platforms, content and records, outside national systems.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National policy gives these learners the same access as other learners to national platforms, content, devices and accounts; they are recorded in national education data, and content or language support is provided in a language they understand.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These learners have the same access as other learners, are recorded in national education data and receive content or support in a language they understand; their access and use are compared with those of host-community learners at least once a year, and the provision is funded from the national budget or a multi-year plan agreed with partners.',
              },
            },
          ],
        },
        {
          id: 'inclusion-remote-learners',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Do learners in remote areas get digital learning on the same terms as urban learners?',
          },
          help: {
            en: 'Remote areas are rural and isolated areas far from towns and main networks, such as mountains, islands, deserts or forests. On the same terms means comparable connectivity, devices, content and support.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No one compares digital access in remote and urban schools, and national programmes reach urban schools first by default.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Data, such as the school census, show the gap between remote and urban schools, but programmes set no target and plan no specific provision for remote areas.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The gap is measured, and the strategy sets targets for remote schools, such as a share connected and equipped by a given year, with funded provision suited to them: satellite or community networks, solar power, offline content, travelling support teams.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Targets and funded provision for remote schools are reviewed against the data every year, and the latest data show remote schools connected and equipped at nearly the same rate as urban schools.',
              },
            },
          ],
        },
      ],
    },
  ],
};
