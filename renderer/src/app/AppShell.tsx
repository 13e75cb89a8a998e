import { Suspense, useEffect, useRef, useState } from 'react';
import { Layout, Menu, Spin, Typography, theme } from 'antd';
import {
  HomeOutlined,
  TeamOutlined,
  ToolOutlined,
  SafetyCertificateOutlined,
  AppstoreOutlined,
  WalletOutlined,
  BarChartOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { StaffPicker } from '../features/staff/StaffPicker';
import { useHotkey } from '../hooks/useHotkey';
import { FirstScreenMark } from './FirstScreenMark';

export const NAV_AREAS = [
  { path: '/', key: 'home', icon: <HomeOutlined /> },
  { path: '/customers', key: 'customers', icon: <TeamOutlined /> },
  { path: '/tickets', key: 'tickets', icon: <ToolOutlined /> },
  { path: '/warranty', key: 'warranty', icon: <SafetyCertificateOutlined /> },
  { path: '/parts', key: 'parts', icon: <AppstoreOutlined /> },
  { path: '/payments', key: 'payments', icon: <WalletOutlined /> },
  { path: '/reports', key: 'reports', icon: <BarChartOutlined /> },
  { path: '/settings', key: 'settings', icon: <SettingOutlined /> },
] as const;

function currentArea(pathname: string): string {
  const area = NAV_AREAS.find((a) => a.path !== '/' && pathname.startsWith(a.path));
  return area?.path ?? '/';
}

/**
 * The frame of every screen: areas on the left (Alt+1…8), global search on top (Ctrl+K), the
 * staff member at the counter on the right, a new repair from anywhere (Alt+T or F2).
 */
export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  useHotkey(
    NAV_AREAS.map((_, i) => ({ key: String(i + 1), alt: true })),
    (event) => {
      const area = NAV_AREAS[Number(event.key) - 1];
      if (area) void navigate(area.path);
    },
  );

  useHotkey({ key: 'n', alt: true }, () => void navigate('/customers?new=1'));
  // A new repair from anywhere: the most frequent task at the counter.
  // The intake screen puts the cursor in the serial field on every visit (its location key).
  useHotkey([{ key: 't', alt: true }, { key: 'F2' }], () => void navigate('/tickets/new'));

  // A page opens at its top (a ticket just saved from a long intake form, say), not where the
  // page before was scrolled to: the content area is the scrolling element, not the window.
  const content = useRef<HTMLElement>(null);
  useEffect(() => {
    content.current?.scrollTo?.({ top: 0 });
  }, [location.pathname]);

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        width={200}
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <div style={{ padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            <ToolOutlined style={{ color: token.colorPrimary, marginRight: 8 }} />
            {!collapsed && t('app.name')}
          </Typography.Text>
        </div>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={[currentArea(location.pathname)]}
            items={NAV_AREAS.map((a, i) => ({
              key: a.path,
              icon: a.icon,
              label: t(`nav.${a.key}`),
              title: `${t(`nav.${a.key}`)} (Alt+${i + 1})`,
            }))}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
          }}
        >
          <GlobalSearch />
          <div style={{ flex: 1 }} />
          <StaffPicker />
        </Layout.Header>
        <Layout.Content ref={content} style={{ overflow: 'auto', padding: 24 }}>
          <main>
            {/* Pages load their code on first visit (routes.tsx): the shell stays while they do. */}
            <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
              <Outlet />
              <FirstScreenMark />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
