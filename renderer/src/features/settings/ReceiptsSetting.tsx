import { Alert, App, Button, Card, Progress, Segmented, Space, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RECEIPT_FORMATS, type ReceiptFormat } from '@shared/receipts/methods';
import { errorText } from '../../api/client';
import { useSetReceiptFormat, useVerifyRecords } from '../payments/api';

/** Settings → Receipts: the default layout, and Verify records (the hash chain over every document). */
export function ReceiptsSetting({ format }: { format: ReceiptFormat }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setFormat = useSetReceiptFormat();
  const { mutation: verify, progress } = useVerifyRecords();
  const report = verify.data;
  return (
    <Card title={t('payments.defaultFormat.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('payments.defaultFormat.description')}</Typography.Text>
        <Segmented
          aria-label={t('payments.defaultFormat.label')}
          value={format}
          onChange={(v) =>
            setFormat.mutate(v as ReceiptFormat, {
              onSuccess: () => void message.success(t('payments.defaultFormat.saved')),
              onError: (error) => void message.error(errorText(t, error)),
            })
          }
          options={RECEIPT_FORMATS.map((f) => ({ value: f, label: t(`payments.formats.${f}`) }))}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('payments.verify.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('payments.verify.description')}</Typography.Text>
        <Button
          icon={<SafetyOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          style={{ width: 'fit-content' }}
        >
          {progress ? t('payments.verify.progress', progress) : t('payments.verify.run')}
        </Button>
        {progress && progress.total > 0 && (
          <Progress
            percent={Math.floor((progress.checked / progress.total) * 100)}
            aria-label={t('payments.verify.title')}
            style={{ maxWidth: 480 }}
          />
        )}
        {verify.error && <Alert type="error" showIcon title={errorText(t, verify.error)} />}
        {report && (
          <Alert
            role="status"
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={
              report.ok || !report.firstBreak
                ? t('payments.verify.ok', { count: report.checked })
                : t('payments.verify.broken', {
                    kind: t(`payments.verify.kinds.${report.firstBreak.kind}`),
                    docNo: report.firstBreak.docNo,
                    seq: report.firstBreak.seq,
                    problem: t(`payments.verify.problems.${report.firstBreak.problem}`),
                  })
            }
          />
        )}
      </Space>
    </Card>
  );
}
