import type { GroupMessages } from '../en/index.js';

export const group: GroupMessages = {
  'group.empty': '请至少添加一名参与者，才能查看小组情况。',
  'group.participant': '参与者{n, number, integer}',
  'group.scope.label': '要查看的支柱',
  'group.scope.all': '全部支柱',
  'group.radars.title': '所有雷达图汇总',
  'group.radars.intro': '每位参与者的得分：先全部叠加在一张雷达图上，再逐一并排显示。',
  'group.radars.overlay': '所有参与者叠加在一张雷达图上',
  'group.pages.label': '显示的参与者',
  'group.pages.previous': '上一组参与者',
  'group.pages.next': '下一组参与者',
  'group.pages.choose': '参与者',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    '并排显示及画廊漫步中显示的是第{from, number, integer}–{to, number, integer}位参与者（共{total, number, integer}位）。',
  'group.heatmap.title': '画廊漫步：共同的优势与挑战',
  'group.heatmap.intro':
    '每一行是一个要素，每一列是一位参与者。请留意几乎所有人都较强或都较弱的行；标记表示下方各组看法不一致的要素。',
  'group.strengths': '共同优势',
  'group.challenges': '共同挑战',
  'group.none': '尚无突出项。',
  'group.component.mean': '{component}（{pillar}）：平均{mean, number, integer}/100',
  'group.groups.title': '各组的看法',
  'group.groups.by': '分组依据',
  'group.groups.byValue': '分组依据：{group}',
  'group.groups.role': '角色',
  'group.groups.country': '国家',
  'group.groups.caption': '按{by}划分的各支柱平均得分',
  'group.groups.item': '{name}（{n, number, integer}）',
  'group.unknown.role': '未填写角色',
  'group.unknown.country': '未注明',
  'group.divergence.title': '看法存在分歧之处',
  'group.divergence.intro': '各组平均得分相差{threshold, number, integer}分或以上的要素。',
  'group.divergence.item':
    '{component}（{pillar}）：{high}为{highScore, number, integer}分，{low}为{lowScore, number, integer}分',
  'group.divergence.none': '各组之间没有明显分歧。',
};
