/** Loads tests/fixtures/search (real .md notes) into a journal index, as the command line does. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JournalIndex } from '../../../src/core/journal-index';
import type { JournalNote } from '../../../src/core/journal-note';
import { parseNote } from '../../../src/core/note-parser';

export const FIXTURE_DIR = 'tests/fixtures/search';

function listMd(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return listMd(full);
		return entry.name.endsWith('.md') ? [full] : [];
	});
}

/** A journal index over the fixture vault (journal folder `Journal`). */
export function fixtureIndex(): JournalIndex {
	const index = new JournalIndex({ journalFolders: ['Journal'] });
	for (const full of listMd(FIXTURE_DIR)) {
		index.upsert({ path: relative(FIXTURE_DIR, full).split('\\').join('/'), content: readFileSync(full, 'utf8'), mtime: 1, ctime: 1 });
	}
	return index;
}

/** A note record from text, for generated cases. */
export function noteOf(path: string, content: string): JournalNote {
	const parsed = parseNote({ path, content, mtime: 1, ctime: 1 });
	if (!parsed.ok) throw new Error(`fixture: ${parsed.reason}`);
	return parsed.note;
}
