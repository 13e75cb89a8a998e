import { useId } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  customerFieldsSchema,
  PHONE_LABELS,
  type Customer,
  type CustomerFields,
  type CustomerFieldsInput,
} from '@shared/schemas/customer';
import { FormField } from '../../components/FormField';
import { ApiRequestError } from '../../api/client';
import { usePhoneOwners } from './api';
import { useDebounced } from '../../hooks/useDebounced';

export interface CustomerFormProps {
  initial?: Customer;
  submitting?: boolean;
  /** Saves; may reject with an ApiRequestError whose field issues are shown on the fields. */
  onSubmit: (values: CustomerFields) => Promise<void>;
  onCancel?: () => void;
}

function toFormValues(c?: Customer): CustomerFieldsInput {
  return {
    name: c?.name ?? '',
    phones: c?.phones.length ? c.phones.map((p) => ({ ...p })) : [{ number: '', label: 'mobile' }],
    email: c?.email ?? '',
    address: c?.address ?? '',
    notes: c?.notes ?? '',
    consentToContact: c?.consentToContact ?? false,
  };
}

/** "Already used by …" under a phone number as soon as it is typed, with links to those customers. */
function PhoneOwnersHint({
  control,
  index,
  excludeId,
}: {
  control: Control<CustomerFieldsInput>;
  index: number;
  excludeId: number | null;
}) {
  const { t } = useTranslation();
  const phone = useWatch({ control, name: `phones.${index}.number` }) ?? '';
  const owners = usePhoneOwners(useDebounced(phone, 250), excludeId).data ?? [];
  if (owners.length === 0) return null;
  return (
    <Typography.Text type="warning" role="status">
      {t('customers.duplicatePhone.inline', { names: owners.map((o) => o.name).join(', ') })}{' '}
      {owners.slice(0, 3).map((o) => (
        <Link key={o.id} to={`/customers/${o.id}`} style={{ marginRight: 8 }}>
          {t('customers.duplicatePhone.open', { name: o.name })}
        </Link>
      ))}
    </Typography.Text>
  );
}

export function CustomerForm({ initial, submitting, onSubmit, onCancel }: CustomerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CustomerFieldsInput, unknown, CustomerFields>({
    resolver: zodResolver(customerFieldsSchema),
    defaultValues: toFormValues(initial),
  });
  const phones = useFieldArray({ control, name: 'phones' });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues) {
        for (const issue of error.error.issues) {
          setError(issue.path.join('.') as 'name', { message: issue.message });
        }
      }
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial ? t('customers.edit') : t('customers.new')}>
      <Form layout="vertical" component={false}>
        <FormField label={t('customers.fields.name')} htmlFor={`${id}-name`} error={errors.name?.message} required>
          <Controller
            control={control}
            name="name"
            render={({ field }) => (
              <Input {...field} id={`${id}-name`} autoFocus placeholder={t('customers.fields.namePlaceholder')} maxLength={60} />
            )}
          />
        </FormField>

        {phones.fields.map((item, index) => (
          <FormField
            key={item.id}
            label={index === 0 ? t('customers.fields.phone') : `${t('customers.fields.phone')} ${index + 1}`}
            htmlFor={`${id}-phone-${index}`}
            error={errors.phones?.[index]?.number?.message ?? (index === 0 ? errors.phones?.message : undefined)}
            warning={<PhoneOwnersHint control={control} index={index} excludeId={initial?.id ?? null} />}
            required={index === 0}
          >
            <Space.Compact style={{ width: '100%' }}>
              {/* The number first: Tab from the name goes straight to it; its kind after. */}
              <Controller
                control={control}
                name={`phones.${index}.number`}
                render={({ field }) => (
                  <Input
                    {...field}
                    id={`${id}-phone-${index}`}
                    inputMode="tel"
                    placeholder={t('customers.fields.phonePlaceholder')}
                    maxLength={40}
                  />
                )}
              />
              <Controller
                control={control}
                name={`phones.${index}.label`}
                render={({ field }) => (
                  <Select
                    {...field}
                    aria-label={t('customers.fields.phoneLabel')}
                    style={{ width: 110 }}
                    options={PHONE_LABELS.map((l) => ({ value: l, label: t(`customers.phoneLabels.${l}`) }))}
                  />
                )}
              />
              {index > 0 && (
                <Button
                  icon={<MinusCircleOutlined />}
                  aria-label={`${t('common.remove')} ${t('customers.fields.phone')} ${index + 1}`}
                  onClick={() => phones.remove(index)}
                />
              )}
            </Space.Compact>
          </FormField>
        ))}
        {phones.fields.length < 5 && (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => phones.append({ number: '', label: 'mobile' })}
            style={{ marginBottom: 16 }}
          >
            {t('customers.fields.addPhone')}
          </Button>
        )}

        <FormField label={t('customers.fields.email')} htmlFor={`${id}-email`} error={errors.email?.message}>
          <Controller
            control={control}
            name="email"
            render={({ field }) => <Input {...field} id={`${id}-email`} type="email" maxLength={120} />}
          />
        </FormField>
        <FormField label={t('customers.fields.address')} htmlFor={`${id}-address`} error={errors.address?.message}>
          <Controller
            control={control}
            name="address"
            render={({ field }) => <Input {...field} id={`${id}-address`} maxLength={200} />}
          />
        </FormField>
        <FormField label={t('customers.fields.notes')} htmlFor={`${id}-notes`} error={errors.notes?.message}>
          <Controller
            control={control}
            name="notes"
            render={({ field }) => <Input.TextArea {...field} id={`${id}-notes`} rows={3} maxLength={1000} />}
          />
        </FormField>
        <Controller
          control={control}
          name="consentToContact"
          render={({ field: { value, onChange, ...field } }) => (
            <Checkbox {...field} checked={!!value} onChange={(e) => onChange(e.target.checked)} style={{ marginBottom: 16 }}>
              {t('customers.fields.consent')}
            </Checkbox>
          )}
        />
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitting ? t('common.saving') : t('common.save')}
          </Button>
        </Space>
      </Form>
    </form>
  );
}
