/**
 * A FIXTURE learning module for the tests and stories of `<dtc-learn>`: two sections of the
 * data-evidence pillar of the bundled framework, written as sample text (it teaches
 * nothing), with made-up sources at example.org. The real course is `@dtc/framework/course`.
 * Plain data, validated by `parseCourse` in the element's tests.
 */
import { sixPillars } from '@dtc/framework';
import type { Course, CourseModule, CourseSource, LocalizedText } from '@dtc/schema';

export const framework = sixPillars;

const t = (en: string, fr: string): LocalizedText => ({ en, fr });

/** Three sources: two from one publisher in one year (cited as 2024a and 2024b), one without a link. */
export const learnSources: CourseSource[] = [
  {
    id: 'fixture-handbook',
    publisher: 'Sample Institute',
    title: 'Sample handbook on school data',
    year: 2024,
    url: 'https://example.org/handbook.pdf',
  },
  {
    id: 'fixture-guide',
    publisher: 'Sample Institute',
    title: 'A sample guide to keeping records safe',
    year: 2024,
    url: 'https://example.org/guide',
  },
  {
    id: 'fixture-review',
    publisher: 'Example Agency',
    title: 'Example review of information systems',
    year: 2021,
  },
  {
    // Listed by the course but cited by no section of this module: not in its sources list.
    id: 'fixture-unused',
    publisher: 'Nobody',
    title: 'Uncited sample',
    year: 2020,
  },
];

const question = (n: number, en: string, fr: string) =>
  t(`Sample question ${n}: ${en}?`, `Question d’exemple ${n}\u202f: ${fr}\u202f?`);

export const learnModule: CourseModule = {
  pillar: 'data-evidence',
  overview: t(
    'Sample overview of the pillar, for tests and stories.',
    'Aperçu d’exemple du pilier, pour les tests et les histoires.',
  ),
  whyItMatters: t(
    'Sample text on why the pillar matters.',
    'Texte d’exemple sur l’importance du pilier.',
  ),
  reflection: [
    question(1, 'who uses the data', 'qui utilise les données'),
    question(2, 'what is missing', 'que manque-t-il'),
    question(3, 'what comes first', 'par quoi commencer'),
  ],
  sections: [
    {
      component: 'actionable-insights',
      overview: t(
        'Sample overview of the first section.',
        'Aperçu d’exemple de la première section.',
      ),
      whyItMatters: t('Sample reason it matters.', 'Raison d’exemple de son importance.'),
      practices: [
        {
          text: t('Sample practice citing one source.', 'Pratique d’exemple citant une source.'),
          sources: ['fixture-handbook'],
        },
        {
          text: t('Sample practice citing two sources.', 'Pratique d’exemple citant deux sources.'),
          sources: ['fixture-guide', 'fixture-review'],
        },
      ],
      pitfalls: [t('Sample pitfall.', 'Écueil d’exemple.')],
      examples: [
        {
          country: 'URY',
          text: t('Sample country example.', 'Exemple de pays fictif.'),
          sources: ['fixture-review'],
        },
      ],
      reflection: [
        question(4, 'who decides', 'qui décide'),
        question(5, 'how often', 'à quelle fréquence'),
        question(6, 'with what', 'avec quoi'),
      ],
    },
    {
      component: 'security-privacy',
      overview: t(
        'Sample overview of the second section.',
        'Aperçu d’exemple de la deuxième section.',
      ),
      whyItMatters: t('Another sample reason.', 'Autre raison d’exemple.'),
      practices: [
        {
          text: t('Another sample practice.', 'Autre pratique d’exemple.'),
          sources: ['fixture-guide'],
        },
      ],
      pitfalls: [
        t('Another sample pitfall.', 'Autre écueil d’exemple.'),
        t('A third sample pitfall.', 'Troisième écueil d’exemple.'),
      ],
      examples: [],
      reflection: [
        question(7, 'who may see it', 'qui peut les voir'),
        question(8, 'how long', 'combien de temps'),
        question(9, 'what if lost', 'et en cas de perte'),
      ],
    },
  ],
};

/** The fixture as a whole course, for `parseCourse`. */
export const learnCourse: Course = {
  format: 'dtc.course',
  version: 1,
  framework: { id: sixPillars.id, version: sixPillars.version },
  locales: ['en', 'fr'],
  sources: learnSources.filter((s) => s.id !== 'fixture-unused'),
  modules: [learnModule],
};
