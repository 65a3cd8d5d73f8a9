/**
 * Financing models for digital education, and the pillars and components each one serves.
 * The explanations are this toolkit's own words, in the i18n catalogs under `resource.<id>.*`.
 */

export const RESOURCE_IDS = [
  'universal-service-funds',
  'e-rate-discounts',
  'public-private-partnerships',
  'blended-finance',
  'outcome-based-finance',
  'pooled-procurement',
  'zero-rating',
  'corporate-social-responsibility',
  'total-cost-of-ownership',
  'open-source-open-content',
  'device-leasing',
  'multi-year-budgeting',
] as const;
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
