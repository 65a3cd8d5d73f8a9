import type { Vision } from '@dtc/schema';

/**
 * The outer layer of the framework: why digital transformation, what it should achieve first,
 * and the principles that guide it. Wording is this toolkit's own.
 */
export const vision: Vision = {
  purpose: {
    en: 'Digital transformation of education is a means, not an end. Led by each country and planned across six connected pillars, it should help every learner gain quality education and lifelong learning opportunities, and help education systems become more inclusive, resilient and efficient.',
    fr: 'La transformation numérique de l’éducation est un moyen, et non une fin. Conduite par chaque pays et planifiée selon six piliers interdépendants, elle doit permettre à chaque apprenant d’accéder à une éducation de qualité et à des possibilités d’apprentissage tout au long de la vie, et aider les systèmes éducatifs à devenir plus inclusifs, plus résilients et plus efficaces.',
  },
  priorities: [
    {
      id: 'learning-for-all',
      title: { en: 'Better learning for all', fr: 'De meilleurs apprentissages pour tous' },
      summary: {
        en: 'Use digital technology where it improves what and how learners learn, and check that it does.',
        fr: 'Recourir au numérique là où il améliore ce que les élèves apprennent et la manière dont ils apprennent, et vérifier qu’il y parvient.',
      },
    },
    {
      id: 'close-digital-divides',
      title: { en: 'Closing digital divides', fr: 'Réduire les fractures numériques' },
      summary: {
        en: 'Reach first the learners and schools furthest behind: rural and remote areas, girls, learners with disabilities, speakers of minority languages, and displaced learners.',
        fr: 'Atteindre en priorité les élèves et les établissements les plus en retard : zones rurales et isolées, filles, élèves en situation de handicap, locuteurs de langues minoritaires et apprenants déplacés.',
      },
    },
    {
      id: 'empowered-teachers',
      title: { en: 'Empowered teachers', fr: 'Des enseignants mieux outillés' },
      summary: {
        en: 'Give teachers the skills, devices, content and time they need to use technology with purpose, and involve them in decisions about it.',
        fr: 'Donner aux enseignants les compétences, les appareils, les contenus et le temps nécessaires pour utiliser le numérique à bon escient, et les associer aux décisions qui le concernent.',
      },
    },
    {
      id: 'resilient-systems',
      title: {
        en: 'Resilient, well-managed systems',
        fr: 'Des systèmes résilients et bien gérés',
      },
      summary: {
        en: 'Keep learning going through crises and school closures, and use timely data to plan, allocate resources and support schools.',
        fr: 'Assurer la continuité des apprentissages en cas de crise ou de fermeture des écoles, et s’appuyer sur des données actualisées pour planifier, répartir les ressources et accompagner les établissements.',
      },
    },
  ],
  principles: [
    {
      id: 'holistic',
      title: { en: 'Holistic, not siloed', fr: 'Une approche globale, non cloisonnée' },
      summary: {
        en: 'Plan the six pillars together: devices without connectivity, content without trained teachers, or platforms without a budget for running them do not transform education.',
        fr: 'Planifier les six piliers ensemble : des appareils sans connexion, des contenus sans enseignants formés ou des plateformes sans budget de fonctionnement ne transforment pas l’éducation.',
      },
    },
    {
      id: 'country-led',
      title: { en: 'Country-led', fr: 'Une démarche pilotée par le pays' },
      summary: {
        en: 'National priorities and the education sector plan set the direction; partners align their support with them rather than the other way round.',
        fr: 'Les priorités nationales et le plan sectoriel de l’éducation fixent le cap ; les partenaires alignent leur appui sur ces priorités, et non l’inverse.',
      },
    },
    {
      id: 'inclusive-by-design',
      title: {
        en: 'Equity and inclusion by design',
        fr: 'L’équité et l’inclusion dès la conception',
      },
      summary: {
        en: 'Design for the most marginalised learners from the start, so that technology narrows gaps instead of widening them.',
        fr: 'Concevoir dès le départ pour les apprenants les plus marginalisés, afin que le numérique réduise les écarts au lieu de les creuser.',
      },
    },
    {
      id: 'sustainable',
      title: { en: 'Sustainable over time', fr: 'Une démarche durable' },
      summary: {
        en: 'Budget for the whole life of each technology, including its running costs and replacement, and limit its energy use and electronic waste.',
        fr: 'Budgétiser chaque technologie sur toute sa durée de vie, y compris son fonctionnement et son renouvellement, et en limiter la consommation d’énergie et les déchets électroniques.',
      },
    },
    {
      id: 'evidence-informed',
      title: { en: 'Evidence-informed', fr: 'Des décisions fondées sur des données probantes' },
      summary: {
        en: 'Pilot, measure and learn before scaling up, and let data on use, cost and learning shape decisions.',
        fr: 'Expérimenter, mesurer et tirer les enseignements avant de généraliser, et laisser les données sur l’utilisation, les coûts et les apprentissages orienter les décisions.',
      },
    },
    {
      id: 'rights-privacy',
      title: {
        en: 'Rights, safety and privacy',
        fr: 'Droits, sécurité et respect de la vie privée',
      },
      summary: {
        en: 'Protect learners’ and teachers’ rights, their safety online and their personal data in every system, contract and partnership.',
        fr: 'Protéger les droits des élèves et des enseignants, leur sécurité en ligne et leurs données personnelles dans chaque système, contrat et partenariat.',
      },
    },
  ],
};
