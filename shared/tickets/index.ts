/** Repair-ticket rules: the status machine and service promises. Pure, clock-free. */
export * from './status';
export * from './sla';
export { localDate, localDateTime, startOfLocalDay, endOfLocalDay, weekday, type LocalDateTime } from './local-time';
export * from './messages';
