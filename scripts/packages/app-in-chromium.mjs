// The browser step the React and Vue checks share: serve a built app from a loopback port,
// open it in Chromium, click the first answer of the questionnaire and wait until the app
// shows what its typed `dtc-response-change` handler read (`#seen`) and `#results` renders.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { serveStatic } from './serve.mjs';

/**
 * Runs the shared steps on the app built in `dist`, then `more(page, seen, errors)` for the
 * framework's own checks. `seen` is the text the app showed after the click; `errors` holds
 * the page's errors so far (and keeps collecting).
 */
export async function clickThroughApp(ctx, dist, more) {
  if (!ctx.chrome) throw new Error('No Chromium found (set CHROME_PATH)');
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: ctx.chrome, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);

    const first = page.locator('dtc-rubric-question').first().locator('[role=radio]').first();
    await first.waitFor({ timeout: 15_000 }).catch(async (error) => {
      const defined = await page.evaluate(() =>
        ['dtc-assessment', 'dtc-rubric-question'].map((t) => `${t}: ${!!customElements.get(t)}`),
      );
      throw new Error(
        `${error.message}\nregistered: ${defined.join(', ')}\npage errors: ${errors.join('\n') || 'none'}`,
      );
    });
    await first.click();
    await page.waitForFunction(() => document.getElementById('seen')?.textContent, null, {
      timeout: 10_000,
    });
    const seen = await page.locator('#seen').textContent();
    if (!/^respondent \S+ \S+$/.test(seen ?? '')) {
      throw new Error(`the app showed "${seen}" after the click, not the event's detail`);
    }
    await page.waitForFunction(
      () => (document.getElementById('results')?.shadowRoot?.textContent ?? '').trim().length > 0,
      null,
      { timeout: 10_000 },
    );
    await more(page, seen, errors);
  } finally {
    await browser.close();
    server.close();
  }
}
