import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import { VirtualTable, type VirtualListData } from '../../components/VirtualTable';
import type { CustomerListItem } from '@shared/schemas/customer';
import { formatPhone } from '@shared/text/phone';

export type CustomerListProps = VirtualListData<CustomerListItem> & { height?: number | string };

/** The customers, virtualised (see VirtualTable): 200 000 scroll like 20. */
export function CustomerList({ height, ...list }: CustomerListProps) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  // Plain spans with Typography's look (global.css): antd's Typography per cell costs more than
  // the rest of the row while scrolling.
  const renderCells = useCallback(
    (item: CustomerListItem) => (
      <>
        <span role="cell" className="rc-cell">
          <strong className="rc-strong">{item.name}</strong>
        </span>
        <span role="cell">{formatPhone(item.phone)}</span>
        <span role="cell" className="rc-cell">
          <span className="rc-secondary rc-ellipsis">{item.email || t('common.none')}</span>
        </span>
        <span role="cell">{shopTime.date(item.createdAt)}</span>
      </>
    ),
    [t, shopTime],
  );
  return (
    <VirtualTable
      {...list}
      label={t('customers.title')}
      height={height}
      rowHeight={44}
      columns="2fr 1.6fr 2fr 1.2fr"
      overscan={12}
      initialWidth={800}
      headers={
        <>
          <span role="columnheader">{t('customers.columns.name')}</span>
          <span role="columnheader">{t('customers.columns.phone')}</span>
          <span role="columnheader">{t('customers.columns.email')}</span>
          <span role="columnheader">{t('customers.columns.created')}</span>
        </>
      }
      renderCells={renderCells}
    />
  );
}
