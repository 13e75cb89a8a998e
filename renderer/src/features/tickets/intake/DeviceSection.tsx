import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, List, Space, Tag, Typography, type InputRef } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import { call, errorText } from '../../../api/client';
import { CustomerSelect } from '../../../components/CustomerSelect';
import { CustomerFormModal } from '../../customers/CustomerFormModal';
import { ProductFormModal } from '../../products/ProductFormModal';
import { useProducts } from '../../products/api';
import { OpenTicketsWarning } from './OpenTicketsWarning';
import { SerialField } from './SerialField';

interface Props {
  customer: { id: number; name: string } | null;
  device: WarrantyLookupItem | null;
  onCustomer: (customer: { id: number; name: string }) => void;
  onDevice: (device: WarrantyLookupItem) => void;
  /** Where the cursor goes once the device is known (the fault description). */
  onFound: () => void;
  customerError?: string;
  deviceError?: string;
  allowOpenTicket: boolean;
  onAllowOpenTicket: (allow: boolean) => void;
  openTicketError?: string;
  /** Changes on every visit to the intake screen (F2 / Alt+T): the cursor goes to the serial. */
  focusKey: string;
}

const productName = (p: { brand: string; model: string }) => [p.brand, p.model].filter(Boolean).join(' ');

/**
 * Who and what: scan the serial (or type it, or its last digits), or find the customer by name or
 * phone tail and pick one of their products; register either on the spot when it is new.
 */
export function DeviceSection({
  customer,
  device,
  onCustomer,
  onDevice,
  onFound,
  customerError,
  deviceError,
  allowOpenTicket,
  onAllowOpenTicket,
  openTicketError,
  focusKey,
}: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const serialRef = useRef<InputRef>(null);
  const [scan, setScan] = useState<{ q: string; items: WarrantyLookupItem[] } | null>(null);
  const [looking, setLooking] = useState(false);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [creatingCustomer, setCreatingCustomer] = useState(false);
  const [registering, setRegistering] = useState(false);
  const owned = useProducts({ customerId: customer?.id ?? null });
  // A scan right after F2 must not be lost: the serial field has the cursor at once.
  useEffect(() => serialRef.current?.focus(), [focusKey]);

  const choose = (item: WarrantyLookupItem) => {
    onDevice(item);
    if (!customer) onCustomer({ id: item.product.customerId, name: item.product.customerName });
    setScan(null);
    onFound();
  };
  const lookup = async (input: { q: string } | { productId: number }) => {
    setLooking(true);
    setLookupError(null);
    try {
      const result = await client.fetchQuery({
        queryKey: ['warranty.lookup', 'q' in input ? input.q : '', 'productId' in input ? input.productId : null],
        queryFn: () =>
          call('warranty.lookup', { q: 'q' in input ? input.q : '', productId: 'productId' in input ? input.productId : null }),
        staleTime: 0,
      });
      const only = result.items.length === 1 ? result.items[0] : undefined;
      if (only) choose(only);
      else setScan({ q: result.q, items: result.items });
    } catch (e) {
      setLookupError(e);
    } finally {
      setLooking(false);
    }
  };

  return (
    <Card title={t('tickets.intake.device')} size="small">
      <Form.Item
        label={t('tickets.intake.serial')}
        htmlFor="intake-serial"
        style={{ marginBottom: 12 }}
        validateStatus={deviceError && !device ? 'error' : undefined}
        help={deviceError && !device ? deviceError : undefined}
      >
        <SerialField id="intake-serial" ref={serialRef} loading={looking} onScan={(q) => void lookup({ q })} />
      </Form.Item>
      {lookupError ? <Alert type="error" showIcon title={errorText(t, lookupError)} /> : null}
      {scan && scan.items.length === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('tickets.intake.notFound', { q: scan.q })}
          action={
            <Button icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('tickets.intake.registerProduct')}
            </Button>
          }
        />
      )}
      {scan && scan.items.length > 1 && (
        <List
          size="small"
          bordered
          header={t('warranty.check.choose', { count: scan.items.length })}
          dataSource={scan.items}
          renderItem={(i) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => choose(i)}>
              <Space wrap>
                <Typography.Text strong>{productName(i.product)}</Typography.Text>
                {i.product.serial && <Typography.Text code>{i.product.serial}</Typography.Text>}
                <span>{i.product.customerName}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
      {device && (
        <Alert
          type="success"
          role="status"
          aria-label={t('tickets.intake.deviceChosen')}
          title={
            <Space wrap>
              <Typography.Text strong>{productName(device.product)}</Typography.Text>
              {device.product.serial && <Typography.Text code>{device.product.serial}</Typography.Text>}
              <span>{device.product.customerName}</span>
              {device.card && (
                <Tag color="green" icon={<SafetyCertificateOutlined />}>
                  {device.card.cardNo}
                </Tag>
              )}
            </Space>
          }
        />
      )}
      {device && device.openTickets.length > 0 && (
        <OpenTicketsWarning
          tickets={device.openTickets}
          allow={allowOpenTicket}
          onAllow={onAllowOpenTicket}
          error={openTicketError}
        />
      )}
      <Form.Item
        label={t('tickets.intake.customer')}
        htmlFor="intake-customer"
        validateStatus={customerError && !customer ? 'error' : undefined}
        help={customerError && !customer ? customerError : undefined}
        style={{ margin: '12px 0 0' }}
      >
        <Space.Compact style={{ width: '100%' }}>
          <CustomerSelect
            id="intake-customer"
            value={customer?.id ?? null}
            currentLabel={customer?.name}
            placeholder={t('tickets.intake.customerPlaceholder')}
            onChange={(id, name) => onCustomer({ id, name })}
          />
          <Button icon={<PlusOutlined />} onClick={() => setCreatingCustomer(true)}>
            {t('customers.new')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {customer && !device && (owned.data?.length ?? 0) > 0 && (
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('tickets.intake.theirProducts')}</Typography.Text>
          {owned.data?.map((p) => (
            <Button key={p.id} size="small" onClick={() => void lookup({ productId: p.id })}>
              {[productName(p), p.serial].filter(Boolean).join(' · ')}
            </Button>
          ))}
        </Space>
      )}
      {customer && !device && (
        <Button type="link" icon={<PlusOutlined />} onClick={() => setRegistering(true)} style={{ paddingLeft: 0 }}>
          {t('tickets.intake.registerProduct')}
        </Button>
      )}
      <CustomerFormModal
        open={creatingCustomer}
        onClose={() => setCreatingCustomer(false)}
        onSaved={(c) => {
          setCreatingCustomer(false);
          onCustomer({ id: c.id, name: c.name });
        }}
      />
      <ProductFormModal
        open={registering}
        customer={customer ?? undefined}
        serial={scan?.items.length === 0 ? scan.q : undefined}
        onClose={() => setRegistering(false)}
        onSaved={(p) => {
          setRegistering(false);
          void lookup({ productId: p.id });
        }}
      />
    </Card>
  );
}
