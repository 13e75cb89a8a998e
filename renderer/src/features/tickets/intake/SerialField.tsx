import { forwardRef, useState } from 'react';
import { Input, type InputRef } from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  id?: string;
  loading?: boolean;
  /** The scanned or typed text, when Enter ends it. */
  onScan: (text: string) => void;
}

/**
 * The serial number field. A barcode scanner types like a keyboard and ends with Enter: that Enter
 * looks the serial up and must never submit the intake form half-filled, so it is stopped here.
 */
export const SerialField = forwardRef<InputRef, Props>(function SerialField({ id, loading, onScan }, ref) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Input.Search
      ref={ref}
      id={id}
      size="large"
      aria-label={t('tickets.intake.serial')}
      placeholder={t('tickets.intake.serialPlaceholder')}
      prefix={<ScanOutlined />}
      enterButton={t('tickets.intake.find')}
      loading={loading}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          // Before the form sees it: Enter in a text field would submit the form (implicit submission).
          e.preventDefault();
          e.stopPropagation();
        }
      }}
      onSearch={(value, _event, info) => {
        if (info?.source !== 'clear' && value.trim()) onScan(value.trim());
      }}
    />
  );
});
