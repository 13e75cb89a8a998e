import { forwardRef, useMemo } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography, type GetRef } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { explainAssessment } from '@shared/warranty';
import { FAULT_CATEGORIES } from '@shared/tickets/intake';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import { translateMessage } from '@shared/i18n/translate-message';
import { useLanguage } from '../../../i18n/useLanguage';
import { assessVisit, type FaultEntry } from '../../warranty/assess';
import { FaultRow, VerdictTag } from '../../warranty/FaultRow';
import { ReturnOptions } from '../../warranty/ReturnOptions';
import { useSettings } from '../../settings/api';
import { newFault } from './intake-form';

export type TextAreaRef = GetRef<typeof Input.TextArea>;

interface Props {
  device: WarrantyLookupItem | null;
  assessmentDate: string | null;
  reportedFault: string;
  faults: FaultEntry[];
  onReportedFault: (text: string) => void;
  onFaults: (faults: FaultEntry[]) => void;
  error?: string;
}

const MAX_FAULTS = 10;

/**
 * What is wrong, in the customer's words and as component + fault category, with the warranty
 * engine's answer live beside each fault (the same panel as Check warranty: tick an exclusion and
 * the verdict changes at once) and the sentences the customer is told.
 */
export const FaultSection = forwardRef<TextAreaRef, Props>(function FaultSection(
  { device, assessmentDate, reportedFault, faults, onReportedFault, onFaults, error },
  ref,
) {
  const { t } = useTranslation();
  const language = useLanguage();
  const currency = useSettings().data?.shop.currency ?? 'CNY';
  const faultOptions = useMemo(() => FAULT_CATEGORIES.map((c) => ({ value: c, label: t(`tickets.faults.${c}`) })), [t]);
  const result = useMemo(
    () => (device && assessmentDate ? assessVisit(device.context, faults, assessmentDate) : null),
    [device, faults, assessmentDate],
  );
  const update = (key: number, entry: FaultEntry) => onFaults(faults.map((f) => (f.key === key ? entry : f)));

  let chosenIndex = 0;
  const perFault =
    result?.kind === 'ok' ? faults.map((f) => (f.component ? result.assessment.components[chosenIndex++] : undefined)) : [];
  const assessed = result?.kind === 'ok' && result.assessment.components.length > 0 ? result.assessment : null;
  const free = assessed ? assessed.components.every((c) => c.covered) : null;

  return (
    <Card title={t('tickets.intake.fault')} size="small">
      <Form.Item
        label={t('tickets.intake.reportedFault')}
        htmlFor="intake-fault"
        required
        validateStatus={error ? 'error' : undefined}
        help={error}
      >
        <Input.TextArea
          id="intake-fault"
          ref={ref}
          rows={2}
          maxLength={1000}
          value={reportedFault}
          onChange={(e) => onReportedFault(e.target.value)}
          placeholder={t('tickets.intake.reportedFaultPlaceholder')}
        />
      </Form.Item>
      {!device && <Typography.Text type="secondary">{t('tickets.intake.scanFirst')}</Typography.Text>}
      {result?.kind === 'invalid' && (
        <Alert
          type="error"
          showIcon
          title={t('warranty.check.problem', { problems: result.issues.map((i) => translateMessage(t, i.message)).join('; ') })}
        />
      )}
      {device && result?.kind === 'ok' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {faults.map((f, index) => (
            <FaultRow
              key={f.key}
              index={index}
              entry={f}
              policy={device.context.policy}
              result={perFault[index]}
              language={language}
              canRemove={faults.length > 1}
              faultOptions={faultOptions}
              onChange={(entry) => update(f.key, entry)}
              onRemove={() => onFaults(faults.filter((x) => x.key !== f.key))}
            />
          ))}
          {faults.length < MAX_FAULTS && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => onFaults([...faults, newFault()])}>
              {t('warranty.check.addFault')}
            </Button>
          )}
          {assessed && (
            <section aria-label={t('warranty.check.inWriting')}>
              <Space style={{ marginBottom: 4 }}>
                <Typography.Text strong>{t('tickets.intake.verdict')}</Typography.Text>
                <VerdictTag verdict={free ? 'free' : 'paid'} large />
              </Space>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {explainAssessment(assessed, language, currency).map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </section>
          )}
          {assessed && <ReturnOptions returnExchange={assessed.returnExchange} language={language} currency={currency} />}
        </Space>
      )}
    </Card>
  );
});
