/** Moving through the journal by date: the dated entry just before or after a note. */
import type { JournalNote } from '../journal-note';

/** Order of dated entries: by date, then by path (the order the mirror lists them in). */
function before(a: JournalNote, b: JournalNote): boolean {
	const da = a.date as string;
	const db = b.date as string;
	return da < db || (da === db && a.path < b.path);
}

/**
 * The dated journal note right before (`-1`) or after (`1`) the note at `path`, or null when there is
 * none or the note itself has no date. One pass, no sort: a command asks once per key press.
 */
export function neighbourEntry(notes: Iterable<JournalNote>, path: string, direction: -1 | 1): JournalNote | null {
	const all = [...notes];
	const current = all.find((n) => n.path === path);
	if (!current || current.date === null) return null;
	let best: JournalNote | null = null;
	for (const note of all) {
		if (note.date === null || note.path === path) continue;
		const candidate = direction === 1 ? before(current, note) : before(note, current);
		if (!candidate) continue;
		if (best === null || (direction === 1 ? before(note, best) : before(best, note))) best = note;
	}
	return best;
}
