import { it } from 'vitest';
import '../index.js';
import { settled } from '../../test/chart-helpers.js';
import { auditPage } from '../../test/xss.js';
import { xssFramework, xssResponse } from '../../test/xss-documents.js';
it('dbg', async () => {
  const fw = xssFramework();
  const el = Object.assign(document.createElement('dtc-assessment'), { framework: fw, response: xssResponse(fw), locale: 'en', noAutosave: true });
  document.body.append(el);
  await settled(el);
  await new Promise((r) => setTimeout(r, 500));
  const a = auditPage('dtc-assessment');
  console.info(a.texts.slice(0, 40).join(' | '));
  console.info(el.shadowRoot!.innerHTML.slice(0, 1500));
});
