import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateVault, journalCount, longNote, writeVault, type GeneratedNote } from '../../../src/cli/bench/generate';
import { listMarkdownFiles, loadVault } from '../../../src/cli/vault';
import { JournalIndex } from '../../../src/core/journal-index';
import { parseNote } from '../../../src/core/note-parser';

function digest(notes: Iterable<GeneratedNote>): string {
	const hash = createHash('sha256');
	for (const note of notes) hash.update(`${note.path}\0${note.mtime}\0${note.content}\0`);
	return hash.digest('hex');
}

const vault = [...generateVault({ notes: 1000 })];
const tokens = vault.flatMap((n) => n.content.toLowerCase().match(/\p{L}+/gu) ?? []);

describe('generated vaults', () => {
	it('are the same bytes for the same seed and size, and differ for another seed', () => {
		expect(digest(generateVault({ notes: 300 }))).toBe(digest(generateVault({ notes: 300 })));
		expect(digest(generateVault({ notes: 300, seed: 7 }))).toBe(digest(generateVault({ notes: 300, seed: 7 })));
		expect(digest(generateVault({ notes: 300, seed: 7 }))).not.toBe(digest(generateVault({ notes: 300 })));
	});

	it('have a realistic vocabulary: thousands of word forms with Zipf-like frequencies', () => {
		const counts = new Map<string, number>();
		for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
		const ranked = [...counts.values()].sort((a, b) => b - a);
		expect(counts.size).toBeGreaterThan(2500);
		const top10 = ranked.slice(0, 10).reduce((s, c) => s + c, 0) / tokens.length;
		expect(top10).toBeGreaterThan(0.15);
		expect(top10).toBeLessThan(0.45);
		// Zipf: the 10th word is roughly ten times rarer than the first, the 100th a hundred times.
		const r1 = ranked[0] ?? 1;
		expect(r1 / (ranked[9] ?? 1)).toBeGreaterThan(4);
		expect(r1 / (ranked[99] ?? 1)).toBeGreaterThan(30);
		expect(counts.get('borgeren')).toBeGreaterThan(0);
	});

	it('put the right share in the journal folder, spread over twenty years', () => {
		const journal = vault.filter((n) => n.path.startsWith('Journal/'));
		expect(journal).toHaveLength(journalCount(1000));
		expect(journalCount(50_000)).toBeGreaterThanOrEqual(7000);
		expect(journalCount(50_000)).toBeLessThanOrEqual(10_000);
		const years = new Set(journal.map((n) => n.path.slice(8, 12)));
		expect(years.size).toBe(20);
		expect(vault.filter((n) => n.journal && !n.path.startsWith('Journal/')).length).toBeGreaterThan(5);
	});

	it('write frontmatter in the styles people use, with both tag vocabularies and toolbox elements', () => {
		const share = (test: (c: string) => boolean) => vault.filter((n) => test(n.content)).length / vault.length;
		expect(share((c) => c.includes('\r\n'))).toBeGreaterThan(0.02);
		expect(share((c) => c.startsWith('\uFEFF'))).toBeGreaterThan(0.005);
		expect(share((c) => !c.replace(/^\uFEFF/, '').startsWith('---'))).toBeGreaterThan(0.15);
		expect(share((c) => /^tags: \[/m.test(c))).toBeGreaterThan(0.05);
		expect(share((c) => /^tags:\r?\n\s+- /m.test(c))).toBeGreaterThan(0.1);
		expect(share((c) => /^# /m.test(c) && /^---\r?\n#/.test(c.replace(/^\uFEFF/, '')))).toBeGreaterThan(0.02);
		expect(share((c) => c.includes('gaze/'))).toBeGreaterThan(0.02);
		expect(share((c) => c.includes('blik/'))).toBeGreaterThan(0.2);
		expect(share((c) => c.includes('> [!three-gazes|'))).toBeGreaterThan(0.05);
		expect(share((c) => c.includes('- [ ] '))).toBeGreaterThan(0.05);
		expect(share((c) => c.includes('- [x] '))).toBeGreaterThan(0.05);
		expect(share((c) => c.includes('📅'))).toBeGreaterThan(0.05);
		expect(share((c) => c.includes('[['))).toBeGreaterThan(0.2);
		expect(share((c) => c.includes('?'))).toBeGreaterThan(0.5);
	});

	it('make a small share of notes malformed, and exactly those are the ones the parser refuses', () => {
		const malformed = vault.filter((n) => n.malformed);
		expect(malformed.length / vault.length).toBeGreaterThan(0.003);
		expect(malformed.length / vault.length).toBeLessThan(0.03);
		for (const note of vault) {
			expect(parseNote({ path: note.path, content: note.content, mtime: note.mtime, ctime: note.mtime }).ok, note.path).toBe(!note.malformed);
		}
		const index = new JournalIndex({ journalFolders: ['Journal'] });
		for (const note of vault) index.upsert({ path: note.path, content: note.content, mtime: note.mtime, ctime: note.mtime });
		expect(index.size).toBe(vault.filter((n) => n.journal && !n.malformed).length);
		expect(index.skipped().length).toBe(vault.filter((n) => n.malformed && n.path.startsWith('Journal/')).length);
		const notes = [...index.notes()];
		expect(notes.filter((n) => n.gazes.length === 0).length).toBeGreaterThan(20);
		expect(notes.filter((n) => n.kind !== null).length / notes.length).toBeGreaterThan(0.6);
		expect(notes.some((n) => n.tools.some((t) => t.line !== null))).toBe(true);
		expect(notes.some((n) => n.questionSets.length > 0)).toBe(true);
		expect(notes.some((n) => Object.keys(n.ratings).length === 4)).toBe(true);
	});

	it('give a long note of the asked length', () => {
		const words = longNote(5000).split(/\s+/).length;
		expect(words).toBeGreaterThanOrEqual(5000);
		expect(words).toBeLessThan(5200);
	});

	describe('on disk', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tg-gen-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('writes every note with its modification time, and the command line loader reads them', () => {
			const written = writeVault(dir, { notes: 200 });
			const notes = [...generateVault({ notes: 200 })];
			expect(written.notes).toBe(200);
			expect(listMarkdownFiles(dir)).toHaveLength(200);
			const first = notes[0] as GeneratedNote;
			expect(readFileSync(join(dir, first.path), 'utf8')).toBe(first.content);
			expect(statSync(join(dir, first.path)).mtimeMs).toBe(first.mtime);
			const loaded = loadVault(dir, { journalFolders: ['Journal'] });
			expect(loaded.ok && loaded.vault.index.size).toBe(notes.filter((n) => n.journal && !n.malformed).length);
		});
	});
});
