import { formatIssues, kindOf, parseFramework } from '@dtc/schema';
import type { Component, Pillar, Question } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_LOCALES, sixPillars } from './index.js';
import { FRAMEWORK_TRANSLATIONS } from './texts/index.js';

const PILLAR_ORDER = [
  'coordination-leadership',
  'connectivity-infrastructure',
  'cost-sustainability',
  'capacity-culture',
  'content-solutions',
  'data-evidence',
];

const FOUNDATIONAL = ['connectivity-infrastructure', 'data-evidence'];

/** Component names given in published material (DOMAIN.md), in their published order. */
const PUBLISHED_COMPONENTS: Record<string, string[]> = {
  'connectivity-infrastructure': [
    'Electricity and internet access',
    'Hardware and devices',
    'Software and services',
    'Learning spaces',
  ],
  'data-evidence': [
    'Actionable insights',
    'Systems integration',
    'Quality and coverage',
    'Security and privacy',
    'Artificial intelligence',
  ],
};

const OUTCOME_IDS = [
  'access',
  'quality-learning',
  'equity-inclusion',
  'teaching',
  'efficiency-management',
  'resilience',
];

const ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

interface Text {
  path: string;
  /** The text in each locale of the framework. */
  value: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An object whose keys are exactly the framework's locales, in order, all strings. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.join() === FRAMEWORK_LOCALES.join() &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Walks any value and collects every localized text, plus objects that look like a broken one. */
function collectTexts(value: unknown, path: string, texts: Text[], suspects: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, texts, suspects));
    return;
  }
  if (!isObject(value)) return;
  if (isLocalizedText(value)) {
    texts.push({ path, value });
    return;
  }
  if ('en' in value || 'fr' in value) suspects.push(path);
  for (const [key, child] of Object.entries(value)) {
    collectTexts(child, path ? `${path}.${key}` : key, texts, suspects);
  }
}

const pillars: Pillar[] = sixPillars.pillars;
const components: { pillar: Pillar; component: Component }[] = pillars.flatMap((pillar) =>
  pillar.components.map((component) => ({ pillar, component })),
);
const questions: { component: Component; question: Question }[] = components.flatMap(
  ({ component }) => component.questions.map((question) => ({ component, question })),
);

/** The first five words of a title, lower-cased, without punctuation. */
function titleStem(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s’-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .join(' ');
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

describe('sixPillars: validation', () => {
  it('passes parseFramework', () => {
    const parsed = parseFramework(sixPillars);
    if (!parsed.ok) console.error(formatIssues(parsed.issues));
    expect(parsed.ok ? '' : formatIssues(parsed.issues)).toBe('');
  });

  it('declares English, then its translations, and four levels', () => {
    expect(sixPillars.locales).toEqual(['en', ...FRAMEWORK_TRANSLATIONS]);
    expect(sixPillars.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
  });
});

describe('sixPillars: localized text', () => {
  const texts: Text[] = [];
  const suspects: string[] = [];
  collectTexts(sixPillars, '', texts, suspects);
  const translations = [...FRAMEWORK_TRANSLATIONS];

  it('finds the texts, and every localized text has exactly the framework’s locales', () => {
    expect(texts.length).toBeGreaterThan(200);
    expect(suspects).toEqual([]);
  });

  it('has every text in every locale, without stray whitespace', () => {
    const bad = texts.flatMap((t) =>
      Object.entries(t.value)
        .filter(([, v]) => !v.trim() || v !== v.trim())
        .map(([locale]) => `${t.path} (${locale})`),
    );
    expect(bad).toEqual([]);
  });

  it.each(translations)(
    'translates every text longer than three words into %s (no English copied)',
    (locale) => {
      const untranslated = texts
        .filter((t) => t.value.en!.trim().split(/\s+/).length > 3 && t.value[locale] === t.value.en)
        .map((t) => `${t.path}: ${t.value.en}`);
      expect(untranslated).toEqual([]);
    },
  );

  it.each(translations)('uses no straight apostrophe in %s', (locale) => {
    const straight = texts
      .filter((t) => t.value[locale]!.includes("'"))
      .map((t) => `${t.path}: ${t.value[locale]}`);
    expect(straight).toEqual([]);
  });
});

describe('sixPillars: structure', () => {
  it('has the six pillars in the published order', () => {
    expect(pillars.map((p) => p.id)).toEqual(PILLAR_ORDER);
  });

  it('flags exactly the two cross-cutting pillars as foundational', () => {
    expect(pillars.filter((p) => p.foundational === true).map((p) => p.id)).toEqual(FOUNDATIONAL);
  });

  it('has 3 to 5 components per pillar', () => {
    const off = pillars
      .filter((p) => p.components.length < 3 || p.components.length > 5)
      .map((p) => `${p.id}: ${p.components.length}`);
    expect(off).toEqual([]);
  });

  it('has 2 to 6 questions per component', () => {
    const off = components
      .filter(({ component: c }) => c.questions.length < 2 || c.questions.length > 6)
      .map(({ component: c }) => `${c.id}: ${c.questions.length}`);
    expect(off).toEqual([]);
  });

  it('has 60 to 90 questions in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(questions.length).toBeLessThanOrEqual(90);
  });

  it('has unique ids for pillars, components and questions', () => {
    expect(duplicates(pillars.map((p) => p.id))).toEqual([]);
    expect(duplicates(components.map(({ component }) => component.id))).toEqual([]);
    expect(duplicates(questions.map(({ question }) => question.id))).toEqual([]);
  });

  it('names each question <component-id>-<slug>, at most 80 characters', () => {
    const bad = questions
      .filter(
        ({ component, question }) =>
          !question.id.startsWith(`${component.id}-`) ||
          question.id.length > 80 ||
          !ID.test(question.id),
      )
      .map(({ question }) => question.id);
    expect(bad).toEqual([]);
  });
});

describe('sixPillars: questions', () => {
  it('gives every rubric question one descriptor for each of the four levels', () => {
    const bad = questions
      .filter(({ question: q }) => q.kind === 'rubric')
      .filter(({ question: q }) => {
        if (q.kind !== 'rubric') return false;
        const levels = q.descriptors.map((d) => d.level).sort((a, b) => a - b);
        return levels.join(',') !== '1,2,3,4';
      })
      .map(({ question }) => question.id);
    expect(bad).toEqual([]);
  });

  it('lets every scored question reach every level, worst answer at 1 and best at 4', () => {
    // A question whose best answer stops below the top level caps its component, its pillar
    // and the overall score below "advanced" whatever the country does.
    const bad = questions
      .filter(({ question: q }) => kindOf(q).scored)
      .filter(({ question: q }) => {
        const reached = new Set(
          kindOf(q)
            .levels(q)
            .map(([, level]) => level),
        );
        return [1, 2, 3, 4].some((level) => !reached.has(level)) || reached.size !== 4;
      })
      .map(({ question }) => question.id);
    expect(bad).toEqual([]);
  });

  it('asks no yes/no question (two answers cannot reach four levels)', () => {
    expect(questions.filter(({ question }) => question.kind === 'boolean')).toEqual([]);
  });

  it('gives choice options unique ids', () => {
    for (const { question: q } of questions)
      if (q.kind === 'choice') expect(duplicates(q.options.map((o) => o.id)), q.id).toEqual([]);
  });

  it('starts no two questions with the same five words, in either language', () => {
    for (const locale of ['en', 'fr'] as const) {
      const stems = questions.map(({ question }) => titleStem(question.title[locale] ?? ''));
      expect(duplicates(stems), locale).toEqual([]);
    }
  });

  it('lets respondents answer "don\'t know" to every question', () => {
    const bad = questions
      .filter(({ question }) => question.allowDontKnow !== true)
      .map(({ question }) => question.id);
    expect(bad).toEqual([]);
  });

  it('says in its help when a question that allows "not applicable" does not apply', () => {
    // "Not applicable" takes a question out of the score: a respondent must be told when it
    // is right, or a country could drop its lowest answers.
    const bad = questions
      .filter(({ question }) => question.allowNotApplicable === true)
      .filter(
        ({ question }) =>
          !/does not apply|not apply/.test(question.help?.en ?? '') ||
          !/sans objet|ne s’applique pas/.test(question.help?.fr ?? ''),
      )
      .map(({ question }) => question.id);
    expect(bad).toEqual([]);
  });
});

describe('sixPillars: wording', () => {
  const texts: Text[] = [];
  collectTexts(sixPillars, '', texts, []);

  it('puts a narrow no-break space, never a plain one, before ; : ? ! » and after « in French', () => {
    const bad = texts
      .filter((t) => /[ \S][;:?!»]|«[ \S]/u.test(t.value.fr!.replace(/\d:\d/g, '')))
      .map((t) => `${t.path}: ${t.value.fr!.match(/.{0,20}(?:[ \S][;:?!»]|«[ \S]).{0,10}/u)?.[0]}`);
    expect(bad).toEqual([]);
  });

  it('uses one French term per concept, and the French names of the partners', () => {
    const banned = [/auto-évaluation/i, /éducation numérique/i, /\bGPE\b/, /éléments probants/i];
    const bad = texts
      .filter((t) => banned.some((re) => re.test(t.value.fr!)))
      .map((t) => `${t.path}: ${t.value.fr!.slice(0, 60)}`);
    expect(bad).toEqual([]);
  });

  it('cites the current accessibility guidelines, WCAG 2.2', () => {
    const bad = texts
      .filter((t) => /WCAG 2\.[01]\b/.test(t.value.en! + t.value.fr!))
      .map((t) => t.path);
    expect(bad).toEqual([]);
  });

  it('describes every level by what can be observed, not by whether others look up to it', () => {
    const vague =
      /reference for others|model for other|référence pour d’autres|modèle pour d’autres/i;
    expect(texts.filter((t) => vague.test(t.value.en! + t.value.fr!)).map((t) => t.path)).toEqual(
      [],
    );
  });
});

describe('sixPillars: origin of components', () => {
  for (const [pillarId, names] of Object.entries(PUBLISHED_COMPONENTS)) {
    it(`gives ${pillarId} the published components, marked 'published'`, () => {
      const pillar = pillars.find((p) => p.id === pillarId);
      expect(pillar, pillarId).toBeDefined();
      const titles = pillar?.components.map((c) => c.title.en?.toLowerCase()) ?? [];
      expect(titles).toEqual(names.map((n) => n.toLowerCase()));
      expect(pillar?.components.map((c) => c.origin)).toEqual(names.map(() => 'published'));
    });
  }

  it("marks the components of the other four pillars 'proposed'", () => {
    const bad = components
      .filter(({ pillar }) => !(pillar.id in PUBLISHED_COMPONENTS))
      .filter(({ component }) => component.origin !== 'proposed')
      .map(({ component }) => component.id);
    expect(bad).toEqual([]);
  });

  it('keeps the fixed component ids of connectivity and infrastructure', () => {
    const pillar = pillars.find((p) => p.id === 'connectivity-infrastructure');
    expect(pillar?.components.map((c) => c.id)).toEqual([
      'electricity-internet',
      'hardware-devices',
      'software-services',
      'learning-spaces',
    ]);
  });
});

describe('sixPillars: vision, outcomes, about', () => {
  it('has a purpose, 3 to 4 priorities and 4 to 6 principles, each summarised', () => {
    const { priorities, principles } = sixPillars.vision;
    expect(priorities.length).toBeGreaterThanOrEqual(3);
    expect(priorities.length).toBeLessThanOrEqual(4);
    expect(principles.length).toBeGreaterThanOrEqual(4);
    expect(principles.length).toBeLessThanOrEqual(6);
    for (const item of [...priorities, ...principles]) {
      expect(item.summary, item.id).toBeDefined();
    }
    expect(duplicates(priorities.map((p) => p.id))).toEqual([]);
    expect(duplicates(principles.map((p) => p.id))).toEqual([]);
  });

  it('offers the six education outcomes an action can serve', () => {
    expect(sixPillars.outcomes?.map((o) => o.id)).toEqual(OUTCOME_IDS);
    expect(sixPillars.outcomes?.every((o) => o.summary !== undefined)).toBe(true);
  });

  it('says where the content comes from', () => {
    expect(sixPillars.about?.en).toMatch(/2024/);
    expect(sixPillars.about?.fr).toMatch(/2024/);
  });
});
