import { describe, expect, it } from 'vitest';
import { generateVault } from '../../src/cli/bench/generate';
import {
	INDEX_CACHE_VERSION,
	StampedIndex,
	cacheHeader,
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

	it('keeps a body as it is after its record, whatever it holds (blank lines, a line like a record)', () => {
		const stamped = new StampedIndex(new JournalIndex({ journalFolders: ['Journal'] }));
		const body = '# Dag\n\n["Journal/x.md",1,2,"other"]\n\n"body":3\n\n';
		stamped.upsert({ path: 'Journal/Svær.md', content: `---\nkind: daily\n---\n${body}`, mtime: 5, ctime: 5 }, { mtime: 5, size: 9 });
		stamped.upsert({ path: 'Journal/Efter.md', content: 'Efter.', mtime: 6, ctime: 6 }, { mtime: 6, size: 6 });
		const text = serializeIndexCache(KEY, new Map(stamped.entries()));
		expect(text).toContain(`\n${body}\n`);
		const back = restored(text);
		expect(back.index.get('Journal/Svær.md')?.body).toBe(body);
		expect(sorted(back.index)).toEqual(sorted(stamped.index));
	});

	it.each([
		['another cache version', (t: string) => t.replace(`"version":${INDEX_CACHE_VERSION}`, `"version":${INDEX_CACHE_VERSION + 1}`), /cache version/],
		['another plugin version', (t: string) => t.replace('"pluginVersion":"0.1.0"', '"pluginVersion":"0.2.0"'), /plugin version/],
		['other journal folders', (t: string) => t.replace('"journalFolders":["Journal"]', '"journalFolders":["Dagbog"]'), /journal folders/],
		['no cache at all', () => '', /no cache/],
		['not JSON', () => 'PK\u0003\u0004 garbage', /unreadable header/],
		['some other JSON', () => '{"hello":1}\n', /not an index cache/],
		['a truncated line', (t: string) => t.slice(0, Math.floor(t.length / 2)), /unreadable line|damaged/],
		['a damaged record', (t: string) => t.replace(/"bodyStartLine":/, '"bodyStartLine":"0","x":'), /damaged line/],
		['a body length one too long', (t: string) => t.replace(/"body":(\d+)/, (_m, n: string) => `"body":${Number(n) + 1}`), /damaged line/],
		['a body length past the end', (t: string) => t.replace(/"body":\d+/, `"body":${t.length}`), /damaged line/],
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
