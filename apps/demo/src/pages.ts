/**
 * The page of each route, loaded on first visit (one chunk a page). Apart from the router,
 * so that pages can use the router's links without the router importing them.
 */
import type { RouteName } from './router.js';

export interface PageModule {
  /** The custom element tag the module defines. */
  tag: string;
}

const PAGES: Record<RouteName, () => Promise<PageModule>> = {
  home: () => import('./pages/home.js'),
  assess: () => import('./pages/assess.js'),
  results: () => import('./pages/results.js'),
  plan: () => import('./pages/plan.js'),
  history: () => import('./pages/history.js'),
  workshop: () => import('./pages/workshop.js'),
  resources: () => import('./pages/resources.js'),
  feedback: () => import('./pages/feedback.js'),
  report: () => import('./pages/report.js'),
  share: () => import('./pages/share.js'),
  'not-found': () => import('./pages/not-found.js'),
};

/** Loads the module of a route's page; resolves to its element's tag. */
export function loadPage(name: RouteName): Promise<PageModule> {
  return PAGES[name]();
}
