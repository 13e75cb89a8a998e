import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import { productIssues, type Product, type ProductFields } from '../../../shared/schemas/product';
import { getCustomer } from '../../../db/queries/customers';
import { getPolicy } from '../../../db/queries/policies';
import { createProduct, productWithSameSerial, updateProduct } from '../../../db/queries/products';
import { activeCard } from '../../../db/queries/warranty-cards';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { invalidInput, mustGetProduct, shopClock } from '../guards';

/**
 * What the schema cannot know: today's date at the shop (no future dates), whether the
 * customer and the category exist, and whether the serial is already registered.
 */
function check(ctx: HandlerContext, fields: ProductFields, self: { id: number; category: string } | null): void {
  const { today } = shopClock(ctx);
  const issues = productIssues(fields, today).map((i) => ({ path: [i.path], message: i.message }));
  if (!getCustomer(ctx.db, fields.customerId)) issues.push({ path: ['customerId'], message: 'validation.unknownCustomer' });
  const policy = getPolicy(ctx.db, fields.category);
  // An archived category stays valid for the products that already have it.
  if (!policy || (policy.archived && self?.category !== fields.category))
    issues.push({ path: ['category'], message: 'validation.unknownPolicy' });
  if (issues.length > 0) throw invalidInput(issues);
  const twin = productWithSameSerial(ctx.db, fields, self?.id ?? null);
  if (twin) {
    throw new AppError('product_duplicate_serial', 'serial already registered', {
      serial: fields.serial,
      brand: fields.brand,
      model: twin.model,
      customer: twin.customer_name,
      productId: twin.id,
    });
  }
}

export function addProduct(ctx: HandlerContext, input: MethodParsedInput<'products.create'>): Product {
  check(ctx, input, null);
  const product = createProduct(ctx.db, input, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'product', entityId: product.id, after: product });
  return product;
}

export function editProduct(ctx: HandlerContext, input: MethodParsedInput<'products.update'>): Product {
  const before = mustGetProduct(ctx, input.id);
  // The owner of a product with a card changes by transferring the card, which keeps the history.
  if (input.customerId !== before.customerId && activeCard(ctx.db, input.id)) {
    throw invalidInput([{ path: ['customerId'], message: 'validation.transferCardInstead' }]);
  }
  check(ctx, input, before);
  const after = updateProduct(ctx.db, input.id, input, ctx.now())!;
  recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'product', entityId: input.id, before, after });
  return after;
}
