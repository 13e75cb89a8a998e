import { App, Modal, Skeleton } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Product, ProductFields } from '@shared/schemas/product';
import { ApiRequestError, errorText } from '../../api/client';
import { useShopToday } from '../../hooks/useShopToday';
import { usePolicies } from '../warranty/api';
import { ProductForm } from './ProductForm';
import { useSaveProduct } from './api';

interface Props {
  open: boolean;
  /** Editing this product; registering a new one when absent. */
  product?: Product;
  customer?: { id: number; name: string };
  /** A serial already scanned, to register the product under. */
  serial?: string;
  ownerLocked?: boolean;
  onClose: () => void;
  onSaved: (product: Product) => void;
}

/** Register or edit a product in a dialog. A serial already on file offers the registered product. */
export function ProductFormModal({ open, product, customer, serial, ownerLocked, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const policies = usePolicies();
  const today = useShopToday();
  const save = useSaveProduct();

  const persist = async (values: ProductFields): Promise<void> => {
    try {
      const saved = await save.mutateAsync(product ? { ...values, id: product.id } : values);
      void message.success(t(product ? 'products.updated' : 'products.created', { model: saved.model }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.code === 'product_duplicate_serial') {
        const existing = Number(error.error.params?.productId);
        const open = await modal.confirm({
          title: errorText(t, error),
          okText: t('products.openExisting'),
          cancelText: t('common.close'),
        });
        if (open) {
          onClose();
          void navigate(`/warranty/products/${existing}`);
        }
        return;
      }
      if (!(error instanceof ApiRequestError && error.error.code === 'invalid_input')) void message.error(errorText(t, error));
      throw error;
    }
  };

  return (
    <Modal
      open={open}
      title={product ? t('products.edit') : t('products.new')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={760}
    >
      {policies.data ? (
        <ProductForm
          initial={product}
          customer={customer}
          serial={serial}
          policies={policies.data}
          today={today}
          ownerLocked={ownerLocked}
          submitting={save.isPending}
          onSubmit={persist}
          onCancel={onClose}
        />
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
