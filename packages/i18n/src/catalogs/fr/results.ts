import type { ResultsMessages } from '../en/index.js';

export const results: ResultsMessages = {};
