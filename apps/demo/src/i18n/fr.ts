/**
 * Les messages du site en français. Le type garantit qu’aucune clé de l’anglais ne manque.
 */
import type { en } from './en.js';

export const fr: Record<keyof typeof en, string> = {
  // ── Cadre du site ──
  'app.name': 'Boîte à outils des six piliers',
  'app.documentTitle': '{page} – {site}',
  'app.skip': 'Aller au contenu principal',
  'app.language': 'Langue',
  'app.menu': 'Menu',
  'app.nav': 'Principale',
  'app.loading': 'Chargement…',
  'app.localeFailed':
    'Impossible de charger {language} : la première fois que le site s’affiche dans une langue, il faut une connexion. Rechargez la page une fois en ligne, puis choisissez-la de nouveau.',
  'app.translation.ai-model':
    'Traduit de l’anglais par un modèle de langage (IA) ; pas encore relu par une personne de langue maternelle française.',
  'app.translation.translator':
    'Traduit de l’anglais par un traducteur ; pas encore relu par une personne de langue maternelle française.',
  'app.translation.reviewed':
    'Traduit de l’anglais et relu par une personne de langue maternelle française.',
  'app.translation.correct': 'Proposer une correction',
  'app.script.traditional':
    'Le chinois traditionnel n’est pas encore disponible : le site s’affiche en chinois simplifié.',
  'app.loadError.title': 'Cette page n’a pas pu être chargée',
  'app.loadError.body':
    'Un fichier du site est manquant ou endommagé. Rechargez la page ; si le problème se reproduit, téléchargez de nouveau le site.',
  'app.shortName': 'Six piliers',
  'app.description':
    'Autoévaluez la transformation numérique de l’éducation avec le cadre des six piliers, consultez les résultats, planifiez et animez un atelier. Tout reste dans votre navigateur.',
  'app.offlineReady':
    'Ce site est maintenant conservé dans votre navigateur : il fonctionne sans connexion.',
  'app.update.available': 'Une nouvelle version de ce site est disponible.',
  'app.update.reload': 'Recharger pour mettre à jour',
  'app.update.dismiss': 'Plus tard',
  'app.footer.privacy':
    'Tout ce que vous saisissez reste dans ce navigateur : rien n’est envoyé à un serveur. Exportez un fichier pour en garder une copie ou pour passer à un autre ordinateur.',
  'app.footer.framework':
    'D’après « Six piliers pour la transformation numérique de l’éducation : un cadre commun » (UNESCO, UNICEF, UIT, PME et partenaires du Collectif pour la transformation numérique, 2024). Les questions et les niveaux sont une proposition de cet outil.',

  'nav.home': 'Accueil',
  'nav.assess': 'Évaluer',
  'nav.results': 'Résultats',
  'nav.plan': 'Plan',
  'nav.history': 'Historique',
  'nav.workshop': 'Atelier',
  'nav.learn': 'Apprendre',
  'nav.resources': 'Ressources',
  'nav.feedback': 'Avis',

  // ── Mots communs ──
  'common.untitled': 'Évaluation sans titre',
  'common.storageFull':
    'L’espace de stockage du navigateur pour ce site est plein : vos dernières modifications ne sont conservées que tant que cette page reste ouverte. Exportez vos évaluations dans un fichier pour les garder, puis supprimez les plus anciennes dans l’Historique pour faire de la place.',
  'common.storageUnavailable':
    'Ce navigateur ne permet pas au site d’enregistrer des données (un réglage ou un mode privé peut le bloquer). Vous pouvez continuer, mais vos évaluations ne sont conservées que tant que cette page reste ouverte : exportez-les dans un fichier avant de partir.',
  'common.storageExport': 'Exporter mes évaluations',
  'storage.setAside.title':
    '{count, plural, one {Un enregistrement stocké n’a pas pu être utilisé ici. Rien n’a été supprimé : il est conservé dans ce navigateur.} many {# enregistrements stockés n’ont pas pu être utilisés ici. Rien n’a été supprimé : ils sont conservés dans ce navigateur.} other {# enregistrements stockés n’ont pas pu être utilisés ici. Rien n’a été supprimé : ils sont conservés dans ce navigateur.}}',
  'storage.setAside.more':
    '{count, plural, one {Et un autre.} many {Et # autres.} other {Et # autres.}}',
  'storage.setAside.download': 'Télécharger les données mises de côté',
  'storage.setAside.dismiss': 'Masquer ce message',
  'storage.setAside.assessment': 'L’évaluation « {name} » : {reason}',
  'storage.setAside.answers':
    'Réponses de « {name} » à {questions} : {reason} Les autres réponses sont restaurées.',
  'storage.setAside.plan': 'Le plan d’action de « {name} » : {reason}',
  'storage.setAside.questionFeedback':
    'Les commentaires sur les questions de « {name} » : {reason}',
  'storage.setAside.feedback': 'La note de « {name} » : {reason}',
  'storage.setAside.details':
    'Des détails de « {name} » (sa provenance, l’endroit où vous vous êtes arrêté) : {reason}',
  'storage.setAside.workshop': 'La liste des participants de l’atelier : {reason}',
  'storage.setAside.participant': 'Le participant de l’atelier « {name} » : {reason}',
  'storage.setAside.team': 'L’équipe pays « {name} » : {reason}',
  'storage.reason.unreadable': 'les données enregistrées sont tronquées ou endommagées.',
  'storage.reason.invalid': 'les données enregistrées n’ont pas la forme attendue par ce site.',
  'storage.reason.newer':
    'les données enregistrées proviennent d’une version plus récente de ce site, que cette version ne sait pas lire.',
  'storage.readOnly':
    '« {name} » provient d’une version plus récente de ce site : cette évaluation est ouverte en lecture seule, et ses modifications ne sont pas enregistrées.',
  'assess.readOnly':
    'Cette évaluation provient d’une version plus récente de ce site : elle ne peut pas être modifiée ici. Ses résultats restent consultables.',
  'common.save': 'Enregistrer',
  'common.cancel': 'Annuler',
  'common.delete': 'Supprimer',
  'common.remove': 'Retirer',
  'common.copy': 'Copier',
  'common.copied': 'Copié dans le presse-papiers.',
  'common.copyFailed':
    'La copie n’est pas autorisée ici : sélectionnez le texte et copiez-le vous-même.',
  'common.saved': 'Enregistré.',
  'common.optional': '(facultatif)',
  'common.notScored': 'non noté',
  'common.score': '{score, number, integer}/100',
  'common.answered': '{answered, number, integer} sur {total, number, integer} questions traitées',
  'common.updated': 'Modifiée le {date}',
  'common.created': 'Commencée le {date}',
  'common.current': 'Active',
  'common.completed': 'Terminée',
  'common.inProgress': 'En cours',
  'common.imported': 'Importée',
  'common.noAssessment.title': 'Aucune évaluation pour l’instant',
  'common.noAssessment.body':
    'Commencez l’autoévaluation, ou importez un fichier dans l’Historique.',
  'common.noAssessment.start': 'Commencer l’autoévaluation',
  'common.country': 'Pays',
  'common.country.none': 'Non précisé',
  'common.role': 'Fonction',
  'common.technicalDetails': 'Détails techniques',
  'common.inParentheses': '({text})',
  'common.partSeparator': ' – ',

  'role.ministry-education': 'Ministère de l’éducation',
  'role.ministry-ict': 'Ministère des TIC',
  'role.ministry-finance': 'Ministère des finances',
  'role.regional-office': 'Administration régionale ou locale',
  'role.school': 'Établissement scolaire',
  'role.teacher-training': 'Institution de formation des enseignants',
  'role.partner': 'Organisation partenaire',
  'role.other': 'Autre',
  'role.unknown': 'Fonction non précisée',

  // ── Accueil ──
  'home.title': 'Accueil',
  'home.lead':
    'Cet outil aide un ministère de l’éducation et ses partenaires à situer le pays sur chacun des six piliers, à s’accorder sur des priorités et à les traduire en plan d’action. Il fonctionne entièrement dans votre navigateur.',
  'home.start': 'Commencer l’autoévaluation',
  'home.continue': 'Reprendre votre évaluation',
  'home.workshop': 'Animer un atelier',
  'home.vision.title': 'La vision',
  'home.vision.priorities': 'Priorités',
  'home.vision.principles': 'Principes',
  'home.pillars.title': 'Les six piliers et leurs composantes',
  'home.pillars.intro':
    'Chaque pilier est évalué à travers ses composantes. Les piliers dépendent les uns des autres : un progrès sur l’un dure rarement sans les autres.',
  'home.pillars.foundational':
    'Transversal : l’épine dorsale de toute stratégie de transformation numérique',
  'home.pillars.proposed': 'Composantes proposées par cet outil :',
  'home.pillars.published': 'Composantes nommées dans les documents publiés :',
  'home.pillars.assess': 'Évaluer ce pilier',
  'home.how.title': 'Comment se déroule l’évaluation',
  'home.how.1':
    'Pour chaque question, choisissez la description la plus proche de la situation actuelle de votre pays. Vous pouvez répondre « sans objet » ou « je ne sais pas » lorsque la question le permet, et ajouter un commentaire ou un lien vers des éléments de preuve.',
  'home.how.2':
    'Répondez à l’ensemble du questionnaire, ou à un pilier à la fois comme pendant l’atelier. Vos réponses sont enregistrées dans ce navigateur au fur et à mesure ; revenez plus tard et reprenez là où vous en étiez.',
  'home.how.3':
    'Obtenez un score de 0 à 100 et un niveau pour chaque composante, chaque pilier et l’ensemble, avec la couverture (la part des questions traitées) et l’équilibre (l’homogénéité des piliers), ainsi que les composantes qui demandent le plus d’attention.',
  'home.how.4':
    'Choisissez trois priorités et construisez un plan d’action avec des actions à court, moyen et long terme, chacune liée à un résultat éducatif.',
  'home.how.5':
    'Après un approfondissement, enregistrez une révision, revoyez vos réponses et comparez l’avant et l’après. Un animateur peut réunir les fichiers de plusieurs participants dans la page Atelier.',
  'home.levels.title': 'Les niveaux de maturité',
  'home.levels.sequence': '{levels}.',
  'home.levels.item': '{value, number, integer}. {label}',
  'home.item.summary': ' – {summary}',
  'home.facts.title': 'Pourquoi la connectivité compte',
  'home.facts.primary': 'des écoles primaires étaient raccordées à l’internet',
  'home.facts.lowerSecondary': 'des établissements du premier cycle du secondaire',
  'home.facts.upperSecondary': 'des établissements du second cycle du secondaire',
  'home.facts.source': 'Source : UNESCO, Rapport mondial de suivi sur l’éducation 2023.',
  'home.about.title': 'D’où vient ce cadre',
  'home.about.languages':
    'Le site, le cadre et son parcours d’apprentissage sont disponibles dans les six langues officielles des Nations Unies : {languages}. Ils ont été rédigés en anglais.',
  'home.about.correct':
    'Si un mot ou une phrase sonne faux dans votre langue, dites-le-nous sur la page Avis.',
  'home.privacy.title': 'Vos données restent chez vous',
  'home.privacy.body':
    'Il n’y a ni compte ni serveur : les réponses, les plans et les avis sont conservés uniquement dans ce navigateur. Dans l’Historique, exportez un fichier (*.dtc.json), importez-en un, ou créez un lien de partage qui transporte vos réponses dans le lien lui-même.',

  // ── Évaluer ──
  'assess.title': 'Autoévaluation',
  'assess.lead':
    'Pour chaque question, choisissez la description qui correspond le mieux à la situation actuelle. Les réponses sont enregistrées au fur et à mesure.',
  'assess.start.title': 'À propos de cette évaluation',
  'assess.start.intro':
    'Quelques informations pour distinguer cette évaluation des autres et regrouper les réponses lors d’un atelier. Seule la fonction est requise.',
  'assess.field.label': 'Nom de cette évaluation',
  'assess.field.label.hint': 'Par exemple : « Sénégal – Ministère de l’éducation – mars 2026 ».',
  'assess.field.role': 'Votre fonction',
  'assess.field.roleDetail': 'Précisez votre fonction',
  'assess.field.organisation': 'Organisation',
  'assess.field.country': 'Pays',
  'assess.field.country.none': 'Choisir un pays',
  'assess.error.role': 'Choisissez votre fonction.',
  'assess.error.roleDetail': 'Précisez votre fonction.',
  'assess.start.submit': 'Commencer l’évaluation',
  'assess.details.edit': 'Modifier les informations',
  'assess.details.save': 'Enregistrer les informations',
  'assess.details.saved': 'Informations enregistrées.',
  'assess.new': 'Commencer une nouvelle évaluation',
  'assess.sections.label': 'À quoi répondre',
  'assess.sections.all': 'Les six piliers',
  'assess.sections.workshop':
    'Pendant l’atelier : d’abord coordination et leadership, puis connectivité et infrastructure, puis données et preuves.',
  'assess.complete.title': 'Évaluation terminée',
  'assess.complete.body':
    'Vos réponses sont enregistrées, avec une révision qui permettra de les comparer plus tard.',
  'assess.complete.results': 'Voir les résultats',
  'assess.section.complete': 'Section terminée : {pillar}.',
  'assess.section.next': 'Suivant dans l’ordre de l’atelier : {pillar}',
  'assess.revision.title': 'Conserver cette série de réponses',
  'assess.revision.intro':
    'Avant un approfondissement ou un réexamen, enregistrez une révision : vos réponses telles qu’elles sont maintenant. Modifiez-les ensuite librement et comparez les deux dans l’Historique.',
  'assess.revision.note': 'Note pour cette révision',
  'assess.revision.default': 'Avant l’approfondissement',
  'assess.revision.save': 'Enregistrer une révision',
  'assess.revision.saved': 'Révision « {note} » enregistrée.',
  'assess.revision.completed': 'Terminée',
  'assess.viewResults': 'Voir les résultats à ce stade',

  // ── Résultats ──
  'results.title': 'Résultats',
  'results.lead':
    'Scores, niveaux, couverture et équilibre de « {label} », et les composantes qui demandent le plus d’attention.',
  'results.none': 'Répondez à au moins une question pour voir des résultats.',
  'results.actions': 'Utiliser ces résultats',
  'results.report': 'Rapport imprimable',
  'results.csv': 'Télécharger les scores (CSV)',
  'results.export': 'Exporter le fichier (.dtc.json)',
  'results.share': 'Créer un lien de partage',
  'results.plan': 'Construire le plan d’action',
  'results.share.label': 'Lien de partage',
  'results.share.hint':
    'Le lien contient les réponses (après le signe #, qui n’est jamais envoyé à un serveur). Toute personne qui l’ouvre peut les voir.',
  'results.share.error': 'Le lien de partage n’a pas pu être créé dans ce navigateur.',
  'results.exported': 'Fichier téléchargé : {name}.',
  'results.migrated.title': 'Reportée vers la version {to} du cadre',
  'results.migrated.body':
    'Ces réponses ont été données avec la version {from} : {check, plural, =0 {aucune réponse à vérifier} one {# réponse à vérifier} many {# réponses à vérifier} other {# réponses à vérifier}} et {unanswered, plural, =0 {aucune question qui demande une nouvelle réponse} one {# question qui demande une nouvelle réponse} many {# questions qui demandent une nouvelle réponse} other {# questions qui demandent une nouvelle réponse}}. Le questionnaire les énumère.',
  'results.migrated.open': 'Ouvrir le questionnaire',
  'results.migrated.dismiss': 'Masquer ce message',

  // ── Rapport ──
  'report.title': 'Rapport',
  'report.lead':
    'Un rapport imprimable de « {label} ». Utilisez la commande d’impression de votre navigateur pour l’enregistrer en PDF.',
  'report.back': 'Retour aux résultats',

  // ── Plan ──
  'plan.title': 'Plan d’action',
  'plan.lead':
    'Choisissez trois priorités à partir de vos résultats, puis fixez des actions à court, moyen et long terme sur l’ensemble des piliers, chacune liée à un résultat éducatif.',
  'plan.priorities.title': '1. Choisir trois priorités',
  'plan.actions.title': '2. Construire le plan',
  'plan.horizons':
    'Court terme : moins d’un an. Moyen terme : d’un à trois ans. Long terme : plus de trois ans.',
  'plan.report': 'Imprimer le plan avec le rapport',
  'plan.files.title': '3. Fichiers pour le ministère',
  'plan.files.lead':
    'Un document Word à modifier et à déposer, et un classeur Excel dont les totaux sont des formules. Les deux sont créés dans ce navigateur : rien n’est envoyé.',
  'plan.files.word': 'Télécharger le Word',
  'plan.files.excel': 'Télécharger l’Excel',
  'plan.files.print': 'Imprimer',
  'plan.files.format.docx': 'Word',
  'plan.files.format.xlsx': 'Excel',
  'plan.files.making': 'Création du fichier {format}…',
  'plan.files.done': 'Le fichier {format} a été téléchargé.',
  'plan.files.failed': 'Le fichier {format} n’a pas pu être créé : {detail}',

  // ── Historique ──
  'history.title': 'Historique',
  'history.lead':
    'Toutes les évaluations conservées dans ce navigateur, avec leurs révisions. Ouvrez-en une pour la poursuivre, comparez deux versions quelconques, exportez ou importez des fichiers.',
  'history.new': 'Nouvelle évaluation',
  'history.import.title': 'Importer un fichier',
  'history.import.label': 'Fichier d’évaluation (.dtc.json ou .json)',
  'history.import.button': 'Choisir des fichiers…',
  'history.import.hint':
    'Une importation ne remplace jamais ce qui est déjà là : une autre version d’une évaluation est conservée comme une entrée distincte.',
  'history.import.added':
    '{count, plural, one {Une évaluation importée.} many {# évaluations importées.} other {# évaluations importées.}}',
  'history.import.copies':
    '{count, plural, one {Une évaluation existait déjà dans une autre version : elle a été conservée comme entrée distincte.} many {# évaluations existaient déjà dans une autre version : elles ont été conservées comme entrées distinctes.} other {# évaluations existaient déjà dans une autre version : elles ont été conservées comme entrées distinctes.}}',
  'history.import.unchanged':
    '{count, plural, one {Une évaluation était déjà là, à l’identique.} many {# évaluations étaient déjà là, à l’identique.} other {# évaluations étaient déjà là, à l’identique.}}',
  'history.exportAll': 'Tout exporter (.dtc.json)',
  'history.empty': 'Aucune évaluation n’est encore conservée dans ce navigateur.',
  'history.list.title': 'Évaluations conservées',
  'history.count': '{count, plural, one {# évaluation} many {# évaluations} other {# évaluations}}',
  'history.open': 'Poursuivre',
  'history.results': 'Résultats',
  'history.rename': 'Renommer',
  'history.renameLabel': 'Nouveau nom',
  'history.export': 'Exporter',
  'history.share': 'Lien de partage',
  'history.delete': 'Supprimer',
  'history.delete.confirm':
    'Supprimer « {label} » et ses révisions de ce navigateur ? Exportez-la d’abord si vous risquez d’en avoir besoin.',
  'history.delete.done': '« {label} » supprimée.',
  'history.revision.save': 'Enregistrer une révision',
  'history.revisions':
    '{count, plural, =0 {Aucune révision enregistrée} one {# révision} many {# révisions} other {# révisions}}',
  'history.revision.item': '{note} – {date}',
  'history.restoredLabel': '{label} – {round}',
  'history.revision.restore': 'Restaurer comme nouvelle évaluation',
  'history.revision.restored': 'Révision restaurée comme nouvelle évaluation : « {label} ».',
  'history.revision.deleted': 'Révision supprimée.',
  'history.revision.delete': 'Supprimer la révision',
  'history.revision.untitled': 'Révision',
  'history.overall': 'Score global : {score}',
  'history.origin.file': 'Importée depuis {name}',
  'history.origin.share': 'Ouverte depuis un lien de partage',
  'compare.title': 'Comparer deux versions',
  'compare.lead':
    'Avant et après un approfondissement, ou d’une année sur l’autre : choisissez deux versions enregistrées quelconques.',
  'compare.before': 'Avant',
  'compare.after': 'Après',
  'compare.current': '{label} (réponses actuelles)',
  'compare.revision': '{label} – {note} ({date})',
  'compare.needTwo':
    'Enregistrez une révision ou une deuxième évaluation pour comparer deux versions.',
  'compare.same': 'Choisissez deux versions différentes.',

  // ── Atelier ──
  'workshop.title': 'Atelier',
  'workshop.lead':
    'Pour les animateurs : réunissez les fichiers ou les codes de partage de plusieurs participants et observez le groupe, pour la marche des galeries et la discussion des priorités.',
  'workshop.privacy':
    'Les réponses des participants restent dans ce navigateur. Rien n’est envoyé en ligne ; videz l’atelier quand vous avez terminé.',
  'workshop.add.title': 'Ajouter des participants',
  'workshop.files.label': 'Fichiers des participants (.dtc.json)',
  'workshop.files.hint': 'Choisissez plusieurs fichiers à la fois, ou déposez-les ici.',
  'workshop.files.button': 'Choisir des fichiers…',
  'workshop.codes.label': 'Codes ou liens de partage',
  'workshop.codes.tooMany':
    '{count, plural, one {# code a été collé} many {# codes ont été collés} other {# codes ont été collés}}, mais {max} au plus peuvent être ajoutés à la fois. Rien n’a été ajouté : ajoutez-les en plusieurs fois.',
  'workshop.codes.hint': 'Un par ligne.',
  'workshop.codes.add': 'Ajouter à partir des codes',
  'workshop.added':
    '{count, plural, =0 {Aucun participant ajouté.} one {Un participant ajouté.} many {# participants ajoutés.} other {# participants ajoutés.}}',
  'workshop.updated':
    '{count, plural, one {Un participant mis à jour avec des réponses plus récentes.} many {# participants mis à jour avec des réponses plus récentes.} other {# participants mis à jour avec des réponses plus récentes.}}',
  'workshop.duplicate': '{name} : déjà dans l’atelier.',
  'workshop.problem': '{name} : {message}',
  'workshop.codeLine': 'ligne {line}',
  'workshop.fromMine': 'Ajouter mon évaluation actuelle',
  'workshop.participants.title': 'Participants',
  'workshop.participants.count':
    '{count, plural, =0 {Aucun participant pour l’instant.} one {# participant} many {# participants} other {# participants}}',
  'workshop.participants.caption': 'Participants de cet atelier',
  'workshop.col.participant': 'Participant',
  'workshop.col.answered': 'Traité',
  'workshop.col.overall': 'Ensemble',
  'workshop.col.actions': 'Actions',
  'workshop.clear': 'Vider l’atelier',
  'workshop.clear.confirm': 'Retirer tous les participants de ce navigateur ?',
  'workshop.cleared': 'Atelier vidé.',
  'workshop.feedback.title': 'Avis des participants',
  'workshop.feedback.none': 'Aucun participant n’a encore donné son avis.',
  'workshop.feedback.onQuestions':
    '{count, plural, =0 {Aucun participant n’a donné d’avis sur des questions précises.} one {Un participant a donné son avis sur des questions précises.} many {# participants ont donné leur avis sur des questions précises.} other {# participants ont donné leur avis sur des questions précises.}}',
  'workshop.feedback.json': 'Télécharger tous les avis (JSON)',
  'workshop.feedback.csv': 'Télécharger tous les avis, question par question (CSV)',
  'workshop.feedback.mean':
    '{aspect} : {mean} sur 5 ({count, plural, one {# note} many {# notes} other {# notes}})',
  'workshop.csv': 'Télécharger les scores du groupe (CSV)',
  'workshop.feedbackCsv': 'Télécharger les avis (CSV)',

  // ── Apprendre ──
  'learn.title': 'Apprendre',
  'learn.lead':
    'Un court module par pilier : ce qu’il couvre et pourquoi il compte, les bonnes pratiques et les sources sur lesquelles elles reposent, les écueils fréquents, des exemples de pays et des questions pour l’approfondissement en équipe.',
  'learn.loading': 'Chargement du cours…',
  'learn.loadError':
    'Le cours n’a pas pu être chargé. Rechargez la page ; la première fois, le site a besoin d’une connexion.',
  'learn.unavailable': 'Le module de ce pilier n’est pas encore disponible.',
  'learn.back': 'Tous les modules d’apprentissage',
  'learn.module.title': 'Module d’apprentissage : {pillar}',
  'learn.levelsFrom': 'Les niveaux affichés sont ceux de votre autoévaluation « {label} ».',
  'learn.noResult': 'Répondez au questionnaire pour voir ici le niveau de chaque composante.',
  'learn.notFound.title': 'Module d’apprentissage introuvable',
  'learn.notFound.body': 'Il n’existe pas de module d’apprentissage « {id} ».',
  'learn.results.title': 'En savoir plus sur les composantes de niveau faible',
  'learn.results.lead':
    'Chaque lien ouvre le module d’apprentissage du pilier de la composante, à cette composante.',
  'learn.plan.title': 'En savoir plus sur vos priorités',
  'learn.plan.lead':
    'Chaque lien ouvre le module d’apprentissage du pilier de la priorité, à cette composante.',
  'learn.inModule': 'dans le module {pillar}',

  // ── Approfondissement ──
  'deepDive.round': 'Avant l’approfondissement du pilier « {pillar} »',
  'deepDive.kept':
    'Vos réponses sont conservées sous le nom « {round} ». Revoyez les réponses de ce pilier, puis comparez l’avant et l’après.',
  'deepDive.title': 'Approfondissement du pilier « {pillar} »',
  'deepDive.body':
    'Vos réponses d’avant l’approfondissement sont conservées sous le nom « {round} ». Revoyez les réponses de ce pilier, puis comparez l’avant et l’après.',
  'deepDive.compare': 'Comparer l’avant et l’après de l’approfondissement',

  // ── Ressources ──
  'resources.title': 'Financer le numérique éducatif',
  'resources.lead':
    'Des manières de payer la connectivité, les équipements, les contenus et les personnes qui les font fonctionner. Chacune est expliquée brièvement, avec les piliers et les composantes qu’elle sert.',
  'resources.note':
    'Ces résumés ont été rédigés pour cet outil afin de préparer la discussion ; ils ne constituent pas un conseil financier ou juridique.',
  'resources.toc': 'Modèles de financement',
  'resources.what': 'De quoi s’agit-il',
  'resources.use': 'Quand c’est utile',
  'resources.watch': 'Points de vigilance',
  'resources.serves': 'Sert',
  'resources.assess': 'Évaluer le pilier concerné :',
  'resources.serves.components': ' : {components}',

  'resource.universal-service-funds.title': 'Fonds de service universel',
  'resource.universal-service-funds.what':
    'Les opérateurs de télécommunications versent une petite part de leur chiffre d’affaires à un fonds destiné à étendre le service là où le marché ne va pas. De nombreux pays permettent à ce fonds de financer le raccordement des écoles.',
  'resource.universal-service-funds.use':
    'Lorsque l’argent est déjà collecté mais non dépensé et que des écoles rurales ne sont pas raccordées : le fonds peut payer les premiers raccordements et une partie des frais de fonctionnement.',
  'resource.universal-service-funds.watch':
    'Des fonds qui dorment pendant des années, des règles qui ne financent que l’équipement et pas le service, et des contrats sans vérification que les écoles sont réellement en ligne.',
  'resource.e-rate-discounts.title': 'Remises de type E-Rate',
  'resource.e-rate-discounts.what':
    'Les écoles et les bibliothèques achètent leur connectivité avec une remise d’autant plus forte qu’elles sont pauvres ou rurales ; le fonds verse la différence au fournisseur.',
  'resource.e-rate-discounts.use':
    'Lorsque les écoles peuvent gérer leurs propres contrats et que la priorité est de maintenir les connexions d’année en année, et pas seulement de les installer.',
  'resource.e-rate-discounts.watch':
    'Des démarches que les petites écoles ne peuvent pas assumer, et des remises qui profitent aux écoles déjà bien desservies.',
  'resource.public-private-partnerships.title': 'Partenariats public-privé',
  'resource.public-private-partnerships.what':
    'Un contrat de longue durée dans lequel une entreprise construit ou exploite une partie du service (un réseau, un programme d’équipement, une plateforme) et l’État paie dans la durée ou partage les risques et les recettes.',
  'resource.public-private-partnerships.use':
    'Pour de gros investissements qui demandent des compétences et des capitaux privés, avec des niveaux de service clairs que l’État peut mesurer.',
  'resource.public-private-partnerships.watch':
    'Des coûts cachés à long terme, la dépendance envers un seul fournisseur, une capacité publique trop faible pour piloter le contrat, et des données qui finissent par appartenir au partenaire.',
  'resource.blended-finance.title': 'Financement mixte',
  'resource.blended-finance.what':
    'Des dons ou des prêts concessionnels de bailleurs et de banques de développement sont combinés à des fonds commerciaux ou publics, pour rendre un investissement possible ou en réduire le risque pour les autres.',
  'resource.blended-finance.use':
    'Lorsqu’un projet est presque viable (par exemple raccorder une région où les opérateurs gagneraient un peu, mais pas assez) et qu’une première perte ou une garantie fait pencher la balance.',
  'resource.blended-finance.watch':
    'Des montages complexes qui prennent des années à boucler, et des subventions qui s’arrêtent avant que le service puisse s’autofinancer.',
  'resource.outcome-based-finance.title':
    'Financement axé sur les résultats et obligations à impact',
  'resource.outcome-based-finance.what':
    'L’argent est versé quand des résultats convenus sont atteints (écoles en ligne et utilisées, progrès des apprentissages), et non quand des activités sont réalisées. Dans une obligation à impact, des investisseurs paient d’abord et sont remboursés si les résultats sont au rendez-vous.',
  'resource.outcome-based-finance.use':
    'Lorsque les résultats peuvent être mesurés de façon fiable et indépendante, et que les prestataires ont la latitude de trouver la meilleure manière de les atteindre.',
  'resource.outcome-based-finance.watch':
    'Des résultats choisis parce qu’ils sont faciles à compter plutôt que parce qu’ils comptent, un coût de mesure élevé, et des systèmes de données trop faibles pour vérifier quoi que ce soit.',
  'resource.pooled-procurement.title': 'Achats groupés',
  'resource.pooled-procurement.what':
    'De nombreuses écoles, des districts, voire plusieurs pays achètent ensemble : un seul appel d’offres pour la connectivité ou les équipements, avec le pouvoir de négociation d’un gros acheteur. Giga indique des coûts de connectivité jusqu’à 60 % plus bas grâce à l’agrégation de la demande.',
  'resource.pooled-procurement.use':
    'Lorsque de nombreux petits acheteurs paient cher le même service et qu’un organisme central peut conduire un appel d’offres transparent.',
  'resource.pooled-procurement.watch':
    'Des appels d’offres que seules les grandes entreprises peuvent remporter, des offres uniformes mal adaptées aux écoles isolées, et une livraison centrale trop lente.',
  'resource.zero-rating.title': 'Accès gratuit aux contenus éducatifs (zero-rating)',
  'resource.zero-rating.what':
    'Les opérateurs mobiles s’engagent à ne pas décompter du forfait des utilisateurs le trafic vers des sites et des plateformes éducatifs agréés, afin que les élèves puissent s’en servir sans acheter de données.',
  'resource.zero-rating.use':
    'Lorsque de nombreux élèves ont un téléphone mais n’ont pas les moyens d’acheter des données, en particulier pendant les fermetures d’écoles.',
  'resource.zero-rating.watch':
    'Des listes de sites difficiles à tenir à jour, l’équité entre plateformes, et les règles de neutralité du net dans certains pays.',
  'resource.corporate-social-responsibility.title': 'Responsabilité sociale des entreprises',
  'resource.corporate-social-responsibility.what':
    'Des entreprises donnent des équipements, de la connectivité, des formations ou des fonds dans le cadre de leurs engagements sociaux, souvent par l’intermédiaire d’une fondation.',
  'resource.corporate-social-responsibility.use':
    'Pour lancer des projets pilotes ou combler des manques précis, lorsque la contribution s’inscrit dans le plan national et respecte ses normes.',
  'resource.corporate-social-responsibility.watch':
    'Des dons inadaptés, sans maintenance ni budget après la remise, ou qui servent surtout une marque ; une aide ponctuelle ne peut pas financer un système.',
  'resource.total-cost-of-ownership.title': 'Coût total de possession',
  'resource.total-cost-of-ownership.what':
    'Non pas une source de financement, mais une manière de compter : le coût complet d’une technologie sur toute sa durée de vie (achat, électricité, connectivité, logiciels, formation, assistance, réparations, remplacement et recyclage), et pas seulement son prix.',
  'resource.total-cost-of-ownership.use':
    'Avant chaque achat important, pour comparer les options équitablement et budgéter les coûts récurrents, qui représentent généralement plusieurs fois le prix d’achat.',
  'resource.total-cost-of-ownership.watch':
    'Des budgets qui achètent des appareils mais rien pour les faire fonctionner, et des durées de vie supposées plutôt que vérifiées.',
  'resource.open-source-open-content.title': 'Logiciels libres et ressources éducatives libres',
  'resource.open-source-open-content.what':
    'Les logiciels et les supports d’apprentissage sous licence ouverte peuvent être utilisés, adaptés et partagés sans redevance par utilisateur.',
  'resource.open-source-open-content.use':
    'Pour réduire les coûts récurrents de licences, adapter les contenus aux langues et aux programmes locaux, et éviter la dépendance envers un seul fournisseur.',
  'resource.open-source-open-content.watch':
    'Libre ne veut pas dire gratuit à faire fonctionner : l’hébergement, l’assistance, les mises à jour et la sélection des contenus demandent toujours du personnel et un budget.',
  'resource.device-leasing.title': 'Location et équipement en tant que service',
  'resource.device-leasing.what':
    'Les appareils sont loués pour une durée fixe, maintenance, assurance et remplacement compris, contre une redevance régulière au lieu d’un gros achat.',
  'resource.device-leasing.use':
    'Lorsque les budgets d’investissement sont serrés mais que les budgets de fonctionnement sont fiables, et lorsque l’assistance dans les écoles est faible.',
  'resource.device-leasing.watch':
    'Un coût total plus élevé dans la durée, et le sort des appareils et des données à la fin du contrat.',
  'resource.multi-year-budgeting.title': 'Lignes budgétaires pluriannuelles',
  'resource.multi-year-budgeting.what':
    'Le numérique éducatif dispose de ses propres lignes dans le budget de l’éducation et dans le plan sectoriel, programmées sur plusieurs années et couvrant les coûts de fonctionnement, pas seulement les investissements.',
  'resource.multi-year-budgeting.use':
    'Toujours : c’est ce qui permet à tout le reste de continuer une fois les projets pilotes et les projets des bailleurs terminés.',
  'resource.multi-year-budgeting.watch':
    'Des lignes coupées en premier lors d’une année difficile, et des coûts récurrents oubliés dans le plan.',

  // ── Avis ──
  'feedback.title': 'Avis',
  'feedback.lead':
    'Dites aux organisateurs ce que vous avez pensé des questions, de la manière dont l’évaluation a été menée et de son utilité. Votre avis est enregistré avec votre évaluation et inclus lorsque vous l’exportez.',
  'feedback.for': 'Avis sur « {label} ».',
  'feedback.questions': 'Les questions',
  'feedback.questions.hint':
    'Étaient-elles claires, pertinentes pour votre pays et d’un niveau de détail adapté ?',
  'feedback.methods': 'La méthode',
  'feedback.methods.hint':
    'La manière dont l’évaluation a été menée : un pilier à la fois, les niveaux, la marche des galeries, les approfondissements.',
  'feedback.usefulness': 'L’utilité',
  'feedback.usefulness.hint': 'L’utilité des résultats et du plan pour votre travail.',
  'feedback.scale.1': '1 – Insuffisant',
  'feedback.scale.2': '2 – Passable',
  'feedback.scale.3': '3 – Bien',
  'feedback.scale.4': '4 – Très bien',
  'feedback.scale.5': '5 – Excellent',
  'feedback.comment': 'Commentaires et suggestions',
  'feedback.save': 'Enregistrer mon avis',
  'feedback.saved': 'Merci : votre avis est enregistré avec votre évaluation.',
  'feedback.csv': 'Télécharger l’avis (CSV)',
  'feedback.export': 'Exporter l’évaluation avec son avis',
  'feedback.lastSaved': 'Dernier enregistrement le {date}.',
  'feedback.onQuestions.title': 'Avis sur des questions précises',
  'feedback.onQuestions.count':
    '{count, plural, =0 {Aucun pour l’instant : pendant que vous répondez, ouvrez « Avis sur cette question » sous une question pour dire qu’elle n’est pas claire, pas pertinente ou qu’il y manque quelque chose.} one {Vous avez donné votre avis sur une question :} many {Vous avez donné votre avis sur # questions :} other {Vous avez donné votre avis sur # questions :}}',
  'feedback.downloads.title': 'Pour les organisateurs',
  'feedback.downloads.intro':
    'Téléchargez tout votre avis, sur les questions et dans ce formulaire, dans un fichier à remettre aux organisateurs. Le fichier est créé dans votre navigateur : rien n’est envoyé.',
  'feedback.json': 'Télécharger l’avis (JSON)',

  // ── Partage ──
  'share.title': 'Évaluation partagée',
  'share.lead':
    'Quelqu’un a partagé une évaluation avec vous. Les réponses voyagent dans le lien ; rien n’a été téléchargé depuis un serveur.',
  'share.reading': 'Lecture du lien…',
  'share.summary':
    '{role}, {answered, number, integer} sur {total, number, integer} questions traitées.',
  'share.save': 'Enregistrer dans mes évaluations',
  'share.workshop': 'Ajouter à l’atelier',
  'share.saved': 'Enregistrée sous le nom « {label} ».',
  'share.alreadyWorkshop': 'Ces réponses sont déjà dans l’atelier : rien n’a été ajouté.',
  'share.addedWorkshop': 'Ajoutée à l’atelier.',
  'share.openResults': 'Ouvrir ses résultats',
  'share.openWorkshop': 'Ouvrir l’atelier',
  'share.error.empty':
    'Ce lien ne contient aucune évaluation. Demandez le lien complet, y compris la partie qui suit le signe #.',
  'share.error.not-a-code': 'Ce n’est pas un code de partage de cet outil.',
  'share.error.damaged':
    'Ce code de partage est endommagé ou incomplet : il a peut-être été coupé lors de la copie.',
  'share.error.too-large':
    'Ce lien contient plus de {size} de réponses, davantage qu’aucune évaluation n’en contient : il n’a pas été ouvert.',
  'share.tooLarge':
    'Cette évaluation est trop volumineuse pour être partagée par un lien (plus de {size}). Exportez-la plutôt dans un fichier.',

  // ── Erreurs d’importation ──
  'import.carried':
    '{count, plural, one {L’une d’elles a été faite} many {# d’entre elles ont été faites} other {# d’entre elles ont été faites}} avec la version {versions} du cadre et reportée{count, plural, one {} many {s} other {s}} vers la version {version} : les réponses aux questions qui ont changé sont à vérifier ou à redonner, comme le questionnaire l’indique.',
  'import.otherVersion':
    '{count, plural, one {L’une d’elles a été faite} many {# d’entre elles ont été faites} other {# d’entre elles ont été faites}} avec la version {versions} du cadre ; ce site {count, plural, one {la note} many {les note} other {les note}} avec la version {version} : des réponses à des questions qui ont changé peuvent manquer.',
  'import.error.title': 'Ce fichier n’a pas pu être importé',
  'import.error.empty': 'Le fichier est vide, ou ne contient aucune évaluation.',
  'import.error.too-large':
    'Le fichier est trop volumineux pour être un fichier d’évaluation (plus de {size}).',
  'import.error.invalid-json':
    'Le fichier n’est pas du JSON lisible : il est peut-être endommagé, tronqué, ou ce n’est pas un fichier d’évaluation.',
  'import.error.not-dtc':
    'Ce n’est pas un fichier d’évaluation de cet outil (*.dtc.json, ou fichier de réponses).',
  'import.error.unsupported-version':
    'Le fichier est dans une version de format que ce site ne sait pas lire (produit par une autre version de l’outil).',
  'import.error.earlier-unavailable':
    'Le fichier contient des réponses à une version antérieure du cadre, et la partie du site qui les lit n’a pas pu être chargée. Connectez-vous à Internet et réessayez.',
  'import.error.framework-mismatch':
    'Le fichier contient des réponses à un autre cadre, dont ce site ne dispose pas.',
  'import.error.invalid':
    '{count, plural, one {Le fichier présente un problème :} many {Le fichier présente # problèmes :} other {Le fichier présente # problèmes :}}',
  'import.error.more':
    '{count, plural, one {et un autre problème} many {et # autres problèmes} other {et # autres problèmes}}',
  'import.error.titleFor': 'Ce fichier n’a pas pu être importé : {name}',
  'import.progress.start':
    '{count, plural, one {Lecture d’un fichier…} many {Lecture de # fichiers…} other {Lecture de # fichiers…}}',
  'import.progress.label': 'Fichiers lus : {done} sur {total}',
  'import.cancel': 'Annuler l’importation',
  'import.cancelled':
    'Importation annulée : rien n’a été ajouté, et ce qui était déjà enregistré reste inchangé.',
  'import.tooManyFiles':
    '{count, plural, one {# fichier a été choisi} many {# fichiers ont été choisis} other {# fichiers ont été choisis}}, mais {max} au plus peuvent être importés à la fois. Rien n’a été importé : importez-les en plusieurs fois.',

  // ── Équipes pays ──
  'team.list.title': 'Équipes pays',
  'team.list.lead':
    'Une équipe pays construit un seul plan à partir des réponses de ses membres : choisir les membres, voir le résultat de l’équipe, choisir ensemble les priorités et écrire le plan. Tout reste dans ce navigateur.',
  'team.list.none': 'Aucune équipe pays pour l’instant.',
  'team.new.title': 'Créer une équipe pays',
  'team.new.submit': 'Créer l’équipe',
  'team.field.name': 'Nom de l’équipe',
  'team.field.name.error': 'Donnez un nom à l’équipe.',
  'team.field.country': 'Pays',
  'team.toGallery': 'Aller à la galerie',
  'team.toWorkshop': 'Retour à l’atelier',
  'team.back': 'Toutes les équipes pays',
  'team.title': 'Équipe pays : {name}',
  'team.lead':
    'Choisissez les membres de l’équipe, regardez le résultat de l’équipe, choisissez ensemble trois priorités et écrivez un seul plan. Fusionnez plus bas le plan écrit sur un autre ordinateur.',
  'team.details.title': 'L’équipe',
  'team.members.title': 'Membres',
  'team.members.legend': 'Participants de l’atelier dans cette équipe',
  'team.members.none':
    'L’atelier n’a encore aucun participant : importez les fichiers de réponses des membres.',
  'team.members.import': 'Importer les réponses des membres (.dtc.json)',
  'team.members.importHint': 'Ils rejoignent l’atelier et cette équipe.',
  'team.members.imported':
    '{count, plural, =0 {Aucun membre ajouté.} one {Un membre ajouté.} many {# membres ajoutés.} other {# membres ajoutés.}}',
  'team.members.count':
    '{count, plural, =0 {Aucun membre pour l’instant.} one {# membre dans l’équipe.} many {# membres dans l’équipe.} other {# membres dans l’équipe.}}',
  'team.result.title': 'Le résultat de l’équipe',
  'team.priorities.title': 'Priorités choisies ensemble',
  'team.priorities.hint':
    'Classées d’après les réponses du premier membre ; l’équipe en choisit trois, quel que soit leur rang.',
  'team.priorities.noMembers': 'Ajoutez des membres à l’équipe pour choisir ses priorités.',
  'team.plan.title': 'Le plan de l’équipe',
  'team.export.title': 'Garder le plan',
  'team.export.json': 'Télécharger le plan de l’équipe (JSON)',
  'team.export.word': 'Télécharger le plan de l’équipe (Word)',
  'team.export.excel': 'Télécharger le plan de l’équipe (Excel)',
  'team.exported': 'Le plan a été téléchargé.',
  'team.delete': 'Supprimer cette équipe',
  'team.merge.title': 'Fusionner le plan d’un autre ordinateur',
  'team.merge.lead':
    'Toutes les actions des deux plans sont gardées. Là où les deux plans diffèrent sur un même point, les deux versions sont présentées côte à côte : choisissez-en une pour chacun, puis appliquez.',
  'team.merge.file': 'Le plan de l’autre ordinateur (JSON)',
  'team.merge.fileHint': 'Un plan du même pays, téléchargé depuis cette page ou la page Plan.',
  'team.merge.button': 'Choisir un plan…',
  'team.merge.ready':
    '{added, plural, =0 {Aucune nouvelle action.} one {Une nouvelle action.} many {# nouvelles actions.} other {# nouvelles actions.}} {conflicts, plural, =0 {Aucun conflit.} one {Un conflit à trancher.} many {# conflits à trancher.} other {# conflits à trancher.}}',
  'team.merge.summary':
    'Fusion : {added, plural, =0 {aucune nouvelle action} one {une nouvelle action} many {# nouvelles actions} other {# nouvelles actions}}, {conflicts, plural, =0 {aucun conflit} one {un conflit à trancher} many {# conflits à trancher} other {# conflits à trancher}}.',
  'team.merge.actionField': 'Action « {action} » : {field}',
  'team.merge.planField': 'Plan : {field}',
  'team.merge.planFieldOf': 'Plan : {field} ({key})',
  'team.merge.mine': 'Cet ordinateur',
  'team.merge.theirs': 'L’autre ordinateur',
  'team.merge.empty': '(vide)',
  'team.merge.apply': 'Appliquer la fusion',
  'team.merge.cancel': 'Annuler la fusion',
  'team.merge.applied': 'Le plan fusionné a été enregistré.',
  'team.merge.missing':
    '{count, plural, one {Un conflit n’est pas encore tranché : choisissez une version.} many {# conflits ne sont pas encore tranchés : choisissez une version pour chacun.} other {# conflits ne sont pas encore tranchés : choisissez une version pour chacun.}}',
  'team.merge.cannotApply': 'Le plan fusionné ne tient pas : choisissez d’autres versions',
  'team.merge.refused': 'Ce plan ne peut pas être fusionné',
  'team.merge.differentCountry':
    'C’est un plan de {theirs} ; le plan de cette équipe est de {mine}.',
  'team.merge.differentFramework': 'Il a été écrit pour un autre cadre.',
  'team.field.title': 'titre',
  'team.field.priority': 'priorité',
  'team.field.pillar': 'pilier',
  'team.field.horizon': 'horizon',
  'team.field.owner': 'responsable',
  'team.field.targetLevel': 'niveau visé',
  'team.field.outcome': 'résultat éducatif',
  'team.field.notes': 'notes',
  'team.field.status': 'état',
  'team.field.lead': 'institution chef de file',
  'team.field.partners': 'partenaires',
  'team.field.cost': 'coût',
  'team.field.funding': 'financement',
  'team.field.indicators': 'indicateurs',
  'team.field.milestones': 'jalons',
  'team.field.dependsOn': 'dépend de',
  'team.field.alignment': 'alignement',
  'team.field.risks': 'risques',
  'team.field.period': 'période',
  'team.field.currency': 'monnaie',
  'team.field.priorities': 'priorités',
  'team.field.framework': 'version du cadre',
  'team.field.pillarPriorities': 'priorité du pilier',
  'team.field.team': 'membre de l’équipe',

  'team.value.cost':
    '{amount}, {kind}, {years}{budgeted, select, yes {, inscrit au budget} other {}}',
  'team.value.kind.capital': 'investissement',
  'team.value.kind.recurrent': 'dépense récurrente',
  'team.value.share': '{share, number, integer} % du coût',
  'team.value.funding': '{source} : {amount} ({status})',
  'team.value.status.secured': 'acquis',
  'team.value.status.requested': 'demandé',
  'team.value.status.gap': 'à trouver',
  'team.value.role.funding': 'financement',
  'team.value.role.delivery': 'mise en œuvre',
  'team.value.role.technical': 'appui technique',
  'team.value.action.planned': 'prévue',
  'team.value.action.in-progress': 'en cours',
  'team.value.action.done': 'terminée',
  'team.value.action.dropped': 'abandonnée',
  'team.value.indicator': '{name} : {value} {unit} en {year}',
  'team.value.quarter': 'T{quarter} {year}',
  'team.value.milestone': '{what} ({when})',
  'team.value.partner': '{name} ({role})',
  'team.value.member': '{name} ({role})',

  // ── Galerie ──
  'gallery.title': 'Galerie',
  'gallery.lead':
    'Une affiche par équipe pays, à imprimer en A3 ou à montrer à la salle, puis tous les plans côte à côte par pilier.',
  'gallery.none': 'Aucune équipe pays pour l’instant.',
  'gallery.toTeams': 'Créer une équipe pays',
  'gallery.slideshow': 'Présenter en diaporama',
  'gallery.print': 'Imprimer les affiches (A3)',
  'gallery.teamOf': '{name} ({country})',
  'gallery.radar': 'Scores par pilier de {name}',
  'gallery.priorities': 'Trois priorités',
  'gallery.noPriorities': 'Aucune priorité choisie pour l’instant.',
  'gallery.actions': 'Actions phares',
  'gallery.noActions': 'Aucune action pour l’instant.',
  'gallery.horizon.short': 'court terme',
  'gallery.horizon.medium': 'moyen terme',
  'gallery.horizon.long': 'long terme',
  'gallery.total': 'Coût total :',
  'gallery.noCost': 'pas encore chiffré',
  'gallery.gap': 'Besoin de financement :',
  'gallery.slide': 'Affiche {index, number, integer} sur {count, number, integer}',
  'gallery.previous': 'Précédente',
  'gallery.next': 'Suivante',
  'gallery.close': 'Fermer le diaporama',
  'gallery.keys': 'Flèches : affiche précédente et suivante. Échap : fermer.',
  'gallery.table.title': 'Les plans côte à côte',
  'gallery.table.lead':
    'Chaque pilier avec les actions de chaque équipe, et là où un financement manque encore.',
  'gallery.table.caption': 'Actions de chaque équipe pays, par pilier',
  'gallery.table.pillar': 'Pilier',
  'gallery.table.all': 'Toutes les équipes',
  'gallery.table.noGap': 'Aucun besoin de financement',
  'gallery.table.none': 'Aucune action',
  'gallery.table.gap': 'Besoin de financement : {amount}',
  // ── Salles d’atelier ──
  'workshop.rooms.title': 'Travailler en direct dans une salle',
  'workshop.rooms.lead':
    'Avec un serveur de salles sur le réseau du lieu, chaque participant répond sur son propre ordinateur, les équipes rédigent leur plan ensemble, et tout parvient à l’animateur au fil du travail, même si le réseau tombe un moment.',
  'workshop.rooms.open': 'Ouvrir une salle (animateur)',
  'workshop.rooms.join': 'Rejoindre une salle (participant)',
  'room.title': 'Salle d’atelier',
  'join.title': 'Rejoindre une salle',

  // ── Page introuvable ──
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a aucune page à cette adresse.',
  'notFound.home': 'Aller à la page d’accueil',
};
