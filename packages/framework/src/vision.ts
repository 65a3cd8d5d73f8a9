import type { Vision } from '@dtc/schema';

/**
 * The outer layer of the framework: why digital transformation, what it should achieve first,
 * and the principles that guide it. Wording is this toolkit's own.
 */
export const vision: Vision = {
  purpose: {
    en: 'Digital transformation of education is a means, not an end. Led by each country and planned across six connected pillars, it should help every learner gain quality education and lifelong learning opportunities, and help education systems become more inclusive, resilient and efficient.',
  },
  priorities: [
    {
      id: 'learning-for-all',
      title: { en: 'Better learning for all' },
      summary: {
        en: 'Use digital technology where it improves what and how learners learn, and check that it does.',
      },
    },
    {
      id: 'close-digital-divides',
      title: { en: 'Closing digital divides' },
      summary: {
        en: 'Reach first the learners and schools furthest behind: rural and remote areas, girls, learners with disabilities, speakers of minority languages, and displaced learners.',
      },
    },
    {
      id: 'empowered-teachers',
      title: { en: 'Empowered teachers' },
      summary: {
        en: 'Give teachers the skills, devices, content and time they need to use technology with purpose, and involve them in decisions about it.',
      },
    },
    {
      id: 'resilient-systems',
      title: {
        en: 'Resilient, well-managed systems',
      },
      summary: {
        en: 'Keep learning going through crises and school closures, and use timely data to plan, allocate resources and support schools.',
      },
    },
  ],
  principles: [
    {
      id: 'holistic',
      title: { en: 'Holistic, not siloed' },
      summary: {
        en: 'Plan the six pillars together: devices without connectivity, content without trained teachers, or platforms without a budget for running them do not transform education.',
      },
    },
    {
      id: 'country-led',
      title: { en: 'Country-led' },
      summary: {
        en: 'National priorities and the education sector plan set the direction; partners align their support with them rather than the other way round.',
      },
    },
    {
      id: 'inclusive-by-design',
      title: {
        en: 'Equity and inclusion by design',
      },
      summary: {
        en: 'Design for the most marginalised learners from the start, so that technology narrows gaps instead of widening them.',
      },
    },
    {
      id: 'sustainable',
      title: { en: 'Sustainable over time' },
      summary: {
        en: 'Budget for the whole life of each technology, including its running costs and replacement, and limit its energy use and electronic waste.',
      },
    },
    {
      id: 'evidence-informed',
      title: { en: 'Evidence-informed' },
      summary: {
        en: 'Pilot, measure and learn before scaling up, and let data on use, cost and learning shape decisions.',
      },
    },
    {
      id: 'rights-privacy',
      title: {
        en: 'Rights, safety and privacy',
      },
      summary: {
        en: 'Protect learners’ and teachers’ rights, their safety online and their personal data in every system, contract and partnership.',
      },
    },
  ],
};
