/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Offline use and updates. The service worker is generated at build time by vite-plugin-pwa
 * (Workbox): it keeps every file of the site in the browser on the first visit, so every page,
 * both languages and the framework work without a network afterwards. When a visit finds a new
 * version of the site, the new worker waits and the shell shows a prompt: "Reload to update"
 * hands control to it and reloads; "Not now" keeps the current version until every tab of the
 * site is closed.
 */
import { registerSW } from 'virtual:pwa-register';

type Listener = () => void;

let waiting = false;
let dismissed = false;
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<Listener>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** A new version of the site is installed and waiting, and the visitor has not said "Not now". */
export function updatePending(): boolean {
  return waiting && !dismissed;
}

/** Calls `listener` whenever `updatePending()` may have changed. */
export function onUpdateChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hides the prompt; the new version is used on a later visit. */
export function dismissUpdate(): void {
  dismissed = true;
  changed();
}

/** Lets the waiting version take over; the page reloads once it controls it. */
export async function applyUpdate(): Promise<void> {
  await update?.(true);
}

/**
 * Registers the service worker when the browser has them and the site is served over HTTP(S)
 * (`file:` and browsers without service workers keep working online only). `root` is the
 * site's folder: the worker and its scope live there. `offlineReady` is called once the first
 * visit has stored the site.
 */
export function startOffline(root: URL, offlineReady: () => void): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(root.protocol)) return;
  // The plugin registers `./sw.js` relative to the page: only pages one level below the
  // site's folder (every route) resolve it there.
  if (new URL('./', location.href).href !== root.href) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      changed();
    },
    onOfflineReady: offlineReady,
  });
}
