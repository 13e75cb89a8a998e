import { useCallback, useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { TICKET_FLAGS, type TicketFlag } from '@shared/tickets/flags';
import { isTicketStatus } from '@shared/tickets/status';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useCurrentStaff, useTechnicians } from '../staff/api';
import { useTicketPages } from './api';
import { TicketFilters, type QueueFilter } from './TicketFilters';
import { TicketList } from './TicketList';

const COUNTER: QueueFilter = { status: 'open', sort: 'newest' };
const MINE: QueueFilter = { status: 'open', sort: 'promised' };

/** A queue opened from the home screen's counts: /tickets?status=ready, /tickets?flag=overdue. */
function fromParams(params: URLSearchParams, base: QueueFilter): QueueFilter {
  const status = params.get('status');
  const flag = params.get('flag');
  const isFlag = (f: string | null): f is TicketFlag => (TICKET_FLAGS as readonly (string | null)[]).includes(f);
  return {
    ...base,
    ...(isTicketStatus(status) ? { status } : {}),
    ...(isFlag(flag) ? { flag, status: null } : {}),
    ...(params.get('today') ? { intakeFrom: params.get('today') ?? '', intakeTo: params.get('today') ?? '', status: null } : {}),
  };
}

/**
 * The counter's queue (every ticket, filtered) or, with `mine`, a technician's own queue: their
 * open tickets, the most urgent promise first.
 */
export function TicketsPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useCurrentStaff();
  const technicians = useTechnicians();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<QueueFilter>(() => fromParams(params, mine ? MINE : COUNTER));
  const [chosenTech, setChosenTech] = useState<number | null>(null);
  const techId = mine ? (chosenTech ?? (current?.role === 'technician' ? current.id : (technicians[0]?.id ?? null))) : null;
  const query = mine ? { ...filter, technicianId: techId } : filter;
  const pages = useTicketPages(query);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const capped = pages.data?.pages[0]?.totalCapped ?? false;
  const { fetchNextPage, isFetchingNextPage } = pages;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const title = mine ? t('tickets.myQueue') : t('tickets.title');

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12, height: 'calc(100vh - 112px)', minHeight: 360 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary" aria-live="polite">
          {pages.data ? t(capped ? 'tickets.totalAtLeast' : 'tickets.total', { count: total }) : ''}
        </Typography.Text>
        {mine && (
          <Select
            aria-label={t('tickets.filters.technician')}
            value={techId ?? undefined}
            onChange={(v: number) => setChosenTech(v)}
            options={technicians.map((m) => ({ value: m.id, label: m.name }))}
            placeholder={t('tickets.noTechnicians')}
            style={{ width: 160 }}
          />
        )}
        <div style={{ flex: 1 }} />
        <Space>
          <Button icon={<UserOutlined />} onClick={() => void navigate(mine ? '/tickets' : '/tickets/mine')}>
            {mine ? t('tickets.counterQueue') : t('tickets.myQueue')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')} title="Alt+T / F2">
            {t('tickets.new')}
          </Button>
        </Space>
      </div>
      <TicketFilters value={filter} onChange={setFilter} technicianFixed={mine} />
      {pages.isError && <Alert type="error" showIcon title={errorText(t, pages.error)} />}
      <Card
        styles={{ body: { padding: 0, flex: 1, minHeight: 0 } }}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        loading={pages.isPending && !(mine && techId === null)}
      >
        <TicketList
          label={title}
          items={mine && techId === null ? [] : items}
          total={total}
          hasMore={!!pages.hasNextPage}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
          onOpen={(id) => void navigate(`/tickets/${id}`)}
          emptyText={mine && techId === null ? t('tickets.noTechnicians') : t('tickets.empty')}
        />
      </Card>
    </div>
  );
}
