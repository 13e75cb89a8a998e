import type { Messages } from '../types';
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

export const zhHans: Messages = {
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
