import type { CommonMessages } from '../en/index.js';

export const common: CommonMessages = {
  'common.loading': '正在加载…',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.remove': '移除',
  'common.notScored': '未评分',
  'common.score': '得分{score, number, integer}分（满分100分）',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': '第{level, number, integer}级：{label}',
  'common.error.title': '出现错误',
  'common.error.fetch': '无法加载位于{url}的文件（{detail}）。',
  'common.error.issue': '{path}：{message}',
  'common.error.moreIssues': '{count, plural, other {另有#个问题}}',
  'common.inParentheses': '（{text}）',
  'common.listSeparator': '、',
};
