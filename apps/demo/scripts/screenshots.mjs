#!/usr/bin/env node
// Screenshots of the built demo, with example data, on a desktop (1280 px) and a phone
// (375 px), in English and French, and the questionnaire and the results in each of the
// site's six languages, into docs/screenshots/ (PNG). The data is entered through the site
// itself: an imported assessment with its plan, three workshop participants and feedback.
//
// Three sets, all by default, or the ones named on the command line:
// - `pages`: every page as it opens, in English and French (`<page>-<lang>-<size>[-dark].png`);
// - `views`: what opens inside the pages: the plan editor with an action's details open,
//   its Cost and funding and Timeline tabs, the per-pillar priorities, and the
//   questionnaire's feedback on a question (`<page>-<view>-<lang>-<size>.png`);
// - `locales`: the questionnaire and the results in every language, on the desktop
//   (`assess-<lang>-desktop.png`, `results-<lang>-desktop.png`, as `pages` names them).
//
//   npm run build -w @dtc/demo && npm run screenshots -w @dtc/demo [-- pages|views|locales]
import {
  LOCALES,
  OUT,
  SIZES,
  chooseLanguage,
  fixtures,
  json,
  newPage,
  settle,
  withBrowser,
} from './screenshot-kit.mjs';

const SETS = ['pages', 'views', 'locales'];
const asked = process.argv.slice(2);
for (const set of asked) {
  if (!SETS.includes(set)) {
    console.error(`Unknown set "${set}": choose among ${SETS.join(', ')}.`);
    process.exit(1);
  }
}
const sets = asked.length ? asked : SETS;

const PAGES = [
  '',
  'assess',
  'results',
  'report',
  'plan',
  'history',
  'workshop',
  'resources',
  'feedback',
  'learn',
  'learn/data-evidence',
];
/** The pages of the dark set. */
const DARK_PAGES = ['', 'results', 'workshop'];
/** The languages of the `pages` and `views` sets (the example plan is written in both). */
const LANGS = ['en', 'fr'];
/** The pages of the `locales` set, in every language. */
const LOCALE_PAGES = ['assess', 'results'];

const { exportFile, makeResponse, participants } = fixtures;

/**
 * The plan of the example assessment (format 2, see docs/examples/action-plan.json), in the
 * language of the screenshots: a country team writes its plan in its own language.
 */
function examplePlan(lang) {
  const w = (en, fr) => (lang === 'fr' ? fr : en);
  const action = (a) => ({
    owner: '',
    status: 'planned',
    partners: [],
    funding: [],
    indicators: [],
    milestones: [],
    dependsOn: [],
    ...a,
  });
  const budget = { text: w('National budget', 'Budget de l’État') };
  return {
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: fixtures.framework.id, version: fixtures.framework.version },
    title: w(
      'National action plan for digital education 2026–2029',
      'Plan d’action national pour le numérique éducatif 2026-2029',
    ),
    country: 'SEN',
    period: { from: 2026, to: 2029 },
    currency: 'XOF',
    team: [
      {
        name: 'Awa Ndiaye',
        role: 'ministry-education',
        title: w('Director of planning', 'Directrice de la planification'),
      },
      {
        name: 'Moussa Diop',
        role: 'ministry-ict',
        title: w('Digital infrastructure adviser', 'Conseiller infrastructures numériques'),
      },
      {
        name: 'Fatou Sarr',
        role: 'ministry-finance',
        title: w('Budget officer', 'Chargée du budget'),
      },
    ],
    // The three components the results rank first for the example assessment; three
    // actions serve priorities of their own pillar instead.
    priorities: ['software-services', 'policy-regulation', 'actionable-insights'],
    pillarPriorities: {
      'coordination-leadership': 'cross-government-coordination',
      'connectivity-infrastructure': 'electricity-internet',
      'cost-sustainability': 'financing-strategy',
      'capacity-culture': 'leadership-capacity',
      'content-solutions': 'digital-content',
      'data-evidence': 'systems-integration',
    },
    actions: [
      action({
        id: 'roadmap',
        priority: 'actionable-insights',
        pillar: 'data-evidence',
        title: w(
          'Agree a costed roadmap for linking the EMIS and school records',
          'Adopter une feuille de route chiffrée pour relier le SIGE et les dossiers des écoles',
        ),
        horizon: 'short',
        lead: w(
          'Ministry of Education, planning directorate',
          'Ministère de l’Éducation nationale, direction de la planification',
        ),
        owner: w('Planning directorate', 'Direction de la planification'),
        status: 'in-progress',
        targetLevel: 2,
        outcome: 'efficiency-management',
        partners: [
          { name: w('Ministry of Digital Economy', 'Ministère du Numérique'), role: 'technical' },
        ],
        cost: {
          amount: 45_000_000,
          currency: 'XOF',
          kind: 'capital',
          years: { from: 2026, to: 2026 },
          budgeted: true,
        },
        funding: [{ source: budget, share: 100, status: 'secured' }],
        indicators: [
          {
            name: w('Roadmap adopted by the ministry', 'Feuille de route adoptée par le ministère'),
            unit: w('yes/no', 'oui/non'),
            target: { value: 1, year: 2026 },
            source: w('Ministerial order', 'Arrêté ministériel'),
            component: 'systems-integration',
          },
        ],
        milestones: [
          {
            what: w('Draft shared with the country team', 'Projet partagé avec l’équipe pays'),
            year: 2026,
            quarter: 2,
            done: true,
          },
          { what: w('Roadmap adopted', 'Feuille de route adoptée'), year: 2026, quarter: 4 },
        ].map((m) => ({ done: false, ...m })),
        alignment: {
          objective: w(
            'Sector plan objective 4: efficient management of the system',
            'Objectif 4 du plan sectoriel\u202f: une gestion efficace du système',
          ),
          budgetLine: w(
            'Programme 2: planning and management',
            'Programme 2\u202f: pilotage et gestion',
          ),
        },
      }),
      action({
        id: 'connect',
        priority: 'electricity-internet',
        pillar: 'connectivity-infrastructure',
        title: w(
          'Connect 1,500 secondary schools to broadband',
          'Raccorder 1 500 établissements secondaires au haut débit',
        ),
        horizon: 'medium',
        lead: w('Ministry of Digital Economy', 'Ministère du Numérique'),
        owner: w('School infrastructure unit', 'Cellule des infrastructures scolaires'),
        targetLevel: 3,
        outcome: 'access',
        partners: [
          { name: w('Universal service fund', 'Fonds de service universel'), role: 'funding' },
          { name: w('National operator', 'Opérateur national'), role: 'delivery' },
        ],
        cost: {
          amount: 1_200_000_000,
          currency: 'XOF',
          kind: 'capital',
          years: { from: 2027, to: 2028 },
          budgeted: false,
        },
        funding: [
          { source: budget, amount: 400_000_000, status: 'secured' },
          {
            source: { model: 'universal-service-funds' },
            amount: 500_000_000,
            status: 'requested',
          },
          {
            source: { text: w('To be found', 'À trouver') },
            amount: 300_000_000,
            status: 'gap',
          },
        ],
        indicators: [
          {
            name: w('Secondary schools with broadband', 'Établissements secondaires raccordés'),
            unit: '%',
            baseline: { value: 35, year: 2025 },
            target: { value: 80, year: 2029 },
            source: w('EMIS school census', 'Recensement scolaire du SIGE'),
            component: 'electricity-internet',
          },
        ],
        milestones: [
          {
            what: w('First 500 schools connected', '500 premiers établissements raccordés'),
            year: 2027,
            quarter: 4,
            done: false,
          },
          {
            what: w('All 1,500 schools connected', 'Les 1 500 établissements raccordés'),
            year: 2028,
            quarter: 4,
            done: false,
          },
        ],
        dependsOn: ['roadmap'],
        risks: w(
          'Electricity is unreliable in rural schools.',
          'L’électricité est instable dans les écoles rurales.',
        ),
      }),
      action({
        id: 'leaders',
        priority: 'leadership-capacity',
        pillar: 'capacity-culture',
        title: w(
          'Train 200 school leaders in leading digital change',
          'Former 200 chefs d’établissement à conduire le changement numérique',
        ),
        horizon: 'medium',
        lead: w('National teacher-training institute', 'Institut national de formation'),
        owner: w('Teacher-training institute', 'Institut de formation'),
        targetLevel: 3,
        outcome: 'teaching',
        partners: [
          { name: w('Development partner', 'Partenaire technique et financier'), role: 'funding' },
          {
            name: w('Regional education offices', 'Inspections d’académie'),
            role: 'delivery',
          },
        ],
        cost: {
          amount: 30_000_000,
          currency: 'XOF',
          kind: 'recurrent',
          years: { from: 2027, to: 2029 },
          budgeted: false,
        },
        funding: [
          { source: { model: 'blended-finance' }, amount: 30_000_000, status: 'secured' },
          { source: { model: 'multi-year-budgeting' }, amount: 40_000_000, status: 'requested' },
          { source: { text: w('To be found', 'À trouver') }, amount: 20_000_000, status: 'gap' },
        ],
        indicators: [
          {
            name: w('School leaders trained', 'Chefs d’établissement formés'),
            unit: w('people', 'personnes'),
            baseline: { value: 0, year: 2026 },
            target: { value: 200, year: 2029 },
            source: w('Institute records', 'Registres de l’institut'),
            component: 'leadership-capacity',
          },
        ],
        milestones: [
          {
            what: w('First cohort of 60 leaders trained', 'Première promotion de 60 chefs formée'),
            year: 2027,
            quarter: 4,
            done: false,
          },
        ],
        dependsOn: ['roadmap'],
      }),
      action({
        id: 'catalogue',
        priority: 'software-services',
        pillar: 'connectivity-infrastructure',
        title: w(
          'Publish an annual catalogue of software and services approved for schools',
          'Publier chaque année un catalogue des logiciels et services agréés pour les écoles',
        ),
        horizon: 'short',
        lead: w(
          'Ministry of Education, digital education unit',
          'Ministère de l’Éducation nationale, cellule du numérique éducatif',
        ),
        targetLevel: 2,
        outcome: 'quality-learning',
        cost: {
          amount: 25_000_000,
          currency: 'XOF',
          kind: 'recurrent',
          years: { from: 2026, to: 2029 },
          budgeted: true,
        },
        funding: [{ source: budget, share: 100, status: 'secured' }],
        indicators: [
          {
            name: w(
              'Schools choosing from the catalogue',
              'Écoles qui choisissent dans le catalogue',
            ),
            unit: '%',
            baseline: { value: 0, year: 2026 },
            target: { value: 50, year: 2029 },
            component: 'software-services',
          },
        ],
        milestones: [
          {
            what: w('First catalogue published', 'Premier catalogue publié'),
            year: 2026,
            quarter: 3,
            done: false,
          },
        ],
      }),
      action({
        id: 'dashboard',
        priority: 'actionable-insights',
        pillar: 'data-evidence',
        title: w(
          'Build an EMIS dashboard used in the quarterly sector review',
          'Créer un tableau de bord du SIGE pour la revue sectorielle trimestrielle',
        ),
        horizon: 'short',
        lead: w('Statistics department', 'Direction des statistiques'),
        targetLevel: 3,
        outcome: 'efficiency-management',
        cost: {
          amount: 120_000_000,
          currency: 'XOF',
          kind: 'capital',
          years: { from: 2026, to: 2027 },
          budgeted: false,
        },
        funding: [
          {
            source: { text: w('Education sector grant', 'Subvention au secteur éducatif') },
            amount: 120_000_000,
            status: 'requested',
          },
        ],
        indicators: [
          {
            name: w(
              'Quarterly reviews using the dashboard',
              'Revues trimestrielles avec le tableau de bord',
            ),
            unit: w('reviews a year', 'revues par an'),
            target: { value: 4, year: 2027 },
          },
        ],
        milestones: [
          {
            what: w('First review with the dashboard', 'Première revue avec le tableau de bord'),
            year: 2027,
            quarter: 1,
            done: false,
          },
        ],
        dependsOn: ['roadmap'],
      }),
      action({
        id: 'content',
        priority: 'digital-content',
        pillar: 'content-solutions',
        title: w(
          'Publish open digital content for the secondary curriculum',
          'Publier des ressources numériques libres pour le programme du secondaire',
        ),
        horizon: 'long',
        lead: w('Curriculum directorate', 'Direction des programmes'),
        targetLevel: 3,
        outcome: 'quality-learning',
        cost: {
          amount: 250_000_000,
          currency: 'XOF',
          kind: 'capital',
          years: { from: 2028, to: 2029 },
          budgeted: false,
        },
        funding: [
          {
            source: { model: 'open-source-open-content' },
            amount: 100_000_000,
            status: 'requested',
          },
          { source: { text: w('To be found', 'À trouver') }, amount: 150_000_000, status: 'gap' },
        ],
        indicators: [
          {
            name: w(
              'Curriculum units with digital content',
              'Unités du programme avec ressources numériques',
            ),
            unit: '%',
            baseline: { value: 10, year: 2026 },
            target: { value: 60, year: 2029 },
          },
        ],
        milestones: [
          {
            what: w(
              'Grade 10 mathematics and sciences online',
              'Mathématiques et sciences de seconde en ligne',
            ),
            year: 2029,
            quarter: 2,
            done: false,
          },
        ],
        dependsOn: ['connect'],
      }),
      action({
        id: 'child-protection',
        priority: 'policy-regulation',
        pillar: 'coordination-leadership',
        title: w(
          'Issue rules that protect learners online, reviewed every year',
          'Adopter des règles de protection des apprenants en ligne, révisées chaque année',
        ),
        horizon: 'short',
        lead: w(
          'Ministry of Education, legal affairs directorate',
          'Ministère de l’Éducation nationale, direction des affaires juridiques',
        ),
        targetLevel: 3,
        outcome: 'equity-inclusion',
        indicators: [
          {
            name: w(
              'Annual review of the rules published',
              'Bilan annuel de l’application des règles publié',
            ),
            unit: w('reviews', 'bilans'),
            target: { value: 1, year: 2027 },
            component: 'policy-regulation',
          },
        ],
        milestones: [
          {
            what: w('Rules adopted by decree', 'Règles adoptées par décret'),
            year: 2026,
            quarter: 4,
            done: false,
          },
        ],
      }),
    ],
    history: [{ at: '2026-03-16T09:30:00Z', by: 'Awa Ndiaye', change: 'created' }],
    updatedAt: '2026-03-16T09:30:00Z',
  };
}

const sample = makeResponse({
  label: 'Senegal – Ministry of Education',
  role: 'ministry-education',
  country: 'SEN',
  level: (p, i) => 1 + ((p * 3 + i) % 4),
});
const earlier = makeResponse({
  ...{ label: sample.label, role: 'ministry-education', country: 'SEN' },
  level: (p, i) => 1 + ((p + i) % 3),
});
const sampleFile = exportFile('sample', sample, {
  plan: examplePlan('en'),
  revisions: [
    {
      id: 'before',
      savedAt: '2025-03-25T11:00:00.000Z',
      note: 'Before deep dive',
      response: earlier,
    },
  ],
});

/** What the questionnaire's feedback on its first question says, in each language. */
const FEEDBACK_COMMENT = {
  en: 'Say whether the strategy must be adopted by the government, or by the ministry alone.',
  fr: 'Préciser si la stratégie doit être adoptée par le gouvernement ou par le seul ministère.',
};

async function go(page, base, path) {
  await page.goto(new URL(path, base).href);
  await page.locator('main h1').first().waitFor();
}

async function seed(page, base) {
  await go(page, base, 'history');
  await page.setInputFiles('#import-file', json('sample.dtc.json', sampleFile));
  await page.getByText('One assessment imported.').waitFor();
  await go(page, base, 'workshop');
  await page.setInputFiles(
    '#workshop-files',
    participants().map((r, i) => json(`participant-${i + 1}.dtc.json`, exportFile(`p${i + 1}`, r))),
  );
  await page.locator('#participants-table').waitFor();
  await go(page, base, 'feedback');
  for (const [name, value] of [
    ['rate-questions', 4],
    ['rate-methods', 5],
    ['rate-usefulness', 4],
  ]) {
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }
}

/**
 * Puts the example plan in `lang` in place of the plan there (a team writes its plan in its
 * own language), through the plan editor's own event, as the editor saves a change.
 */
async function writePlan(page, base, lang) {
  const plan = examplePlan(lang);
  await go(page, base, 'plan');
  const editor = page.locator('dtc-action-plan');
  await editor.locator('#tab-actions').waitFor();
  await editor.evaluate((el, p) => {
    el.dispatchEvent(new CustomEvent('dtc-plan-change', { detail: { plan: p }, bubbles: true }));
  }, plan);
  await page.waitForFunction(
    (title) =>
      document.querySelector('dtc-action-plan')?.shadowRoot?.querySelector('#a1-title')?.value ===
      title,
    plan.actions[1].title,
  );
}

/**
 * The pages to take in `lang` at this size and scheme: every page in English and French
 * (`pages`), the questionnaire and the results in every language on the desktop (`locales`),
 * each once.
 */
function pagesFor(lang, size, scheme) {
  const paths = new Set();
  if (sets.includes('pages') && LANGS.includes(lang))
    for (const path of scheme === 'dark' ? DARK_PAGES : PAGES) paths.add(path);
  if (sets.includes('locales') && size === 'desktop' && scheme === 'light')
    for (const path of LOCALE_PAGES) paths.add(path);
  return [...paths];
}

/** Pages as they open. */
async function shootPages(page, base, lang, size, scheme, paths) {
  let count = 0;
  for (const path of paths) {
    await go(page, base, path);
    await settle(page);
    const name = `${(path || 'home').replace('/', '-')}-${lang}-${size}${scheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: `${OUT}${name}` });
    count++;
  }
  return count;
}

/** Scrolls `locator` to the top of the window, leaving a little of what comes before. */
async function toTop(locator) {
  await locator.evaluate((el) => {
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16);
  });
}

/** The plan editor's views, the per-pillar priorities and the feedback on a question. */
async function shootViews(page, base, lang, size) {
  const shot = async (name) => {
    await settle(page);
    await page.screenshot({ path: `${OUT}${name}-${lang}-${size}.png` });
  };
  await go(page, base, 'plan');
  const editor = page.locator('dtc-action-plan');
  await toTop(page.locator('dtc-priorities .pillars'));
  await shot('plan-priorities');

  // The second action (connecting schools) with its details open, from their heading to the
  // milestones (partners, cost, funding, indicators, milestones): taller than a screen, so
  // this one picture is the page cut to that part, as wide as the window.
  await editor.locator('#a1-details-toggle').click();
  const details = editor.locator('#a1-details');
  await details.waitFor();
  await settle(page);
  const clip = await details.evaluate((panel) => {
    const end = panel.querySelector('[id$="-milestones-add"]').closest('fieldset');
    const top = panel.getBoundingClientRect().top + window.scrollY;
    const bottom = end.getBoundingClientRect().bottom + window.scrollY + 16;
    return { x: 0, y: top, width: document.documentElement.clientWidth, height: bottom - top };
  });
  await page.screenshot({ path: `${OUT}plan-details-${lang}-${size}.png`, fullPage: true, clip });

  await editor.locator('#tab-budget').click();
  await editor.locator('#panel-budget table').first().waitFor();
  await toTop(editor.locator('[role="tablist"]'));
  await shot('plan-budget');

  await editor.locator('#tab-timeline').click();
  await editor.locator('dtc-plan-timeline').waitFor();
  await toTop(editor.locator('[role="tablist"]'));
  await shot('plan-timeline');
  await editor.locator('#tab-actions').click();

  // All answered, the questionnaire opens on its review: go back to the first question.
  await go(page, base, 'assess');
  await page.locator('dtc-assessment dtc-progress [part="name"]').first().click();
  const feedback = page.locator('dtc-question-feedback').first();
  await feedback.locator('summary').click();
  await feedback.locator('input[value="unclear"]').check();
  await feedback.locator('textarea').fill(FEEDBACK_COMMENT[lang]);
  await feedback.locator('textarea').blur();
  // The end of the question, and its feedback under it.
  await feedback.evaluate((el) => {
    window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY - innerHeight + 24);
  });
  await shot('assess-feedback');
  return 5;
}

const count = await withBrowser(async ({ browser, url }) => {
  let count = 0;
  for (const [size, options] of Object.entries(SIZES)) {
    const schemes = size === 'desktop' && sets.includes('pages') ? ['light', 'dark'] : ['light'];
    for (const scheme of schemes) {
      const { context, page } = await newPage(browser, { ...options, colorScheme: scheme });
      await seed(page, url);
      for (const lang of LOCALES) {
        const paths = pagesFor(lang, size, scheme);
        const views = sets.includes('views') && scheme === 'light' && LANGS.includes(lang);
        if (!paths.length && !views) continue;
        await chooseLanguage(page, url, lang);
        if (LANGS.includes(lang)) await writePlan(page, url, lang);
        count += await shootPages(page, url, lang, size, scheme, paths);
        if (views) count += await shootViews(page, url, lang, size);
      }
      await context.close();
    }
  }
  return count;
});
console.log(`${count} screenshots in ${OUT}`);
