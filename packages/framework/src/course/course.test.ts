import { formatIssues, parseCourse, type LocalizedText } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { sixPillars } from '../index.js';
import { course } from './index.js';

/** Every localized text of the course, with where it is. */
function texts(): { path: string; text: LocalizedText }[] {
  const out: { path: string; text: LocalizedText }[] = [];
  course.modules.forEach((m) => {
    const at = m.pillar;
    out.push(
      { path: `${at}.overview`, text: m.overview },
      { path: `${at}.whyItMatters`, text: m.whyItMatters },
    );
    m.reflection.forEach((t, i) => out.push({ path: `${at}.reflection[${i}]`, text: t }));
    m.sections.forEach((s) => {
      const sat = `${at}.${s.component}`;
      out.push(
        { path: `${sat}.overview`, text: s.overview },
        { path: `${sat}.whyItMatters`, text: s.whyItMatters },
      );
      s.practices.forEach((p, i) => out.push({ path: `${sat}.practices[${i}]`, text: p.text }));
      s.pitfalls.forEach((t, i) => out.push({ path: `${sat}.pitfalls[${i}]`, text: t }));
      s.examples.forEach((e, i) => out.push({ path: `${sat}.examples[${i}]`, text: e.text }));
      s.reflection.forEach((t, i) => out.push({ path: `${sat}.reflection[${i}]`, text: t }));
    });
  });
  return out;
}

describe('the course', () => {
  it('is a valid course for the bundled framework, with a module per pillar and a section per component', () => {
    const parsed = parseCourse(course, sixPillars);
    expect(parsed.ok ? '' : formatIssues(parsed.issues)).toBe('');
    expect(parsed.ok && parsed.warnings).toBeFalsy();
    expect(course.framework).toEqual({ id: sixPillars.id, version: sixPillars.version });
    expect(course.modules.map((m) => m.pillar)).toEqual(sixPillars.pillars.map((p) => p.id));
    for (const [i, m] of course.modules.entries())
      expect(m.sections.map((s) => s.component)).toEqual(
        sixPillars.pillars[i]!.components.map((c) => c.id),
      );
  });

  it('lists each source once, published no later than this year', () => {
    const keys = course.sources.map((s) => `${s.publisher}|${s.title}|${s.year}`.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const year = new Date().getFullYear();
    expect(course.sources.filter((s) => s.year > year).map((s) => s.id)).toEqual([]);
  });

  it('dates every country example in both languages', () => {
    const undated = course.modules.flatMap((m) =>
      m.sections.flatMap((s) =>
        s.examples
          .filter(
            (e) =>
              !/\b(19|20)\d\d\b/.test(e.text.en ?? '') || !/\b(19|20)\d\d\b/.test(e.text.fr ?? ''),
          )
          .map((e) => `${s.component} ${e.country}`),
      ),
    );
    expect(undated).toEqual([]);
  });

  it('writes French with a narrow no-break space before ; : ? ! », after «, and the ’ apostrophe', () => {
    const bad = texts()
      .filter(({ text }) =>
        /[ \S][;:?!»]|«[ \S]|'/u.test((text.fr ?? '').replace(/\d:\d|https?:\/\//g, '')),
      )
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('uses one French term per concept', () => {
    const banned = [/auto-évaluation/i, /éducation numérique/i, /\bGPE\b/];
    expect(
      texts()
        .filter(({ text }) => banned.some((re) => re.test(text.fr ?? '')))
        .map((t) => t.path),
    ).toEqual([]);
  });
});
