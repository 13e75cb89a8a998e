import { useId } from 'react';
import { Button, Card, Checkbox, Input, Select, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { explainComponent, type ComponentAssessment, type ExclusionCode, type WarrantyPolicy } from '@shared/warranty';
import type { Language } from '@shared/i18n/languages';
import type { FaultEntry } from './assess';

export type Verdict = 'free' | 'paid' | 'undecided';

export function verdictOf(c: ComponentAssessment): Verdict {
  if (c.covered) return 'free';
  return c.reasons[0] === 'no_start_date' ? 'undecided' : 'paid';
}

const VERDICT_STYLE: Record<Verdict, { color: string; icon: React.ReactNode }> = {
  free: { color: 'success', icon: <CheckCircleFilled /> },
  paid: { color: 'error', icon: <CloseCircleFilled /> },
  undecided: { color: 'warning', icon: <QuestionCircleFilled /> },
};

export function VerdictTag({ verdict, large }: { verdict: Verdict; large?: boolean }) {
  const { t } = useTranslation();
  const style = VERDICT_STYLE[verdict];
  return (
    <Tag
      color={style.color}
      icon={style.icon}
      style={large ? { fontSize: 15, padding: '3px 10px', marginInlineEnd: 0 } : undefined}
    >
      {t(`warranty.check.${verdict}`)}
    </Tag>
  );
}

interface FaultRowProps {
  index: number;
  entry: FaultEntry;
  policy: WarrantyPolicy;
  /** The engine's answer for this fault, once a component is chosen. */
  result: ComponentAssessment | undefined;
  language: Language;
  canRemove: boolean;
  /** Fault categories to choose from instead of free text (the intake screen's fault codes). */
  faultOptions?: { value: string; label: string }[];
  onChange: (entry: FaultEntry) => void;
  onRemove: () => void;
}

/** One fault: the component, what is wrong, what inspection found, and the answer with its reason. */
export function FaultRow({ index, entry, policy, result, language, canRemove, faultOptions, onChange, onRemove }: FaultRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const n = index + 1;
  const options = [
    {
      label: t('warranty.check.covered'),
      options: policy.components.map((c) => ({ value: c.code, label: c.labels[language] })),
    },
    ...(policy.neverCovered.length > 0
      ? [
          {
            label: t('warranty.check.neverCovered'),
            options: policy.neverCovered.map((c) => ({ value: c.code, label: c.labels[language] })),
          },
        ]
      : []),
  ];
  const verdict = result ? verdictOf(result) : null;
  const border =
    verdict === 'free' ? '#b7eb8f' : verdict === 'paid' ? '#ffa39e' : verdict === 'undecided' ? '#ffe58f' : undefined;

  return (
    <Card
      size="small"
      role="group"
      aria-label={t('warranty.check.fault', { n })}
      style={{ borderColor: border, borderWidth: border ? 2 : 1 }}
      title={
        <Space wrap>
          <Typography.Text strong>{t('warranty.check.fault', { n })}</Typography.Text>
          <Select
            id={`${id}-component`}
            aria-label={`${t('warranty.check.component')} ${n}`}
            placeholder={t('warranty.check.componentPlaceholder')}
            value={entry.component ?? undefined}
            onChange={(component: string) => onChange({ ...entry, component })}
            options={options}
            style={{ width: 220 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
          {faultOptions ? (
            <Select
              aria-label={`${t('warranty.check.faultText')} ${n}`}
              placeholder={t('tickets.intake.faultCategory')}
              value={entry.fault || undefined}
              onChange={(fault: string) => onChange({ ...entry, fault })}
              options={faultOptions}
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
            />
          ) : (
            <Input
              aria-label={`${t('warranty.check.faultText')} ${n}`}
              placeholder={t('warranty.check.faultPlaceholder')}
              value={entry.fault}
              maxLength={60}
              onChange={(e) => onChange({ ...entry, fault: e.target.value })}
              style={{ width: 220 }}
            />
          )}
        </Space>
      }
      extra={
        <Space>
          {verdict && <VerdictTag verdict={verdict} large />}
          {canRemove && (
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('warranty.check.removeFault', { n })}
              onClick={onRemove}
            />
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {result ? (
          <Typography.Text strong aria-live="polite">
            {explainComponent(result, language)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('warranty.check.chooseComponent')}</Typography.Text>
        )}
        {/* Never-covered and unknown parts are paid whatever inspection finds: no checklist. */}
        {!(result && (result.reasons[0] === 'never_covered' || result.reasons[0] === 'component_not_in_policy')) && (
          <fieldset style={{ border: 0, margin: 0, padding: 0 }} disabled={!entry.component}>
            <legend style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)', marginBottom: 4 }}>{t('warranty.check.findings')}</legend>
            <Checkbox.Group
              value={entry.findings}
              onChange={(values) => onChange({ ...entry, findings: values as ExclusionCode[] })}
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', rowGap: 4 }}
              options={policy.exclusions.map((code) => ({ value: code, label: t(`warranty.exclusions.${code}`) }))}
            />
          </fieldset>
        )}
      </Space>
    </Card>
  );
}
