import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NeedleSet } from '../../../src/core/tagging/needles';

describe('NeedleSet', () => {
	it('finds overlapping and nested words, Danish letters included', () => {
		const set = new NeedleSet(['borger', 'borgerne', 'erne', 'fravær', 'ær', 'he', 'she', 'hers']);
		expect([...set.found('sygefraværet hos borgerne; ushers')].sort()).toEqual(['borger', 'borgerne', 'erne', 'fravær', 'he', 'hers', 'she', 'ær']);
		expect(set.found('intet her')).toEqual(new Set(['he']));
	});

	it('agrees with a plain substring search (property)', () => {
		const letters = fc.constantFrom('a', 'b', 'æ', 'ø', ' ');
		const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
		fc.assert(
			fc.property(fc.array(word, { maxLength: 12 }), fc.array(letters, { maxLength: 60 }).map((a) => a.join('')), (needles, text) => {
				const expected = new Set(needles.filter((n) => text.includes(n)));
				expect(new NeedleSet(needles).found(text)).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});

	it('agrees with a plain substring search over any text, characters in no needle included (property)', () => {
		const needleLetters = fc.constantFrom('a', 'b', 'æ', 'ø', '-', "'", 'é');
		const needle = fc.array(needleLetters, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 80 }),
			fc.array(fc.oneof(needleLetters, fc.constantFrom('A', 'Æ', '\n', '\u{1F600}', '\uD83D', 'x')), { maxLength: 80 }).map((a) => a.join('')),
		);
		fc.assert(
			fc.property(fc.array(needle, { maxLength: 15 }), text, (needles, t) => {
				const expected = new Set(needles.filter((n) => t.includes(n)));
				expect(new NeedleSet(needles).found(t)).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});
});
