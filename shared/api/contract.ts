import { query, command, type MethodSpec } from './define';
import type { z } from 'zod';
import { emptyInput } from '../schemas/common';
import {
  customerCreateSchema,
  customerGetSchema,
  customerListSchema,
  customerPhoneCheckSchema,
  customerUpdateSchema,
  type Customer,
  type CustomerPage,
  type PhoneOwner,
} from '../schemas/customer';
import { languageSettingSchema, logoSchema, shopProfileSchema, type Settings } from '../schemas/settings';
import { globalSearchSchema, type GlobalSearchResult } from '../schemas/search';

export interface AppInfo {
  version: string;
  /** Where the database file lives; shown in Settings → About. */
  dataFile: string;
  dataFolder: string;
  /** 'electron' in the desktop app, 'preview' in the browser preview. */
  transport: 'electron' | 'preview';
}

/**
 * Every call the UI can make, declared once. The preload and the browser preview expose
 * exactly these; the main process registers exactly these (a missing handler fails to compile).
 */
export const contract = {
  'app.info': query<AppInfo>()(emptyInput),

  'settings.get': query<Settings>()(emptyInput),
  'settings.updateShop': command<Settings>()(shopProfileSchema),
  'settings.setLogo': command<Settings>()(logoSchema),
  'settings.setLanguage': command<Settings>()(languageSettingSchema),

  'customers.list': query<CustomerPage>()(customerListSchema),
  'customers.get': query<Customer>()(customerGetSchema),
  'customers.create': command<Customer>()(customerCreateSchema),
  'customers.update': command<Customer>()(customerUpdateSchema),
  'customers.phoneOwners': query<PhoneOwner[]>()(customerPhoneCheckSchema),

  'search.global': query<GlobalSearchResult>()(globalSearchSchema),
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type MethodParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = NonNullable<Contract[K]['output']>;
