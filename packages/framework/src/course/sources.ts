import type { CourseSource } from '@dtc/schema';

/**
 * The sources that several modules of the course cite (general reports, and the laws and
 * programmes that more than one module uses as an example). A module's own sources live beside
 * it (`./<pillar>.ts`); `../course/index.ts` lists them all once.
 */
export const commonSources: CourseSource[] = [
  {
    id: 'unesco-gem-2023',
    publisher: 'UNESCO',
    title:
      'Global Education Monitoring Report 2023: Technology in education: a tool on whose terms?',
    year: 2023,
  },
  {
    id: 'oecd-digital-education-outlook-2023',
    publisher: 'OECD',
    title: 'OECD Digital Education Outlook 2023: Towards an Effective Digital Education Ecosystem',
    year: 2023,
  },
  {
    id: 'world-bank-reimagining-2020',
    publisher: 'World Bank',
    title:
      'Reimagining Human Connections: Technology and Innovation in Education at the World Bank',
    year: 2020,
  },
  {
    id: 'unicef-itu-home-internet-2020',
    publisher: 'UNICEF and ITU',
    title:
      'How many children and young people have internet access at home? Estimating digital connectivity during the COVID-19 pandemic',
    year: 2020,
  },
  {
    id: 'unesco-ict-cft-2018',
    publisher: 'UNESCO',
    title: 'UNESCO ICT Competency Framework for Teachers, version 3',
    year: 2018,
  },
  {
    id: 'unesco-genai-guidance-2023',
    publisher: 'UNESCO',
    title: 'Guidance for generative AI in education and research',
    year: 2023,
  },
  {
    id: 'unesco-oer-recommendation-2019',
    publisher: 'UNESCO',
    title: 'Recommendation on Open Educational Resources (OER)',
    year: 2019,
  },
  {
    id: 'w3c-wcag-2-2',
    publisher: 'W3C',
    title: 'Web Content Accessibility Guidelines (WCAG) 2.2',
    year: 2023,
  },
  {
    id: 'un-crc-general-comment-25',
    publisher: 'UN Committee on the Rights of the Child',
    title:
      'General comment No. 25 (2021) on children’s rights in relation to the digital environment',
    year: 2021,
  },
  {
    id: 'uruguay-ley-18640-2010',
    publisher: 'Poder Legislativo (República Oriental del Uruguay)',
    title:
      'Ley N° 18.640: Promoción de la salud y la educación en la niñez y la adolescencia en el ámbito de la educación pública',
    year: 2010,
  },
  {
    id: 'brazil-decreto-9204-2017',
    publisher: 'Presidência da República (Brasil)',
    title:
      'Decreto nº 9.204, de 23 de novembro de 2017: Institui o Programa de Inovação Educação Conectada e dá outras providências',
    year: 2017,
  },
  {
    id: 'ico-age-appropriate-design-2020',
    publisher: 'Information Commissioner’s Office (United Kingdom)',
    title: 'Age appropriate design: a code of practice for online services',
    year: 2020,
  },
  {
    id: 'brazil-lei-14180-2021',
    publisher: 'Presidência da República (Brasil)',
    title:
      'Lei nº 14.180, de 1º de julho de 2021: Institui a Política de Inovação Educação Conectada',
    year: 2021,
  },
  {
    id: 'world-bank-plan-ceibal-2016',
    publisher: 'World Bank',
    title:
      'Building and Sustaining National ICT/Education Agencies: Lessons from Uruguay (Plan Ceibal)',
    year: 2016,
    url: 'http://hdl.handle.net/10986/26261',
  },
  {
    id: 'cristia-olpc-peru-2017',
    publisher:
      'American Economic Journal: Applied Economics (Cristia, Ibarrarán, Cueto, Santiago and Severín)',
    title: 'Technology and Child Development: Evidence from the One Laptop per Child Program',
    year: 2017,
    url: 'https://doi.org/10.1257/app.20150385',
  },
  {
    id: 'eu-gpp-computers-2021',
    publisher: 'European Commission',
    title: 'EU green public procurement criteria for computers, monitors, tablets and smartphones',
    year: 2021,
  },
  {
    id: 'eu-gdpr-2016',
    publisher: 'European Parliament and Council of the European Union',
    title:
      'Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data Protection Regulation)',
    year: 2016,
  },
  {
    id: 'un-crpd-2006',
    publisher: 'United Nations',
    title: 'Convention on the Rights of Persons with Disabilities',
    year: 2006,
  },
  {
    id: 'jrc-digcomp-2-2-2022',
    publisher: 'European Commission, Joint Research Centre (Vuorikari, Kluzer and Punie)',
    title:
      'DigComp 2.2: The Digital Competence Framework for Citizens – With new examples of knowledge, skills and attitudes',
    year: 2022,
  },
  {
    id: 'us-telecommunications-act-1996',
    publisher: 'United States Congress',
    title: 'Telecommunications Act of 1996 (Public Law 104-104)',
    year: 1996,
  },
];
