/**
 * The one place the supervision core is bound to the real modules it builds on: the language watch
 * (counts per category), and, as they land, the privacy module, search and the reflection
 * computation. The command line and the plugin both take their services from here, so they compose
 * the same note.
 */
import { LANGS, type Lang } from '../domain';
import { translate } from '../i18n';
import type { JournalNote } from '../journal-note';
import { createLanguageChecker } from '../language/watch';
import { computeReflection, reflectionJson } from '../reflection';
import { SearchIndex } from '../search';
import { GAZE_CATALOGUE, QUESTION_CATEGORY_CATALOGUE, TOOL_CATALOGUE } from '../method/catalogue';
import { PRIVACY_KINDS, detectPrivacy, type PrivacyFinding } from '../privacy/detect';
import { pseudonymise, suggestPeople, type IdentifierKind, type PersonChoice } from '../privacy/pseudonymise';
import type { Settings } from '../settings';
import type { SupervisionPeriod } from './period';
import { mirrorFromReflectionJson } from './mirror';
import type { LanguageCounter, MirrorBrief, PrivacyPort } from './ports';

/** What a preparation is composed with; null where a module is not available. */
export interface SupervisionServices {
	readonly privacy: PrivacyPort | null;
	readonly languageCounts: LanguageCounter | null;
	/** The period's mirror from the reflection computation. */
	readonly mirror: ((notes: readonly JournalNote[], period: Pick<SupervisionPeriod, 'from' | 'to'>) => MirrorBrief | null) | null;
	/** Notes on a citizen or theme among the period's notes, best first. */
	readonly search: ((query: string, notes: readonly JournalNote[]) => readonly string[]) | null;
}

/** How many texts' counts a language counter remembers (a preparation asks twice for each note). */
const COUNTS_KEPT = 256;

/**
 * The language watch as counts per category, with her settings (switched-off categories, own phrases,
 * allowed words). It remembers the counts of the last texts it was given: suggesting material and
 * composing the preparation ask for the same notes, and a long note is read once.
 */
export function languageCounter(settings: Pick<Settings, 'languageWatch'>): LanguageCounter {
	const check = createLanguageChecker(settings.languageWatch);
	const kept = new Map<string, Readonly<Record<string, number>>>();
	return (text, path) => {
		// "Not here" allows a phrase in one note: the same text counts differently in another note.
		const key = `${path ?? ''}\u0000${text}`;
		const known = kept.get(key);
		if (known) return known;
		const counts: Record<string, number> = {};
		for (const finding of check(text, undefined, path)) counts[finding.category] = (counts[finding.category] ?? 0) + 1;
		if (kept.size >= COUNTS_KEPT) kept.clear();
		kept.set(key, counts);
		return counts;
	};
}

const IDENTIFIER_KINDS: readonly IdentifierKind[] = PRIVACY_KINDS.filter((k): k is IdentifierKind => k !== 'name');

/**
 * Capitalised words that are not people: the pseudonyms' own words ("Borger C" is already a
 * pseudonym) and the method's names (tools, their parts, gazes, question categories), in both
 * languages, each word of a name on its own ("Jeg-Du" of "Jeg-Du møder").
 */
function notPeople(): string[] {
	const words = new Set<string>(['Borger', 'Borgeren', 'Beboer', 'Beboeren', 'Jeg-Det', 'I-It']);
	for (const lang of LANGS) for (const role of ['citizen', 'employee', 'relative']) words.add(translate(lang, `privacy.role.${role}`));
	const names = [
		...TOOL_CATALOGUE.flatMap((t) => [t.name, ...t.parts.map((p) => p.name)]),
		...GAZE_CATALOGUE.flatMap((g) => [g.name, ...g.focus.map((f) => f.name)]),
		...QUESTION_CATEGORY_CATALOGUE.map((c) => c.name),
	];
	for (const name of names) for (const lang of LANGS) for (const word of name[lang].split(/[\s(),:]+/)) if (word) words.add(word);
	return [...words];
}

/**
 * The privacy module as supervision uses it. One pseudonymiser per preparation keeps a growing list
 * of people, in the order first met, so a person keeps one pseudonym across every excerpt: a name the
 * privacy module flags ("fru Birthe Hansen") counts as a citizen, any other name it suggests (a
 * capitalised name inside a sentence) as an employee; every other kind of identifier becomes its
 * marker ("[telefon fjernet]"). Automatic, so the note tells her to check it.
 */
export function privacyPort(lang: Lang): PrivacyPort {
	const ignore = notPeople();
	return {
		detect: (text) => detectPrivacy(text),
		createPseudonymiser: (corpus = []) => {
			const people: PersonChoice[] = [];
			const seen = new Set<string>();
			const add = (name: string, role: PersonChoice['role']): void => {
				const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
				if (key === '' || seen.has(key)) return;
				seen.add(key);
				people.push({ name, role });
			};
			// One detection pass per text, shared by the names, the suggestions and the identifiers.
			const detected = new Map<string, readonly PrivacyFinding[]>();
			const findingsOf = (text: string): readonly PrivacyFinding[] => {
				let findings = detected.get(text);
				if (!findings) detected.set(text, (findings = detectPrivacy(text)));
				return findings;
			};
			// How many people were known when a text was last read: read again only when more are known.
			const readWith = new Map<string, number>();
			const learn = (text: string): void => {
				if (readWith.get(text) === people.length) return;
				const findings = findingsOf(text);
				for (const finding of findings) if (finding.kind === 'name' && finding.name) add(finding.name, 'citizen');
				for (const name of suggestPeople(text, ignore, findings, people.map((p) => p.name))) add(name, 'employee');
				readWith.set(text, people.length);
			};
			// Everyone named anywhere in the preparation first, then once more for the names that only
			// start a sentence in one text and are named inside a sentence in a later one.
			for (const text of corpus) learn(text);
			for (const text of corpus) learn(text);
			return (text) => {
				learn(text);
				return pseudonymise(text, { people, identifiers: IDENTIFIER_KINDS }, lang, findingsOf(text)).text;
			};
		},
	};
}

/** How many hits a search for one citizen or theme suggests. */
const SEARCH_LIMIT = 20;

/**
 * Searches only the period's notes (a small index built for the question), with the search module's
 * Danish-aware matching and its query language (`blik:selv`, quoted phrases, ...).
 */
export function searchAmong(query: string, notes: readonly JournalNote[]): readonly string[] {
	return SearchIndex.buildFrom(notes)
		.search(query, { limit: SEARCH_LIMIT })
		.results.map((r) => r.path);
}

/** The real services for these settings, writing in `lang`. */
export function supervisionServices(settings: Pick<Settings, 'languageWatch'>, lang: Lang): SupervisionServices {
	return {
		privacy: privacyPort(lang),
		languageCounts: languageCounter(settings),
		mirror: (notes, period) => mirrorFromReflectionJson(reflectionJson(computeReflection(notes, { from: period.from, to: period.to, today: period.to }), lang)),
		search: searchAmong,
	};
}
