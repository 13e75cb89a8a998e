import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { TicketListItem } from '@shared/schemas/ticket-types';
import { FlagTags, StatusTag } from './TicketTags';
import { VirtualTable, type VirtualListData } from '../../components/VirtualTable';
import { knownCode } from '@shared/i18n/known-code';
import { FAULT_CATEGORIES } from '@shared/tickets/intake';

export type TicketListProps = VirtualListData<TicketListItem> & { label: string };

/** The fault as the counter sees it in a list: its category, else the start of the description. */
export function faultSummary(item: Pick<TicketListItem, 'faultCategory' | 'reportedFault'>, t: TFunction): string {
  const category = knownCode(FAULT_CATEGORIES, item.faultCategory);
  return category ? t(`tickets.faults.${category}`) : item.reportedFault;
}

/**
 * The queue, virtualised like the customer list (see VirtualTable): only the visible rows exist,
 * so 100 000 tickets scroll like 20; pages load as the end comes into view. Arrow keys move,
 * Enter opens.
 */
export function TicketList(props: TicketListProps) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const headers = ['ticketNo', 'customer', 'device', 'fault', 'status', 'promised', 'technician'] as const;
  // Plain spans with Typography's look (global.css) instead of antd's Typography per cell.
  const renderCells = useCallback(
    (item: TicketListItem) => (
      <>
        <span role="cell" className="rc-cell">
          <strong className="rc-strong">{item.ticketNo}</strong>
          <br />
          <span className="rc-secondary rc-small">{shopTime.dateTime(item.intakeAt)}</span>
        </span>
        <span role="cell" className="rc-cell">
          <span className="rc-ellipsis">{item.customerName}</span>
        </span>
        <span role="cell" className="rc-cell">
          <span className="rc-ellipsis">{item.productName}</span>
          <br />
          <span className="rc-secondary rc-small rc-ellipsis">{item.serial}</span>
        </span>
        <span role="cell" className="rc-cell">
          <span className="rc-ellipsis">{faultSummary(item, t)}</span>
        </span>
        <span role="cell">
          <Space size={2} wrap>
            <StatusTag status={item.status} />
            <FlagTags flags={item.flags} />
          </Space>
        </span>
        <span role="cell">{item.promisedDate}</span>
        <span role="cell" className="rc-cell">
          <span className="rc-ellipsis">{item.technicianName ?? t('common.none')}</span>
        </span>
      </>
    ),
    [t, shopTime],
  );
  return (
    <VirtualTable
      {...props}
      rowHeight={52}
      columns="1.3fr 1.2fr 1.8fr 1.8fr 1.8fr 1fr 0.9fr"
      gap={8}
      headers={headers.map((h) => (
        <span key={h} role="columnheader">
          {t(`tickets.columns.${h}`)}
        </span>
      ))}
      renderCells={renderCells}
    />
  );
}
