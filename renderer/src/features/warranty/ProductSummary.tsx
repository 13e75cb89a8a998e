import { Descriptions, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StartDate, WarrantyAssessment } from '@shared/warranty';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import { formatPhone } from '@shared/text/phone';
import type { Language } from '@shared/i18n/languages';
import { verdictOf, type Verdict } from './FaultRow';

const VERDICT_COLOR: Record<Verdict, string> = { free: 'success', paid: 'default', undecided: 'warning' };

function StartText({ start }: { start: StartDate | null }) {
  const { t } = useTranslation();
  if (!start) return <Typography.Text type="warning">{t('warranty.reasons.no_start_date')}</Typography.Text>;
  return (
    <span>
      <Typography.Text strong>{start.date}</Typography.Text> ({t(`warranty.basis.${start.basis}`)})
      {!start.proven && (
        <Tag color="orange" style={{ marginLeft: 8 }}>
          {t('cards.issue.unproven')}
        </Tag>
      )}
    </span>
  );
}

/** Who and what was scanned, the card or policy the answer rests on, and the start date. */
export function ProductSummary({
  item,
  overview,
  language,
}: {
  item: WarrantyLookupItem;
  overview: WarrantyAssessment | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const { product, card } = item;
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
      <Descriptions.Item label={t('products.columns.product')}>
        <Link to={`/warranty/products/${product.id}`}>
          <Typography.Text strong>{[product.brand, product.model].filter(Boolean).join(' ')}</Typography.Text>
        </Link>
        <div>
          <Typography.Text type="secondary">{item.context.policy.labels[language]}</Typography.Text>
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.serial')}>
        {product.serial ? <Typography.Text code>{product.serial}</Typography.Text> : t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.customer')}>
        <Link to={`/customers/${product.customerId}`}>{product.customerName}</Link>
        {product.customerPhone && <Typography.Text type="secondary"> · {formatPhone(product.customerPhone)}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('cards.columns.cardNo')}>
        {card ? (
          <Link to={`/warranty/cards/${card.id}`}>
            <Tag color="green" icon={<SafetyCertificateOutlined />}>
              {card.cardNo}
            </Tag>
          </Link>
        ) : (
          <Typography.Text type="secondary">
            {t('warranty.check.fromPolicy', { policy: item.context.policy.labels[language] })}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('cards.detail.start')}>
        <StartText start={overview?.start ?? null} />
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.proofKind')}>
        {product.proofKind
          ? [t(`warranty.proofKinds.${product.proofKind}`), product.proofNo].filter(Boolean).join(' ')
          : t('warranty.noProof')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Every covered component at a glance: free today or not, and until when. */
export function CoverageOverview({ overview, language }: { overview: WarrantyAssessment; language: Language }) {
  const { t } = useTranslation();
  return (
    <div
      role="list"
      aria-label={t('warranty.check.covered')}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 8 }}
    >
      {overview.components.map((c) => (
        <div
          role="listitem"
          key={c.component}
          style={{
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: '6px 10px',
            display: 'flex',
            justifyContent: 'space-between',
            gap: 8,
          }}
        >
          <span>
            <div>{c.labels?.[language] ?? c.component}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {c.term ? t('warranty.check.until', { date: c.term.expiry }) : t('common.none')}
            </Typography.Text>
          </span>
          <Tag color={VERDICT_COLOR[verdictOf(c)]} style={{ marginInlineEnd: 0, alignSelf: 'flex-start' }}>
            {t(`warranty.reasons.${c.reasons[0] ?? 'expired'}`)}
          </Tag>
        </div>
      ))}
    </div>
  );
}
