// A partner's production build: `import '@dtc/widgets/<element>'` bundled by esbuild and by
// Vite, for every element the package ships. Each build is loaded in Chromium, which must
// have registered exactly that element and the ones it renders (found by following the
// installed module graph), and no other; sizes are printed. Then `scoreResponse` bundled
// alone must carry no zod (the validator is for parsing input, not for scoring). The README
// examples tagged ```ts browser are bundled the same way and run in Chromium (the framework
// JSON is served at /six-pillars.json, as a partner's site would).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../../chromium.mjs';
import { readmeExamples } from '../examples.mjs';

export const name = 'bundlers';
export const tools = ['esbuild', 'vite', 'playwright'];

const DEFINE = /customElements\.define\(\s*["'`](dtc-[a-z0-9-]+)["'`]/g;

/** Imports a tool from the consumer project, not from the repository. */
async function consumerImport(ctx, name) {
  const require = createRequire(join(ctx.dir, 'package.json'));
  return import(pathToFileURL(require.resolve(name)).href);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(files) {
  const code = files.map((f) => readFileSync(f));
  const raw = code.reduce((sum, c) => sum + c.length, 0);
  const gzip = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
  return { raw, gzip, text: code.map(String).join('\n') };
}

function registeredIn(text) {
  return new Set([...text.matchAll(DEFINE)].map((m) => m[1]));
}

/**
 * The tags a module of the installed package registers, itself or through what it imports
 * (relative imports only: they are the package's own modules). With `lazy`, also through
 * `import()`: modules an element loads later, on demand (the question feedback panel).
 */
function tagsReachedFrom(file, lazy = false, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const tags = registeredIn(text);
  const imports = lazy
    ? /(?:from\s*|import\s*\(?\s*)["'](\.\.?\/[^"']+)["']/g
    : /(?:from\s*|import\s*)["'](\.\.?\/[^"']+)["']/g;
  for (const [, spec] of text.matchAll(imports)) {
    for (const tag of tagsReachedFrom(resolve(dirname(file), spec), lazy, seen)) tags.add(tag);
  }
  return tags;
}

function listFiles(dir, ext) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(ext));
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root) {
  const server = createServer((request, response) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
    if (!path.startsWith(root + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export default async function check(ctx) {
  const dir = join(ctx.dir, 'bundlers');
  mkdirSync(dir, { recursive: true });
  const widgets = join(ctx.dir, 'node_modules', '@dtc', 'widgets');
  const elements = readdirSync(join(widgets, 'dist'))
    .filter((entry) => existsSync(join(widgets, 'dist', entry, 'define.js')))
    .sort();
  if (!elements.length) throw new Error('@dtc/widgets has no dist/<element>/define.js');
  const allTags = elements.map((element) => `dtc-${element}`);

  const esbuild = await consumerImport(ctx, 'esbuild');
  const vite = await consumerImport(ctx, 'vite');
  const playwright = await consumerImport(ctx, 'playwright');
  const chromium = playwright.chromium ?? playwright.default.chromium;

  // Build: one entry per element, each bundled on its own, as a page of a partner's site.
  const builds = [];
  for (const element of elements) {
    // Registered once the page has loaded; in the bundle, also those loaded on demand.
    const define = join(widgets, 'dist', element, 'define.js');
    const expected = tagsReachedFrom(define);
    expected.add(`dtc-${element}`);
    const bundled = new Set([...expected, ...tagsReachedFrom(define, true)]);
    const app = join(dir, 'src', element);
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'main.js'), `import '@dtc/widgets/${element}';\n`);
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html>\n<html><head><meta charset="utf-8"><title>${element}</title>` +
        `<link rel="icon" href="data:,">` +
        `<script type="module" src="./main.js"></script></head><body></body></html>\n`,
    );

    const esbuildOut = join(dir, 'esbuild', element);
    mkdirSync(esbuildOut, { recursive: true });
    await esbuild.build({
      absWorkingDir: dir,
      entryPoints: [join(app, 'main.js')],
      outfile: join(esbuildOut, 'main.js'),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'error',
    });
    writeFileSync(join(esbuildOut, 'index.html'), readFileSync(join(app, 'index.html'), 'utf8'));
    builds.push({ bundler: 'esbuild', element, expected, bundled, out: esbuildOut });

    const viteOut = join(dir, 'vite', element);
    await vite.build({
      root: app,
      configFile: false,
      logLevel: 'error',
      base: './',
      build: { outDir: viteOut, emptyOutDir: true },
    });
    builds.push({ bundler: 'vite', element, expected, bundled, out: viteOut });
  }

  // In a browser build, `@dtc/widgets/cdn` is the prebuilt one-file bundle (its `browser`
  // condition), which registers every element.
  const cdnApp = join(dir, 'src', 'cdn');
  mkdirSync(cdnApp, { recursive: true });
  writeFileSync(join(cdnApp, 'main.js'), `import '@dtc/widgets/cdn';\n`);
  writeFileSync(
    join(cdnApp, 'index.html'),
    readFileSync(join(dir, 'src', elements[0], 'index.html'), 'utf8'),
  );
  const cdnOut = join(dir, 'esbuild', 'cdn');
  const cdnBuild = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [join(cdnApp, 'main.js')],
    outfile: join(cdnOut, 'main.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'error',
  });
  writeFileSync(join(cdnOut, 'index.html'), readFileSync(join(cdnApp, 'index.html'), 'utf8'));
  const cdnInputs = Object.keys(cdnBuild.metafile.inputs).filter((i) => i.includes('@dtc/'));
  // The CDN file, and the chunks it loads (other languages' words), nothing else.
  const fromCdn = (i) => i.includes('@dtc/widgets/dist/cdn/');
  if (
    !cdnInputs.every(fromCdn) ||
    !cdnInputs.some((i) => i.endsWith('@dtc/widgets/dist/cdn/dtc-widgets.js'))
  ) {
    ctx.fail(`esbuild: '@dtc/widgets/cdn' resolves to the CDN file`, new Error(cdnInputs.join()));
  }
  builds.push({
    bundler: 'esbuild',
    element: 'cdn',
    expected: new Set(allTags),
    bundled: new Set(allTags),
    out: cdnOut,
  });

  const readmes = [];
  copyFileSync(
    join(ctx.dir, 'node_modules', '@dtc', 'framework', 'dist', 'six-pillars.json'),
    join(dir, 'six-pillars.json'),
  );
  for (const pkg of ctx.packages) {
    const readme = join(ctx.dir, 'node_modules', pkg.name, 'README.md');
    if (!existsSync(readme)) continue;
    for (const [i, example] of readmeExamples(readFileSync(readme, 'utf8')).entries()) {
      if (example.env !== 'browser') continue;
      const id = `readme-${pkg.name.replace(/\W/g, '-')}-${i}`;
      const app = join(dir, 'src', id);
      mkdirSync(app, { recursive: true });
      writeFileSync(join(app, `example.${example.lang}`), example.code);
      writeFileSync(
        join(app, 'main.js'),
        `import './example.${example.lang}';\nwindow.dtcExampleDone = true;\n`,
      );
      const out = join(dir, 'esbuild', id);
      await esbuild.build({
        absWorkingDir: dir,
        entryPoints: [join(app, 'main.js')],
        outfile: join(out, 'main.js'),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        logLevel: 'error',
      });
      writeFileSync(
        join(out, 'index.html'),
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${id}</title>` +
          `<link rel="icon" href="data:,"><script type="module" src="./main.js"></script>` +
          `</head><body></body></html>\n`,
      );
      readmes.push({ label: `${pkg.name} README example at line ${example.line}`, out });
    }
  }

  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: ctx.chrome, args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const build of builds) {
      const label = `${build.bundler}: import '@dtc/widgets/${build.element}'`;
      try {
        const { raw, gzip, text } = sizes(listFiles(build.out, '.js'));
        const inBundle = registeredIn(text);
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        const url = `${origin}/${relative(dir, build.out).split(sep).join('/')}/index.html`;
        await page.goto(url, { waitUntil: 'load' });
        const defined = await page.evaluate(
          (tags) => tags.filter((tag) => customElements.get(tag) !== undefined),
          allTags,
        );
        await page.close();
        const want = [...build.expected].sort();
        const problems = [];
        if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
        if (defined.join() !== want.join()) {
          problems.push(`registered [${defined.join(', ')}], expected [${want.join(', ')}]`);
        }
        const extra = [...inBundle].filter((tag) => !build.bundled.has(tag));
        if (extra.length) problems.push(`bundle also registers ${extra.join(', ')}`);
        if (problems.length) throw new Error(problems.join('\n'));
        ctx.pass(`${label} → ${want.join(', ')} (${kb(raw)}, ${kb(gzip)} gzip)`);
      } catch (error) {
        ctx.fail(label, error);
      }
    }
    for (const { label, out } of readmes) {
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(`${origin}/${relative(dir, out).split(sep).join('/')}/index.html`);
        await page.waitForFunction(() => window.dtcExampleDone || false, null, { timeout: 15000 });
        // Every element the example put in the page is registered and has rendered.
        const unrendered = await page.evaluate(async () => {
          const elements = [...document.querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('dtc-'),
          );
          await Promise.all(elements.map((e) => e.updateComplete));
          return elements
            .filter((e) => !customElements.get(e.localName) || !e.shadowRoot?.childNodes.length)
            .map((e) => e.localName);
        });
        await page.close();
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        if (unrendered.length) throw new Error(`not rendered: ${unrendered.join(', ')}`);
        ctx.pass(`${label} runs in Chromium`);
      } catch (error) {
        ctx.fail(label, error);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  // The scoring engine alone: no validator in it.
  const scoring = join(dir, 'scoring');
  mkdirSync(scoring, { recursive: true });
  writeFileSync(
    join(scoring, 'main.js'),
    `import { scoreResponse } from '@dtc/scoring';\nglobalThis.scoreResponse = scoreResponse;\n`,
  );
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [join(scoring, 'main.js')],
    outfile: join(scoring, 'out.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'error',
  });
  const { raw, gzip } = sizes([join(scoring, 'out.js')]);
  const [output] = Object.values(result.metafile.outputs);
  const zodBytes = Object.entries(output.inputs)
    .filter(([input]) => input.includes('node_modules/zod/'))
    .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  const label = `esbuild: import { scoreResponse } from '@dtc/scoring' (${kb(raw)}, ${kb(gzip)} gzip)`;
  if (zodBytes > 0) {
    ctx.fail(label, new Error(`the bundle holds ${kb(zodBytes)} of zod (minified, before gzip)`));
  } else {
    ctx.pass(`${label}, no zod`);
  }
}
