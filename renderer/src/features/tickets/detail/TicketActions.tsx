import { useState } from 'react';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, isTerminal, needsNote, type TicketStatus } from '@shared/tickets/status';
import { PLAIN_TRANSITIONS, type PlainTransition } from '@shared/schemas/ticket';
import type { Ticket } from '@shared/schemas/ticket-types';
import { errorText } from '../../../api/client';
import type { QuoteDecision } from '@shared/schemas/quote';
import { useCurrentStaff } from '../../staff/api';
import { useTicketCommand } from '../api';
import { DecideModal } from './QuotePanel';

interface Props {
  ticket: Ticket;
  onQuote: () => void;
  onPickup: () => void;
}

/** The way forward first, then a quote (revision), then the side exits. */
const ORDER: readonly TicketStatus[] = [
  'diagnosing',
  'in_repair',
  'waiting_parts',
  'ready',
  'collected',
  'quoted',
  'returned_unrepaired',
  'cancelled',
];

const isPlain = (s: TicketStatus): s is PlainTransition => (PLAIN_TRANSITIONS as readonly string[]).includes(s);

/**
 * The next steps this ticket can take, and only those: allowedTransitions with the facts the main
 * process reads (so a button here is never refused there for a rule reason). Quoting and pickup
 * open their own dialogs; the customer's answer to a quote is given on the quote.
 */
export function TicketActions({ ticket, onQuote, onPickup }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const transition = useTicketCommand('tickets.transition');
  const [target, setTarget] = useState<PlainTransition | null>(null);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<QuoteDecision | null>(null);
  const latestQuote = ticket.quotes[0];
  const awaitingAnswer = ticket.status === 'quoted' && latestQuote?.status === 'issued';
  // Moving to "quoted" needs an issued quote, which the quote dialog creates: offer it when the move
  // would be allowed once the new version exists (exactly what quotes.issue checks).
  const quotable = allowedTransitions(ticket.status, { ...ticket.facts, hasQuote: true, hasApprovedQuote: false }).includes(
    'quoted',
  );
  const possible = new Set<TicketStatus>(allowedTransitions(ticket.status, ticket.facts));
  if (quotable) possible.add('quoted');
  // Pickup stays offered with a balance due: its dialog asks for the payment (or the owner's override).
  if (allowedTransitions(ticket.status, { ...ticket.facts, balanceDue: 0 }).includes('collected')) possible.add('collected');
  const allowed = ORDER.filter((s) => possible.has(s));
  const noteRequired = target !== null && needsNote(ticket.status, target);

  const confirm = () => {
    if (!target || !staff) return;
    transition.mutate(
      { id: ticket.id, staffId: staff.id, to: target, note },
      {
        onSuccess: () => {
          void message.success(t('tickets.actions.done', { status: t(`tickets.status.${target}`) }));
          setTarget(null);
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };

  const buttons = allowed.flatMap((to) => {
    if (to === 'quoted')
      return [
        <Button key={to} onClick={onQuote} disabled={!staff}>
          {t(ticket.quotes.length > 0 ? 'tickets.actions.reviseQuote' : 'tickets.actions.quote')}
        </Button>,
      ];
    if (to === 'collected')
      return [
        <Button key={to} type="primary" onClick={onPickup} disabled={!staff}>
          {t('tickets.actions.pickup')}
        </Button>,
      ];
    if (!isPlain(to)) return [];
    const danger = to === 'cancelled' || to === 'returned_unrepaired';
    return [
      <Button
        key={to}
        danger={danger}
        type={!danger && (to === 'ready' || to === 'in_repair' || to === 'diagnosing') ? 'primary' : 'default'}
        disabled={!staff}
        onClick={() => {
          setNote('');
          setTarget(to);
        }}
      >
        {t(`tickets.actions.to.${ticket.status === 'ready' && to === 'in_repair' ? 'rework' : to}`)}
      </Button>,
    ];
  });

  // Waiting for the customer: their answer is the next step; a revised quote replaces this one.
  const answer = awaitingAnswer
    ? [
        <Button key="approve" type="primary" disabled={!staff} onClick={() => setDecision('approved')}>
          {t('quotes.approve')}
        </Button>,
        <Button key="decline" danger disabled={!staff} onClick={() => setDecision('declined')}>
          {t('quotes.decline')}
        </Button>,
        <Button key="revise" disabled={!staff} onClick={onQuote}>
          {t('tickets.actions.reviseQuote')}
        </Button>,
      ]
    : [];

  return (
    <>
      {isTerminal(ticket.status) ? (
        <Typography.Text type="secondary">{t('tickets.actions.closed')}</Typography.Text>
      ) : (
        <Space wrap aria-label={t('tickets.actions.label')} role="group">
          {answer}
          {buttons}
        </Space>
      )}
      {decision && latestQuote && <DecideModal quote={latestQuote} decision={decision} onClose={() => setDecision(null)} />}
      <Modal
        open={target !== null}
        title={target ? t('tickets.actions.confirmTitle', { status: t(`tickets.status.${target}`) }) : ''}
        okText={t('tickets.actions.confirm')}
        cancelText={t('common.cancel')}
        onOk={confirm}
        onCancel={() => setTarget(null)}
        okButtonProps={{ disabled: noteRequired && !note.trim() }}
        confirmLoading={transition.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t(noteRequired ? 'tickets.actions.noteRequired' : 'tickets.actions.noteOptional')}
        </Typography.Paragraph>
        <Input.TextArea
          aria-label={t('tickets.actions.note')}
          autoFocus
          rows={3}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </>
  );
}
