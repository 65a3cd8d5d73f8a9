import type { AssessmentMessages } from '../en/index.js';

export const assessment: AssessmentMessages = {
  'assessment.level': 'Niveau {level, number, integer}',
  'assessment.answer.yes': 'Oui',
  'assessment.answer.no': 'Non',
  'assessment.answer.na': 'Sans objet',
  'assessment.answer.dontKnow': 'Je ne sais pas',
  'assessment.extras.comment': 'Commentaire (facultatif)',
  'assessment.extras.evidence': 'Liens vers des éléments de preuve (facultatif)',
  'assessment.extras.evidenceHint': 'Une adresse web par ligne, commençant par https://',
  'assessment.extras.confidence':
    'Quel est votre degré de certitude pour cette réponse ? (facultatif)',
  'assessment.confidence.none': 'Non précisé',
  'assessment.confidence.low': 'Peu certain',
  'assessment.confidence.medium': 'Assez certain',
  'assessment.confidence.high': 'Très certain',
  'assessment.progress.count':
    '{answered, plural, one {# question traitée} many {# questions traitées} other {# questions traitées}} sur {total, number}',
  'assessment.nav.label': 'Sections de l’évaluation',
  'assessment.nav.components': 'Volets du pilier « {pillar} »',
  'assessment.nav.review': 'Vérifier vos réponses',
  'assessment.step.eyebrow': '{pillar} : volet {current, number} sur {total, number}',
  'assessment.step.previous': 'Précédent',
  'assessment.step.next': 'Suivant',
  'assessment.announce.step': 'Étape {current, number} sur {total, number} : {title}',
  'assessment.review.title': 'Vérifier vos réponses',
  'assessment.review.intro':
    'Les questions auxquelles vous n’avez pas encore répondu sont listées sous chaque pilier. Vous pouvez revenir en arrière pour y répondre, ou envoyer dès maintenant : les questions sans réponse réduisent la couverture de vos résultats.',
  'assessment.review.unanswered':
    '{count, plural, =0 {Toutes les questions ont une réponse.} one {# question n’a pas encore de réponse :} many {# questions n’ont pas encore de réponse :} other {# questions n’ont pas encore de réponse :}}',
  'assessment.respondent.title': 'À propos de vous',
  'assessment.respondent.role': 'Votre fonction',
  'assessment.respondent.roleChoose': 'Choisissez votre fonction',
  'assessment.respondent.roleDetail': 'Précisez votre fonction',
  'assessment.respondent.organisation': 'Organisation (facultatif)',
  'assessment.respondent.country': 'Pays (facultatif)',
  'assessment.respondent.countryHint': 'Code ISO à trois lettres, par exemple SEN pour le Sénégal',
  'assessment.role.ministry-education': 'Ministère de l’Éducation',
  'assessment.role.ministry-ict': 'Ministère des TIC ou du Numérique',
  'assessment.role.ministry-finance': 'Ministère des Finances',
  'assessment.role.regional-office': 'Direction régionale ou locale de l’éducation',
  'assessment.role.school': 'Établissement scolaire',
  'assessment.role.teacher-training': 'Institution de formation des enseignants',
  'assessment.role.partner': 'Partenaire technique, financier ou privé',
  'assessment.role.other': 'Autre',
  'assessment.submit': 'Envoyer l’évaluation',
  'assessment.error.title': 'Il y a un problème',
  'assessment.error.prefix': 'Erreur :',
  'assessment.error.field': '{field} : {message}',
  'assessment.error.required': 'Répondez à cette question',
  'assessment.error.evidence':
    '{count, plural, one {# lien n’est pas une adresse web} many {# liens ne sont pas des adresses web} other {# liens ne sont pas des adresses web}} : saisissez chaque lien sur sa propre ligne, en commençant par https://',
  'assessment.error.tooManyLinks': 'Indiquez au plus {max, number} liens',
  'assessment.error.role': 'Choisissez votre fonction',
  'assessment.error.roleDetail': 'Précisez votre fonction',
  'assessment.error.country':
    'Saisissez le pays sous forme de code à trois lettres, par exemple SEN',
  'assessment.error.invalidFramework': 'Le fichier {url} n’est pas un cadre valide :',
  'assessment.error.texts':
    'Les questions n’ont pas pu être chargées dans cette langue depuis {url} ({detail}) : elles s’affichent en {language}. Vos réponses sont conservées.',
  'assessment.done.title': 'Merci : l’évaluation est envoyée',
  'assessment.done.body':
    'Vous avez répondu à {answered, plural, one {# question} many {# questions} other {# questions}} sur {total, number}. Si vous modifiez une réponse maintenant, la précédente est conservée dans l’historique.',
  'assessment.done.revise': 'Modifier les réponses',
  'assessment.storage.setAside':
    'Les réponses enregistrées précédemment dans ce navigateur {reason, select, version {proviennent d’une autre version de cet outil} other {n’ont pas pu être lues}} ; elles ont donc été mises de côté (sous « {key} ») et une nouvelle évaluation a commencé.',
  'assessment.storage.partial':
    '{count, plural, one {Une réponse enregistrée précédemment dans ce navigateur n’a pas pu être restaurée et a été laissée de côté : {questions}.} many {# réponses enregistrées précédemment dans ce navigateur n’ont pas pu être restaurées et ont été laissées de côté : {questions}.} other {# réponses enregistrées précédemment dans ce navigateur n’ont pas pu être restaurées et ont été laissées de côté : {questions}.}} Les autres réponses sont restaurées, et la copie enregistrée telle quelle est conservée (sous « {key} »).',
  'assessment.storage.unavailable':
    'Vos réponses ne peuvent pas être enregistrées dans ce navigateur (navigation privée ou espace de stockage plein). Vous pouvez tout de même terminer l’évaluation, mais gardez cette page ouverte jusqu’à l’envoi.',
  'assessment.feedback.summary':
    '{given, select, yes {Avis sur cette question (donné)} other {Avis sur cette question}}',
  'assessment.feedback.about': ' : {question}',
  'assessment.feedback.legend': 'Qu’est-ce qui ne va pas dans cette question ?',
  'assessment.feedback.kind.unclear': 'Elle n’est pas claire',
  'assessment.feedback.kind.not-relevant': 'Elle n’est pas pertinente ici',
  'assessment.feedback.kind.missing': 'Il manque quelque chose',
  'assessment.feedback.comment': 'Commentaire (facultatif)',
  'assessment.feedback.hint':
    'Votre avis va aux personnes qui mènent cette évaluation. Il ne change ni votre réponse ni vos résultats.',
};
