import type { MethodInput, MethodName, MethodOutput } from './contract';
import { METHOD_NAMES } from './methods';
import type { Result } from './result';

type Namespace<K extends string> = K extends `${infer N}.${string}` ? N : never;
type Member<K extends string, N extends string> = K extends `${N}.${infer M}` ? M : never;

/** `window.api`: one async function per contract method, grouped by namespace. */
export type Api = {
  [N in Namespace<MethodName>]: {
    [M in Member<MethodName, N>]: (
      input: MethodInput<`${N}.${M}` & MethodName>,
    ) => Promise<Result<MethodOutput<`${N}.${M}` & MethodName>>>;
  };
};

export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Builds the API object over a transport (Electron IPC or the preview's HTTP bridge). */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of METHOD_NAMES) {
    const [ns, name] = method.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][name] = (input: unknown) => invoke(method, input ?? {});
  }
  return Object.freeze(api) as unknown as Api;
}
