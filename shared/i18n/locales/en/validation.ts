import { warrantyMessages } from '../../../warranty/messages';
import { ticketMessages } from '../../../tickets/messages';
import { intakeMessages } from '../../../tickets/intake-messages';
import { quoteMessages } from '../../../quotes/messages';
import { moneyMessages } from '../../../money/messages';

/** Field messages: the `validation.*` keys schemas and handlers return (translateMessage). */
export const validation = {
  validation: {
    required: 'Required',
    invalid: 'Not valid',
    invalidType: 'Not valid',
    tooShort: 'At least {{min}} characters',
    tooLong: 'At most {{max}} characters',
    tooFewItems: 'At least {{min}} needed',
    tooManyItems: 'At most {{max}} allowed',
    numberTooSmall: 'Must be at least {{min}}',
    numberTooBig: 'Must be at most {{max}}',
    integer: 'Must be a whole number',
    invalidFormat: 'Wrong format',
    invalidChoice: 'Choose one of the options',
    unknownField: 'Unexpected field',
    email: 'Not a valid email address',
    phone: 'Enter 5 to 20 digits, optionally starting with +',
    phoneRepeated: 'This number is listed twice',
    taxId: 'Letters, digits and dashes only',
    timeZone: 'Unknown time zone',
    logoType: 'Only PNG or JPEG images',
    logoSize: 'The image must be at most 512 KB',
    futureDate: 'This date is in the future',
    proofKindNeeded: 'Choose the kind of document',
    saleBeforeProduction: 'Sold before it was produced: if this was a pre-order, tick “Pre-order” to confirm',
    preOrderNeedsDelivery: 'A pre-order’s warranty runs from delivery: enter the delivery date',
    cardNo: 'No spaces or braces',
    unknownPolicy: 'Choose a product category',
    unknownCustomer: 'Choose a customer',
    transferCardInstead: 'This product has a warranty card in force: transfer the card to change the owner',
    numbering: {
      seqMissing: 'The pattern needs {seq} or {seq:N} for the running number',
      seqTwice: 'Use the running number only once',
      unknownToken: 'Unknown placeholder: use {YYYY}, {YY}, {MM} or {seq:N} (N up to 10)',
      badCharacter: 'No spaces or stray braces',
      yearNeeded: 'A series that starts again every year needs {YYYY} or {YY} in the pattern',
    },
    warranty: warrantyMessages.en.validation,
    money: moneyMessages.en.validation.money,
    quantity: moneyMessages.en.validation.quantity,
    quote: quoteMessages.en.validation,
    sla: ticketMessages.en.validation,
    ticket: intakeMessages.en.validation,
    payment: {
      amountPositive: 'Enter an amount above zero',
      unknownMethod: 'Choose a payment method',
      tenderedCashOnly: 'Only cash has an amount received',
      tenderedBelowAmount: 'Less than the amount',
      saleLinesRequired: 'Add at least one item',
      ticketRequired: 'Choose the ticket',
      invoiceKind: 'Choose the invoice type',
      invoiceNumber: 'An invoice number has 8 to 20 digits',
      invoiceDigital: 'A 数电票 number has 20 digits',
      invoiceRecorded: 'This invoice number is already recorded on this receipt',
    },
  },
};
