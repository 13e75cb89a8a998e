import type { en } from './en';

export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every locale must have: the same keys as English, with strings at the leaves. */
export type Messages = DeepStrings<typeof en>;
