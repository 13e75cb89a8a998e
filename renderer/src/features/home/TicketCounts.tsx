import { Card, Col, Row, Statistic } from 'antd';
import { ClockCircleOutlined, InboxOutlined, ToolOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopToday } from '../../hooks/useShopToday';
import { useTicketCounts } from '../tickets/api';

/** Today at the counter: received today, ready for pickup, overdue; each opens its queue. */
export function TicketCounts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counts = useTicketCounts();
  const today = useShopToday();
  const cards = [
    { key: 'receivedToday', icon: <ToolOutlined />, to: `/tickets?today=${today ?? ''}`, value: counts.data?.receivedToday },
    { key: 'readyForPickup', icon: <InboxOutlined />, to: '/tickets?status=ready', value: counts.data?.readyForPickup },
    { key: 'overdue', icon: <ClockCircleOutlined />, to: '/tickets?flag=overdue', value: counts.data?.overdue, alert: true },
  ] as const;
  return (
    <Row gutter={16}>
      {cards.map((c) => (
        <Col xs={24} md={8} key={c.key}>
          <Card hoverable onClick={() => void navigate(c.to)} role="link" aria-label={t(`home.counts.${c.key}`)}>
            <Statistic
              title={t(`home.counts.${c.key}`)}
              value={c.value ?? 0}
              loading={counts.isPending}
              prefix={c.icon}
              styles={{ content: 'alert' in c && (c.value ?? 0) > 0 ? { color: '#cf1322' } : undefined }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
