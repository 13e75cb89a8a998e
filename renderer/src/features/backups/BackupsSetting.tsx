import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupCopy } from '@shared/schemas/backup';
import { errorText } from '../../api/client';
import { useShopTime } from '../../hooks/useShopTime';
import { sizeText, useBackupStatus, useCreateBackup, useSetSecondFolder } from './api';
import { RestoreDialog } from './RestoreDialog';

function CopyDetails({ copy }: { copy: BackupCopy | null }) {
  const { t } = useTranslation();
  const time = useShopTime();
  if (!copy) return <Typography.Text type="secondary">{t('backups.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <span>
        {t('backups.when')}: {time.dateTime(copy.at)}
      </span>
      <span>
        {t('backups.where')}: <Typography.Text copyable>{copy.folder}</Typography.Text> · {copy.name}
      </span>
      <span>
        {t('backups.size')}: {sizeText(copy.bytes)}
      </span>
    </Space>
  );
}

/** Settings → Backups: the newest good backup (time, place, size), Back up now, the second folder. */
export function BackupsSetting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useShopTime();
  const status = useBackupStatus();
  const create = useCreateBackup();
  const setSecond = useSetSecondFolder();
  const [folder, setFolder] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const s = status.data;
  const shownFolder = folder ?? s?.secondFolder ?? '';

  const saveSecond = (value: string | null) =>
    setSecond.mutate(value, {
      onSuccess: () => {
        setFolder(null);
        void message.success(value ? t('backups.secondFolderSaved', { folder: value }) : t('backups.secondFolderCleared'));
      },
      onError: (error) => void message.error(errorText(t, error)),
    });

  return (
    <Card title={t('backups.title')}>
      <Typography.Paragraph type="secondary">{t('backups.description')}</Typography.Paragraph>
      {s?.lastError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('backups.lastError', { time: time.dateTime(s.lastError.at), folder: s.lastError.folder })}
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'newest', label: t('backups.newest'), children: <CopyDetails copy={s?.newest ?? null} /> },
          ...(s?.secondFolder
            ? [{ key: 'second', label: t('backups.newestSecond'), children: <CopyDetails copy={s.newestSecond} /> }]
            : []),
        ]}
      />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
        <Button
          type="primary"
          loading={create.isPending || s?.running}
          onClick={() =>
            create.mutate(undefined, {
              onSuccess: (copy) => void message.success(t('backups.done', { name: copy.name })),
              onError: (error) => void message.error(errorText(t, error)),
            })
          }
        >
          {t('backups.backUpNow')}
        </Button>
        <Button danger onClick={() => setRestoring(true)}>
          {t('backups.restore')}
        </Button>
        <RestoreDialog open={restoring} onClose={() => setRestoring(false)} />
        <Typography.Text strong>{t('backups.secondFolder')}</Typography.Text>
        <Typography.Text type="secondary">{t('backups.secondFolderHelp')}</Typography.Text>
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input
            aria-label={t('backups.secondFolder')}
            placeholder={t('backups.secondFolderPlaceholder')}
            value={shownFolder}
            onChange={(e) => setFolder(e.target.value)}
          />
          <Button onClick={() => saveSecond(shownFolder.trim() || null)} loading={setSecond.isPending}>
            {t('common.save')}
          </Button>
          {s?.secondFolder && <Button onClick={() => saveSecond(null)}>{t('backups.stopSecond')}</Button>}
        </Space.Compact>
      </Space>
    </Card>
  );
}
