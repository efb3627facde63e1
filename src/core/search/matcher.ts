/**
 * Finding search terms in a note's text without tokenising and stemming all of it. A term is always
 * a prefix of its folded word (the Danish stemmer only removes endings), so a regular expression
 * made from the terms, with æ/ø/å and accents allowed where the term has ae/oe/aa or a vowel, finds
 * every place a term *may* stand; each place is then confirmed with the real normaliser. Used for
 * snippets (the first match) and for phrases (consecutive words), at query time, on a few notes.
 */
import type { TermNormaliser } from './terms';

const WORD_CHAR = '[\\p{L}\\p{N}]';
const NOT_WORD = '[^\\p{L}\\p{N}]';
const PAIRS: Readonly<Record<string, string>> = { ae: '(?:ae|æ|ä)', oe: '(?:oe|ø|ö)', aa: '(?:aa|å)' };
const LETTERS: Readonly<Record<string, string>> = {
	a: '[aáàâ]',
	e: '[eéèêë]',
	i: '[iíìîï]',
	o: '[oóòô]',
	u: '[uúùûü]',
	y: '[yý]',
	c: '[cç]',
	n: '[nñ]',
};

/**
 * A pattern matching the start of any word whose term may be `term` (case is left to the `i` flag).
 * Where `ae`/`oe`/`aa` could be one folded letter or two letters (`aae` from `åe` or from `aæ`),
 * both readings are allowed.
 */
export function termPattern(term: string): string {
	// Each ambiguous place doubles the readings; a long run of them (`aaaaaaaa…` typed) reads greedily.
	const ambiguous = [...term.matchAll(/(?=(ae|oe|aa))/g)].length > 6;
	const memo = new Map<number, string>();
	const from = (i: number): string => {
		if (i >= term.length) return '';
		const known = memo.get(i);
		if (known !== undefined) return known;
		const c = term[i] ?? '';
		const pair = PAIRS[term.slice(i, i + 2)];
		const single = pair && ambiguous ? '' : (LETTERS[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + from(i + 1);
		const pattern = pair ? (ambiguous ? `${pair}${from(i + 2)}` : `(?:${pair}${from(i + 2)}|${single})`) : single;
		memo.set(i, pattern);
		return pattern;
	};
	return from(0);
}

/** A word found by a matcher: where it is and what it says. */
export interface FoundWord {
	readonly word: string;
	readonly start: number;
	readonly end: number;
}

/** Finds words whose term is in a set. */
export class TermMatcher {
	private readonly pattern: RegExp | null;

	constructor(
		private readonly terms: ReadonlySet<string>,
		private readonly normaliser: TermNormaliser,
	) {
		const alternatives = [...terms].sort((a, b) => b.length - a.length).map(termPattern);
		this.pattern = alternatives.length === 0 ? null : new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})${WORD_CHAR}*`, 'giu');
	}

	/** True when the word's term is one of the set. */
	matches(word: string): boolean {
		const term = this.normaliser.term(word);
		return term !== null && this.terms.has(term);
	}

	/** The first word in the text whose term is one of the set, or null. */
	first(text: string): FoundWord | null {
		if (!this.pattern) return null;
		const re = new RegExp(this.pattern);
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (this.matches(m[0])) return { word: m[0], start: m.index, end: m.index + m[0].length };
		}
		return null;
	}
}

/** Finds a run of consecutive words whose phrase terms are given (stopwords count, as their folded form). */
export class PhraseMatcher {
	private readonly pattern: RegExp;

	constructor(
		private readonly phrase: readonly string[],
		private readonly normaliser: TermNormaliser,
	) {
		const parts = phrase.map((term) => `${termPattern(term)}${WORD_CHAR}*`);
		this.pattern = new RegExp(`(?<!${WORD_CHAR})${parts.join(`${NOT_WORD}+`)}`, 'giu');
	}

	/** True when the phrase occurs in the text. */
	occursIn(text: string): boolean {
		const re = new RegExp(this.pattern);
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const found = m[0].match(/[\p{L}\p{N}]+/gu) ?? [];
			if (found.length === this.phrase.length && found.every((word, i) => this.normaliser.phraseTerm(word) === this.phrase[i])) return true;
			re.lastIndex = m.index + 1;
		}
		return false;
	}
}
