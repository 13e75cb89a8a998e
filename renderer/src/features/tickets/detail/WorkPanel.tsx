import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatQuantity, parseQuantity } from '@shared/money';
import { OLD_PART_OUTCOMES, type OldPartOutcome } from '@shared/tickets/intake';
import { isTerminal } from '@shared/tickets/status';
import type { Ticket } from '@shared/schemas/ticket-types';
import type { WarrantyPolicy } from '@shared/warranty';
import { translateMessage } from '@shared/i18n/translate-message';
import { errorText } from '../../../api/client';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCurrentStaff, useTechnicians } from '../../staff/api';
import { useTicketCommand } from '../api';

interface PartDraft {
  key: number;
  description: string;
  quantity: string;
  component: string | null;
  oldPart: OldPartOutcome;
}

let nextKey = 1;

/** The technician's side of the ticket: who, what was found, what was done, which parts. */
export function WorkPanel({ ticket, policy }: { ticket: Ticket; policy: WarrantyPolicy | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const staff = useCurrentStaff();
  const technicians = useTechnicians();
  const save = useTicketCommand('tickets.updateWork');
  const [technicianId, setTechnicianId] = useState<number | null>(ticket.technicianId);
  const [diagnosis, setDiagnosis] = useState(ticket.diagnosis);
  const [workDone, setWorkDone] = useState(ticket.workDone);
  const [parts, setParts] = useState<PartDraft[]>(() =>
    ticket.parts.map((p) => ({ ...p, key: nextKey++, quantity: formatQuantity(p.quantity) })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const closed = isTerminal(ticket.status);
  const components = policy
    ? [...policy.components, ...policy.neverCovered].map((c) => ({ value: c.code, label: c.labels[language] }))
    : [];
  const setPart = (key: number, patch: Partial<PartDraft>) =>
    setParts((l) => l.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const submit = () => {
    if (!staff) return;
    const lines = [];
    for (const p of parts) {
      const q = parseQuantity(p.quantity);
      if (!q.ok) return setProblem(translateMessage(t, q.error));
      if (!p.description.trim()) return setProblem(translateMessage(t, 'validation.required'));
      lines.push({ description: p.description, quantity: q.value, component: p.component, oldPart: p.oldPart });
    }
    setProblem(null);
    save.mutate(
      { id: ticket.id, staffId: staff.id, technicianId, diagnosis, workDone, parts: lines },
      {
        onSuccess: () => void message.success(t('tickets.work.saved')),
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };

  return (
    <Card title={t('tickets.work.title')} size="small">
      <Form layout="vertical" disabled={closed} component="div">
        <Form.Item label={t('tickets.work.technician')} htmlFor="work-technician">
          <Select
            id="work-technician"
            aria-label={t('tickets.work.technician')}
            allowClear
            value={technicianId ?? undefined}
            onChange={(v: number | undefined) => setTechnicianId(v ?? null)}
            placeholder={t('tickets.work.unassigned')}
            options={technicians.map((m) => ({ value: m.id, label: m.name }))}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Form.Item label={t('tickets.work.diagnosis')} htmlFor="work-diagnosis">
          <Input.TextArea
            id="work-diagnosis"
            rows={2}
            maxLength={2000}
            value={diagnosis}
            onChange={(e) => setDiagnosis(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('tickets.work.workDone')} htmlFor="work-done">
          <Input.TextArea
            id="work-done"
            rows={2}
            maxLength={2000}
            value={workDone}
            onChange={(e) => setWorkDone(e.target.value)}
          />
        </Form.Item>
        <Typography.Text strong>{t('tickets.work.parts')}</Typography.Text>
        <Space orientation="vertical" style={{ width: '100%', margin: '8px 0' }}>
          {parts.map((p, i) => (
            <Space key={p.key} wrap role="group" aria-label={t('tickets.work.part', { n: i + 1 })}>
              <Input
                aria-label={t('tickets.work.partName')}
                placeholder={t('tickets.work.partName')}
                value={p.description}
                maxLength={120}
                onChange={(e) => setPart(p.key, { description: e.target.value })}
                style={{ width: 220 }}
              />
              <Input
                aria-label={t('tickets.work.quantity')}
                placeholder={t('tickets.work.quantity')}
                value={p.quantity}
                onChange={(e) => setPart(p.key, { quantity: e.target.value })}
                style={{ width: 70 }}
              />
              <Select
                aria-label={t('tickets.work.replaces')}
                placeholder={t('tickets.work.replaces')}
                allowClear
                value={p.component ?? undefined}
                onChange={(v: string | undefined) => setPart(p.key, { component: v ?? null })}
                options={components}
                style={{ width: 150 }}
              />
              <Select
                aria-label={t('tickets.work.oldPart')}
                value={p.oldPart}
                onChange={(v: OldPartOutcome) => setPart(p.key, { oldPart: v })}
                options={OLD_PART_OUTCOMES.map((o) => ({ value: o, label: t(`tickets.oldParts.${o}`) }))}
                style={{ width: 170 }}
              />
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() => setParts((l) => l.filter((x) => x.key !== p.key))}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              setParts((l) => [...l, { key: nextKey++, description: '', quantity: '1', component: null, oldPart: 'returned' }])
            }
          >
            {t('tickets.work.addPart')}
          </Button>
        </Space>
        {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
        <div>
          <Button type="primary" icon={<SaveOutlined />} onClick={submit} loading={save.isPending} disabled={closed || !staff}>
            {t('tickets.work.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
