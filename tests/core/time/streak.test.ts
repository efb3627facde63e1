import { describe, expect, it } from 'vitest';
import { weekStreaks } from '../../../src/core/time/streak';

describe('weekly streaks', () => {
	it('counts weeks in a row up to this week, and the longest run ever', () => {
		// Today Friday 2026-12-04 (W49). Entries in W49, W48, W47 (two in W47), none in W46, then W44..W41.
		const days = ['2026-12-01', '2026-11-24', '2026-11-16', '2026-11-22', '2026-10-26', '2026-10-19', '2026-10-12', '2026-10-05'];
		expect(weekStreaks(days, '2026-12-04')).toEqual({ current: 3, longest: 4 });
	});

	it('keeps the streak while this week has no entry yet, and ends it after a whole empty week', () => {
		const days = ['2026-11-24', '2026-11-16'];
		expect(weekStreaks(days, '2026-11-30').current).toBe(2); // Monday of the next week: not broken yet
		expect(weekStreaks(days, '2026-12-07').current).toBe(0); // a whole week without an entry
	});

	it('runs across a year end with week 53 (2026-W53 sits between 2026-W52 and 2027-W01)', () => {
		expect(weekStreaks(['2026-12-21', '2026-12-31', '2027-01-05'], '2027-01-06')).toEqual({ current: 3, longest: 3 });
	});

	it('ignores days after today, and is zero for an empty journal', () => {
		expect(weekStreaks(['2027-02-01'], '2027-01-06')).toEqual({ current: 0, longest: 0 });
		expect(weekStreaks([], '2027-01-06')).toEqual({ current: 0, longest: 0 });
	});
});
