/**
 * The plugin's user-visible strings. Each feature keeps its own table (`common.ts`, ...) and
 * registers it in `TABLES` below; keys are prefixed by feature, so tables never collide.
 */
import type { Lang } from '../domain';
import { COMMON_STRINGS } from './common';
import { METHOD_STRINGS } from './method';
import { REFLECTION_STRINGS } from './reflection';
import { SEARCH_STRINGS } from './search';
import { SUPERVISION_STRINGS } from './supervision';
import { TAGGING_STRINGS } from './tagging';
import { TIME_STRINGS } from './time';
import { formatMessage } from './message';
import type { Vars } from './message';
import type { LocaleTable } from './types';
import { UI_STRINGS } from './ui';
import { WATCH_STRINGS } from './watch';

export type { LocaleTable } from './types';
export type { Vars } from './message';
export { hasPlural, slotNames } from './message';

/** Every feature's table. Add a feature's table here (one line). */
export const TABLES: readonly LocaleTable[] = [
	COMMON_STRINGS,
	TAGGING_STRINGS,
	WATCH_STRINGS,
	METHOD_STRINGS,
	SUPERVISION_STRINGS,
	REFLECTION_STRINGS,
	SEARCH_STRINGS,
	TIME_STRINGS,
	UI_STRINGS,
];

const MERGED: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
	da: new Map(TABLES.flatMap((table) => Object.entries(table.da))),
	en: new Map(TABLES.flatMap((table) => Object.entries(table.en))),
};

/** A translator bound to one language. */
export type Translate = (key: string, vars?: Vars) => string;

/**
 * Looks a key up in a language and fills its `{name}` slots and `{count, plural, …}` choices (see
 * `message.ts`). A missing key returns the key itself (visible, never a crash); the i18n test makes
 * sure no key is missing in either language.
 */
export function translate(lang: Lang, key: string, vars?: Vars): string {
	const template = MERGED[lang].get(key) ?? MERGED.en.get(key) ?? key;
	return vars ? formatMessage(lang, template, vars) : template;
}

/** A translator for one language. */
export function translator(lang: Lang): Translate {
	return (key, vars) => translate(lang, key, vars);
}

/** True when the key exists (in English, the reference language). */
export function hasKey(key: string): boolean {
	return MERGED.en.has(key);
}

/**
 * The plugin's language: the setting when it names one, else Obsidian's language (`getLanguage()`,
 * e.g. `da`, `en`, `en-GB`); Danish for Danish, English for anything else.
 */
export function resolveLang(setting: 'auto' | Lang, appLanguage: string | null | undefined): Lang {
	if (setting !== 'auto') return setting;
	return (appLanguage ?? '').toLowerCase().startsWith('da') ? 'da' : 'en';
}
