/**
 * Finds every match of a rule's pattern in a text, exactly as `text.matchAll(pattern)` does, without
 * running the pattern over the whole text. Most rules' patterns start with a plain word, or with a
 * group of plain alternatives: a match can only start where one of those words occurs, so the
 * pattern is tried, anchored (sticky), at those places alone, after the rule's word-start guard
 * (`guard.ts`, what used to be a lookbehind) allows the place. Patterns of
 * the form `[\p{L}\p{N}]*word…` are run from the start of the run of letters around each occurrence
 * of the word. Any other pattern is run over the whole text, as before. The words' places come from
 * one pass over the lowercased text (a `NeedleSet`, which also holds any other words the caller asks
 * about, such as the rules' needles).
 *
 * Why this is exact: the candidates are a superset of the places a match can start, tried in
 * order from where the last match ended, which is how `matchAll` proceeds (of the pattern with its
 * guard written as a lookbehind). The one assumption is that
 * a character the pattern matches case-insensitively lowercases to the pattern's own letter, at the
 * same position; `RuleScanner.scan` checks the two characters for which that fails (`ſ` folds to
 * `s`, `İ` lowercases to two characters) and then falls back to the whole-text run.
 * `tests/core/tagging/rule-scan.test.ts` proves both against `matchAll` and over all of Unicode.
 */
import { guardAllows, guardedMatches, type GuardedPattern } from './guard';
import { NeedleSet } from './needles';

/** How a rule's matches can be found without scanning the whole text. */
type Anchor =
	/** Every match starts with one of `literals` (lowercased): try the pattern, sticky, where they occur. */
	| { readonly kind: 'lead'; readonly literals: readonly string[] }
	/** Every match is letters and digits up to `literal`: run the pattern from that run's start. */
	| { readonly kind: 'inside'; readonly literal: string };

/** A rule's pattern, prepared for scanning. */
export interface ScannablePattern extends GuardedPattern {
	readonly anchor: Anchor | null;
}

/** A text prepared once for all the patterns. */
export interface ScanText {
	readonly text: string;
	/** Where each word occurs in the lowercased text (start offsets, ascending), for every word that does. */
	readonly words: ReadonlyMap<string, readonly number[]>;
	/** False when some character breaks the assumption (see the module comment): then the places are not used. */
	readonly aligned: boolean;
}

/**
 * Characters a case-insensitive pattern matches as one of the rules' letters although they do not
 * lowercase to it: `ſ` (long s) folds to `s`. Found by `tests/core/tagging/rule-scan.test.ts` over
 * every code point.
 */
export const FOLD_EXCEPTIONS = '\u017F';

const LETTER_RUN = '[\\p{L}\\p{N}]*';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The plain characters a pattern source starts with (a character made optional by `?`, `*` or `{` left out). */
function leadingLiteral(source: string): string {
	const literal = /^[\p{L}\p{N}'-]*/u.exec(source)?.[0] ?? '';
	return /^[?*{]/.test(source.slice(literal.length)) ? literal.slice(0, -1) : literal;
}

/**
 * Splits a source at its top-level `|`s and finds where its first top-level group closes: a small
 * walk that skips escapes and character classes.
 */
function topLevel(source: string): { alternatives: string[]; firstGroupEnd: number } {
	const alternatives: string[] = [];
	let depth = 0;
	let start = 0;
	let firstGroupEnd = -1;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (ch === '\\') i++;
		else if (ch === '[') {
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
		} else if (ch === '(') depth++;
		else if (ch === ')') {
			depth--;
			if (depth === 0 && firstGroupEnd < 0) firstGroupEnd = i;
		} else if (ch === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		}
	}
	alternatives.push(source.slice(start));
	return { alternatives, firstGroupEnd };
}

/**
 * The words one of which every match starts with (lowercased), or null: a plain word, or each
 * alternative of a leading `(?:a|b|c)` group that is not optional.
 */
function leadingWords(rest: string): string[] | null {
	if (!rest.startsWith('(?:')) {
		const literal = leadingLiteral(rest).toLowerCase();
		return literal.length > 0 ? [literal] : null;
	}
	const { firstGroupEnd } = topLevel(rest);
	if (firstGroupEnd < 0 || /^[?*{]/.test(rest.slice(firstGroupEnd + 1))) return null;
	const words = topLevel(rest.slice(3, firstGroupEnd)).alternatives.map((alternative) => leadingLiteral(alternative).toLowerCase());
	return words.every((word) => word.length > 0) ? [...new Set(words)] : null;
}

/** Prepares a pattern (global, as the rules' are). */
function preparePattern({ pattern, notAfter }: GuardedPattern): ScannablePattern {
	const rest = pattern.source;
	if (topLevel(rest).alternatives.length > 1) return { pattern, notAfter, anchor: null };
	if (rest.startsWith(LETTER_RUN)) {
		// Run from the start of a run of letters: a guard would need each start checked, so none is expected here.
		const literal = leadingLiteral(rest.slice(LETTER_RUN.length)).toLowerCase();
		return { pattern, notAfter, anchor: literal.length > 0 && notAfter === null ? { kind: 'inside', literal } : null };
	}
	const literals = leadingWords(rest);
	return { pattern, notAfter, anchor: literals === null ? null : { kind: 'lead', literals } };
}

/**
 * Many patterns, each found only where its word occurs. `words` are further words whose presence
 * the caller wants to know (`ScanText.words`), found in the same pass.
 */
export class RuleScanner {
	readonly patterns: readonly ScannablePattern[];
	private readonly words: NeedleSet;
	/**
	 * The regular expression each anchored pattern runs as (sticky for a leading word), made when
	 * first needed: a case-insensitive Unicode pattern costs milliseconds to build and compile, and
	 * many rules are never needed in a session.
	 */
	private readonly runners: Array<RegExp | undefined>;

	constructor(patterns: readonly GuardedPattern[], words: Iterable<string> = []) {
		this.patterns = patterns.map(preparePattern);
		this.runners = this.patterns.map(() => undefined);
		const literals = this.patterns.flatMap((p) => (p.anchor?.kind === 'lead' ? p.anchor.literals : p.anchor ? [p.anchor.literal] : []));
		this.words = new NeedleSet([...literals, ...words]);
	}

	/** Prepares a text: one pass over its lowercase finds every word's places. */
	scan(text: string): ScanText {
		const lower = text.toLowerCase();
		return { text, words: this.words.occurrences(lower), aligned: lower.length === text.length && !hasFoldException(text) };
	}

	/**
	 * Every match of the i-th pattern in the text (the matched strings), as `[...text.matchAll(pattern)]`
	 * gives them for the pattern with its guard as a lookbehind.
	 */
	matches(i: number, scan: ScanText): string[] {
		const prepared = this.patterns[i];
		if (!prepared) throw new Error(`RuleScanner: no pattern ${i}`);
		const { anchor, pattern, notAfter } = prepared;
		const { text } = scan;
		if (anchor === null || !scan.aligned) return guardedMatches(prepared, text);
		let runner = this.runners[i];
		if (!runner) {
			const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
			runner = new RegExp(pattern.source, anchor.kind === 'lead' ? `${flags.replace('g', '')}y` : flags);
			this.runners[i] = runner;
		}
		return anchor.kind === 'lead' ? leadMatches(runner, notAfter, anchor.literals, scan) : insideMatches(runner, anchor.literal, scan);
	}
}

/** Tries the sticky pattern at each place where one of its leading words occurs and the guard allows, in order. */
function leadMatches(sticky: RegExp, notAfter: RegExp | null, literals: readonly string[], scan: ScanText): string[] {
	const { text } = scan;
	const out: string[] = [];
	let from = 0;
	for (const at of leadPlaces(literals, scan.words)) {
		if (at < from || !guardAllows(notAfter, text, at)) continue;
		sticky.lastIndex = at;
		const m = sticky.exec(text);
		// A match holds its word, so it is never empty.
		if (m) {
			out.push(m[0]);
			from = at + m[0].length;
		}
	}
	return out;
}

/** Runs the global pattern from the start of the run of letters before each place its word occurs. */
function insideMatches(runner: RegExp, literal: string, scan: ScanText): string[] {
	const { text } = scan;
	const out: string[] = [];
	let from = 0;
	for (const at of scan.words.get(literal) ?? []) {
		if (at < from) continue;
		// The match holding this occurrence starts at the run of letters before it (or later).
		let start = at;
		while (start > from && isRunUnit(text, start - 1)) start--;
		runner.lastIndex = start;
		const m = runner.exec(text);
		if (!m) break;
		out.push(m[0]);
		from = m.index + Math.max(1, m[0].length);
	}
	return out;
}

/** Where any of the words occurs, ascending, each place once. */
function leadPlaces(literals: readonly string[], words: ReadonlyMap<string, readonly number[]>): readonly number[] {
	if (literals.length === 1) return words.get(literals[0] as string) ?? [];
	const places = new Set<number>();
	for (const literal of literals) for (const at of words.get(literal) ?? []) places.add(at);
	return [...places].sort((a, b) => a - b);
}

function hasFoldException(text: string): boolean {
	for (const ch of FOLD_EXCEPTIONS) if (text.includes(ch)) return true;
	return false;
}

/** True when the code unit at `i` may belong to a letter or digit (a surrogate half may: astral letters). */
function isRunUnit(text: string, i: number): boolean {
	const unit = text.charCodeAt(i);
	if (unit >= 0xd800 && unit <= 0xdfff) return true;
	return LETTER_OR_DIGIT.test(text.charAt(i));
}
