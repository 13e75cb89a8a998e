import { useState } from 'react';
import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { PAPER_FORMATS, type PaperFormat } from '@shared/schemas/print';
import { useSettings } from '../features/settings/api';

/*
 * The options every print preview (PdfPreview) offers: the paper, and the language, which starts
 * as the shop's and may be switched to the customer's for this print only.
 */

/** The language to print in: the one chosen here, else the shop's default (null until settings load). */
export function usePrintLanguage(): [Language | null, (language: Language) => void] {
  const settings = useSettings();
  const [language, setLanguage] = useState<Language | null>(null);
  return [language ?? settings.data?.shop.defaultLanguage ?? null, setLanguage];
}

export function PrintLanguageSelect({ value, onChange }: { value: Language | null; onChange: (l: Language) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('print.language')}
      value={value ?? undefined}
      onChange={onChange}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      style={{ width: 120 }}
    />
  );
}

/** A5 or A4 (the ticket forms and the warranty card). */
export function PaperFormatChoice({ value, onChange }: { value: PaperFormat; onChange: (f: PaperFormat) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      aria-label={t('print.format')}
      value={value}
      onChange={(v) => onChange(v as PaperFormat)}
      options={[...PAPER_FORMATS]}
    />
  );
}
