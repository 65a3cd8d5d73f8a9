import './styles.css';
import { visuallyHidden } from '@dtc/widgets/styles';
import { startApp } from './app.js';
import { setRoot } from './router.js';
import { trustSiteScripts } from './trusted-types.js';

// The links of the head (icons, manifest) are relative to the site's folder; a browser may
// fetch them again later, from the page's address then, which is one level deeper on
// /learn/<pillar>: they keep the address they have now. Such a page also has a <base>
// (index.html) so that the site's files load from its folder; they have, and the page's own
// fragment links must not follow it: it goes.
for (const link of document.querySelectorAll<HTMLLinkElement>(
  'link[href]:not([rel~=stylesheet])',
)) {
  link.setAttribute('href', link.href);
}
document.querySelector('base[data-site-root]')?.remove();

// The site's root is the folder above this module (src/ in development, assets/ when built),
// which lets the built site run from any folder.
const root = new URL(import.meta.url);
root.pathname = root.pathname.replace(/[^/]*\/[^/]*$/, '');
setRoot(root);
// Before anything registers a script URL (the service worker), under Trusted Types.
trustSiteScripts(root);

// The page's own screen-reader-only text uses the elements' rule.
if (visuallyHidden.styleSheet) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, visuallyHidden.styleSheet];
}

void startApp(document.getElementById('app')!);
