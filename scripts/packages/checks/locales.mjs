// Languages are loaded on demand, in every way a partner builds a page from the packages:
// an esbuild bundle and a Vite build of `import '@dtc/widgets/assessment'`, and the CDN
// bundle (`@dtc/widgets/cdn`). Each page holds only <dtc-assessment>, pointed at the split
// framework files of `@dtc/framework` (`six-pillars.base.json` + `six-pillars.{locale}.json`).
// In Chromium, an English page receives no French word (UI or framework) and never asks
// for the French texts; a French page receives the French UI words and framework texts.
// It prints the gzip size of the framework files and of each French UI chunk.
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'locales';
export const tools = ['esbuild', 'vite', 'playwright'];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })),
  );
}

const page = (lang, script) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>dtc</title></head>
  <body>
    <dtc-assessment no-autosave src="./six-pillars.base.json" texts-src="./six-pillars.{locale}.json"></dtc-assessment>
    <script type="module" src="${script}"></script>
  </body>
</html>
`;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

export default async function check(ctx) {
  const dir = join(ctx.dir, 'locales');
  mkdirSync(dir, { recursive: true });
  const modules = join(ctx.dir, 'node_modules');
  const frameworkDist = join(modules, '@dtc/framework/dist');

  // French words to look for: UI messages of the installed catalogs that differ from English
  // and are plain ASCII text (so a minifier writes them as they are), and framework texts.
  writeFileSync(
    join(dir, 'words.mjs'),
    `import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as i18n from '@dtc/i18n';
import { en } from '@dtc/i18n/en';
// Every namespace: those of the index, and one module per file under namespaces/.
const dir = createRequire(import.meta.url).resolve('@dtc/i18n').replace(/index\\.js$/, 'namespaces/');
const modules = await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.js'))
  .map((f) => import('@dtc/i18n/namespaces/' + f.slice(0, -3))));
const namespaces = [i18n, ...modules].flatMap((m) =>
  Object.entries(m).filter(([k]) => k.endsWith('Namespace')).map(([, v]) => v));
i18n.useNamespaces(...namespaces);
await i18n.loadLocale('fr');
const words = Object.keys(en).flatMap((key) => {
  const fr = i18n.translate('fr', key);
  return !en[key].includes('{') && fr !== en[key] && /^[ -~]{10,}$/.test(fr) && fr.includes(' ') ? [fr] : [];
});
console.log(JSON.stringify(words));
`,
  );
  const uiWords = JSON.parse(ctx.run('node', ['words.mjs'], { cwd: dir }).stdout);
  if (uiWords.length < 10) throw new Error(`too few French UI words to look for: ${uiWords}`);
  const frTexts = JSON.parse(readFileSync(join(frameworkDist, 'six-pillars.fr.json'), 'utf8'));
  const textWords = Object.values(frTexts.texts)
    .filter((t) => /^[ -~]{12,}$/.test(t) && t.includes(' '))
    .slice(0, 50);
  if (textWords.length < 10) throw new Error('too few French framework texts to look for');
  ctx.log(
    `looking for ${uiWords.length} French UI messages and ${textWords.length} framework texts`,
  );

  const sizes = ['six-pillars.json', 'six-pillars.base.json', 'six-pillars.fr.json']
    .map((f) => `${f} ${gz(readFileSync(join(frameworkDist, f)))} B`)
    .join(', ');
  ctx.log(`framework files (gzip -9): ${sizes}`);

  // The three builds, each in its own folder with the framework files and an en and fr page.
  const builds = {};
  const withPages = (out, script) => {
    for (const f of ['six-pillars.base.json', 'six-pillars.fr.json']) {
      cpSync(join(frameworkDist, f), join(out, f));
    }
    writeFileSync(join(out, 'en.html'), page('en', script));
    writeFileSync(join(out, 'fr.html'), page('fr', script));
  };

  writeFileSync(join(dir, 'app.js'), "import '@dtc/widgets/assessment';\n");
  const esbuildOut = join(dir, 'esbuild');
  ctx.run(
    join(modules, '.bin/esbuild'),
    ['app.js', '--bundle', '--splitting', '--format=esm', '--minify', `--outdir=${esbuildOut}`],
    { cwd: dir },
  );
  withPages(esbuildOut, './app.js');
  builds.esbuild = esbuildOut;

  const viteRoot = join(dir, 'vite');
  mkdirSync(viteRoot, { recursive: true });
  writeFileSync(join(viteRoot, 'app.js'), "import '@dtc/widgets/assessment';\n");
  writeFileSync(join(viteRoot, 'en.html'), page('en', './app.js'));
  writeFileSync(join(viteRoot, 'fr.html'), page('fr', './app.js'));
  writeFileSync(
    join(viteRoot, 'vite.config.mjs'),
    `export default { base: './', logLevel: 'error', build: { outDir: 'dist', rollupOptions: { input: { en: 'en.html', fr: 'fr.html' } } } };\n`,
  );
  ctx.run(join(modules, '.bin/vite'), ['build'], { cwd: viteRoot });
  const viteOut = join(viteRoot, 'dist');
  for (const f of ['six-pillars.base.json', 'six-pillars.fr.json']) {
    cpSync(join(frameworkDist, f), join(viteOut, f));
  }
  builds.vite = viteOut;

  const cdnOut = join(dir, 'cdn');
  cpSync(join(modules, '@dtc/widgets/dist/cdn'), join(cdnOut, 'cdn'), { recursive: true });
  withPages(cdnOut, './cdn/dtc-widgets.js');
  builds.cdn = cdnOut;

  // French UI chunks per build: the emitted files that hold French UI messages.
  for (const [build, out] of Object.entries(builds)) {
    const french = filesUnder(out)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => uiWords.some((w) => readFileSync(f, 'utf8').includes(w)))
      .map((f) => `${f.slice(out.length + 1)} ${gz(readFileSync(f))} B`);
    ctx.log(`${build}: French UI chunks (gzip -9): ${french.join(', ')}`);
  }

  const { chromium } = await import(join(modules, 'playwright/index.mjs'));
  const { CHROMIUM_ARGS } = await import(join(ctx.root, 'scripts/chromium.mjs'));
  const browser = await chromium.launch({ executablePath: ctx.chrome, args: CHROMIUM_ARGS });
  try {
    for (const [build, out] of Object.entries(builds)) {
      const { server, port } = await serve(out);
      /** gzip bytes received per page: scripts, and framework files. */
      const totals = {};
      try {
        for (const lang of ['en', 'fr']) {
          const label = `${build}: ${lang} page`;
          try {
            const tab = await browser.newPage();
            const received = [];
            tab.on('response', (res) => {
              received.push(
                res.body().then(
                  (body) => ({ url: new URL(res.url()).pathname, body: body.toString('utf8') }),
                  () => ({ url: new URL(res.url()).pathname, body: '' }),
                ),
              );
            });
            const errors = [];
            tab.on('pageerror', (e) => errors.push(e.message));
            await tab.goto(`http://127.0.0.1:${port}/${lang}.html`);
            const heading =
              lang === 'fr'
                ? 'Stratégie nationale pour le numérique éducatif'
                : 'National strategy for digital education';
            await tab.waitForFunction(
              (h) =>
                document
                  .querySelector('dtc-assessment')
                  ?.shadowRoot?.querySelector('#step-heading')
                  ?.textContent?.includes(h),
              heading,
              { timeout: 15000 },
            );
            // Let the UI words of the page's language arrive too.
            await tab.waitForFunction(
              (lang) =>
                document
                  .querySelector('dtc-assessment')
                  ?.shadowRoot?.querySelector('.actions button')
                  ?.textContent?.trim() === (lang === 'fr' ? 'Suivant' : 'Next'),
              lang,
              { timeout: 15000 },
            );
            await tab.waitForLoadState('networkidle');
            const bodies = await Promise.all(received);
            await tab.close();
            if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
            const urls = bodies.map((b) => b.url);
            const all = bodies.map((b) => b.body).join('\n');
            const ui = uiWords.filter((w) => all.includes(w));
            const texts = textWords.filter((w) => all.includes(w));
            if (urls.some((u) => u.endsWith('/six-pillars.json')))
              throw new Error('fetched the single-file framework');
            if (lang === 'en') {
              if (urls.some((u) => u.endsWith('.fr.json')))
                throw new Error(`asked for French texts: ${urls.join(', ')}`);
              if (ui.length || texts.length)
                throw new Error(
                  `French words received: ${[...ui, ...texts].slice(0, 5).join(' | ')}`,
                );
            } else {
              if (!urls.some((u) => u.endsWith('/six-pillars.fr.json')))
                throw new Error(`did not fetch the French texts: ${urls.join(', ')}`);
              if (!ui.length || !texts.length)
                throw new Error(
                  `French words missing (UI ${ui.length}, framework ${texts.length})`,
                );
            }
            const js = bodies.filter((b) => b.url.endsWith('.js'));
            const json = bodies.filter((b) => b.url.endsWith('.json'));
            const sum = (list) => list.reduce((n, b) => n + gz(Buffer.from(b.body)), 0);
            totals[lang] = { js: sum(js), json: sum(json) };
            ctx.log(
              `${label}: ${js.length} scripts ${totals[lang].js} B, ${json.map((b) => b.url).join(', ')} ${totals[lang].json} B (gzip -9)`,
            );
            ctx.pass(label);
          } catch (error) {
            ctx.fail(label, error);
          }
        }
        if (totals.en && totals.fr) {
          const more = totals.fr.js + totals.fr.json - totals.en.js - totals.en.json;
          ctx.log(`${build}: the French page receives ${more} B more than the English one`);
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
}
