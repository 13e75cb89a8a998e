import type { Handlers } from '../dispatcher';
import { getSettings } from '../shop-settings';
import { setLanguage, setLogo, setReceiptFormat, setStaff, setTax, updateShop } from '../use-cases/settings';

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.updateShop': updateShop,
  'settings.setLogo': setLogo,
  'settings.setLanguage': setLanguage,
  'settings.setStaff': setStaff,
  'settings.setTax': setTax,
  'settings.setReceiptFormat': setReceiptFormat,
} satisfies Partial<Handlers>;
