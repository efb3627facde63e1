/**
 * Text and file names in NFD (as macOS writes them: `å` as `a` + U+030A, `ö` as `o` + U+0308) meet
 * what she types (NFC), in search, in journal folders and in paths (issue 23). Her files are never
 * rewritten: only what is indexed and compared is normalised.
 */
import { describe, expect, it } from 'vitest';
import { isInFolder, normalizeFolder } from '../../../src/core/folders';
import { JournalIndex } from '../../../src/core/journal-index';
import { SearchIndex } from '../../../src/core/search/search-index';

const NFD_TEXT = '# Mødet ved åen\n\nVi talte om ålen og Lærkes børn.\n'.normalize('NFD');
const NFD_PATH = 'Journal/2026-05-05 Mødet ved åen.md'.normalize('NFD');
const NFC_PATH = 'Journal/2026-05-05 Mødet ved åen.md';

function index(): JournalIndex {
	const journal = new JournalIndex({ journalFolders: ['Journal'] });
	journal.upsert({ path: NFD_PATH, content: NFD_TEXT, mtime: 1, ctime: 1 });
	return journal;
}

describe('NFD text', () => {
	it('is found by a query typed in NFC, and the snippet marks the whole word', () => {
		expect(NFD_TEXT).not.toBe(NFD_TEXT.normalize('NFC'));
		const search = SearchIndex.buildFrom(index().notes());
		for (const query of ['ålen', 'åen', 'mødet']) {
			const { results } = search.search(`${query} `);
			expect(results.map((r) => r.path), query).toEqual([NFD_PATH]);
		}
		const hit = search.search('ålen ').results[0];
		expect(hit && hit.matches.map((m) => hit.snippet.slice(m.start, m.end).normalize('NFC'))).toEqual(['ålen']);
	});

	it('and an NFD query finds NFC text', () => {
		const journal = new JournalIndex({ journalFolders: ['Journal'] });
		journal.upsert({ path: NFC_PATH, content: NFD_TEXT.normalize('NFC'), mtime: 1, ctime: 1 });
		const search = SearchIndex.buildFrom(journal.notes());
		expect(search.search(`${'ålen'.normalize('NFD')} `).results.map((r) => r.path)).toEqual([NFC_PATH]);
	});
});

describe('NFD paths', () => {
	it('lie in the journal folder she typed in NFC', () => {
		const folder = normalizeFolder('Møder på Åbo');
		expect(folder).toEqual({ ok: true, folder: 'Møder på Åbo' });
		expect(isInFolder('Møder på Åbo/x.md'.normalize('NFD'), 'Møder på Åbo')).toBe(true);
		expect(normalizeFolder('Møder på Åbo'.normalize('NFD'))).toEqual({ ok: true, folder: 'Møder på Åbo' });
	});

	it('are found by the path typed in NFC (and the other way round), as the path on disk', () => {
		const journal = index();
		expect(journal.resolvePath(NFC_PATH)).toBe(NFD_PATH);
		expect(journal.resolvePath(NFD_PATH)).toBe(NFD_PATH);
		expect(journal.resolvePath('Journal/other.md')).toBeUndefined();
	});
});
