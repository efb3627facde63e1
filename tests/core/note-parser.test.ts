import { describe, expect, it } from 'vitest';
import { isValidIsoDate, parseNote } from '../../src/core/note-parser';

const CTIME = new Date(2026, 2, 14, 9, 30).getTime();

function parse(content: string, path = 'Journal/2026-11-27 Dag.md') {
	const result = parseNote({ path, content, mtime: CTIME, ctime: CTIME });
	if (!result.ok) throw new Error(`expected a note, got: ${result.reason}`);
	return result.note;
}

describe('parseNote', () => {
	it('reads gazes from frontmatter tags in both vocabularies and inline tags, in canonical order', () => {
		const note = parse('---\ntags:\n  - gaze/self\n  - Blik/Borger\n  - projekt/x\n---\nI dag #blik/medarbejdere og #42 er ikke et tag.\n');
		expect(note.gazes).toEqual(['citizen', 'staff', 'self']);
		expect(note.tags).toEqual(['gaze/self', 'Blik/Borger', 'projekt/x', 'blik/medarbejdere']);
	});

	it('reads tags given as a flow list, a single string or a comma-separated string', () => {
		expect(parse('---\ntags: [blik/borger, blik/selv]\n---\n').gazes).toEqual(['citizen', 'self']);
		expect(parse('---\ntags: blik/selv\n---\n').gazes).toEqual(['self']);
		expect(parse('---\ntags: "#blik/borger, gaze/staff"\n---\n').gazes).toEqual(['citizen', 'staff']);
		expect(parse('---\nTags: [blik/selv]\n---\n').gazes).toEqual(['self']);
	});

	it.each([
		['the date property', '---\ndate: 2026-03-04\n---\n', 'Journal/2026-11-27 Dag.md', '2026-03-04', 'property'],
		['a date-time property', '---\ndate: 2026-03-04T10:00\n---\n', 'Journal/x.md', '2026-03-04', 'property'],
		['the file name when date is missing', '---\nkind: selvtjek\n---\n', 'Journal/2026-11-27 Dag.md', '2026-11-27', 'filename'],
		['the file name when date is not a real day', '---\ndate: 2026-02-30\n---\n', 'Journal/Møde 2026-05-01.md', '2026-05-01', 'filename'],
		['the creation time as the last resort', 'Bare tekst\n', 'Journal/Uden dato.md', '2026-03-14', 'created'],
	])('takes the date from %s', (_label, content, path, date, source) => {
		const note = parse(content, path);
		expect(note.date).toBe(date);
		expect(note.dateSource).toBe(source);
	});

	it('reads the kind in either language and ignores unknown kinds', () => {
		expect(parse('---\nkind: beboerkonference\n---\n').kind).toBe('resident-conference');
		expect(parse('---\nkind: Resident conference\n---\n').kind).toBe('resident-conference');
		expect(parse('---\nkind: indkøb\n---\n').kind).toBeNull();
	});

	it('finds tools in the tools property and in toolbox callouts, and question sets', () => {
		const note = parse(
			'---\ntools: [isbjerget, five-factors]\n---\n> [!three-gazes|perspektivskifte] Perspektivskifte\n> Hvad prøver hun at fortælle?\n\n> [!three-gazes|handlinger]- Handlinger\n> [!note|isbjerget] not ours\n',
		);
		expect(note.tools.map((u) => u.tool)).toEqual(['iceberg', 'five-factors', 'perspective-shift']);
		expect(note.tools[2]?.line).toBe(3);
		expect(note.questionSets).toEqual(['actions']);
	});

	it('reads self check-in ratings between 1 and 5 only', () => {
		const note = parse('---\nrating-leadership-effect: 4\nrating-facilitator-role: "2"\nrating-systematic-meetings: 9\n---\n');
		expect(note.ratings).toEqual({ 'leadership-effect': 4, 'facilitator-role': 2 });
	});

	it('reads every rating-* property: energy, strain and her own, by the name after "rating-"', () => {
		const note = parse('---\nrating-energy: 2\nrating-strain: 5\nrating-søvn: 3\nrating-: 4\nrating-mood: høj\nrating: 3\n---\n');
		expect(note.ratings).toEqual({ energy: 2, strain: 5, søvn: 3 });
	});

	it('reads headings, open and done tasks with due dates, and links, skipping code blocks', () => {
		const note = parse(
			'---\ndate: 2026-01-02\n---\n# Dagen\n- [ ] Tal med SK 📅 2026-01-09\n- [x] Ring til pårørende\n```\n# not a heading\n- [ ] not a task\n```\nSe [[2026-01-01 Nytår|nytår]] og [referat](Møder/Referat%20maj.md).\n',
		);
		expect(note.headings).toEqual([{ level: 1, text: 'Dagen', line: 3 }]);
		expect(note.tasks).toEqual([
			{ text: 'Tal med SK', done: false, due: '2026-01-09', line: 4 },
			{ text: 'Ring til pårørende', done: true, due: null, line: 5 },
		]);
		expect(note.links).toEqual(['2026-01-01 Nytår', 'Møder/Referat maj.md']);
	});

	it('handles a BOM and CRLF line endings', () => {
		const note = parse('\uFEFF---\r\ndate: 2026-04-01\r\ntags: [blik/selv]\r\n---\r\n# Overskrift\r\nTekst\r\n');
		expect(note.date).toBe('2026-04-01');
		expect(note.gazes).toEqual(['self']);
		expect(note.headings[0]).toEqual({ level: 1, text: 'Overskrift', line: 4 });
		expect(note.body).toBe('# Overskrift\nTekst\n');
	});

	it.each([
		['an unclosed frontmatter block', '---\ndate: 2026-01-01\ntags: [blik/selv]\n', /never closed/],
		['a duplicate key', '---\ndate: 2026-01-01\ndate: 2026-01-02\n---\n', /duplicated mapping key/],
		['a list instead of a map', '---\n- a\n- b\n---\n', /not a map/],
		['broken YAML', '---\ntags: [blik/selv\n---\n', /malformed YAML/],
	])('reports %s as a reason, never a throw', (_label, content, reason) => {
		const result = parseNote({ path: 'Journal/x.md', content, mtime: 0, ctime: 0 });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});

	it('treats a --- block that does not start on the first line as body text', () => {
		const note = parse('\n---\ntags: [blik/selv]\n---\n');
		expect(note.frontmatter).toEqual({});
		expect(note.gazes).toEqual([]);
	});
});

describe('isValidIsoDate', () => {
	it.each([
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-13-01', false],
		['2026-04-31', false],
		['2026-12-31', true],
	])('%s is %s', (iso, valid) => expect(isValidIsoDate(iso)).toBe(valid));
});
