import { app } from './app';
import { customers } from './customers';
import { products } from './products';
import { warranty } from './warranty';
import { tickets } from './tickets';
import { payments } from './payments';
import { settings } from './settings';
import { print } from './print';
import { validation } from './validation';
import { errors } from './errors';
import { backups } from './backups';

/**
 * English strings, one file per namespace. English defines the keys: zh-Hans and zh-Hant are
 * typed against it, and tests/shared/i18n.test.ts fails if any language lacks a key or a placeholder.
 */
export const enNamespaces = {
  app,
  customers,
  products,
  warranty,
  tickets,
  payments,
  settings,
  print,
  validation,
  errors,
  backups,
};

export const en = {
  ...app,
  ...customers,
  ...products,
  ...warranty,
  ...tickets,
  ...payments,
  ...settings,
  ...print,
  ...validation,
  ...errors,
  ...backups,
};
