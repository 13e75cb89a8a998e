import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/api/client';
import { channelFor } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';

/*
 * The whole bridge: one function per contract method, each invoking its own channel.
 * No generic send, no Node, no Electron objects reach the page.
 */
contextBridge.exposeInMainWorld(
  'api',
  buildApi((method, input) => ipcRenderer.invoke(channelFor(method), input) as Promise<Result<unknown>>),
);
