import { z } from './zod';
import { emailField, idField, optionalText, phoneField, requiredText } from './common';
import { phoneDigits } from '../text/phone';

export const PHONE_LABELS = ['mobile', 'home', 'work', 'other'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

export const customerPhoneSchema = z.object({
  number: phoneField,
  label: z.enum(PHONE_LABELS).default('mobile'),
});

export const customerFieldsSchema = z.object({
  name: requiredText(60),
  phones: z
    .array(customerPhoneSchema)
    .min(1)
    .max(5)
    .superRefine((phones, ctx) => {
      const seen = new Set<string>();
      phones.forEach((p, i) => {
        const digits = phoneDigits(p.number);
        if (digits && seen.has(digits)) {
          ctx.addIssue({ code: 'custom', path: [i, 'number'], message: 'validation.phoneRepeated' });
        }
        seen.add(digits);
      });
    }),
  email: emailField,
  address: optionalText(200),
  notes: optionalText(1000),
  consentToContact: z.boolean().default(false),
});

/** Creating a customer. `allowDuplicatePhone` is set once staff confirmed the warning. */
export const customerCreateSchema = customerFieldsSchema.extend({
  allowDuplicatePhone: z.boolean().default(false),
});

export const customerUpdateSchema = customerCreateSchema.extend({ id: idField });

export const customerGetSchema = z.object({ id: idField });

export const customerListSchema = z.object({
  /** Opaque cursor from the previous page; absent for the first page. */
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(500).default(100),
  /** Optional filter: a name fragment, a phone number or its last digits. */
  q: z.string().max(200).default(''),
});

export const customerPhoneCheckSchema = z.object({
  phone: z.string().max(40),
  excludeId: idField.nullish(),
});

export type CustomerFields = z.infer<typeof customerFieldsSchema>;
export type CustomerFieldsInput = z.input<typeof customerFieldsSchema>;
export type CustomerCreateInput = z.input<typeof customerCreateSchema>;
export type CustomerUpdateInput = z.input<typeof customerUpdateSchema>;

export interface CustomerPhone {
  number: string;
  label: PhoneLabel;
}

export interface Customer {
  id: number;
  name: string;
  phones: CustomerPhone[];
  email: string;
  address: string;
  notes: string;
  consentToContact: boolean;
  /** Milliseconds since the Unix epoch (UTC). */
  createdAt: number;
  updatedAt: number;
}

export interface CustomerListItem {
  id: number;
  name: string;
  /** The primary (first) phone as stored. */
  phone: string;
  email: string;
  createdAt: number;
  matchedBy?: 'name' | 'phone' | 'phoneTail';
}

export interface CustomerPage {
  items: CustomerListItem[];
  nextCursor: string | null;
  /** Total rows matching the filter (all customers when there is none). */
  total: number;
}

export interface PhoneOwner {
  id: number;
  name: string;
  phone: string;
}
