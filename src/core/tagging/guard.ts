/**
 * What a negative lookbehind for a character class at the start of a rule's pattern said ("no letter right before the
 * match"), without a lookbehind: Safari before iOS 16.4 (Obsidian on older iPhones and iPads) cannot
 * parse one, and a single lookbehind in main.js stops the whole plugin from loading there. A rule's
 * pattern is written without it, and `notAfter` is the character class the code point before a match
 * must not belong to; `guardedMatches` and `guardAllows` find exactly the matches the pattern with
 * the lookbehind would. tests/core/tagging/guard.test.ts proves it against the lookbehind itself.
 */

/** A pattern (global, unicode) and the class of the character that must not come right before a match. */
export interface GuardedPattern {
	readonly pattern: RegExp;
	/** `^[…]$` with the pattern's `u` and `i` flags, tested on the code point before a match; null: no guard. */
	readonly notAfter: RegExp | null;
}

/**
 * The guard for a class such as `\p{L}\p{N}`, with the flags the lookbehind had (case-insensitivity
 * changes what a class matches: under `iu`, `[\p{L}]` also matches U+0345, which folds to ι).
 */
export function notAfterClass(chars: string, flags: string): RegExp {
	return new RegExp(`^[${chars}]$`, flags.includes('i') ? 'iu' : 'u');
}

/** The code point that ends right before `at` (a surrogate pair read as one, as a unicode lookbehind reads it); '' at the start. */
export function codePointBefore(text: string, at: number): string {
	if (at <= 0) return '';
	const low = text.charCodeAt(at - 1);
	if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
		const high = text.charCodeAt(at - 2);
		if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
	}
	return text.charAt(at - 1);
}

/** True when a match of the pattern may start at `at`: the code point before is not in the guard's class. */
export function guardAllows(notAfter: RegExp | null, text: string, at: number): boolean {
	if (notAfter === null || at === 0) return true;
	return !notAfter.test(codePointBefore(text, at));
}

/** Where the search goes on after a refused start at `at`: the next code point, as a unicode search does. */
function nextStart(text: string, at: number): number {
	const unit = text.charCodeAt(at);
	if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
		const low = text.charCodeAt(at + 1);
		if (low >= 0xdc00 && low <= 0xdfff) return at + 2;
	}
	return at + 1;
}

/**
 * Every match of a guarded pattern, as `[...text.matchAll(lookbehind + pattern)]` gives them (the
 * matched strings). The guard only looks before the match, so at any start it allows, the pattern
 * matches what the lookbehind pattern would; at a start it refuses, the search goes on one code point
 * later, as the engine's would.
 */
export function guardedMatches(guarded: GuardedPattern, text: string): string[] {
	const { pattern, notAfter } = guarded;
	const runner = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
	if (notAfter === null) return [...text.matchAll(runner)].map((m) => m[0]);
	const out: string[] = [];
	runner.lastIndex = 0;
	while (runner.lastIndex <= text.length) {
		const m = runner.exec(text);
		if (!m) break;
		if (!guardAllows(notAfter, text, m.index)) {
			runner.lastIndex = nextStart(text, m.index);
			continue;
		}
		out.push(m[0]);
		if (m[0].length === 0) runner.lastIndex = nextStart(text, m.index);
	}
	runner.lastIndex = 0;
	return out;
}
