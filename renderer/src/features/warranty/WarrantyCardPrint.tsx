import { useState } from 'react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaperFormat } from '@shared/schemas/print';
import type { WarrantyCard } from '@shared/schemas/warranty';
import { PdfPreview } from '../../components/PdfPreview';
import { PaperFormatChoice, PrintLanguageSelect, usePrintLanguage } from '../../components/PrintOptions';
import { useCardPdf } from './api';

/** The card's print preview, on A5 or A4, in the shop's language or the customer's. */
export function WarrantyCardPrint({ card, open, onClose }: { card: WarrantyCard; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<PaperFormat>('A5');
  const [printLanguage, setLanguage] = usePrintLanguage();
  const pdf = useCardPdf(card.id, format, printLanguage, open);
  return (
    <PdfPreview
      open={open}
      title={`${t('print.preview')} · ${card.cardNo}`}
      document={pdf.data}
      loading={pdf.isFetching}
      error={pdf.error}
      onClose={onClose}
      options={
        <Space>
          <Typography.Text type="secondary">{t('print.format')}</Typography.Text>
          <PaperFormatChoice value={format} onChange={setFormat} />
          <Typography.Text type="secondary">{t('print.language')}</Typography.Text>
          <PrintLanguageSelect value={printLanguage} onChange={setLanguage} />
        </Space>
      }
    />
  );
}
