/** The warranty rule engine: pure, clock-free. See engine.ts for the order of the rules. */
export * from './types';
export * from './dates';
export * from './exclusions';
export * from './policy';
export * from './default-policies';
export { resolveStartDate, type StartResolution } from './start';
export { repairWarrantyTerm, replacedPartTerm, sameFault } from './repairs';
export { assessReturnExchange } from './return-exchange';
export { assessWarranty, assessCheckedWarranty } from './engine';
export * from './validate';
export { warrantyMessages, interpolate, type WarrantyMessages, type SentenceMessages } from './messages';
export * from './explain';
export { computeCardTerms, type CardTerms, type CardTermsProblem, type CardComponentTerm } from './card';
export { buildAssessmentInput, type WarrantyContext, type VisitFindings } from './context';
export { monthsText, daysText } from './units';
