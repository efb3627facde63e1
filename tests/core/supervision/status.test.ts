import { describe, expect, it } from 'vitest';
import { supervisionStatus } from '../../../src/core/supervision/status';
import { dated } from './helpers';

const prep = (path: string, date: string, body = '# F') => dated(path, date, body, 'kind: supervisionsforberedelse\n');

describe('supervisionStatus', () => {
	it('gives the last preparation, the days since it and the next revisit', () => {
		const notes = [
			prep('S/2026-08-01.md', '2026-08-01', '- [ ] Se igen 📅 2026-09-01\n- [x] Gjort 📅 2026-08-15'),
			prep('S/2026-10-08.md', '2026-10-08', '- [ ] Se på supervisionen igen 📅 2027-01-15\n- [ ] Uden dato'),
			prep('S/2026-12-01.md', '2026-12-01'),
			dated('J/2026-10-10.md', '2026-10-10', '- [ ] Ikke supervision 📅 2026-10-11'),
		];
		expect(supervisionStatus(notes, '2026-11-27')).toEqual({
			lastPreparation: { path: 'S/2026-10-08.md', date: '2026-10-08' },
			daysSince: 50,
			nextRevisit: { path: 'S/2026-08-01.md', date: '2026-09-01', text: 'Se igen', overdue: true },
		});
	});

	it('is empty without preparations, and counts today as 0 days', () => {
		expect(supervisionStatus([dated('J/a.md', '2026-11-27', 'x')], '2026-11-27')).toEqual({ lastPreparation: null, daysSince: null, nextRevisit: null });
		expect(supervisionStatus([prep('S/a.md', '2026-11-27')], '2026-11-27').daysSince).toBe(0);
	});
});
