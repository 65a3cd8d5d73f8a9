// A Vue 3 app built on the installed tarballs, with the elements as native custom elements
// (`isCustomElement` for `dtc-`) in SFC templates, typed through the `GlobalComponents`
// declarations @dtc/widgets generates (`@dtc/widgets/vue`). `vue-tsc --noEmit` must pass on
// the app and fail on a wrong property type and on a handler for another event detail; the app
// builds with Vite + @vitejs/plugin-vue and, in Chromium, an answer's click reaches the typed
// handler.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickThroughApp } from '../app-in-chromium.mjs';

export const name = 'vue';
export const tools = ['vue', 'vue-tsc', '@vitejs/plugin-vue', 'vite', 'typescript', 'playwright'];

function vueTsc(ctx, cwd, label, include) {
  const config = `tsconfig.${label}.json`;
  writeFileSync(
    join(cwd, config),
    JSON.stringify({ extends: './tsconfig.json', include }, null, 2),
  );
  const result = ctx.run('npx', ['vue-tsc', '--noEmit', '-p', config], {
    cwd,
    allowFailure: true,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function mustFail(ctx, cwd, label, file) {
  const { status, output } = vueTsc(ctx, cwd, label, ['src/env.d.ts', file]);
  const inFile = output.split('\n').filter((l) => l.startsWith(file));
  if (status === 0 || !inFile.length || !/TS2322|TS2345|TS2769/.test(output)) {
    throw new Error(`${file} should fail to type-check, but vue-tsc said:\n${output}`);
  }
  ctx.log(inFile[0]);
}

export default async function check(ctx) {
  const app = ctx.fixture('vue');

  const typed = vueTsc(ctx, app, 'app', ['src/**/*.ts', 'src/**/*.vue']);
  if (typed.status !== 0) throw new Error(`vue-tsc --noEmit failed:\n${typed.output}`);
  ctx.pass('vue-tsc --noEmit: App.vue with <dtc-assessment> and <dtc-results>');

  mustFail(ctx, app, 'prop', 'negative/WrongProp.vue');
  ctx.pass('vue-tsc rejects a wrong property type (<dtc-results :framework="42">)');
  mustFail(ctx, app, 'handler', 'negative/WrongHandler.vue');
  ctx.pass('vue-tsc rejects a @dtc-response-change handler for another detail type');

  ctx.run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: app });
  ctx.pass('vite build (@vitejs/plugin-vue, isCustomElement)');

  await clickThroughApp(ctx, join(app, 'dist'), async (_page, seen, errors) => {
    ctx.pass(`Chromium: click an answer → the @dtc-response-change handler shows "${seen}"`);
    if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    ctx.pass('Chromium: <dtc-results> renders the response, no errors in the page');
  });
}
