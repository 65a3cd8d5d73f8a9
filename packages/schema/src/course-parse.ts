/**
 * `parseCourse`: the course schema, then what it cannot express: unique ids, every source
 * cited exists and every source listed is cited, every text in every declared locale, and,
 * given the framework, that modules and sections name its pillars and components.
 */
import type { LocalizedText } from './common.js';
import { COURSE_FORMAT, COURSE_VERSION } from './constants.js';
import { Course } from './course.js';
import type { Framework } from './framework.js';
import type { Issue, IssuePath, ParseResult } from './issues.js';
import {
  checkText,
  checkUnique,
  fail,
  limitIssues,
  newerVersion,
  readInput,
  run,
} from './parse-kit.js';

function checkCourse(course: Course, framework: Framework | undefined, issues: Issue[]): void {
  const locales = course.locales;
  const text = (t: LocalizedText, path: IssuePath) => checkText(t, path, locales, issues);
  checkUnique(
    course.sources.map((s) => s.id),
    (i) => ['sources', i, 'id'],
    'source',
    issues,
  );
  checkUnique(
    course.modules.map((m) => m.pillar),
    (i) => ['modules', i, 'pillar'],
    'module',
    issues,
  );

  const known = new Set(course.sources.map((s) => s.id));
  const cited = new Set<string>();
  const cite = (ids: readonly string[], path: IssuePath) =>
    ids.forEach((id, i) => {
      cited.add(id);
      if (!known.has(id))
        issues.push({
          path: [...path, i],
          code: 'unknown-source',
          params: { source: id },
          message: `No source "${id}" in the course's sources`,
        });
    });

  course.modules.forEach((module, m) => {
    const at: IssuePath = ['modules', m];
    text(module.overview, [...at, 'overview']);
    text(module.whyItMatters, [...at, 'whyItMatters']);
    module.reflection.forEach((t, i) => text(t, [...at, 'reflection', i]));
    checkUnique(
      module.sections.map((s) => s.component),
      (i) => [...at, 'sections', i, 'component'],
      'section',
      issues,
    );
    module.sections.forEach((section, s) => {
      const sat: IssuePath = [...at, 'sections', s];
      text(section.overview, [...sat, 'overview']);
      text(section.whyItMatters, [...sat, 'whyItMatters']);
      section.practices.forEach((p, i) => {
        text(p.text, [...sat, 'practices', i, 'text']);
        cite(p.sources, [...sat, 'practices', i, 'sources']);
      });
      section.pitfalls.forEach((t, i) => text(t, [...sat, 'pitfalls', i]));
      section.examples.forEach((e, i) => {
        text(e.text, [...sat, 'examples', i, 'text']);
        cite(e.sources, [...sat, 'examples', i, 'sources']);
      });
      section.reflection.forEach((t, i) => text(t, [...sat, 'reflection', i]));
    });
  });

  course.sources.forEach((source, i) => {
    if (!cited.has(source.id))
      issues.push({
        path: ['sources', i, 'id'],
        code: 'unused-source',
        params: { source: source.id },
        message: `Source "${source.id}" is listed but nothing cites it`,
      });
  });

  if (framework) checkCourseAgainst(course, framework, issues);
}

function checkCourseAgainst(course: Course, framework: Framework, issues: Issue[]): void {
  if (course.framework.id !== framework.id) {
    issues.push({
      path: ['framework', 'id'],
      code: 'framework-mismatch',
      params: { found: course.framework.id, expected: framework.id },
      message: `Course is for framework "${course.framework.id}", not "${framework.id}"`,
    });
    return;
  }
  const pillars = new Map(framework.pillars.map((p) => [p.id, p]));
  course.modules.forEach((module, m) => {
    const pillar = pillars.get(module.pillar);
    if (!pillar) {
      issues.push({
        path: ['modules', m, 'pillar'],
        code: 'unknown-pillar',
        params: { pillar: module.pillar },
        message: `No pillar "${module.pillar}" in framework "${framework.id}"`,
      });
      return;
    }
    const components = new Set(pillar.components.map((c) => c.id));
    module.sections.forEach((section, s) => {
      if (!components.has(section.component))
        issues.push({
          path: ['modules', m, 'sections', s, 'component'],
          code: 'unknown-component',
          params: { component: section.component, pillar: pillar.id },
          message: `No component "${section.component}" in pillar "${pillar.id}"`,
        });
    });
  });
}

/**
 * What a complete course would have and this one lacks: a module for each pillar of the
 * framework and a section for each component, as `missing-module` / `missing-section`
 * warnings (a partial course is still readable).
 */
export function courseGaps(course: Course, framework: Framework): Issue[] {
  const out: Issue[] = [];
  const modules = new Map(course.modules.map((m, i) => [m.pillar, { module: m, index: i }]));
  for (const pillar of framework.pillars) {
    const found = modules.get(pillar.id);
    if (!found) {
      out.push({
        path: ['modules'],
        code: 'missing-module',
        params: { pillar: pillar.id },
        message: `No module for pillar "${pillar.id}"`,
      });
      continue;
    }
    const sections = new Set(found.module.sections.map((s) => s.component));
    for (const component of pillar.components)
      if (!sections.has(component.id))
        out.push({
          path: ['modules', found.index, 'sections'],
          code: 'missing-section',
          params: { component: component.id, pillar: pillar.id },
          message: `No section for component "${component.id}" of pillar "${pillar.id}"`,
        });
  }
  return out;
}

/**
 * Validates a course (an object or JSON text). With the framework it also checks that its
 * modules and sections name the framework's pillars and components, and warns of those it
 * leaves out (`courseGaps`). Never throws.
 */
export function parseCourse(input: unknown, framework?: Framework): ParseResult<Course> {
  return readInput(input, (raw) => {
    const newer = newerVersion(raw, COURSE_FORMAT, COURSE_VERSION, 'Course format');
    if (newer) return fail([newer]);
    const result = run(Course, raw, (course, issues) => checkCourse(course, framework, issues));
    if (!result.ok || !framework) return result;
    const gaps = courseGaps(result.value, framework);
    return gaps.length ? { ...result, warnings: limitIssues(gaps) } : result;
  });
}
