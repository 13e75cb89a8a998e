/*
 * Conventions: instants are INTEGER milliseconds since the Unix epoch (UTC), named *_at.
 * Calendar dates (a purchase date, a promised date) are TEXT 'YYYY-MM-DD' in the shop's time
 * zone. Money is INTEGER minor units (fen / cents). Search columns hold foldForSearch() text.
 * Search structures drizzle cannot express (FTS5 tables, triggers, WITHOUT ROWID tables) live
 * in custom migrations; see docs/search.md.
 */
export * from './settings';
export * from './numbering';
export * from './audit';
export * from './staff';
export * from './customers';
export * from './products';
export * from './warranty';
export * from './tickets';
export * from './quotes';
export * from './pickup';
export * from './payments';
export * from './document-chain';
export * from './figures';
