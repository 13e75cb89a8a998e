/*
 * The data the first screen shows, asked for by main.tsx together with the settings, while the
 * app's code is still downloading: the customers page then draws its first rows in its first
 * render, and home its counts, instead of a skeleton first and a second request after the code
 * has run. Only the screens a day starts on; every other page asks for its data as it mounts.
 * Nothing heavy is imported here (keys only): this module is part of the entry.
 */

import type { QueryClient } from '@tanstack/react-query';
import { customerKeys, PAGE_SIZE as CUSTOMER_PAGE } from '../features/customers/keys';
import { ticketKeys } from '../features/tickets/keys';
import { pagesAt, type Page } from './page-table';

interface Early {
  key: readonly unknown[];
  /** Stored as the first page of an infinite query (lists that load as they scroll). */
  firstPage: boolean;
  value?: unknown;
}

type Reply = Promise<{ ok: true; value: unknown } | { ok: false }>;

let early: Early[] = [];

function ask(key: readonly unknown[], firstPage: boolean, reply: Reply): Promise<void> {
  const entry: Early = { key, firstPage };
  early.push(entry);
  return reply.then(
    (result) => {
      if (result.ok) entry.value = result.value;
    },
    () => {},
  );
}

/** The requests a page makes first, for the pages a day starts on (page-table.ts finds the page). */
const FIRST_REQUESTS: Partial<Record<Page, () => Promise<unknown>[]>> = {
  home: () => [
    ask(customerKeys.count, false, window.api.customers.list({ limit: 1 })),
    ask(ticketKeys.counts, false, window.api.tickets.counts({})),
  ],
  customers: () => [ask(customerKeys.list(''), true, window.api.customers.list({ q: '', cursor: null, limit: CUSTOMER_PAGE }))],
};

/**
 * Sends the first screen's requests for the address being opened; settles (never rejects) when
 * their replies are there. An error is not kept: the page asks again and shows it as usual.
 */
export function requestDataEarly(hash: string): Promise<void> {
  early = []; // a new start: whatever an earlier one asked for is not this screen's
  return Promise.all(pagesAt(hash).flatMap((page) => FIRST_REQUESTS[page]?.() ?? [])).then(() => {});
}

/**
 * Puts the replies that have arrived into the app's query cache; returns the client. They are
 * forgotten once the first render is over (StrictMode may build the client twice in that render).
 */
export function seedEarlyData(client: QueryClient): QueryClient {
  const arrived = early;
  for (const e of arrived) {
    if (e.value === undefined) continue;
    client.setQueryData(e.key, e.firstPage ? { pages: [e.value], pageParams: [null] } : e.value);
  }
  if (arrived.length > 0)
    setTimeout(() => {
      if (early === arrived) early = [];
    });
  return client;
}
