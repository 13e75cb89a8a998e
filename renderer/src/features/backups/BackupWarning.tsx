import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useShopTime } from '../../hooks/useShopTime';
import { useBackupStatus, useCreateBackup } from './api';

/** On the home screen when the newest good backup is more than a day old, or there is none. */
export function BackupWarning() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useShopTime();
  const status = useBackupStatus();
  const create = useCreateBackup();
  const s = status.data;
  if (!s?.stale) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={s.newest ? t('backups.staleWarning', { time: time.dateTime(s.newest.at) }) : t('backups.noneWarning')}
      action={
        <Button
          loading={create.isPending || s.running}
          onClick={() =>
            create.mutate(undefined, {
              onSuccess: (copy) => void message.success(t('backups.done', { name: copy.name })),
              onError: (error) => void message.error(errorText(t, error)),
            })
          }
        >
          {t('backups.staleAction')}
        </Button>
      }
    />
  );
}
