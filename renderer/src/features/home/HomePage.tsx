import { Alert, Button, Card, Col, Row, Statistic, Typography, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSettings } from '../settings/api';
import { TicketCounts } from './TicketCounts';
import { customerKeys } from '../customers/keys';
import { BackupWarning } from '../backups/BackupWarning';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useSettings();
  const customers = useQuery({
    queryKey: customerKeys.count,
    queryFn: () => call('customers.list', { limit: 1 }),
    select: (page) => page.total,
  });
  const shop = settings.data?.shopConfigured ? settings.data.shop.name : t('home.noShopName');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.welcome', { shop })}
      </Typography.Title>
      {settings.data && !settings.data.shopConfigured && (
        <Alert
          type="info"
          showIcon
          title={t('home.setupHint')}
          action={<Button onClick={() => void navigate('/settings')}>{t('home.goToSettings')}</Button>}
        />
      )}
      <BackupWarning />
      <TicketCounts />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('home.customersTotal')} value={customers.data ?? 0} loading={customers.isPending} />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card title={t('home.shortcuts')} size="small">
            <Space orientation="vertical">
              <span>
                <kbd>Ctrl</kbd> + <kbd>K</kbd> · {t('home.shortcutSearch')}
              </span>
              <span>
                <kbd>Alt</kbd> + <kbd>T</kbd> / <kbd>F2</kbd> · {t('home.shortcutNewTicket')}
              </span>
              <span>
                <kbd>Alt</kbd> + <kbd>N</kbd> · {t('home.shortcutNewCustomer')}
              </span>
              <span>
                <kbd>Alt</kbd> + <kbd>1</kbd>…<kbd>8</kbd> · {t('nav.home')} / {t('nav.customers')} / … / {t('nav.settings')}
              </span>
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
