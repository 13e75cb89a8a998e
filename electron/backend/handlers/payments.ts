import type { Handlers } from '../dispatcher';
import { takePayment } from '../use-cases/take-payment';

export const paymentHandlers = {
  'payments.take': takePayment,
} satisfies Partial<Handlers>;
