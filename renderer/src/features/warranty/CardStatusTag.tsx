import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardStatus } from '@shared/schemas/warranty';

/** In force (green), every term ended (grey), or void (red). */
export function CardStatusTag({ status, expired }: { status: CardStatus; expired?: boolean }) {
  const { t } = useTranslation();
  if (status === 'void') return <Tag color="red">{t('cards.status.void')}</Tag>;
  if (expired) return <Tag>{t('cards.status.expired')}</Tag>;
  return <Tag color="green">{t('cards.status.active')}</Tag>;
}
