import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  formatNumber,
  numberSeriesUpdateSchema,
  parsePattern,
  type NumberSeries,
  type NumberSeriesUpdate,
  type NumberSeriesUpdateInput,
} from '@shared/numbering/pattern';
import { ApiRequestError, errorText } from '../../api/client';
import { FormField } from '../../components/FormField';
import { useNumbering, useUpdateNumbering } from '../warranty/api';
import { calendarParts } from '@shared/time/calendar';
import { useSettings } from './api';
import { useNow } from '../../hooks/useShopToday';

function SeriesForm({ series }: { series: NumberSeries }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();
  const update = useUpdateNumbering();
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<NumberSeriesUpdateInput, unknown, NumberSeriesUpdate>({
    resolver: zodResolver(numberSeriesUpdateSchema),
    defaultValues: { key: series.key, pattern: series.pattern, resetYearly: series.resetYearly, nextSeq: series.nextSeq },
  });
  const [pattern, nextSeq] = useWatch({ control, name: ['pattern', 'nextSeq'] });
  // A live example with this year and month at the shop, so the owner sees what will be printed.
  const timeZone = useSettings().data?.shop.timeZone ?? 'UTC';
  const { year, month } = calendarParts(useNow(), timeZone);
  const preview =
    parsePattern(pattern.trim()).ok && Number.isInteger(nextSeq) && nextSeq > 0
      ? formatNumber(pattern.trim(), { year, month, seq: nextSeq })
      : '—';

  const submit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      reset({ key: saved.key, pattern: saved.pattern, resetYearly: saved.resetYearly, nextSeq: saved.nextSeq });
      void message.success(t('settings.numbering.saved'));
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues) {
        for (const issue of error.error.issues) setError(issue.path.join('.') as 'pattern', { message: issue.message });
      } else void message.error(errorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t(`settings.numbering.series.${series.key}`)}>
      <Form layout="vertical" component={false}>
        <Typography.Title level={5}>{t(`settings.numbering.series.${series.key}`)}</Typography.Title>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={9}>
            <FormField
              label={t('settings.numbering.pattern')}
              htmlFor={`${id}-pattern`}
              error={errors.pattern?.message}
              help={t('settings.numbering.patternHelp')}
            >
              <Controller
                control={control}
                name="pattern"
                render={({ field }) => <Input {...field} id={`${id}-pattern`} maxLength={40} />}
              />
            </FormField>
          </Col>
          <Col xs={12} md={5}>
            <FormField label={t('settings.numbering.nextSeq')} htmlFor={`${id}-next`} error={errors.nextSeq?.message}>
              <Controller
                control={control}
                name="nextSeq"
                render={({ field }) => (
                  <InputNumber
                    id={`${id}-next`}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    style={{ width: '100%' }}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={12} md={5}>
            <FormField label={t('settings.numbering.next')} htmlFor={`${id}-preview`}>
              <Typography.Text id={`${id}-preview`} strong code style={{ fontSize: 15 }}>
                {preview}
              </Typography.Text>
            </FormField>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item>
              <Controller
                control={control}
                name="resetYearly"
                render={({ field }) => (
                  <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                    {t('settings.numbering.resetYearly')}
                  </Checkbox>
                )}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={!isDirty}>
          {t('common.save')}
        </Button>
      </Form>
    </form>
  );
}

/** Document number series: pattern, yearly restart, the running number to continue from. */
export function NumberingSetting() {
  const { t } = useTranslation();
  const numbering = useNumbering();
  return (
    <Card title={t('settings.numbering.title')}>
      <Typography.Paragraph type="secondary">{t('settings.numbering.description')}</Typography.Paragraph>
      {numbering.data ? (
        numbering.data.map((s) => <SeriesForm key={`${s.key}-${s.pattern}-${s.nextSeq}`} series={s} />)
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
