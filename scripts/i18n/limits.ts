/**
 * How wide a message may be where the UI has little room: buttons, the site's menu, chips,
 * chart legends. In display columns: a Latin, Cyrillic or Arabic letter counts 1, an East
 * Asian wide character (Chinese) 2. `npm run i18n:check` fails on a translation wider than
 * its limit; the browser tests check at 320 px that nothing is clipped.
 */
export const LIMITS: Readonly<Record<string, number>> = {
  // The framework's level labels, shown in chips and chart legends.
  'level.1.label': 16,
  'level.2.label': 16,
  'level.3.label': 16,
  'level.4.label': 16,
  // The questionnaire's step buttons.
  'assessment.step.previous': 16,
  'assessment.step.next': 16,
  'assessment.answer.yes': 12,
  'assessment.answer.no': 12,
  // The demo's menu, one line each on a phone.
  'nav.home': 20,
  'nav.assess': 20,
  'nav.results': 20,
  'nav.plan': 20,
  'nav.history': 20,
  'nav.workshop': 20,
  'nav.learn': 20,
  'nav.resources': 20,
  'nav.feedback': 20,
  'app.language': 16,
  'app.menu': 16,
};
