import type { Catalog } from '../en/index.js';
import { assessment } from './assessment.js';
import { charts } from './charts.js';
import { common } from './common.js';
import { exportFiles } from './export.js';
import { group } from './group.js';
import { issues } from './issues.js';
import { migration } from './migration.js';
import { learn } from './learn.js';
import { plan } from './plan.js';
import { results } from './results.js';
import { timeline } from './timeline.js';

export const ru: Catalog = {
  ...common,
  ...assessment,
  ...results,
  ...charts,
  ...plan,
  ...issues,
  ...group,
  ...timeline,
  ...exportFiles,
  ...migration,
  ...learn,
};
export default ru;
