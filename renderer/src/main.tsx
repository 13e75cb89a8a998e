import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestSettingsEarly } from './app/early-settings';
import { preloadPage } from './app/pages';

import 'antd/dist/antd.css';
import './app/global.css';

performance.mark('rc:script-start');
// Settings travel over IPC, and the page being opened loads, while the app's code downloads and
// compiles (early-settings.ts, pages.ts): three waits side by side instead of one after another.
requestSettingsEarly();
preloadPage(window.location.hash);
void import('./app/App').then(({ App }) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
