import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { StaffFieldsInput, StaffMember } from '@shared/schemas/staff';
import { settingsKey, useSettings } from '../settings/api';
import { refreshAfter } from '../../api/refresh';

export const staffKey = ['staff'] as const;

export function useStaff() {
  return useQuery({ queryKey: staffKey, queryFn: () => call('staff.list', {}) });
}

export function useSaveStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffFieldsInput & { id?: number }) =>
      input.id ? call('staff.update', { ...input, id: input.id }) : call('staff.create', input),
    onSuccess: (_member, input) => refreshAfter(client, input.id ? 'staff.update' : 'staff.create'),
  });
}

export function useSetCurrentStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (staffId: number | null) => call('settings.setStaff', { staffId }),
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
}

/** The staff member chosen in the header (null until someone is chosen). */
export function useCurrentStaff(): StaffMember | null {
  const settings = useSettings();
  const staff = useStaff();
  const id = settings.data?.ui.staffId ?? null;
  return staff.data?.find((m) => m.id === id) ?? null;
}

/** Active technicians, for assigning a ticket. */
export function useTechnicians(): StaffMember[] {
  const staff = useStaff();
  return (staff.data ?? []).filter((m) => m.active && m.role === 'technician');
}
