import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { PolicyRecord } from '../../../shared/schemas/warranty';
import { getPolicy, insertPolicy, updatePolicy } from '../../../db/queries/policies';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';

/** Warranty policies: the shop's warranty settings, one per product category. */
export function addPolicy(ctx: HandlerContext, input: MethodParsedInput<'policies.create'>): PolicyRecord {
  if (getPolicy(ctx.db, input.policy.code)) {
    throw new AppError('policy_code_taken', `policy ${input.policy.code} exists`, { code: input.policy.code });
  }
  const created = insertPolicy(ctx.db, input, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'warranty_policy', after: created });
  return created;
}

export function editPolicy(ctx: HandlerContext, input: MethodParsedInput<'policies.update'>): PolicyRecord {
  const before = getPolicy(ctx.db, input.policy.code);
  if (!before) throw new AppError('not_found', `policy ${input.policy.code} not found`);
  const after = updatePolicy(ctx.db, input, ctx.now())!;
  recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'warranty_policy', before, after });
  return after;
}
