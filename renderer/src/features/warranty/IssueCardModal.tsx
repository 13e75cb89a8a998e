import { useId, useMemo, useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMonths, computeCardTerms, monthsText, type CardExpiry } from '@shared/warranty';
import type { Product } from '@shared/schemas/product';
import type { WarrantyCard } from '@shared/schemas/warranty';
import { translateMessage } from '@shared/i18n/translate-message';
import { ApiRequestError, errorText } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { FormField } from '../../components/FormField';
import { useLanguage } from '../../i18n/useLanguage';
import { useIssueCard, useNumbering, usePolicies } from './api';

interface Props {
  open: boolean;
  product: Product;
  onClose: () => void;
  onIssued: (card: WarrantyCard) => void;
}

/**
 * Issue a card: the start date and every component's expiry computed from the product's dates
 * and its category's policy, shown before anything is saved. Staff may extend an expiry (a
 * brand's longer warranty) or type the number of a pre-printed card.
 */
export function IssueCardModal({ open, product, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const id = useId();
  const policies = usePolicies();
  const numbering = useNumbering();
  const issue = useIssueCard();
  const [cardNo, setCardNo] = useState('');
  const [notes, setNotes] = useState('');
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [serverIssue, setServerIssue] = useState<{ path: string; message: string } | null>(null);

  const policy = policies.data?.find((p) => p.code === product.category)?.policy;
  const baseline = useMemo(
    () => (policy ? computeCardTerms(policy, product, product.proofKind ? [product.proofKind] : []) : null),
    [policy, product],
  );
  const changed: CardExpiry[] = useMemo(() => {
    if (!baseline?.ok) return [];
    return baseline.components
      .filter((c) => overrides[c.component] && overrides[c.component] !== c.expiry)
      .map((c) => ({ component: c.component, expiry: overrides[c.component]! }));
  }, [baseline, overrides]);
  const terms = useMemo(
    () => (policy ? computeCardTerms(policy, product, product.proofKind ? [product.proofKind] : [], changed) : null),
    [policy, product, changed],
  );
  const rowError = (component: string): string | undefined => {
    if (terms && !terms.ok) {
      const index = changed.findIndex((c) => c.component === component);
      if (terms.problems.some((p) => p.kind === 'expiry_before_start' && p.index === index))
        return 'validation.warranty.expiryBeforeStart';
    }
    return serverIssue?.path === component ? serverIssue.message : undefined;
  };
  const nextNumber = numbering.data?.find((s) => s.key === 'warranty_card')?.nextNumber ?? '';
  const noStart = baseline && !baseline.ok ? baseline.problems.find((p) => p.kind === 'no_start') : undefined;

  const submit = async () => {
    setServerIssue(null);
    try {
      const card = await issue.mutateAsync({ productId: product.id, cardNo: cardNo.trim(), notes, expiries: changed });
      void message.success(t('cards.issue.issued', { cardNo: card.cardNo }));
      onIssued(card);
    } catch (error) {
      const first = error instanceof ApiRequestError ? error.error.issues?.[0] : undefined;
      if (first && first.path[0] === 'expiries') {
        const index = Number(first.path[1]);
        setServerIssue({ path: changed[index]?.component ?? '', message: first.message });
      } else if (first && first.path[0] === 'cardNo') setServerIssue({ path: 'cardNo', message: first.message });
      else void message.error(errorText(t, error));
    }
  };

  const startBasis = baseline?.ok ? t(`warranty.basis.${baseline.start.basis}`) : '';
  return (
    <Modal
      open={open}
      title={t('cards.issue.title')}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      okText={t('cards.issue.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      okButtonProps={{ disabled: !terms?.ok, loading: issue.isPending }}
    >
      {!policy || !baseline ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('cards.issue.product')}>
              {[product.brand, product.model].filter(Boolean).join(' ')}
              {product.serial && <Typography.Text type="secondary"> · {product.serial}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cards.issue.policy')}>{policy.labels[language]}</Descriptions.Item>
            {baseline.ok && (
              <Descriptions.Item label={t('cards.issue.start')}>
                <Typography.Text strong>{baseline.start.date}</Typography.Text> ({startBasis})
                {!baseline.start.proven && (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    {t('cards.issue.unproven')}
                  </Tag>
                )}
              </Descriptions.Item>
            )}
          </Descriptions>
          {noStart?.kind === 'no_start' && (
            <Alert
              type="warning"
              showIcon
              title={t('cards.issue.cannotStart')}
              description={t(noStart.reason === 'no_proof' ? 'cards.issue.noProofBody' : 'cards.issue.noStartBody')}
            />
          )}
          {baseline.ok && (
            <Table
              size="small"
              rowKey="component"
              pagination={false}
              title={() => <Typography.Text strong>{t('cards.issue.components')}</Typography.Text>}
              dataSource={baseline.components}
              columns={[
                { key: 'name', title: t('cards.detail.component'), render: (_, c) => c.labels[language] },
                { key: 'term', title: t('cards.detail.term'), render: (_, c) => monthsText(c.termMonths, language) },
                {
                  key: 'expiry',
                  title: t('cards.detail.expiry'),
                  width: 260,
                  render: (_, c) => {
                    const error = rowError(c.component);
                    const value = overrides[c.component] || c.expiry;
                    return (
                      <div>
                        <DateInput
                          aria-label={`${c.labels[language]} ${t('cards.detail.expiry')}`}
                          value={value}
                          status={error ? 'error' : undefined}
                          onChange={(v) => setOverrides((o) => ({ ...o, [c.component]: v }))}
                        />
                        {value !== c.expiry && !error && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('cards.issue.computed', { date: addMonths(baseline.start.date, c.termMonths) })}
                          </Typography.Text>
                        )}
                        {error && (
                          <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                            {translateMessage(t, error)}
                          </Typography.Text>
                        )}
                      </div>
                    );
                  },
                },
              ]}
            />
          )}
          <Form layout="vertical" component={false}>
            <FormField
              label={t('cards.issue.cardNo')}
              htmlFor={`${id}-cardNo`}
              help={t('cards.issue.cardNoHelp')}
              error={serverIssue?.path === 'cardNo' ? serverIssue.message : undefined}
            >
              <Input
                id={`${id}-cardNo`}
                value={cardNo}
                maxLength={40}
                placeholder={nextNumber ? t('cards.issue.cardNoPlaceholder', { next: nextNumber }) : undefined}
                onChange={(e) => setCardNo(e.target.value)}
              />
            </FormField>
            <FormField label={t('cards.issue.notes')} htmlFor={`${id}-notes`}>
              <Input.TextArea
                id={`${id}-notes`}
                value={notes}
                rows={2}
                maxLength={500}
                onChange={(e) => setNotes(e.target.value)}
              />
            </FormField>
          </Form>
        </Space>
      )}
    </Modal>
  );
}
