/**
 * The Word and Excel files of the plan page, made in the browser by `@dtc/export` (no
 * request leaves the page). The plan page loads this module with `import()` when a button is
 * pressed: `@dtc/export`, `docx` and `exceljs` never load with the questionnaire or the shell.
 */
import '@dtc/widgets/results';
import { DOCX_TYPE, XLSX_TYPE, planToDocx, planToXlsx, type PlanFileInput } from '@dtc/export';
import type { ActionPlan, Result } from '@dtc/schema';
import { ALPHA3_TO_ALPHA2 } from './countries.js';
import { framework } from './data.js';
import { download } from './ui.js';

export type PlanFileKind = 'docx' | 'xlsx';

export interface PlanFileRequest {
  kind: PlanFileKind;
  plan: ActionPlan;
  result: Result;
  locale: string;
  /** The file name without its extension. */
  name: string;
  /** The country of the assessment, when the plan names none (ISO alpha-3). */
  country?: string | undefined;
}

/** The country's name in `locale` (from the browser's own data), or `undefined`. */
function countryName(code: string | undefined, locale: string): string | undefined {
  const region = code ? ALPHA3_TO_ALPHA2.get(code) : undefined;
  if (!region) return undefined;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region);
  } catch {
    return undefined;
  }
}

/** SVG properties whose values come from style sheets, copied onto the drawing's copy. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
];

/**
 * The results' radar, drawn by `<dtc-results>` itself (rendered out of sight), as a PNG: its
 * SVG with the computed paint of every shape written on a copy, drawn on a canvas through an
 * image (a `blob:` URL of the page's own making, which the CSP allows for images).
 */
export async function radarPng(result: Result, locale: string): Promise<Uint8Array | null> {
  const host = document.createElement('div');
  host.className = 'offscreen';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  const results = document.createElement('dtc-results');
  results.setAttribute('locale', locale);
  results.framework = framework;
  results.result = result;
  host.append(results);
  document.body.append(host);
  try {
    await results.updateComplete;
    const radar = results.shadowRoot?.querySelector('dtc-radar-chart');
    if (!radar) return null;
    await radar.updateComplete;
    const drawing = radar.shadowRoot?.querySelector('svg');
    if (!drawing) return null;
    const width = Number(drawing.getAttribute('width')) || drawing.viewBox.baseVal.width;
    const height = Number(drawing.getAttribute('height')) || drawing.viewBox.baseVal.height;
    if (!width || !height) return null;

    const copy = drawing.cloneNode(true) as SVGSVGElement;
    const originals = [drawing, ...drawing.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    originals.forEach((original, i) => {
      const style = getComputedStyle(original);
      const target = copies[i] as SVGElement;
      for (const property of PAINT)
        target.style.setProperty(property, style.getPropertyValue(property));
    });
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    const svgText = new XMLSerializer().serializeToString(copy);

    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const scale = 2; // sharp when the document is printed
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
      return png ? new Uint8Array(await png.arrayBuffer()) : null;
    } finally {
      URL.revokeObjectURL(url);
    }
  } finally {
    host.remove();
  }
}

/** Makes the Word or Excel file of the plan and downloads it. */
export async function downloadPlanFile(request: PlanFileRequest): Promise<void> {
  const { kind, plan, result, locale } = request;
  const input: PlanFileInput = { plan, framework, locale, result };
  const name = countryName(plan.country ?? request.country, locale);
  if (name) input.countryName = name;
  if (kind === 'docx') {
    // The radar is a picture in the document; without it the document is still complete.
    const png = await radarPng(result, locale).catch(() => null);
    if (png) input.radarPng = png;
    download(`${request.name}.docx`, await planToDocx(input), DOCX_TYPE);
  } else {
    download(`${request.name}.xlsx`, await planToXlsx(input), XLSX_TYPE);
  }
}
