/** Repair-ticket rules: the status machine, service promises, flags and intake vocabularies. Pure, clock-free. */
export * from './status';
export * from './sla';
export {
  localDate,
  localDateTime,
  localDateTimeText,
  prepareTimeZone,
  startOfLocalDay,
  endOfLocalDay,
  weekday,
  type LocalDateTime,
} from './local-time';
export * from './messages';
export * from './intake';
export * from './intake-messages';
export * from './flags';
