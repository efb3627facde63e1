/**
 * How she marks a note for supervision: the checkbox property `supervision: true` (what Obsidian's
 * Properties writes), or the tag `supervision` (any casing, also nested: `supervision/januar`).
 * The word is the same in Danish and English. Documented in docs/DESIGN.md (the note format table).
 */
import type { JournalNote } from '../journal-note';

/** The property that marks a note for supervision. */
export const SUPERVISION_PROPERTY = 'supervision';
/** The tag that marks a note for supervision. */
export const SUPERVISION_TAG = 'supervision';

const YES = new Set(['true', 'yes', 'ja', '1']);

/** True when she marked the note for supervision (property or tag). */
export function isMarkedForSupervision(note: Pick<JournalNote, 'frontmatter' | 'tags'>): boolean {
	const value = note.frontmatter[SUPERVISION_PROPERTY];
	if (value === true) return true;
	if (typeof value === 'string' && YES.has(value.trim().toLowerCase())) return true;
	return note.tags.some((tag) => {
		const t = tag.toLowerCase();
		return t === SUPERVISION_TAG || t.startsWith(`${SUPERVISION_TAG}/`);
	});
}
