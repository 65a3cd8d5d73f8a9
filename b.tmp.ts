import { parseResponse, parseActionPlan } from '@dtc/schema';
import { decodeShareCode } from './apps/demo/src/share.ts';
const min = async (f: () => unknown) => { let best = Infinity; for (let i = 0; i < 3; i++) { const t = performance.now(); try { await f(); } catch {} best = Math.min(best, performance.now() - t); } return best.toFixed(0); };
const a = JSON.stringify(Object.fromEntries(Array.from({ length: 199988 }, (_, i) => ['k' + i, { value: 3, answeredAt: '2026-03-25T09:30:00Z' }])));
const b = JSON.stringify({ format: 'dtc.action-plan', version: 2, pillarPriorities: Object.fromEntries(Array.from({ length: 173065 }, (_, i) => ['k' + i, {}])) });
console.log(`A ${(a.length/1e6).toFixed(1)} MB: JSON.parse ${await min(() => JSON.parse(a))} ms, parseResponse ${await min(() => parseResponse(a))} ms`);
console.log(`B ${(b.length/1e6).toFixed(1)} MB: JSON.parse ${await min(() => JSON.parse(b))} ms, parseActionPlan ${await min(() => parseActionPlan(b))} ms`);
const brackets = '['.repeat(4313313);
const cs = new Blob([brackets]).stream().pipeThrough(new CompressionStream('deflate-raw'));
const bytes = new Uint8Array(await new Response(cs).arrayBuffer());
let bin = ''; for (const x of bytes) bin += String.fromCharCode(x);
const code = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
console.log(`C code ${code.length} chars: JSON.parse ${await min(() => JSON.parse(brackets))} ms, decodeShareCode ${await min(() => decodeShareCode(code))} ms`);
try { await decodeShareCode(code); } catch (e) { console.log(String(e).slice(0, 200)); }
