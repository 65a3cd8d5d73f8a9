// Writes JSON Schema files for non-TypeScript partners (validation, editor completion).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  ActionPlan,
  Course,
  Framework,
  FrameworkMapping,
  FrameworkTexts,
  QuestionFeedback,
  Response,
} from '../src/index.js';

const base = 'https://dtc-toolkit.org/schema/';
const files = {
  'framework.schema.json': Framework,
  'framework-texts.schema.json': FrameworkTexts,
  'response.schema.json': Response,
  'action-plan.schema.json': ActionPlan,
  'feedback.schema.json': QuestionFeedback,
  'framework-mapping.schema.json': FrameworkMapping,
  'course.schema.json': Course,
} as const;

for (const [file, schema] of Object.entries(files)) {
  const json = {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: base + file,
  };
  writeFileSync(
    fileURLToPath(new URL(`../${file}`, import.meta.url)),
    JSON.stringify(json, null, 2) + '\n',
  );
  console.log(`wrote ${file}`);
}
