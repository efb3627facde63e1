/**
 * Finds every match of a rule's pattern in a text, exactly as `text.matchAll(pattern)` does, without
 * running the pattern over the whole text. Most rules' patterns start with a plain word (after a
 * word-boundary guard): a match can only start where that word occurs, so the pattern is tried,
 * anchored (sticky), at those places alone, found with `indexOf` in the lowercased text. Patterns
 * of the form `[\p{L}\p{N}]*word…` are run from the start of the run of letters around each
 * occurrence of the word. Any other pattern is run over the whole text, as before.
 *
 * Why this is exact: the candidates are a superset of the places a match can start, tried in
 * order from where the last match ended, which is how `matchAll` proceeds. The one assumption is that
 * a character the pattern matches case-insensitively lowercases to the pattern's own letter, at the
 * same position; `scanText` checks the two characters for which that fails (`ſ` folds to `s`, `İ`
 * lowercases to two characters) and then falls back to the whole-text run.
 * `tests/core/tagging/rule-scan.test.ts` proves both against `matchAll` and over all of Unicode.
 */

/** How a rule's matches can be found without scanning the whole text. */
type Anchor =
	/** Every match starts with `literal` (lowercased): try the sticky pattern where it occurs. */
	| { readonly kind: 'lead'; readonly literal: string; readonly sticky: RegExp }
	/** Every match is letters and digits up to `literal`: run the pattern from that run's start. */
	| { readonly kind: 'inside'; readonly literal: string; readonly scanner: RegExp };

/** A rule's pattern, prepared for `scanMatches`. */
export interface ScannablePattern {
	readonly pattern: RegExp;
	readonly anchor: Anchor | null;
	/** A global copy of the pattern for whole-text runs (`matchAll` would copy the pattern on every call). */
	readonly whole: RegExp;
}

/** A text prepared once for all the rules: itself, and its lowercase when positions line up. */
export interface ScanText {
	readonly text: string;
	/** `text.toLowerCase()`, or null when some character breaks the assumption (see the module comment). */
	readonly lower: string | null;
}

/**
 * Characters a case-insensitive pattern matches as one of the rules' letters although they do not
 * lowercase to it: `ſ` (long s) folds to `s`. Found by `tests/core/tagging/rule-scan.test.ts` over
 * every code point.
 */
export const FOLD_EXCEPTIONS = '\u017F';

const GUARD = /^\(\?<!\[[^\]]*\]\)/;
const LETTER_RUN = '[\\p{L}\\p{N}]*';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The plain characters a pattern source starts with (a character made optional by `?`, `*` or `{` left out). */
function leadingLiteral(source: string): string {
	const literal = /^[\p{L}\p{N}'-]*/u.exec(source)?.[0] ?? '';
	return /^[?*{]/.test(source.slice(literal.length)) ? literal.slice(0, -1) : literal;
}

/** True when the source has a `|` outside any group: then no single word starts every match. */
function hasTopLevelAlternative(source: string): boolean {
	let depth = 0;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (ch === '\\') i++;
		else if (ch === '[') {
			// Skip the class (escapes inside it included).
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
		} else if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (ch === '|' && depth === 0) return true;
	}
	return false;
}

/** Prepares a pattern (global, as the rules' are). */
export function preparePattern(pattern: RegExp): ScannablePattern {
	const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
	const whole = new RegExp(pattern.source, flags);
	if (hasTopLevelAlternative(pattern.source)) return { pattern, anchor: null, whole };
	const rest = pattern.source.replace(GUARD, '');
	if (rest.startsWith(LETTER_RUN)) {
		const literal = leadingLiteral(rest.slice(LETTER_RUN.length)).toLowerCase();
		return { pattern, anchor: literal.length > 0 ? { kind: 'inside', literal, scanner: new RegExp(pattern.source, flags) } : null, whole };
	}
	const literal = leadingLiteral(rest).toLowerCase();
	if (literal.length === 0) return { pattern, anchor: null, whole };
	return { pattern, anchor: { kind: 'lead', literal, sticky: new RegExp(pattern.source, `${flags.replace('g', '')}y`) }, whole };
}

/** Every match over the whole text, as `matchAll` finds them (an empty match steps one character on). */
function wholeMatches(whole: RegExp, text: string): string[] {
	const out: string[] = [];
	whole.lastIndex = 0;
	let m = whole.exec(text);
	while (m) {
		out.push(m[0]);
		if (m[0].length === 0) whole.lastIndex = advance(text, whole.lastIndex, whole.unicode);
		m = whole.exec(text);
	}
	return out;
}

function advance(text: string, index: number, unicode: boolean): number {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const unit = text.charCodeAt(index);
	const next = text.charCodeAt(index + 1);
	return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Prepares a text for scanning with many patterns. */
export function scanText(text: string): ScanText {
	const lower = text.toLowerCase();
	return { text, lower: lower.length === text.length && !hasFoldException(text) ? lower : null };
}

function hasFoldException(text: string): boolean {
	for (const ch of FOLD_EXCEPTIONS) if (text.includes(ch)) return true;
	return false;
}

/** Every match of the pattern in the text (the matched strings), as `[...text.matchAll(pattern)]` gives them. */
export function scanMatches(prepared: ScannablePattern, scan: ScanText): string[] {
	const { anchor } = prepared;
	const { text, lower } = scan;
	if (anchor === null || lower === null) return wholeMatches(prepared.whole, text);
	const out: string[] = [];
	let from = 0;
	if (anchor.kind === 'lead') {
		const { sticky, literal } = anchor;
		let at = lower.indexOf(literal, from);
		while (at >= 0) {
			sticky.lastIndex = at;
			const m = sticky.exec(text);
			if (m) {
				out.push(m[0]);
				// A match holds its literal, so it is never empty.
				from = at + m[0].length;
			} else {
				from = at + 1;
			}
			at = lower.indexOf(literal, from);
		}
		return out;
	}
	const { scanner, literal } = anchor;
	let at = lower.indexOf(literal, from);
	while (at >= 0) {
		// The match holding this occurrence starts at the run of letters before it (or later).
		let start = at;
		while (start > from && isRunUnit(text, start - 1)) start--;
		scanner.lastIndex = start;
		const m = scanner.exec(text);
		if (!m) break;
		out.push(m[0]);
		from = m.index + Math.max(1, m[0].length);
		at = lower.indexOf(literal, from);
	}
	return out;
}

/** True when the code unit at `i` may belong to a letter or digit (a surrogate half may: astral letters). */
function isRunUnit(text: string, i: number): boolean {
	const unit = text.charCodeAt(i);
	if (unit >= 0xd800 && unit <= 0xdfff) return true;
	return LETTER_OR_DIGIT.test(text.charAt(i));
}
