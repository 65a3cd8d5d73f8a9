// Draws the web app manifest's PNG icons from the site's own SVG marks (public/favicon.svg
// and public/icon-maskable.svg) with the machine's Chromium, into public/. Run it after
// changing a mark: `node apps/demo/scripts/icons.mjs`. The PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const PUBLIC = new URL('../public/', import.meta.url);

/** [source SVG, output PNG, size in px] */
const ICONS = [
  ['favicon.svg', 'icon-192.png', 192],
  ['favicon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, target, size] of ICONS) {
    const svg = await readFile(new URL(source, PUBLIC), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(new URL(target, PUBLIC), png);
    console.log(`${fileURLToPath(new URL(target, PUBLIC))}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
