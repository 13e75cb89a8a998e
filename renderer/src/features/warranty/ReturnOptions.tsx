import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { explainReturnExchange, type ReturnExchangeAssessment } from '@shared/warranty';
import type { Language } from '@shared/i18n/languages';
import type { Currency } from '@shared/money';

const OPEN = new Set<ReturnExchangeAssessment['status']>(['return_window', 'exchange_window', 'repeated_failure']);

/**
 * Return or exchange open for this visit, said before the customer has to ask (issue 20): which
 * options, and why (the engine's sentences). Nothing when only repair is open; the sentences
 * below the faults say why.
 */
export function ReturnOptions({
  returnExchange,
  language,
  currency,
}: {
  returnExchange: ReturnExchangeAssessment;
  language: Language;
  currency: Currency;
}) {
  const { t } = useTranslation();
  if (!OPEN.has(returnExchange.status)) return null;
  const options = returnExchange.options.map((o) => t(`warranty.options.${o}`)).join(language === 'en' ? ', ' : '、');
  const repeat = returnExchange.status === 'repeated_failure';
  return (
    <Alert
      type={repeat ? 'warning' : 'info'}
      showIcon
      role="status"
      title={t(repeat ? 'warranty.options.repeatTitle' : 'warranty.options.title', { options })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} lang={language}>
          {explainReturnExchange(returnExchange, language, currency).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      }
    />
  );
}
