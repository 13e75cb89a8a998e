import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const FORMAT = 'YYYY-MM-DD';

interface DateInputProps {
  id?: string;
  /** 'YYYY-MM-DD', or '' for no date. */
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  placeholder?: string;
  status?: 'error' | 'warning';
  'aria-label'?: string;
}

/**
 * A calendar date as the forms and the database keep it: a 'YYYY-MM-DD' string in the shop's
 * calendar, never a Date (which would carry the computer's time zone). Typing the date is as
 * quick as picking it: staff copy dates from invoices. No day is disabled: the picker would wipe
 * a disabled day typed by hand without a word, so a wrong date is kept and the form's schema
 * says what is wrong with it (a future sale date, say).
 */
export function DateInput({ id, value, onChange, onBlur, placeholder, status, ...rest }: DateInputProps) {
  const parsed = value ? dayjs(value, FORMAT, true) : null;
  return (
    // Enter confirms a typed date; it must not also submit the surrounding form (implicit
    // submission), as staff type dates one after another. The picker handles it first.
    <span style={{ display: 'block' }} onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}>
      <DatePicker
        id={id}
        aria-label={rest['aria-label']}
        value={parsed?.isValid() ? parsed : null}
        format={FORMAT}
        placeholder={placeholder ?? FORMAT}
        status={status}
        style={{ width: '100%' }}
        onChange={(d) => onChange?.(d ? d.format(FORMAT) : '')}
        onBlur={onBlur}
        allowClear
      />
    </span>
  );
}
