import type { ApiError } from '@shared/api/errors';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { TFunction } from 'i18next';
import { translateMessage } from '@shared/i18n/translate-message';

/** An error result from the API, thrown so TanStack Query and forms can handle it. */
export class ApiRequestError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiRequestError';
  }
}

/**
 * Calls a contract method through window.api (Electron preload or preview bridge) and
 * unwraps the result: the value, or an ApiRequestError.
 */
export async function call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const [ns, name] = method.split('.') as [string, string];
  const fn = (window.api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[ns]?.[name];
  if (!fn) throw new ApiRequestError({ code: 'unknown_method', message: method });
  return unwrap(fn(input) as Promise<Result<MethodOutput<K>>>);
}

type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The value of a window.api reply, or its error thrown as an ApiRequestError. */
export async function unwrap<T>(reply: Promise<Result<T>>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new ApiRequestError(result.error);
  return result.value;
}

/** The sentence to show the user for any error, in their language. Never a stack trace. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError && error.error.code === 'ticket_transition') {
    // The status rules say why, naming both statuses in the reader's language.
    const { reason, from, to } = error.error.params ?? {};
    if (typeof reason === 'string' && typeof from === 'string' && typeof to === 'string')
      return t(`tickets.reasons.${reason}`, {
        // The statuses come from the main process: shown as sent if this build has no name for one.
        from: t(`tickets.status.${from}`, { defaultValue: from }),
        to: t(`tickets.status.${to}`, { defaultValue: to }),
        defaultValue: t('errors.ticket_transition'),
      });
  }
  if (error instanceof ApiRequestError) {
    const first = error.error.issues?.[0];
    const base = t(`errors.${error.error.code}`, { ...(error.error.params ?? {}), defaultValue: t('errors.internal') });
    return error.error.code === 'invalid_input' && first ? `${base} ${translateMessage(t, first.message)}` : base;
  }
  return t('errors.internal');
}
