import type { ResultsMessages } from '../en/index.js';

export const results: ResultsMessages = {
  'results.title': 'Ваши результаты',
  'results.empty':
    'Ответов пока нет. Результаты появятся здесь по мере того, как вы будете отвечать на вопросы.',
  'results.partial':
    'Эти результаты основаны на {share, number, percent} вопросов: по мере появления новых ответов они могут измениться.',
  'results.overall': 'Общий уровень',
  'results.coverage': 'Охват',
  'results.coverage.value':
    'Отвечено на {answered, number, integer} из {applicable, plural, one {# вопроса} few {# вопросов} many {# вопросов} other {# вопроса}} ({share, number, percent})',
  'results.coverage.detail':
    '{na, plural, =0 {Ни один вопрос не отмечен} one {# вопрос отмечен} few {# вопроса отмечены} many {# вопросов отмечено} other {# вопроса отмечено}} как «Неприменимо»; {dk, plural, =0 {ни на один вопрос не дан ответ} one {на # вопрос дан ответ} few {на # вопроса дан ответ} many {на # вопросов дан ответ} other {на # вопроса дан ответ}} «Затрудняюсь ответить».',
  'results.balance': 'Сбалансированность направлений',
  'results.balance.value':
    '{index, number, integer} из 100 (100 — все направления на одном уровне)',
  'results.balance.detail':
    'Самое сильное направление — {strongest}; самое слабое — {weakest}; разрыв составляет {spread, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}.',
  'results.balance.even': 'У всех направлений, получивших баллы, одинаковый балл.',
  'results.balance.none': 'Для оценки сбалансированности нужны баллы хотя бы по двум направлениям.',
  'results.priorities': 'С чего начать',
  'results.priorities.intro':
    'Компоненты ранжированы по срочности: место в списке повышают низкий уровень, отставание от остальной части направления, слабое или базовое направление и отсутствие ответов.',
  'results.reasons': 'Почему он на этом месте',
  'results.reason.low-level': 'Низкий уровень зрелости.',
  'results.reason.below-pillar': 'Отстает от остальных компонентов своего направления.',
  'results.reason.weakest-pillar': 'Относится к самому слабому направлению.',
  'results.reason.foundational':
    'Его направление является базовым: на него опираются остальные направления.',
  'results.reason.low-coverage': 'Ответы даны лишь на немногие из его вопросов.',
  'results.reason.not-assessed': 'Он еще не оценивался.',
  'results.reason.low-confidence': 'Ответы на его вопросы даны с низкой уверенностью.',
  'results.compare.title': 'Что изменилось',
  'results.compare.before': 'До',
  'results.compare.after': 'После',
  'results.compare.change': 'Изменение',
  'results.compare.item': 'Направление или компонент',
  'results.compare.overall': 'В целом: {before} → {after} ({delta}).',
  'results.compare.improved': 'Улучшение: {names}.',
  'results.compare.declined': 'Ухудшение: {names}.',
  'results.compare.unchanged': 'Баллы компонентов не изменились.',
  'results.compare.empty': 'Для сравнения нужны два результата.',
  'results.compare.notComparable':
    'Эти результаты получены по разным версиям рамочной модели: сравнивайте их с осторожностью.',
  'results.compare.up':
    'рост на {points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}',
  'results.compare.down':
    'снижение на {points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}',
  'results.compare.same': 'без изменений',
  'results.compare.levelChange': 'уровень {before} → {after}',
  'results.compare.scoreLevel': '{score} ({level})',
  'results.report.title': 'Отчет о самооценке',
  'results.report.print': 'Распечатать или сохранить в PDF',
  'results.report.framework': 'Рамочная модель',
  'results.report.frameworkVersion': '{name} ({version})',
  'results.report.respondent': 'Респондент',
  'results.report.country': 'Страна',
  'results.report.date': 'Дата',
  'results.report.chosen': 'Выбранные приоритеты',
  'results.report.plan': 'План действий',
  'results.report.noPlan': 'Плана действий пока нет.',
  'results.report.comments': 'Комментарии и подтверждающие материалы',
  'results.report.noComments': 'Комментарии и подтверждающие материалы не представлены.',
  'results.report.question': '{component}: {question}',
  'results.report.evidence': 'Подтверждающие материалы:',
  'results.report.empty': 'Отчитываться пока не о чем: сначала ответьте на несколько вопросов.',
};
