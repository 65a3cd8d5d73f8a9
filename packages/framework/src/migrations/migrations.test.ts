import { formatIssues, parseFramework, parseFrameworkMapping } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { sixPillars } from '../index.js';
import { sixPillarsV1 } from '../v1/index.js';
import { mapping1to2, mappings } from './index.js';

const ids = (fw: typeof sixPillars) =>
  fw.pillars.flatMap((p) => p.components.flatMap((c) => c.questions.map((q) => q.id)));

describe('version 1.0.0 and its mapping to 2.0.0', () => {
  it('keeps 1.0.0 valid, as it was answered', () => {
    const parsed = parseFramework(sixPillarsV1);
    expect(parsed.ok ? '' : formatIssues(parsed.issues)).toBe('');
    expect(sixPillarsV1.version).toBe('1.0.0');
    expect(ids(sixPillarsV1)).toHaveLength(68);
  });

  it('names 1.0.0 as the predecessor of the current version', () => {
    expect(sixPillars.version).toBe('2.0.0');
    expect(sixPillars.predecessor).toEqual({ id: 'six-pillars', version: '1.0.0' });
    expect(mappings.map((m) => [m.from.version, m.to.version])).toEqual([['1.0.0', '2.0.0']]);
  });

  it('accounts for every 1.0.0 question and every 2.0.0 question, and carries only valid answers', () => {
    const parsed = parseFrameworkMapping(mapping1to2, sixPillarsV1, sixPillars);
    expect(parsed.ok ? '' : formatIssues(parsed.issues)).toBe('');
    const from = new Set(mapping1to2.rules.flatMap((r) => r.from ?? []));
    const to = new Set(mapping1to2.rules.flatMap((r) => r.to ?? []));
    expect([...from].sort()).toEqual(ids(sixPillarsV1).sort());
    expect([...to].sort()).toEqual(ids(sixPillars).sort());
  });

  it('says why, in English and French, for every question that did not stay as it was', () => {
    const silent = mapping1to2.rules
      .filter((r) => r.change !== 'kept' && r.change !== 'added')
      .filter((r) => !r.note?.en || !r.note?.fr)
      .map((r) => r.from?.join(','));
    expect(silent).toEqual([]);
  });
});
