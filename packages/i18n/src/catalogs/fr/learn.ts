import type { LearnMessages } from '../en/index.js';

export const learn: LearnMessages = {
  'learn.contents': 'Dans ce module',
  'learn.whyItMatters': 'Pourquoi c’est important',
  'learn.deepDive': 'Questions pour l’approfondissement',
  'learn.deepDive.lead':
    'Discutez de ces questions en équipe, puis évaluez de nouveau ce pilier à la lumière de vos conclusions.',
  'learn.rescore': 'Réévaluer ce pilier',
  'learn.practices': 'Bonnes pratiques',
  'learn.pitfalls': 'Écueils fréquents',
  'learn.examples': 'Exemples de pays',
  'learn.reflection': 'Questions de réflexion',
  'learn.sources': 'Sources',
  'learn.cited': '{count, plural, one {Source} many {Sources} other {Sources}} : {list}',
  'learn.reference': '{publisher} ({year})',
  'learn.level': 'Votre niveau actuel : {level}',
  'learn.pillarLevel': 'Votre niveau actuel dans ce pilier : {level}',
  'learn.low': 'Niveau faible : un point de départ',
  'learn.country.code': 'Code pays {code}',
  'learn.empty': 'Aucun module d’apprentissage à afficher.',
} as const;
