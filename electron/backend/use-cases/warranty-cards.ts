import { AppError } from '../../../shared/api/errors';
import { computeCardTerms } from '../../../shared/warranty';
import { getCustomer } from '../../../db/queries/customers';
import { getPolicy } from '../../../db/queries/policies';
import { setProductOwner } from '../../../db/queries/products';
import { nextNumber } from '../../../db/queries/numbering';
import { activeCard, cardNoTaken, insertCard, transferCard, voidCard } from '../../../db/queries/warranty-cards';
import { recordAudit } from '../../../db/queries/audit';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { WarrantyCard } from '../../../shared/schemas/warranty';
import type { HandlerContext } from '../context';
import { invalidInput, mustGetCard, mustGetProduct, shopClock } from '../guards';

/** Void cards are kept as they were: the record of a promise withdrawn. */
function mustBeActive(card: WarrantyCard): void {
  if (card.status !== 'active') throw new AppError('warranty_card_void', 'card is void', { cardNo: card.cardNo });
}

/** A card for a product: the policy's terms from the proof of purchase, numbered from its series unless typed. */
export function issueCard(ctx: HandlerContext, input: MethodParsedInput<'warrantyCards.issue'>): WarrantyCard {
  const clock = shopClock(ctx);
  const product = mustGetProduct(ctx, input.productId);
  const existing = activeCard(ctx.db, product.id);
  if (existing) throw new AppError('warranty_card_exists', 'product has a card in force', { cardNo: existing.card_no });
  const record = getPolicy(ctx.db, product.category);
  if (!record) throw new Error(`product ${product.id}: no warranty policy ${product.category}`);

  const proof = product.proofKind ? [product.proofKind] : [];
  const terms = computeCardTerms(record.policy, product, proof, input.expiries);
  if (!terms.ok) {
    const noStart = terms.problems.find((p) => p.kind === 'no_start');
    if (noStart?.kind === 'no_start') {
      throw new AppError(noStart.reason === 'no_proof' ? 'warranty_no_proof' : 'warranty_no_start_date', noStart.reason);
    }
    throw invalidInput(
      terms.problems.map((p) => ({
        path: ['expiries', p.kind === 'no_start' ? 0 : p.index, p.kind === 'unknown_component' ? 'component' : 'expiry'],
        message: p.kind === 'unknown_component' ? 'validation.invalidChoice' : 'validation.warranty.expiryBeforeStart',
      })),
    );
  }

  let cardNo = input.cardNo;
  if (cardNo) {
    if (cardNoTaken(ctx.db, cardNo)) throw new AppError('warranty_card_duplicate', 'card number in use', { cardNo });
  } else {
    cardNo = nextNumber(ctx.db, 'warranty_card', clock.now, clock.timeZone, (n) => cardNoTaken(ctx.db, n));
  }
  const id = insertCard(
    ctx.db,
    {
      cardNo,
      productId: product.id,
      customerId: product.customerId,
      policy: record.policy,
      terms: record.terms,
      start: terms.start,
      components: terms.components,
      issuedOn: clock.today,
      notes: input.notes,
    },
    clock.now,
  );
  const card = mustGetCard(ctx, id);
  recordAudit(ctx.db, { at: clock.now, action: 'issue', entity: 'warranty_card', entityId: id, after: card });
  return card;
}

export function voidWarrantyCard(ctx: HandlerContext, input: MethodParsedInput<'warrantyCards.void'>): WarrantyCard {
  const before = mustGetCard(ctx, input.id);
  mustBeActive(before);
  voidCard(ctx.db, input.id, input.reason, ctx.now());
  const after = mustGetCard(ctx, input.id);
  recordAudit(ctx.db, { at: ctx.now(), action: 'void', entity: 'warranty_card', entityId: input.id, before, after });
  return after;
}

/** A new holder (the product was sold on): the product's owner follows the card. */
export function transferWarrantyCard(ctx: HandlerContext, input: MethodParsedInput<'warrantyCards.transfer'>): WarrantyCard {
  const clock = shopClock(ctx);
  const before = mustGetCard(ctx, input.id);
  mustBeActive(before);
  if (!getCustomer(ctx.db, input.customerId))
    throw invalidInput([{ path: ['customerId'], message: 'validation.unknownCustomer' }]);
  if (input.customerId === before.customerId) throw new AppError('warranty_same_owner', 'already the holder');
  transferCard(ctx.db, input.id, input.customerId, clock.today, input.note, clock.now);
  setProductOwner(ctx.db, before.productId, input.customerId, clock.now);
  const after = mustGetCard(ctx, input.id);
  recordAudit(ctx.db, { at: clock.now, action: 'transfer', entity: 'warranty_card', entityId: input.id, before, after });
  return after;
}
