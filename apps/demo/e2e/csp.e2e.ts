/**
 * The demo ships with a strict Content-Security-Policy, sent by its server as a header and
 * written into the page: no 'unsafe-inline' for scripts or styles, Trusted Types required.
 * (Every other end-to-end test runs under it, and fails on any violation: see helpers.ts.)
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, launch, open, url } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy of the demo', () => {
  it('is sent with every page, the same as in the page, and strict', async () => {
    for (const path of ['', 'assess', 'history/', 'share']) {
      const response = await fetch(url(path), { headers: { accept: 'text/html' } });
      const header = response.headers.get('content-security-policy') ?? '';
      const page = await response.text();
      expect(page, path).toContain(`content="${header.replaceAll("'", '&#39;')}"`);
      const directives = new Map(
        header.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')).toEqual(["'self'"]);
      // Its own files, and the one inline script of index.html by its hash.
      expect(directives.get('script-src')).toEqual([
        "'self'",
        expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/),
      ]);
      expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
      expect(directives.get('trusted-types')).toEqual(['lit-html', 'default']);
      expect(header).not.toContain('unsafe');
    }
  });

  it("lets the site's service worker through Trusted Types, and no other script URL", async () => {
    const w = await open(browser);
    await goto(w.page, 'assess');
    const outcome = await w.page.evaluate(async () => {
      const tried: Record<string, string> = {};
      for (const script of ['./sw.js', './other.js', 'https://example.org/sw.js']) {
        try {
          await navigator.serviceWorker.register(script);
          tried[script] = 'registered';
        } catch (error) {
          tried[script] = (error as Error).message;
        }
      }
      return tried;
    });
    // Whether sw.js exists is the offline feature's business; here only the policy is.
    expect(outcome['./sw.js']).not.toMatch(/TrustedScriptURL/);
    expect(outcome['./other.js']).toMatch(/TrustedScriptURL/);
    expect(outcome['https://example.org/sw.js']).toMatch(/TrustedScriptURL/);
    // The two refusals are reported (once by each copy of the policy, header and page), and
    // nothing else.
    const refused = () =>
      [
        ...new Set(
          w.violations.map((v) => v.match(/require-trusted-types-for .*register\|(.*)$/)?.[1] ?? v),
        ),
      ].sort();
    await expect.poll(refused).toEqual(['./other.js', 'https://example.org/sw.js']);
    await w.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(refused()).toEqual(['./other.js', 'https://example.org/sw.js']);
    w.violations.length = 0;
    await w.context.close();
  });
});
