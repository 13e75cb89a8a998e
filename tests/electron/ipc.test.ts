import { beforeEach, describe, expect, it, vi } from 'vitest';

// `import 'electron'` cannot run under Node: the main-process modules get a stand-in.
const handle = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle } }));

const { registerIpc, isTrustedSender } = await import('../../electron/main/ipc');
const { METHOD_NAMES, channelFor } = await import('../../shared/api/methods');
const { silentLogger } = await import('../../electron/backend/context');

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC registration', () => {
  beforeEach(() => handle.mockReset());

  it('registers exactly one channel per contract method', () => {
    registerIpc(async () => ({ ok: true, value: null }), silentLogger);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(METHOD_NAMES.map(channelFor).sort());
  });

  it('passes calls from the app window to the dispatcher and refuses everyone else', async () => {
    const dispatch = vi.fn().mockResolvedValue({ ok: true, value: 'v' });
    registerIpc(dispatch, silentLogger);
    const listener = handle.mock.calls.find((c) => c[0] === 'rc:customers.get')![1] as Listener;

    await expect(listener(frame('app://repair-counter/index.html#/customers'), { id: 1 })).resolves.toEqual({
      ok: true,
      value: 'v',
    });
    expect(dispatch).toHaveBeenCalledWith('customers.get', { id: 1 });

    dispatch.mockClear();
    for (const event of [
      frame('https://evil.example/'),
      frame('app://repair-counter/index.html', { url: 'app://repair-counter/' }), // an iframe
      { senderFrame: null },
    ]) {
      await expect(listener(event, { id: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('isTrustedSender needs the main frame of our origin', () => {
    expect(isTrustedSender(frame('app://repair-counter/') as never)).toBe(true);
    expect(isTrustedSender(frame('app://repair-counter.evil/') as never)).toBe(false);
  });
});
