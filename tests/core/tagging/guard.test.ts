import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointBefore, guardAllows, guardedMatches, notAfterClass, type GuardedPattern } from '../../../src/core/tagging/guard';
import { TEXT_RULES } from '../../../src/core/tagging/rules';
import { withLookbehind } from './lookbehind-reference';

const reference = (guarded: GuardedPattern, text: string): string[] => [...text.matchAll(withLookbehind(guarded))].map((m) => m[0]);

const ruleWith = (part: string): GuardedPattern => {
	const rule = TEXT_RULES.find((r) => r.pattern.source.includes(part));
	if (!rule) throw new Error(`no rule with ${part}`);
	return rule;
};

describe('the word-start guard (a lookbehind written as code, for iOS Safari before 16.4)', () => {
	it('holds no lookbehind in any rule, and restores exactly the patterns the rules had', () => {
		for (const rule of TEXT_RULES) expect(rule.pattern.source).not.toMatch(/\(\?<[=!]/);
		expect(withLookbehind(ruleWith('faldt|fald')).source).toBe('(?<![\\p{L}])(?:faldt|fald|falder|fell|fall|falls)(?![\\p{L}])');
		expect(withLookbehind(ruleWith('medarbejder[')).source).toBe('(?<![\\p{L}\\p{N}])medarbejder[\\p{L}\\p{N}-]*');
		expect(withLookbehind(ruleWith('SSA|SSH')).flags).toBe('gu');
		expect(withLookbehind(ruleWith('fravær')).source).toBe('[\\p{L}\\p{N}]*fravær[\\p{L}\\p{N}]*');
	});

	it.each([
		['a word at the very start of the text', 'fald i stuen', ['fald']],
		['inside a word, refused', 'nedfald og affald', []],
		['after a digit, for a letters-only guard', '3fald', ['fald']],
		['after a hyphen or punctuation', 'gen-fald, (fald)', ['fald', 'fald']],
		['after an astral letter (a surrogate pair read as one letter)', '𝐀fald 𝐀 fald', ['fald']],
		['after a lone surrogate (not a letter)', '\uD835fald', ['fald']],
		['after U+0345, which folds to a letter under the i flag', '\u0345fald', []],
		['a refused start, then a match one character later', 'xfaldfald fald', ['fald']],
	])('finds what the lookbehind found: %s', (_label, text, expected) => {
		const falls = ruleWith('faldt|fald');
		expect(guardedMatches(falls, text)).toEqual(expected);
		expect(guardedMatches(falls, text)).toEqual(reference(falls, text));
	});

	it('keeps the class apart: letters and digits for words, letters alone for hand-written patterns', () => {
		const staff = ruleWith('medarbejder[');
		expect(guardedMatches(staff, '2medarbejdere, medarbejdere')).toEqual(['medarbejdere']);
		expect(guardedMatches(ruleWith('stue|bolig'), '3stue 12')).toEqual(['stue 12']);
		expect(guardAllows(notAfterClass('\\p{L}', 'u'), 'x\u0345y', 2)).toBe(true);
		expect(guardAllows(notAfterClass('\\p{L}', 'iu'), 'x\u0345y', 2)).toBe(false);
		expect(codePointBefore('a𝐀b', 3)).toBe('𝐀');
		expect(codePointBefore('ab', 0)).toBe('');
	});

	it('finds exactly what the lookbehind patterns found, for every rule (property)', { timeout: 60_000 }, () => {
		const pieces = ['fald', 'falder', 'medarbejder', 'e', 'ne', 'min ledelse', 'jeg skal', 'Fru A', 'Mr. K', 'stue 4', 'plan', 'fravær', 'son', 'søn'];
		const glue = [' ', '', '-', '.', '3', 'x', 'Æ', '𝐀', '\uD835', '\uDC00', '\u0345', 'ſ', 'İ', '\n'];
		const token = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...glue), fc.string({ maxLength: 3, unit: 'binary' }));
		const text = fc.array(token, { maxLength: 30 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, (t) => {
				for (const rule of TEXT_RULES) expect(guardedMatches(rule, t)).toEqual(reference(rule, t));
			}),
			{ numRuns: 150 },
		);
	});
});
