import { useId, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, shopProfileSchema, type ShopProfile, type ShopProfileInput } from '@shared/schemas/settings';
import { LANGUAGES } from '@shared/i18n/languages';
import { FormField } from '../../components/FormField';
import { ApiRequestError } from '../../api/client';

export interface ShopProfileFormProps {
  initial: ShopProfile;
  submitting?: boolean;
  onSubmit: (values: ShopProfile) => Promise<void>;
}

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** The shop details printed on every form. */
export function ShopProfileForm({ initial, submitting, onSubmit }: ShopProfileFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const zones = useMemo(() => timeZones(initial.timeZone).map((z) => ({ value: z, label: z })), [initial.timeZone]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
    reset,
  } = useForm<ShopProfileInput, unknown, ShopProfile>({
    resolver: zodResolver(shopProfileSchema),
    defaultValues: initial,
  });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset(values);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues) {
        for (const issue of error.error.issues) setError(issue.path.join('.') as 'name', { message: issue.message });
      }
    }
  });

  const text = (
    name: 'name' | 'address' | 'phone' | 'email' | 'taxId',
    max: number,
    extra?: { help?: string; required?: boolean },
  ) => (
    <FormField
      label={t(`settings.shop.${name}`)}
      htmlFor={`${id}-${name}`}
      error={errors[name]?.message}
      help={extra?.help}
      required={extra?.required}
    >
      <Controller
        control={control}
        name={name}
        render={({ field }) => <Input {...field} id={`${id}-${name}`} maxLength={max} />}
      />
    </FormField>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settings.shop.title')}>
      <Form layout="vertical" component={false}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text('name', 80, { required: true })}
          </Col>
          <Col xs={24} md={12}>
            {text('phone', 40)}
          </Col>
          <Col xs={24}>{text('address', 200)}</Col>
          <Col xs={24} md={12}>
            {text('email', 120)}
          </Col>
          <Col xs={24} md={12}>
            {text('taxId', 30, { help: t('settings.shop.taxIdHelp') })}
          </Col>
          <Col xs={24} md={8}>
            <FormField label={t('settings.shop.defaultLanguage')} htmlFor={`${id}-lang`} error={errors.defaultLanguage?.message}>
              <Controller
                control={control}
                name="defaultLanguage"
                render={({ field }) => (
                  <Select
                    {...field}
                    id={`${id}-lang`}
                    options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              label={t('settings.shop.timeZone')}
              htmlFor={`${id}-tz`}
              error={errors.timeZone?.message}
              help={t('settings.shop.timeZoneHelp')}
            >
              <Controller
                control={control}
                name="timeZone"
                render={({ field }) => <Select {...field} id={`${id}-tz`} showSearch options={zones} />}
              />
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField label={t('settings.shop.currency')} htmlFor={`${id}-currency`} error={errors.currency?.message}>
              <Controller
                control={control}
                name="currency"
                render={({ field }) => (
                  <Select
                    {...field}
                    id={`${id}-currency`}
                    options={CURRENCIES.map((c) => ({ value: c, label: t(`currencies.${c}`) }))}
                  />
                )}
              />
            </FormField>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('common.save')}
        </Button>
      </Form>
    </form>
  );
}
