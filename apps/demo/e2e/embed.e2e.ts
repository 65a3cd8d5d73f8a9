/**
 * The one-script-tag embed (docs/examples/embed.html) with the built CDN bundle: the
 * questionnaire loads the framework by URL, answers reach <dtc-results>, nothing is
 * fetched from outside this machine, and axe finds nothing. The page is served with the
 * strict Content-Security-Policy of docs/embedding.md, and raises no violation of it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedPolicy } from '../../../scripts/documented-csp.mjs';
import { framework } from './fixtures.js';
import { axe, launch, open, overallExpected, overallShown } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const BUNDLE = resolve(ROOT, 'packages/widgets/dist/cdn/dtc-widgets.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
// Only what the example needs is served.
const ALLOWED = ['docs/examples/', 'packages/widgets/dist/cdn/', 'packages/framework/dist/'];

let server: Server;
let base = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('The CDN bundle is not built: run npm run build first.');
  const policy = documentedPolicy(ROOT);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    const file = resolve(ROOT, path);
    if (
      !file.startsWith(ROOT + sep) ||
      !ALLOWED.some((a) => path.startsWith(a)) ||
      !existsSync(file)
    ) {
      res.writeHead(404).end();
      return;
    }
    void readFile(file).then((body) => {
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
      });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('one-script-tag embed', () => {
  it('loads the framework by URL, answers by keyboard, shows results, stays local', async () => {
    const { page, outside, errors, context } = await open(browser);
    await page.goto(base + 'docs/examples/embed.html');
    const heading = page.locator('dtc-assessment h2, dtc-assessment [tabindex="-1"]').first();
    await heading.waitFor();
    // The first component of coordination and leadership is on screen.
    await page.locator('dtc-assessment').getByRole('radiogroup').first().waitFor();
    const firstCard = page.locator('dtc-assessment').getByRole('radio').first();
    await firstCard.focus();
    await page.keyboard.press('ArrowRight');
    // The results show what the engine gives for the response the questionnaire stored
    // (its storage-key), scored on the one section the page asks for.
    await page.locator('dtc-results').locator('.facts').waitFor();
    const response = await page.evaluate(() => localStorage.getItem('embed-example'));
    expect(response, 'the stored response').not.toBeNull();
    const result = scoreResponse(framework, JSON.parse(response!) as Response, {
      sections: ['coordination-leadership'],
    });
    const expected = overallExpected(result, framework.levels);
    await expect.poll(() => overallShown(page)).toEqual(expected);
    expect(await axe(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
