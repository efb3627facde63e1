import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/domain';
import { loadVault } from '../../src/cli/vault';

interface Expectations {
	journalNotes: number;
	journalNotePaths: string[];
	malformed: string[];
	untaggedJournalNotePaths: string[];
	gazes: Record<'citizen' | 'staff' | 'self', number>;
	untaggedJournalNotes: number;
	kinds: Record<string, number>;
	openTasks: number;
	doneTasks: number;
	openTasksWithDueDate: number;
	toolCalloutsTotal: number;
}

const expected = JSON.parse(readFileSync('tests/fixtures/demo-vault-expectations.json', 'utf8')) as Expectations;

function demo() {
	const loaded = loadVault('demo-vault');
	if (!loaded.ok) throw new Error(loaded.error);
	return loaded.vault;
}

describe('the journal index over the demo vault (counted by hand)', () => {
	it('finds every journal note, including the gaze-tagged note outside the journal folder, and only those', () => {
		const notes = [...demo().index.notes()];
		expect(notes.map((n) => n.path).sort()).toEqual([...expected.journalNotePaths].sort());
		expect(notes).toHaveLength(expected.journalNotes);
	});

	it('reports the malformed note and skips it', () => {
		expect(demo().index.skipped().map((s) => s.path)).toEqual(expected.malformed);
	});

	it('counts gazes, kinds, tasks and tools as a person counting by hand does', () => {
		const notes = [...demo().index.notes()];
		for (const gaze of ['citizen', 'staff', 'self'] as const) {
			expect(notes.filter((n) => n.gazes.includes(gaze)).length, gaze).toBe(expected.gazes[gaze]);
		}
		expect(notes.filter((n) => n.gazes.length === 0)).toHaveLength(expected.untaggedJournalNotes);
		for (const kind of KINDS) expect(notes.filter((n) => n.kind === kind).length, kind).toBe(expected.kinds[kind] ?? 0);
		const tasks = notes.flatMap((n) => n.tasks);
		expect(tasks.filter((t) => !t.done)).toHaveLength(expected.openTasks);
		expect(tasks.filter((t) => t.done)).toHaveLength(expected.doneTasks);
		expect(tasks.filter((t) => !t.done && t.due)).toHaveLength(expected.openTasksWithDueDate);
		expect(notes.flatMap((n) => n.tools).filter((u) => u.line !== null)).toHaveLength(expected.toolCalloutsTotal);
	});

	it('reads the vault settings, and --journal-folder overrides them', () => {
		expect(demo().settings.journalFolders).toEqual(['Journal']);
		const loaded = loadVault('demo-vault', { journalFolders: ['Andet'] });
		if (!loaded.ok) throw new Error(loaded.error);
		const paths = [...loaded.vault.index.notes()].map((n) => n.path);
		expect(paths).toContain('Andet/Indkøbsliste.md');
		// An untagged note in Journal is no longer a journal note; tagged ones still are.
		const untaggedInJournal = expected.untaggedJournalNotePaths.filter((p) => p.startsWith('Journal/'));
		expect(untaggedInJournal.length).toBeGreaterThan(0);
		for (const path of untaggedInJournal) expect(paths).not.toContain(path);
		expect(paths.length).toBe(expected.journalNotes - untaggedInJournal.length + 2);
	});
});
