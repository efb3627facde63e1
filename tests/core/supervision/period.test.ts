import { describe, expect, it } from 'vitest';
import { inPeriod, selectPeriod } from '../../../src/core/supervision/period';
import { dated } from './helpers';

const prep = (path: string, date: string) => dated(path, date, '# Forberedelse', 'kind: supervisionsforberedelse\n');
const notes = [
	prep('Journal/Supervision/2026-08-01 Forberedelse.md', '2026-08-01'),
	prep('Journal/Supervision/2026-10-08 Forberedelse.md', '2026-10-08'),
	dated('Journal/2026-10-20 Dag.md', '2026-10-20', 'tekst'),
	// An English kind word counts too.
	dated('Journal/2026-09-01 Prep.md', '2026-09-01', '# Prep', 'kind: supervision-preparation\n'),
];

describe('selectPeriod', () => {
	it('starts the day after the last preparation by default', () => {
		const result = selectPeriod(notes, { today: '2026-11-27' });
		expect(result).toEqual({
			ok: true,
			period: { from: '2026-10-09', to: '2026-11-27', basis: 'since-last-preparation', lastPreparation: { path: 'Journal/Supervision/2026-10-08 Forberedelse.md', date: '2026-10-08' } },
		});
	});

	it('ignores a preparation written today, so a second one today starts after the previous one', () => {
		const withToday = [...notes, prep('Journal/Supervision/2026-11-27 Forberedelse.md', '2026-11-27')];
		const result = selectPeriod(withToday, { today: '2026-11-27' });
		expect(result.ok && result.period.from).toBe('2026-10-09');
	});

	it('falls back to the last four weeks, both ends included', () => {
		const result = selectPeriod([dated('Journal/a.md', '2026-11-01', 'x')], { today: '2026-11-27' });
		expect(result).toEqual({ ok: true, period: { from: '2026-10-31', to: '2026-11-27', basis: 'last-4-weeks', lastPreparation: null } });
	});

	it('crosses a year and a leap day', () => {
		const result = selectPeriod([], { today: '2028-03-05' });
		expect(result.ok && result.period.from).toBe('2028-02-07');
		const newYear = selectPeriod([], { today: '2027-01-10' });
		expect(newYear.ok && newYear.period.from).toBe('2026-12-14');
	});

	it('takes explicit days as they are', () => {
		expect(selectPeriod(notes, { today: '2026-11-27', from: '2026-06-01', to: '2026-06-30' })).toEqual({
			ok: true,
			period: { from: '2026-06-01', to: '2026-06-30', basis: 'explicit', lastPreparation: null },
		});
	});

	it('computes the default start from an explicit end day', () => {
		const result = selectPeriod(notes, { today: '2026-11-27', to: '2026-09-30' });
		expect(result.ok && result.period).toMatchObject({ from: '2026-09-02', to: '2026-09-30', basis: 'since-last-preparation' });
	});

	it.each([
		[{ from: '2026-13-01' }, { kind: 'invalid-date', field: 'from', value: '2026-13-01' }],
		[{ to: '27/11/2026' }, { kind: 'invalid-date', field: 'to', value: '27/11/2026' }],
		[{ from: '2026-02-30' }, { kind: 'invalid-date', field: 'from', value: '2026-02-30' }],
		[{ from: '2026-11-28', to: '2026-11-27' }, { kind: 'from-after-to', from: '2026-11-28', to: '2026-11-27' }],
	])('refuses %o', (request, error) => {
		expect(selectPeriod(notes, { today: '2026-11-27', ...request })).toEqual({ ok: false, error });
	});

	it('counts notes on both end days and never undated notes', () => {
		const period = { from: '2026-10-09', to: '2026-11-27' };
		expect(inPeriod({ date: '2026-10-09' }, period)).toBe(true);
		expect(inPeriod({ date: '2026-11-27' }, period)).toBe(true);
		expect(inPeriod({ date: '2026-10-08' }, period)).toBe(false);
		expect(inPeriod({ date: null }, period)).toBe(false);
	});
});
