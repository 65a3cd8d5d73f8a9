/**
 * Les messages des pages de salle d’atelier en français. Le type garantit qu’aucune clé de l’anglais ne manque.
 */
import type { en } from './en.js';

export const fr: Record<keyof typeof en, string> = {
  // ── Page de l’animateur ──
  'room.checking': 'Recherche du serveur de salles…',
  'room.noServer':
    'Aucun serveur de salles ne répond à cette adresse : les salles ne sont donc pas disponibles ici. Le reste du site fonctionne comme d’habitude.',
  'room.noServer.how':
    'Pour animer un atelier dans une salle, l’animateur lance le serveur de salles sur son ordinateur avec cette commande, puis chacun ouvre l’adresse qu’elle affiche :',
  'room.toWorkshop': 'Retour à l’atelier',
  'room.open.lead':
    'Ouvrez une salle pour votre atelier : les participants la rejoignent avec un code ou un code QR, et leurs réponses, les plans de leurs équipes et leurs avis vous parviennent au fil du travail.',
  'room.open.title': 'Ouvrir une salle',
  'room.open.name': 'Titre de l’atelier',
  'room.open.title.error': 'Donnez un titre à l’atelier.',
  'room.open.teams': 'Équipes',
  'room.open.teams.hint': 'Un nom d’équipe par ligne, par exemple une par pays.',
  'room.open.teams.error': 'Nommez au moins une équipe.',
  'room.open.key': 'Clé pour ouvrir des salles sur ce serveur',
  'room.open.key.hint': 'La personne qui gère le serveur de salles la remet aux animateurs.',
  'room.open.framework': 'La salle utilise le cadre de ce site, en {language}.',
  'room.open.submit': 'Ouvrir la salle',
  'room.opened': 'La salle « {title} » est ouverte.',
  'room.lead':
    'Les participants rejoignent la salle avec le code ci-dessous. Leurs réponses, les plans de leurs équipes et leurs avis s’affichent ici au fil du travail.',
  'room.code.title': 'Comment les participants rejoignent la salle',
  'room.code.lead': 'Code de la salle :',
  'room.code.expires': 'Ce code est valable jusqu’au {date}.',
  'room.code.link': 'Ils peuvent aussi ouvrir ce lien ou scanner le code QR :',
  'room.code.copy': 'Copier le lien pour rejoindre',
  'room.code.new': 'Nouveau code',
  'room.code.renewed': 'Nouveau code de la salle : {code}. L’ancien code ne fonctionne plus.',
  'room.code.localOnly':
    'Cette page est ouverte à une adresse que seul cet ordinateur atteint : le lien et le code QR ne fonctionnent donc sur aucun autre appareil. Ouvrez la page à l’adresse réseau que le serveur de salles a affichée au démarrage.',
  'room.code.unknown': 'Le code de la salle s’affichera quand le serveur de salles répondra.',
  'room.qr.caption': 'Code QR du lien pour rejoindre la salle de code {code}',
  'room.admin.title': 'Votre lien d’administration',
  'room.admin.warning':
    'Gardez ce lien pour vous : quiconque l’a peut voir toutes les réponses de la salle, l’exporter, la fermer et la supprimer. Il vous sert à ouvrir la salle depuis un autre appareil.',
  'room.admin.link': 'Lien d’administration',
  'room.admin.copy': 'Copier le lien d’administration',
  'room.roster.title': 'Participants',
  'room.roster.count':
    '{count, plural, =0 {Personne n’a encore rejoint la salle.} one {# participant a rejoint la salle.} many {# participants ont rejoint la salle.} other {# participants ont rejoint la salle.}}',
  'room.roster.none': 'Communiquez le code : les participants s’affichent ici dès qu’ils arrivent.',
  'room.roster.caption': 'Participants de cette salle',
  'room.roster.name': 'Nom',
  'room.roster.team': 'Équipe',
  'room.roster.answered': 'Réponses',
  'room.roster.feedback': 'Avis',
  'room.roster.progress': '{answered, number, integer} sur {total, number, integer}',
  'room.roster.feedback.yes': 'Donné',
  'room.roster.feedback.no': 'Pas encore',
  'room.group.title': 'Vue du groupe',
  'room.share.group': 'Partager la vue du groupe avec les participants',
  'room.share.group.state.on':
    'Les participants voient maintenant la vue du groupe, sans les noms.',
  'room.share.group.state.off': 'Vous seul voyez la vue du groupe.',
  'room.share.group.on': 'La vue du groupe est partagée avec les participants.',
  'room.share.group.off': 'La vue du groupe n’est plus partagée.',
  'room.plans.title': 'Plans des équipes',
  'room.share.plans': 'Partager les plans avec les participants (galerie)',
  'room.share.plans.state.on': 'Les participants voient maintenant le plan de chaque équipe.',
  'room.share.plans.state.off': 'Chaque équipe ne voit que son propre plan.',
  'room.share.plans.on': 'Le plan de chaque équipe est partagé avec les participants.',
  'room.share.plans.off': 'Les plans ne sont plus partagés.',
  'room.plan.actions': 'Actions',
  'room.plan.untitled': 'Action encore sans titre',
  'room.plan.actionMeta': '{pillar} · {horizon}',
  'room.manage.title': 'La salle',
  'room.export.lead':
    'Exportez la salle : un seul fichier avec chaque réponse, chaque plan et chaque avis, que les pages Atelier et Historique de ce site importent.',
  'room.export': 'Exporter la salle',
  'room.export.label': '{name} ({team})',
  'room.export.done':
    '{count, plural, one {Le fichier contient # participant.} many {Le fichier contient # participants.} other {Le fichier contient # participants.}}',
  'room.export.unfinished':
    '{count, plural, one {Le plan de {team} a # action sans titre ou sans résultat visé : elle n’est pas dans le fichier.} many {Le plan de {team} a # actions sans titre ou sans résultat visé : elles ne sont pas dans le fichier.} other {Le plan de {team} a # actions sans titre ou sans résultat visé : elles ne sont pas dans le fichier.}}',
  'room.close.lead':
    'Fermer la salle empêche les participants de modifier quoi que ce soit ; vous pouvez toujours la consulter, l’exporter et la supprimer.',
  'room.close': 'Fermer la salle',
  'room.closed': 'La salle est fermée : les participants ne peuvent plus modifier leurs réponses.',
  'room.forget': 'Quitter la salle sur cet appareil',
  'room.delete.lead':
    'Supprimer la salle l’efface définitivement du serveur, avec tout son contenu. Exportez-la d’abord si vous en avez besoin.',
  'room.delete': 'Supprimer la salle',
  'room.delete.confirm':
    'Supprimer cette salle et toutes les réponses, tous les plans et tous les avis qu’elle contient ? Cette action est irréversible.',
  'room.delete.yes': 'Supprimer définitivement la salle',
  'room.deleted': 'La salle a été supprimée du serveur et de cet appareil.',
  'room.gone': 'Cette salle n’existe plus sur le serveur : elle a été supprimée.',
  'room.gone.forget': 'Ouvrir une autre salle',
  'room.status.connecting': 'Connexion à la salle…',
  'room.status.online': 'En ligne : tout est enregistré dans la salle.',
  'room.status.waiting':
    '{count, plural, one {En ligne : # modification en cours d’envoi.} many {En ligne : # modifications en cours d’envoi.} other {En ligne : # modifications en cours d’envoi.}}',
  'room.status.offline':
    'Hors ligne : vos réponses sont conservées sur cet appareil et seront envoyées au retour du réseau.',
  'room.status.offlineWaiting':
    '{count, plural, one {Hors ligne : # modification attend sur cet appareil et sera envoyée au retour du réseau.} many {Hors ligne : # modifications attendent sur cet appareil et seront envoyées au retour du réseau.} other {Hors ligne : # modifications attendent sur cet appareil et seront envoyées au retour du réseau.}}',
  'room.refusal.rate-limited':
    'Le serveur de salles reçoit trop de messages de cet appareil : il réessaiera dans quelques secondes.',
  'room.refusal.message-too-large':
    'Le serveur de salles a refusé une modification trop volumineuse. Raccourcissez le dernier texte saisi.',
  'room.refusal.document-too-large':
    'Le serveur de salles a refusé une modification : cette partie de la salle a atteint sa taille maximale. Prévenez l’animateur.',
  'room.refusal.invalid-update':
    'Le serveur de salles a refusé une modification qu’il ne peut pas accepter. Rechargez la page ; prévenez l’animateur si cela se reproduit.',
  'room.refusal.incomplete-update':
    'Une modification de cet appareil est parvenue au serveur de salles avant une précédente : la page renvoie tout.',
  'room.refusal.message-not-accepted': 'Le serveur de salles n’accepte pas ce type de message.',
  'room.refusal.room-closed':
    'L’animateur a fermé cette salle : vos modifications ne sont plus envoyées. Vos réponses sont conservées dans la salle.',
  'room.refusal.room-not-found':
    'Cette salle n’existe plus, ou cet appareil n’en fait plus partie.',
  'room.refusal.other': 'Le serveur de salles a refusé la connexion.',
  'room.error.bad-request':
    'Le serveur de salles n’a pas pu lire cette demande. Vérifiez ce que vous avez saisi.',
  'room.error.open-key-needed':
    'Ouvrir une salle sur ce serveur nécessite sa clé : demandez-la à la personne qui le gère.',
  'room.error.too-many-rooms':
    'Ce serveur a atteint son nombre maximal de salles. Demandez à la personne qui le gère de supprimer d’anciennes salles.',
  'room.error.rate-limited':
    'Trop de tentatives depuis ce réseau. Attendez une minute, puis réessayez.',
  'room.error.code-not-found': 'Aucune salle n’a ce code. Vérifiez-le auprès de l’animateur.',
  'room.error.code-expired': 'Ce code a expiré. Demandez-en un nouveau à l’animateur.',
  'room.error.room-closed': 'Cette salle est fermée.',
  'room.error.room-full': 'Cette salle est complète. Prévenez l’animateur.',
  'room.error.unknown-team': 'Choisissez l’une des équipes de la salle.',
  'room.error.room-not-found': 'Cette salle n’existe plus, ou ce lien ne l’ouvre pas.',
  'room.error.unreachable':
    'Le serveur de salles ne répond pas. Vérifiez le réseau, puis réessayez.',
  'room.error.other': 'Un problème est survenu avec le serveur de salles. Réessayez.',

  // ── Page du participant ──
  'join.lead':
    'Saisissez le code de la salle que vous donne l’animateur, ou ouvrez le lien qu’il partage.',
  'join.code': 'Code de la salle',
  'join.code.hint': 'Dix lettres, par exemple ABCDE-FGHJK.',
  'join.code.error': 'Saisissez le code de la salle.',
  'join.find': 'Trouver la salle',
  'join.found': 'Indiquez qui vous êtes et choisissez votre équipe.',
  'join.name': 'Votre nom',
  'join.name.hint': 'L’animateur le voit ; la vue du groupe montre les réponses sans les noms.',
  'join.name.error': 'Saisissez votre nom.',
  'join.team': 'Votre équipe',
  'join.team.error': 'Choisissez votre équipe.',
  'join.role.choose': 'Choisissez votre rôle',
  'join.role.error': 'Choisissez votre rôle.',
  'join.submit': 'Rejoindre la salle',
  'join.otherCode': 'Utiliser un autre code',
  'join.joined': 'Vous avez rejoint la salle « {title} ».',
  'join.room.lead': 'Vous êtes {name}, dans l’équipe {team}.',
  'join.closed':
    'L’animateur a fermé cette salle : vous pouvez la consulter, mais plus la modifier.',
  'join.parts': 'Parties de la salle',
  'join.answers.title': 'Vos réponses',
  'join.answers.lead':
    'Votre autoévaluation est enregistrée dans la salle à mesure que vous répondez ; l’animateur la voit en direct.',
  'join.plan.title': 'Plan de l’équipe {team}',
  'join.plan.lead':
    'Toute votre équipe rédige ce plan ensemble : les modifications des autres s’affichent au moment où elles sont faites.',
  'join.feedback.title': 'Votre avis',
  'join.feedback.lead':
    'Dites à l’animateur ce que vous pensez des questions, de la méthode et de l’atelier.',
  'join.feedback.saved': 'Merci : votre avis est enregistré dans la salle.',
  'join.shared.title': 'Partagé par l’animateur',
  'join.shared.none':
    'Rien n’est encore partagé. La vue du groupe et les plans des autres équipes apparaîtront ici quand l’animateur les partagera.',
  'join.shared.group': 'Vue du groupe',
  'join.shared.plans': 'Le plan de chaque équipe (galerie)',
  'join.leave.title': 'Quitter la salle',
  'join.leave.lead':
    'Vos réponses restent dans la salle. Sur cet appareil, la page vous demandera de nouveau un code de salle.',
  'join.leave': 'Quitter la salle sur cet appareil',
  'join.left': 'Vous avez quitté la salle sur cet appareil.',
};
