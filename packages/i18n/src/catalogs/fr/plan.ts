import type { PlanMessages } from '../en/index.js';

export const plan: PlanMessages = {};
