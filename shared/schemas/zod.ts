import { z } from 'zod';

/**
 * Every validation message is a translation key (`validation.*`), optionally followed by
 * parameters in query-string form: `validation.tooLong?max=60`. Main process and UI share
 * the schemas, so a message produced in either place is translated the same way.
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

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalidType';
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? 'validation.required'
            : messageKey('validation.tooShort', { min: Number(issue.minimum) });
        }
        if (issue.origin === 'array') return messageKey('validation.tooFewItems', { min: Number(issue.minimum) });
        return messageKey('validation.numberTooSmall', { min: Number(issue.minimum) });
      case 'too_big':
        if (issue.origin === 'string') return messageKey('validation.tooLong', { max: Number(issue.maximum) });
        if (issue.origin === 'array') return messageKey('validation.tooManyItems', { max: Number(issue.maximum) });
        return messageKey('validation.numberTooBig', { max: Number(issue.maximum) });
      case 'invalid_format':
        return issue.format === 'email' ? 'validation.email' : 'validation.invalidFormat';
      case 'invalid_value':
        return 'validation.invalidChoice';
      case 'unrecognized_keys':
        return 'validation.unknownField';
      case 'not_multiple_of':
        return 'validation.integer';
      default:
        return 'validation.invalid';
    }
  },
});

export { z };
