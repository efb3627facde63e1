import { describe, expect, it } from 'vitest';
import { lookBack, lookbackJson, lookbackWindows } from '../../../src/core/time/lookback';
import { file, parsed } from '../reflection/vault';

const note = (path: string, date: string | null, tags: string[] = [], body: string[] = ['Teksten her.']) =>
	parsed(file(path, [...(date ? [`date: ${date}`] : []), ...(tags.length ? [`tags: [${tags.join(', ')}]`] : [])], body));

describe('look-back windows', () => {
	it('takes the whole ISO week holding the same day a month, a quarter and a year before (the issue example)', () => {
		expect(lookbackWindows('2026-12-05')).toEqual([
			{ span: 'month', from: '2026-11-02', to: '2026-11-08' },
			{ span: 'quarter', from: '2026-08-31', to: '2026-09-06' },
			{ span: 'year', from: '2025-12-01', to: '2025-12-07' },
		]);
	});

	it('crosses year ends: a year before 2027-01-03 is week 1 of 2026, which starts in December 2025', () => {
		expect(lookbackWindows('2027-01-03')[2]).toEqual({ span: 'year', from: '2025-12-29', to: '2026-01-04' });
	});

	it('finds week 53: a year before 2027-12-31 is 2026-W53 (Monday 28 December to Sunday 3 January)', () => {
		expect(lookbackWindows('2027-12-31')[2]).toEqual({ span: 'year', from: '2026-12-28', to: '2027-01-03' });
	});

	it('clamps to the month end: a month before 31 March 2026 is 28 February', () => {
		expect(lookbackWindows('2026-03-31')[0]).toEqual({ span: 'month', from: '2026-02-23', to: '2026-03-01' });
	});
});

describe('look back over notes', () => {
	const notes = [
		note('J/2026-11-02 mandag.md', '2026-11-02', ['blik/borger'], ['# Fru A om aftenen', '', 'Fru A var urolig hele aftenen, og vi prøvede musik.']),
		note('J/2026-11-08 søndag.md', '2026-11-08', ['blik/selv', 'blik/medarbejdere']),
		note('J/2026-11-09 mandag efter.md', '2026-11-09'),
		note('J/2026-11-01 søndag før.md', '2026-11-01'),
		note('J/udateret.md', null),
		note('J/2025-12-03 sidste år.md', '2025-12-03', ['blik/selv']),
	];

	it('lists each week\'s notes, Monday through Sunday inclusive and nothing outside, with gazes, title and first lines', () => {
		const [month, quarter, year] = lookBack(notes, '2026-12-05');
		expect(month?.notes.map((n) => n.path)).toEqual(['J/2026-11-02 mandag.md', 'J/2026-11-08 søndag.md']);
		expect(month?.notes[0]).toMatchObject({ title: 'Fru A om aftenen', gazes: ['citizen'], firstLines: 'Fru A var urolig hele aftenen, og vi prøvede musik.' });
		expect(month?.notes[1]?.gazes).toEqual(['staff', 'self']);
		expect(quarter?.notes).toEqual([]);
		expect(year?.notes.map((n) => n.title)).toEqual(['2025-12-03 sidste år']);
	});

	it('prints the command line\'s JSON shape', () => {
		expect(lookbackJson(lookBack(notes, '2026-12-05'))).toEqual([
			{ span: 'month', from: '2026-11-02', to: '2026-11-08', notes: [
				{ path: 'J/2026-11-02 mandag.md', date: '2026-11-02', gazes: ['citizen'] },
				{ path: 'J/2026-11-08 søndag.md', date: '2026-11-08', gazes: ['staff', 'self'] },
			] },
			{ span: 'quarter', from: '2026-08-31', to: '2026-09-06', notes: [] },
			{ span: 'year', from: '2025-12-01', to: '2025-12-07', notes: [{ path: 'J/2025-12-03 sidste år.md', date: '2025-12-03', gazes: ['self'] }] },
		]);
	});

	it('gives three empty weeks for an empty journal', () => {
		expect(lookBack([], '2026-12-05').map((w) => w.notes.length)).toEqual([0, 0, 0]);
	});
});
