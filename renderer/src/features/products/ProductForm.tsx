import { useId, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DATE_FIELDS,
  isPreOrder,
  productFieldsSchemaFor,
  type Product,
  type ProductFields,
  type ProductFieldsInput,
} from '@shared/schemas/product';
import { PROOF_KINDS } from '@shared/warranty';
import type { PolicyRecord } from '@shared/schemas/warranty';
import { FormField } from '../../components/FormField';
import { DateInput } from '../../components/DateInput';
import { CustomerSelect } from '../../components/CustomerSelect';
import { ApiRequestError } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';

export interface ProductFormProps {
  initial?: Product;
  /** Preselected owner (registering from a customer's page). */
  customer?: { id: number; name: string };
  /** A serial already scanned (registering from the intake screen). */
  serial?: string;
  policies: PolicyRecord[];
  /** The shop's today: later dates are refused before saving. */
  today: string | null;
  /** The owner changes by transferring the card when the product has one. */
  ownerLocked?: boolean;
  submitting?: boolean;
  onSubmit: (values: ProductFields) => Promise<void>;
  onCancel?: () => void;
}

function toFormValues(p: Product | undefined, customerId: number | undefined, category: string, serial = ''): ProductFieldsInput {
  return {
    customerId: p?.customerId ?? customerId ?? 0,
    category: p?.category ?? category,
    brand: p?.brand ?? '',
    model: p?.model ?? '',
    serial: p?.serial ?? serial,
    productionDate: p?.productionDate ?? '',
    saleDate: p?.saleDate ?? '',
    deliveryDate: p?.deliveryDate ?? '',
    acceptanceDate: p?.acceptanceDate ?? '',
    proofKind: p?.proofKind ?? null,
    proofNo: p?.proofNo ?? '',
    notes: p?.notes ?? '',
    preOrder: p?.preOrder ?? false,
  };
}

/** A product's identity, the dates its warranty depends on, and the proof of purchase. */
export function ProductForm({
  initial,
  customer,
  serial,
  policies,
  today,
  ownerLocked,
  submitting,
  onSubmit,
  onCancel,
}: ProductFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const schema = useMemo(() => productFieldsSchemaFor(today), [today]);
  // Archived categories are not offered, except the one this product already has.
  const categories = policies.filter((p) => !p.archived || p.code === initial?.category);
  const {
    control,
    handleSubmit,
    trigger,
    setError,
    formState: { errors },
  } = useForm<ProductFieldsInput, unknown, ProductFields>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(initial, customer?.id, categories[0]?.code ?? '', serial),
  });

  const [saleDate, productionDate] = useWatch({ control, name: ['saleDate', 'productionDate'] });
  const preOrderAsked = isPreOrder({ saleDate, productionDate });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues) {
        for (const issue of error.error.issues) setError(issue.path.join('.') as 'model', { message: issue.message });
      }
    }
  });

  const text = (
    name: 'brand' | 'model' | 'serial' | 'proofNo',
    max: number,
    extra: { placeholder?: string; required?: boolean } = {},
  ) => (
    <FormField
      label={t(`products.fields.${name}`)}
      htmlFor={`${id}-${name}`}
      error={errors[name]?.message}
      required={extra.required}
    >
      <Controller
        control={control}
        name={name}
        render={({ field }) => <Input {...field} id={`${id}-${name}`} maxLength={max} placeholder={extra.placeholder} />}
      />
    </FormField>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial ? t('products.edit') : t('products.new')}>
      <Form layout="vertical" component={false}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <FormField
              label={t('products.fields.customer')}
              htmlFor={`${id}-customer`}
              error={errors.customerId?.message}
              required
            >
              <Controller
                control={control}
                name="customerId"
                render={({ field }) => (
                  <CustomerSelect
                    id={`${id}-customer`}
                    value={field.value || null}
                    onChange={field.onChange}
                    currentLabel={initial?.customerName ?? customer?.name}
                    status={errors.customerId ? 'error' : undefined}
                  />
                )}
                disabled={ownerLocked}
              />
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField
              label={t('products.fields.category')}
              htmlFor={`${id}-category`}
              error={errors.category?.message}
              help={t('products.fields.categoryHelp')}
              required
            >
              <Controller
                control={control}
                name="category"
                render={({ field }) => (
                  <Select
                    {...field}
                    id={`${id}-category`}
                    options={categories.map((p) => ({ value: p.code, label: p.policy.labels[language] }))}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            {text('brand', 60)}
          </Col>
          <Col xs={24} md={8}>
            {text('model', 80, { required: true, placeholder: t('products.fields.modelPlaceholder') })}
          </Col>
          <Col xs={24} md={8}>
            {text('serial', 60, { placeholder: t('products.fields.serialPlaceholder') })}
          </Col>
          {DATE_FIELDS.map((name) => (
            <Col xs={12} md={6} key={name}>
              <FormField label={t(`products.fields.${name}`)} htmlFor={`${id}-${name}`} error={errors[name]?.message}>
                <Controller
                  control={control}
                  name={name}
                  render={({ field }) => (
                    <DateInput
                      id={`${id}-${name}`}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      status={errors[name] ? 'error' : undefined}
                    />
                  )}
                />
              </FormField>
            </Col>
          ))}
          {preOrderAsked && (
            <Col xs={24}>
              <FormField label={null} htmlFor={`${id}-preOrder`} help={t('products.fields.preOrderHelp')}>
                <Controller
                  control={control}
                  name="preOrder"
                  render={({ field }) => (
                    <Checkbox
                      id={`${id}-preOrder`}
                      checked={field.value ?? false}
                      onChange={(e) => {
                        field.onChange(e.target.checked);
                        void trigger(['saleDate', 'deliveryDate']);
                      }}
                    >
                      {t('products.fields.preOrder')}
                    </Checkbox>
                  )}
                />
              </FormField>
            </Col>
          )}
          <Col xs={24} md={12}>
            <FormField label={t('products.fields.proofKind')} htmlFor={`${id}-proofKind`} error={errors.proofKind?.message}>
              <Controller
                control={control}
                name="proofKind"
                render={({ field }) => (
                  <Select
                    id={`${id}-proofKind`}
                    value={field.value ?? ''}
                    onChange={(v: string) => field.onChange(v === '' ? null : v)}
                    options={[
                      { value: '', label: t('warranty.noProof') },
                      ...PROOF_KINDS.map((k) => ({ value: k, label: t(`warranty.proofKinds.${k}`) })),
                    ]}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            {text('proofNo', 60)}
          </Col>
          <Col xs={24}>
            <FormField label={t('products.fields.notes')} htmlFor={`${id}-notes`} error={errors.notes?.message}>
              <Controller
                control={control}
                name="notes"
                render={({ field }) => <Input.TextArea {...field} id={`${id}-notes`} rows={2} maxLength={1000} />}
              />
            </FormField>
          </Col>
        </Row>
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
