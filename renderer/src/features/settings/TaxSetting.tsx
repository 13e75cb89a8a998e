import { useState } from 'react';
import { App, Button, Card, InputNumber, Segmented, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxSetting as Tax } from '@shared/quotes/totals';
import { call, errorText } from '../../api/client';
import { settingsKey } from './api';

type Mode = Tax['mode'];

/** Settings → Tax: how quotes charge tax. A quote keeps the rule it was issued with. */
export function TaxSetting({ tax }: { tax: Tax }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>(tax.mode);
  const [rate, setRate] = useState<number>(tax.mode === 'none' ? 13 : tax.rateBp / 100);
  const save = useMutation({
    mutationFn: (value: Tax) => call('settings.setTax', { tax: value }),
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
  const submit = () => {
    const value: Tax = mode === 'none' ? { mode } : { mode, rateBp: Math.round(rate * 100) };
    save.mutate(value, {
      onSuccess: () => void message.success(t('settings.tax.saved')),
      onError: (error) => void message.error(errorText(t, error)),
    });
  };
  return (
    <Card title={t('settings.tax.title')}>
      <Typography.Paragraph type="secondary">{t('settings.tax.description')}</Typography.Paragraph>
      <Space wrap>
        <Segmented
          aria-label={t('settings.tax.mode')}
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          options={(['none', 'inclusive', 'exclusive'] as const).map((m) => ({ value: m, label: t(`quotes.taxModes.${m}`) }))}
        />
        {mode !== 'none' && (
          <InputNumber
            aria-label={t('settings.tax.rate')}
            min={0}
            max={100}
            step={0.5}
            precision={2}
            value={rate}
            onChange={(v) => setRate(v ?? 0)}
            suffix="%"
          />
        )}
        <Button type="primary" onClick={submit} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Space>
    </Card>
  );
}
