import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Settings, ShopProfileInput } from '@shared/schemas/settings';
import type { Language } from '@shared/i18n/languages';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

function useSettingsMutation<I>(fn: (input: I) => Promise<Settings>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (settings) => client.setQueryData(settingsKey, settings) });
}

export const useUpdateShop = () => useSettingsMutation((input: ShopProfileInput) => call('settings.updateShop', input));
export const useSetLogo = () => useSettingsMutation((dataUrl: string | null) => call('settings.setLogo', { dataUrl }));
export const useSetLanguage = () =>
  useSettingsMutation((language: Language | null) => call('settings.setLanguage', { language }));

export function useAppInfo() {
  return useQuery({ queryKey: ['app.info'], queryFn: () => call('app.info', {}), staleTime: Infinity });
}
