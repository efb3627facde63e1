import type { GuardedPattern } from '../../../src/core/tagging/guard';

/**
 * The pattern as it was written before the word-start guard left the pattern: `notAfter`'s class as
 * a lookbehind in front of it. Only the tests build one (Node reads lookbehind); main.js never holds
 * one (tests/build/no-lookbehind.test.ts).
 */
export function withLookbehind({ pattern, notAfter }: GuardedPattern): RegExp {
	if (notAfter === null) return pattern;
	const cls = notAfter.source.replace(/^\^/, '').replace(/\$$/, '');
	return new RegExp(`(?<!${cls})${pattern.source}`, pattern.flags);
}
