import type { en, enNamespaces } from './en';

export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every locale must have: the same keys as English, with strings at the leaves. */
export type Messages = DeepStrings<typeof en>;

/** A namespace file (locales/<lang>/<namespace>.ts): the same keys as English's file of that name. */
export type Namespace = keyof typeof enNamespaces;
export type NamespaceMessages<N extends Namespace> = DeepStrings<(typeof enNamespaces)[N]>;

/** Dotted paths to the strings of a table: 'title' | 'columns.name' | … */
export type LeafKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKey<T[K]>}`;
}[keyof T & string];

/** Every key t() accepts. */
export type MessageKey = LeafKey<Messages>;

/** The keys under a prefix, without it: SubKey<'forms.receipt'> is 'title' | 'free' | … */
export type SubKey<P extends string> = MessageKey extends infer K ? (K extends `${P}.${infer Rest}` ? Rest : never) : never;
