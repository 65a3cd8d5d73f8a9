/**
 * Financing models for digital education, and the pillars and components each one serves.
 * The explanations are this toolkit's own words, in the i18n catalogs under `resource.<id>.*`.
 */

import { FINANCING_MODELS } from '@dtc/schema';

/** The financing models, in the order the page shows them. */
export const RESOURCE_IDS = FINANCING_MODELS;
export type ResourceId = (typeof RESOURCE_IDS)[number];

/** Component ids (from @dtc/framework) that each financing model helps with. */
export const RESOURCE_LINKS: Record<ResourceId, readonly string[]> = {
  'universal-service-funds': ['innovative-financing', 'financing-strategy', 'electricity-internet'],
  'e-rate-discounts': ['innovative-financing', 'financing-strategy', 'electricity-internet'],
  'public-private-partnerships': [
    'innovative-financing',
    'procurement',
    'electricity-internet',
    'hardware-devices',
    'partnerships',
  ],
  'blended-finance': ['innovative-financing', 'financing-strategy'],
  'outcome-based-finance': ['innovative-financing', 'quality-coverage', 'actionable-insights'],
  'pooled-procurement': [
    'procurement',
    'total-cost-of-ownership',
    'electricity-internet',
    'hardware-devices',
  ],
  'zero-rating': ['electricity-internet', 'software-services', 'digital-content'],
  'corporate-social-responsibility': ['innovative-financing', 'hardware-devices', 'partnerships'],
  'total-cost-of-ownership': [
    'total-cost-of-ownership',
    'financing-strategy',
    'hardware-devices',
    'software-services',
    'learning-spaces',
  ],
  'open-source-open-content': ['total-cost-of-ownership', 'software-services', 'digital-content'],
  'device-leasing': ['total-cost-of-ownership', 'procurement', 'hardware-devices'],
  'multi-year-budgeting': ['financing-strategy', 'total-cost-of-ownership', 'digital-strategy'],
};
