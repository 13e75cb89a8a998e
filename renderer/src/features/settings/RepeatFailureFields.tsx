import { Controller, type Control } from 'react-hook-form';
import { Col, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicySaveInput } from '@shared/schemas/warranty';
import { FormField } from '../../components/FormField';

interface Props {
  id: string;
  control: Control<PolicySaveInput>;
  errors: { repairsBeforeExchange?: { message?: string }; depreciationBasisPointsPerDay?: { message?: string } } | undefined;
}

/**
 * The repeated-failure rule of a policy (DOMAIN rule 7): how many repairs of the same fault open
 * exchange or return, and the depreciation per day of use of such a return. The rate is typed as
 * a percentage with two decimals and stored in basis points (0.1 % → 10).
 */
export function RepeatFailureFields({ id, control, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('settings.policies.editor.repeatTitle')}</Typography.Title>
      <Row gutter={12}>
        <Col span={12}>
          <FormField
            label={t('settings.policies.editor.repairsBeforeExchange')}
            htmlFor={`${id}-repeat`}
            error={errors?.repairsBeforeExchange?.message}
          >
            <Controller
              control={control}
              name="policy.repairsBeforeExchange"
              render={({ field }) => (
                <InputNumber
                  id={`${id}-repeat`}
                  value={field.value ?? 2}
                  min={0}
                  precision={0}
                  onChange={(v) => field.onChange(v ?? 0)}
                  style={{ width: '100%' }}
                  status={errors?.repairsBeforeExchange ? 'error' : undefined}
                />
              )}
            />
          </FormField>
        </Col>
        <Col span={12}>
          <FormField
            label={t('settings.policies.editor.depreciation')}
            htmlFor={`${id}-depreciation`}
            error={errors?.depreciationBasisPointsPerDay?.message}
          >
            <Controller
              control={control}
              name="policy.depreciationBasisPointsPerDay"
              render={({ field }) => (
                <InputNumber
                  id={`${id}-depreciation`}
                  value={field.value == null ? null : field.value / 100}
                  min={0}
                  step={0.01}
                  precision={2}
                  placeholder={t('settings.policies.editor.depreciationNone')}
                  suffix="%"
                  onChange={(v) => field.onChange(v === null || v === 0 ? null : Math.round(v * 100))}
                  style={{ width: '100%' }}
                  status={errors?.depreciationBasisPointsPerDay ? 'error' : undefined}
                />
              )}
            />
          </FormField>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {t('settings.policies.editor.repairsBeforeExchangeHelp')} {t('settings.policies.editor.depreciationHelp')}
      </Typography.Paragraph>
    </>
  );
}
