/**
 * Every validation message is a translation key (`validation.*`), optionally followed by
 * parameters in query-string form: `validation.tooLong?max=60`. Main process and UI share
 * the schemas, so a message produced in either place is translated the same way.
 *
 * Apart from schemas/zod.ts (which re-exports these) so that translating a message does not load
 * zod: the renderer's first screen translates errors but validates nothing.
 */
export function messageKey(key: string, params?: Record<string, string | number>): string {
  if (!params || Object.keys(params).length === 0) return key;
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${key}?${query}`;
}

export function parseMessageKey(message: string): { key: string; params: Record<string, string> } {
  const q = message.indexOf('?');
  if (q < 0) return { key: message, params: {} };
  const params: Record<string, string> = {};
  for (const part of message.slice(q + 1).split('&')) {
    const [k, v = ''] = part.split('=');
    if (k) params[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { key: message.slice(0, q), params };
}
