import type { CourseSource } from '@dtc/schema';

/**
 * The sources that several modules of the course cite. A module's own sources live beside
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
];
