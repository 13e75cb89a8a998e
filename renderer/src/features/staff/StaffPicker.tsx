import { App, Button, Select, Space, Typography } from 'antd';
import { IdcardOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useSettings } from '../settings/api';
import { useSetCurrentStaff, useStaff } from './api';

/**
 * Who is at the counter, in the header: chosen once, remembered on this computer like the
 * language, and stamped on every status change, quote decision and pickup.
 */
export function StaffPicker() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const settings = useSettings();
  const staff = useStaff();
  const setStaff = useSetCurrentStaff();
  const active = (staff.data ?? []).filter((m) => m.active);
  if (staff.data && active.length === 0) {
    return (
      <Button icon={<IdcardOutlined />} onClick={() => void navigate('/settings')}>
        {t('staff.add')}
      </Button>
    );
  }
  return (
    <Space size={6}>
      <IdcardOutlined aria-hidden />
      <Typography.Text type="secondary">{t('staff.current')}</Typography.Text>
      <Select
        aria-label={t('staff.current')}
        value={settings.data?.ui.staffId ?? undefined}
        placeholder={t('staff.choose')}
        status={settings.data && settings.data.ui.staffId === null ? 'warning' : undefined}
        style={{ width: 150 }}
        loading={staff.isPending}
        onChange={(id: number) => setStaff.mutate(id, { onError: (error) => void message.error(errorText(t, error)) })}
        options={active.map((m) => ({ value: m.id, label: `${m.name} · ${t(`staff.roles.${m.role}`)}` }))}
      />
    </Space>
  );
}
