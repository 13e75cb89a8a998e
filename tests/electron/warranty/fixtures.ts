import type { Result } from '../../../shared/api/result';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { Product, ProductFieldsInput } from '../../../shared/schemas/product';
import type { Customer } from '../../../shared/schemas/customer';
import type { Core } from '../../../electron/backend/core';

/** The value of a successful call; a failed one fails the test with its error. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** core.dispatch with the contract's types, for valid inputs (invalid ones go through core.dispatch). */
export function call<K extends MethodName>(core: Core, method: K, input: MethodInput<K>): Promise<Result<MethodOutput<K>>> {
  return core.dispatch(method, input) as Promise<Result<MethodOutput<K>>>;
}

export async function customer(core: Core, name = '陈大文', phone = '138 0013 8000'): Promise<Customer> {
  return must(await call(core, 'customers.create', { name, phones: [{ number: phone }], allowDuplicatePhone: true }));
}

/** The laser device of seed 001: accepted on 2025-03-01 with the acceptance form. */
export function laserFields(customerId: number, overrides: Partial<ProductFieldsInput> = {}): ProductFieldsInput {
  return {
    customerId,
    category: 'medical_laser',
    brand: '光子医疗',
    model: 'LX-2000 激光治疗仪',
    serial: 'LX2025-00123',
    productionDate: '2024-12-01',
    saleDate: '2025-01-10',
    deliveryDate: '2025-02-20',
    acceptanceDate: '2025-03-01',
    proofKind: 'acceptance_form',
    proofNo: 'YS-2025-031',
    ...overrides,
  };
}

/** A phone sold with an invoice. */
export function phoneFields(customerId: number, overrides: Partial<ProductFieldsInput> = {}): ProductFieldsInput {
  return {
    customerId,
    category: 'consumer_electronics',
    brand: 'Apple',
    model: 'iPhone 15 Pro',
    serial: 'F2LXK9ABCD12',
    productionDate: '2026-08-01',
    saleDate: '2026-11-20',
    proofKind: 'invoice',
    proofNo: 'FP-8848',
    ...overrides,
  };
}

export async function product(core: Core, fields: ProductFieldsInput): Promise<Product> {
  return must(await call(core, 'products.create', fields));
}

export function count(core: Core, table: string): number {
  return core.context.db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
