import { describe, expect, it } from 'vitest';
import { ReflectionCache, computeReflection, reflectionJson, reflectionMarkdown, reflectionSections, reflectionText, resultOf } from '../../../src/core/reflection';
import { DOUBLE_PERSPECTIVE } from '../../../src/core/reflection/sections/double-perspective';
import { GAZE_BALANCE } from '../../../src/core/reflection/sections/gaze-balance';
import { FROM, TODAY, file, index, notes, parsed } from './vault';

const J = (name: string): string => `J/${name}.md`;

function mirror() {
	return computeReflection(notes(), { from: FROM, to: TODAY, today: TODAY });
}

describe('the mirror over a hand-built journal (today 2027-01-08, period from 2026-12-14)', () => {
	it('counts the period, and sets the undated and future notes apart', () => {
		const r = mirror();
		expect(r.journalNotes).toEqual({ n: 5, paths: ['2026-12-14 a', '2026-12-20 b', '2026-12-28 c', '2027-01-03 d', '2027-01-04 e'].map(J) });
		expect(r.undated.paths).toEqual([J('udateret')]);
		expect(r.future.paths).toEqual([J('2027-02-01 g')]);
		expect(r.total).toBe(9);
	});

	it('balances the gazes per ISO week across the year change, a note with two gazes counting for each', () => {
		const json = reflectionJson(mirror(), 'en');
		expect(json.gazes).toEqual({ citizen: 2, staff: 3, self: 2 });
		expect(json.byWeek).toEqual({
			'2026-W51': { notes: 2, citizen: 1, staff: 1, self: 1 },
			'2026-W52': { notes: 0, citizen: 0, staff: 0, self: 0 },
			'2026-W53': { notes: 2, citizen: 1, staff: 1, self: 0 },
			'2027-W01': { notes: 1, citizen: 0, staff: 1, self: 1 },
		});
		expect(json.byMonth).toEqual({ '2026-12': { notes: 3, citizen: 1, staff: 2, self: 1 }, '2027-01': { notes: 2, citizen: 1, staff: 1, self: 1 } });
		const balance = resultOf(mirror(), GAZE_BALANCE);
		expect(balance?.gazes.staff.paths).toEqual([J('2026-12-14 a'), J('2026-12-28 c'), J('2027-01-04 e')]);
		expect(balance?.unseen).toEqual([]);
	});

	it('calls out a gaze left unseen for three weeks, citing the last note with it and the weeks in between', () => {
		const files = [
			file('J/2026-11-02 x.md', ['date: 2026-11-02', 'tags: [blik/borger, blik/medarbejdere, blik/selv]']),
			file('J/2026-11-10 y.md', ['date: 2026-11-10', 'tags: [blik/medarbejdere, blik/selv]']),
			file('J/2026-11-17 z.md', ['date: 2026-11-17', 'tags: [blik/medarbejdere, blik/selv]']),
			file('J/2026-11-26 w.md', ['date: 2026-11-26', 'tags: [blik/medarbejdere, blik/selv]']),
		];
		const r = computeReflection(files.map(parsed), { from: '2026-11-09', to: '2026-11-27', today: '2026-11-27' });
		expect(resultOf(r, GAZE_BALANCE)?.unseen).toEqual([
			{ gaze: 'citizen', weeks: ['2026-W46', '2026-W47', '2026-W48'], lastSeen: 'J/2026-11-02 x.md', during: ['J/2026-11-10 y.md', 'J/2026-11-17 z.md', 'J/2026-11-26 w.md'] },
		]);
		expect(reflectionText(r, 'en')).toContain('No note with the gaze on the citizen and the environment for 3 weeks in a row');
		expect(r.prompts[0]).toMatchObject({ key: 'reflection.prompt.unseenGaze', evidence: ['J/2026-11-02 x.md', 'J/2026-11-10 y.md', 'J/2026-11-17 z.md', 'J/2026-11-26 w.md'] });
	});

	it('judges the double perspective from what she wrote: a filled-in tool, her own questions (never the tags)', () => {
		const json = reflectionJson(mirror(), 'en');
		expect(json.doublePerspective).toMatchObject({ meetings: 2, both: 1, oneSided: [J('2026-12-28 c')], neither: [], sides: { [J('2026-12-28 c')]: ['staff'], [J('2027-01-03 d')]: ['citizen', 'staff'] } });
		const dp = resultOf(mirror(), DOUBLE_PERSPECTIVE);
		// The inserted question set holds only the catalogue's question: her own question counts for the staff.
		expect(dp?.all[1]?.sides.staff).toEqual([{ kind: 'question', text: 'Hvad har I prøvet?' }]);
		// The citizen tag is pre-filled and does not count; the iceberg holds her text.
		expect(dp?.all[1]?.sides.citizen).toEqual([{ kind: 'tool', tool: 'iceberg' }]);
	});

	it('counts self focus points only where she wrote about them, and keeps the ratings over time', () => {
		const json = reflectionJson(mirror(), 'en');
		expect(json.selfFocus).toEqual({ 'leadership-effect': 1, 'facilitator-role': 1, 'systematic-meetings': 0, 'shared-foundation': 1 });
		expect(json.selfFocusEvidence).toMatchObject({ 'leadership-effect': [J('2026-12-14 a')], 'facilitator-role': [J('2027-01-04 e')], 'shared-foundation': [J('2026-12-20 b')] });
		expect(json.ratings).toEqual([
			{ path: J('2026-12-20 b'), date: '2026-12-20', 'leadership-effect': 4 },
			{ path: J('2027-01-04 e'), date: '2027-01-04', 'leadership-effect': 2 },
		]);
	});

	it('sorts the questions of meeting and conversation notes, counting the unclassified apart', () => {
		expect(reflectionJson(mirror(), 'en').questions).toEqual({ actions: 1, intentions: 1, observations: 1, thoughts: 0, knowledge: 1, experiences: 1, feelings: 1, unclassified: 1 });
	});

	it('counts each tool once per note, and lists the tools never used', () => {
		const json = reflectionJson(mirror(), 'en');
		expect(json.tools).toMatchObject({ iceberg: 1, 'big-why': 1, flower: 0 });
		expect(json.toolsNeverUsed).toHaveLength(9);
	});

	it('lists open tasks up to the end of the period, oldest first, with their age; done and empty tasks and future notes are left out', () => {
		expect(reflectionJson(mirror(), 'en').openTasks).toEqual([
			{ path: J('2026-10-01 i'), text: 'Se på det igen', ageDays: 99, due: '2027-01-10', line: 5 },
			{ path: J('2026-11-30 h'), text: 'Ring til datteren #blik/medarbejdere', ageDays: 39, due: null, line: 4 },
			{ path: J('2027-01-04 e'), text: 'Følg op', ageDays: 4, due: '2027-01-06', line: 8 },
		]);
	});

	it('measures the rhythm: entries per week, the longest gap, days since supervision and the next revisit', () => {
		expect(reflectionJson(mirror(), 'en').rhythm).toEqual({
			perWeek: { '2026-W51': 2, '2026-W52': 0, '2026-W53': 2, '2027-W01': 1 },
			averagePerWeek: 1.3,
			longestGap: { days: 8, from: J('2026-12-20 b'), to: J('2026-12-28 c'), fromDate: '2026-12-20', toDate: '2026-12-28' },
			daysSinceLastEntry: 4,
			lastSupervision: { path: J('2026-10-01 i'), date: '2026-10-01', days: 99 },
			nextRevisit: { path: J('2026-10-01 i'), due: '2027-01-10', text: 'Se på det igen', days: 2 },
			// 2027-W01 and 2026-W53 have entries, 2026-W52 none: two weeks in a row up to this week.
			weekStreak: 2,
			longestWeekStreak: 2, // weeks with entries: 2026-W40, W49, W51, W53, 2027-W01
			supervisionCadenceWeeks: 8,
		});
	});

	it('draws 3-5 prompts from the figures, the most telling first, each citing its notes, in both languages', () => {
		const r = mirror();
		expect(r.prompts.map((p) => p.key)).toEqual([
			'reflection.prompt.oneSided',
			'reflection.prompt.ratingFell',
			'reflection.prompt.revisit',
			'reflection.prompt.overdue',
			'reflection.prompt.focusMissing',
		]);
		const en = reflectionJson(r, 'en').prompts as { text: string; evidence: string[] }[];
		expect(en[0]).toEqual({
			text: '1 of 2 meetings and conversations kept only one side in view, most recently 2026-12-28 c. What would the other side\'s wellbeing have added?',
			evidence: [J('2026-12-28 c')],
			cite: { path: J('2026-12-28 c'), text: 'Hvad gjorde du, da hun blev urolig?' },
		});
		expect(en[1]).toEqual({
			text: 'My rating of "The effect of my leadership and organisation" fell from 4 to 2 (20 Dec 2026 – 4 Jan 2027). What happened, and what was my own contribution?',
			evidence: [J('2026-12-20 b'), J('2027-01-04 e')],
			cite: { path: J('2027-01-04 e'), text: 'Jeg var med på gulvet i dag.' },
		});
		// Every prompt cites a line she wrote in one of its notes.
		for (const p of en) expect(p.evidence).toContain((p as { cite?: { path: string } }).cite?.path);
		expect(en[4]?.evidence).toEqual([J('2026-12-20 b'), J('2027-01-04 e')]);
		const da = reflectionJson(r, 'da').prompts as { text: string }[];
		expect(da[1]?.text).toBe('Mit tal for "Effekten af min ledelse og organisering" faldt fra 4 til 2 (20. dec. 2026 – 4. jan. 2027). Hvad skete der, og hvad var mit eget bidrag?');
		expect(da[2]?.text).toContain('Jeg aftalte at se på supervisionen igen senest 10. jan. 2027');
	});

	it('tops up to three prompts from the self gaze when the figures give fewer', () => {
		const r = computeReflection([parsed(file('J/2026-11-26 a.md', ['date: 2026-11-26', 'tags: [blik/selv]']))], { today: '2026-11-27' });
		expect(r.prompts).toHaveLength(3);
		expect(reflectionJson(r, 'en').prompts).toEqual([
			{ text: 'What have I decided or organised lately, and what can I see it has led to?', evidence: ['J/2026-11-26 a.md'] },
			{ text: 'When was I last part of practice, and what did I learn from it?', evidence: ['J/2026-11-26 a.md'] },
			{ text: 'Which meetings made a difference in this period, and which were merely held?', evidence: ['J/2026-11-26 a.md'] },
		]);
	});

	it('without from and to covers every dated note up to today', () => {
		const r = computeReflection(notes(), { today: TODAY });
		expect(r.period).toEqual({ from: '2026-10-01', to: '2027-01-04', today: TODAY });
		expect(r.journalNotes.n).toBe(7);
	});

	it('follows renames and deletions through the journal index', () => {
		const idx = index();
		idx.rename('J/2026-12-28 c.md', { ...file('J/Samtaler/2026-12-28 c.md', ['date: 2026-12-28', 'kind: medarbejdersamtale', 'tags: [gaze/staff]'], ['- Hvad gjorde du, da hun blev urolig?']) });
		let json = reflectionJson(computeReflection(idx.notes(), { from: FROM, to: TODAY, today: TODAY }), 'en');
		expect((json.doublePerspective as { oneSided: string[] }).oneSided).toEqual(['J/Samtaler/2026-12-28 c.md']);
		idx.remove('J/2027-01-03 d.md');
		json = reflectionJson(computeReflection(idx.notes(), { from: FROM, to: TODAY, today: TODAY }), 'en');
		expect(json.doublePerspective).toMatchObject({ meetings: 1, both: 0 });
		expect(json.gazes).toEqual({ citizen: 1, staff: 3, self: 2 });
		expect(json.tools).toMatchObject({ iceberg: 0 });
	});

	it('an empty journal gives an empty mirror with no prompts and a way forward', () => {
		const r = computeReflection([], { today: TODAY });
		expect(r.period).toEqual({ from: TODAY, to: TODAY, today: TODAY });
		expect(r.prompts).toEqual([]);
		expect(reflectionText(r, 'en')).toContain('There are no journal notes yet.');
		expect(reflectionText(r, 'da')).toContain('Der er ingen journalnoter endnu.');
	});

	it('writes the saved note as a self-gaze reflection summary linking its evidence, in the chosen language', () => {
		const md = reflectionMarkdown(mirror(), { lang: 'da', tagLang: 'da' });
		expect(md.startsWith('---\ndate: 2027-01-08\nkind: refleksionsspejl\ntags:\n  - blik/selv\nperiod-from: 2026-12-14\nperiod-to: 2027-01-08\n---\n# Refleksionsspejl: 14. dec. 2026 – 8. jan. 2027\n')).toBe(true);
		expect(md).toContain('## Balancen mellem blikkene');
		expect(md).toContain('## Spørgsmål at reflektere over');
		expect(md).toContain('[[J/2026-12-28 c|2026-12-28 c]]');
		const en = reflectionMarkdown(mirror(), { lang: 'en', tagLang: 'en' });
		expect(en).toContain('kind: reflection-summary\ntags:\n  - gaze/self');
		expect(en).toContain('## The double perspective');
		// A saved mirror, read back as a journal note, is a self-gaze reflection summary (the quoted task's #tag is escaped), and adds no focus points of its own.
		const saved = parsed({ path: 'J/2027-01-08 Reflection summary.md', content: en, mtime: 0, ctime: 0 });
		expect(saved).toMatchObject({ kind: 'reflection-summary', gazes: ['self'], date: TODAY });
		const again = reflectionJson(computeReflection([...notes(), saved], { from: FROM, to: TODAY, today: TODAY }), 'en');
		expect(again.selfFocus).toEqual({ 'leadership-effect': 1, 'facilitator-role': 1, 'systematic-meetings': 0, 'shared-foundation': 1 });
		expect(again.openTasks).toHaveLength(3);
	});
});

describe('the language watch as a section of the mirror', () => {
	it('counts findings per category, quoted apart from her own words, with the notes behind them and a prompt', () => {
		const files = [
			file('J/2026-11-02 a.md', ['date: 2026-11-02', 'tags: [blik/medarbejdere]'], ['SK sagde: "Vi har prøvet alt."']),
			file('J/2026-11-09 b.md', ['date: 2026-11-09', 'tags: [blik/medarbejdere]'], ['Ærligt talt: det nytter ikke.']),
			file('J/2026-11-16 c.md', ['date: 2026-11-16', 'tags: [blik/borger]'], ['En rolig dag.']),
		];
		const r = computeReflection(files.map(parsed), { from: '2026-11-02', to: '2026-11-27', today: '2026-11-27' });
		const json = reflectionJson(r, 'en');
		expect((json.language as Record<string, unknown>).powerlessness).toEqual({ quoted: 1, own: 1 });
		expect(json.languageEvidence).toEqual(['J/2026-11-02 a.md', 'J/2026-11-09 b.md']);
		expect(r.prompts.map((p) => p.key)).toContain('reflection.prompt.powerlessness');
		// Switched off in the settings, the category finds nothing.
		const off = computeReflection(files.map(parsed), { from: '2026-11-02', to: '2026-11-27', today: '2026-11-27', sections: reflectionSections({ languageWatch: { disabledCategories: ['powerlessness'] } }) });
		expect((reflectionJson(off, 'en').language as Record<string, unknown>).powerlessness).toEqual({ quoted: 0, own: 0 });
		// "Not here" in one note leaves that note out of the counts, and only that note.
		const notHere = computeReflection(files.map(parsed), {
			from: '2026-11-02',
			to: '2026-11-27',
			today: '2026-11-27',
			sections: reflectionSections({ languageWatch: { notHere: [{ phrase: 'det nytter ikke', path: 'J/2026-11-09 b.md' }] } }),
		});
		expect((reflectionJson(notHere, 'en').language as Record<string, unknown>).powerlessness).toEqual({ quoted: 1, own: 0 });
		expect(reflectionJson(notHere, 'en').languageEvidence).toEqual(['J/2026-11-02 a.md']);
	});

	it('reuses per-note results from a cache kept by the caller, and reads a changed note again', () => {
		const cache = new ReflectionCache();
		const all = notes();
		const first = reflectionJson(computeReflection(all, { from: FROM, to: TODAY, today: TODAY, cache }), 'en');
		expect(reflectionJson(computeReflection(all, { from: FROM, to: TODAY, today: TODAY, cache }), 'en')).toEqual(first);
		const changed = all.map((n) => (n.path === 'J/2026-12-28 c.md' ? parsed(file(n.path, ['date: 2026-12-28', 'kind: medarbejdersamtale', 'tags: [gaze/staff]'], ['Hvad har du prøvet med hende før?'])) : n));
		expect(reflectionJson(computeReflection(changed, { from: FROM, to: TODAY, today: TODAY, cache }), 'en').questions).toMatchObject({ actions: 0, experiences: 2 });
	});

	it('reads a note again only when the index holds a new record for it: edited, not merely seen again or in another period', () => {
		/** Counts what the cache had to compute, per kind and note. */
		class CountingCache extends ReflectionCache {
			readonly computed: string[] = [];
			override memo<T>(kind: string, note: Parameters<ReflectionCache['memo']>[1], compute: (n: typeof note) => T): T {
				return super.memo(kind, note, (n) => {
					this.computed.push(`${kind.split(':')[0] ?? kind} ${n.path}`);
					return compute(n);
				});
			}
		}
		const idx = index();
		const cache = new CountingCache();
		const year = { from: '2026-01-01', to: TODAY, today: TODAY, cache };
		computeReflection(idx.notes(), year);
		const first = [...cache.computed];
		expect(first).toContain('language J/2026-12-28 c.md');
		expect(first).toContain('questions J/2026-12-28 c.md');
		expect(first).toContain('focus J/2027-01-04 e.md');
		// The same notes again, a shorter period, and back: nothing is read again.
		computeReflection(idx.notes(), year);
		computeReflection(idx.notes(), { from: FROM, to: TODAY, today: TODAY, cache });
		computeReflection(idx.notes(), year);
		expect(cache.computed).toEqual(first);
		// One note edited: that note alone is read again, for each kind it had.
		idx.upsert(file('J/2026-12-28 c.md', ['date: 2026-12-28', 'kind: medarbejdersamtale', 'tags: [gaze/staff]'], ['Hvad har du prøvet med hende før?']));
		const json = reflectionJson(computeReflection(idx.notes(), year), 'en');
		expect(cache.computed.slice(first.length).sort()).toEqual(['authorship J/2026-12-28 c.md', 'focus J/2026-12-28 c.md', 'language J/2026-12-28 c.md', 'questions J/2026-12-28 c.md']);
		expect(json.questions).toMatchObject({ actions: 0, experiences: 2 });
	});
});
