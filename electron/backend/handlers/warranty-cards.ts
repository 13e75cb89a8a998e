import { listCards } from '../../../db/queries/warranty-cards';
import type { Handlers } from '../dispatcher';
import { printWarrantyCard } from '../documents/warranty-card';
import { mustGetCard } from '../guards';
import { issueCard, transferWarrantyCard, voidWarrantyCard } from '../use-cases/warranty-cards';

export const warrantyCardHandlers = {
  'warrantyCards.list': (ctx, input) => listCards(ctx.db, input),
  'warrantyCards.get': (ctx, input) => mustGetCard(ctx, input.id),
  'warrantyCards.issue': issueCard,
  'warrantyCards.void': voidWarrantyCard,
  'warrantyCards.transfer': transferWarrantyCard,
  'warrantyCards.print': (ctx, input) => printWarrantyCard(ctx, mustGetCard(ctx, input.id), input),
} satisfies Partial<Handlers>;
