/**
 * Finding search terms in a note's text, for snippets: the words are read in order and each is
 * turned into its term by the same normaliser the index uses (which remembers the words it has
 * seen), so a word counts exactly when the index would have matched it. Used at query time on the
 * few notes shown.
 */
import { WORD, type TermNormaliser } from './terms';

/** A word found by a matcher: where it is and what it says. */
export interface FoundWord {
	readonly word: string;
	readonly start: number;
	readonly end: number;
}


/** Finds words whose term is in a set. */
export class TermMatcher {
	/**
	 * The first letters the terms start with. A term is the start of its word folded (lowercase, æ/ø/å
	 * as ae/oe/aa), so a word whose first letter is not among these cannot match: most words of a note
	 * are passed over without asking the normaliser.
	 */
	private readonly initials = new Set<string>();

	constructor(
		private readonly terms: ReadonlySet<string>,
		private readonly normaliser: TermNormaliser,
	) {
		for (const term of terms) this.initials.add(term.charAt(0));
	}

	/** True when the word's term is one of the set. */
	matches(word: string): boolean {
		const term = this.normaliser.term(word);
		return term !== null && this.terms.has(term);
	}

	/** The first word in the text whose term is one of the set, or null. */
	first(text: string): FoundWord | null {
		if (this.terms.size === 0) return null;
		for (const match of text.matchAll(WORD)) {
			if (!this.mayMatch(match[0])) continue;
			if (this.matches(match[0])) return { word: match[0], start: match.index, end: match.index + match[0].length };
		}
		return null;
	}

	/** False when the word's first letter rules it out; true when it may match (non-ASCII letters always may). */
	private mayMatch(word: string): boolean {
		const code = word.charCodeAt(0);
		if (code >= 0x80) return true;
		return this.initials.has(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : word.charAt(0));
	}
}
