import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { MethodInput } from '@shared/api/contract';
import type { Receipt, VerifyReport } from '@shared/schemas/payment-types';
import type { ReceiptFormat } from '@shared/receipts/methods';
import type { Language } from '@shared/i18n/languages';
import { settingsKey } from '../settings/api';
import { refreshAfter } from '../../api/refresh';

export const paymentKeys = {
  all: ['receipts'] as const,
  list: (filter: MethodInput<'receipts.list'>) => ['receipts', 'list', filter] as const,
  detail: (id: number) => ['receipts', 'detail', id] as const,
  day: (day: string) => ['receipts', 'day', day] as const,
};

export function useReceiptList(filter: MethodInput<'receipts.list'>) {
  return useQuery({ queryKey: paymentKeys.list(filter), queryFn: () => call('receipts.list', filter) });
}

export function useReceipt(id: number | null) {
  return useQuery({
    queryKey: paymentKeys.detail(id ?? 0),
    queryFn: () => call('receipts.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useDayReport(day: string) {
  return useQuery({ queryKey: paymentKeys.day(day), queryFn: () => call('dayClose.get', { day }) });
}

/** After money moves: the receipt as answered, then what refresh.ts says the command changed. */
function useRefreshMoney(method: 'payments.take' | 'receipts.void' | 'receipts.refund' | 'receipts.recordInvoice') {
  const client = useQueryClient();
  return (receipt: Receipt) => {
    client.setQueryData(paymentKeys.detail(receipt.id), receipt);
    refreshAfter(client, method);
  };
}

export function useTakePayment() {
  const refresh = useRefreshMoney('payments.take');
  return useMutation({ mutationFn: (input: MethodInput<'payments.take'>) => call('payments.take', input), onSuccess: refresh });
}

export function useVoidReceipt() {
  const refresh = useRefreshMoney('receipts.void');
  return useMutation({ mutationFn: (input: MethodInput<'receipts.void'>) => call('receipts.void', input), onSuccess: refresh });
}

export function useRecordInvoice() {
  const refresh = useRefreshMoney('receipts.recordInvoice');
  return useMutation({
    mutationFn: (input: MethodInput<'receipts.recordInvoice'>) => call('receipts.recordInvoice', input),
    onSuccess: refresh,
  });
}

export function useRefundReceipt() {
  const refresh = useRefreshMoney('receipts.refund');
  return useMutation({
    mutationFn: (input: MethodInput<'receipts.refund'>) => call('receipts.refund', input),
    onSuccess: refresh,
  });
}

export function useCloseDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'dayClose.close'>) => call('dayClose.close', input),
    onSuccess: (report) => client.setQueryData(paymentKeys.day(report.day), report),
  });
}

export function useReceiptPdf(
  id: number,
  format: ReceiptFormat,
  language: Language | null,
  options: { reprint: boolean; creditNoteId: number | null; version: string },
) {
  return useQuery({
    queryKey: ['receipts', 'print', id, format, language, options],
    queryFn: () => call('receipts.print', { id, format, language, reprint: options.reprint, creditNoteId: options.creditNoteId }),
    staleTime: 0,
    gcTime: 0,
  });
}

export function useDayPdf(day: string, format: ReceiptFormat, enabled: boolean) {
  return useQuery({
    queryKey: ['receipts', 'dayPrint', day, format],
    queryFn: () => call('dayClose.print', { day, format }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSetReceiptFormat() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (format: ReceiptFormat) => call('settings.setReceiptFormat', { format }),
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
}

/**
 * Verify records slice by slice (see VerifyReport): the main process stays free for the counter
 * between slices, and the button shows how far the check has got.
 */
export function useVerifyRecords() {
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationFn: async (): Promise<VerifyReport> => {
      let after = 0;
      let checked = 0;
      for (;;) {
        const report = await call('records.verify', { after, checked });
        setProgress({ checked: report.checked, total: report.total });
        if (report.next === null) return report;
        after = report.next;
        checked = report.checked;
      }
    },
    onSettled: () => setProgress(null),
  });
  return { mutation, progress };
}
