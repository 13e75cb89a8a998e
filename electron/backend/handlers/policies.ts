import { listPolicies } from '../../../db/queries/policies';
import type { Handlers } from '../dispatcher';
import { addPolicy, editPolicy } from '../use-cases/policies';

export const policyHandlers = {
  'policies.list': (ctx) => listPolicies(ctx.db),
  'policies.create': addPolicy,
  'policies.update': editPolicy,
} satisfies Partial<Handlers>;
