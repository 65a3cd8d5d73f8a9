// A React 19 + TypeScript app (Vite) built on the installed tarballs: the questionnaire and the
// results through @dtc/react, and an element tag written directly in TSX through
// `@dtc/widgets/react-jsx`. It must type-check with `tsc --noEmit`, while a wrong prop type,
// a wrong event handler type and a wrong tag attribute must each fail; it builds with Vite and
// runs in Chromium, where clicking an answer runs the typed `onDtcResponseChange` handler and
// the app shows what it read from `event.detail`. A Preact TSX file type-checks against
// `@dtc/widgets/preact-jsx`, and a wrong one fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickThroughApp } from '../app-in-chromium.mjs';

export const name = 'react';
export const tools = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'vite',
  'typescript',
  'playwright',
  'preact',
];

/** Runs tsc with a one-off tsconfig over `files`; returns its output and exit status. */
function tsc(ctx, cwd, label, compilerOptions, files) {
  const config = `tsconfig.${label}.json`;
  writeFileSync(
    join(cwd, config),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions, include: files }, null, 2),
  );
  const result = ctx.run('npx', ['tsc', '--noEmit', '-p', config], { cwd, allowFailure: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A file that must not type-check: tsc fails, and its errors are in that file. */
function mustFail(ctx, cwd, label, options, file, pattern) {
  const { status, output } = tsc(ctx, cwd, label, options, [file]);
  const inFile = output.split('\n').filter((l) => l.startsWith(file));
  if (status === 0 || !inFile.length || !pattern.test(output)) {
    throw new Error(`${file} should fail to type-check with ${pattern}, but tsc said:\n${output}`);
  }
  ctx.log(inFile[0]);
}

export default async function check(ctx) {
  const app = ctx.fixture('react');

  const typed = tsc(ctx, app, 'app', {}, ['src']);
  if (typed.status !== 0) throw new Error(`tsc --noEmit failed:\n${typed.output}`);
  ctx.pass('tsc --noEmit: App.tsx (@dtc/react) and RawTags.tsx (@dtc/widgets/react-jsx)');

  mustFail(ctx, app, 'prop', {}, 'negative/wrong-prop.tsx', /TS2322/);
  ctx.pass('tsc rejects a wrong prop type (<DtcResults framework={42}>)');
  mustFail(ctx, app, 'handler', {}, 'negative/wrong-handler.tsx', /TS2322|TS2769/);
  ctx.pass('tsc rejects an onDtcResponseChange handler for another detail type');
  mustFail(ctx, app, 'tag', {}, 'negative/wrong-raw-tag.tsx', /TS2322/);
  ctx.pass('tsc rejects a wrong attribute type on <dtc-level-gauge> in TSX');

  const preact = { jsxImportSource: 'preact' };
  const preactTyped = tsc(ctx, app, 'preact', preact, ['preact/check.tsx']);
  if (preactTyped.status !== 0) throw new Error(`Preact tsc failed:\n${preactTyped.output}`);
  ctx.pass('tsc --noEmit: a Preact TSX file with <dtc-assessment> (@dtc/widgets/preact-jsx)');
  mustFail(ctx, app, 'preact-wrong', preact, 'preact/wrong.tsx', /TS2322/);
  ctx.pass('tsc rejects a wrong attribute type on <dtc-level-gauge> in Preact');

  ctx.run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: app });
  ctx.pass('vite build');

  await clickThroughApp(ctx, join(app, 'dist'), async (page, seen, errors) => {
    ctx.pass(`Chromium: click an answer → onDtcResponseChange ran, the app shows "${seen}"`);
    const gauge = await page.evaluate(
      () => !!document.getElementById('gauge')?.shadowRoot?.childElementCount,
    );
    if (!gauge) throw new Error('<dtc-level-gauge> written as a TSX tag did not render');
    ctx.pass('Chromium: <DtcResults> renders the response; the raw <dtc-level-gauge> tag renders');
    if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    ctx.pass('Chromium: no errors in the page');
  });
}
