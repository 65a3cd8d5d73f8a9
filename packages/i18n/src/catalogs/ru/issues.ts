import type { IssuesMessages } from '../en/index.js';

export const issues: IssuesMessages = {
  'issue.invalid-type':
    '{found, select, nothing {Отсутствует обязательное значение ({expected, select, string {текст} number {число} int {целое число} boolean {true или false} array {список} object {группа полей} record {группа полей} other {{expected}}}).} other {Ожидалось: {expected, select, string {текст} number {число} int {целое число} boolean {true или false} array {список} object {группа полей} record {группа полей} other {{expected}}}; получено: {found, select, string {текст} number {число} boolean {true или false} array {список} object {группа полей} null {пустое значение} other {{found}}}.}}',
  'issue.too-small':
    '{origin, select, string {Слишком короткий текст: нужно не менее {minimum, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.} array {Слишком мало элементов: нужно не менее {minimum, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.} other {{inclusive, select, no {Значение должно быть больше {minimum, number}.} other {Значение должно быть не меньше {minimum, number}.}}}}',
  'issue.too-big':
    '{origin, select, string {Слишком длинный текст: допускается не более {maximum, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.} array {Слишком много элементов: допускается не более {maximum, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.} record {Слишком много записей: допускается не более {maximum, plural, one {# записи} few {# записей} many {# записей} other {# записи}}.} document {Файл слишком велик для проверки: более {maximum, number} списков и групп полей.} other {{inclusive, select, no {Значение должно быть меньше {maximum, number}.} other {Значение должно быть не больше {maximum, number}.}}}}',
  'issue.invalid-value': 'Ожидалось одно из значений {expected}; получено: {found}.',
  'issue.invalid-union':
    '{discriminator, select, yes {Неизвестное или отсутствующее поле «{key}» (получено: {found}).} other {Это значение не соответствует ни одной из допустимых форм (получено: {found}).}}',
  'issue.invalid-format':
    '{pattern, select, locale {Ожидался языковой тег в каноническом написании, например «en», «fr-CA» или «zh-Hant».} id {Ожидался идентификатор из строчных латинских букв, цифр и дефисов, например «data-evidence».} semver {Ожидался номер версии, например «1.0.0».} timestamp {Ожидались дата и время, например «2026-03-25T09:30:00Z».} country {Ожидался трехбуквенный код страны, например «SEN».} currency {Ожидался трехбуквенный код валюты, например «XOF».} url {Ожидалась веб-ссылка, например «https://example.org/report.pdf».} nonEmpty {Введите текст.} other {Значение не в ожидаемом формате ({format}).}}',
  'issue.not-multiple-of': 'Ожидалось число, кратное {divisor, number}.',
  'issue.unrecognized-keys':
    '{count, plural, one {Поле, неизвестное этому инструменту: {keys}.} few {Поля, неизвестные этому инструменту: {keys}.} many {Поля, неизвестные этому инструменту: {keys}.} other {Поля, неизвестные этому инструменту: {keys}.}}',
  'issue.invalid-key':
    '«{key}» — недопустимое имя в этом месте{pattern, select, locale {: ожидался языковой тег, например «en» или «fr-CA».} id {: ожидался идентификатор, например «data-evidence».} textKey {: ожидался ключ текста, например «pillar.data-evidence.title» или «question.emis-coverage.level.2».} other {.}}',
  'issue.invalid-json': 'Текст не является допустимым JSON.',
  'issue.unreadable': 'Не удалось прочитать данные.',
  'issue.unsupported-version':
    'Версия формата {found} не поддерживается: этот инструмент читает версию {expected}.',
  'issue.duplicate-id': 'Идентификатор «{id}» используется дважды.',
  'issue.missing-translation': 'Отсутствует текст на языке «{locale}».',
  'issue.level-order':
    'Уровни должны нумероваться по порядку начиная с 1: ожидался {expected, number}, получен {found, number}.',
  'issue.level-out-of-range':
    'Уровень вне шкалы: ожидалось одно из значений {expected}, получено {found}.',
  'issue.duplicate-level': 'Уровень {level, number} описан дважды.',
  'issue.missing-descriptor': 'У уровня {level, number} нет описания.',
  'issue.reserved-id':
    '«{id}» — это ответ «Неприменимо» или «Затрудняюсь ответить»: задайте этому варианту другой идентификатор.',
  'issue.unknown-question': 'Вопрос, которого нет в этой рамочной модели («{question}»).',
  'issue.framework-mismatch': 'Создано для другой рамочной модели («{found}», а не «{expected}»).',
  'issue.unknown-option':
    'Вариант, которого нет в этом вопросе: ожидалось одно из значений {expected}, получено {found}.',
  'issue.invalid-boolean': 'Ожидалось «да» или «нет», получено {found}.',
  'issue.invalid-text': 'Ожидался текст.',
  'issue.text-too-long':
    'Текст длиннее, чем допускает вопрос (не более {maximum, plural, one {# символа} few {# символов} many {# символов} other {# символа}}).',
  'issue.na-not-allowed': '«Неприменимо» — недопустимый ответ на этот вопрос.',
  'issue.dont-know-not-allowed': '«Затрудняюсь ответить» — недопустимый ответ на этот вопрос.',
  'issue.unknown-component': 'В этой рамочной модели нет компонента «{id}».',
  'issue.unknown-pillar': 'В этой рамочной модели нет направления «{id}».',
  'issue.unknown-outcome': 'В этой рамочной модели нет результата в сфере образования «{id}».',
  'issue.missing-text': 'Нет текста на языке «{locale}» для «{key}».',
  'issue.unknown-text':
    'Текст «{key}» на языке «{locale}» не относится ни к одному элементу этой рамочной модели.',
  'issue.framework-version-mismatch':
    'Создано для версии {found} этой рамочной модели, а не для версии {expected}.',
  'issue.invalid-range': '{from} позже, чем {to}: начало не может быть позже окончания.',
  'issue.amount-or-share':
    'Для строки финансирования нужна либо сумма, либо доля стоимости, но не то и другое сразу.',
  'issue.unknown-action': 'В этом плане нет мероприятия «{id}».',
  'issue.dependency-cycle':
    'Эти мероприятия по кругу ожидают друг друга: {cycle}. Удалите одну из связей.',
  'issue.component-not-in-pillar': 'Компонент «{id}» не относится к направлению «{pillar}».',
  'issue.upgraded':
    'Этот план был составлен в прежнем формате и обновлен; сохраните его, чтобы закрепить новый формат.',
  'issue.priority-without-action': 'Приоритету «{id}» пока не служит ни одно мероприятие.',
  'issue.pillar-priority-without-action':
    'Приоритету «{id}», выбранному для его направления, пока не служит ни одно мероприятие.',
  'issue.horizon-without-action':
    'Нет мероприятий в {horizon, select, short {краткосрочной перспективе} medium {среднесрочной перспективе} other {долгосрочной перспективе}}.',
  'issue.single-pillar':
    'Каждое мероприятие реализуется в рамках одного направления, а направления зависят друг от друга.',
  'issue.action-without-indicator':
    'У этого мероприятия нет показателя, по которому можно отслеживать прогресс.',
  'issue.funding-gap':
    'Дефицит финансирования: {gap, number} {currency} еще не обеспечены и не запрошены.',
  'issue.milestone-after-end':
    'Эта контрольная точка ({year}) приходится на период после окончания плана ({end}).',
  'issue.currency-differs':
    'Стоимость указана в {found}, а валюта плана — {expected}: ее итоги показаны отдельно.',
  'issue.unknown-feedback-question':
    'Отзыв о вопросе, которого нет в этой рамочной модели («{question}»).',
  'issue.duplicate-feedback':
    'Отзыв о вопросе «{question}» указан дважды: оставьте по одному отзыву на вопрос.',
  'issue.duplicate-kind': '«{kind}» указано дважды для одного и того же вопроса.',
  'issue.empty-feedback':
    'Отзыв о вопросе «{question}» пуст: выберите, что не так, или напишите комментарий.',
  'issue.too-many-issues':
    '{count, plural, one {И еще # проблема, не показанная здесь.} few {И еще # проблемы, не показанные здесь.} many {И еще # проблем, не показанных здесь.} other {И еще # проблемы, не показанные здесь.}}',
  'issue.other': 'Это значение недопустимо.',
};
