/**
 * How words become search terms, the same way for notes and for queries: lowercase, æ/ø/å folded
 * to ae/oe/aa (and other accents dropped), then the Snowball Danish stemmer. Folding comes *before*
 * stemming so that `møde` and `moede` reach the stemmer as the same letters and always meet.
 */
import { stemmer } from '@orama/stemmers/danish';

/** A word found in a text, with its place (UTF-16 offsets, end exclusive). */
export interface WordToken {
	readonly word: string;
	readonly start: number;
	readonly end: number;
}

/**
 * Letters and digits, with the combining marks that follow them (text in NFD, as macOS writes it:
 * `ö` as `o` + U+0308); anything else (spaces, punctuation, `-`, `/`, `|`, `#`) separates words.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Every word in a text, in order, with offsets. */
export function wordTokens(text: string): WordToken[] {
	const tokens: WordToken[] = [];
	for (const match of text.matchAll(WORD)) {
		const start = match.index;
		tokens.push({ word: match[0], start, end: start + match[0].length });
	}
	return tokens;
}

/** Every word in a text, without offsets. */
export function words(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * Lowercase, with æ/ø/å as ae/oe/aa (ä/ö as ae/oe) and other accents dropped: `Ældre` → `aeldre`.
 * NFC first, so a word written in NFD (`a` + U+030A) folds as the word typed (`å`).
 */
export function foldWord(word: string): string {
	const lower = word.toLowerCase();
	if (/^[a-z0-9]*$/.test(lower)) return lower;
	return lower
		.normalize('NFC')
		.replace(/[æä]/g, 'ae')
		.replace(/[øö]/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

/**
 * Words too common to help find a note, in either language (the Snowball Danish list, shortened, and
 * a few English ones). `selv` is kept on purpose: it names the self gaze. Compared after folding.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'og i at det en den til er som paa de med han af for ikke der var mig sig men et har om vi min havde ham hun nu ' +
		'over da fra du ud sin dem os op man hans hvor eller hvad skal her alle vil blev kunne ind naar vaere dog noget ' +
		'ville jo deres efter ned skulle denne end dette mit ogsaa under have dig hende mine alt meget sit sine vor mod ' +
		'disse hvis din nogle hos blive mange ad bliver hendes vaeret jer saadan ' +
		'the a an and or of to in is it that for on with as was be at by this are were not but'
	).split(' '),
);

/** True when a folded word is too common to index. */
export function isStopword(folded: string): boolean {
	return STOPWORDS.has(folded);
}

/**
 * Turns words into index terms, remembering the words it has seen (a note's vocabulary repeats, and
 * stemming is the costly step). One per search index; the memory is bounded by `maxCached`.
 */
export class TermNormaliser {
	private readonly cache = new Map<string, string | null>();
	/** Stopwords as written → folded, for phrases (few words, but a third of all words in prose). */
	private readonly stops = new Map<string, string>();

	constructor(private readonly maxCached = 100_000) {}

	/** The term for a word, or null for a stopword. Digits are kept as they are. */
	term(word: string): string | null {
		const cached = this.cache.get(word);
		if (cached !== undefined) return cached;
		const result = computeTerm(word);
		if (this.cache.size >= this.maxCached) this.cache.clear();
		this.cache.set(word, result);
		return result;
	}

	/** The term a word stands for inside a phrase: stopwords count too (as their folded form). */
	phraseTerm(word: string): string {
		const term = this.term(word);
		if (term !== null) return term;
		let folded = this.stops.get(word);
		if (folded === undefined) {
			folded = foldWord(word);
			if (this.stops.size >= this.maxCached) this.stops.clear();
			this.stops.set(word, folded);
		}
		return folded;
	}

	/** The terms of a text, in order, stopwords left out. */
	terms(text: string): string[] {
		const out: string[] = [];
		for (const word of words(text)) {
			const term = this.term(word);
			if (term) out.push(term);
		}
		return out;
	}
}

/** Initials (`AT`, `PN`, `A` in `fru A`): one to three capitals, not a stopword even when they spell one. */
const INITIALS = /^\p{Lu}{1,3}$/u;

/** The term for a word without a cache; null for a stopword. Initials are kept as they are (lowercased). */
export function computeTerm(word: string): string | null {
	const folded = foldWord(word);
	if (folded === '') return null;
	if (INITIALS.test(word)) return folded;
	if (isStopword(folded)) return null;
	if (/^\p{N}+$/u.test(folded)) return folded;
	return stemmer(folded);
}
