import { useMemo, useState } from 'react';
import { App, Button, Card, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../../hooks/useShopTime';
import { useNow } from '../../../hooks/useShopToday';
import { FAULT_CATEGORIES } from '@shared/tickets/intake';
import { IN_PROGRESS_STATUSES } from '@shared/tickets/flags';
import { explainAssessment, type ExclusionCode } from '@shared/warranty';
import type { Ticket } from '@shared/schemas/ticket-types';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import type { FaultCategory } from '@shared/tickets/intake';
import { errorText } from '../../../api/client';
import { useLanguage } from '../../../i18n/useLanguage';
import { assessVisit, type FaultEntry } from '../../warranty/assess';
import { FaultRow } from '../../warranty/FaultRow';
import { ReturnOptions } from '../../warranty/ReturnOptions';
import { useSettings } from '../../settings/api';
import { useCurrentStaff } from '../../staff/api';
import { useTicketCommand } from '../api';
import { WarrantyTag } from '../TicketTags';

let key = 1000;

/** Assess again with what the technician found (e.g. water inside): the intake answer stays on file. */
function ReassessModal({ ticket, device, onClose }: { ticket: Ticket; device: WarrantyLookupItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const staff = useCurrentStaff();
  const reassess = useTicketCommand('tickets.reassess');
  const [faults, setFaults] = useState<FaultEntry[]>(() =>
    ticket.faults.map((f) => ({ key: key++, component: f.component, fault: f.fault ?? '', findings: f.findings })),
  );
  const options = useMemo(() => FAULT_CATEGORIES.map((c) => ({ value: c, label: t(`tickets.faults.${c}`) })), [t]);
  const shopTime = useShopTime();
  const today = shopTime.date(useNow());
  const result = assessVisit(device.context, faults, today);
  let n = 0;
  const per = result.kind === 'ok' ? faults.map((f) => (f.component ? result.assessment.components[n++] : undefined)) : [];
  const save = () => {
    if (!staff) return;
    const chosen = faults.filter((f): f is FaultEntry & { component: string } => f.component !== null);
    reassess.mutate(
      {
        id: ticket.id,
        staffId: staff.id,
        faults: chosen.map((f) => ({
          component: f.component,
          fault: (f.fault || null) as FaultCategory | null,
          findings: f.findings as ExclusionCode[],
        })),
      },
      { onSuccess: onClose, onError: (error) => void message.error(errorText(t, error)) },
    );
  };
  return (
    <Modal
      open
      width={820}
      title={t('tickets.assessment.reassess')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ disabled: !faults.some((f) => f.component) || !staff }}
      confirmLoading={reassess.isPending}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {faults.map((f, index) => (
          <FaultRow
            key={f.key}
            index={index}
            entry={f}
            policy={device.context.policy}
            result={per[index]}
            language={language}
            canRemove={faults.length > 1}
            faultOptions={options}
            onChange={(entry) => setFaults((list) => list.map((x) => (x.key === f.key ? entry : x)))}
            onRemove={() => setFaults((list) => list.filter((x) => x.key !== f.key))}
          />
        ))}
        <Button type="dashed" onClick={() => setFaults((l) => [...l, { key: key++, component: null, fault: '', findings: [] }])}>
          {t('warranty.check.addFault')}
        </Button>
      </Space>
    </Modal>
  );
}

/** What the customer was told at intake (as printed), and any later assessment after diagnosis. */
export function AssessmentCard({ ticket, device }: { ticket: Ticket; device: WarrantyLookupItem | undefined }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const language = useLanguage();
  const currency = useSettings().data?.shop.currency ?? 'CNY';
  const [open, setOpen] = useState(false);
  const canReassess = IN_PROGRESS_STATUSES.includes(ticket.status) && !!device;
  return (
    <Card
      size="small"
      title={t('tickets.assessment.title')}
      extra={
        canReassess && (
          <Button size="small" onClick={() => setOpen(true)}>
            {t('tickets.assessment.reassess')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {[...ticket.assessments].reverse().map((a) => (
          <section key={a.id} aria-label={t(`tickets.assessment.kinds.${a.kind}`)}>
            <Space wrap>
              <Typography.Text strong>{t(`tickets.assessment.kinds.${a.kind}`)}</Typography.Text>
              <WarrantyTag inWarranty={a.inWarranty} />
              <Typography.Text type="secondary">
                {shopTime.dateTime(a.at)} · {a.staffName ?? t('common.none')}
              </Typography.Text>
            </Space>
            {/* The reasons in the language of the screen, from the stored assessment. */}
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} lang={language}>
              {explainAssessment(a.assessment, language, currency).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            {a.language !== language && (
              <details>
                <summary>{t('tickets.assessment.asRecorded', { language: t(`languages.${a.language}`) })}</summary>
                {/* As the customer was told it (and as printed), in the language it was said in. */}
                <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} lang={a.language}>
                  {a.sentences.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              </details>
            )}
            <ReturnOptions returnExchange={a.assessment.returnExchange} language={language} currency={currency} />
          </section>
        ))}
      </Space>
      {open && device && <ReassessModal ticket={ticket} device={device} onClose={() => setOpen(false)} />}
    </Card>
  );
}
