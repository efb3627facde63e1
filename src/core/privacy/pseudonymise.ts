/**
 * Pseudonymises a text after the user's choices: each chosen person gets one consistent pseudonym
 * ("Borger A", "Medarbejder 1" / "Citizen A", "Employee 1"), and chosen kinds of identifier are
 * replaced by a marker ("[CPR fjernet]" / "[CPR removed]"). Pure: it returns the new text and the
 * mapping; writing either anywhere is the caller's decision (the mapping is not kept by default).
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import { isWordCode } from '../language/tokens';
import { detectPrivacy, type PrivacyKind } from './detect';

/** Who a person is in the note; decides the pseudonym's word. */
export type PersonRole = 'citizen' | 'employee' | 'relative';

/** A person the user chose to replace. */
export interface PersonChoice {
	/** The name as written in the note, e.g. "Birthe Hansen" (matched as whole words, any casing). */
	readonly name: string;
	readonly role: PersonRole;
}

/** Identifier kinds that are replaced by a marker (names are handled as people). */
export type IdentifierKind = Exclude<PrivacyKind, 'name'>;

/** What the user chose in the "Pseudonymise this note…" dialogue. */
export interface PseudonymiseChoices {
	readonly people: readonly PersonChoice[];
	/** Which kinds of identifier to replace. */
	readonly identifiers: readonly IdentifierKind[];
}

/** One line of the key: what was replaced by what, and how often. */
export interface PseudonymMapping {
	readonly original: string;
	readonly replacement: string;
	readonly count: number;
}

/** One replacement, in offsets of the original text. */
export interface TextEdit {
	readonly from: number;
	readonly to: number;
	readonly text: string;
}

/** The result: the new text and the key. */
export interface PseudonymiseResult {
	readonly text: string;
	readonly mapping: readonly PseudonymMapping[];
	/** Number of replacements made; 0 means the text is unchanged. */
	readonly replacements: number;
	/**
	 * The replacements as edits of the original text, in order, not overlapping: applying them gives
	 * `text`. An open editor applies these alone, so the cursor, folds and undo history stay.
	 */
	readonly edits: readonly TextEdit[];
}

const TITLE = "(?:(?:[Ff]ru|[Hh]r\\.?|[Ff]rk\\.?|Mrs\\.?|Mr\\.?|Ms\\.?|Miss)\\s+)?";

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normaliseName(name: string): string {
	return name.trim().replace(/\s+/g, ' ');
}

/** The pseudonym for the n-th (0-based) person of a role: "Borger A", "Medarbejder 1", "Pårørende 1". */
export function pseudonymFor(role: PersonRole, n: number, lang: Lang): string {
	const word = translate(lang, `privacy.role.${role}`);
	if (role === 'citizen') {
		let label = '';
		let k = n;
		do {
			label = String.fromCharCode(65 + (k % 26)) + label;
			k = Math.floor(k / 26) - 1;
		} while (k >= 0);
		return `${word} ${label}`;
	}
	return `${word} ${n + 1}`;
}

interface Span {
	readonly from: number;
	readonly to: number;
	readonly replacement: string;
	readonly key: string;
}

/** Applies the choices to a text. Unchosen people and kinds are left exactly as written. */
export function pseudonymise(text: string, choices: PseudonymiseChoices, lang: Lang): PseudonymiseResult {
	const spans: Span[] = [];
	const pseudonyms = new Map<string, string>();
	const originals = new Map<string, string>();
	const counters: Record<PersonRole, number> = { citizen: 0, employee: 0, relative: 0 };
	for (const person of choices.people) {
		const name = normaliseName(person.name);
		const key = name.toLowerCase();
		if (name === '' || pseudonyms.has(key)) continue;
		pseudonyms.set(key, pseudonymFor(person.role, counters[person.role]++, lang));
		originals.set(key, name);
	}
	if (pseudonyms.size > 0) {
		// Longest names first, so "Birthe Hansen" wins over "Birthe"; a title before the name goes too.
		const names = [...pseudonyms.keys()].sort((a, b) => b.length - a.length);
		const alternatives = names.map((n) => n.split(' ').map(escapeRegExp).join('\\s+')).join('|');
		const re = new RegExp(`${TITLE}(${alternatives})(s|'s|’s)?(?![\\p{L}\\p{N}])`, 'giu');
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			// Whole words only (checked by hand: iOS before 16.4 has no lookbehind).
			if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) {
				re.lastIndex = m.index + 1;
				continue;
			}
			const key = normaliseName(m[1] as string).toLowerCase();
			const pseudonym = pseudonyms.get(key);
			if (pseudonym === undefined) continue;
			const genitive = m[2] === undefined ? '' : "'s";
			spans.push({ from: m.index, to: m.index + m[0].length, replacement: pseudonym + genitive, key });
		}
	}
	const kinds = new Set<PrivacyKind>(choices.identifiers);
	if (kinds.size > 0) {
		for (const f of detectPrivacy(text)) {
			if (!kinds.has(f.kind)) continue;
			spans.push({ from: f.from, to: f.to, replacement: translate(lang, `privacy.replacement.${f.kind}`), key: `\u0000${f.match}` });
		}
	}
	if (spans.length === 0) return { text, mapping: [], replacements: 0, edits: [] };

	spans.sort((a, b) => a.from - b.from || b.to - a.to);
	const parts: string[] = [];
	const edits: TextEdit[] = [];
	const counts = new Map<string, { original: string; replacement: string; count: number }>();
	let at = 0;
	let replacements = 0;
	for (const span of spans) {
		if (span.from < at) continue;
		parts.push(text.slice(at, span.from), span.replacement);
		edits.push({ from: span.from, to: span.to, text: span.replacement });
		at = span.to;
		replacements++;
		const isPerson = !span.key.startsWith('\u0000');
		const original = isPerson ? (originals.get(span.key) as string) : span.key.slice(1);
		const replacement = isPerson ? (pseudonyms.get(span.key) as string) : span.replacement;
		const entry = counts.get(span.key);
		if (entry) entry.count++;
		else counts.set(span.key, { original, replacement, count: 1 });
	}
	parts.push(text.slice(at));
	return { text: parts.join(''), mapping: [...counts.values()], replacements, edits };
}

const MONTHS_AND_DAYS = new Set([
	'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
	'january', 'february', 'march', 'may', 'june', 'july', 'october',
	'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words that start a sentence or are titles, never the start of a name. */
const LEADING = new Set([
	'fru', 'hr', 'frk', 'mrs', 'mr', 'ms', 'miss', 'på', 'i', 'den', 'det', 'de', 'han', 'hun', 'vi', 'jeg', 'om', 'efter', 'før', 'til',
	'med', 'og', 'men', 'så', 'da', 'når', 'hvis', 'the', 'a', 'an', 'on', 'in', 'at', 'we', 'she', 'he', 'they', 'it', 'and', 'but',
]);

/**
 * People the user may want to pseudonymise: names after "fru/hr." and capitalised words inside a
 * sentence (in Danish, mostly proper nouns). Only suggestions; she picks. Initials (SK, AB) and single
 * letters are pseudonyms already and are left out.
 */
export function suggestPeople(text: string, ignore: readonly string[] = []): string[] {
	const skip = new Set(ignore.map((w) => w.toLowerCase()));
	const found = new Map<string, string>();
	const add = (name: string): void => {
		const n = normaliseName(name);
		const key = n.toLowerCase();
		if (n.length < 2 || skip.has(key) || MONTHS_AND_DAYS.has(key) || found.has(key)) return;
		found.set(key, n);
	};
	for (const f of detectPrivacy(text)) if (f.kind === 'name' && f.name) add(f.name);
	const body = text.replace(/^---\n[\s\S]*?\n---\n/, (fm) => ' '.repeat(fm.length));
	const re = /[A-ZÆØÅ][a-zæøåéèüöäë]+(?:[ -][A-ZÆØÅ][a-zæøåéèüöäë]+)*/gu;
	for (let m = re.exec(body); m !== null; m = re.exec(body)) {
		const lineStart = body.lastIndexOf('\n', m.index) + 1;
		const before = body.slice(lineStart, m.index);
		// Not in headings, links, tags or callout titles.
		if (/^\s*#|\[\[[^\]]*$|#\S*$|\[![^\]]*$/.test(before)) continue;
		// Two capitalised words are a name anywhere; one only inside a sentence, after a lowercase word.
		const inside = /(?:^|[\s(])[\p{Ll}\p{N}][\p{L}\p{N}]*[,;)]? +$/u.test(before);
		const words = m[0].split(' ');
		while (words.length > 0 && LEADING.has((words[0] as string).toLowerCase())) words.shift();
		if (words.length === 0 || words.some((w) => MONTHS_AND_DAYS.has(w.toLowerCase()))) continue;
		if (words.length > 1 || (inside && words.length === m[0].split(' ').length)) add(words.join(' '));
	}
	// "Hansens" is the genitive of "Hansen".
	for (const key of [...found.keys()]) if (key.endsWith('s') && found.has(key.slice(0, -1))) found.delete(key);
	return [...found.values()];
}
