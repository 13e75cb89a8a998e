import { useState } from 'react';
import { Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaperFormat } from '@shared/schemas/print';
import { TICKET_FORMS, type TicketForm } from '@shared/schemas/ticket';
import type { Ticket } from '@shared/schemas/ticket-types';
import { PdfPreview } from '../../../components/PdfPreview';
import { PaperFormatChoice, PrintLanguageSelect, usePrintLanguage } from '../../../components/PrintOptions';
import { useTicketPdf } from '../api';

interface Props {
  ticket: Ticket;
  form: TicketForm;
  quoteId: number | null;
  onForm: (form: TicketForm) => void;
  onClose: () => void;
}

/** The intake ticket, the quote or the pickup report: A5 or A4, in the shop's or the customer's language. */
export function TicketPrint({ ticket, form, quoteId, onForm, onClose }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<PaperFormat>('A5');
  const [printLanguage, setLanguage] = usePrintLanguage();
  const forms = TICKET_FORMS.filter((f) => f !== 'quote' || ticket.quotes.length > 0);
  const pdf = useTicketPdf(ticket.id, form, format, printLanguage, form === 'quote' ? quoteId : null, true);
  return (
    <PdfPreview
      open
      title={`${t('print.preview')} · ${t(`tickets.print.${form}`)} · ${ticket.ticketNo}`}
      document={pdf.data}
      loading={pdf.isFetching}
      error={pdf.error}
      onClose={onClose}
      options={
        <Space wrap>
          <Segmented
            aria-label={t('tickets.print.form')}
            value={form}
            onChange={(v) => onForm(v as TicketForm)}
            options={forms.map((f) => ({ value: f, label: t(`tickets.print.${f}`) }))}
          />
          <Typography.Text type="secondary">{t('print.format')}</Typography.Text>
          <PaperFormatChoice value={format} onChange={setFormat} />
          <PrintLanguageSelect value={printLanguage} onChange={setLanguage} />
        </Space>
      }
    />
  );
}
