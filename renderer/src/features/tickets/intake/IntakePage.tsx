import { useMemo, useRef, useState } from 'react';
import { App, Button, Col, Form, Row, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SLA_POLICY, promisedRepair } from '@shared/tickets/sla';
import { CURRENCY_INFO } from '@shared/money';
import { ApiRequestError, errorText } from '../../../api/client';
import { useHotkey } from '../../../hooks/useHotkey';
import { useNow, useShopToday } from '../../../hooks/useShopToday';
import { translateMessage } from '@shared/i18n/translate-message';
import { useSettings } from '../../settings/api';
import { useCurrentStaff } from '../../staff/api';
import { NeedStaff } from '../../staff/NeedStaff';
import { useTicketCommand } from '../api';
import { ChecklistSection } from './ChecklistSection';
import { DeviceSection } from './DeviceSection';
import { FaultSection, type TextAreaRef } from './FaultSection';
import { initialIntake, toCreateInput, type IntakeState } from './intake-form';
import { ServiceSection } from './ServiceSection';

/**
 * Taking a repair in, on one screen the keyboard can drive: scan the serial (Enter looks it up
 * and moves on to the fault), describe the fault and see at once what the warranty covers, tick
 * what was left and how it looks, and save (Ctrl+Enter). The intake ticket prints next.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const settings = useSettings();
  const staff = useCurrentStaff();
  const now = useNow();
  const create = useTicketCommand('tickets.create');
  const faultRef = useRef<TextAreaRef>(null);
  const [state, setState] = useState<IntakeState>(initialIntake);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = (patch: Partial<IntakeState>) => setState((s) => ({ ...s, ...patch }));
  const shop = settings.data?.shop;
  const currency = shop?.currency ?? 'CNY';

  const today = useShopToday();
  const computed = useMemo(() => {
    if (!shop) return null;
    try {
      const due = promisedRepair(now, state.channel, state.urgency, DEFAULT_SLA_POLICY, { timeZone: shop.timeZone });
      return { date: due.date, duration: due.duration };
    } catch {
      return null;
    }
  }, [now, state.channel, state.urgency, shop]);

  const save = async () => {
    const built = toCreateInput(state, staff?.id ?? null, currency);
    if (!built.ok) {
      setErrors(Object.fromEntries(built.problems.map((p) => [p.field, p.message])));
      void message.error(t('tickets.intake.incomplete'));
      return;
    }
    setErrors({});
    try {
      const ticket = await create.mutateAsync(built.input);
      void message.success(t('tickets.intake.created', { ticketNo: ticket.ticketNo }));
      void navigate(`/tickets/${ticket.id}?print=intake`);
    } catch (error) {
      if (error instanceof ApiRequestError && error.error.issues)
        setErrors(Object.fromEntries(error.error.issues.map((i) => [String(i.path[0]), i.message])));
      void message.error(errorText(t, error));
    }
  };

  useHotkey({ key: 'Enter', ctrlOrMeta: true }, () => void save());
  const errorOf = (field: string) => {
    const key = errors[field];
    return key ? translateMessage(t, key) : undefined;
  };

  return (
    <form
      aria-label={t('tickets.intake.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('tickets.intake.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tickets.intake.hint')}</Typography.Text>
        </div>
        <NeedStaff />
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} xl={15}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <DeviceSection
                  customer={state.customer}
                  device={state.device}
                  onCustomer={(customer) => set(state.customer?.id === customer.id ? {} : { customer })}
                  onDevice={(device) => set({ device, allowOpenTicket: false })}
                  allowOpenTicket={state.allowOpenTicket}
                  onAllowOpenTicket={(allowOpenTicket) => set({ allowOpenTicket })}
                  openTicketError={errorOf('allowOpenTicket')}
                  focusKey={location.key}
                  onFound={() => requestAnimationFrame(() => faultRef.current?.focus())}
                  customerError={errorOf('customerId')}
                  deviceError={errorOf('productId')}
                />
                <FaultSection
                  ref={faultRef}
                  device={state.device}
                  assessmentDate={today}
                  reportedFault={state.reportedFault}
                  faults={state.faults}
                  onReportedFault={(reportedFault) => set({ reportedFault })}
                  onFaults={(faults) => set({ faults })}
                  error={errorOf('reportedFault')}
                />
                <ChecklistSection
                  accessories={state.accessories}
                  accessoriesNote={state.accessoriesNote}
                  condition={state.condition}
                  conditionNote={state.conditionNote}
                  onChange={set}
                />
              </Space>
            </Col>
            <Col xs={24} xl={9}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <ServiceSection
                  channel={state.channel}
                  urgency={state.urgency}
                  computed={computed}
                  promisedDate={state.promisedDate}
                  deposit={state.deposit}
                  depositMethod={state.depositMethod}
                  depositReference={state.depositReference}
                  passcode={state.passcode}
                  notes={state.notes}
                  currencySymbol={CURRENCY_INFO[currency].symbol}
                  errors={errors}
                  onChange={set}
                />
                <Button type="primary" htmlType="submit" size="large" block icon={<SaveOutlined />} loading={create.isPending}>
                  {t('tickets.intake.save')}
                </Button>
                <Typography.Text type="secondary">{t('tickets.intake.saveHint')}</Typography.Text>
              </Space>
            </Col>
          </Row>
        </Form>
      </Space>
    </form>
  );
}
