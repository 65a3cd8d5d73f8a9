import type { Framework, Question } from '@dtc/schema';

const t = (en: string, fr: string) => ({ en, fr });

const rubric = (id: string, title: string, extra: Partial<Question> = {}): Question =>
  ({
    id,
    kind: 'rubric',
    title: t(title, `${title} (fr)`),
    help: t(`Help for ${title}`, `Aide pour ${title}`),
    descriptors: [1, 2, 3, 4].map((level) => ({
      level,
      text: t(`${title}: descriptor ${level}`, `${title} : descripteur ${level}`),
    })),
    ...extra,
  }) as Question;

/** A small framework of three pillars and every question kind, for element tests and stories. */
export const miniFramework: Framework = {
  id: 'mini',
  version: '1.0.0',
  title: t('Mini framework', 'Mini cadre'),
  description: t('A framework for tests.', 'Un cadre pour les tests.'),
  locales: ['en', 'fr'],
  levels: [
    { value: 1, label: t('Latent', 'Latent'), description: t('Nothing yet.', 'Rien encore.') },
    { value: 2, label: t('Emerging', 'Émergent'), description: t('First steps.', 'Premiers pas.') },
    { value: 3, label: t('Established', 'Établi'), description: t('In place.', 'En place.') },
    { value: 4, label: t('Advanced', 'Avancé'), description: t('Leading.', 'En pointe.') },
  ],
  vision: { purpose: t('Purpose', 'Finalité'), priorities: [], principles: [] },
  pillars: [
    {
      id: 'coordination-leadership',
      title: t('Coordination and leadership', 'Coordination et leadership'),
      summary: t('Who leads.', 'Qui pilote.'),
      components: [
        {
          id: 'strategy',
          title: t('Strategy', 'Stratégie'),
          summary: t('A national strategy.', 'Une stratégie nationale.'),
          questions: [
            rubric('strategy-status', 'Is there a strategy?', { allowDontKnow: true }),
            rubric('strategy-budget', 'Is it funded?', { allowNotApplicable: true }),
          ],
        },
        {
          id: 'governance',
          title: t('Governance', 'Gouvernance'),
          summary: t('Who coordinates.', 'Qui coordonne.'),
          questions: [
            {
              id: 'governance-body',
              kind: 'choice',
              title: t('Which body coordinates?', 'Quelle instance coordonne ?'),
              options: [
                { id: 'none', label: t('None', 'Aucune'), level: 1 },
                { id: 'committee', label: t('A committee', 'Un comité'), level: 3 },
              ],
            },
            {
              id: 'governance-meets',
              kind: 'boolean',
              title: t('Does it meet every quarter?', 'Se réunit-elle chaque trimestre ?'),
              yesLevel: 4,
              noLevel: 1,
            },
          ],
        },
      ],
    },
    {
      id: 'connectivity-infrastructure',
      title: t('Connectivity and infrastructure', 'Connectivité et infrastructure'),
      summary: t('Networks and devices.', 'Réseaux et équipements.'),
      components: [
        {
          id: 'internet',
          title: t('Internet access', 'Accès à internet'),
          summary: t('Schools online.', 'Écoles connectées.'),
          questions: [
            rubric('internet-schools', 'How many schools are online?'),
            {
              id: 'internet-notes',
              kind: 'text',
              title: t('Anything else?', 'Autre chose ?'),
              maxLength: 500,
            },
          ],
        },
      ],
    },
    {
      id: 'data-evidence',
      title: t('Data and evidence', 'Données et preuves'),
      summary: t('Information systems.', 'Systèmes d’information.'),
      components: [
        {
          id: 'emis',
          title: t('EMIS', 'SIGE'),
          summary: t('Management information.', 'Information de gestion.'),
          questions: [rubric('emis-coverage', 'Does the EMIS cover all schools?')],
        },
      ],
    },
  ],
};
