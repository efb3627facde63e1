import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../../src/core/templates/moment-format';

/** The part of moment this test uses. */
type MomentLike = (date: Date) => { locale(lang: string): { format(pattern: string): string } };

/**
 * The reference is moment itself (the version Obsidian ships, installed with the `obsidian` package):
 * core Templates formats with it, so our date-fns translation must give the same text.
 */
const requireFromHere = createRequire(import.meta.url);
const moment = requireFromHere('moment') as MomentLike;
requireFromHere('moment/locale/da');

const TOKENS = [
	'YYYY', 'YY', 'Q', 'Qo', 'M', 'MM', 'Mo', 'MMM', 'MMMM', 'D', 'DD', 'Do', 'DDD', 'DDDD', 'DDDo',
	'd', 'do', 'dd', 'ddd', 'dddd', 'e', 'E', 'w', 'ww', 'wo', 'W', 'WW', 'Wo', 'gg', 'gggg', 'GG', 'GGGG',
	'H', 'HH', 'h', 'hh', 'k', 'kk', 'm', 'mm', 's', 'ss', 'S', 'SS', 'SSS', 'A', 'a', 'X', 'x', 'Z', 'ZZ',
	'L', 'LL', 'LLL', 'LLLL', 'LT', 'LTS', 'l', 'll', 'lll', 'llll',
];
const SEPARATORS = [' ', '-', '/', ':', '.', ', ', '[uge] ', '[at] '];

const format = fc
	.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 })
	.map((parts) => parts.map(([token, sep]) => token + sep).join(''));
// 1990-2060, minute precision, in the test zone.
const date = fc.integer({ min: 631152000, max: 2855000000 }).map((s) => new Date(s * 1000 + 123));

/** Thousands of runs take seconds on a busy machine; this is not a speed test. */
const TIMEOUT = 120_000;

describe('formatMoment against moment (property)', () => {
	it.each(['en', 'da'] as const)('formats like moment in %s', (lang) => {
		fc.assert(
			fc.property(date, format, (d, pattern) => {
				const expected = moment(d).locale(lang).format(pattern);
				expect(formatMoment(d, pattern, lang), pattern).toBe(expected);
			}),
			{ numRuns: 2000 },
		);
	}, TIMEOUT);
});
