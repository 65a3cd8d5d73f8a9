/** Plans, results and a PNG for the tests of the Word and Excel files. */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { sixPillars } from '@dtc/framework';
import { parseActionPlan, type ActionPlan, type Result } from '@dtc/schema';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

function parsed(input: unknown): ActionPlan {
  const r = parseActionPlan(input, sixPillars);
  if (!r.ok) throw new Error(`plan does not parse: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** docs/examples/action-plan.json: six actions over the six pillars, costs in XOF. */
export const englishPlan: ActionPlan = parsed(JSON.parse(read('docs/examples/action-plan.json')));

/** The result of docs/examples/response.json (what `scoreResponse` gives, checked elsewhere). */
export const result: Result = JSON.parse(read('docs/examples/result.json')) as Result;

/**
 * The full example of docs/plan-format.md (a plan of Senegal written in French, every field),
 * with a second action costed in euros, so that the totals are kept per currency.
 */
export const frenchPlan: ActionPlan = (() => {
  const doc = read('docs/plan-format.md');
  const block = doc.slice(doc.indexOf('## A full example')).match(/```json\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('docs/plan-format.md has no full example');
  const plan = JSON.parse(block) as { actions: unknown[] };
  plan.actions.push({
    id: 'former-enseignants',
    priority: 'electricity-internet',
    pillar: 'capacity-culture',
    title: 'Former 5 000 enseignants à l’usage pédagogique du numérique',
    horizon: 'long',
    targetLevel: 3,
    outcome: 'teaching',
    status: 'planned',
    lead: 'Direction de la formation',
    cost: {
      amount: 250000,
      currency: 'EUR',
      kind: 'recurrent',
      years: { from: 2028, to: 2029 },
      budgeted: true,
    },
    funding: [{ source: { model: 'blended-finance' }, amount: 100000, status: 'requested' }],
    indicators: [
      {
        name: 'Enseignants formés',
        unit: 'enseignants',
        baseline: { value: 0, year: 2026 },
        target: { value: 5000, year: 2029 },
      },
    ],
    milestones: [{ what: 'Premier module en ligne', year: 2028, quarter: 2, done: false }],
  });
  return parsed(plan);
})();

/** A PNG file of `width` × `height` grey pixels, made here (no image library). */
export function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
