import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Customer, CustomerFields, PhoneOwner } from '../../../shared/schemas/customer';
import { formatPhone } from '../../../shared/text/phone';
import { createCustomer, phoneOwners, updateCustomer } from '../../../db/queries/customers';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { mustGetCustomer } from '../guards';

/**
 * Refuses a phone number another customer already has, unless staff confirmed it is fine
 * (a family sharing a number). The error names the owners so the UI can offer to open them.
 */
function checkDuplicatePhones(
  ctx: HandlerContext,
  fields: CustomerFields & { allowDuplicatePhone: boolean },
  selfId: number | null,
): void {
  if (fields.allowDuplicatePhone) return;
  for (const phone of fields.phones) {
    const owners: PhoneOwner[] = phoneOwners(ctx.db, phone.number, selfId);
    if (owners.length > 0) {
      throw new AppError('customer_duplicate_phone', 'phone already on file', {
        phone: formatPhone(phone.number),
        names: owners.map((o) => o.name).join(', '),
        ownerIds: owners.map((o) => o.id).join(','),
      });
    }
  }
}

export function addCustomer(ctx: HandlerContext, input: MethodParsedInput<'customers.create'>): Customer {
  checkDuplicatePhones(ctx, input, null);
  const customer = createCustomer(ctx.db, input, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'customer', entityId: customer.id, after: customer });
  return customer;
}

export function editCustomer(ctx: HandlerContext, input: MethodParsedInput<'customers.update'>): Customer {
  const before = mustGetCustomer(ctx, input.id);
  checkDuplicatePhones(ctx, input, input.id);
  const after = updateCustomer(ctx.db, input.id, input, ctx.now())!;
  recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'customer', entityId: input.id, before, after });
  return after;
}
