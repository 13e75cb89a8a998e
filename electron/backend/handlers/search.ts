import type { Handlers } from '../dispatcher';
import { globalSearch } from '../use-cases/global-search';

export const searchHandlers = {
  'search.global': globalSearch,
} satisfies Partial<Handlers>;
