import type { Handlers } from '../dispatcher';
import { verifyRecords } from '../use-cases/verify-records';

export const recordHandlers = {
  'records.verify': verifyRecords,
} satisfies Partial<Handlers>;
