import { useId } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Checkbox, Col, Drawer, Form, Input, InputNumber, Radio, Row, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EXCLUSION_CODES, STANDARD_EXCLUSIONS } from '@shared/warranty';
import { LANGUAGES } from '@shared/i18n/languages';
import { policySaveSchema, type PolicyRecord, type PolicySaveInput } from '@shared/schemas/warranty';
import { ApiRequestError, errorText } from '../../api/client';
import { FormField } from '../../components/FormField';
import { useLanguage } from '../../i18n/useLanguage';
import { useSavePolicy } from '../warranty/api';
import { withCodes } from './policy-codes';
import { ComponentFields, NeverCoveredFields } from './PolicyListFields';
import { RepeatFailureFields } from './RepeatFailureFields';

type PolicySave = z.output<typeof policySaveSchema>;

interface Props {
  open: boolean;
  /** Editing this policy; a new one (starting from a copy of `template`) when absent. */
  record?: PolicyRecord;
  template?: PolicyRecord;
  existingCodes: readonly string[];
  onClose: () => void;
}

function initialValues(record: PolicyRecord | undefined, template: PolicyRecord | undefined): PolicySaveInput {
  if (record) return { policy: record.policy, terms: record.terms, archived: record.archived };
  const base = template?.policy;
  return {
    policy: {
      code: '',
      labels: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
      components: base?.components.map((c) => ({ ...c })) ?? [
        { code: '', labels: { 'zh-Hans': '', 'zh-Hant': '', en: '' }, termMonths: 12 },
      ],
      neverCovered: base?.neverCovered.map((c) => ({ ...c })) ?? [],
      noProof: base?.noProof ?? 'production_date',
      repairWarrantyMonths: base?.repairWarrantyMonths ?? 3,
      replacedPartMonths: base?.replacedPartMonths ?? 12,
      exclusions: base?.exclusions ? [...base.exclusions] : [...STANDARD_EXCLUSIONS],
      returnExchange: base?.returnExchange ?? {
        returnDays: 7,
        exchangeDays: 15,
        exchangeLimit: null,
        exchangeSameOrHigherPrice: false,
      },
      repairsBeforeExchange: base?.repairsBeforeExchange ?? 2,
      depreciationBasisPointsPerDay: base?.depreciationBasisPointsPerDay ?? null,
    },
    terms: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
    archived: false,
  };
}

/** A policy in full: names, covered components and terms, never-covered parts, exclusions, windows. */
export function PolicyEditor({ open, record, template, existingCodes, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const id = useId();
  const save = useSavePolicy();
  const isNew = !record;
  // Codes are made from the English names just before validation: staff never type them.
  const schemaResolver = zodResolver(policySaveSchema) as Resolver<PolicySaveInput, unknown, PolicySave>;
  const resolver: Resolver<PolicySaveInput, unknown, PolicySave> = (values, context, options) =>
    schemaResolver(withCodes(values, existingCodes), context, options);
  const {
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<PolicySaveInput, unknown, PolicySave>({ resolver, defaultValues: initialValues(record, template) });
  const unlimited = watch('policy.returnExchange.exchangeLimit') === null;

  const submit = handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ input: values, isNew });
      void message.success(t('settings.policies.saved', { name: saved.policy.labels[language] }));
      onClose();
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues) {
        for (const issue of error.error.issues) setError(issue.path.join('.') as 'policy', { message: issue.message });
      } else void message.error(errorText(t, error));
    }
  });

  const number = (
    name:
      | 'policy.repairWarrantyMonths'
      | 'policy.replacedPartMonths'
      | 'policy.returnExchange.returnDays'
      | 'policy.returnExchange.exchangeDays',
    label: string,
    error: string | undefined,
  ) => (
    <FormField label={label} htmlFor={`${id}-${name}`} error={error}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <InputNumber
            id={`${id}-${name}`}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            style={{ width: '100%' }}
            status={error ? 'error' : undefined}
          />
        )}
      />
    </FormField>
  );
  const e = errors.policy;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={920}
      title={
        isNew
          ? t('settings.policies.editor.newTitle')
          : t('settings.policies.editor.title', { name: record.policy.labels[language] })
      }
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <form onSubmit={(ev) => void submit(ev)} noValidate aria-label={t('settings.policies.title')}>
        <Form layout="vertical" component={false}>
          <Typography.Title level={5}>{t('settings.policies.editor.names')}</Typography.Title>
          <Row gutter={12}>
            {LANGUAGES.map((l) => (
              <Col span={8} key={l}>
                <FormField label={t(`languages.${l}`)} htmlFor={`${id}-name-${l}`} error={e?.labels?.[l]?.message} required>
                  <Controller
                    control={control}
                    name={`policy.labels.${l}`}
                    render={({ field }) => <Input {...field} id={`${id}-name-${l}`} maxLength={60} />}
                  />
                </FormField>
              </Col>
            ))}
          </Row>
          {!isNew && (
            <Typography.Paragraph type="secondary">
              {t('settings.policies.editor.code')}: <Typography.Text code>{record.code}</Typography.Text> ·{' '}
              {t('settings.policies.editor.codeHelp')}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('settings.policies.editor.components')}</Typography.Title>
          <ComponentFields control={control} errors={errors} />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('settings.policies.editor.neverCovered')}
          </Typography.Title>
          <NeverCoveredFields control={control} errors={errors} />
          <Row gutter={12} style={{ marginTop: 20 }}>
            <Col span={12}>
              {number(
                'policy.repairWarrantyMonths',
                t('settings.policies.editor.repairMonths'),
                e?.repairWarrantyMonths?.message,
              )}
            </Col>
            <Col span={12}>
              {number('policy.replacedPartMonths', t('settings.policies.editor.partMonths'), e?.replacedPartMonths?.message)}
            </Col>
            <Col span={8}>
              {number(
                'policy.returnExchange.returnDays',
                t('settings.policies.editor.returnDays'),
                e?.returnExchange?.returnDays?.message,
              )}
            </Col>
            <Col span={8}>
              {number(
                'policy.returnExchange.exchangeDays',
                t('settings.policies.editor.exchangeDays'),
                e?.returnExchange?.exchangeDays?.message,
              )}
            </Col>
            <Col span={8}>
              <FormField
                label={t('settings.policies.editor.exchangeLimit')}
                htmlFor={`${id}-limit`}
                error={e?.returnExchange?.exchangeLimit?.message}
              >
                <Controller
                  control={control}
                  name="policy.returnExchange.exchangeLimit"
                  render={({ field }) => (
                    <Space>
                      <InputNumber
                        id={`${id}-limit`}
                        value={field.value ?? undefined}
                        disabled={unlimited}
                        onChange={(v) => field.onChange(v ?? 1)}
                        style={{ width: 90 }}
                      />
                      <Checkbox checked={unlimited} onChange={(ev) => field.onChange(ev.target.checked ? null : 1)}>
                        {t('settings.policies.editor.unlimited')}
                      </Checkbox>
                    </Space>
                  )}
                />
              </FormField>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">{t('settings.policies.editor.windowsHelp')}</Typography.Paragraph>
          <Controller
            control={control}
            name="policy.returnExchange.exchangeSameOrHigherPrice"
            render={({ field }) => (
              <Checkbox checked={field.value} onChange={(ev) => field.onChange(ev.target.checked)}>
                {t('settings.policies.editor.sameOrHigher')}
              </Checkbox>
            )}
          />
          <RepeatFailureFields id={id} control={control} errors={e} />
          <FormField label={t('settings.policies.editor.noProof')} htmlFor={`${id}-noProof`}>
            <Controller
              control={control}
              name="policy.noProof"
              render={({ field }) => (
                <Radio.Group id={`${id}-noProof`} value={field.value} onChange={(ev) => field.onChange(ev.target.value)}>
                  <Radio value="production_date">{t('settings.policies.editor.noProofProduction')}</Radio>
                  <Radio value="not_covered">{t('settings.policies.editor.noProofNone')}</Radio>
                </Radio.Group>
              )}
            />
          </FormField>
          <Typography.Title level={5}>{t('settings.policies.editor.exclusions')}</Typography.Title>
          <Controller
            control={control}
            name="policy.exclusions"
            render={({ field }) => (
              <Checkbox.Group
                value={field.value}
                onChange={field.onChange}
                style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', rowGap: 4, marginBottom: 16 }}
                options={EXCLUSION_CODES.map((code) => ({ value: code, label: t(`warranty.exclusions.${code}`) }))}
              />
            )}
          />
          <Typography.Title level={5}>{t('settings.policies.editor.terms')}</Typography.Title>
          <Tabs
            items={LANGUAGES.map((l) => ({
              key: l,
              label: t(`languages.${l}`),
              children: (
                <Controller
                  control={control}
                  name={`terms.${l}`}
                  render={({ field }) => (
                    <Input.TextArea
                      {...field}
                      aria-label={`${t('settings.policies.editor.terms')} ${t(`languages.${l}`)}`}
                      rows={4}
                      maxLength={2000}
                    />
                  )}
                />
              ),
            }))}
          />
          <Controller
            control={control}
            name="archived"
            render={({ field }) => (
              <Checkbox checked={!!field.value} onChange={(ev) => field.onChange(ev.target.checked)} style={{ marginTop: 12 }}>
                {t('settings.policies.editor.archived')}
              </Checkbox>
            )}
          />
        </Form>
      </form>
    </Drawer>
  );
}
