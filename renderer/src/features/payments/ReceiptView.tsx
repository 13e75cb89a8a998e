import { useState } from 'react';
import { Button, Segmented, Space, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RECEIPT_FORMATS, type ReceiptFormat } from '@shared/receipts/methods';
import type { Receipt } from '@shared/schemas/payment-types';
import { PdfPreview } from '../../components/PdfPreview';
import { PrintLanguageSelect, usePrintLanguage } from '../../components/PrintOptions';
import { useSettings } from '../settings/api';
import { useCurrentStaff } from '../staff/api';
import { useReceiptPdf, useSetReceiptFormat } from './api';
import { RefundDialog, VoidDialog } from './CorrectionDialogs';
import { InvoiceDialog } from './InvoiceDialog';

interface Props {
  receipt: Receipt;
  /** Printed before (opened from a list): the copy says REPRINT / 重印. */
  reprint: boolean;
  /** Open on one of its credit notes instead of the receipt. */
  creditNoteId?: number | null;
  onClose: () => void;
}

/**
 * A receipt as it prints: choose A4 / A5 / 80 mm / 58 mm (the choice is remembered), the language,
 * and from here void it (owner) or refund against it.
 */
export function ReceiptView({ receipt, reprint, creditNoteId = null, onClose }: Props) {
  const { t } = useTranslation();
  const settings = useSettings();
  const staff = useCurrentStaff();
  const remember = useSetReceiptFormat();
  const format: ReceiptFormat = settings.data?.receiptFormat ?? 'receipt80';
  const [printLanguage, setLanguage] = usePrintLanguage();
  const [dialog, setDialog] = useState<'void' | 'refund' | 'invoice' | null>(null);
  const [creditNote, setCreditNote] = useState<number | null>(creditNoteId);
  const shownNote = receipt.creditNotes.find((n) => n.id === creditNote) ?? null;
  const version = `${receipt.voidAt ?? ''}-${receipt.creditNotes.length}-${receipt.invoices.length}`;
  const pdf = useReceiptPdf(receipt.id, format, printLanguage, {
    reprint,
    creditNoteId: shownNote?.id ?? null,
    version,
  });
  const isVoid = receipt.voidAt !== null;
  return (
    <>
      <PdfPreview
        open
        title={
          shownNote ? (
            t('payments.receipt.creditNoteTitle', { creditNo: shownNote.creditNo, receiptNo: receipt.receiptNo })
          ) : (
            <Space>
              {t('payments.receipt.title', { receiptNo: receipt.receiptNo })}
              {isVoid && <Tag color="red">{t('payments.voidTag')}</Tag>}
            </Space>
          )
        }
        document={pdf.data}
        loading={pdf.isFetching}
        error={pdf.error}
        onClose={onClose}
        options={
          <Space wrap>
            <Segmented
              aria-label={t('payments.receipt.format')}
              value={format}
              onChange={(v) => remember.mutate(v as ReceiptFormat)}
              options={RECEIPT_FORMATS.map((f) => ({ value: f, label: t(`payments.formats.${f}`) }))}
            />
            <PrintLanguageSelect value={printLanguage} onChange={setLanguage} />
            {shownNote ? (
              <Button onClick={() => setCreditNote(null)}>{t('payments.receipt.backToReceipt')}</Button>
            ) : (
              <>
                <Button danger disabled={isVoid || !staff || receipt.creditNotes.length > 0} onClick={() => setDialog('void')}>
                  {t('payments.receipt.void')}
                </Button>
                <Button disabled={isVoid || !staff || receipt.refundable <= 0} onClick={() => setDialog('refund')}>
                  {t('payments.receipt.refund')}
                </Button>
                <Button disabled={isVoid || !staff} onClick={() => setDialog('invoice')}>
                  {t('payments.invoice.record')}
                </Button>
              </>
            )}
            {receipt.creditNotes
              .filter((n) => n.id !== shownNote?.id)
              .map((n) => (
                <Button key={n.id} icon={<PrinterOutlined />} onClick={() => setCreditNote(n.id)}>
                  {t('payments.receipt.printCreditNote', { creditNo: n.creditNo })}
                </Button>
              ))}
          </Space>
        }
      />
      {dialog === 'void' && <VoidDialog receipt={receipt} onClose={() => setDialog(null)} />}
      {dialog === 'refund' && <RefundDialog receipt={receipt} onClose={() => setDialog(null)} />}
      {dialog === 'invoice' && <InvoiceDialog receipt={receipt} onClose={() => setDialog(null)} />}
    </>
  );
}
