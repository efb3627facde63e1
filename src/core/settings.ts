import type { Lang } from './domain';

/** The settings schema version written by this build. Bump it with a step in `migrateSettings`. */
export const SETTINGS_VERSION = 1;

/** The reflection view's period. */
export type PeriodPreset = 'last-4-weeks' | 'quarter' | 'year' | 'custom';

/** A phrase the user added to the language watch. */
/**
 * "Not here" on a language finding: she allows these words in one note (its vault path) or in every
 * note (`path: null`). Every consumer of the watch reads it through the same checker.
 */
export interface NotHere {
	readonly phrase: string;
	readonly path: string | null;
}

export interface CustomPhrase {
	/** The words to look for (case-insensitive). */
	readonly phrase: string;
	/** The language-watch category it belongs to. */
	readonly category: string;
}

/** Everything the plugin persists in `data.json` (and the command line reads from there). */
export interface Settings {
	/** Schema version; see `migrateSettings`. */
	readonly version: number;
	/** Vault-relative folders whose notes are journal notes (notes with a gaze tag count anywhere). */
	readonly journalFolders: readonly string[];
	/** Vault-relative folder with the user's own editable copies of the templates. */
	readonly templateFolder: string;
	/** The UI and writing language: follow Obsidian, or a fixed one. */
	readonly language: 'auto' | Lang;
	/** Which vocabulary new gaze tags are written in: follow the language, or fixed. */
	readonly tagRoot: 'auto' | Lang;
	/** File name pattern for new notes; `{{date:FORMAT}}` and `{{title}}` as in core Templates. */
	readonly filenamePattern: string;
	/** The reflection view's remembered period. */
	readonly reflection: {
		/** Which period the view shows. */
		readonly period: PeriodPreset;
		/** First day of a custom period, `YYYY-MM-DD`. */
		readonly from: string | null;
		/** Last day of a custom period, `YYYY-MM-DD`. */
		readonly to: string | null;
	};
	/** The language watch (obs sprog). */
	readonly languageWatch: {
		/** Underline findings in the editor. */
		readonly enabled: boolean;
		/** Category ids the user switched off. */
		readonly disabledCategories: readonly string[];
		/** Phrases the user added. */
		readonly customPhrases: readonly CustomPhrase[];
		/** Words never flagged. */
		readonly allowWords: readonly string[];
		/** Phrases she said "not here" to, from a finding: in one note or everywhere. */
		readonly notHere: readonly NotHere[];
	};
	/** Privacy care. */
	readonly privacy: {
		/** Underline identifiers (CPR, phone, names, ...) in the editor. */
		readonly enabled: boolean;
		/**
		 * Keep the notes' text in the index cache in the plugin's folder (a faster start). Off, the
		 * cache holds no note's text, only which other files are not journal notes, and every journal
		 * note is read again at start-up.
		 */
		readonly cacheNoteText: boolean;
	};
	/** Search reflections. */
	readonly search: {
		/** How the modal orders results. */
		readonly order: 'relevance' | 'newest';
		/** Searches she saved, run from the modal and as commands. */
		readonly saved: readonly { readonly name: string; readonly query: string }[];
	};
	/** Gentle reminders at start-up, opt-in (`time/reminders.ts`). */
	readonly reminders: {
		/** Off by default: nothing is shown until she switches it on. */
		readonly enabled: boolean;
		/** Supervision preparation due by her cadence. */
		readonly supervision: boolean;
		/** A supervision revisit date has come. */
		readonly revisit: boolean;
		/** Follow-ups past their date. */
		readonly followUps: boolean;
		/** The day a reminder was last shown (at most one a day). */
		readonly lastShown: string | null;
	};
	/** Gaze suggestions. */
	readonly tagging: {
		/** Learn from her own tagged notes (the names in them), locally, in memory, never sent anywhere. */
		readonly learn: boolean;
		/** Notes last changed at or before this moment (ms since the epoch) teach nothing: "forget what was learned". 0 for none. */
		readonly forgetBefore: number;
	};
	/** Supervision preparation. */
	readonly supervision: {
		/** Vault-relative folder where "Export for my supervisor" writes; empty asks each time. */
		readonly exportFolder: string;
		/** Her supervision cadence: a preparation every this many weeks (the mirror's rhythm uses it). */
		readonly cadenceWeeks: number;
	};
	/** The welcome was shown (set when it is shown; "Show the welcome" opens it again). */
	readonly welcomeShown: boolean;
}

/** The defaults; loaded settings are deep-merged over a copy of these, never into them. */
export const DEFAULT_SETTINGS = {
	version: SETTINGS_VERSION,
	journalFolders: ['Journal'],
	templateFolder: 'Skabeloner',
	language: 'auto',
	tagRoot: 'auto',
	filenamePattern: '{{date:YYYY-MM-DD}} {{title}}',
	reflection: { period: 'last-4-weeks', from: null, to: null },
	languageWatch: { enabled: true, disabledCategories: [], customPhrases: [], allowWords: [], notHere: [] },
	privacy: { enabled: true, cacheNoteText: true },
	tagging: { learn: true, forgetBefore: 0 },
	search: { order: 'relevance', saved: [] },
	reminders: { enabled: false, supervision: true, revisit: true, followUps: true, lastShown: null },
	supervision: { exportFolder: '', cadenceWeeks: 8 },
	welcomeShown: false,
} as const satisfies Settings;

/** The result of reading stored settings: always usable settings, plus what was wrong, if anything. */
export interface LoadedSettings {
	readonly settings: Settings;
	/** Problems found (not JSON, wrong types, a newer version); empty when the data was fine. */
	readonly problems: readonly string[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges `raw` over `defaults`, keeping a default wherever `raw` has a value of another type.
 * Arrays are taken whole when every element has the default's element type (or the default is empty).
 * Every replaced value is reported in `problems` with its path.
 */
function mergeTyped(defaults: Json, raw: Json, path: string, problems: string[]): Json {
	if (raw === undefined) return structuredCloneJson(defaults);
	if (isRecord(defaults)) {
		if (!isRecord(raw)) {
			problems.push(`${path || 'settings'}: expected an object`);
			return structuredCloneJson(defaults);
		}
		const out: Record<string, Json> = {};
		for (const key of Object.keys(defaults)) {
			out[key] = mergeTyped(defaults[key], raw[key], path ? `${path}.${key}` : key, problems);
		}
		return out;
	}
	if (Array.isArray(defaults)) {
		if (!Array.isArray(raw)) {
			problems.push(`${path}: expected a list`);
			return structuredCloneJson(defaults);
		}
		return structuredCloneJson(raw);
	}
	if (defaults === null) {
		if (raw === null || typeof raw === 'string') return raw;
		problems.push(`${path}: expected text or nothing`);
		return null;
	}
	if (typeof raw !== typeof defaults) {
		problems.push(`${path}: expected ${typeof defaults}`);
		return defaults;
	}
	return raw;
}

function structuredCloneJson<T>(value: T): T {
	return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T, path: string, problems: string[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	problems.push(`${path}: "${value}" is not one of ${allowed.join(', ')}`);
	return fallback;
}

function stringList(values: readonly unknown[], path: string, problems: string[]): string[] {
	const out = values.filter((v): v is string => typeof v === 'string');
	if (out.length !== values.length) problems.push(`${path}: only text entries are kept`);
	return out;
}

/**
 * Turns whatever `data.json` held into valid settings. Pure: never throws, never mutates its input.
 * Older versions are migrated step by step; unknown keys are dropped; wrong types fall back to the
 * default for that field and are reported.
 */
export function migrateSettings(raw: unknown): LoadedSettings {
	const problems: string[] = [];
	if (raw === null || raw === undefined) return { settings: structuredCloneJson<Settings>(DEFAULT_SETTINGS), problems };
	if (!isRecord(raw)) {
		return { settings: structuredCloneJson<Settings>(DEFAULT_SETTINGS), problems: ['settings: expected an object'] };
	}
	const data: Record<string, unknown> = { ...raw };
	const version = typeof data.version === 'number' ? data.version : 0;
	if (version > SETTINGS_VERSION) {
		problems.push(`settings: version ${version} is newer than this plugin understands (${SETTINGS_VERSION})`);
	}
	// Version 0 (before versioning): `journalFolder` was a single string.
	if (version < 1 && typeof data.journalFolder === 'string' && data.journalFolders === undefined) {
		data.journalFolders = [data.journalFolder];
	}
	data.version = SETTINGS_VERSION;
	// Stored settings from before the welcome existed: she has used the plugin already, so no welcome.
	if (data.welcomeShown === undefined) data.welcomeShown = true;

	const merged = mergeTyped(DEFAULT_SETTINGS, data, '', problems) as Settings;
	const languageWatch = merged.languageWatch;
	const settings: Settings = {
		...merged,
		journalFolders: stringList(merged.journalFolders, 'journalFolders', problems),
		language: oneOf(merged.language, ['auto', 'da', 'en'], 'auto', 'language', problems),
		tagRoot: oneOf(merged.tagRoot, ['auto', 'da', 'en'], 'auto', 'tagRoot', problems),
		reflection: {
			...merged.reflection,
			period: oneOf(merged.reflection.period, ['last-4-weeks', 'quarter', 'year', 'custom'], 'last-4-weeks', 'reflection.period', problems),
		},
		search: {
			order: oneOf(merged.search.order, ['relevance', 'newest'], 'relevance', 'search.order', problems),
			saved: merged.search.saved.filter((x): x is { name: string; query: string } => isRecord(x) && typeof x.name === 'string' && typeof x.query === 'string'),
		},
		languageWatch: {
			...languageWatch,
			disabledCategories: stringList(languageWatch.disabledCategories, 'languageWatch.disabledCategories', problems),
			allowWords: stringList(languageWatch.allowWords, 'languageWatch.allowWords', problems),
			customPhrases: languageWatch.customPhrases.filter(
				(p): p is CustomPhrase => isRecord(p) && typeof p.phrase === 'string' && typeof p.category === 'string',
			),
			notHere: languageWatch.notHere.filter(
				(r): r is NotHere => isRecord(r) && typeof r.phrase === 'string' && (typeof r.path === 'string' || r.path === null),
			),
		},
	};
	if (settings.languageWatch.notHere.length !== languageWatch.notHere.length) {
		problems.push('languageWatch.notHere: entries without phrase and path are dropped');
	}
	if (settings.languageWatch.customPhrases.length !== languageWatch.customPhrases.length) {
		problems.push('languageWatch.customPhrases: entries without phrase and category are dropped');
	}
	return { settings, problems };
}

/** The language new gaze tags are written in. */
export function tagLang(settings: Settings, uiLang: Lang): Lang {
	return settings.tagRoot === 'auto' ? uiLang : settings.tagRoot;
}
