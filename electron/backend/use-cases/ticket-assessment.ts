import { AppError } from '../../../shared/api/errors';
import {
  assessWarranty,
  buildAssessmentInput,
  explainAssessment,
  WarrantyInputError,
  type AssessmentInput,
  type IsoDate,
  type WarrantyAssessment,
} from '../../../shared/warranty';
import type { Language } from '../../../shared/i18n/languages';
import type { TicketFault } from '../../../shared/schemas/ticket';
import { warrantyItem } from '../../../db/queries/warranty-lookup';
import type { HandlerContext } from '../context';
import { shopProfile } from '../shop-settings';
import { invalidInput } from '../guards';

export interface TicketAssessmentResult {
  input: AssessmentInput;
  output: WarrantyAssessment;
  sentences: string[];
  /** Every fault covered: the whole repair is free and skips the quote approval. */
  inWarranty: boolean;
}

/**
 * The warranty engine's answer for a ticket's faults on `date`, from the product's context as
 * the check-warranty panel sees it (card, policy, dates, earlier repairs by this shop, exchanges),
 * with the sentences in `language` for the printed intake ticket.
 */
export function assessTicketFaults(
  ctx: HandlerContext,
  productId: number,
  faults: readonly TicketFault[],
  date: IsoDate,
  language: Language,
): TicketAssessmentResult {
  const item = warrantyItem(ctx.db, productId, 'product');
  if (!item) throw new AppError('not_found', `product ${productId} not found`);
  const input = buildAssessmentInput(
    item.context,
    {
      faults: faults.map((f) => ({ component: f.component, fault: f.fault })),
      findings: faults.flatMap((f) => f.findings.map((code) => ({ code, component: f.component }))),
    },
    date,
  );
  let output: WarrantyAssessment;
  try {
    output = assessWarranty(input);
  } catch (error) {
    // The product's own dates are impossible (fixed on the product page, not here).
    if (error instanceof WarrantyInputError) {
      throw invalidInput(error.issues.map((i) => ({ path: ['productId', ...i.path], message: i.message })));
    }
    throw error;
  }
  return {
    input,
    output,
    sentences: explainAssessment(output, language, shopProfile(ctx).currency),
    inWarranty: output.components.length > 0 && output.components.every((c) => c.covered),
  };
}
