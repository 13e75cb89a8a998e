import { requestSettingsEarly } from './app/early-settings';
import { prefetchPages, preloadPage } from './app/pages';

import 'antd/dist/antd.css';
import './app/global.css';

performance.mark('rc:script-start');
// Settings travel over IPC, and the page being opened loads, while the app's code downloads and
// compiles (early-settings.ts, pages.ts): three waits side by side instead of one after another.
// This module imports nothing heavy (vite.config.ts keeps it out of the library chunks), so the
// two requests go out before the libraries are evaluated. The first render waits for all three:
// it then draws the shell and the page at once, not a spinner first and the screen later.
const settings = requestSettingsEarly();
const page = preloadPage(window.location.hash);
void Promise.all([import('./app/App'), settings, page]).then(([{ mountApp }]) => {
  mountApp(document.getElementById('root')!);
  // Then, while the browser is idle, the other pages' code: left out of the first screen, but
  // a first visit should not wait for it.
  prefetchPages();
});
