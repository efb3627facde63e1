/**
 * The mirror counts what she wrote, never the plugin's own templates: a property test over every
 * template and toolbox element in both languages, and the double perspective from her text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReflection, reflectionJson, reflectionText } from '../../../src/core/reflection';
import { LANGS, TEMPLATES, TOOLBOX_ELEMENTS, noteFromTemplate, withElement } from '../scaffold/template-notes';
import { FILES, FROM, TODAY, parsed } from './vault';

const PERIOD = { from: FROM, to: TODAY, today: TODAY };

/** The figures of her work: the JSON without the lists of what is not (yet) hers. */
function herFigures(json: Record<string, unknown>): Record<string, unknown> {
	const { untouched: _u, toolsInserted: _t, ...rest } = json;
	const tasks = (rest.openTasks as { line: number }[]).map(({ line: _l, ...task }) => task);
	return { ...rest, openTasks: tasks };
}

function note(path: string, content: string) {
	return parsed({ path, content, mtime: 0, ctime: 0 });
}

describe('templates and toolbox elements, untouched, count for nothing', () => {
	it('a vault of every template in both languages, nothing typed: every figure is zero and each note is listed as not yet written', () => {
		const notes = TEMPLATES.flatMap((def) => LANGS.map((lang) => note(`J/2026-11-27 ${def.id} ${lang}.md`, noteFromTemplate(def, lang, lang))));
		const json = reflectionJson(computeReflection(notes, { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en');
		expect(json.untouched).toHaveLength(18);
		expect(json.journalNotes).toBe(0);
		expect(json.gazes).toEqual({ citizen: 0, staff: 0, self: 0 });
		expect(json.doublePerspective).toMatchObject({ meetings: 0, both: 0, oneSided: [], bothPaths: [] });
		expect(Object.values(json.tools as Record<string, number>).every((n) => n === 0)).toBe(true);
		expect(Object.values(json.questions as Record<string, number>).every((n) => n === 0)).toBe(true);
		expect(json.questionList).toEqual([]);
		expect(Object.values(json.selfFocus as Record<string, number>).every((n) => n === 0)).toBe(true);
		expect(json.openTasks).toEqual([]);
		expect(json.ratings).toEqual([]);
		expect((json.rhythm as { lastSupervision: unknown }).lastSupervision).toBeNull();
		expect(json.prompts).toEqual([]);
		expect(reflectionText(computeReflection(notes, { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'da')).toContain('18 noter er endnu ikke skrevet');
		// Without a period, untouched notes do not stretch it either.
		expect(computeReflection(notes, { today: '2026-11-30' }).period).toMatchObject({ from: '2026-11-30', to: '2026-11-30' });
	});

	it('property: adding untouched template notes and inserting untouched toolbox elements into her notes changes no figure of her work', () => {
		const base = FILES.map(parsed);
		const expected = herFigures(reflectionJson(computeReflection(base, PERIOD), 'en'));
		const template = fc.record({
			def: fc.constantFrom(...TEMPLATES),
			lang: fc.constantFrom(...LANGS),
			tagLang: fc.constantFrom(...LANGS),
			day: fc.integer({ min: 14, max: 31 }),
		});
		const insertion = fc.record({ file: fc.integer({ min: 0, max: FILES.length - 1 }), element: fc.constantFrom(...TOOLBOX_ELEMENTS), lang: fc.constantFrom(...LANGS) });
		fc.assert(
			fc.property(fc.array(template, { maxLength: 6 }), fc.array(insertion, { maxLength: 4 }), (templates, insertions) => {
				const files = FILES.map((f) => ({ ...f }));
				for (const ins of insertions) {
					const f = files[ins.file]!;
					// At the end of her note (inside a callout of hers an insert would split it, as in the editor).
					f.content = withElement(f.content, ins.element, ins.lang, f.content.split('\n').length);
				}
				const untouched = templates.map((t, i) => note(`J/2026-12-${t.day} ny ${i}.md`, noteFromTemplate(t.def, t.lang, t.tagLang, new Date(2026, 11, t.day, 9, 0))));
				const json = reflectionJson(computeReflection([...files.map(parsed), ...untouched], PERIOD), 'en');
				expect(herFigures(json)).toEqual(expected);
				expect([...(json.untouched as string[])].sort()).toEqual([...new Set(untouched.map((n) => n.path))].sort());
			}),
			{ numRuns: 40 },
		);
	}, 60_000);
});

/** A staff meeting from the template in a language, with her lines written under headings. */
function staffMeeting(lang: 'da' | 'en', edits: { under?: Record<string, string>; rename?: Record<string, string>; dropTags?: boolean }): string {
	let text = noteFromTemplate(TEMPLATES.find((t) => t.id === 'staff-meeting')!, lang, lang);
	for (const [heading, line] of Object.entries(edits.under ?? {})) text = text.replace(`## ${heading}\n`, `## ${heading}\n${line}\n\n`);
	for (const [from, to] of Object.entries(edits.rename ?? {})) text = text.replace(`## ${from}\n`, `## ${to}\n`);
	if (edits.dropTags) text = text.replace(/tags:\n(?: {2}- .*\n)+/, '');
	return text;
}

const HEADINGS = {
	da: { citizen: 'Borgernes trivsel', staff: 'Medarbejdernes trivsel og faglighed', agenda: 'Dagsorden' },
	en: { citizen: "The citizens' wellbeing", staff: "The staff's wellbeing and professionalism", agenda: 'Agenda' },
} as const;
const HER = {
	da: { citizen: 'Fru A sover bedre, efter vi flyttede aftensmaden.', staff: 'SK og JL er trætte efter tre aftenvagter i træk.', plain: 'Vi talte om aftenerne.' },
	en: { citizen: 'Mrs A sleeps better since we moved supper.', staff: 'SK and JL are worn out after three evening shifts in a row.', plain: 'We talked about the evenings.' },
} as const;

function doubleOf(text: string) {
	const json = reflectionJson(computeReflection([note('J/2026-11-27 Møde.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en');
	return json.doublePerspective as { meetings: number; both: number; bothPaths: string[]; oneSided: string[]; neither: string[]; sides: Record<string, string[]> };
}

describe('the double perspective from her text', () => {
	for (const lang of LANGS) {
		const h = HEADINGS[lang];
		const her = HER[lang];
		it(`${lang}: text only under the citizens' heading is one-sided; under both it is double; the same with a heading renamed and with the tags deleted`, () => {
			const citizenOnly = doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen } }));
			expect(citizenOnly).toMatchObject({ meetings: 1, both: 0, oneSided: ['J/2026-11-27 Møde.md'], sides: { 'J/2026-11-27 Møde.md': ['citizen'] } });
			const both = doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen, [h.staff]: her.staff } }));
			expect(both).toMatchObject({ meetings: 1, both: 1, bothPaths: ['J/2026-11-27 Møde.md'], oneSided: [] });
			// Tags deleted: nothing changes (they never counted).
			expect(doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen }, dropTags: true })).oneSided).toEqual(['J/2026-11-27 Møde.md']);
			expect(doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen, [h.staff]: her.staff }, dropTags: true })).both).toBe(1);
			// Headings renamed, still naming the side.
			const renamed = { [h.citizen]: lang === 'da' ? 'Beboerne på 2. sal' : 'Residents on the second floor', [h.staff]: lang === 'da' ? 'Personalet' : 'Our team' };
			expect(doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen }, rename: renamed })).oneSided).toEqual(['J/2026-11-27 Møde.md']);
			expect(doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen, [h.staff]: her.staff }, rename: renamed, dropTags: true })).both).toBe(1);
			// Renamed to something that names no side: her words say which side she wrote about.
			const plain = { [h.citizen]: lang === 'da' ? 'Punkt 1' : 'Item 1', [h.staff]: lang === 'da' ? 'Punkt 2' : 'Item 2' };
			expect(doubleOf(staffMeeting(lang, { under: { [h.citizen]: her.citizen }, rename: plain })).sides).toEqual({ 'J/2026-11-27 Møde.md': ['citizen'] });
			// Her words name a side only as a whole word, and not in a line that says no.
			expect(doubleOf(staffMeeting(lang, { under: { [h.agenda]: lang === 'da' ? 'Fru Andersen og natten.' : 'Mrs Andersen and the nights.' } })).sides).toEqual({ 'J/2026-11-27 Møde.md': ['citizen'] });
			expect(doubleOf(staffMeeting(lang, { under: { [h.agenda]: lang === 'da' ? 'Der var ikke tid til beboerne. Beboermappen er ny.' : 'There was no time for the residents.' } })).sides).toEqual({ 'J/2026-11-27 Møde.md': [] });
			// Nothing written for either side (only the agenda, no side named): neither, not "both" as its tags once said.
			expect(doubleOf(staffMeeting(lang, { under: { [h.agenda]: her.plain } }))).toMatchObject({ both: 0, neither: ['J/2026-11-27 Møde.md'] });
		});
	}

	it('says why a note counts, in both languages', () => {
		const text = staffMeeting('da', { under: { [HEADINGS.da.citizen]: HER.da.citizen, [HEADINGS.da.staff]: HER.da.staff } });
		const r = computeReflection([note('J/2026-11-27 Møde.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' });
		expect(reflectionText(r, 'da')).toContain('2026-11-27 Møde: begge. Du skrev om borgeren (“Borgernes trivsel”) og om medarbejderne (“Medarbejdernes trivsel og faglighed”)');
		expect(reflectionText(r, 'en')).toContain('2026-11-27 Møde: both. You wrote about the citizen (“Borgernes trivsel”) and about the staff (“Medarbejdernes trivsel og faglighed”)');
		const one = computeReflection([note('J/2026-11-27 Møde.md', staffMeeting('en', { under: { [HEADINGS.en.citizen]: HER.en.citizen } }))], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' });
		expect(reflectionText(one, 'en')).toContain('2026-11-27 Møde: only the citizen (“The citizens\' wellbeing”); nothing about the staff');
	});

	it('counts a tool for its side only when a field holds her text, and lists an inserted, untouched tool apart', () => {
		const meeting = TEMPLATES.find((t) => t.id === 'staff-meeting')!;
		let text = noteFromTemplate(meeting, 'da', 'da').replace('## Beslutninger\n- \n', '## Beslutninger\n- Vi prøver en ny aftenrutine.\n');
		let json = reflectionJson(computeReflection([note('J/2026-11-27 Møde.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en');
		expect(json.tools).toMatchObject({ 'wellbeing-tub': 0, 'big-why': 0 });
		expect(json.toolsInserted).toEqual({ 'wellbeing-tub': ['J/2026-11-27 Møde.md'], 'big-why': ['J/2026-11-27 Møde.md'] });
		// She writes in one field of the wellbeing tub: it is used, and its side (the citizen) counts.
		text = text.replace(/(> \*\*[^*\n]+:\*\* \*[^*\n]+\*)/, '$1 Grøn det meste af dagen, rød ved aftensmaden.');
		json = reflectionJson(computeReflection([note('J/2026-11-27 Møde.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en');
		expect(json.tools).toMatchObject({ 'wellbeing-tub': 1, 'big-why': 0 });
		expect(json.toolsInserted).toEqual({ 'big-why': ['J/2026-11-27 Møde.md'] });
		expect((json.doublePerspective as { sides: Record<string, string[]> }).sides['J/2026-11-27 Møde.md']).toContain('citizen');
		expect(reflectionText(computeReflection([note('J/2026-11-27 Møde.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en')).toContain('Inserted, not yet used');
	});

	it('counts only her own questions, never the guidance or an inserted question set, with emphasis taken out', () => {
		const conversation = TEMPLATES.find((t) => t.id === 'employee-conversation')!;
		const text = noteFromTemplate(conversation, 'da', 'da').replace('## Situationen\n*Hvad og hvem handler samtalen om?*\n', '## Situationen\n*Hvad og hvem handler samtalen om?*\nJeg spurgte: *Hvad foretog du dig så?* Og: **Hvad ved du om hans baggrund?**\n');
		const json = reflectionJson(computeReflection([note('J/2026-11-27 Samtale.md', text)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' }), 'en');
		expect(json.questionList).toEqual([
			{ path: 'J/2026-11-27 Samtale.md', text: 'Hvad foretog du dig så?', category: 'actions' },
			{ path: 'J/2026-11-27 Samtale.md', text: 'Hvad ved du om hans baggrund?', category: 'knowledge' },
		]);
		// Her questions to the employee give the staff side; the pre-filled citizen tag gives nothing.
		expect((json.doublePerspective as { sides: Record<string, string[]> }).sides).toEqual({ 'J/2026-11-27 Samtale.md': ['staff'] });
	});
});
