import { useState } from 'react';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '@shared/money';
import type { Receipt } from '@shared/schemas/payment-types';
import type { Ticket } from '@shared/schemas/ticket-types';
import { useCurrentStaff } from '../staff/api';
import { useReceipt } from './api';
import { ReceiptTable } from './PaymentsPage';
import { ReceiptView } from './ReceiptView';
import { TakePaymentDialog } from './TakePaymentDialog';

/**
 * The ticket's money: the bill (approved quote), what was paid, the balance due, its receipts, and
 * taking a payment (a deposit before the bill is agreed). A new receipt opens ready to print.
 */
export function TicketPaymentsCard({ ticket, currency }: { ticket: Ticket; currency: Currency }) {
  const { t } = useTranslation();
  const staff = useCurrentStaff();
  const [taking, setTaking] = useState(false);
  const [shown, setShown] = useState<{ id: number; reprint: boolean } | null>(null);
  const receipt = useReceipt(shown?.id ?? null);
  const p = ticket.payments;
  const money = (n: number) => formatMoney(n, currency);
  const hasBill = p.billed > 0;
  return (
    <Card
      size="small"
      title={t('payments.ticket.title')}
      extra={
        <Button type={p.balanceDue > 0 ? 'primary' : 'default'} disabled={!staff} onClick={() => setTaking(true)}>
          {t(hasBill ? 'payments.takePayment' : 'payments.takeDeposit')}
        </Button>
      }
    >
      <section aria-label={t('payments.ticket.title')}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('payments.ticket.billed')}>
            {hasBill ? money(p.billed) : t('payments.ticket.noBill')}
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.ticket.paid')}>{money(p.paid)}</Descriptions.Item>
          <Descriptions.Item label={t('payments.ticket.balance')}>
            {p.balanceDue > 0 ? (
              <Typography.Text strong type="danger" data-testid="balance-due">
                {money(p.balanceDue)}
              </Typography.Text>
            ) : (
              <Typography.Text type="success" data-testid="balance-due">
                {hasBill ? t('payments.ticket.settled') : money(0)}
              </Typography.Text>
            )}
          </Descriptions.Item>
          {hasBill && p.overpaid > 0 && (
            <Descriptions.Item label={t('payments.ticket.overpaid')}>{money(p.overpaid)}</Descriptions.Item>
          )}
        </Descriptions>
        {p.receipts.length > 0 && (
          <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
            <ReceiptTable items={p.receipts} onOpen={(id) => setShown({ id, reprint: true })} />
          </Space>
        )}
      </section>
      {taking && (
        <TakePaymentDialog
          target={{ ticketId: ticket.id, ticketNo: ticket.ticketNo, billed: p.billed, paid: p.paid, balanceDue: p.balanceDue }}
          currency={currency}
          onClose={() => setTaking(false)}
          onIssued={(r: Receipt) => {
            setTaking(false);
            setShown({ id: r.id, reprint: false });
          }}
        />
      )}
      {shown && receipt.data && <ReceiptView receipt={receipt.data} reprint={shown.reprint} onClose={() => setShown(null)} />}
    </Card>
  );
}
