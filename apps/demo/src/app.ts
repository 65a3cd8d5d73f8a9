/**
 * The site's shell: skip link, header with navigation and language switcher, the page in
 * `<main>`, footer and a live region. It renders with lit-html into #app and swaps the
 * page element on every route change, moving focus to the new page's h1.
 */
import { html, nothing, render } from 'lit';
import { LOCALE_INFO, scriptSubstitute } from '@dtc/i18n';
import {
  dir,
  locale,
  LOCALES,
  onLocaleChange,
  pickLocale,
  provenanceNote,
  setLocale,
  t,
  type Locale,
} from './i18n/index.js';
import {
  applyUpdate,
  dismissUpdate,
  onUpdateChange,
  startOffline,
  updatePending,
} from './offline.js';
import { carryStoredResponses } from './migration.js';
import type { PageElement } from './page.js';
import {
  href,
  onNavigate,
  resolve,
  ROUTES,
  siteRoot,
  start,
  type Location,
  type RouteDef,
  type RouteName,
} from './router.js';
import { questionTitle } from './data.js';
import {
  dismissSetAside,
  getPrefs,
  listAssessments,
  now,
  readOnlyAssessments,
  setAsideData,
  setAsideRecords,
  setPrefs,
  storageProblem as storeProblem,
  storageStatus,
  subscribe,
  type SetAsideRecord,
} from './storage.js';
import { announce, download, focusElement, guard, STORAGE_PROBLEM_EVENT } from './ui.js';

let container: HTMLElement;
let page: PageElement | null = null;
let route: RouteDef | null = null;
let routeKey = '';
let menuOpen = false;
let loadError = false;
let storageProblem: 'quota' | 'unavailable' | null = null;
/** The language the user asked for could not be loaded (offline, before it was cached). */
let localeFailed: Locale | null = null;
/** The browser asked for Traditional Chinese and the site shows Simplified (until a switch). */
let traditionalAsked = false;

function applyDocumentLocale(): void {
  document.documentElement.lang = locale();
  document.documentElement.dir = dir();
}

function updateTitle(): void {
  const name = t('app.name');
  const title = page && route ? t(route.title) : undefined;
  document.title =
    title && title !== name ? t('app.documentTitle', { page: title, site: name }) : name;
}

async function changeLocale(next: Locale): Promise<void> {
  if (next === locale()) return;
  try {
    await setLocale(next);
  } catch {
    // The page keeps its language and says why the switch did not happen.
    localeFailed = next;
    draw();
    return;
  }
  localeFailed = null;
  traditionalAsked = false;
  guard(() => setPrefs({ locale: next }));
}

function skipToMain(event: Event): void {
  event.preventDefault();
  const main = document.getElementById('main');
  focusElement(main);
  main?.scrollIntoView();
}

function toggleMenu(): void {
  menuOpen = !menuOpen;
  draw();
}

function dismissUpdatePrompt(): void {
  dismissUpdate();
  // The buttons are gone: keep keyboard focus in the page rather than on <body>.
  focusElement(document.getElementById('main'));
}

/**
 * "A new version is available" with Reload and Not now. The message's live region is always
 * in the page, so screen readers announce the message when it appears; focus is not moved.
 */
function updatePrompt() {
  const pending = updatePending();
  return html`<div class=${pending ? 'update-prompt open' : 'update-prompt'}>
    <p role="status">${pending ? t('app.update.available') : nothing}</p>
    ${
      pending
        ? html`<div class="update-actions">
            <button type="button" class="button small" @click=${() => void applyUpdate()}>
              ${t('app.update.reload')}
            </button>
            <button type="button" class="button secondary small" @click=${dismissUpdatePrompt}>
              ${t('app.update.dismiss')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

function navItem(r: RouteDef) {
  const active = route?.name === r.name || (route?.name === 'report' && r.name === 'results');
  return html`<li>
    <a
      href=${href(r.name as Exclude<RouteName, 'not-found'>)}
      aria-current=${active ? 'page' : nothing}
      >${t(r.nav!)}</a
    >
  </li>`;
}

function draw(): void {
  const current = locale();
  render(
    html`
      <a class="skip-link" href="#main" @click=${skipToMain}>${t('app.skip')}</a>
      <header class="site-header">
        <div class="site-bar">
          <a class="brand" href=${href('home')}>
            <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
              <rect width="64" height="64" rx="12" />
              <g>
                <rect x="10" y="14" width="6" height="36" rx="2" />
                <rect x="18" y="20" width="6" height="30" rx="2" />
                <rect x="26" y="10" width="6" height="40" rx="2" />
                <rect x="34" y="24" width="6" height="26" rx="2" />
                <rect x="42" y="16" width="6" height="34" rx="2" />
                <rect x="50" y="28" width="4" height="22" rx="2" />
              </g>
            </svg>
            <span>${t('app.name')}</span>
          </a>
          <div class="language" role="group" aria-label=${t('app.language')}>
            ${LOCALES.map(
              (tag) =>
                html`<button
                  type="button"
                  lang=${tag}
                  dir=${LOCALE_INFO[tag].dir}
                  aria-pressed=${tag === current ? 'true' : 'false'}
                  @click=${() => void changeLocale(tag)}
                >
                  ${LOCALE_INFO[tag].name}
                </button>`,
            )}
            ${languageNote(current)}
          </div>
          <button
            type="button"
            class="menu-toggle"
            aria-expanded=${menuOpen ? 'true' : 'false'}
            aria-controls="site-nav"
            @click=${toggleMenu}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M3 6h18M3 12h18M3 18h18" />
            </svg>
            ${t('app.menu')}
          </button>
        </div>
        <nav
          id="site-nav"
          class=${menuOpen ? 'site-nav open' : 'site-nav'}
          aria-label=${t('app.nav')}
        >
          <ul>
            ${ROUTES.filter((r: RouteDef) => r.nav).map(navItem)}
          </ul>
        </nav>
        ${updatePrompt()}
      </header>
      <main id="main" tabindex="-1">
        ${storageBanner()}
        ${
          loadError
            ? html`<div class="page">
                <h1>${t('app.loadError.title')}</h1>
                <p>${t('app.loadError.body')}</p>
              </div>`
            : (page ?? html`<p class="loading">${t('app.loading')}</p>`)
        }
      </main>
      <footer class="site-footer">
        <p>${t('app.footer.privacy')}</p>
        <p>${t('app.footer.framework')}</p>
      </footer>
      <div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
    `,
    container,
  );
  updateTitle();
}

/** Under the language buttons: where this language's words come from, and a way to correct them. */
function languageNote(current: Locale) {
  const note = provenanceNote(current);
  if (!note) return nothing;
  return html`<p class="language-note">
    ${note} <a href=${href('feedback')}>${t('app.translation.correct')}</a>
  </p>`;
}

/** How many records set aside (or open read-only) the banner names; "and N more" after. */
export const LISTED_RECORDS = 10;

const SET_ASIDE_KEYS = {
  assessment: 'storage.setAside.assessment',
  answers: 'storage.setAside.answers',
  plan: 'storage.setAside.plan',
  'question-feedback': 'storage.setAside.questionFeedback',
  feedback: 'storage.setAside.feedback',
  details: 'storage.setAside.details',
  workshop: 'storage.setAside.workshop',
  participant: 'storage.setAside.participant',
  team: 'storage.setAside.team',
} as const;

/** One line about a record set aside: what it was, its name, why. */
function setAsideLine(record: SetAsideRecord): string {
  const questions = new Intl.ListFormat(locale(), { type: 'conjunction' }).format(
    (record.questions ?? []).map(questionTitle),
  );
  return t(SET_ASIDE_KEYS[record.kind], {
    name: record.name || t('common.untitled'),
    questions,
    reason: t(`storage.reason.${record.reason}`),
  });
}

/** Saves the data set aside during this visit, as it was stored, in one file. */
function downloadSetAside(): void {
  const name = `dtc-set-aside-${now().slice(0, 10)}.json`;
  const file = { format: 'dtc.demo-set-aside', exportedAt: now(), records: setAsideData() };
  download(name, JSON.stringify(file, null, 2), 'application/json');
  announce(t('results.exported', { name }));
}

/** Hides the message about data set aside (the data stays); focus goes back to the page. */
function hideSetAside(): void {
  dismissSetAside();
  focusElement(document.getElementById('main'));
}

/** Saves every assessment to a file, as History's export does (storage is full or disabled). */
async function exportAll(): Promise<void> {
  const { buildExport, exportFileName } = await import('./exchange.js');
  const name = exportFileName('assessments');
  download(name, JSON.stringify(buildExport(listAssessments()), null, 2), 'application/json');
  announce(t('results.exported', { name }));
}

function storageBanner() {
  const aside = setAsideRecords();
  const readOnly = readOnlyAssessments();
  const problem = storeProblem() ?? storageProblem;
  if (!problem && !aside.length && !readOnly.length && !localeFailed && !traditionalAsked) {
    return nothing;
  }
  const more = (count: number) =>
    count > LISTED_RECORDS
      ? html`<p>${t('storage.setAside.more', { count: count - LISTED_RECORDS })}</p>`
      : nothing;
  return html`<div class="alert alert-warning storage-banner" role="alert">
    ${traditionalAsked ? html`<p>${t('app.script.traditional')}</p>` : nothing}
    ${
      localeFailed
        ? html`<p>${t('app.localeFailed', { language: LOCALE_INFO[localeFailed].name })}</p>`
        : nothing
    }
    ${
      problem
        ? html`<p>${t(problem === 'quota' ? 'common.storageFull' : 'common.storageUnavailable')}</p>
            <button type="button" class="button small" @click=${() => void exportAll()}>
              ${t('common.storageExport')}
            </button>`
        : nothing
    }
    ${readOnly
      .slice(0, LISTED_RECORDS)
      .map(
        (a) =>
          html`<p>${t('storage.readOnly', { name: a.response.label || t('common.untitled') })}</p>`,
      )}
    ${more(readOnly.length)}
    ${
      aside.length
        ? html`<p>${t('storage.setAside.title', { count: aside.length })}</p>
            <ul>
              ${aside.slice(0, LISTED_RECORDS).map((r) => html`<li>${setAsideLine(r)}</li>`)}
            </ul>
            ${more(aside.length)}
            <div class="actions">
              <button type="button" class="button small secondary" @click=${downloadSetAside}>
                ${t('storage.setAside.download')}
              </button>
              <button type="button" class="button small secondary" @click=${hideSetAside}>
                ${t('storage.setAside.dismiss')}
              </button>
            </div>`
        : nothing
    }
  </div>`;
}

/** The page's h1: in the page itself, or inside an element that brings it (the report). */
function findHeading(root: Element | ShadowRoot): HTMLElement | null {
  const own = root.querySelector<HTMLElement>('h1');
  if (own) return own;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot ? findHeading(el.shadowRoot) : null;
    if (found) return found;
  }
  return null;
}

async function show(loc: Location, how: 'push' | 'pop' | 'replace' | 'start'): Promise<void> {
  const key = `${loc.route.name}/${loc.sub}?${loc.params.toString()}`;
  // Same page and query (a fragment-only change, or a `replace`): leave the page alone.
  if (page && key === routeKey && how !== 'start') return;
  routeKey = key;
  menuOpen = false;
  loadError = false;
  route = loc.route;
  let tag: string;
  try {
    tag = (await loc.route.load()).tag;
  } catch {
    loadError = true;
    page = null;
    draw();
    return;
  }
  if (routeKey !== key) return; // another navigation won the race
  await customElements.whenDefined(tag);
  const next = document.createElement(tag) as PageElement;
  page = next;
  draw();
  await next.updateComplete;
  // Elements inside the page render in the same frame; let them finish before focusing.
  await Promise.all(
    [...next.querySelectorAll('*')].map((el) => (el as Partial<PageElement>).updateComplete),
  );
  updateTitle();
  // A link to a part of the page (`/learn/data-evidence#security-privacy`): the page goes there.
  if (how !== 'replace' && loc.hash && (await next.revealFragment(loc.hash))) return;
  if (how === 'push' || how === 'pop') {
    if (how === 'push') window.scrollTo(0, 0);
    focusElement(findHeading(next));
  }
}

/** Starts the site in `root` (an empty element). */
export async function startApp(root: HTMLElement): Promise<void> {
  container = root;
  const saved = getPrefs().locale;
  const preferred = saved ?? pickLocale(navigator.languages);
  // A reader of Traditional Chinese gets Simplified: say so (the first tag of that language).
  const asked = navigator.languages.find((tag) => pickLocale(tag) === preferred);
  traditionalAsked = !saved && !!asked && !!scriptSubstitute(asked, preferred);
  await setLocale(preferred);
  applyDocumentLocale();
  onLocaleChange(() => {
    applyDocumentLocale();
    draw();
  });
  onNavigate((loc, how) => void show(loc, how));
  const status = storageStatus();
  if (status !== 'ok') storageProblem = status;
  // A change refused by the browser, or data set aside, shows above the page at once; a
  // problem found at start goes once a write succeeds.
  subscribe(() => {
    if (storageProblem && !storeProblem() && storageStatus() === 'ok') storageProblem = null;
    draw();
  });
  // Responses made with the framework's earlier version are carried to this one before any
  // page shows them (and again when another tab stores one).
  await carryStoredResponses().catch(() => 0);
  window.addEventListener('storage', () => void carryStoredResponses().catch(() => 0));
  window.addEventListener(STORAGE_PROBLEM_EVENT, (event) => {
    storageProblem = (event as CustomEvent<'quota' | 'unavailable'>).detail;
    draw();
  });
  // Load the first page's module before drawing anything: the page then appears at once,
  // without a "loading" state that would shift the layout.
  await resolve(new URL(location.href))
    .route.load()
    .catch(() => undefined);
  draw();
  start();
  onUpdateChange(draw);
  startOffline(siteRoot(), () => announce(t('app.offlineReady')));
}
