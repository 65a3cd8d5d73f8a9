import type { ChartsMessages } from '../en/index.js';

export const charts: ChartsMessages = {};
