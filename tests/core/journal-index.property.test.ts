/**
 * Index consistency: any sequence of create, modify, rename and delete events, applied one by one as
 * the vault bridge applies them, leaves the journal index equal to a full rebuild from the files; its
 * cache (written, then put back) equals it too, and so does the search index that follows it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StampedIndex, readIndexCache, serializeIndexCache } from '../../src/core/index-cache';
import { JournalIndex } from '../../src/core/journal-index';
import { SearchIndex, buildSearchIndex } from '../../src/core/search';

const FOLDERS = ['Journal', 'Mine noter/Ledelse'];
const PATHS = ['Journal/a.md', 'Journal/2026/b.md', 'Mine noter/Ledelse/c.md', 'Andet/d.md', 'Arkiv/e.md', 'Journal/billede.png', 'Journalen/f.md'];
const CONTENTS = [
	'tekst uden tags',
	'---\ntags: [blik/selv]\n---\nrefleksion',
	'---\ntags:\n  - gaze/staff\n  - ledelse\nkind: personalemøde\n---\n# Møde\n- [ ] følg op 📅 2026-12-01\n',
	'#blik/borger i teksten',
	'---\ntags: [blik/selv\n',
	'---\nkind: møde\nkind: personalemøde\n---\n#gaze/citizen',
	'\uFEFF---\r\ndate: 2025-03-04\r\ntags: blik/medarbejdere\r\n---\r\n> [!three-gazes|isbjerget] Isbjerget\r\n',
	'---\n---\nTom frontmatter, [[2026-11-20 Dag]]',
	'',
];

type Event =
	| { kind: 'create'; path: string; content: string }
	| { kind: 'modify'; path: string; content: string }
	| { kind: 'rename'; from: string; to: string }
	| { kind: 'delete'; path: string };

const path = fc.constantFrom(...PATHS);
const content = fc.oneof(fc.constantFrom(...CONTENTS), fc.string({ maxLength: 40 }), fc.constantFrom(...CONTENTS).map((c) => c.replace(/\n/g, '\r\n')));
const event: fc.Arbitrary<Event> = fc.oneof(
	fc.record({ kind: fc.constant('create' as const), path, content }),
	fc.record({ kind: fc.constant('modify' as const), path, content }),
	fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
	fc.record({ kind: fc.constant('delete' as const), path }),
);

interface StoredFile {
	content: string;
	mtime: number;
	ctime: number;
}

const noteFile = (p: string, f: StoredFile) => ({ path: p, content: f.content, mtime: f.mtime, ctime: f.ctime });
const stamp = (f: StoredFile) => ({ mtime: f.mtime, size: f.content.length });

function rebuild(files: ReadonlyMap<string, StoredFile>): StampedIndex {
	const stamped = new StampedIndex(new JournalIndex({ journalFolders: FOLDERS }));
	for (const [p, f] of files) stamped.upsert(noteFile(p, f), stamp(f));
	return stamped;
}

function state(index: JournalIndex) {
	return {
		notes: [...index.notes()].sort((a, b) => a.path.localeCompare(b.path)),
		skipped: index.skipped().sort((a, b) => a.path.localeCompare(b.path)),
	};
}

describe('JournalIndex under any sequence of vault events', () => {
	it('equals a full rebuild, and so do its cache put back and the search index following it', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.array(event, { maxLength: 40 }), (events) => {
				const files = new Map<string, StoredFile>();
				const live = new StampedIndex(new JournalIndex({ journalFolders: FOLDERS }));
				const search = buildSearchIndex(live.index);
				let clock = 1;
				for (const e of events) {
					clock++;
					if (e.kind === 'create' || e.kind === 'modify') {
						const existing = files.get(e.path);
						if (e.kind === 'modify' && !existing) continue;
						const file = { content: e.content, mtime: clock, ctime: existing?.ctime ?? clock };
						files.set(e.path, file);
						live.upsert(noteFile(e.path, file), stamp(file));
					} else if (e.kind === 'rename') {
						const file = files.get(e.from);
						if (!file || files.has(e.to) || e.from === e.to) continue;
						files.delete(e.from);
						files.set(e.to, file);
						live.rename(e.from, noteFile(e.to, file), stamp(file));
					} else if (files.delete(e.path)) {
						live.remove(e.path);
					}
				}
				const full = rebuild(files);
				expect(state(live.index)).toEqual(state(full.index));

				const fresh = SearchIndex.buildFrom(full.index.notes());
				expect(PATHS.filter((p) => search.index.has(p))).toEqual(PATHS.filter((p) => fresh.has(p)));
				for (const query of ['refleksion', 'møde', 'tekst', 'teksten', 'blik:selv', 'gaze:staff', 'frontmatter']) {
					const paths = (i: SearchIndex) => i.search(query).results.map((r) => r.path).sort();
					expect(paths(search.index), query).toEqual(paths(fresh));
				}

				const key = { pluginVersion: 'test', journalFolders: FOLDERS };
				const read = readIndexCache(serializeIndexCache(key, new Map(live.entries())), key);
				if (!read.ok) throw new Error(read.reason);
				const restored = new StampedIndex(new JournalIndex({ journalFolders: FOLDERS }));
				for (const [p, entry] of read.files) restored.restore(p, entry);
				expect(state(restored.index)).toEqual(state(full.index));
			}),
			{ numRuns: 300 },
		);
	});
});
