import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const backupKeys = { status: ['backups', 'status'] as const };

/** Refreshed every minute: a backup taken by the schedule shows up without a reload. */
export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => call('backups.status', {}), refetchInterval: 60_000 });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.status }),
  });
}

export function useSetSecondFolder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (folder: string | null) => call('backups.setSecondFolder', { folder }),
    onSuccess: (status) => client.setQueryData(backupKeys.status, status),
  });
}

/** Bytes as the owner reads them: 312.4 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
