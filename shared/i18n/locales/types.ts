import type { en, enNamespaces } from './en';

export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every locale must have: the same keys as English, with strings at the leaves. */
export type Messages = DeepStrings<typeof en>;

/** A namespace file (locales/<lang>/<namespace>.ts): the same keys as English's file of that name. */
export type Namespace = keyof typeof enNamespaces;
export type NamespaceMessages<N extends Namespace> = DeepStrings<(typeof enNamespaces)[N]>;
