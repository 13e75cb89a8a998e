import { AppError } from '../../../shared/api/errors';
import { SERIES_KEYS } from '../../../shared/numbering/pattern';
import { getPolicy, insertPolicy, listPolicies, updatePolicy } from '../../../db/queries/policies';
import { getSeries, updateSeries } from '../../../db/queries/numbering';
import { recordAudit } from '../../../db/queries/audit';
import type { Handlers } from '../dispatcher';
import { shopClock } from './shop-clock';

/** Warranty policies and document number series: the shop's warranty settings. */
export const policyHandlers = {
  'policies.list': (ctx) => listPolicies(ctx.db),

  'policies.create': (ctx, input) => {
    if (getPolicy(ctx.db, input.policy.code)) {
      throw new AppError('policy_code_taken', `policy ${input.policy.code} exists`, { code: input.policy.code });
    }
    const created = insertPolicy(ctx.db, input, ctx.now());
    recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'warranty_policy', after: created });
    return created;
  },

  'policies.update': (ctx, input) => {
    const before = getPolicy(ctx.db, input.policy.code);
    if (!before) throw new AppError('not_found', `policy ${input.policy.code} not found`);
    const after = updatePolicy(ctx.db, input, ctx.now())!;
    recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'warranty_policy', before, after });
    return after;
  },

  'numbering.list': (ctx) => {
    const { now, timeZone } = shopClock(ctx);
    return SERIES_KEYS.map((key) => getSeries(ctx.db, key, now, timeZone));
  },

  'numbering.update': (ctx, input) => {
    const { now, timeZone } = shopClock(ctx);
    const before = getSeries(ctx.db, input.key, now, timeZone);
    updateSeries(ctx.db, input, now, timeZone);
    const after = getSeries(ctx.db, input.key, now, timeZone);
    recordAudit(ctx.db, { at: now, action: 'update', entity: 'number_series', before, after });
    return after;
  },
} satisfies Partial<Handlers>;
