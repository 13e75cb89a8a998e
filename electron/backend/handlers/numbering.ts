import type { Handlers } from '../dispatcher';
import { editSeries, listSeries } from '../use-cases/numbering';

export const numberingHandlers = {
  'numbering.list': listSeries,
  'numbering.update': editSeries,
} satisfies Partial<Handlers>;
