import type { Lang } from '../domain';

/** One feature's user-visible strings, in both languages; a test fails when a key exists in one only. */
export type LocaleTable = Readonly<Record<Lang, Readonly<Record<string, string>>>>;
