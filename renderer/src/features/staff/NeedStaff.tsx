import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStaff } from './api';
import { useSettings } from '../settings/api';

/**
 * Every change to a ticket is stamped with who made it: until someone is chosen in the header
 * (or staff exist at all), say so where the work happens instead of failing on save.
 */
export function NeedStaff() {
  const { t } = useTranslation();
  const settings = useSettings();
  const staff = useStaff();
  if (!settings.data || !staff.data || settings.data.ui.staffId !== null) return null;
  const none = !staff.data.some((m) => m.active);
  return <Alert type="warning" showIcon title={t(none ? 'staff.noneYet' : 'staff.chooseFirst')} />;
}
