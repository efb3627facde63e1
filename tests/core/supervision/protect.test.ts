import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCprLike, findCprLike, removeCprLike } from '../../../src/core/supervision/protect';

/**
 * The guard as it was written with a lookbehind, before main.js had to do without (iOS Safari
 * before 16.4). Built from a template so that only the tests hold it. The guard of privacy/cpr.ts is
 * broader on purpose (issue 23: a number glued after a hyphen, "CPR-130452-1236", is taken too), so it
 * finds at least what this one found.
 */
const LOOKBEHIND = new RegExp(`(?<![\\d-])\\d{6}[ \\t]?[-‐‑–—]?[ \\t]?\\d{4}(?![\\d-])`, 'gu');
const reference = (text: string) => [...text.matchAll(LOOKBEHIND)].map((m) => ({ from: m.index, to: m.index + m[0].length }));

describe('the CPR guard on material that leaves the vault', () => {
	it.each([
		['at the very start', '120345-1234 var her', [{ from: 0, to: 11 }]],
		['after a letter', 'CPR120345-1234', [{ from: 3, to: 14 }]],
		['not inside a longer number', '9120345-1234 og 120345-12345', []],
		['glued after a hyphen (broader than the lookbehind, issue 23)', 'nr-120345-1234', [{ from: 3, to: 14 }]],
		['two in a row, one space apart', '120345-1234 120345 1234', [{ from: 0, to: 11 }, { from: 12, to: 23 }]],
		['after an astral character', '𝐀120345-1234', [{ from: 2, to: 13 }]],
		['on a new line', 'a\n1203451234', [{ from: 2, to: 12 }]],
	])('finds what the lookbehind found: %s', (_label, text, expected) => {
		expect(findCprLike(text)).toEqual(expected);
		expect(findCprLike(text)).toEqual(expect.arrayContaining(reference(text)));
		expect(containsCprLike(text)).toBe(expected.length > 0);
	});

	it('removes the number and keeps the character before it', () => {
		expect(removeCprLike('CPR:120345-1234, og (1203451234).', 'da')).toBe('CPR:[CPR fjernet], og ([CPR fjernet]).');
		expect(removeCprLike('120345-1234', 'en')).toBe('[CPR removed]');
		// Answers the same when asked twice (a global pattern's lastIndex is not left behind).
		expect([containsCprLike('x 120345-1234'), containsCprLike('x 120345-1234')]).toEqual([true, true]);
	});

	it('finds at least what the lookbehind found, and leaves none of it behind (property)', () => {
		const token = fc.constantFrom('1', '0', '120345', '1234', '-', '–', ' ', '\t', 'a', '𝐀', '\n', '12034', '5');
		fc.assert(
			fc.property(fc.array(token, { maxLength: 30 }).map((a) => a.join('')), (text) => {
				const found = findCprLike(text);
				for (const r of reference(text)) expect(found.some((f) => f.from <= r.from && f.to >= r.to)).toBe(true);
				expect(removeCprLike(text, 'en').match(LOOKBEHIND)).toBeNull();
			}),
			{ numRuns: 500 },
		);
	});
});
