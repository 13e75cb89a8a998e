import { useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Modal, Radio, Skeleton, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupCopy } from '@shared/schemas/backup';
import { call, errorText } from '../../api/client';
import { useShopTime } from '../../hooks/useShopTime';
import { sizeText } from './api';

const refOf = (b: BackupCopy) => `${b.folder}\n${b.name}`;

/**
 * Settings → Backups → Restore: pick a backup, see what it holds, confirm. The main process checks
 * it, backs up and sets aside the current file, and reopens on the backup; the app then reloads.
 */
export function RestoreDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useShopTime();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['backups', 'list'], queryFn: () => call('backups.list', {}), enabled: open });
  const backup = list.data?.find((b) => refOf(b) === chosen) ?? null;
  const details = useQuery({
    queryKey: ['backups', 'inspect', chosen],
    queryFn: () => call('backups.inspect', { folder: backup!.folder, name: backup!.name }),
    enabled: backup !== null,
  });
  const restore = useMutation({ mutationFn: (b: BackupCopy) => call('backups.restore', { folder: b.folder, name: b.name }) });

  const confirm = () => {
    if (!backup) return;
    restore.mutate(backup, {
      onSuccess: (result) => {
        void message.success(t('backups.restored', { time: time.dateTime(result.restored.at), file: result.setAside }), 3);
        // Every screen reads the restored records afresh: the app starts again on them.
        setTimeout(() => window.location.reload(), 1500);
      },
      onError: (error) => void message.error(errorText(t, error)),
    });
  };

  const d = details.data;
  return (
    <Modal
      open={open}
      title={t('backups.restoreTitle')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" danger type="primary" disabled={!d} loading={restore.isPending} onClick={confirm}>
          {t('backups.restoreConfirm')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('backups.restoreHelp')}</Typography.Paragraph>
        {list.isPending && <Skeleton active />}
        {list.data?.length === 0 && <Empty description={t('backups.none')} />}
        <Radio.Group
          aria-label={t('backups.restorePick')}
          value={chosen}
          onChange={(e) => setChosen(e.target.value as string)}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, maxHeight: 240, overflowY: 'auto' }}
          options={(list.data ?? []).map((b) => ({
            value: refOf(b),
            label: `${time.dateTime(b.at)} · ${t(`backups.kinds.${b.kind}`)} · ${sizeText(b.bytes)} · ${b.folder}`,
          }))}
        />
        {backup && details.isPending && <Skeleton active />}
        {d && (
          <>
            <Descriptions
              title={t('backups.restoreHolds', { time: time.dateTime(d.at) })}
              column={2}
              size="small"
              bordered
              items={[
                { key: 'customers', label: t('backups.customers'), children: d.customers ?? '—' },
                { key: 'tickets', label: t('backups.tickets'), children: d.tickets ?? '—' },
                { key: 'receipts', label: t('backups.receipts'), children: d.receipts ?? '—' },
                { key: 'last', label: t('backups.lastReceipt'), children: d.lastReceiptNo ?? t('backups.noReceipt') },
              ]}
            />
            <Alert type="warning" showIcon title={t('backups.restoreWarning', { time: time.dateTime(d.at) })} />
          </>
        )}
      </Space>
    </Modal>
  );
}
