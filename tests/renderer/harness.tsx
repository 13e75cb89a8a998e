import { render } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { createQueryClient } from '../../renderer/src/app/App';
import { buildApi } from '@shared/api/client';
import { testCore } from '../helpers';

/**
 * Renders the whole app in jsdom with window.api wired to the real handlers on a real SQLite
 * file — only the transport differs from Electron. Returns the core for assertions on the data.
 */
export function renderApp(route = '/') {
  const core = testCore();
  window.api = buildApi((method, input) => core.dispatch(method, input));
  window.location.hash = `#${route}`;
  const view = render(<App queryClient={createQueryClient()} />);
  return { core, ...view };
}

/** Types into a field the way an input method commits text: one paste, not key by key. */
export async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Like renderApp, with data written through the handlers before the app loads (staff, tickets…). */
export async function renderAppWith<T>(route: string, seed: (core: ReturnType<typeof testCore>) => Promise<T>) {
  const core = testCore();
  const data = await seed(core);
  window.api = buildApi((method, input) => core.dispatch(method, input));
  window.location.hash = `#${route}`;
  const view = render(<App queryClient={createQueryClient()} />);
  return { core, data, ...view };
}
