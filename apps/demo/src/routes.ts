/**
 * Every page of the site, declared once: its route name and path, its place in the main
 * navigation (in list order), its title (for `document.title`), and its module, loaded on
 * first visit (one chunk a page). The router, the navigation and the titles all read this list.
 */
import { useMessages, type MainMessageKey, type MessageGroup } from './i18n/index.js';

export interface PageModule {
  /** The custom element tag the module defines. */
  tag: string;
}

export interface RouteDef {
  name: string;
  /** One path segment below the site's root; `*` for any other path. */
  path: string;
  /** Also takes one more segment (`learn/<pillar id>`), given to the page as `Location.sub`. */
  sub?: boolean;
  /** The page's name, in `document.title` (in the catalog every page loads: the shell shows it). */
  title: MainMessageKey;
  /** The nav label, for routes in the main navigation. */
  nav?: MainMessageKey;
  /** Loads the page's module. */
  load: () => Promise<PageModule>;
}

/** A page's module with a group of messages only it uses, both loaded before it renders. */
function withMessages<T>(group: MessageGroup, page: Promise<T>): Promise<T> {
  return Promise.all([page, useMessages(group)]).then(([module]) => module);
}

export const ROUTES = [
  {
    name: 'home',
    path: '',
    title: 'home.title',
    nav: 'nav.home',
    load: () => import('./pages/home.js'),
  },
  {
    name: 'assess',
    path: 'assess',
    title: 'assess.title',
    nav: 'nav.assess',
    load: () => import('./pages/assess.js'),
  },
  {
    name: 'results',
    path: 'results',
    title: 'results.title',
    nav: 'nav.results',
    load: () => import('./pages/results.js'),
  },
  {
    name: 'plan',
    path: 'plan',
    title: 'plan.title',
    nav: 'nav.plan',
    load: () => import('./pages/plan.js'),
  },
  {
    name: 'history',
    path: 'history',
    title: 'history.title',
    nav: 'nav.history',
    load: () => import('./pages/history.js'),
  },
  {
    name: 'workshop',
    path: 'workshop',
    title: 'workshop.title',
    nav: 'nav.workshop',
    load: () => import('./pages/workshop.js'),
  },
  { name: 'team', path: 'team', title: 'team.list.title', load: () => import('./pages/team.js') },
  {
    name: 'gallery',
    path: 'gallery',
    title: 'gallery.title',
    load: () => import('./pages/gallery.js'),
  },
  // Workshop rooms: their pages load the room client (Yjs, the protocol) when entered, and
  // their words (the `room` group of messages) with their module.
  {
    name: 'room',
    path: 'room',
    title: 'room.title',
    load: () => withMessages('room', import('./pages/room.js')),
  },
  {
    name: 'join',
    path: 'join',
    title: 'join.title',
    load: () => withMessages('room', import('./pages/join.js')),
  },
  {
    name: 'learn',
    path: 'learn',
    sub: true,
    title: 'learn.title',
    nav: 'nav.learn',
    load: () => import('./pages/learn.js'),
  },
  {
    name: 'resources',
    path: 'resources',
    title: 'resources.title',
    nav: 'nav.resources',
    load: () => import('./pages/resources.js'),
  },
  {
    name: 'feedback',
    path: 'feedback',
    title: 'feedback.title',
    nav: 'nav.feedback',
    load: () => import('./pages/feedback.js'),
  },
  {
    name: 'report',
    path: 'report',
    title: 'report.title',
    load: () => import('./pages/report.js'),
  },
  { name: 'share', path: 'share', title: 'share.title', load: () => import('./pages/share.js') },
  {
    name: 'not-found',
    path: '*',
    title: 'notFound.title',
    load: () => import('./pages/not-found.js'),
  },
] as const satisfies readonly RouteDef[];

export type RouteName = (typeof ROUTES)[number]['name'];
