import type { z } from 'zod';

/**
 * One API method: its input schema, whether it writes (writes run in a database transaction),
 * and — as a phantom type — what it returns.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly write: boolean;
  /** Never set; carries the output type. */
  readonly output?: O;
}

/** A method that only reads. `query<Out>()(inputSchema)`. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> & { readonly write: false } => ({ input, write: false });

/** A method that writes; its handler runs inside one transaction. */
export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> & { readonly write: true } => ({ input, write: true });
