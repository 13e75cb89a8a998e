import { useMemo, useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { explainAssessment, explainReturnExchange } from '@shared/warranty';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { translateMessage } from '@shared/i18n/translate-message';
import { useLanguage } from '../../i18n/useLanguage';
import { assessVisit, type FaultEntry } from './assess';
import { FaultRow } from './FaultRow';
import { CoverageOverview, ProductSummary } from './ProductSummary';
import { ReturnOptions } from './ReturnOptions';
import { useSettings } from '../settings/api';

const MAX_FAULTS = 10;
let nextKey = 1;
const newFault = (): FaultEntry => ({ key: nextKey++, component: null, fault: '', findings: [] });

/**
 * The answer at the counter for one product: coverage at a glance, then each fault with the
 * exclusions found at inspection, free or paid, and the sentences to tell the customer.
 */
export function AssessmentPanel({ item, assessmentDate }: { item: WarrantyLookupItem; assessmentDate: string }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const currency = useSettings().data?.shop.currency ?? 'CNY';
  const [faults, setFaults] = useState<FaultEntry[]>(() => [newFault()]);
  const [customerLanguage, setCustomerLanguage] = useState<Language | null>(null);
  const sayIn = customerLanguage ?? uiLanguage;
  const result = useMemo(() => assessVisit(item.context, faults, assessmentDate), [item.context, faults, assessmentDate]);
  const policy = item.context.policy;

  if (result.kind === 'invalid') {
    const problems = result.issues.map((i) => translateMessage(t, i.message)).join(uiLanguage === 'en' ? '; ' : '；');
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProductSummary item={item} overview={null} language={uiLanguage} />
        <Alert type="error" showIcon title={t('warranty.check.problem', { problems })} />
      </Space>
    );
  }

  const { assessment, overview } = result;
  let chosenIndex = 0;
  const perFault = faults.map((f) => (f.component ? assessment.components[chosenIndex++] : undefined));
  const sentences =
    assessment.components.length > 0
      ? explainAssessment(assessment, sayIn, currency)
      : explainReturnExchange(overview.returnExchange, sayIn, currency);
  const update = (key: number, entry: FaultEntry) => setFaults((list) => list.map((f) => (f.key === key ? entry : f)));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProductSummary item={item} overview={overview} language={uiLanguage} />
      <Card
        size="small"
        title={t('warranty.check.covered')}
        extra={<Typography.Text type="secondary">{t('warranty.check.assessedOn', { date: assessmentDate })}</Typography.Text>}
      >
        <CoverageOverview overview={overview} language={uiLanguage} />
      </Card>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('warranty.check.faults')}
      </Typography.Title>
      {faults.map((f, index) => (
        <FaultRow
          key={f.key}
          index={index}
          entry={f}
          policy={policy}
          result={perFault[index]}
          language={uiLanguage}
          canRemove={faults.length > 1}
          onChange={(entry) => update(f.key, entry)}
          onRemove={() => setFaults((list) => list.filter((x) => x.key !== f.key))}
        />
      ))}
      {faults.length < MAX_FAULTS && (
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => setFaults((list) => [...list, newFault()])}>
          {t('warranty.check.addFault')}
        </Button>
      )}
      {assessment.components.length > 0 && (
        <ReturnOptions returnExchange={assessment.returnExchange} language={uiLanguage} currency={currency} />
      )}
      <Card
        size="small"
        title={t('warranty.check.inWriting')}
        extra={
          <Segmented
            size="small"
            aria-label={t('print.language')}
            value={sayIn}
            onChange={(v) => setCustomerLanguage(v as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          />
        }
      >
        <section aria-label={t('warranty.check.inWriting')} lang={sayIn}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {sentences.map((s) => (
              <li key={s} style={{ marginBottom: 4 }}>
                {s}
              </li>
            ))}
          </ol>
          <Typography.Paragraph
            copyable={{ text: sentences.join('\n'), tooltips: [t('warranty.check.copy'), t('warranty.check.copied')] }}
            style={{ margin: '8px 0 0' }}
          >
            <Typography.Text type="secondary">{t('warranty.check.copy')}</Typography.Text>
          </Typography.Paragraph>
        </section>
      </Card>
    </Space>
  );
}
