// Server-side rendering, on the installed tarballs:
// 1. every entry of every package is imported in a fresh Node process whose `window`,
//    `document` (and other browser globals) are getters that record each read: no code of
//    ours reads them (Lit's own `globalThis.document === undefined` test is reported apart);
// 2. every element (`dtc-*`, one per packages/widgets/src/*/define.ts) is rendered by
//    @lit-labs/ssr to declarative shadow DOM with real data (the six-pillars framework, a
//    response, its result from @dtc/scoring, a plan), and the output holds expected text;
// 3. that page is served on a loopback port with a client bundle (esbuild) that loads Lit's
//    hydration support before the element modules, and Chromium hydrates it: no console or
//    page errors, every shadow root the server drew is reused, and the elements respond.
import { createServer } from 'node:http';
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../chromium.mjs';

export const name = 'ssr';
export const tools = ['@lit-labs/ssr', '@lit-labs/ssr-client', 'esbuild', 'playwright'];

/**
 * Every code entry a package exports for modules: `.` and named subpaths, and `./*` as each
 * element. The CDN files (`./cdn`, an autoloader) are browser scripts with Lit built in, for
 * a `<script>` tag, not for a server: they are left out.
 */
function entries(pkg, elements) {
  const out = [];
  for (const [key, target] of Object.entries(pkg.manifest.exports ?? {})) {
    if (key === './package.json' || key.endsWith('.json')) continue;
    if (/^\.\/(cdn|autoload)/.test(key)) continue;
    if (typeof target === 'string' && !/\.(m|c)?js$/.test(target)) continue;
    // Types only (JSX and Vue declarations): nothing to load at run time.
    if (target && typeof target === 'object') {
      if (!['node', 'import', 'default'].some((condition) => condition in target)) continue;
    }
    if (key === './*') out.push(...elements.map((dir) => `${pkg.name}/${dir}`));
    else if (!key.includes('*')) out.push(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
  }
  return out;
}

export default async function check(ctx) {
  const widgetsSrc = join(ctx.root, 'packages/widgets/src');
  const elements = readdirSync(widgetsSrc).filter((dir) =>
    existsSync(join(widgetsSrc, dir, 'define.ts')),
  );
  const tags = elements.map((dir) => `dtc-${dir}`);
  const dir = ctx.fixture('ssr');

  // 1. Imports touch no browser global.
  const specifiers = ctx.packages.flatMap((pkg) =>
    pkg.name === '@dtc/widgets' ? entries(pkg, elements) : entries(pkg, []),
  );
  for (const specifier of specifiers) {
    let reads;
    try {
      const out = ctx.run('node', ['imports.mjs', specifier], { cwd: dir });
      reads = JSON.parse(out.stdout.trim().split('\n').pop());
    } catch (error) {
      ctx.fail(`import ${specifier} in Node`, String(error.message).slice(-2000));
      continue;
    }
    const ours = reads.filter((r) => r.caller.includes('/node_modules/@dtc/'));
    const others = [
      ...new Set(
        reads
          .filter((r) => !ours.includes(r))
          .map(
            (r) =>
              `${r.name} by ${r.caller.replace(/^at .*?\(?file:\/\/.*?node_modules\//, '').replace(/:\d+:\d+\)?$/, '')}`,
          ),
      ),
    ];
    if (ours.length) {
      ctx.fail(
        `import ${specifier} reads no browser global`,
        ours.map((r) => `${r.name} read at ${r.caller}`).join('\n'),
      );
    } else {
      ctx.pass(
        `import ${specifier}: no browser global read${others.length ? ` (dependencies' feature tests: ${others.join('; ')})` : ''}`,
      );
    }
  }

  // 2. Every element renders on the server.
  writeFileSync(join(dir, 'tags.json'), JSON.stringify(tags));
  const rendered = JSON.parse(
    ctx.run('node', ['render.mjs'], { cwd: dir }).stdout.trim().split('\n').pop(),
  );
  for (const [tag, r] of Object.entries(rendered)) {
    const label = `@lit-labs/ssr renders <${tag}> to declarative shadow DOM`;
    if (!r.ok) ctx.fail(label, r.error);
    else if (!r.shadowRoot) ctx.fail(label, 'no <template shadowrootmode="open"> in the output');
    else if (!r.text) ctx.fail(label, 'the expected text is not in the output');
    else ctx.pass(`${label} (${(r.bytes / 1024).toFixed(1)} KB, expected text present)`);
  }
  if (Object.values(rendered).some((r) => !r.ok)) return;

  // 3. The browser hydrates it.
  writeFileSync(
    join(dir, 'elements.mjs'),
    `export const loaders = {\n${elements
      .map((d) => `  'dtc-${d}': () => import('@dtc/widgets/${d}'),`)
      .join('\n')}\n};\n`,
  );
  ctx.run(
    'npx',
    [
      'esbuild',
      'client.mjs',
      '--bundle',
      '--format=esm',
      '--splitting',
      '--outdir=public',
      '--minify',
      '--conditions=production',
    ],
    { cwd: dir },
  );
  const files = {
    '/': readFileSync(join(dir, 'page.html')),
    '/mark.js': readFileSync(join(dir, 'mark.js')),
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    let body = files[path];
    if (!body && /^\/[\w.-]+\.js$/.test(path) && existsSync(join(dir, 'public', path))) {
      body = readFileSync(join(dir, 'public', path));
    }
    if (!body) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import(join(ctx.dir, 'node_modules/playwright/index.mjs'));
  const browser = await chromium.launch({ executablePath: ctx.chrome, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.stack ?? e}`));
    await page.goto(url);
    await page.waitForFunction(() => window.clientReady === true, null, { timeout: 30_000 });
    const unregistered = await page.evaluate(
      (names) => names.filter((t) => !customElements.get(t)),
      tags,
    );
    if (unregistered.length) {
      ctx.fail(
        'the client bundle registers every element',
        `not registered after importing their @dtc/widgets entries: ${unregistered.join(', ')}`,
      );
      return;
    }
    // Every element, nested ones included, has finished its first (hydrating) update.
    await page.evaluate(async () => {
      for (const { el } of window.serverRendered) await el.updateComplete;
    });
    const state = await page.evaluate(() =>
      window.serverRendered.map(({ el, root, first }) => ({
        tag: el.localName,
        hydrated: el.hasUpdated === true && !el.hasAttribute('defer-hydration'),
        sameRoot: el.shadowRoot === root,
        sameContent: !first || (first.isConnected && first.getRootNode() === root),
      })),
    );
    const top = new Set(tags);
    const seen = new Set(state.map((s) => s.tag));
    const missing = tags.filter((t) => !seen.has(t));
    if (missing.length)
      ctx.fail('every element was server-rendered on the page', missing.join(', '));
    const bad = state.filter((s) => !s.hydrated || !s.sameRoot || !s.sameContent);
    if (!state.length)
      ctx.fail('the server-rendered shadow roots are hydrated and reused', 'none found');
    else if (bad.length)
      ctx.fail('the server-rendered shadow roots are hydrated and reused', JSON.stringify(bad));
    else
      ctx.pass(
        `Chromium hydrated ${state.length} server-rendered shadow roots (${[...top].filter((t) => seen.has(t)).length} element types), reusing each root and its content`,
      );

    // The questionnaire answers a click.
    const answered = await page.evaluate(async () => {
      const assessment = document.querySelector('dtc-assessment');
      const question = assessment?.shadowRoot?.querySelector('dtc-rubric-question');
      const card = question?.shadowRoot?.querySelector('[role="radio"]');
      if (!card) return { found: false };
      const events = [];
      assessment.addEventListener('dtc-response-change', (e) => events.push(e.detail));
      card.click();
      await assessment.updateComplete;
      await question.updateComplete;
      return {
        events: events.length,
        id: question.question.id,
        answer: assessment.response?.answers?.[question.question.id]?.value ?? null,
        checked: card.getAttribute('aria-checked'),
      };
    });
    if (answered.events && answered.answer !== null && answered.checked === 'true')
      ctx.pass(
        `the hydrated questionnaire takes a click on an answer (value ${answered.answer}, dtc-response-change fired)`,
      );
    else
      ctx.fail('the hydrated questionnaire takes a click on an answer', JSON.stringify(answered));

    // The results show, and their chart's table toggle works.
    const headings = rendered['dtc-results (fr)'].headings;
    const results = await page.evaluate(async (headings) => {
      const el = document.querySelector('section[data-tag="dtc-results"] dtc-results');
      const radar = el?.shadowRoot?.querySelector('dtc-radar-chart');
      const toggle = radar?.shadowRoot.querySelector('[part~="toggle"]');
      const before = radar?.showTable;
      toggle?.click();
      await radar?.updateComplete;
      const fr = document.querySelector('#results-fr');
      if (!el?.shadowRoot || !fr?.shadowRoot) return { found: false };
      return {
        radar: !!radar,
        points: radar?.shadowRoot.querySelectorAll('svg').length ?? 0,
        toggled:
          before === false && radar.showTable === true && !!radar.shadowRoot.querySelector('table'),
        french: fr.shadowRoot.querySelector('[part="heading"]')?.textContent.trim() === headings.fr,
        english:
          el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim() === headings.en,
      };
    }, headings);
    if (results.radar && results.points && results.toggled)
      ctx.pass('the hydrated results show their radar, and its table toggle responds');
    else
      ctx.fail(
        'the hydrated results show their radar, and its table toggle responds',
        JSON.stringify(results),
      );
    if (results.french && results.english)
      ctx.pass('the French results stay French after hydration, beside English ones');
    else
      ctx.fail(
        'the French results stay French after hydration, beside English ones',
        JSON.stringify(results),
      );

    // Reloaded, the server's empty questionnaire hydrates first; the answer saved in this
    // browser comes back right after (a mismatch would raise a hydration error).
    if (answered.answer !== null) {
      await page.reload();
      await page.waitForFunction(() => window.clientReady === true, null, { timeout: 30_000 });
      const restored = await page.evaluate(async (id) => {
        const assessment = document.querySelector('dtc-assessment');
        for (let i = 0; i < 50 && !assessment.response?.answers?.[id]; i++) {
          await new Promise((r) => setTimeout(r, 20));
        }
        return assessment.response?.answers?.[id]?.value ?? null;
      }, answered.id);
      if (restored === answered.answer)
        ctx.pass('after a reload the hydrated questionnaire restores the saved answer');
      else
        ctx.fail(
          'after a reload the hydrated questionnaire restores the saved answer',
          `got ${restored}`,
        );
    }

    if (problems.length)
      ctx.fail('no console errors, warnings or page errors', problems.join('\n'));
    else
      ctx.pass(
        'no console errors, warnings or page errors while hydrating, clicking and reloading',
      );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
