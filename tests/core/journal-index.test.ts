import { describe, expect, it } from 'vitest';
import { JournalIndex, type IndexChange } from '../../src/core/journal-index';

const file = (path: string, content: string) => ({ path, content, mtime: 1, ctime: 1 });

function makeIndex() {
	const index = new JournalIndex({ journalFolders: ['Journal', 'Mine noter/Ledelse'] });
	const changes: IndexChange['kind'][] = [];
	index.onChange((change) => changes.push(change.kind));
	return { index, changes };
}

describe('JournalIndex', () => {
	it('keeps notes in the journal folders and gaze-tagged notes elsewhere, nothing else', () => {
		const { index } = makeIndex();
		expect(index.upsert(file('Journal/a.md', 'tekst'))).toBe('indexed');
		expect(index.upsert(file('Mine noter/Ledelse/b.md', 'tekst'))).toBe('indexed');
		expect(index.upsert(file('Andet/c.md', '#blik/selv'))).toBe('indexed');
		expect(index.upsert(file('Andet/d.md', 'indkøb'))).toBe('not-journal');
		expect(index.upsert(file('Journal/billede.png', ''))).toBe('not-journal');
		expect(index.upsert(file('Journalen/e.md', 'tekst'))).toBe('not-journal');
		expect([...index.notes()].map((n) => n.path).sort()).toEqual(['Andet/c.md', 'Journal/a.md', 'Mine noter/Ledelse/b.md']);
	});

	it('reports a malformed note and goes on indexing the rest', () => {
		const { index } = makeIndex();
		expect(index.upsert(file('Journal/bad.md', '---\ntags: [\n'))).toBe('skipped');
		index.upsert(file('Journal/good.md', '---\ntags: [blik/selv]\n---\n'));
		expect(index.size).toBe(1);
		expect(index.skipped()).toEqual([{ path: 'Journal/bad.md', reason: expect.stringMatching(/never closed/) as string }]);
		// Repaired: the skip is forgotten and the note is indexed.
		index.upsert(file('Journal/bad.md', '---\ntags: [blik/borger]\n---\n'));
		expect(index.skipped()).toEqual([]);
		expect(index.get('Journal/bad.md')?.gazes).toEqual(['citizen']);
	});

	it('updates a note in place and drops a note outside the folders when its gaze tag goes', () => {
		const { index, changes } = makeIndex();
		index.upsert(file('Andet/c.md', '#blik/selv'));
		index.upsert(file('Andet/c.md', '#blik/borger'));
		expect(index.get('Andet/c.md')?.gazes).toEqual(['citizen']);
		index.upsert(file('Andet/c.md', 'ingen tags'));
		expect(index.has('Andet/c.md')).toBe(false);
		expect(changes).toEqual(['upsert', 'upsert', 'remove']);
	});

	it('follows renames into and out of the journal folder, and deletes', () => {
		const { index } = makeIndex();
		index.upsert(file('Journal/a.md', 'tekst'));
		expect(index.rename('Journal/a.md', file('Arkiv/a.md', 'tekst'))).toBe('not-journal');
		expect(index.size).toBe(0);
		expect(index.rename('Arkiv/a.md', file('Journal/2026/a.md', 'tekst'))).toBe('indexed');
		expect(index.has('Journal/2026/a.md')).toBe(true);
		index.remove('Journal/2026/a.md');
		expect(index.size).toBe(0);
	});

	it('raises the revision on every change and not on a non-journal note', () => {
		const { index } = makeIndex();
		const r0 = index.revision;
		index.upsert(file('Andet/d.md', 'indkøb'));
		expect(index.revision).toBe(r0);
		index.upsert(file('Journal/a.md', 'tekst'));
		expect(index.revision).toBeGreaterThan(r0);
	});
});

describe('a binary file named .md (issue 23)', () => {
	it('is not counted as a note; in a journal folder it is listed as skipped', () => {
		const index = new JournalIndex({ journalFolders: ['Journal'] });
		const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
		expect(index.upsert({ path: 'Journal/2026-01-01.md', content: png, mtime: 1, ctime: 1 })).toBe('skipped');
		expect(index.size).toBe(0);
		expect(index.skipped()).toEqual([{ path: 'Journal/2026-01-01.md', reason: 'not text (binary data)' }]);
		expect(index.upsert({ path: 'Journal/2026-01-02.md', content: '# Dag\n', mtime: 1, ctime: 1 })).toBe('indexed');
	});
});
