import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLanguageCategory, LANGUAGE_CATEGORIES, LEXICON, type Guard, type LanguageCategory } from '../../../src/core/language/lexicon';
import { hashWord, tokenize, words, type Tokens } from '../../../src/core/language/tokens';
import { contextAllows } from '../../../src/core/language/context';
import { allowedHere, createLanguageChecker, expandPattern, formFindingAt, isQuoted, notHereRules, passesGuard, type LanguageWatchOptions } from '../../../src/core/language/watch';
import type { CustomPhrase } from '../../../src/core/settings';

/**
 * The language watch skips most words without looking at its tries (a bit table and a set of first
 * words' hashes, `mayStep`, hashed trie branches). This file checks it against a plain reference
 * that has none of that: at every word it tries every expanded pattern, word by word, as strings.
 * The reference shares the tokenizer (guarded by tokens.property.test.ts), the guards and
 * quoting (`passesGuard`, `isQuoted`), the sentence context (`contextAllows`), her allowed and "not
 * here" words (`allowedHere`) and the findings by a word's form (`formFindingAt`, tried at every word
 * no phrase starts at), so a difference can only come from finding the candidates.
 */

const NUM = 'zqnumz';
const TIME = 'zqtimez';

/** One expanded pattern, in the order the watch compiles them. */
interface RefPattern {
	readonly entryId: string;
	readonly category: LanguageCategory;
	readonly guard: Guard | undefined;
	/** Lowercased words; NUM or TIME where any number (or clock time) fits. */
	readonly words: readonly string[];
	/** 0 for her own phrases, 1 for the lexicon: hers are tried first among equally long matches. */
	readonly source: 0 | 1;
}

const LEXICON_PATTERNS: readonly RefPattern[] = LEXICON.flatMap((entry) =>
	[...entry.da, ...entry.en].flatMap((spec) => {
		const pattern = typeof spec === 'string' ? spec : spec.pattern;
		const guard = typeof spec === 'string' ? entry.guard : spec.guard;
		return expandPattern(pattern).map((expanded): RefPattern => ({ entryId: entry.id, category: entry.category, guard, words: words(expanded), source: 1 }));
	}),
).filter((p) => p.words.length > 0);

function customPatterns(phrases: readonly CustomPhrase[]): RefPattern[] {
	return phrases
		.flatMap((p): RefPattern[] => (isLanguageCategory(p.category) ? [{ entryId: 'custom', category: p.category, guard: undefined, words: words(p.phrase), source: 0 }] : []))
		.filter((p) => p.words.length > 0);
}

/** True when `pattern` is written from word `i`: same words, numbers where it wants numbers, no sentence break between. */
function writtenAt(text: string, t: Tokens, i: number, pattern: RefPattern): boolean {
	if (i + pattern.words.length > t.count) return false;
	for (let k = 0; k < pattern.words.length; k++) {
		const j = i + k;
		const want = pattern.words[k];
		const word = want === NUM || want === TIME ? text.slice(t.starts[j], t.ends[j]) : '';
		if (want === NUM) {
			if (!/^[0-9]/.test(word)) return false;
		} else if (want === TIME) {
			if (!/^[0-9]/.test(word) || !/[.:]/.test(word)) return false;
		} else if (t.norm(j) !== want) return false;
		if (k > 0 && /[.!?;:\n]/.test(text.slice(t.ends[j - 1], t.starts[j]))) return false;
	}
	return true;
}

/** A literal word before a number, a number before a clock time: the order the watch walks its trie branches. */
function kindRank(word: string): number {
	return word === NUM ? 1 : word === TIME ? 2 : 0;
}

/** What the watch reports, without the fields that follow from these (match, line, column). */
interface Found {
	readonly entryId: string;
	readonly category: string;
	readonly from: number;
	readonly to: number;
	readonly quoted: boolean;
}

/**
 * The reference: at each word, every pattern that is written there, longest first (hers first,
 * then literal words before numbers, then lexicon order), the first that is switched on, passes
 * its guard and holds no allowed word wins; the next search starts after it.
 */
function referenceCheck(text: string, options: LanguageWatchOptions, path?: string): Found[] {
	const disabled = new Set(options.disabledCategories ?? []);
	const allow = new Set((options.allowWords ?? []).map((w) => words(w).join(' ')).filter((w) => w !== ''));
	const notHere = notHereRules(options);
	const patterns = [...customPatterns(options.customPhrases ?? []), ...LEXICON_PATTERNS];
	const t = tokenize(text);
	const found: Found[] = [];
	let i = 0;
	while (i < t.count) {
		const here: { pattern: RefPattern; order: number }[] = [];
		patterns.forEach((pattern, order) => {
			if (writtenAt(text, t, i, pattern)) here.push({ pattern, order });
		});
		here.sort((a, b) => {
			const byLength = b.pattern.words.length - a.pattern.words.length;
			if (byLength !== 0 || a.pattern.source !== b.pattern.source) return byLength || a.pattern.source - b.pattern.source;
			for (let k = 0; k < a.pattern.words.length; k++) {
				const byKind = kindRank(a.pattern.words[k] ?? '') - kindRank(b.pattern.words[k] ?? '');
				if (byKind !== 0) return byKind;
			}
			return a.order - b.order;
		});
		let next = i + 1;
		let hit = false;
		for (const { pattern } of here) {
			const end = i + pattern.words.length - 1;
			const from = t.starts[i] as number;
			const to = t.ends[end] as number;
			if (disabled.has(pattern.category)) continue;
			if (!passesGuard(pattern.guard, text, t, i, end, () => isQuoted(text, t, i, from, to))) continue;
			if (!contextAllows(pattern.category, text, t, i, end)) continue;
			if (allowedHere(t, i, end, allow, notHere, path)) continue;
			found.push({ entryId: pattern.entryId, category: pattern.category, from, to, quoted: isQuoted(text, t, i, from, to) });
			next = end + 1;
			hit = true;
			break;
		}
		if (!hit) {
			const form = formFindingAt(text, t, i);
			const from = t.starts[i] as number;
			const to = t.ends[i] as number;
			if (form && !disabled.has(form.category) && contextAllows(form.category, text, t, i, i) && !allowedHere(t, i, i, allow, notHere, path)) {
				found.push({ entryId: form.entryId, category: form.category, from, to, quoted: isQuoted(text, t, i, from, to) });
			}
		}
		i = next;
	}
	return found;
}

// ---- generated texts --------------------------------------------------------------------------

/**
 * A word that is not `word` but hashes like it (two letters traded for a lower one and a Latin-1
 * one: 31·c1 + c2 = 31·(c1 − 4) + (c2 + 124)), or null. Only the words themselves tell them apart.
 */
function hashTwin(word: string): string | null {
	for (let k = word.length - 1; k >= 1; k--) {
		const c1 = word.charCodeAt(k - 1);
		const c2 = word.charCodeAt(k);
		if (c1 >= 0x65 && c1 <= 0x7a && c2 >= 0x64 && c2 <= 0x7a) {
			const twin = word.slice(0, k - 1) + String.fromCharCode(c1 - 4, c2 + 124) + word.slice(k + 1);
			return hashWord(twin) === hashWord(word) ? twin : null;
		}
	}
	return null;
}

const VOCABULARY = [...new Set(LEXICON_PATTERNS.flatMap((p) => p.words))].filter((w) => w !== NUM && w !== TIME);
const FIRST_WORDS = [...new Set(LEXICON_PATTERNS.map((p) => p.words[0] as string))];
const TWINS = [...FIRST_WORDS, ...VOCABULARY].map(hashTwin).filter((w): w is string => w !== null);
/** The lexicon's guards: the entries' and the patterns' own. */
const GUARDS = LEXICON.flatMap((e) => [e.guard, ...[...e.da, ...e.en].map((s) => (typeof s === 'string' ? undefined : s.guard))]);
const GUARD_WORDS = [...new Set(GUARDS.flatMap((g) => [...(g?.notAfter ?? []), ...(g?.before ?? []), ...(g?.notBefore ?? [])]))].filter((w) => w !== '');
const FILLER = ['og', 'hun', 'han', 'sagde', 'i dag', 'på', 'stue', 'borgeren', 'at', 'hej', 'ikke', 'er', 'meget', 'der', 'det', 'en', 'jeg', 'vi', 'fru Hansen', 'SK', 'mener', 'kaldte', 'synes', 'kaffe', 'badet', 'Anna', 'liftborgeren', 'sondepatient', 'alzheimertilfælde', 'medborgere', "16'eren", "bus 5'eren", 'ordet', "'", 'the word', 'mor', 'overhovedet', 'ringer', 'in bay', 'needs'];
const NUMBERS = ['12', '3', '9', '0', '07', '2024', '8.30', '12:15', '9.05', '3,5', '99'];
const PUNCTUATION = [',', '.', '!', '?', ';', ':', '"', '„', '“', '”', '»', '«', '(', ')', '–', '-', "'", '’', '\n', '\n\n', '…'];
/** Her own phrases: lexicon words in new company, words the lexicon never starts with, numbers, twins. */
const OWN_WORDS = ['kaffekop', 'gulvet', 'blå stol', 'tøsen', 'madammen', 'skrigeren', 'sur', 'gammel', '12 kopper', '9', 'ikke', 'Anna', 'hr. Olsen', 'kol’eren'];

const patternIndex = fc.nat(LEXICON_PATTERNS.length - 1);
/** The few patterns with a number in them (under 2 %), drawn on their own so numbers get tested. */
const NUMBER_PATTERNS = LEXICON_PATTERNS.flatMap((p, at) => (p.words.some((w) => w === NUM || w === TIME) ? [at] : []));
const CLOCK_TIMES = ['8.30', '12:15', '9.05', '0.45', '07:00'];

/** A lexicon pattern as it could be written, with numbers and clock times where it wants them. */
function writtenPattern(index: fc.Arbitrary<number>): fc.Arbitrary<string> {
	return fc.tuple(index, fc.array(fc.constantFrom(...NUMBERS), { minLength: 4, maxLength: 4 }), fc.constantFrom(...CLOCK_TIMES)).map(([at, numbers, time]) => {
		let n = 0;
		return (LEXICON_PATTERNS[at]?.words ?? []).map((w) => (w === NUM ? (numbers[n++ % 4] as string) : w === TIME ? time : w)).join(' ');
	});
}
const lexiconPhrase = writtenPattern(patternIndex);
const numberPhrase = writtenPattern(fc.constantFrom(...NUMBER_PATTERNS));
/** A pattern's words in another order, some left out: near misses. */
const scrambledPhrase = patternIndex
	.chain((at) => fc.shuffledSubarray((LEXICON_PATTERNS[at]?.words ?? []).map((w) => (w === NUM ? '12' : w === TIME ? '9.05' : w)), { minLength: 1 }))
	.map((ws) => ws.join(' '));

const caseChange = fc.constantFrom(
	(s: string) => s,
	(s: string) => s,
	(s: string) => s.toUpperCase(),
	(s: string) => s.charAt(0).toUpperCase() + s.slice(1),
	(s: string) => [...s].map((c, k) => (k % 2 === 0 ? c.toUpperCase() : c)).join(''),
);

function noteText(own: readonly string[]): fc.Arbitrary<string> {
	const part = fc.oneof(
		{ weight: 5, arbitrary: lexiconPhrase },
		{ weight: 1, arbitrary: numberPhrase },
		{ weight: 2, arbitrary: scrambledPhrase },
		{ weight: 3, arbitrary: fc.constantFrom(...VOCABULARY) },
		{ weight: 1, arbitrary: fc.constantFrom(...TWINS) },
		{ weight: 2, arbitrary: fc.constantFrom(...GUARD_WORDS) },
		{ weight: 3, arbitrary: fc.constantFrom(...FILLER) },
		{ weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
		{ weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
		{ weight: own.length > 0 ? 4 : 0, arbitrary: own.length > 0 ? fc.constantFrom(...own) : fc.constant('') },
	);
	const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '\t');
	return fc.array(fc.tuple(part, caseChange, separator), { maxLength: 24 }).map((parts) => parts.map(([p, change, sep]) => change(p) + sep).join(''));
}

const ownPhrase: fc.Arbitrary<CustomPhrase> = fc.record({
	phrase: fc.oneof(
		fc.constantFrom(...OWN_WORDS),
		fc.constantFrom(...TWINS),
		lexiconPhrase,
		fc.tuple(fc.constantFrom(...OWN_WORDS), fc.constantFrom(...VOCABULARY)).map(([a, b]) => `${a} ${b}`),
		fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...OWN_WORDS)).map(([a, b]) => `${a} ${b}`),
	),
	category: fc.constantFrom<string>(...LANGUAGE_CATEGORIES, 'not-a-category'),
});

const options: fc.Arbitrary<LanguageWatchOptions> = fc.record({
	customPhrases: fc.array(ownPhrase, { maxLength: 4 }),
	disabledCategories: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray([...LANGUAGE_CATEGORIES]) }),
	allowWords: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...VOCABULARY, ...OWN_WORDS), { maxLength: 3 }) }),
	notHere: fc.array(fc.record({ phrase: fc.oneof(lexiconPhrase, fc.constantFrom(...VOCABULARY)), path: fc.constantFrom(null, 'a.md', 'b.md') }), { maxLength: 3 }),
});

/** Her options with a text that uses her own phrases too. */
const optionsAndText = options.chain((o) =>
	fc.tuple(fc.constant(o), noteText([...(o.customPhrases ?? []).map((p) => p.phrase), ...(o.notHere ?? []).map((r) => r.phrase)]), fc.constantFrom(undefined, 'a.md', 'b.md')),
);

function watchFinds(check: ReturnType<typeof createLanguageChecker>, text: string, path?: string): Found[] {
	return check(text, undefined, path).map(({ entryId, category, from, to, quoted }) => ({ entryId, category, from, to, quoted }));
}

describe('the language watch against a reference without prefilters', () => {
	it('the generated texts have twins that hash like lexicon words, and lexicon words that share a bit', () => {
		expect(TWINS.length).toBeGreaterThan(100);
		const lowBits = new Map<number, number>();
		for (const w of FIRST_WORDS) lowBits.set(hashWord(w) & 0xffff, (lowBits.get(hashWord(w) & 0xffff) ?? 0) + 1);
		expect([...lowBits.values()].some((n) => n > 1)).toBe(true);
	});

	it('finds the same phrases with the default options', () => {
		const check = createLanguageChecker();
		fc.assert(
			fc.property(noteText([]), (text) => {
				expect(watchFinds(check, text)).toEqual(referenceCheck(text, {}));
			}),
			{ numRuns: 400 },
		);
	}, 60_000);

	it('finds the same phrases with her own phrases, categories switched off, allowed words and "not here"', () => {
		fc.assert(
			fc.property(optionsAndText, ([o, text, path]) => {
				expect(watchFinds(createLanguageChecker(o), text, path)).toEqual(referenceCheck(text, o, path));
			}),
			{ numRuns: 400 },
		);
	}, 60_000);
});
