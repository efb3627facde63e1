/** A small hand-built journal for the mirror's tests; every figure in the tests is counted by hand from these notes. */
import { JournalIndex } from '../../../src/core/journal-index';
import type { JournalNote } from '../../../src/core/journal-note';
import { parseNote, type NoteFile } from '../../../src/core/note-parser';

/** A note file from frontmatter lines and body lines (no date, no tags when left out). */
export function file(path: string, frontmatter: readonly string[], body: readonly string[] = [], ctime = 0): NoteFile {
	const fm = frontmatter.length > 0 ? `---\n${frontmatter.join('\n')}\n---\n` : '';
	return { path, content: fm + body.join('\n') + '\n', mtime: 0, ctime };
}

export function parsed(f: NoteFile): JournalNote {
	const result = parseNote(f);
	if (!result.ok) throw new Error(result.reason);
	return result.note;
}

/** The hand-built journal: today is Friday 2027-01-08; the period 2026-12-14 .. 2027-01-08 touches W51, W52, W53 and 2027-W01. */
export const TODAY = '2027-01-08';
export const FROM = '2026-12-14';

export const FILES: readonly NoteFile[] = [
	// a: Monday of W51, citizen and staff, a heading naming a self focus point with her own words under it.
	file('J/2026-12-14 a.md', ['date: 2026-12-14', 'kind: daglig-refleksion', 'tags: [blik/borger, blik/medarbejdere]'], ['## Min ledelse', 'Jeg flyttede mødet, og det hjalp.']),
	// b: Sunday of W51, self; a template prompt only (does not count), prose naming the shared language (counts), a rating.
	file('J/2026-12-20 b.md', ['date: 2026-12-20', 'tags: [blik/selv]', 'rating-leadership-effect: 4'], ['Vi fik et fælles sprog om aftenerne.', '- **Effekten af min ledelse:** Hvad virkede?']),
	// c: Monday of W53 (2026 has 53 ISO weeks), a conversation with the staff side only; six questions.
	file('J/2026-12-28 c.md', ['date: 2026-12-28', 'kind: medarbejdersamtale', 'tags:', '  - gaze/staff'], [
		'- Hvad gjorde du, da hun blev urolig?',
		'- Hvordan har du det med det?',
		'- What did you notice before it happened?',
		'Jeg spurgte: Hvad ved du om hendes vaner? Og hvad håbede du at opnå?',
		'> - Hvad gjorde du så?',
		'Hvad mon vejret bliver?',
		'Jeg spurgte ikke "hvordan har du det?", men lyttede.',
	]),
	// d: Sunday of W53, a resident conference: citizen by tag and the iceberg (property and callout), staff by a question set.
	file('J/2027-01-03 d.md', ['date: 2027-01-03', 'kind: beboerkonference', 'tags: [blik/borger]', 'tools: [isbjerget]'], [
		'> [!three-gazes|isbjerget] Isbjerget',
		'> Over vandet.',
		'',
		'> [!three-gazes|handlinger] Handlinger',
		'> - Hvad gjorde du så?',
		'',
		'Hvad har I prøvet?',
	]),
	// e: Monday of 2027-W01, staff and self, the big why, a focus heading, a rating, tasks.
	file('J/2027-01-04 e.md', ['date: 2027-01-04', 'tags: [blik/medarbejdere, blik/selv]', 'tools: [det-store-hvorfor]', 'rating-leadership-effect: 2'], [
		'## Facilitator tæt på praksis',
		'Jeg var med på gulvet i dag.',
		'- [ ] Følg op 📅 2027-01-06',
		'- [x] Færdig',
		'- [ ] ',
	]),
	// f: no date at all (no property, no date in the name, no creation time).
	file('J/udateret.md', ['tags: [blik/selv]']),
	// g: dated after today.
	file('J/2027-02-01 g.md', ['date: 2027-02-01', 'tags: [blik/borger]'], ['- [ ] Noget i fremtiden']),
	// h: before the period, with an open task (follow-ups look back) holding an inline gaze tag.
	file('J/2026-11-30 h.md', ['date: 2026-11-30', 'tags: [blik/borger]'], ['- [ ] Ring til datteren #blik/medarbejdere']),
	// i: a supervision preparation long before, with a revisit due in two days.
	file('J/2026-10-01 i.md', ['date: 2026-10-01', 'kind: supervisionsforberedelse', 'tags: [blik/selv]'], ['- [ ] Se på det igen 📅 2027-01-10']),
];

export function notes(): JournalNote[] {
	return FILES.map(parsed);
}

export function index(): JournalIndex {
	const idx = new JournalIndex({ journalFolders: ['J'] });
	for (const f of FILES) idx.upsert(f);
	return idx;
}
