import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { App } from '../../renderer/src/app/App';
import { requestDataEarly } from '../../renderer/src/app/early-data';
import { loadedPage, preloadPage } from '../../renderer/src/app/pages';
import { arrivedSettings, requestSettingsEarly, takeArrivedSettings } from '../../renderer/src/app/early-settings';
import { buildApi } from '@shared/api/client';
import { testCore } from '../helpers';

/** Wires window.api to the core and returns the methods called through it, in order. */
function recordRequests(core: ReturnType<typeof testCore>): string[] {
  const asked: string[] = [];
  window.api = buildApi((method, input) => {
    asked.push(method);
    return core.dispatch(method, input);
  });
  return asked;
}

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

  it('draws the customer list with its first rows in the first render, from the request sent with the settings', async () => {
    const core = testCore();
    await core.dispatch('customers.create', { name: '李娜', phones: [{ number: '139 1234 0001' }] });
    await core.dispatch('customers.create', { name: '王伟', phones: [{ number: '186 2000 3141' }] });
    const asked = recordRequests(core);
    // What main.tsx does before the app's code has loaded.
    await Promise.all([requestSettingsEarly(), requestDataEarly('#/customers'), preloadPage('#/customers')]);
    expect(asked.filter((m) => m === 'customers.list')).toHaveLength(1);

    window.location.hash = '#/customers';
    render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // No waiting: the rows are in the very first render, not after a skeleton.
    const table = screen.getByRole('table', { name: '客户' });
    expect(within(table).getByText('李娜')).toBeInTheDocument();
    expect(within(table).getByText('王伟')).toBeInTheDocument();
    expect(screen.getByText('共 2 位')).toBeInTheDocument();
    expect(asked.filter((m) => m === 'customers.list')).toHaveLength(1);
  });

  it('draws home with its counts in the first render, from the requests sent with the settings', async () => {
    const core = testCore();
    for (const [name, number] of [
      ['李娜', '13912340001'],
      ['王伟', '18620003141'],
      ['陈大文', '13800138000'],
    ] as const) {
      expect((await core.dispatch('customers.create', { name, phones: [{ number }] })).ok).toBe(true);
    }
    const asked = recordRequests(core);
    await Promise.all([requestSettingsEarly(), requestDataEarly('#/'), preloadPage('#/')]);
    expect(asked.filter((m) => m === 'customers.list')).toHaveLength(1);
    expect(asked.filter((m) => m === 'tickets.counts')).toHaveLength(1);

    window.location.hash = '#/';
    render(<App />);
    // No waiting: the numbers are there at once, no loading placeholders.
    const customers = screen.getByText('客户总数').closest<HTMLElement>('.ant-card')!;
    expect(within(customers).getByText('3')).toBeInTheDocument();
    const received = screen.getByRole('link', { name: '今日接收' });
    expect(within(received).getByText('0')).toBeInTheDocument();
    expect(document.querySelector('.ant-skeleton')).toBeNull();
    // Not asked again once the app has started.
    await new Promise((r) => setTimeout(r, 100));
    expect(asked.filter((m) => m === 'customers.list')).toHaveLength(1);
    expect(asked.filter((m) => m === 'tickets.counts')).toHaveLength(1);
  });
});
