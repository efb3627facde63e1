import { describe, expect, it } from 'vitest';
import { gazeTag, LANGS, QUESTION_CATEGORIES, SELF_FOCUS } from '../../../src/core/domain';
import type { Lang } from '../../../src/core/domain';
import { gazeEntry, SUPERVISION_PREPARATION, toolSides } from '../../../src/core/method/catalogue';
import { parseNote } from '../../../src/core/note-parser';
import type { JournalNote } from '../../../src/core/journal-note';
import { renderNoteFromTemplate } from '../../../src/core/templates/note-from-template';
import { findTemplate, TEMPLATES, templateSearchText, templateText } from '../../../src/core/templates/registry';
import type { TemplateDef } from '../../../src/core/templates/registry';

// Friday 27 November 2026, 14:05 in Copenhagen (the test zone).
const NOW = new Date(2026, 10, 27, 14, 5, 9);

function def(id: string): TemplateDef {
	const found = findTemplate(id);
	if (!found) throw new Error(`no template ${id}`);
	return found;
}

function render(id: string, lang: Lang, tagLang: Lang = lang): string {
	const template = def(id);
	const result = renderNoteFromTemplate(template.text[lang], { title: template.name[lang], now: NOW, lang, tagLang });
	expect(result.unknown).toEqual([]);
	return result.text;
}

/** Renders and parses back with the index's own parser, as a new note in the journal folder. */
function parsed(id: string, lang: Lang, tagLang: Lang = lang): JournalNote {
	const text = render(id, lang, tagLang);
	const result = parseNote({ path: `Journal/2026-11-27 ${def(id).name[lang]}.md`, content: text, mtime: 0, ctime: 0 });
	if (!result.ok) throw new Error(result.reason);
	return result.note;
}

const CASES = TEMPLATES.flatMap((t) => LANGS.map((lang) => [t.id, lang] as const));

describe('the bundled templates', () => {
	it('cover every template the method asks for', () => {
		expect(TEMPLATES.map((t) => t.id)).toEqual([
			'daily-reflection',
			'citizen-reflection',
			'staff-reflection',
			'self-reflection',
			'self-check-in',
			'staff-meeting',
			'employee-conversation',
			'resident-conference',
			'supervision-preparation',
		]);
	});

	it.each(CASES)('%s (%s) renders with no unknown placeholder and parses back into its date, kind and gazes', (id, lang) => {
		const note = parsed(id, lang);
		expect(note.date).toBe('2026-11-27');
		expect(note.dateSource).toBe('property');
		expect(note.kind).toBe(def(id).kind);
		expect(note.gazes).toEqual(def(id).gazes);
		expect(note.tags).toEqual(def(id).gazes.map((g) => gazeTag(g, lang)));
		expect(note.headings[0]).toMatchObject({ level: 1, text: def(id).name[lang] });
	});

	it.each(CASES)('%s (%s) writes gaze tags in the other vocabulary when the setting says so', (id, lang) => {
		const other: Lang = lang === 'da' ? 'en' : 'da';
		const note = parsed(id, lang, other);
		expect(note.tags).toEqual(def(id).gazes.map((g) => gazeTag(g, other)));
		expect(note.gazes).toEqual(def(id).gazes);
	});

	it.each(CASES)('%s (%s) leaves no method block unexpanded and ends with the leader\'s own part', (id, lang) => {
		const text = render(id, lang);
		expect(text).not.toMatch(/\{\{/);
		expect(text.endsWith('\n')).toBe(true);
		const own = lang === 'da' ? /## (Mit eget bidrag som leder|Min egen reaktion og mit bidrag|Det vil jeg gøre)\n/ : /## (My own contribution as leader|My own reaction and contribution|What I will do)\n/;
		expect(text).toMatch(own);
	});

	it.each(LANGS)('the daily reflection (%s) goes through all three gazes and ends with my own contribution as leader', (lang) => {
		const note = parsed('daily-reflection', lang);
		const h2 = note.headings.filter((h) => h.level === 2).map((h) => h.text);
		for (const gaze of ['citizen', 'staff', 'self'] as const) expect(h2).toContain(gazeEntry(gaze).name[lang]);
		expect(h2.at(-1)).toBe(lang === 'da' ? 'Mit eget bidrag som leder' : 'My own contribution as leader');
	});

	it.each(LANGS)('each gaze reflection (%s) has its gaze\'s focus points as sections, from the catalogue', (lang) => {
		for (const gaze of ['citizen', 'staff', 'self'] as const) {
			const note = parsed(`${gaze}-reflection`, lang);
			const h2 = note.headings.filter((h) => h.level === 2).map((h) => h.text);
			expect(h2.slice(0, gazeEntry(gaze).focus.length)).toEqual(gazeEntry(gaze).focus.map((f) => f.name[lang]));
		}
	});

	it.each(LANGS)('the self check-in (%s) has a 1-5 rating property per self focus point, read once filled in', (lang) => {
		const text = render('self-check-in', lang);
		for (const focus of SELF_FOCUS) expect(text).toContain(`\nrating-${focus}:\n`);
		const filled = SELF_FOCUS.reduce((t, focus, i) => t.replace(`rating-${focus}:\n`, `rating-${focus}: ${i + 2}\n`), text);
		const result = parseNote({ path: 'Journal/x.md', content: filled, mtime: 0, ctime: 0 });
		expect(result.ok && result.note.ratings).toEqual({ 'leadership-effect': 2, 'facilitator-role': 3, 'systematic-meetings': 4, 'shared-foundation': 5 });
		const note = parsed('self-check-in', lang);
		expect(note.ratings).toEqual({});
		expect(note.headings.filter((h) => h.level === 2).slice(0, 4).map((h) => h.text)).toEqual(gazeEntry('self').focus.map((f) => f.name[lang]));
	});

	it.each(LANGS)('the employee conversation (%s) asks the six categories in order, feelings last', (lang) => {
		expect(parsed('employee-conversation', lang).questionSets).toEqual([...QUESTION_CATEGORIES]);
	});

	it.each(LANGS)('the meetings (%s) work in the double perspective: tools or questions for both sides', (lang) => {
		for (const id of ['staff-meeting', 'resident-conference']) {
			const sides = new Set(parsed(id, lang).tools.flatMap((u) => toolSides(u.tool)));
			expect([...sides].sort(), id).toEqual(['citizen', 'staff']);
		}
		const conference = parsed('resident-conference', lang).tools.map((u) => u.tool);
		expect(conference).toEqual(['iceberg', 'perspective-shift', 'five-factors', 'flower', 'strengths-questions']);
	});

	it.each(LANGS)('the supervision preparation (%s) follows the preparation structure', (lang) => {
		const h2 = parsed('supervision-preparation', lang).headings.filter((h) => h.level === 2).map((h) => h.text);
		expect(h2).toEqual(SUPERVISION_PREPARATION.map((s) => s.name[lang]));
	});

	it('has unique ids and names in both languages', () => {
		expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
		for (const lang of LANGS) expect(new Set(TEMPLATES.map((t) => t.name[lang])).size).toBe(TEMPLATES.length);
	});

	it('can be found by name, kind and gaze in the UI language', () => {
		expect(templateSearchText(def('resident-conference'), 'da')).toContain('Beboerkonference');
		expect(templateSearchText(def('citizen-reflection'), 'en')).toContain('Reflection through one gaze');
		expect(templateSearchText(def('staff-meeting'), 'da')).toContain('Medarbejderne');
	});

	it('returns null for an unknown id', () => {
		expect(findTemplate('nope')).toBeNull();
		expect(templateText('nope', 'da')).toBeNull();
	});
});
