import { Result } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export type Area = 'tickets' | 'parts' | 'payments' | 'reports';

/** Placeholder for an area whose screens arrive in a later version. */
export function ComingSoon({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={`${t(`nav.${area}`)} · ${t('comingSoon.title')}`}
      subTitle={t('comingSoon.body', { area: t(`nav.${area}`) })}
    />
  );
}
