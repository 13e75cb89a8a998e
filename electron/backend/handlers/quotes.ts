import type { Handlers } from '../dispatcher';
import { answerQuote, issueQuote } from '../use-cases/quotes';

export const quoteHandlers = {
  'quotes.issue': issueQuote,
  'quotes.decide': answerQuote,
} satisfies Partial<Handlers>;
