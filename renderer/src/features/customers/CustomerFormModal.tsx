import { App, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerFields } from '@shared/schemas/customer';
import { ApiRequestError, errorText } from '../../api/client';
import { CustomerForm } from './CustomerForm';
import { useSaveCustomer } from './api';

interface Props {
  open: boolean;
  /** Editing this customer; creating a new one when absent. */
  customer?: Customer;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

/**
 * Create / edit in a dialog. A phone number already on file asks first: the same person
 * (open the existing record) or a shared number (save anyway).
 */
export function CustomerFormModal({ open, customer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const save = useSaveCustomer();

  const persist = async (values: CustomerFields, allowDuplicatePhone: boolean): Promise<void> => {
    try {
      const saved = await save.mutateAsync(
        customer ? { ...values, id: customer.id, allowDuplicatePhone } : { ...values, allowDuplicatePhone },
      );
      void message.success(t(customer ? 'customers.updated' : 'customers.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.code === 'customer_duplicate_phone') {
        const params = error.error.params ?? {};
        const confirmed = await modal.confirm({
          title: t('customers.duplicatePhone.title'),
          content: t('customers.duplicatePhone.body', { phone: params.phone, names: params.names }),
          okText: t('common.saveAnyway'),
          cancelText: t('common.cancel'),
        });
        if (confirmed) await persist(values, true);
        return;
      }
      if (!(error instanceof ApiRequestError && error.error.code === 'invalid_input')) {
        void message.error(errorText(t, error));
      }
      throw error;
    }
  };

  return (
    <Modal
      open={open}
      title={customer ? t('customers.edit') : t('customers.new')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      <CustomerForm initial={customer} submitting={save.isPending} onSubmit={(v) => persist(v, false)} onCancel={onClose} />
    </Modal>
  );
}
