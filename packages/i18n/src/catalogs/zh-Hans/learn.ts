import type { LearnMessages } from '../en/index.js';

export const learn: LearnMessages = {
  'learn.contents': '本模块内容',
  'learn.whyItMatters': '为什么重要',
  'learn.deepDive': '深入研讨问题',
  'learn.deepDive.lead': '请以团队形式讨论这些问题，然后根据讨论所得，重新为该支柱评分。',
  'learn.rescore': '重新为该支柱评分',
  'learn.practices': '良好做法',
  'learn.pitfalls': '常见误区',
  'learn.examples': '国家案例',
  'learn.reflection': '反思问题',
  'learn.sources': '资料来源',
  'learn.cited': '{count, plural, other {来源}}：{list}',
  'learn.reference': '{publisher}（{year}）',
  'learn.level': '您目前的等级：{level}',
  'learn.pillarLevel': '您在该支柱目前的等级：{level}',
  'learn.low': '等级较低：可从这里着手',
  'learn.country.code': '国家代码{code}',
  'learn.empty': '没有可显示的学习模块。',
};
