import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { daysText, monthsText } from '@shared/warranty';
import type { PolicyRecord } from '@shared/schemas/warranty';
import { useLanguage } from '../../i18n/useLanguage';
import { usePolicies } from '../warranty/api';
import { PolicyEditor } from './PolicyEditor';

type Editing = { kind: 'edit'; record: PolicyRecord } | { kind: 'new' } | null;

/** The warranty policies, one per product category, each opening in the editor. */
export function PoliciesSetting() {
  const { t } = useTranslation();
  const language = useLanguage();
  const policies = usePolicies();
  const [editing, setEditing] = useState<Editing>(null);
  const records = policies.data ?? [];

  const windows = (p: PolicyRecord) => {
    const r = p.policy.returnExchange;
    const ex = Math.max(r.returnDays, r.exchangeDays);
    if (ex === 0) return t('settings.policies.noReturn');
    return t('settings.policies.returnExchange', { ret: daysText(r.returnDays, language), ex: daysText(ex, language) });
  };

  return (
    <Card
      title={t('settings.policies.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })}>
          {t('settings.policies.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.policies.description')}</Typography.Paragraph>
      <div role="region" aria-label={t('settings.policies.title')}>
        <Table<PolicyRecord>
          rowKey="code"
          size="small"
          loading={policies.isPending}
          dataSource={records}
          pagination={false}
          columns={[
            {
              key: 'name',
              title: t('settings.policies.columns.name'),
              width: 170,
              render: (_, p) => (
                <span>
                  <Typography.Text strong>{p.policy.labels[language]}</Typography.Text>
                  {p.archived && <Tag style={{ marginLeft: 8 }}>{t('settings.policies.archived')}</Tag>}
                </span>
              ),
            },
            {
              key: 'coverage',
              title: t('settings.policies.columns.coverage'),
              render: (_, p) =>
                p.policy.components
                  .map((c) => `${c.labels[language]} ${monthsText(c.termMonths, language)}`)
                  .join(language === 'en' ? ', ' : '、'),
            },
            { key: 'windows', title: t('settings.policies.columns.windows'), width: 150, render: (_, p) => windows(p) },
            {
              key: 'repair',
              title: t('settings.policies.columns.repair'),
              width: 150,
              render: (_, p) =>
                t('settings.policies.repairSummary', {
                  fault: monthsText(p.policy.repairWarrantyMonths, language),
                  part: monthsText(p.policy.replacedPartMonths, language),
                }),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 100,
              render: (_, p) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`${t('settings.policies.edit')} ${p.policy.labels[language]}`}
                  onClick={() => setEditing({ kind: 'edit', record: p })}
                >
                  {t('settings.policies.edit')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {editing && (
        <PolicyEditor
          open
          record={editing.kind === 'edit' ? editing.record : undefined}
          template={records[0]}
          existingCodes={records.map((r) => r.code)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
