/**
 * A code read back from stored data or an error's parameters, when it is one the strings know:
 * `t(`payments.purposes.${code}`)` then compiles against the typed keys, and an unknown code
 * (an older or damaged record) shows nothing instead of a raw key.
 */
export function knownCode<T extends string>(codes: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (codes as readonly string[]).includes(value) ? (value as T) : undefined;
}
