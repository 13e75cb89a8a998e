import { Tabs, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'check', path: '/warranty' },
  { key: 'cards', path: '/warranty/cards' },
  { key: 'products', path: '/warranty/products' },
] as const;

/** The warranty area: check at the counter, the cards issued, the products registered. */
export function WarrantyLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = TABS.find((tab) => tab.path === pathname)?.key ?? 'check';
  return (
    <div>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('warranty.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? '/warranty')}
        items={TABS.map((tab) => ({ key: tab.key, label: t(`warranty.tabs.${tab.key}`) }))}
      />
      <Outlet />
    </div>
  );
}
