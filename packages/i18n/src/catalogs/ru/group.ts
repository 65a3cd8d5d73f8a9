import type { GroupMessages } from '../en/index.js';

export const group: GroupMessages = {
  'group.empty': 'Добавьте хотя бы одного участника, чтобы увидеть результаты группы.',
  'group.participant': 'Участник {n, number, integer}',
  'group.scope.label': 'Направления для просмотра',
  'group.scope.all': 'Все направления',
  'group.radars.title': 'Все лепестковые диаграммы вместе',
  'group.radars.intro':
    'Баллы каждого участника: сначала все на одной диаграмме, затем рядом друг с другом.',
  'group.radars.overlay': 'Все участники на одной лепестковой диаграмме',
  'group.pages.label': 'Показанные участники',
  'group.pages.previous': 'Предыдущие участники',
  'group.pages.next': 'Следующие участники',
  'group.pages.choose': 'Участники',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    'Участники с {from, number, integer} по {to, number, integer} из {total, number, integer} показаны рядом друг с другом и в галерее.',
  'group.heatmap.title': 'Галерея: общие сильные стороны и проблемы',
  'group.heatmap.intro':
    'Каждый компонент (строки) у каждого участника (столбцы). Ищите строки, сильные или слабые почти у всех; значок отмечает компоненты, по которым мнения групп ниже расходятся.',
  'group.strengths': 'Общие сильные стороны',
  'group.challenges': 'Общие проблемы',
  'group.none': 'Пока ничего не выделяется.',
  'group.component.mean': '{component} ({pillar}): среднее {mean, number, integer}/100',
  'group.groups.title': 'Мнения по группам',
  'group.groups.by': 'Группировать по',
  'group.groups.byValue': 'Группировка: {group}',
  'group.groups.role': 'Роль',
  'group.groups.country': 'Страна',
  'group.groups.caption': 'Средние баллы по направлениям; группировка: {by}',
  'group.groups.item': '{name} ({n, number, integer})',
  'group.unknown.role': 'Роль не указана',
  'group.unknown.country': 'Не указана',
  'group.divergence.title': 'Где мнения расходятся',
  'group.divergence.intro':
    'Компоненты, по которым средние баллы групп различаются на {threshold, plural, one {# балл} few {# балла} many {# баллов} other {# балла}} и более.',
  'group.divergence.item':
    '{component} ({pillar}): {high} {highScore, number, integer} против {low} {lowScore, number, integer}',
  'group.divergence.none': 'Сильных расхождений между группами нет.',
};
