import { addDays, addWeeks, format, parseISO, startOfISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { customPeriod, isoWeekKey, periodFor } from '../../../src/core/reflection';
import { monthsOf, notesBefore, notesUpTo, weekEnd, weekStart, weeksOf } from '../../../src/core/reflection/period';

describe('ISO weeks (Monday first) across the year change', () => {
	it.each([
		['2026-11-23', '2026-W48'],
		['2026-11-22', '2026-W47'],
		['2026-12-28', '2026-W53'],
		['2026-12-31', '2026-W53'],
		['2027-01-03', '2026-W53'],
		['2027-01-04', '2027-W01'],
		['2025-12-29', '2026-W01'],
		['2021-01-03', '2020-W53'],
	])('%s is in %s', (day, week) => {
		expect(isoWeekKey(day)).toBe(week);
	});

	it('lists the weeks a period touches, through week 53, and their Monday and Sunday', () => {
		expect(weeksOf('2026-12-20', '2027-01-10')).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01']);
		expect(weekStart('2026-W53')).toBe('2026-12-28');
		expect(weekEnd('2026-W53')).toBe('2027-01-03');
		expect(weekStart('2027-W01')).toBe('2027-01-04');
		expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
	});
});

describe('ISO weeks by arithmetic agree with date-fns (the rule they replaced)', () => {
	const dateFnsWeek = (day: string): string => format(parseISO(day), "RRRR-'W'II");
	const dateFnsWeeks = (from: string, to: string): string[] => {
		const out: string[] = [];
		for (let d = startOfISOWeek(parseISO(from)); d <= parseISO(to); d = addWeeks(d, 1)) out.push(format(d, "RRRR-'W'II"));
		return out;
	};

	it('on every day from 2000 to 2040, and around the turn of far years', () => {
		const days: string[] = [];
		for (let d = parseISO('2000-01-01'); d <= parseISO('2040-12-31'); d = addDays(d, 1)) days.push(format(d, 'yyyy-MM-dd'));
		for (const year of ['0001', '0050', '0099', '0100', '1600', '1900', '2100', '9999']) {
			for (let d = addDays(parseISO(`${year}-01-01`), -10); d <= addDays(parseISO(`${year}-01-01`), 10); d = addDays(d, 1)) days.push(format(d, 'yyyy-MM-dd'));
		}
		const wrong = days.filter((day) => isoWeekKey(day) !== dateFnsWeek(day));
		expect(wrong).toEqual([]);
	});

	it('lists the same weeks for periods of every length and start', () => {
		for (let i = 0; i < 400; i++) {
			const from = format(addDays(parseISO('2019-12-20'), i * 3), 'yyyy-MM-dd');
			const to = format(addDays(parseISO(from), (i * 7) % 500), 'yyyy-MM-dd');
			expect(weeksOf(from, to)).toEqual(dateFnsWeeks(from, to));
		}
	});
});

describe('notes before a day (the look back from a period)', () => {
	it('counts the notes dated before the day (equal days not included) and up to it (included)', () => {
		const notes = ['2026-01-01', '2026-01-05', '2026-01-05', '2026-02-01'].map((date) => ({ date }));
		expect([notesBefore(notes, '2025-12-31'), notesBefore(notes, '2026-01-05'), notesBefore(notes, '2026-01-06'), notesBefore(notes, '2027-01-01')]).toEqual([0, 1, 3, 4]);
		expect(notesBefore([], '2026-01-01')).toBe(0);
		expect([notesUpTo(notes, '2025-12-31'), notesUpTo(notes, '2026-01-05'), notesUpTo(notes, '2026-01-31'), notesUpTo(notes, '2026-02-01')]).toEqual([0, 3, 3, 4]);
	});
});

describe('period presets end today and start on a Monday', () => {
	it.each([
		['last-4-weeks', '2026-11-02'],
		['quarter', '2026-08-31'],
		['year', '2025-12-01'],
	] as const)('%s from Friday 2026-11-27 starts %s', (preset, from) => {
		expect(periodFor(preset, '2026-11-27')).toEqual({ ok: true, from, to: '2026-11-27' });
	});

	it('takes a custom period as given and refuses impossible ones', () => {
		expect(periodFor('custom', '2026-11-27', { from: '2026-01-01', to: '2026-03-31' })).toEqual({ ok: true, from: '2026-01-01', to: '2026-03-31' });
		expect(customPeriod('2026-02-30', '2026-03-01')).toEqual({ ok: false, reason: 'invalid-from' });
		expect(customPeriod('2026-03-01', 'March')).toEqual({ ok: false, reason: 'invalid-to' });
		expect(customPeriod('2026-03-02', '2026-03-01')).toEqual({ ok: false, reason: 'reversed' });
	});
});
