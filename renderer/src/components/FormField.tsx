import type { ReactNode } from 'react';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '@shared/i18n/translate-message';

interface FormFieldProps {
  label: ReactNode;
  htmlFor: string;
  /** A validation message key from zod / the server, e.g. `validation.tooLong?max=60`. */
  error?: string;
  warning?: ReactNode;
  help?: ReactNode;
  required?: boolean;
  children: ReactNode;
}

/** An antd form row showing a react-hook-form field's translated error or a warning. */
export function FormField({ label, htmlFor, error, warning, help, required, children }: FormFieldProps) {
  const { t } = useTranslation();
  const status = error ? 'error' : warning ? 'warning' : undefined;
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={status}
      help={error ? <span role="alert">{translateMessage(t, error)}</span> : (warning ?? help)}
    >
      {children}
    </Form.Item>
  );
}
