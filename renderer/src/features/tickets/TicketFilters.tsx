import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES } from '@shared/tickets/status';
import { TICKET_FLAGS, type TicketFlag } from '@shared/tickets/flags';
import { TICKET_SORTS, type TicketListInput, type TicketSort } from '@shared/schemas/ticket';
import { DateInput } from '../../components/DateInput';
import { useTechnicians } from '../staff/api';

export type QueueFilter = Pick<TicketListInput, 'status' | 'technicianId' | 'flag' | 'intakeFrom' | 'intakeTo' | 'sort'>;

interface Props {
  value: QueueFilter;
  onChange: (value: QueueFilter) => void;
  /** A technician's own queue: the technician is fixed. */
  technicianFixed?: boolean;
}

/** What the counter narrows its queue by: status, technician, flag, intake days; and the order. */
export function TicketFilters({ value, onChange, technicianFixed }: Props) {
  const { t } = useTranslation();
  const technicians = useTechnicians();
  const set = (patch: Partial<QueueFilter>) => onChange({ ...value, ...patch });
  return (
    <Space wrap>
      <Select
        aria-label={t('tickets.filters.status')}
        value={value.status ?? 'all'}
        onChange={(v: string) => set({ status: v === 'all' ? null : (v as QueueFilter['status']) })}
        style={{ width: 170 }}
        options={[
          { value: 'all', label: t('tickets.filters.allStatuses') },
          { value: 'open', label: t('tickets.filters.open') },
          ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`tickets.status.${s}`) })),
        ]}
      />
      {!technicianFixed && (
        <Select
          aria-label={t('tickets.filters.technician')}
          value={value.technicianId ?? 0}
          onChange={(v: number) => set({ technicianId: v === 0 ? null : v })}
          style={{ width: 150 }}
          options={[
            { value: 0, label: t('tickets.filters.anyTechnician') },
            ...technicians.map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
      )}
      <Select
        aria-label={t('tickets.filters.flag')}
        value={value.flag ?? 'any'}
        onChange={(v: string) => set({ flag: v === 'any' ? null : (v as TicketFlag) })}
        style={{ width: 150 }}
        options={[
          { value: 'any', label: t('tickets.filters.anyFlag') },
          ...TICKET_FLAGS.map((f) => ({ value: f, label: t(`tickets.flags.${f}`) })),
        ]}
      />
      <span style={{ width: 140, display: 'inline-block' }}>
        <DateInput
          aria-label={t('tickets.filters.from')}
          placeholder={t('tickets.filters.from')}
          value={value.intakeFrom ?? ''}
          onChange={(d) => set({ intakeFrom: d })}
        />
      </span>
      <span style={{ width: 140, display: 'inline-block' }}>
        <DateInput
          aria-label={t('tickets.filters.to')}
          placeholder={t('tickets.filters.to')}
          value={value.intakeTo ?? ''}
          onChange={(d) => set({ intakeTo: d })}
        />
      </span>
      <Select
        aria-label={t('tickets.filters.sort')}
        value={value.sort ?? 'newest'}
        onChange={(v: TicketSort) => set({ sort: v })}
        style={{ width: 150 }}
        options={TICKET_SORTS.map((s) => ({ value: s, label: t(`tickets.filters.sorts.${s}`) }))}
      />
    </Space>
  );
}
