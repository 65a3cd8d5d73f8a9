// `dtc report --format html`: one static page, checked for its structure, its figures, its
// words in each language, what it must never hold (a script, a request), and the messages
// and exit codes of bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import {
  BUILT_IN_LOCALES,
  direction,
  loadLocale,
  text,
  translate,
  useNamespaces,
  type MessageKey,
} from '@dtc/i18n';
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import { escapeHtml } from '../src/report/html.js';
import { dtc, fixture, plan, result } from './report-helpers.js';

const tx = (value: Record<string, string>, locale: string): string =>
  escapeHtml(text(value, locale, sixPillars.locales));
/** The page without the comments Lit leaves around the parts it rendered. */
const plain = (html: string): string => html.replace(/<!--[\s\S]*?-->/g, '');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const say = (locale: string, key: MessageKey, values?: object): string =>
  escapeHtml(translate(locale, key, values as Record<string, string | number>));

/** Elements with an attribute whose value is an http(s) URL: `a href` (a link) is the only one allowed. */
const urlAttributes = (html: string): string[] =>
  [...html.matchAll(/<([a-z][\w-]*)\b[^>]*?\s([\w:-]+)\s*=\s*["']?\s*https?:/gi)].map(
    (m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`,
  );

/** What a static, self-contained page never holds. */
function expectStatic(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // no event handler attribute
  expect(html).not.toMatch(/<(link|iframe|object|embed|img|audio|video|source)\b/i);
  expect(html).not.toMatch(/url\(\s*['"]?\s*(https?:)?\/\//i);
  expect(html).not.toMatch(/@import/i);
  expect(new Set(urlAttributes(html))).toEqual(
    new Set(urlAttributes(html).length ? ['a href'] : []),
  );
}

beforeAll(async () => {
  useNamespaces(resultsNamespace);
  await Promise.all(BUILT_IN_LOCALES.map((l) => loadLocale(l)));
});

describe('dtc report --format html, of a response', () => {
  let html = '';
  beforeAll(async () => {
    const ran = await dtc(['report', fixture('response.json'), '--format', 'html']);
    expect(ran.err).toBe('');
    expect(ran.code).toBe(0);
    html = ran.out;
  });

  it('is one complete page in English, left to right, that allows no script and no request', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toContain(`<title>${say('en', 'results.report.title')}</title>`);
    expectStatic(html);
  });

  it('holds the elements as declarative shadow DOM, in their print layout', () => {
    expect(html).toMatch(/<dtc-report\b[^>]*\sprint\b/);
    for (const tag of ['dtc-results', 'dtc-level-gauge', 'dtc-radar-chart', 'dtc-bar-chart'])
      expect(html, tag).toMatch(new RegExp(`<${tag}\\b`));
    expect(html.match(/<template shadowroot(mode)?="open"/g)!.length).toBeGreaterThanOrEqual(5);
    // The charts are inline SVG, each with its data table.
    expect(html.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<table\b/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the overall level and score, coverage and balance in words', () => {
    const { overall, balance } = result;
    const counts = overall.counts;
    expect(html).toContain(say('en', 'results.overall'));
    expect(html).toContain(say('en', 'common.score', { score: overall.score }));
    expect(html).toContain(
      say('en', 'results.coverage.value', {
        answered: counts.answered,
        applicable: counts.total - counts.notApplicable,
        share: overall.coverage,
      }),
    );
    expect(html).toContain(say('en', 'results.balance.value', { index: balance.index }));
  });

  it("names every pillar, component and level, with their scores in the charts' tables", () => {
    const page = plain(html);
    const row = (name: string, score: number | null) =>
      new RegExp(`<th scope="row">${escapeRegExp(name)}</th>\\s*<td>${Math.round(score!)} \\(`);
    for (const level of sixPillars.levels) expect(page).toContain(tx(level.label, 'en'));
    for (const pillar of result.pillars) {
      const p = sixPillars.pillars.find((x) => x.id === pillar.id)!;
      expect(page).toMatch(row(tx(p.title, 'en'), pillar.score));
      for (const c of pillar.components) {
        const component = p.components.find((x) => x.id === c.id)!;
        if (c.score !== null) expect(page).toMatch(row(tx(component.title, 'en'), c.score));
      }
    }
  });

  it('ranks the priorities with their reasons', () => {
    expect(html).toContain(say('en', 'results.priorities'));
    const first = result.priorities[0]!;
    const component = sixPillars.pillars
      .flatMap((p) => p.components)
      .find((c) => c.id === first.componentId)!;
    expect(plain(html)).toContain(`<strong>${tx(component.title, 'en')}</strong>`);
    for (const reason of first.reasons)
      expect(html).toContain(say('en', `results.reason.${reason}` as MessageKey));
  });

  it('writes what the respondent typed as text, never as markup', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toMatch(/Ministry of Education &lt;script&gt;alert\((&quot;|&#34;)org/);
    expect(html).toContain('regional offices &lt;img src=x onerror=alert(1)&gt;.');
    expect(html).toContain(say('en', 'results.report.noPlan'));
  });
});

describe('dtc report --format html, of a plan with its response', () => {
  it('shows the chosen priorities and every action beside the results', async () => {
    const ran = await dtc([
      'report',
      fixture('plan.json'),
      '--response',
      fixture('response.json'),
      '--format',
      'html',
    ]);
    expect(ran.code).toBe(0);
    const html = ran.out;
    expectStatic(html);
    expect(html).toContain(say('en', 'results.report.plan'));
    expect(html).toContain(say('en', 'results.report.chosen'));
    expect(html).toMatch(/National plan &lt;b&gt;2026&lt;\/b&gt; &amp; (&quot;|&#34;)beyond/);
    expect(html).toContain('Adopt the roadmap &lt;script&gt;alert(2)&lt;/script&gt;');
    for (const action of plan.actions.slice(1)) expect(html).toContain(escapeHtml(action.title));
    expect(html).toContain(say('en', 'common.score', { score: result.overall.score }));
  });

  it('writes to --output, and nothing to standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtc-report-'));
    const file = join(dir, 'report.html');
    const ran = await dtc([
      'report',
      fixture('plan.json'),
      '-r',
      fixture('response.json'),
      '-f',
      'html',
      '-o',
      file,
    ]);
    expect(ran.code).toBe(0);
    expect(ran.out).toBe('');
    expect(readFileSync(file, 'utf8')).toContain(say('en', 'results.report.plan'));
  });
});

describe('dtc report --format html in each language', () => {
  for (const locale of BUILT_IN_LOCALES) {
    it(`${locale}: its words, the framework's texts in it, lang and direction`, async () => {
      const ran = await dtc([
        'report',
        fixture('plan.json'),
        '--response',
        fixture('response.json'),
        '--format',
        'html',
        '--locale',
        locale,
      ]);
      expect(ran.code).toBe(0);
      const html = ran.out;
      const dir = direction(locale);
      expect(dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(html).toContain(`<html lang="${locale}" dir="${dir}">`);
      expect(html).toMatch(new RegExp(`<dtc-report\\b[^>]*\\sdir="${dir}"`));
      expect(html).toMatch(new RegExp(`<article class="report" dir="${dir}" lang="${locale}"`));
      expect(html).toContain(`<title>${say(locale, 'results.report.title')}</title>`);
      expect(html).toContain(say(locale, 'results.title'));
      expect(html).toContain(say(locale, 'results.report.plan'));
      for (const p of sixPillars.pillars) expect(html).toContain(tx(p.title, locale));
      if (locale !== 'en') expect(html).not.toContain(tx(sixPillars.pillars[0]!.title, 'en'));
      expectStatic(html);
    });
  }

  it('takes a language in any letter case', async () => {
    const ran = await dtc(['report', fixture('response.json'), '-f', 'html', '-l', 'ZH-hans']);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('<html lang="zh-Hans" dir="ltr">');
  });
});

describe('dtc report: other inputs', () => {
  it('reads the response from standard input', async () => {
    const ran = await dtc(['report', '-', '-f', 'html'], {
      stdin: readFileSync(fixture('response.json'), 'utf8'),
    });
    expect(ran.code).toBe(0);
    expect(ran.out).toContain(say('en', 'common.score', { score: result.overall.score }));
  });

  it('reads a framework file given with --framework', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtc-report-'));
    const file = join(dir, 'framework.json');
    writeFileSync(file, JSON.stringify(sixPillars));
    const ran = await dtc(['report', fixture('response.json'), '-f', 'html', '--framework', file]);
    expect(ran.err).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.out).toContain(say('en', 'common.score', { score: result.overall.score }));
  });
});

describe('dtc report: bad input says what and where, with an exit code', () => {
  const truncated = join(mkdtempSync(join(tmpdir(), 'dtc-report-')), 'truncated.json');
  writeFileSync(truncated, '{"format": "dtc.response", "version": 1,\n  "answers": {');
  const cases: { name: string; argv: string[]; code: number; message: RegExp; tty?: boolean }[] = [
    {
      name: 'a missing file',
      argv: ['report', 'no-such-file.json', '-f', 'html'],
      code: 1,
      message: /^dtc: no-such-file\.json: no such file\.\n$/,
    },
    {
      name: 'truncated JSON',
      argv: ['report', truncated, '-f', 'html'],
      code: 1,
      message: /^dtc: .*truncated\.json: not valid JSON: /,
    },
    {
      name: 'a file that is neither a response nor a plan',
      argv: ['report', fixture('feedback.json'), '-f', 'html'],
      code: 1,
      message:
        /^dtc: .*feedback\.json: is a "dtc\.feedback" file; dtc report reads a response \("dtc\.response"\) or an action plan \("dtc\.action-plan"\)\.\n$/,
    },
    {
      name: 'an invalid response, with the paths of its issues',
      argv: ['report', fixture('invalid-response.json'), '-f', 'docx', '-o', '/dev/null'],
      code: 1,
      message:
        /^dtc: .*invalid-response\.json: not a valid response( \(\d+ issues\))?:\n {2}respondent\.role: /,
    },
    {
      name: 'a plan given where the response goes',
      argv: ['report', fixture('plan.json'), '--response', fixture('plan.json'), '-f', 'html'],
      code: 1,
      message:
        /^dtc: .*plan\.json: is a "dtc\.action-plan" file, not a response \("dtc\.response"\); --response takes the response the plan was made from\.\n$/,
    },
    {
      name: 'a response given with --response',
      argv: ['report', fixture('response.json'), '-r', fixture('response.json'), '-f', 'html'],
      code: 2,
      message: /^dtc: .*response\.json: is a response; --response goes with an action plan/,
    },
    {
      name: 'an unknown language',
      argv: ['report', fixture('response.json'), '-f', 'html', '--locale', 'de'],
      code: 2,
      message:
        /^dtc: --locale de: not a language of the report; give one of ar, zh-Hans, en, fr, ru, es\.\n$/,
    },
    {
      name: 'a plan in HTML without its response',
      argv: ['report', fixture('plan.json'), '-f', 'html'],
      code: 2,
      message:
        /^dtc: .*plan\.json: the HTML report shows a plan beside the results .*--response FILE\.\n$/,
    },
    {
      name: 'a Word file for a terminal',
      argv: ['report', fixture('response.json'), '-f', 'docx'],
      tty: true,
      code: 2,
      message: /^dtc: a Word file is not for a terminal: give --output FILE/,
    },
    {
      name: 'an output folder that does not exist',
      argv: ['report', fixture('response.json'), '-f', 'html', '-o', '/no/such/folder/r.html'],
      code: 1,
      message: /^dtc: \/no\/such\/folder\/r\.html: cannot be written \(no such folder\)\.\n$/,
    },
    {
      name: 'no --format',
      argv: ['report', fixture('response.json')],
      code: 2,
      message: /required option '-f, --format <format>' not specified/,
    },
    {
      name: 'an unknown format',
      argv: ['report', fixture('response.json'), '-f', 'pdf'],
      code: 2,
      message: /Allowed choices are html, docx, xlsx/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const ran = await dtc(c.argv, { tty: c.tty ?? false });
      expect(ran.code).toBe(c.code);
      expect(ran.err).toMatch(c.message);
      expect(ran.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(ran.out).toBe('');
    });
  }
});

describe('dtc report --help', () => {
  it('shows the formats, the languages and an example', async () => {
    const ran = await dtc(['report', '--help']);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('--format <format>');
    expect(ran.out).toContain(BUILT_IN_LOCALES.join(', '));
    expect(ran.out).toContain('$ dtc report response.json --format html --output report.html');
  });
});
