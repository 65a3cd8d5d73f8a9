import type { Level } from '@dtc/schema';

/** Four maturity levels, each described by what can be observed, in the tradition of SABER's latent → advanced scale. */
export const levels: Level[] = [
  {
    value: 1,
    label: { en: 'Latent', fr: 'Latent' },
    description: {
      en: 'Little or nothing is in place; efforts, if any, are isolated and depend on individuals.',
      fr: 'Peu ou rien n’est en place ; les efforts, s’il y en a, sont isolés et reposent sur quelques personnes.',
    },
  },
  {
    value: 2,
    label: { en: 'Emerging', fr: 'Émergent' },
    description: {
      en: 'First policies, pilots or investments exist, but they are partial, unfunded or not yet coordinated.',
      fr: 'Des premières politiques, expériences pilotes ou investissements existent, mais ils restent partiels, sans financement assuré ou peu coordonnés.',
    },
  },
  {
    value: 3,
    label: { en: 'Established', fr: 'Établi' },
    description: {
      en: 'Arrangements are in place system-wide, funded and owned by a clear body, and used in practice.',
      fr: 'Les dispositifs couvrent l’ensemble du système, sont financés, portés par une instance clairement identifiée et appliqués dans les faits.',
    },
  },
  {
    value: 4,
    label: { en: 'Advanced', fr: 'Avancé' },
    description: {
      en: 'Arrangements have lasted through several budget cycles, reach nearly all schools and learners, and are monitored with data and reviewed on a set cycle that leads to improvements.',
      fr: 'Les dispositifs se sont maintenus sur plusieurs cycles budgétaires, touchent la quasi-totalité des établissements et des apprenants, et sont suivis à l’aide de données et réexaminés selon un calendrier établi qui conduit à des améliorations.',
    },
  },
];
