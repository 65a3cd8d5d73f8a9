import type { Outcome } from '@dtc/schema';

/** Education outcomes that an action in a plan can serve. */
export const outcomes: Outcome[] = [
  {
    id: 'access',
    title: { en: 'Access to education', fr: 'Accès à l’éducation' },
    summary: {
      en: 'More children, young people and adults can enrol in and follow education, including where schools are far away or closed.',
      fr: 'Davantage d’enfants, de jeunes et d’adultes peuvent s’inscrire et suivre une formation, y compris là où les écoles sont éloignées ou fermées.',
    },
  },
  {
    id: 'quality-learning',
    title: { en: 'Quality learning', fr: 'Qualité des apprentissages' },
    summary: {
      en: 'Learners master foundational skills and the knowledge, digital skills and competences set out in the curriculum.',
      fr: 'Les élèves maîtrisent les savoirs fondamentaux ainsi que les connaissances, les compétences numériques et les autres compétences prévues par les programmes.',
    },
  },
  {
    id: 'equity-inclusion',
    title: { en: 'Equity and inclusion', fr: 'Équité et inclusion' },
    summary: {
      en: 'Gaps in access and learning narrow between rich and poor, urban and rural, girls and boys, and learners with and without disabilities.',
      fr: 'Les écarts d’accès et d’apprentissage se réduisent entre riches et pauvres, entre villes et campagnes, entre filles et garçons, et entre élèves en situation de handicap ou non.',
    },
  },
  {
    id: 'teaching',
    title: { en: 'Teaching', fr: 'Enseignement' },
    summary: {
      en: 'Teachers are better prepared, supported and equipped, and spend more of their time on teaching and less on paperwork.',
      fr: 'Les enseignants sont mieux formés, mieux accompagnés et mieux équipés, et consacrent davantage de temps à l’enseignement et moins aux tâches administratives.',
    },
  },
  {
    id: 'efficiency-management',
    title: {
      en: 'Efficiency and management',
      fr: 'Efficience et gestion',
    },
    summary: {
      en: 'The system plans, allocates resources and supports schools using timely data, and gets more value from the money it spends.',
      fr: 'Le système planifie, répartit les ressources et accompagne les établissements à partir de données actualisées, et tire un meilleur parti des fonds qu’il engage.',
    },
  },
  {
    id: 'resilience',
    title: { en: 'Resilience', fr: 'Résilience' },
    summary: {
      en: 'Learning continues during crises such as pandemics, conflicts and natural disasters, and schools recover from them faster.',
      fr: 'Les apprentissages se poursuivent pendant les crises, qu’il s’agisse de pandémies, de conflits ou de catastrophes naturelles, et les établissements s’en relèvent plus vite.',
    },
  },
];
