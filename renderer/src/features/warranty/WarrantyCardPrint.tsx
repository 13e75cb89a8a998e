import { useState } from 'react';
import { Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAPER_FORMATS, type PaperFormat } from '@shared/schemas/print';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import type { WarrantyCard } from '@shared/schemas/warranty';
import { PdfPreview } from '../../components/PdfPreview';
import { useSettings } from '../settings/api';
import { useCardPdf } from './api';

/** The card's print preview, on A5 or A4, in the shop's language or the customer's. */
export function WarrantyCardPrint({ card, open, onClose }: { card: WarrantyCard; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const [format, setFormat] = useState<PaperFormat>('A5');
  const [language, setLanguage] = useState<Language | null>(null);
  const printLanguage = language ?? settings.data?.shop.defaultLanguage ?? null;
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
          <Segmented
            aria-label={t('print.format')}
            value={format}
            onChange={(v) => setFormat(v as PaperFormat)}
            options={[...PAPER_FORMATS]}
          />
          <Typography.Text type="secondary">{t('print.language')}</Typography.Text>
          <Select
            aria-label={t('print.language')}
            value={printLanguage ?? undefined}
            onChange={(v: Language) => setLanguage(v)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            style={{ width: 120 }}
          />
        </Space>
      }
    />
  );
}
