/**
 * Pseudonymises a text after the user's choices: each chosen person gets one consistent pseudonym
 * ("Borger A", "Medarbejder 1" / "Citizen A", "Employee 1"), and chosen kinds of identifier are
 * replaced by a marker ("[CPR fjernet]" / "[CPR removed]"). Pure: it returns the new text and the
 * mapping; writing either anywhere is the caller's decision (the mapping is not kept by default).
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import { isWordCode } from '../language/tokens';
import { foldWord, isStopword } from '../search/terms';
import { emphasisMarksIn } from './cpr';
import { detectPrivacy, type PrivacyFinding, type PrivacyKind } from './detect';

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

/** The result: the new text and the key. */
export interface PseudonymiseResult {
	readonly text: string;
	readonly mapping: readonly PseudonymMapping[];
	/** Number of replacements made; 0 means the text is unchanged. */
	readonly replacements: number;
}

/** Titles that go with the name they stand before ("fru Hansen" becomes "Borger A"), longest first. */
const TITLES = ['miss', 'mrs.', 'frk.', 'mrs', 'frk', 'fru', 'hr.', 'mr.', 'ms.', 'hr', 'mr', 'ms'];

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
	/** Emphasis marks written inside the replaced text, put back after the replacement. */
	readonly marks?: string;
}

/** The text in lowercase, offset for offset (a character whose lowercase is longer, a dotted capital I, stays). */
function lowercaseAligned(text: string): string {
	const lowered = text.toLowerCase();
	if (lowered.length === text.length) return lowered;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text.charAt(i);
		const low = ch.toLowerCase();
		out += low.length === 1 ? low : ch;
	}
	return out;
}

/** Where the run of word characters from `at` ends. */
function wordEnd(text: string, at: number): number {
	let end = at;
	while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
	return end;
}

/** A name candidate: its key in the pseudonyms and its words (lowercase). */
interface NameMatcher {
	readonly key: string;
	readonly words: readonly string[];
}

const isLetterOrDigitAt = (text: string, i: number): boolean => i < text.length && /[\p{L}\p{N}]/u.test(text.charAt(i));

/**
 * The end of `name` written at `at` (any casing, words apart by any whitespace) with its genitive
 * `s`, `'s` or `’s` when one follows, and not followed by a letter or digit; null when it is not
 * there. `lower` is the text in lowercase, offset for offset. By hand rather than one expression per
 * name: a long note can hold thousands of names.
 */
function nameEnd(text: string, lower: string, at: number, words: readonly string[]): { end: number; genitive: boolean } | null {
	let i = at;
	for (let w = 0; w < words.length; w++) {
		if (w > 0) {
			const spaceFrom = i;
			while (i < text.length && /\s/.test(text.charAt(i))) i++;
			if (i === spaceFrom) return null;
		}
		const word = words[w] as string;
		if (!lower.startsWith(word, i)) return null;
		i += word.length;
	}
	for (const genitive of ['s', "'s", '’s']) {
		if (lower.startsWith(genitive, i) && !isLetterOrDigitAt(text, i + genitive.length)) return { end: i + genitive.length, genitive: true };
	}
	return isLetterOrDigitAt(text, i) ? null : { end: i, genitive: false };
}

const NONE: readonly NameMatcher[] = [];

/**
 * Where the chosen names stand in the text: whole words, any casing, words apart by any whitespace,
 * a genitive s kept, a title before the name taken along; longest name first where two start at
 * the same word ("Birthe Hansen" wins over "Birthe"). Driven by the words: at each word start only
 * the names beginning with that word are tried, so a long text with many names costs one pass.
 */
function nameSpans(text: string, pseudonyms: ReadonlyMap<string, string>): Span[] {
	const byFirstWord = new Map<string, NameMatcher[]>();
	for (const key of [...pseudonyms.keys()].sort((a, b) => b.length - a.length)) {
		const matcher = { key, words: key.split(' ') };
		const first = key.slice(0, wordEnd(key, 0));
		const list = byFirstWord.get(first);
		if (list) list.push(matcher);
		else byFirstWord.set(first, [matcher]);
	}
	const anyStart = byFirstWord.get('') ?? NONE;
	const lower = lowercaseAligned(text);
	const spans: Span[] = [];
	let end = 0;
	let at = 0;
	while (at < text.length) {
		const wordTo = wordEnd(text, at);
		// A word start (or a character that is no word): only the names that begin with this word.
		const word = lower.slice(at, wordTo);
		const exact = wordTo > at ? (byFirstWord.get(word) ?? NONE) : NONE;
		const genitive = wordTo > at && word.endsWith('s') ? (byFirstWord.get(word.slice(0, -1)) ?? NONE) : NONE;
		let matched = false;
		if (exact.length + genitive.length + anyStart.length > 0) {
			const candidates = genitive.length + anyStart.length === 0 ? exact : [...exact, ...genitive, ...anyStart].sort((a, b) => b.key.length - a.key.length);
			for (const { key, words } of candidates) {
				const m = nameEnd(text, lower, at, words);
				if (!m) continue;
				spans.push({ from: titleBefore(text, at, end), to: m.end, replacement: (pseudonyms.get(key) as string) + (m.genitive ? "'s" : ''), key });
				end = m.end;
				matched = true;
				break;
			}
		}
		// Next: after the name, else past this word and on to the next word start (whole words only,
		// checked by hand: iOS before 16.4 has no lookbehind).
		at = matched ? end : wordTo > at ? wordTo : at + 1;
		if (matched) while (at < text.length && at > 0 && isWordCode(text.charCodeAt(at - 1))) at++;
	}
	return spans;
}

/** Where a title right before the name at `at` starts ("fru Hansen"), or `at` when there is none. */
function titleBefore(text: string, at: number, notBefore: number): number {
	let j = at;
	while (j > notBefore && /\s/.test(text.charAt(j - 1))) j--;
	if (j === at) return at;
	for (const title of TITLES) {
		const from = j - title.length;
		if (from < notBefore || text.slice(from, j).toLowerCase() !== title) continue;
		return from > 0 && isWordCode(text.charCodeAt(from - 1)) ? at : from;
	}
	return at;
}

/** Applies the choices to a text. Unchosen people and kinds are left exactly as written. Pass `detectPrivacy(text)` when you have it. */
export function pseudonymise(text: string, choices: PseudonymiseChoices, lang: Lang, findings: readonly PrivacyFinding[] = detectPrivacy(text)): PseudonymiseResult {
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
	if (pseudonyms.size > 0) spans.push(...nameSpans(text, pseudonyms));
	const kinds = new Set<PrivacyKind>(choices.identifiers);
	if (kinds.size > 0) {
		for (const f of findings) {
			if (!kinds.has(f.kind)) continue;
			// A CPR number written across emphasis (`**150452**-1238`) keeps its marks, so bold stays closed.
			const marks = f.kind === 'cpr' ? emphasisMarksIn(f.match) : '';
			spans.push({ from: f.from, to: f.to, replacement: translate(lang, `privacy.replacement.${f.kind}`), key: `\u0000${f.match}`, marks });
		}
	}
	if (spans.length === 0) return { text, mapping: [], replacements: 0 };

	spans.sort((a, b) => a.from - b.from || b.to - a.to);
	const parts: string[] = [];
	const counts = new Map<string, { original: string; replacement: string; count: number }>();
	let at = 0;
	let replacements = 0;
	for (const span of spans) {
		if (span.from < at) continue;
		parts.push(text.slice(at, span.from), span.replacement, span.marks ?? '');
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
	return { text: parts.join(''), mapping: [...counts.values()], replacements };
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

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
const isLowerOrDigit = (ch: string): boolean => /[\p{Ll}\p{N}]/u.test(ch);
const isLetterOrDigit = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/**
 * Where a capitalised word stands in its sentence, read backwards from `at` within its line (bounded
 * by the word before it, so a long line costs no more than a short one): `inside` after a lowercase
 * word or a number ("og Karen"), `start` at the start of a sentence (the line's start, after `.`,
 * `!`, `?`, `:` or a list mark: "Karen fortalte"), else `other` (after a capitalised word, in quotes).
 */
function placeOf(body: string, lineStart: number, at: number): 'inside' | 'start' | 'other' {
	let i = at;
	while (i > lineStart && body.charCodeAt(i - 1) === 0x20) i--;
	const spaces = at - i;
	if (i === lineStart) return 'start';
	const prev = body.charAt(i - 1);
	if (spaces > 0 && (prev === '.' || prev === '!' || prev === '?' || prev === ':' || prev === '…')) return 'start';
	if (spaces === 0) return 'other';
	// `(?:^|[\s(])[\p{Ll}\p{N}][\p{L}\p{N}]*[,;)]? +$` by hand: the word before, then its punctuation.
	if (prev === ',' || prev === ';' || prev === ')') i--;
	let w = i;
	while (w > lineStart && isLetterOrDigit(body.charAt(w - 1))) w--;
	if (w === i || !isLowerOrDigit(body.charAt(w))) {
		// A list mark or a quote before the word: "- Karen kom", "> Karen kom".
		const rest = body.slice(lineStart, at).trim();
		return rest === '-' || rest === '*' || rest === '+' || rest === '>' || /^\d+[.)]$/.test(rest) ? 'start' : 'other';
	}
	return w === lineStart || isSpace(body.charCodeAt(w - 1)) || body.charAt(w - 1) === '(' ? 'inside' : 'other';
}

/** A title or a common word, never the start of a name. */
function isLeading(word: string): boolean {
	const lower = word.toLowerCase();
	return LEADING.has(lower) || isStopword(foldWord(lower));
}

/**
 * People the user may want to pseudonymise: names after "fru/hr." and capitalised words inside a
 * sentence (in Danish, mostly proper nouns). Only suggestions; she picks. Initials (SK, AB) and single
 * letters are pseudonyms already and are left out. One pass over the text, whatever its length
 * (pass `detectPrivacy(text)` when you have it).
 */
export function suggestPeople(
	text: string,
	ignore: readonly string[] = [],
	findings: readonly PrivacyFinding[] = detectPrivacy(text),
	alsoNamed: readonly string[] | null = null,
): string[] {
	const skip = new Set(ignore.map((w) => w.toLowerCase()));
	const found = new Map<string, string>();
	const add = (name: string): void => {
		const n = normaliseName(name);
		const key = n.toLowerCase();
		if (n.length < 2 || skip.has(key) || MONTHS_AND_DAYS.has(key) || found.has(key)) return;
		found.set(key, n);
	};
	for (const f of findings) if (f.kind === 'name' && f.name) add(f.name);
	const body = text.replace(/^---\n[\s\S]*?\n---\n/, (fm) => ' '.repeat(fm.length));
	const re = /[A-ZÆØÅ][a-zæøåéèüöäë]+(?:[ -][A-ZÆØÅ][a-zæøåéèüöäë]+)*/gu;
	const atSentenceStart: string[] = [];
	// What lies before the current match on its line, kept up to date as the matches move forward.
	let lineStart = 0;
	let heading = false;
	let scanned = 0;
	let lastClose = -1;
	let lastLinkOpen = -1;
	let lastCalloutOpen = -1;
	let lastHash = -1;
	let lastSpace = -1;
	const startLine = (at: number): void => {
		lineStart = at;
		lastClose = lastLinkOpen = lastCalloutOpen = lastHash = lastSpace = at - 1;
		let i = at;
		while (i < body.length && (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09)) i++;
		heading = body.charCodeAt(i) === 0x23;
	};
	startLine(0);
	for (let m = re.exec(body); m !== null; m = re.exec(body)) {
		for (; scanned < m.index; scanned++) {
			const c = body.charCodeAt(scanned);
			if (c === 0x0a) startLine(scanned + 1);
			else if (c === 0x5d) lastClose = scanned;
			else if (c === 0x5b && body.charCodeAt(scanned + 1) === 0x5b && scanned + 1 < m.index) lastLinkOpen = scanned;
			else if (c === 0x5b && body.charCodeAt(scanned + 1) === 0x21 && scanned + 1 < m.index) lastCalloutOpen = scanned;
			else if (c === 0x23) lastHash = scanned;
			else if (isSpace(c)) lastSpace = scanned;
		}
		// Not in headings, links, tags or callout titles.
		if (heading || lastLinkOpen > lastClose || lastHash > lastSpace || lastCalloutOpen > lastClose) continue;
		// Two capitalised words are a name anywhere; one only inside a sentence, after a lowercase word.
		const inside = placeOf(body, lineStart, m.index) === 'inside';
		const words = m[0].split(' ');
		const all = words.length;
		// A sentence's first word before a name is no part of it ("Hos Karen", "For Mrs").
		while (words.length > 0 && isLeading(words[0] as string)) words.shift();
		if (words.length === 0 || words.some((w) => MONTHS_AND_DAYS.has(w.toLowerCase()))) continue;
		if (words.length > 1 || (inside && words.length === all)) add(words.join(' '));
		else if (words.length === 1 && all === 1 && placeOf(body, lineStart, m.index) === 'start') atSentenceStart.push(words[0] as string);
	}
	// A single capitalised word at the start of a sentence ("Karen fortalte ...") is a name when the
	// text names it elsewhere: inside a sentence, after a title, or as part of a full name. Alone it
	// could be any word ("Mødet", "Bagefter"): on the demo vault, taking every sentence-start word
	// that is never written in lowercase offered 16 words more, 13 of them ordinary ones.
	if (atSentenceStart.length > 0) {
		// The words of the names, without the common words a capitalised pair can hold ("Hos Borger").
		const known = new Set<string>(
			[...found.keys(), ...(alsoNamed ?? [])].flatMap((name) => name.toLowerCase().split(/[ -]/)).filter((w) => !isLeading(w)),
		);
		for (const word of atSentenceStart) if (known.has(word.toLowerCase())) add(word);
	}
	// "Hansens" is the genitive of "Hansen".
	for (const key of [...found.keys()]) if (key.endsWith('s') && found.has(key.slice(0, -1))) found.delete(key);
	return [...found.values()];
}
