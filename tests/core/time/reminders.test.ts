import { describe, expect, it } from 'vitest';
import { dueReminders, type ReminderOptions } from '../../../src/core/time/reminders';
import { file, parsed } from '../reflection/vault';

const ON: ReminderOptions = { enabled: true, supervision: true, revisit: true, followUps: true, lastShown: null };

const notes = [
	parsed(file('J/2026-09-01 start.md', ['date: 2026-09-01'], ['- [ ] Ring til datteren 📅 2026-11-20', '- [ ] Tal med SK 📅 2026-11-25', '- [x] Klaret 📅 2026-11-01', '- [ ] Senere 📅 2026-12-20'])),
	parsed(file('J/2026-10-01 prep.md', ['date: 2026-10-01', 'kind: supervisionsforberedelse'], ['## Bagefter', '- [ ] Se på det igen 📅 2026-11-30'])),
];

describe('gentle reminders', () => {
	it('lists supervision due by her cadence, a revisit whose date has come, and follow-ups past their date', () => {
		// 2026-12-01: 61 days since the preparation (cadence 8 weeks = 56 days), revisit 2026-11-30, two tasks overdue.
		expect(dueReminders(notes, '2026-12-01', ON, 8)).toEqual([
			{ kind: 'supervision', days: 61, path: 'J/2026-10-01 prep.md' },
			{ kind: 'revisit', due: '2026-11-30', text: 'Se på det igen', path: 'J/2026-10-01 prep.md' },
			{ kind: 'followUps', count: 2, path: 'J/2026-09-01 start.md' },
		]);
	});

	it('follows her cadence: with 10 weeks, supervision is not yet due after 61 days', () => {
		expect(dueReminders(notes, '2026-12-01', ON, 10).map((r) => r.kind)).toEqual(['revisit', 'followUps']);
	});

	it('is silent when off (the default), when already shown today, and for each kind she switched off', () => {
		expect(dueReminders(notes, '2026-12-01', { ...ON, enabled: false }, 8)).toEqual([]);
		expect(dueReminders(notes, '2026-12-01', { ...ON, lastShown: '2026-12-01' }, 8)).toEqual([]);
		expect(dueReminders(notes, '2026-12-01', { ...ON, supervision: false, followUps: false }, 8).map((r) => r.kind)).toEqual(['revisit']);
	});

	it('suggests a first preparation only once the journal is older than her cadence', () => {
		const young = [parsed(file('J/2026-11-20 a.md', ['date: 2026-11-20']))];
		expect(dueReminders(young, '2026-12-01', ON, 8)).toEqual([]);
		const old = [parsed(file('J/2026-09-20 a.md', ['date: 2026-09-20']))];
		expect(dueReminders(old, '2026-12-01', ON, 8)).toEqual([{ kind: 'supervision', days: null, path: null }]);
	});
});
