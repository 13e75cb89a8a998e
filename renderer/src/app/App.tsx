import { StrictMode, Suspense, lazy, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import enUS from 'antd/locale/en_US';
import { RouterProvider, createHashRouter } from 'react-router';
import { isLanguage, type Language } from '@shared/i18n/languages';
import { applyLanguage, i18n, isLanguageLoaded, loadLanguage, systemLanguage } from '../i18n/i18n';
import { call, errorText, unwrap } from '../api/client';
import { settingsKey } from '../features/settings/api';
import { arrivedSettings, takeArrivedSettings, takeEarlySettings } from './early-settings';
import { seedEarlyData } from './early-data';
import { routes } from './routes';

/**
 * zeroRuntime: antd's styles come from its prebuilt stylesheet (imported in main.tsx) instead of
 * being generated in JavaScript on first render — about half of the time to the first screen.
 */
const THEME = { zeroRuntime: true, token: { colorPrimary: '#1668dc', borderRadius: 6 } } as const;

// Only drawn when the settings cannot be read: loaded then, not with the first screen.
const StartupError = lazy(() => import('./StartupError').then((m) => ({ default: m.StartupError })));

const ANTD_LOCALE: Record<Language, typeof enUS> = { 'zh-Hans': zhCN, 'zh-Hant': zhTW, en: enUS };

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/**
 * The language to show: the one asked for once its strings have loaded (each language is its own
 * chunk, i18n/messages.ts), until then the one shown now — a switch in Settings changes the
 * screen once, to complete strings. Undefined while no language has loaded yet (main.tsx loads
 * the first one before the app is drawn, so only a test rendering <App> directly sees that).
 */
function useLoadedLanguage(language: Language): Language | undefined {
  const [, settled] = useReducer((n: number) => n + 1, 0);
  const ready = isLanguageLoaded(language);
  useEffect(() => {
    if (!ready) void loadLanguage(language).then(settled, settled);
  }, [language, ready]);
  if (ready) return language;
  const current = i18n.language;
  return isLanguage(current) && isLanguageLoaded(current) ? current : undefined;
}

/** Loads settings first: the language and shop name are needed before anything is drawn. */
function WithSettings({ children }: { children: (language: Language) => ReactNode }) {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => {
      const early = takeEarlySettings();
      return early ? unwrap(early) : call('settings.get', {});
    },
    // Already there when the app starts (main.tsx waits for them): no loading state to draw first.
    initialData: takeArrivedSettings,
  });
  const language = useLoadedLanguage(settings.data?.ui.language ?? systemLanguage());
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
  if (settings.isPending || !language) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100%' }}>
        <Spin size="large" description={language ? t('app.loading') : undefined} />
      </div>
    );
  }
  if (settings.isError) {
    return (
      <Suspense fallback={null}>
        <StartupError detail={errorText(t, settings.error)} onRetry={() => void settings.refetch()} />
      </Suspense>
    );
  }
  return <>{children(language)}</>;
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  // The first screen's data main.tsx asked for early (early-data.ts) is in the cache from the start.
  const client = useMemo(() => queryClient ?? seedEarlyData(createQueryClient()), [queryClient]);
  const router = useMemo(() => createHashRouter(routes), []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <WithSettings>
          {(language) => (
            <ConfigProvider locale={ANTD_LOCALE[language]} theme={THEME}>
              <AntApp style={{ height: '100%' }}>
                <RouterProvider router={router} />
              </AntApp>
            </ConfigProvider>
          )}
        </WithSettings>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/**
 * Draws the app into the page (main.tsx, once its code, the first screen's data and the strings
 * of its language are there).
 */
export function mountApp(container: HTMLElement): void {
  // Settings already there: their language is the first frame's, not the system's for a moment.
  const settings = arrivedSettings();
  if (settings) applyLanguage(settings.ui.language ?? systemLanguage());
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
