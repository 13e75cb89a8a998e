import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { PrintedDocument } from '../../../shared/schemas/print';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import type { HandlerContext } from '../context';
import { renderTicketForm } from './ticket-form-parts';
import { buildIntakeForm } from './ticket-intake-form';
import { buildPickupForm } from './ticket-pickup-form';
import { buildQuoteForm } from './ticket-quote-form';

/** tickets.print: the intake ticket, a quote version (the latest by default) or the pickup report. */
export function printTicketForm(
  ctx: HandlerContext,
  ticket: Ticket,
  input: MethodParsedInput<'tickets.print'>,
): Promise<PrintedDocument> {
  const options = { format: input.format, language: input.language };
  switch (input.form) {
    case 'intake':
      return renderTicketForm(
        ctx,
        ticket,
        { ...options, title: 'forms.intake.title', fileTitle: 'forms.intake.fileTitle' },
        buildIntakeForm,
      );
    case 'quote': {
      const quote = input.quoteId ? ticket.quotes.find((q) => q.id === input.quoteId) : ticket.quotes[0];
      if (!quote) throw new AppError('not_found', `ticket ${ticket.id}: no quote ${input.quoteId ?? ''}`);
      return renderTicketForm(
        ctx,
        ticket,
        { ...options, title: 'forms.quote.title', fileTitle: 'forms.quote.fileTitle' },
        (pdf, f) => buildQuoteForm(pdf, f, quote),
      );
    }
    case 'pickup':
      return renderTicketForm(
        ctx,
        ticket,
        { ...options, title: 'forms.pickup.title', fileTitle: 'forms.pickup.fileTitle' },
        buildPickupForm,
      );
  }
}
