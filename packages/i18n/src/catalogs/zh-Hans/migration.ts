import type { MigrationMessages } from '../en/index.js';

export const migration: MigrationMessages = {
  'migration.title': '您的答案已转入新版本的框架',
  'migration.intro':
    '此答卷是用框架的{from}版填写的，现在以{to}版打开。未改动的问题，其答案已原样转入。',
  'migration.review.title': '{count, plural, other {#个答案需要核对}}',
  'migration.review.intro':
    '以下问题的措辞已修改。您原来的答案已转入：请核对它是否仍然表达您的本意。',
  'migration.unanswered.title': '{count, plural, other {#个问题需要重新回答}}',
  'migration.reason.added': '{count, plural, other {新增的问题}}',
  'migration.reason.split': '{count, plural, other {由原有问题拆分而来的问题}}',
  'migration.reason.merged': '{count, plural, other {合并了原有问题的问题}}',
  'migration.reason.value-not-carried':
    '{count, plural, other {措辞已修改、原答案已无法对应的问题}}',
  'migration.left.title': '{count, plural, other {#个原有答案在此版本中没有对应的问题}}',
  'migration.left.intro':
    '它们对应的问题已被删除或拆分。这些答案按您填写时的原样随答卷保留，但不再计入结果。',
  'migration.note': '原因：{note}',
  'migration.dismiss': '隐藏此通知',
  'migration.blocked.title': '无法在此打开这些答案',
  'migration.blocked.body':
    '这些答案是用框架的{found}版填写的，本页面无法将其转入{expected}版。答案已按原样保留，未作任何改动。',
};
