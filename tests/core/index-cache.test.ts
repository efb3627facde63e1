import { describe, expect, it } from 'vitest';
import { generateVault } from '../../src/cli/bench/generate';
import {
	INDEX_CACHE_VERSION,
	StampedIndex,
	cacheHeader,
	cacheText,
	planWarmStart,
	readIndexCache,
	serializeIndexCache,
	type CachedFile,
	type IndexCacheKey,
} from '../../src/core/index-cache';
import { JournalIndex } from '../../src/core/journal-index';

const KEY: IndexCacheKey = { pluginVersion: '0.1.0', journalFolders: ['Journal'] };
const notes = [...generateVault({ notes: 300, seed: 11 })];
const stampOf = (content: string, mtime: number) => ({ mtime, size: new TextEncoder().encode(content).length });

function indexed(): StampedIndex {
	const stamped = new StampedIndex(new JournalIndex({ journalFolders: ['Journal'] }));
	for (const n of notes) stamped.upsert({ path: n.path, content: n.content, mtime: n.mtime, ctime: n.mtime }, stampOf(n.content, n.mtime));
	return stamped;
}

function restored(text: string): StampedIndex {
	const read = readIndexCache(text, KEY);
	if (!read.ok) throw new Error(read.reason);
	const stamped = new StampedIndex(new JournalIndex({ journalFolders: ['Journal'] }));
	for (const [path, entry] of read.files) stamped.restore(path, entry);
	return stamped;
}

const sorted = (index: JournalIndex) => [...index.notes()].sort((a, b) => a.path.localeCompare(b.path));

describe('the index cache', () => {
	it('round-trips: the index put back from the cache equals the one built from the files', () => {
		const built = indexed();
		const text = serializeIndexCache(KEY, new Map(built.entries()));
		const back = restored(text);
		expect(back.index.size).toBeGreaterThan(100);
		expect(sorted(back.index)).toEqual(sorted(built.index));
		expect(back.index.skipped()).toEqual(built.index.skipped());
		expect(back.index.skipped().length).toBeGreaterThan(0);
		// Every file looked at is remembered, journal or not, so nothing is read again needlessly.
		expect(back.size).toBe(notes.length);
		expect(serializeIndexCache(KEY, new Map(back.entries()))).toBe(text);
	});

	it('keeps a body exactly, whatever it holds (line breaks, a line like a record, Danish letters, emoji, separators)', () => {
		const stamped = new StampedIndex(new JournalIndex({ journalFolders: ['Journal'] }));
		const body = '# Dag\n\n["Journal/x.md",1,2,"other"]\n\n"body":3\nÆblet på rød grød \u2028 \u2029 \\u00e6 📅 2026-11-27 \ud83d\n\n';
		stamped.upsert({ path: 'Journal/Svær dag.md', content: `---\nkind: daily\ntitel: "Møde – årets sidste"\n---\n${body}`, mtime: 5, ctime: 5 }, { mtime: 5, size: 9 });
		stamped.upsert({ path: 'Journal/Efter.md', content: 'Efter.', mtime: 6, ctime: 6 }, { mtime: 6, size: 6 });
		const text = serializeIndexCache(KEY, new Map(stamped.entries()));
		const back = restored(text);
		expect(back.index.get('Journal/Svær dag.md')?.body).toBe(body);
		expect(back.index.get('Journal/Svær dag.md')?.frontmatter).toEqual({ kind: 'daily', titel: 'Møde – årets sidste' });
		expect(sorted(back.index)).toEqual(sorted(stamped.index));
	});

	it('writes again after a warm start exactly what a fresh serialisation gives, changed notes new and unchanged ones as read', () => {
		const text = serializeIndexCache(KEY, new Map(indexed().entries()));
		const back = restored(text);
		const journal = notes.filter((n) => n.path.startsWith('Journal/'));
		const edited = journal[3];
		const removed = journal[5];
		if (!edited || !removed) throw new Error('the generated vault has too few journal notes');
		const content = `${edited.content}\nEn ændring i dag.\n`;
		back.upsert({ path: edited.path, content, mtime: edited.mtime + 1, ctime: edited.mtime }, stampOf(content, edited.mtime + 1));
		back.remove(removed.path);
		const written = cacheText(KEY, back.cacheLines());
		expect(written).toBe(serializeIndexCache(KEY, new Map(back.entries())));
		expect(written).toContain('En \\u00e6ndring i dag.');
		expect(written).not.toContain(JSON.stringify(removed.path));
		expect(restored(written).index.get(edited.path)?.body).toContain('En ændring i dag.');
	});

	it('is written in ASCII alone, one line per file, however the notes are written', () => {
		const text = serializeIndexCache(KEY, new Map(indexed().entries()));
		expect(notes.some((n) => /[æøå]/.test(n.content))).toBe(true);
		expect(text).not.toMatch(/[\u0080-\uffff]/);
		expect(text.split('\n').length).toBe(notes.length + 2);
	});

	it.each([
		['another cache version', (t: string) => t.replace(`"version":${INDEX_CACHE_VERSION}`, `"version":${INDEX_CACHE_VERSION + 1}`), /cache version/],
		['another plugin version', (t: string) => t.replace('"pluginVersion":"0.1.0"', '"pluginVersion":"0.2.0"'), /plugin version/],
		['other journal folders', (t: string) => t.replace('"journalFolders":["Journal"]', '"journalFolders":["Dagbog"]'), /journal folders/],
		['no cache at all', () => '', /no cache/],
		['not JSON', () => 'PK\u0003\u0004 garbage', /unreadable header/],
		['some other JSON', () => '{"hello":1}\n', /not an index cache/],
		['a truncated line', (t: string) => t.slice(0, Math.floor(t.length / 2)), /unreadable line|damaged/],
		['a note record with a field of the wrong type', (t: string) => t.replace(/,"note","[^"]*"/, ',"note",17'), /damaged line/],
		['a note record a field short', (t: string) => t.replace(/,"note","[^"]*",/, ',"note",'), /damaged line/],
		['a note record a field too many', (t: string) => t.replace(/("note",[^\n]*)\]\n/, '$1,0]\n'), /damaged line/],
		['a line of the wrong shape', (t: string) => `${t}{"path":"x"}\n`, /damaged line/],
	])('is discarded whole (a full rebuild) when it has %s', (_label, damage, reason) => {
		const text = serializeIndexCache(KEY, new Map(indexed().entries()));
		const read = readIndexCache(damage(text), KEY);
		expect(read.ok).toBe(false);
		expect(!read.ok && read.reason).toMatch(reason);
	});

	it('plans a warm start: unchanged files are reused, changed or new ones re-read, gone ones dropped', () => {
		const stamp = { mtime: 100, size: 10 };
		const cached = new Map<string, CachedFile>([
			['Journal/same.md', { kind: 'other', stamp }],
			['Journal/touched.md', { kind: 'other', stamp }],
			['Journal/grown.md', { kind: 'other', stamp }],
			['Journal/gone.md', { kind: 'other', stamp }],
		]);
		const plan = planWarmStart(cached, [
			{ path: 'Journal/same.md', stamp },
			{ path: 'Journal/touched.md', stamp: { mtime: 101, size: 10 } },
			{ path: 'Journal/grown.md', stamp: { mtime: 100, size: 11 } },
			{ path: 'Journal/new.md', stamp },
		]);
		expect(plan.reuse.map(([p]) => p)).toEqual(['Journal/same.md']);
		expect(plan.reread).toEqual(['Journal/touched.md', 'Journal/grown.md', 'Journal/new.md']);
		expect(plan.dropped).toBe(1);
	});

	it('leaves out a note whose frontmatter JSON cannot hold exactly, so it is read again', () => {
		const stamped = new StampedIndex(new JournalIndex({ journalFolders: ['Journal'] }));
		stamped.upsert({ path: 'Journal/nan.md', content: '---\nrating-leadership-effect: .nan\n---\n', mtime: 1, ctime: 1 }, { mtime: 1, size: 40 });
		stamped.upsert({ path: 'Journal/ok.md', content: '---\nrating-leadership-effect: 4\n---\n', mtime: 1, ctime: 1 }, { mtime: 1, size: 40 });
		const text = serializeIndexCache(KEY, new Map(stamped.entries()));
		expect(text.startsWith(cacheHeader(KEY))).toBe(true);
		const read = readIndexCache(text, KEY);
		expect(read.ok && [...read.files.keys()]).toEqual(['Journal/ok.md']);
	});
});
