import type { Handlers } from '../dispatcher';
import { checkWarranty } from '../use-cases/warranty-check';

export const warrantyHandlers = {
  'warranty.lookup': checkWarranty,
} satisfies Partial<Handlers>;
