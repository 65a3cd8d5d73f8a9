import type { Outcome } from '@dtc/schema';

/** Education outcomes that an action in a plan can serve. */
export const outcomes: Outcome[] = [
  {
    id: 'access',
    title: { en: 'Access to education' },
    summary: {
      en: 'More children, young people and adults can enrol in and follow education, including where schools are far away or closed.',
    },
  },
  {
    id: 'quality-learning',
    title: { en: 'Quality learning' },
    summary: {
      en: 'Learners master foundational skills and the knowledge, digital skills and competences set out in the curriculum.',
    },
  },
  {
    id: 'equity-inclusion',
    title: { en: 'Equity and inclusion' },
    summary: {
      en: 'Gaps in access and learning narrow between rich and poor, urban and rural, girls and boys, and learners with and without disabilities.',
    },
  },
  {
    id: 'teaching',
    title: { en: 'Teaching' },
    summary: {
      en: 'Teachers are better prepared, supported and equipped, and spend more of their time on teaching and less on paperwork.',
    },
  },
  {
    id: 'efficiency-management',
    title: {
      en: 'Efficiency and management',
    },
    summary: {
      en: 'The system plans, allocates resources and supports schools using timely data, and gets more value from the money it spends.',
    },
  },
  {
    id: 'resilience',
    title: { en: 'Resilience' },
    summary: {
      en: 'Learning continues during crises such as pandemics, conflicts and natural disasters, and schools recover from them faster.',
    },
  },
];
