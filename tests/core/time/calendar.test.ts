import { describe, expect, it } from 'vitest';
import { calendarMonth, shiftMonth } from '../../../src/core/time/calendar';
import { file, parsed } from '../reflection/vault';

const note = (path: string, date: string | null, tags: string[] = [], body: string[] = ['Tekst.']) =>
	parsed(file(path, [...(date ? [`date: ${date}`] : []), ...(tags.length ? [`tags: [${tags.join(', ')}]`] : [])], body));

describe('the month calendar', () => {
	const notes = [
		note('J/b.md', '2026-12-01', ['blik/borger'], ['# Fru A', 'Tekst.']),
		note('J/a.md', '2026-12-01', ['blik/selv']),
		note('J/c.md', '2026-11-30', ['blik/medarbejdere']),
		note('J/d.md', '2027-01-10'),
		note('J/udateret.md', null),
	];

	it('lays December 2026 out in six Monday-first weeks, with the filling days of November and January', () => {
		const m = calendarMonth(notes, '2026-12', '2026-12-05');
		expect(m.weeks).toHaveLength(6);
		expect(m.weeks.map((w) => w.week)).toEqual([49, 50, 51, 52, 53, 1]);
		expect(m.weeks[0]?.days[0]).toMatchObject({ day: '2026-11-30', inMonth: false, dayOfMonth: 30 });
		expect(m.weeks[5]?.days[6]).toMatchObject({ day: '2027-01-10', inMonth: false });
		expect(m.weeks[0]?.days[5]).toMatchObject({ day: '2026-12-05', isToday: true });
		expect(m.previous).toBe('2026-11');
		expect(m.next).toBe('2027-01');
	});

	it('puts each day\'s notes on it, by path, with their gazes together and the title from the first heading', () => {
		const m = calendarMonth(notes, '2026-12', '2026-12-05');
		const tuesday = m.weeks[0]?.days[1];
		expect(tuesday?.notes.map((n) => [n.path, n.title])).toEqual([['J/a.md', 'a'], ['J/b.md', 'Fru A']]);
		expect(tuesday?.gazes).toEqual(['citizen', 'self']);
		expect(m.weeks[0]?.days[0]?.gazes).toEqual(['staff']);
		expect(m.noteCount).toBe(2); // the notes on filling days belong to their own months
	});

	it('has an empty month for a journal without notes in it, and steps over year ends', () => {
		const m = calendarMonth([], '2027-02', '2026-12-05');
		expect(m.weeks.flatMap((w) => w.days).every((d) => d.notes.length === 0)).toBe(true);
		expect(m.noteCount).toBe(0);
		expect(shiftMonth('2027-01', -1)).toBe('2026-12');
		expect(shiftMonth('2026-12', 1)).toBe('2027-01');
	});
});
