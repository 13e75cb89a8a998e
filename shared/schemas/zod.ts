import { z } from 'zod';
import { messageKey, parseMessageKey } from '../i18n/message-key';

// Validation messages are translation keys: see i18n/message-key.ts.
export { messageKey, parseMessageKey };

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
