import type { Level } from '@dtc/schema';

/** Four maturity levels, each described by what can be observed, in the tradition of SABER's latent → advanced scale. */
export const levels: Level[] = [
  {
    value: 1,
    label: { en: 'Latent' },
    description: {
      en: 'Little or nothing is in place; efforts, if any, are isolated and depend on individuals.',
    },
  },
  {
    value: 2,
    label: { en: 'Emerging' },
    description: {
      en: 'First policies, pilots or investments exist, but they are partial, unfunded or not yet coordinated.',
    },
  },
  {
    value: 3,
    label: { en: 'Established' },
    description: {
      en: 'Arrangements are in place system-wide, funded and owned by a clear body, and used in practice.',
    },
  },
  {
    value: 4,
    label: { en: 'Advanced' },
    description: {
      en: 'Arrangements have lasted through several budget cycles, reach nearly all schools and learners, and are monitored with data and reviewed on a set cycle that leads to improvements.',
    },
  },
];
