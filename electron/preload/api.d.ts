import type { Api } from '../../shared/api/client';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the preview bridge (browser). */
    api: Api;
  }
}

export {};
