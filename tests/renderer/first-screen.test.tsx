import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { loadedPage, preloadPage } from '../../renderer/src/app/pages';
import { arrivedSettings, requestSettingsEarly, takeArrivedSettings } from '../../renderer/src/app/early-settings';
import { buildApi } from '../../shared/api/client';
import { testCore } from '../helpers';

describe('first screen', () => {
  it('preloads the page an address shows, and a loaded page is drawn with the shell, not after a spinner', async () => {
    expect(loadedPage('comingSoon')).toBeUndefined();
    await preloadPage('#/parts');
    expect(loadedPage('comingSoon')).toBeDefined();

    renderApp('/parts');
    const nav = await screen.findByRole('navigation');
    // Drawn in the same render as the navigation: no Suspense fallback in between.
    expect(within(nav).getByText('配件')).toBeInTheDocument();
    expect(screen.getByText(/配件 · /)).toBeInTheDocument();
  });

  it('keeps the early settings once they arrive, handed out once', async () => {
    const core = testCore();
    window.api = buildApi((method, input) => core.dispatch(method, input));
    await requestSettingsEarly();
    const settings = arrivedSettings();
    expect(settings?.ui).toBeDefined();
    expect(takeArrivedSettings()).toBe(settings);
    expect(takeArrivedSettings()).toBeUndefined();
    expect(arrivedSettings()).toBeUndefined();
  });
});
