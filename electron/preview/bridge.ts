/*
 * Browser side of the preview: defines window.api over HTTP, exactly the shape the Electron
 * preload exposes. Loaded by the preview server before the app's own script.
 */
import { buildApi } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';

const API_PREFIX = '/__api/';
const TOKEN_HEADER = 'x-repair-counter-token';

const token = document.querySelector<HTMLMetaElement>('meta[name="repair-counter-token"]')?.content ?? '';

async function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(API_PREFIX + encodeURIComponent(method), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'network', message: String(error) } };
  }
}

window.api = buildApi(invoke);
