import type { Handlers } from '../dispatcher';

export const appHandlers = {
  'app.info': (ctx) => ctx.info,
} satisfies Partial<Handlers>;
