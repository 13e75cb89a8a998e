import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '@shared/money';
import { formatRate, type QuoteTotals, type TaxSetting } from '@shared/quotes';

/** Subtotal, free under warranty, discount, tax as the shop charges it, and the total. */
export function QuoteTotalsView({ totals, tax, currency }: { totals: QuoteTotals; tax: TaxSetting; currency: Currency }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, currency);
  const rate = tax.mode === 'none' ? '' : formatRate(tax.rateBp);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ maxWidth: 360, marginLeft: 'auto' }}
      aria-label={t('quotes.totals.total')}
    >
      <Descriptions.Item label={t('quotes.totals.subtotal')}>{money(totals.subtotal)}</Descriptions.Item>
      {totals.freeValue > 0 && <Descriptions.Item label={t('quotes.totals.free')}>{money(totals.freeValue)}</Descriptions.Item>}
      {totals.discount > 0 && (
        <Descriptions.Item label={t('quotes.totals.discount')}>{money(-totals.discount)}</Descriptions.Item>
      )}
      {tax.mode !== 'none' && (
        <Descriptions.Item label={t(tax.mode === 'exclusive' ? 'quotes.totals.tax' : 'quotes.totals.taxIncluded', { rate })}>
          {money(totals.tax)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('quotes.totals.total')}>
        <Typography.Text strong>{money(totals.total)}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
