import { describe, expect, it } from 'vitest';
import { neighbourEntry } from '../../../src/core/time/entries';
import { file, parsed } from '../reflection/vault';

const note = (path: string, date: string | null) => parsed(file(path, date ? [`date: ${date}`] : []));

describe('previous and next journal entry', () => {
	const notes = [note('J/c.md', '2026-11-10'), note('J/a.md', '2026-11-01'), note('J/b2.md', '2026-11-05'), note('J/b1.md', '2026-11-05'), note('J/x.md', null)];

	it('moves by date, then by path on the same day, skipping undated notes', () => {
		expect(neighbourEntry(notes, 'J/a.md', 1)?.path).toBe('J/b1.md');
		expect(neighbourEntry(notes, 'J/b1.md', 1)?.path).toBe('J/b2.md');
		expect(neighbourEntry(notes, 'J/b2.md', 1)?.path).toBe('J/c.md');
		expect(neighbourEntry(notes, 'J/c.md', -1)?.path).toBe('J/b2.md');
		expect(neighbourEntry(notes, 'J/b1.md', -1)?.path).toBe('J/a.md');
	});

	it('has nothing before the first, after the last, or from an undated note', () => {
		expect(neighbourEntry(notes, 'J/a.md', -1)).toBeNull();
		expect(neighbourEntry(notes, 'J/c.md', 1)).toBeNull();
		expect(neighbourEntry(notes, 'J/x.md', 1)).toBeNull();
	});
});
