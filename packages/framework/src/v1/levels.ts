import type { Level } from '@dtc/schema';

/** Four maturity levels of version 1.0.0, in the tradition of SABER's latent → advanced scale. */
export const levels: Level[] = [
  {
    value: 1,
    label: { en: 'Latent', fr: 'Latent' },
    description: {
      en: 'Little or nothing is in place; efforts, if any, are isolated and depend on individuals.',
      fr: 'Peu ou rien n’est en place ; les efforts, s’il y en a, sont isolés et reposent sur quelques personnes.',
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
      en: 'Arrangements are sustained, monitored with data and regularly improved; the country can serve as a reference for others.',
      fr: 'Les dispositifs sont pérennes, suivis à l’aide de données et améliorés régulièrement ; le pays peut servir de référence à d’autres.',
    },
  },
];
