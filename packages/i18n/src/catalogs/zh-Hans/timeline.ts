import type { TimelineMessages } from '../en/index.js';

export const timeline: TimelineMessages = {
  'timeline.label': '计划时间线',
  'timeline.summary':
    '{actions, plural, other {#项行动}}，时间为{from}年至{to}年；{dependencies, plural, =0 {无依赖关系} other {#个依赖关系}}；{milestones, plural, =0 {无里程碑} other {#个里程碑，已完成{done, number}个}}。',
  'timeline.summary.empty': '尚无行动。',
  'timeline.years.one': '{year}年',
  'timeline.years.span': '{from}—{to}年',
  'timeline.when': '{year}年第{quarter}季度',
  'timeline.action': '{title}：{years}；{group}。',
  'timeline.action.fromHorizon': '{title}：{years}（按其期限推算，未填写成本年份）；{group}。',
  'timeline.action.milestones':
    '{count, plural, other {#个里程碑}}，已完成{done, number}个：{list}。',
  'timeline.action.dependsOn': '依赖于：{names}。',
  'timeline.milestone.done': '{what}（{when}，已完成）',
  'timeline.milestone.notDone': '{what}（{when}，未完成）',
  'timeline.legend.cost': '成本所涉年份',
  'timeline.legend.horizon': '期限所涉年份（未填写成本年份）',
  'timeline.legend.done': '已完成的里程碑',
  'timeline.legend.notDone': '未完成的里程碑',
  'timeline.legend.dependency': '依赖关系：箭头指向需要另一项行动先完成的那项行动',
  'timeline.table.action': '行动',
  'timeline.table.milestones': '里程碑',
  'timeline.table.dependsOn': '依赖于',
  'timeline.table.inYear': '已计划',
  'timeline.table.none': '无',
  'timeline.scroll': '各项行动的时间线（可横向滚动）',
};
