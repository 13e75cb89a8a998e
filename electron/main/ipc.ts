import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelFor } from '../../shared/api/methods';
import { fail } from '../../shared/api/result';
import type { Dispatch } from '../backend/dispatcher';
import { isAppUrl } from '../backend/security-policy';
import type { Logger } from '../backend/context';

/**
 * Only the main frame of our own renderer may call the API: not an iframe, not a page that
 * somehow got navigated elsewhere.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** One channel per contract method; each goes through the sender check and the dispatcher. */
export function registerIpc(dispatch: Dispatch, log: Logger): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        log.warn(`refused ${method} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return fail({ code: 'forbidden_sender', message: 'sender not allowed' });
      }
      return dispatch(method, input);
    });
  }
}
