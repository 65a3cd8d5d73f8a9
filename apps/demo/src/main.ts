import './styles.css';
import { visuallyHidden } from '@dtc/widgets/styles';
import { startApp } from './app.js';
import { setRoot } from './router.js';
import { trustSiteScripts } from './trusted-types.js';

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
