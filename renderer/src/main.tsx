import { arrivedSettings, requestSettingsEarly } from './app/early-settings';
import { requestDataEarly } from './app/early-data';
import { prefetchPages, preloadPage } from './app/pages';
import { loadMessages } from './i18n/messages';
import { detectLanguage } from '@shared/i18n/languages';
import { prepareTimeZone } from '@shared/tickets/local-time';

import './app/antd-first.css';
import './app/global.css';

performance.mark('rc:script-start');
// Settings travel over IPC, and the page being opened loads, while the app's code downloads and
// compiles (early-settings.ts, pages.ts): the waits run side by side instead of one after another.
// This module imports nothing heavy (vite.config.ts keeps it out of the library chunks), so the
// requests go out before the libraries are evaluated. Once the settings say which language the
// app shows, its strings load (only that language's, i18n/messages.ts). The page's first data is
// asked for at the same time (early-data.ts: the customer list's first rows, home's counts). The
// first render waits for all of them: it then draws the shell and the page with its data at once,
// not a spinner first and the screen later.
const settings = requestSettingsEarly();
const data = requestDataEarly(window.location.hash);
const page = preloadPage(window.location.hash);
const strings = settings.then(() => {
  // The shop's time zone (dates on the first screen): its first formatter costs tens of ms,
  // paid here while the code still downloads rather than in the first render.
  const zone = arrivedSettings()?.shop.timeZone;
  if (zone) prepareTimeZone(zone);
  return loadMessages(arrivedSettings()?.ui.language ?? detectLanguage(navigator.languages)).catch(() => {});
});
void Promise.all([import('./app/App'), settings, page, strings, data]).then(([{ mountApp }]) => {
  mountApp(document.getElementById('root')!);
  // Then, while the browser is idle, the other pages' code: left out of the first screen, but
  // a first visit should not wait for it.
  prefetchPages();
});
