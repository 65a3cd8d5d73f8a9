import { MAPPING_FORMAT, MAPPING_VERSION, type FrameworkMappingInput } from '@dtc/schema';

const kept = (...ids: string[]) =>
  ids.map((id) => ({ change: 'kept' as const, from: [id], to: [id] }));

/**
 * How the questions of version 1.0.0 map onto 2.0.0, the version that follows the content
 * review: every 1.0.0 question is named once, and so is every 2.0.0 question. Answers to
 * kept questions carry as they are; answers to revised ones carry and are listed for the
 * respondent to check; questions that asked two things were split and need new answers.
 */
export const mapping1to2: FrameworkMappingInput = {
  format: MAPPING_FORMAT,
  version: MAPPING_VERSION,
  from: { id: 'six-pillars', version: '1.0.0' },
  to: { id: 'six-pillars', version: '2.0.0' },
  rules: [
    // Coordination and leadership
    ...kept(
      'digital-strategy-status',
      'digital-strategy-sector-plan',
      'digital-strategy-leadership',
      'cross-government-coordination-body',
      'cross-government-coordination-mandates',
      'cross-government-coordination-regions',
      'partnerships-alignment',
      'partnerships-rules-of-engagement',
      'policy-regulation-child-protection',
      'policy-regulation-monitoring',
    ),
    {
      change: 'removed',
      from: ['policy-regulation-standards'],
      note: {
        en: 'It asked about two standards at once. Interoperability is now asked under systems integration, and accessibility under digital content.',
        fr: 'Elle portait sur deux normes à la fois. L’interopérabilité relève désormais de l’intégration des systèmes, et l’accessibilité des contenus numériques.',
      },
    },
    { change: 'added', to: ['inclusion-gender'] },
    { change: 'added', to: ['inclusion-displaced-learners'] },
    { change: 'added', to: ['inclusion-remote-learners'] },

    // Connectivity and infrastructure
    {
      change: 'split',
      from: ['electricity-internet-school-coverage'],
      to: ['electricity-internet-power', 'electricity-internet-connectivity'],
      note: {
        en: 'It asked about electricity and internet together; they are now two questions.',
        fr: 'Elle portait à la fois sur l’électricité et sur Internet, qui font désormais l’objet de deux questions.',
      },
    },
    { change: 'added', to: ['electricity-internet-off-grid'] },
    { change: 'added', to: ['electricity-internet-bandwidth'] },
    ...kept('electricity-internet-mapping'),
    {
      change: 'revised',
      from: ['electricity-internet-provision'],
      to: ['electricity-internet-provision'],
      values: {
        'school-arranged': null,
        'project-based': 2,
        'national-programme': 3,
        'guaranteed-service': 4,
        na: null,
      },
      note: {
        en: 'Its options became levels. Contracts that schools arrange themselves are no longer ranked lowest, so that answer needs a new one.',
        fr: 'Ses options sont devenues des niveaux. Les contrats conclus par les établissements eux-mêmes ne sont plus classés au plus bas : cette réponse doit être redonnée.',
      },
    },
    ...kept('hardware-devices-policy'),
    {
      change: 'revised',
      from: ['hardware-devices-availability'],
      to: ['hardware-devices-availability'],
      note: {
        en: 'Its top level is now a share of schools, no longer the policy’s own target.',
        fr: 'Son niveau le plus élevé est désormais une part des établissements, et non plus la cible fixée par la politique elle-même.',
      },
    },
    { change: 'added', to: ['hardware-devices-ratio'] },
    {
      change: 'revised',
      from: ['hardware-devices-maintenance'],
      to: ['hardware-devices-maintenance'],
      note: {
        en: 'It now asks about maintenance and repair only; replacement and disposal are asked elsewhere.',
        fr: 'Elle ne porte plus que sur la maintenance et la réparation ; le renouvellement et l’élimination sont traités ailleurs.',
      },
    },
    { change: 'added', to: ['hardware-devices-technical-support'] },
    { change: 'added', to: ['hardware-devices-e-waste'] },
    {
      change: 'revised',
      from: ['software-services-licensing'],
      to: ['software-services-licensing'],
      note: {
        en: 'It now asks about licensing only; exit clauses are asked under procurement.',
        fr: 'Elle ne porte plus que sur les licences ; les clauses de sortie relèvent de la passation des marchés.',
      },
    },
    {
      change: 'removed',
      from: ['software-services-shared-platforms'],
      note: {
        en: 'The national platform was scored twice; it is now asked only under learning platforms.',
        fr: 'La plateforme nationale était évaluée deux fois ; elle ne l’est plus qu’au titre des plateformes d’apprentissage.',
      },
    },
    { change: 'added', to: ['software-services-digital-identity'] },
    ...kept('learning-spaces-design', 'learning-spaces-accessibility'),
    { change: 'added', to: ['learning-spaces-energy'] },

    // Cost and sustainability
    {
      change: 'revised',
      from: ['financing-strategy-costing'],
      to: ['financing-strategy-costing'],
      note: {
        en: 'It now asks about the costing only; sources of funding are asked under budget lines and financing mechanisms.',
        fr: 'Elle ne porte plus que sur le chiffrage ; les sources de financement relèvent des lignes budgétaires et des mécanismes de financement.',
      },
    },
    ...kept(
      'financing-strategy-budget-lines',
      'financing-strategy-allocation',
      'total-cost-of-ownership-estimates',
      'total-cost-of-ownership-running-costs',
      'procurement-transparency',
      'procurement-pooling',
      'procurement-vendor-lock-in',
    ),
    {
      change: 'revised',
      from: ['innovative-financing-universal-service-fund'],
      to: ['innovative-financing-universal-service-fund'],
      values: { yes: 3, no: 1, na: null },
      note: {
        en: 'A yes/no question became a four-level one, so that a country can reach every level. “Not applicable” is no longer offered: a country without such a fund answers the lowest level.',
        fr: 'Une question par oui ou non est devenue une question à quatre niveaux, afin que chaque niveau puisse être atteint. La réponse « sans objet » n’est plus proposée : un pays sans fonds de ce type répond au niveau le plus bas.',
      },
    },
    ...kept('innovative-financing-mechanisms', 'innovative-financing-zero-rating'),

    // Capacity and culture
    ...kept('teacher-competencies-framework', 'teacher-competencies-pre-service'),
    {
      change: 'split',
      from: ['teacher-competencies-in-service'],
      to: ['teacher-competencies-training-reach', 'teacher-competencies-training-model'],
      note: {
        en: 'It asked both how many teachers were trained and what the training looked like; they are now two questions.',
        fr: 'Elle portait à la fois sur le nombre d’enseignants formés et sur la forme de la formation, qui font désormais l’objet de deux questions.',
      },
    },
    ...kept('leadership-capacity-school-leaders'),
    {
      change: 'revised',
      from: ['leadership-capacity-ministry-staff'],
      to: ['leadership-capacity-ministry-staff'],
      note: {
        en: 'It no longer asks about a permanent unit, which is asked under the digital strategy.',
        fr: 'Elle ne porte plus sur l’existence d’une unité permanente, qui relève de la stratégie numérique.',
      },
    },
    ...kept(
      'learner-digital-skills-framework',
      'learner-digital-skills-online-safety',
      'learner-digital-skills-measurement',
    ),
    { change: 'added', to: ['learner-digital-skills-well-being'] },
    ...kept('digital-culture-peer-learning', 'digital-culture-incentives'),
    {
      change: 'revised',
      from: ['digital-culture-families'],
      to: ['digital-culture-families'],
      note: {
        en: 'It now asks about the involvement of parents and communities only.',
        fr: 'Elle ne porte plus que sur la participation des parents et des communautés.',
      },
    },

    // Content and solutions
    ...kept('curriculum-integration-digital-pedagogy'),
    {
      change: 'split',
      from: ['curriculum-integration-assessment'],
      to: ['curriculum-integration-digital-assessment'],
      note: {
        en: 'It asked two questions. Learners’ digital skills are assessed under learner digital skills; this question now asks about digital technology in assessment.',
        fr: 'Elle posait deux questions. Les compétences numériques des apprenants relèvent désormais de la question qui leur est consacrée ; celle-ci porte sur l’usage du numérique dans l’évaluation.',
      },
    },
    {
      change: 'split',
      from: ['digital-content-coverage'],
      to: ['digital-content-coverage', 'digital-content-languages'],
      carry: ['digital-content-coverage'],
      note: {
        en: 'It asked about curriculum coverage and languages together; languages are now a question of their own.',
        fr: 'Elle portait à la fois sur la couverture des programmes et sur les langues ; les langues font désormais l’objet d’une question distincte.',
      },
    },
    ...kept('digital-content-open-licensing'),
    {
      change: 'revised',
      from: ['digital-content-accessibility'],
      to: ['digital-content-accessibility'],
      note: {
        en: 'It now names WCAG 2.2, the current version, and is the one place where a content accessibility standard is asked.',
        fr: 'Elle cite désormais les WCAG 2.2, la version en vigueur, et c’est la seule question qui porte sur une norme d’accessibilité des contenus.',
      },
    },
    ...kept('learning-platforms-provision'),
    {
      change: 'revised',
      from: ['learning-platforms-offline'],
      to: ['learning-platforms-offline'],
      note: {
        en: 'Zero-rating, radio and television are now asked in their own questions.',
        fr: 'La gratuité des données, la radio et la télévision font désormais l’objet de questions distinctes.',
      },
    },
    { change: 'added', to: ['learning-platforms-low-tech'] },
    {
      change: 'removed',
      from: ['learning-platforms-interoperability'],
      note: {
        en: 'Interoperability was scored in three places; it is now asked only under systems integration.',
        fr: 'L’interopérabilité était évaluée à trois endroits ; elle ne l’est plus qu’au titre de l’intégration des systèmes.',
      },
    },
    ...kept('edtech-evaluation-selection', 'edtech-evaluation-impact'),

    // Data and evidence
    ...kept(
      'actionable-insights-decisions',
      'actionable-insights-early-warning',
      'actionable-insights-publication',
      'systems-integration-emis-architecture',
    ),
    {
      change: 'revised',
      from: ['systems-integration-standards'],
      to: ['systems-integration-interoperability'],
      note: {
        en: 'It is now the one question on interoperability, across every education system.',
        fr: 'C’est désormais la seule question sur l’interopérabilité, pour l’ensemble des systèmes éducatifs.',
      },
    },
    ...kept('systems-integration-emis-platform'),
    {
      change: 'split',
      from: ['quality-coverage-frequency'],
      to: ['quality-coverage-collection', 'quality-coverage-timeliness'],
      note: {
        en: 'It mixed how data are collected with how soon they arrive; they are now two questions.',
        fr: 'Elle mêlait le mode de collecte des données et leur délai de disponibilité, qui font désormais l’objet de deux questions.',
      },
    },
    {
      change: 'split',
      from: ['quality-coverage-completeness'],
      to: ['quality-coverage-completeness', 'quality-coverage-reliability'],
      note: {
        en: 'It measured completeness, reliability and timeliness on one scale; each is now asked apart.',
        fr: 'Elle mesurait l’exhaustivité, la fiabilité et les délais sur une seule échelle ; chacun fait désormais l’objet d’une question distincte.',
      },
    },
    ...kept('quality-coverage-disaggregation'),
    {
      change: 'split',
      from: ['security-privacy-law'],
      to: ['security-privacy-law', 'security-privacy-authority'],
      note: {
        en: 'A yes/no question on a law and an authority became two four-level questions.',
        fr: 'Une question par oui ou non sur une loi et une autorité est devenue deux questions à quatre niveaux.',
      },
    },
    ...kept('security-privacy-practice'),
    {
      change: 'revised',
      from: ['security-privacy-transparency'],
      to: ['security-privacy-transparency'],
      note: {
        en: 'It now asks whether learners and parents are told what is collected and why.',
        fr: 'Elle porte désormais sur l’information des apprenants et des parents quant aux données collectées et à leur finalité.',
      },
    },
    ...kept(
      'artificial-intelligence-policy',
      'artificial-intelligence-generative',
      'artificial-intelligence-procurement',
    ),
  ],
};
