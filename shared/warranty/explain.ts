import type { Language } from '../i18n/languages';
import { parseMessageKey } from '../schemas/zod';
import { daysBetween } from './dates';
import type { ExclusionCode } from './exclusions';
import { interpolate, warrantyMessages, type SentenceMessages, type WarrantyMessages } from './messages';
import { explainRepeatBelow, explainRepeatedFailure } from './explain-repeat';
import { repeatMessages } from './repeat-messages';
import type { Currency } from '../money';
import type { ComponentAssessment, ReasonCode, ReturnExchangeAssessment, WarrantyAssessment } from './types';
import { WARRANTY_VALIDATION_KEYS, type WarrantyValidationKey } from './validate';

/*
 * Short sentences for the counter and the printed intake ticket: every date used and every
 * reason, in the customer's language (DOMAIN rule 7). Dates stay 'YYYY-MM-DD' in every
 * language so the printed ticket and the card read the same.
 */

type Params = Record<string, string | number>;

function say(m: WarrantyMessages, key: keyof SentenceMessages, params: Params): string {
  return interpolate(m.sentences[key], params);
}

function months(m: WarrantyMessages, n: number): string {
  return interpolate(n === 1 ? m.units.monthOne : m.units.monthOther, { n });
}

function days(m: WarrantyMessages, n: number): string {
  return interpolate(n === 1 ? m.units.dayOne : m.units.dayOther, { n });
}

export function exclusionLabel(code: ExclusionCode, language: Language): string {
  return warrantyMessages[language].exclusions[code];
}

export function reasonLabel(code: ReasonCode, language: Language): string {
  return warrantyMessages[language].reasons[code];
}

/** English labels start with a capital; inside a sentence they read better in lower case. */
function findingsText(codes: readonly ExclusionCode[], language: Language): string {
  const m = warrantyMessages[language];
  const labels = codes.map((c) => m.exclusions[c]);
  const inline = language === 'en' ? labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1)) : labels;
  return inline.join(m.listSeparator);
}

export function explainComponent(c: ComponentAssessment, language: Language): string {
  const m = warrantyMessages[language];
  const component = c.labels?.[language] ?? c.component;
  const term = c.term;
  const reason = c.reasons[0];
  if (reason === 'component_not_in_policy') return say(m, 'notInPolicy', { component });
  if (reason === 'never_covered') return say(m, 'neverCovered', { component });
  if (reason === 'excluded') {
    const findings = findingsText(c.exclusions, language);
    // Excluded is not expired: while the period runs, say so (the next fault may be free again).
    if (term && !c.reasons.includes('expired'))
      return interpolate(repeatMessages[language].excludedInPeriod, { component, findings, expiry: term.expiry });
    return say(m, 'excluded', { component, findings });
  }
  if (reason === 'no_proof') return say(m, 'noProof', { component });
  if (reason === 'no_start_date' || !term) return say(m, 'noStartDate', { component });

  const expired = reason === 'expired';
  const params: Params = { component, expiry: term.expiry };
  switch (term.kind) {
    case 'original':
      Object.assign(params, { basis: m.basis[term.basis], start: term.from, term: months(m, term.months) });
      return say(m, expired ? 'expiredOriginal' : 'inWarranty', params);
    case 'card':
      Object.assign(params, { basis: m.basis[term.basis], start: term.from });
      return say(m, expired ? 'expiredCard' : 'inWarrantyCard', params);
    case 'repair':
      Object.assign(params, { repairDate: term.from, term: months(m, term.months) });
      if (expired) return say(m, 'expiredRepair', params);
      return say(m, c.originalExpiry ? 'repairWarranty' : 'repairWarrantyOnly', params);
    case 'part':
      Object.assign(params, { replacedDate: term.from, term: months(m, term.months) });
      return say(m, expired ? 'expiredPart' : 'partWarranty', params);
  }
}

/**
 * Why return and exchange are or are not open, in `language`. `currency` writes a refund amount
 * (a return under the repeated-failure rule); the shop's currency, CNY when not given.
 */
export function explainReturnExchange(r: ReturnExchangeAssessment, language: Language, currency: Currency = 'CNY'): string[] {
  const m = warrantyMessages[language];
  const repeat = explainRepeatedFailure(r, language, currency);
  const from = r.from ?? '';
  const basis = r.basis ? m.basis[r.basis] : '';
  const exchangeNotes = (): string[] => {
    const notes: string[] = [];
    if (r.exchangesLeft === 0) notes.push(say(m, 'exchangeLimitReached', { limit: r.exchangeLimit ?? 0 }));
    else if (r.exchangeSameOrHigherPrice) notes.push(say(m, 'exchangeSameOrHigher', {}));
    return notes;
  };
  switch (r.status) {
    case 'no_windows':
      return [say(m, 'noWindows', {})];
    case 'excluded':
      return [say(m, 'returnExcluded', {})];
    case 'not_covered_part':
      return [repeatMessages[language].returnNotCoveredPart];
    case 'no_proof':
      return [...repeat, say(m, 'returnNoProof', {})];
    case 'no_start_date':
      return [...repeat, say(m, 'returnNoStartDate', {})];
    case 'repeated_failure':
      return repeat;
    case 'return_window': {
      const key = r.options.includes('exchange') ? 'returnWindow' : 'returnWindowNoExchange';
      return [say(m, key, { until: r.returnUntil ?? '', basis, from, term: days(m, r.returnDays) }), ...exchangeNotes()];
    }
    case 'exchange_window': {
      const span = r.from && r.exchangeUntil ? daysBetween(r.from, r.exchangeUntil) : 0;
      return [say(m, 'exchangeWindow', { until: r.exchangeUntil ?? '', basis, from, term: days(m, span) }), ...exchangeNotes()];
    }
    case 'exchange_limit_reached':
      return [say(m, 'exchangeLimitReached', { limit: r.exchangeLimit ?? 0 }), say(m, 'repairOnly', {})];
    case 'windows_passed':
      return [say(m, 'windowsPassed', { basis, from })];
  }
}

/**
 * One sentence per component at fault (with its earlier repairs when they count towards a
 * repeated failure), then the return / exchange sentences.
 */
export function explainAssessment(assessment: WarrantyAssessment, language: Language, currency: Currency = 'CNY'): string[] {
  const limit = assessment.returnExchange.repeatLimit ?? 0;
  return [
    ...assessment.components.flatMap((c) => {
      const below = explainRepeatBelow(c, limit, language);
      return below ? [explainComponent(c, language), below] : [explainComponent(c, language)];
    }),
    ...explainReturnExchange(assessment.returnExchange, language, currency),
  ];
}

/**
 * The text of a `validation.warranty.*` message key (with ?params), or null for any other key,
 * which the shared translator (shared/i18n translateMessage) handles.
 */
export function translateWarrantyIssue(message: string, language: Language): string | null {
  const { key, params } = parseMessageKey(message);
  const prefix = 'validation.warranty.';
  if (!key.startsWith(prefix)) return null;
  const name = key.slice(prefix.length);
  if (!(WARRANTY_VALIDATION_KEYS as readonly string[]).includes(name)) return null;
  return interpolate(warrantyMessages[language].validation[name as WarrantyValidationKey], params);
}
