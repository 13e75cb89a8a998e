import { Button, Input, InputNumber, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/i18n/languages';
import { translateMessage } from '@shared/i18n/translate-message';
import type { PolicySaveInput } from '@shared/schemas/warranty';

interface Props {
  control: Control<PolicySaveInput>;
  errors: FieldErrors<PolicySaveInput>;
}

const EMPTY_LABELS = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

function ErrorText({ message }: { message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ fontSize: 12, gridColumn: '1 / -1' }}>
      {translateMessage(t, message)}
    </Typography.Text>
  );
}

/** Covered components: a name in each language and a term in months. */
export function ComponentFields({ control, errors }: Props) {
  const { t } = useTranslation();
  const list = useFieldArray({ control, name: 'policy.components', keyName: 'fieldKey' });
  const columns = '1fr 1fr 1fr 96px 32px';
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <div style={{ display: 'grid', gridTemplateColumns: columns, gap: 8, fontWeight: 600 }}>
        {LANGUAGES.map((l) => (
          <span key={l}>{t(`languages.${l}`)}</span>
        ))}
        <span>{t('settings.policies.editor.months')}</span>
        <span />
      </div>
      {list.fields.map((field, index) => {
        const rowErrors = errors.policy?.components?.[index];
        const n = index + 1;
        return (
          <div
            key={field.fieldKey}
            role="group"
            aria-label={`${t('settings.policies.editor.components')} ${n}`}
            style={{ display: 'grid', gridTemplateColumns: columns, gap: 8 }}
          >
            {LANGUAGES.map((l) => (
              <Controller
                key={l}
                control={control}
                name={`policy.components.${index}.labels.${l}`}
                render={({ field: f }) => (
                  <Input
                    {...f}
                    aria-label={`${t(`languages.${l}`)} ${n}`}
                    maxLength={60}
                    status={rowErrors?.labels?.[l] ? 'error' : undefined}
                  />
                )}
              />
            ))}
            <Controller
              control={control}
              name={`policy.components.${index}.termMonths`}
              render={({ field: f }) => (
                <InputNumber
                  value={f.value}
                  onChange={(v) => f.onChange(v)}
                  onBlur={f.onBlur}
                  aria-label={`${t('settings.policies.editor.months')} ${n}`}
                  status={rowErrors?.termMonths ? 'error' : undefined}
                  style={{ width: '100%' }}
                />
              )}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`${t('settings.policies.editor.remove')} ${n}`}
              disabled={list.fields.length <= 1}
              onClick={() => list.remove(index)}
            />
            <ErrorText
              message={
                rowErrors?.termMonths?.message ??
                LANGUAGES.map((l) => rowErrors?.labels?.[l]?.message).find(Boolean) ??
                rowErrors?.code?.message
              }
            />
          </div>
        );
      })}
      <ErrorText message={errors.policy?.components?.message} />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => list.append({ code: '', labels: { ...EMPTY_LABELS }, termMonths: 12 })}
      >
        {t('settings.policies.editor.addComponent')}
      </Button>
    </div>
  );
}

/** Parts never covered: a name in each language. */
export function NeverCoveredFields({ control, errors }: Props) {
  const { t } = useTranslation();
  const list = useFieldArray({ control, name: 'policy.neverCovered', keyName: 'fieldKey' });
  const columns = '1fr 1fr 1fr 32px';
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      {list.fields.map((field, index) => {
        const rowErrors = errors.policy?.neverCovered?.[index];
        const n = index + 1;
        return (
          <div
            key={field.fieldKey}
            role="group"
            aria-label={`${t('settings.policies.editor.neverCovered')} ${n}`}
            style={{ display: 'grid', gridTemplateColumns: columns, gap: 8 }}
          >
            {LANGUAGES.map((l) => (
              <Controller
                key={l}
                control={control}
                name={`policy.neverCovered.${index}.labels.${l}`}
                render={({ field: f }) => (
                  <Input
                    {...f}
                    aria-label={`${t(`languages.${l}`)} ${n}`}
                    maxLength={60}
                    status={rowErrors?.labels?.[l] ? 'error' : undefined}
                  />
                )}
              />
            ))}
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`${t('settings.policies.editor.remove')} ${n}`}
              onClick={() => list.remove(index)}
            />
            <ErrorText
              message={LANGUAGES.map((l) => rowErrors?.labels?.[l]?.message).find(Boolean) ?? rowErrors?.code?.message}
            />
          </div>
        );
      })}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => list.append({ code: '', labels: { ...EMPTY_LABELS } })}>
        {t('settings.policies.editor.addNever')}
      </Button>
    </div>
  );
}
