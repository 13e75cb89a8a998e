import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * What is drawn when the settings cannot be read at start-up. Its own chunk (App.tsx loads it
 * only then): antd's Result carries large illustrations the first screen does not need.
 */
export function StartupError({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('startup.failedTitle')}
      subTitle={detail}
      extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
