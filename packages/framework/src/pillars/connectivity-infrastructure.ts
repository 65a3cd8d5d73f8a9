import type { Pillar } from '@dtc/schema';

/**
 * Pillar 2, foundational. Its four components are the ones named in published material
 * (origin 'published'); the questions and level descriptors are this toolkit's proposal.
 */
export const connectivityInfrastructure: Pillar = {
  id: 'connectivity-infrastructure',
  foundational: true,
  title: { en: 'Connectivity and infrastructure' },
  summary: {
    en: 'The physical base of digital learning: electricity and internet in schools, the devices that learners and teachers use and the support that keeps them working, the software and digital identities that give access to services, and learning spaces fit for digital use, with an eye on the energy they consume.',
  },
  components: [
    {
      id: 'electricity-internet',
      origin: 'published',
      title: { en: 'Electricity and internet access' },
      summary: {
        en: 'Whether schools have reliable power, from the grid or off it, and a working internet connection with enough bandwidth for teaching; whether the government knows which schools are connected and how well; and whether connections are provided on a lasting basis.',
      },
      questions: [
        {
          id: 'electricity-internet-power',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'How many schools have electricity that is reliable throughout the school day?',
          },
          help: {
            en: 'Count a school if electricity was available throughout school hours on nearly every school day of the past month, whether from the grid or from an off-grid source such as solar panels with batteries. A school whose power fails most afternoons, or whose generator often lacks fuel, does not count.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than half of schools have electricity that is reliable throughout the school day.',
              },
            },
            {
              level: 2,
              text: {
                en: 'At least half of schools, but fewer than three quarters, have electricity that is reliable throughout the school day.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least three quarters of schools, but fewer than nine in ten, have electricity that is reliable throughout the school day.',
              },
            },
            {
              level: 4,
              text: {
                en: 'At least nine schools in ten have electricity that is reliable throughout the school day.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-connectivity',
          kind: 'rubric',
          weight: 2,
          allowDontKnow: true,
          title: {
            en: 'In what proportion of schools is a working internet connection used for learning?',
          },
          help: {
            en: 'Count a school as connected only if its connection worked during the past month and is used in lessons or by learners, not only by the school office. For comparison, UNESCO’s 2023 Global Education Monitoring Report found that 40% of primary, 50% of lower-secondary and 65% of upper-secondary schools worldwide were connected to the internet.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Fewer than a quarter of schools have a working internet connection that is used for learning.',
              },
            },
            {
              level: 2,
              text: {
                en: 'At least a quarter of schools, but fewer than half, have a working internet connection that is used for learning.',
              },
            },
            {
              level: 3,
              text: {
                en: 'At least half of schools, but fewer than three quarters, have a working internet connection that is used for learning.',
              },
            },
            {
              level: 4,
              text: {
                en: 'At least three quarters of schools have a working internet connection that is used for learning.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-off-grid',
          kind: 'rubric',
          allowNotApplicable: true,
          allowDontKnow: true,
          title: {
            en: 'How are schools beyond the electricity grid supplied with power?',
          },
          help: {
            en: 'Off-grid solutions include solar panels with batteries, small wind or hydro systems and local mini-grids. Schools beyond the grid include those whose grid supply fails so often that it cannot be relied on. This question does not apply when every school is connected to a grid that is reliable throughout the school day, and only then.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no list of the schools that need an off-grid solution; those beyond the grid have no power, or only what a project or the community has installed.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The schools beyond the grid are listed, and some have received solar or other off-grid systems through projects, but no plan says which solution each school will get, and no one is responsible for maintaining the systems installed.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A plan sets the off-grid solution and the date for every school beyond the grid, and a named body, with a budget, maintains the systems installed, including battery replacement.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The plan is being delivered with funded maintenance, nearly all schools beyond the grid have a working system, and the power each system delivers is monitored, remotely or through regular reports, so that failures are repaired within a set time.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-bandwidth',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Does bandwidth per learner in connected schools meet an explicit threshold?',
          },
          help: {
            en: 'Bandwidth per learner is the measured speed of a school’s connection divided by its number of learners, so that schools of different sizes can be compared. Use the national threshold where the country has set one; otherwise state in your comment the threshold you used, for example in kilobits per second per learner.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No threshold is set, and the actual speed of school connections is not measured.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A threshold is set, but actual speeds are not measured regularly: they are known, if at all, for only some connected schools, from occasional tests or the speeds written in contracts.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A threshold is set, actual speeds are measured at least once a year in most connected schools, and at least half of connected schools meet the threshold.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A threshold is set, actual speeds are measured continuously in nearly all connected schools, by a measurement application or operators’ monitoring data, and nearly all connected schools meet the threshold.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-mapping',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How well does the government know each school’s connectivity?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no list or map of connected schools; any figures come from occasional surveys or from operators.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The school census records whether each school has electricity and internet, but not the type of connection, its speed or whether it actually works.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A map of all schools with their geographic coordinates shows each one’s power source, connection type and contracted bandwidth, and is updated at least once a year.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The school map is completed by measurements of actual speed and uptime, from a measurement application or operators’ data, and is used to decide which schools to connect next and to check that operators deliver the service they are paid for.',
              },
            },
          ],
        },
        {
          id: 'electricity-internet-provision',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How lasting are the arrangements that keep schools connected to the internet?',
          },
          help: {
            en: 'An arrangement is how connections are provided and paid for: a national or regional education network, framework contracts with operators, a recurring allocation in school grants set aside for connectivity, or a subsidy on contracts that schools sign themselves, as in the E-Rate model, where schools buy service from a provider and a fund pays part of the bill. Who signs the contract does not matter here; what counts is whether the arrangement lasts and how many schools it covers. Fibre, mobile broadband, satellite and community networks built and run by local communities can all be part of it.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No public arrangement exists: connected schools rely on what staff or parents pay for, often a mobile data plan, and lose service when that money runs out.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Public or donor funding pays for connections in some schools, through time-bound projects or one-off grants, and nothing is planned to pay for the service once they end.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A lasting arrangement, written down and funded from the recurrent budget or a dedicated fund, pays for the connections of most connected schools, whether through an education network, framework contracts or a subsidy on contracts that schools sign themselves.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A lasting arrangement, written down and funded over several years, provides for nearly all schools, remote ones included, and it has already been renewed or re-tendered at least once without schools losing service.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'hardware-devices',
      origin: 'published',
      title: { en: 'Hardware and devices' },
      summary: {
        en: 'The computers, tablets, projectors and other devices available to learners and teachers: the policy that decides who gets what and why, how often learners use them and how many share each one, how they are kept working and supported, and what becomes of them at the end of their life.',
      },
      questions: [
        {
          id: 'hardware-devices-policy',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Is there a national policy on devices for learners and teachers?',
          },
          help: {
            en: 'One-to-one: each learner has a device. Shared models: computer rooms, mobile carts moved from class to class, or a teacher’s device connected to a projector.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'There is no device policy: devices arrive through donations or projects, in the models and quantities their sponsors choose.',
              },
            },
            {
              level: 2,
              text: {
                en: 'A policy or programme sets device targets, for example one tablet per learner in a given grade, but says little about how devices will be used in teaching, maintained or replaced.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A national device policy states which devices go to which levels and for what teaching purpose (shared rooms, mobile carts, one-to-one, teacher devices), sets minimum specifications, and plans training, content, maintenance and replacement along with the devices.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A national device policy of this kind was piloted before being scaled up, is revised using evidence on how devices are actually used and what they cost, and its specifications favour energy efficiency, repairability and accessibility.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-availability',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'In how many schools do learners use devices in class every week?',
          },
          help: {
            en: 'Count a school if learners in most of its classes use devices in lessons at least once a week: desktop or laptop computers and tablets in working order, shared or individual. A projector or interactive board used only by the teacher does not count, nor do learners’ own phones.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners use devices in class every week in fewer than one school in five.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Learners use devices in class every week in at least one school in five, but in fewer than half of schools.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Learners use devices in class every week in at least half of schools, but in fewer than nine in ten.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Learners use devices in class every week in nearly all schools: at least nine in ten.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-ratio',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How many learners share each device available for learning?',
          },
          help: {
            en: 'Divide the number of learners at the levels concerned by the number of computers and tablets in working order available for their learning, counting all schools, not only equipped ones. The thresholds below are this toolkit’s proposal; a threshold set in national policy may be used instead, noted in the comment.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The number of learners per device is not known, or more than 20 learners share each device.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The number is known, and between 6 and 20 learners share each device.',
              },
            },
            {
              level: 3,
              text: {
                en: 'The number is known, and between 2 and 5 learners share each device; a ratio of 2 is level 4 where the national norm is one device for two learners.',
              },
            },
            {
              level: 4,
              text: {
                en: 'The number is known, and there is one device per learner, or one for two learners where that is the national norm.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-maintenance',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How are school devices kept in working order?',
          },
          help: {
            en: 'This question is about maintenance and repair only. The cost of replacing devices is covered under total cost of ownership, and their disposal under the end-of-life question.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Maintenance is nobody’s job: broken devices stay unused, and no one knows how many are out of order.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some repairs are done, under a warranty or a supplier contract, or by a willing teacher, but there is no inventory of devices and their condition, and no budget for repairs once warranties end.',
              },
            },
            {
              level: 3,
              text: {
                en: 'An inventory records each school’s devices and their condition, and a funded maintenance service, in-house, regional or contracted, carries out preventive maintenance and repairs for all schools.',
              },
            },
            {
              level: 4,
              text: {
                en: 'A funded maintenance service covers all schools, the inventory is updated at least once a year and shows the share of devices in working order school by school, and in the latest update nearly all recorded devices were in working order.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-technical-support',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How do schools get technical help with their digital equipment?',
          },
          help: {
            en: 'Technical support staff help teachers and learners when devices, networks or accounts do not work. They may be based in one school or shared among nearby schools, for example a technician for a district. A response time is the time within which a request must be dealt with.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Schools have no technical support: teachers solve problems themselves, or wait for a visit from a project or a supplier.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools have technical support, for example a teacher given the task without time or training, or a help line run by a project, but most do not, and no response time is set.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every school can call on technical support staff, on site or shared among nearby schools, whose role, working time and response times are set in writing.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Every school can call on technical support staff whose role, working time and response times are set in writing; requests are logged, response times are reported at least once a year, and nearly all requests are dealt with within the set time.',
              },
            },
          ],
        },
        {
          id: 'hardware-devices-e-waste',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'What happens to school devices at the end of their life?',
          },
          help: {
            en: 'E-waste is discarded electrical and electronic equipment. It contains hazardous substances as well as materials that can be recovered, so it should be reused, refurbished, or recycled by a certified or licensed recycler rather than dumped or burned.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'No rule applies: devices at the end of their life are piled up in schools, thrown away with ordinary waste or burned.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Rules set how devices are written off the public inventory, but not where they go next: written-off devices are sold, given away or discarded without checking what becomes of them.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Written rules require devices at the end of their life to be reused or refurbished where possible and otherwise handed to a certified or licensed e-waste recycler, and schools know how to have them collected.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These written rules are applied: the number of devices reused, refurbished and recycled is recorded every year, and the records show nearly all retired devices going through these channels.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'software-services',
      origin: 'published',
      title: { en: 'Software and services' },
      summary: {
        en: 'The operating systems, applications and online services that schools rely on: how they are licensed, and whether learners and teachers have one digital identity that opens the services they need.',
      },
      questions: [
        {
          id: 'software-services-licensing',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the software that schools use licensed?',
          },
          help: {
            en: 'Software here includes platforms and online services used under a subscription. Open-source software comes with a licence that lets anyone use, study, modify and share it. Open standards are published specifications that any product may implement. A national licence is an agreement negotiated by the ministry that covers all its schools.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Software comes with donated or purchased devices or is chosen by each school; licences are not tracked, and some software in use is unlicensed or a trial version.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry buys some licences centrally, but there is no catalogue of approved tools and no rule for choosing between open-source and proprietary options.',
              },
            },
            {
              level: 3,
              text: {
                en: 'A catalogue of approved software and platforms exists; licences are managed centrally with known renewal dates and costs, and open-source and proprietary options are compared on total cost, data protection and support for open standards.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Licences are managed centrally from a catalogue of this kind, with options compared in the same way; the catalogue is reviewed with teachers at least every two years, proprietary software is covered by national licences negotiated for all public schools, and licence use is monitored so that unused licences are cancelled.',
              },
            },
          ],
        },
        {
          id: 'software-services-digital-identity',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Does a single digital identity give learners and teachers access to the services they need?',
          },
          help: {
            en: 'A digital identity is an education account that several services recognise. Single sign-on means that one sign-in opens all of them: learning platform, email, digital textbooks, school management portal. Managed with privacy means that the account holds only the personal data the services need, and written rules say who may see them.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'The education system provides no accounts: each service that needs a sign-in has its own, often opened with a personal email address or phone number.',
              },
            },
            {
              level: 2,
              text: {
                en: 'The ministry or a project provides education accounts to some teachers or learners, but each service still has its own account, and accounts are not closed when people leave.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Every teacher, and every learner at the levels concerned, can have one education account, created from the official registers, that opens the main services through single sign-on, and written rules limit the personal data it holds and who may see them.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Nearly all teachers and learners at the levels concerned use one education account with single sign-on to the main services; accounts are opened, updated and closed automatically as people arrive, change school or leave; and the written privacy rules are checked each time a new service is connected.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'learning-spaces',
      origin: 'published',
      title: { en: 'Learning spaces' },
      summary: {
        en: 'Classrooms, computer rooms, libraries and other spaces arranged for digital learning: power outlets, charging and secure storage, Wi-Fi, layout, access for learners with disabilities, and the energy that their digital equipment uses.',
      },
      questions: [
        {
          id: 'learning-spaces-design',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Are classrooms and other learning spaces designed for digital use?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Classrooms are not equipped for digital use: few have power outlets, and there is no safe place to store or charge devices.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools have a computer room or a converted space, but ordinary classrooms are not equipped, and school building standards say nothing about digital use.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National standards for building and renovating schools require power outlets, secure charging and storage, and Wi-Fi coverage in classrooms, and new or renovated schools meet them.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These standards apply to existing schools too, through a funded upgrade plan; spaces are laid out for group work and flexible use, and their condition is checked during school inspections.',
              },
            },
          ],
        },
        {
          id: 'learning-spaces-accessibility',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'Can learners with disabilities use digital learning spaces and tools?',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Learners with disabilities are not considered when digital spaces and equipment are planned: most computer rooms cannot be reached by a wheelchair user, and no assistive technology is provided.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some schools, often specialised ones, have assistive technology through projects or NGOs, but no national rule requires digital spaces or tools to be accessible.',
              },
            },
            {
              level: 3,
              text: {
                en: 'National rules require digital learning spaces to be physically accessible and assistive technology to be supplied when a learner needs it, and new spaces and purchases comply.',
              },
            },
            {
              level: 4,
              text: {
                en: 'These rules are applied in mainstream schools across the country: learners’ needs are identified, assistive technology is supplied and maintained from a budget line, and accessibility is checked during school inspections.',
              },
            },
          ],
        },
        {
          id: 'learning-spaces-energy',
          kind: 'rubric',
          allowDontKnow: true,
          title: {
            en: 'How is the energy used by schools’ digital equipment managed?',
          },
          help: {
            en: 'This question is about environmental sustainability: the electricity used by devices, networks and servers in schools, and where it comes from. Energy-efficient devices are those that meet a recognised energy-efficiency label or criteria in the tender.',
          },
          descriptors: [
            {
              level: 1,
              text: {
                en: 'Energy use is not considered: purchases ignore energy efficiency, equipment is left on overnight, and no one knows how much electricity digital equipment uses.',
              },
            },
            {
              level: 2,
              text: {
                en: 'Some measures exist, such as energy-efficiency criteria in some tenders or advice to switch equipment off, but they are not required, and consumption is not measured.',
              },
            },
            {
              level: 3,
              text: {
                en: 'Energy-efficiency criteria are required in every tender for devices and networks, power-saving settings are applied to devices centrally, and the electricity used is measured, by meters or bills, in at least a sample of schools.',
              },
            },
            {
              level: 4,
              text: {
                en: 'Energy-efficiency criteria are required in every tender and power-saving settings are applied centrally; consumption is measured in most schools and reported every year, and a funded plan to cut it or to switch schools to renewable supply, such as solar, is being carried out.',
              },
            },
          ],
        },
      ],
    },
  ],
};
