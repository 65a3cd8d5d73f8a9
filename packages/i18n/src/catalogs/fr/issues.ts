import type { IssuesMessages } from '../en/index.js';

export const issues: IssuesMessages = {
  'issue.invalid-type':
    '{found, select, nothing {Une valeur obligatoire manque ({expected, select, string {un texte} number {un nombre} int {un nombre entier} boolean {vrai ou faux} array {une liste} object {un groupe de champs} record {un groupe de champs} other {{expected}}}).} other {Attendu : {expected, select, string {un texte} number {un nombre} int {un nombre entier} boolean {vrai ou faux} array {une liste} object {un groupe de champs} record {un groupe de champs} other {{expected}}} ; trouvé : {found, select, string {un texte} number {un nombre} boolean {vrai ou faux} array {une liste} object {un groupe de champs} null {une valeur vide} other {{found}}}.}}',
  'issue.too-small':
    '{origin, select, string {Trop court : au moins {minimum, plural, one {# caractère} many {# caractères} other {# caractères}}.} array {Trop peu d’éléments : au moins {minimum, plural, one {# élément} many {# éléments} other {# éléments}}.} other {{inclusive, select, no {Doit être supérieur à {minimum, number}.} other {Doit être au moins {minimum, number}.}}}}',
  'issue.too-big':
    '{origin, select, string {Trop long : au plus {maximum, plural, one {# caractère} many {# caractères} other {# caractères}}.} array {Trop d’éléments : au plus {maximum, plural, one {# élément} many {# éléments} other {# éléments}}.} record {Trop d’entrées : au plus {maximum, plural, one {# entrée} many {# entrées} other {# entrées}}.} document {Le fichier est trop volumineux pour être vérifié : plus de {maximum, number} listes et groupes de champs.} other {{inclusive, select, no {Doit être inférieur à {maximum, number}.} other {Doit être au plus {maximum, number}.}}}}',
  'issue.invalid-value': 'Attendu : l’une de ces valeurs, {expected} ; trouvé : {found}.',
  'issue.invalid-union':
    '{discriminator, select, yes {« {key} » est inconnu ou manquant (trouvé : {found}).} other {Cette valeur ne correspond à aucune des formes autorisées (trouvé : {found}).}}',
  'issue.invalid-format':
    '{pattern, select, locale {Attendu : une étiquette de langue dans sa casse canonique, comme « en », « fr-CA » ou « zh-Hant ».} id {Attendu : un identifiant en minuscules, chiffres et tirets, comme « data-evidence ».} semver {Attendu : un numéro de version comme « 1.0.0 ».} timestamp {Attendu : une date et une heure comme « 2026-03-25T09:30:00Z ».} country {Attendu : un code de pays à trois lettres comme « SEN ».} currency {Attendu : un code de devise à trois lettres comme « XOF ».} url {Attendu : un lien web comme « https://example.org/rapport.pdf ».} nonEmpty {Saisissez un texte.} other {Pas au format attendu ({format}).}}',
  'issue.not-multiple-of': 'Attendu : un multiple de {divisor, number}.',
  'issue.unrecognized-keys':
    '{count, plural, one {Un champ que cet outil ne connaît pas : {keys}.} many {Des champs que cet outil ne connaît pas : {keys}.} other {Des champs que cet outil ne connaît pas : {keys}.}}',
  'issue.invalid-key':
    '« {key} » n’est pas un nom valide ici{pattern, select, locale { : attendu une étiquette de langue comme « en » ou « fr-CA ».} id { : attendu un identifiant comme « data-evidence ».} textKey { : attendu une clé de texte comme « pillar.data-evidence.title » ou « question.emis-coverage.level.2 ».} other {.}}',
  'issue.invalid-json': 'Le texte n’est pas du JSON valide.',
  'issue.unreadable': 'Les données n’ont pas pu être lues.',
  'issue.unsupported-version':
    'La version de format {found} n’est pas prise en charge : cet outil lit la version {expected}.',
  'issue.duplicate-id': 'L’identifiant « {id} » est utilisé deux fois.',
  'issue.missing-translation': 'Le texte en « {locale} » manque.',
  'issue.level-order':
    'Les niveaux doivent être numérotés dans l’ordre à partir de 1 : attendu {expected, number}, trouvé {found, number}.',
  'issue.level-out-of-range':
    'Un niveau hors de l’échelle : attendu l’un de {expected}, trouvé {found}.',
  'issue.duplicate-level': 'Le niveau {level, number} est décrit deux fois.',
  'issue.missing-descriptor': 'Le niveau {level, number} n’a pas de description.',
  'issue.reserved-id':
    '« {id} » est la réponse « sans objet » ou « je ne sais pas » : donnez un autre identifiant à l’option.',
  'issue.unknown-question': 'Une question que ce cadre n’a pas (« {question} »).',
  'issue.framework-mismatch': 'Fait pour un autre cadre (« {found} », et non « {expected} »).',
  'issue.unknown-option':
    'Une option que la question ne propose pas : attendu l’une de {expected}, trouvé {found}.',
  'issue.invalid-boolean': 'Attendu : oui ou non ; trouvé : {found}.',
  'issue.invalid-text': 'Attendu : un texte.',
  'issue.text-too-long':
    'Le texte est plus long que la question ne le permet (au plus {maximum, plural, one {# caractère} many {# caractères} other {# caractères}}).',
  'issue.na-not-allowed': '« Sans objet » n’est pas une réponse permise pour cette question.',
  'issue.dont-know-not-allowed':
    '« Je ne sais pas » n’est pas une réponse permise pour cette question.',
  'issue.unknown-component': 'Aucune composante « {id} » dans ce cadre.',
  'issue.unknown-pillar': 'Aucun pilier « {id} » dans ce cadre.',
  'issue.unknown-outcome': 'Aucun résultat éducatif « {id} » dans ce cadre.',
  'issue.missing-text': 'Aucun texte en « {locale} » pour « {key} ».',
  'issue.unknown-text': 'Le texte « {key} » en « {locale} » ne correspond à rien dans ce cadre.',
  'issue.framework-version-mismatch':
    'Fait pour la version {found} de ce cadre, et non la version {expected}.',
  'issue.invalid-range': '{from} vient après {to} : le début ne peut pas être postérieur à la fin.',
  'issue.amount-or-share':
    'Une ligne de financement indique un montant ou une part du coût, pas les deux.',
  'issue.unknown-action': 'Aucune action « {id} » dans ce plan.',
  'issue.dependency-cycle':
    'Ces actions s’attendent l’une l’autre en cercle : {cycle}. Supprimez l’un des liens.',
  'issue.component-not-in-pillar':
    'La composante « {id} » n’appartient pas au pilier « {pillar} ».',
  'issue.upgraded':
    'Ce plan a été écrit dans un format antérieur et a été mis à jour ; enregistrez-le pour conserver le nouveau format.',
  'issue.priority-without-action': 'Aucune action ne sert encore la priorité « {id} ».',
  'issue.pillar-priority-without-action':
    'Aucune action ne sert encore « {id} », la priorité choisie pour son pilier.',
  'issue.horizon-without-action':
    'Aucune action à {horizon, select, short {court terme} medium {moyen terme} other {long terme}}.',
  'issue.single-pillar':
    'Toutes les actions passent par un seul pilier ; or les piliers dépendent les uns des autres.',
  'issue.action-without-indicator': 'Cette action n’a pas d’indicateur pour suivre les progrès.',
  'issue.funding-gap': 'Déficit de financement : {gap, number} {currency} ni acquis ni demandés.',
  'issue.milestone-after-end': 'Ce jalon ({year}) tombe après la fin du plan ({end}).',
  'issue.currency-differs':
    'Le coût est en {found}, le plan en {expected} : ses totaux sont présentés à part.',
  'issue.unknown-feedback-question':
    'Un avis sur une question que ce cadre n’a pas (« {question} »).',
  'issue.duplicate-feedback':
    'La question « {question} » a deux avis : gardez un seul avis par question.',
  'issue.duplicate-kind': '« {kind} » est indiqué deux fois pour la même question.',
  'issue.empty-feedback':
    'L’avis sur « {question} » ne dit rien : cochez ce qui ne va pas ou écrivez un commentaire.',
  'issue.too-many-issues':
    '{count, plural, one {Et # autre problème, non listé ici.} many {Et # autres problèmes, non listés ici.} other {Et # autres problèmes, non listés ici.}}',
  'issue.other': 'Cette valeur n’est pas valide.',
};
