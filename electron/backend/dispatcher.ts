import { contract, type MethodName, type MethodOutput, type MethodParsedInput } from '../../shared/api/contract';
import { AppError, type ApiError, type FieldIssue } from '../../shared/api/errors';
import { fail, ok, type Result } from '../../shared/api/result';
import type { HandlerContext } from './context';

export type Handler<K extends MethodName> = (
  ctx: HandlerContext,
  input: MethodParsedInput<K>,
) => MethodOutput<K> | Promise<MethodOutput<K>>;

/** One handler per contract method; a missing one is a compile error. */
export type Handlers = { [K in MethodName]: Handler<K> };

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}

/**
 * The one way into the handlers, whatever the transport (Electron IPC, the preview's HTTP
 * bridge, tests): the method must be in the contract, the input must pass its zod schema,
 * writes run in one IMMEDIATE transaction (all or nothing), and every outcome is a Result.
 */
export function createDispatcher(ctx: HandlerContext, handlers: Handlers): Dispatch {
  return async (method, rawInput) => {
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
      return fail({ code: 'unknown_method', message: `unknown method: ${String(method).slice(0, 80)}` });
    }
    const name = method as MethodName;
    const spec = contract[name];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      return fail({ code: 'invalid_input', message: `invalid input for ${name}`, issues: toIssues(parsed.error.issues) });
    }
    if (spec.write && ctx.health.damaged) {
      return fail({ code: 'db_corrupt', message: 'the database file is damaged; nothing more is written to it' });
    }
    const handler = handlers[name] as (ctx: HandlerContext, input: unknown) => unknown;
    try {
      let value: unknown;
      if (spec.write) {
        value = ctx.db.$client
          .transaction(() => {
            const result = handler(ctx, parsed.data);
            // better-sqlite3 transactions are synchronous; an async write would commit half-way.
            if (isThenable(result)) {
              Promise.resolve(result).catch(() => undefined);
              throw new Error(`write handler ${name} must be synchronous`);
            }
            return result;
          })
          .immediate();
      } else {
        value = await handler(ctx, parsed.data);
      }
      return ok(value);
    } catch (error) {
      return fail(toApiError(ctx, name, error));
    }
  };
}

function toApiError(ctx: HandlerContext, method: string, error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = sqliteCode(error);
  // The immutability triggers (migration 0008) abort with this message: an issued receipt,
  // credit note or day close was about to change. A refusal, not a crash.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && error instanceof Error && error.message === 'document_immutable') {
    ctx.log.warn(`${method}: refused to change an issued document`);
    return { code: 'document_immutable', message: 'issued documents cannot be changed' };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    ctx.log.warn(`${method}: database busy`, error);
    return { code: 'db_busy', message: 'database busy' };
  }
  if (code?.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    ctx.log.error(`${method}: database corrupt; writes are refused from now on`, error);
    ctx.health.damaged ??= `${method}: ${String(error)}`;
    return { code: 'db_corrupt', message: 'database corrupt' };
  }
  ctx.log.error(`${method} failed`, error);
  return { code: 'internal', message: 'internal error' };
}
