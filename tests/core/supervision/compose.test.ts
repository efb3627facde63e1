import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/domain';
import { countLanguageFindings } from '../../../src/core/language/watch';
import { SUPERVISION_PREPARATION } from '../../../src/core/method/catalogue';
import { composePreparation, type PreparationInput } from '../../../src/core/supervision/compose';
import { renderNoteFromTemplate } from '../../../src/core/templates/note-from-template';
import { templateText } from '../../../src/core/templates/registry';
import type { MirrorBrief } from '../../../src/core/supervision/ports';
import { FAKE_PRIVACY, dated, note } from './helpers';

const notes = [
	dated(
		'Journal/2026-11-05 Fru Hansen igen.md',
		'2026-11-05',
		'# Fru Hansen igen\n\nFru Hansen var urolig hele aftenen. SK sagde: "hun er bare den demente på stue 12". Hendes CPR-nummer er 120345-1234, og jeg skrev det her ved en fejl. Hr. Jensen fra nabostuen klagede også.\n\n- [ ] Tal med SK om aftenen 📅 2026-12-04\n',
		'kind: blik-refleksion\ntools: [isbjerget]\nsupervision: true\ntags:\n  - blik/borger\n',
	),
	dated(
		'Journal/Møder/2026-11-17 Personalemøde.md',
		'2026-11-17',
		'# Personalemøde\n\nVi talte om fru Hansen og om aftenholdet. "Det nytter ikke," sagde en. Fru Hansen sov bedre i går.\n\n> [!three-gazes|affektudbrudsmodellen] Affektudbrudsmodellen\n> noget\n',
		'kind: personalemøde\ntags: [blik/medarbejdere, blik/borger]\n',
	),
	dated('Journal/2026-10-01 Gammel.md', '2026-10-01', 'Før perioden.\n\n- [ ] Gammel opgave\n'),
	note('Journal/Supervision/2026-10-08 Forberedelse.md', '---\ndate: 2026-10-08\nkind: supervisionsforberedelse\n---\n# F\n'),
];

const MIRROR: MirrorBrief = {
	journalNotes: 2,
	gazes: { citizen: 2, staff: 1, self: 0 },
	doublePerspective: { meetings: 1, both: 1 },
	questions: { actions: 2, feelings: 3 },
};

function input(overrides: Partial<PreparationInput> = {}): PreparationInput {
	return {
		lang: 'da',
		tagLang: 'da',
		today: '2026-11-27',
		period: { from: '2026-10-09', to: '2026-11-27', lastPreparation: { path: 'Journal/Supervision/2026-10-08 Forberedelse.md', date: '2026-10-08' } },
		notes,
		material: ['Journal/2026-11-05 Fru Hansen igen.md', 'Journal/Møder/2026-11-17 Personalemøde.md'],
		question: 'Hvordan støtter jeg aftenholdet omkring fru Hansen?',
		privacy: FAKE_PRIVACY,
		mirror: MIRROR,
		languageCounts: (text) => countLanguageFindings(text),
		...overrides,
	};
}

const appendixOf = (text: string) => text.slice(text.indexOf('## Bilag'));
const sectionOf = (text: string, heading: string) => {
	const start = text.indexOf(`\n${heading}\n`);
	const next = text.indexOf('\n## ', start + 1);
	return text.slice(start, next < 0 ? undefined : next);
};

describe('composePreparation', () => {
	it('writes the supervision stages in the catalogue order, in Danish and English', () => {
		for (const lang of ['da', 'en'] as Lang[]) {
			const { text } = composePreparation(input({ lang, tagLang: lang }));
			const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			expect(headings.slice(0, SUPERVISION_PREPARATION.length)).toEqual(SUPERVISION_PREPARATION.map((s) => s.name[lang]));
			for (const s of SUPERVISION_PREPARATION) expect(text).toContain(`*${s.prompt[lang]}*`);
		}
	});

	it('has the bundled supervision template\'s sections and kind, in both languages', () => {
		for (const lang of ['da', 'en'] as Lang[]) {
			const template = templateText('supervision-preparation', lang) ?? '';
			const rendered = renderNoteFromTemplate(template, { title: 'x', now: new Date(2026, 10, 27, 12), lang, tagLang: lang }).text;
			const headings = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			const composed = composePreparation(input({ lang, tagLang: lang })).text;
			expect(headings(composed).slice(0, headings(rendered).length)).toEqual(headings(rendered));
			expect(composed).toContain(/^kind: .+$/m.exec(rendered)?.[0] ?? 'kind missing');
		}
	});

	it('writes the note format: date, kind and self-gaze tag in the chosen vocabulary, and the period', () => {
		const da = composePreparation(input()).text;
		expect(da.startsWith('---\ndate: 2026-11-27\nkind: supervisionsforberedelse\ntags:\n  - blik/selv\nperiod-from: 2026-10-09\nperiod-to: 2026-11-27\n---\n# Forberedelse til supervision\n')).toBe(true);
		const en = composePreparation(input({ lang: 'en', tagLang: 'en' })).text;
		expect(en).toContain('kind: supervision-preparation\ntags:\n  - gaze/self\n');
		expect(composePreparation(input({ lang: 'en', tagLang: 'da' })).text).toContain('  - blik/selv\n');
	});

	it('pseudonymises names in excerpts, the question and follow-ups: a name appears only as its pseudonym', () => {
		const { text, pseudonymised } = composePreparation(input({ excerptChars: 1000 }));
		expect(pseudonymised).toBe(true);
		const visible = text.replace(/\[\[[^|\]]+\|/g, '[['); // link targets are vault paths, never shown on export
		expect(visible).not.toMatch(/Hansen|Jensen/);
		expect(visible).toContain('Borger A var urolig hele aftenen');
		expect(visible).toContain('Borger B fra nabostuen');
		// One person, one pseudonym, across notes, the question and the link aliases.
		expect(visible).toContain('Vi talte om Borger A og om aftenholdet');
		expect(visible).toContain('Hvordan støtter jeg aftenholdet omkring Borger A?');
		expect(visible).toContain('[[2026-11-05 Borger A igen]]');
	});

	it.each([
		['pseudonymised', { privacy: FAKE_PRIVACY }],
		['names kept by choice', { privacy: FAKE_PRIVACY, pseudonymise: false }],
		['without a privacy module', { privacy: null }],
	] as const)('never lets a CPR number through (%s)', (_label, overrides) => {
		const result = composePreparation(input({ ...overrides, question: 'Hvad gør jeg med 120345-1234?' }));
		expect(result.text).not.toMatch(/120345|1234\b/);
		expect(result.text).toContain('[CPR fjernet]');
	});

	it('says when names are not pseudonymised', () => {
		const result = composePreparation(input({ pseudonymise: false }));
		expect(result.pseudonymised).toBe(false);
		expect(result.text).toContain('navne er ikke pseudonymiseret');
		expect(result.text).toContain('Fru Hansen var urolig');
	});

	it('links every excerpt and follow-up to a real note', () => {
		const { text } = composePreparation(input());
		const paths = new Set(notes.map((n) => n.path));
		const targets = [...text.matchAll(/\[\[([^|\]]+)\|[^\]]*\]\]/g)].map((m) => `${m[1]}.md`);
		expect(targets.length).toBeGreaterThanOrEqual(4);
		for (const target of targets) expect(paths.has(target), target).toBe(true);
	});

	it('keeps excerpts short, and takes no headings, tasks or callouts into them', () => {
		const { text } = composePreparation(input({ excerptChars: 80 }));
		const lines = appendixOf(text).split('\n').filter((l) => l.startsWith('- [[Journal/'));
		expect(lines).toHaveLength(2);
		for (const line of lines) expect(line.split(': ').slice(1).join(': ').length).toBeLessThanOrEqual(84);
		expect(appendixOf(text)).not.toContain('noget');
	});

	it('shows language-watch categories as counts, never the words found', () => {
		const themes = sectionOf(composePreparation(input()).text, '### Temaer');
		expect(themes).toMatch(/Sprogvagten \(antal pr\. kategori\): .*Afmagt 1/);
		expect(themes).not.toMatch(/demente|nytter/);
		expect(themes).toContain('Redskaber brugt: Affektudbrudsmodellen 1 · Isbjerget 1');
	});

	it('prefills why now, the question and the tools tried from the material', () => {
		const { text } = composePreparation(input());
		expect(sectionOf(text, '## Hvorfor nu?')).toContain('- 1 af noterne har du selv markeret til supervision.');
		expect(sectionOf(text, '## Hvorfor nu?')).toContain('- Noterne har 1 åbne opfølgninger.');
		expect(sectionOf(text, '## Det har jeg prøvet')).toContain('- Isbjerget: [[Journal/2026-11-05 Fru Hansen igen|2026-11-05 Borger A igen]]');
	});

	it('lists open follow-ups of the period only, and the mirror in brief', () => {
		const { text } = composePreparation(input());
		const followUps = sectionOf(text, '### Åbne opfølgninger i perioden');
		expect(followUps).toContain('- Tal med SK om aftenen (senest 4. december 2026): [[Journal/2026-11-05 Fru Hansen igen|');
		expect(followUps).not.toContain('Gammel opgave');
		const mirror = sectionOf(text, '### Periodens spejl i korte træk');
		expect(mirror).toContain('Blikkene: Borger 2 · Medarbejdere 1 · Selv 0 (i alt 2 noter)');
		expect(mirror).toContain('1 af 1 møder og samtaler');
		expect(mirror).toContain('Sådan spørger jeg: Handlinger 2 · Følelser (til sidst) 3');
	});

	it('says plainly when the mirror or the language watch is not available', () => {
		const { text } = composePreparation(input({ mirror: null, languageCounts: null, lang: 'en', tagLang: 'en' }));
		expect(text).toContain('The mirror cannot be computed in this version.');
		expect(text).toContain('The language watch is not available in this version.');
	});

	it('asks the method\'s questions: the six categories, circular and reflexive', () => {
		const en = composePreparation(input({ lang: 'en', tagLang: 'en' })).text;
		for (const name of ['Actions', 'Intentions', 'Observations', 'Thoughts', 'Knowledge', 'Experiences']) expect(en).toContain(`- **${name}:**`);
		expect(en).toContain('#### Circular questions');
		expect(en).toContain('#### Reflexive questions');
		expect(en).not.toContain('**Feelings:**');
	});

	it('leaves out chosen paths that are not journal notes, and reports them', () => {
		const result = composePreparation(input({ material: ['Nope.md', 'Journal/2026-11-05 Fru Hansen igen.md'] }));
		expect(result.unknownMaterial).toEqual(['Nope.md']);
		expect(result.text).not.toContain('Nope');
	});

	it('is the same text for the same input', () => {
		expect(composePreparation(input()).text).toBe(composePreparation(input()).text);
	});
});

describe('links to the notes behind the material', () => {
	const keep = { protect: (text: string) => text, pseudonymised: false };

	it('never writes a line break from a file name into the Markdown: the link becomes its name alone', async () => {
		const { noteLink } = await import('../../../src/core/supervision/compose');
		expect(noteLink({ path: 'Journal/Aften\nvagt.md', basename: 'Aften\nvagt' }, keep)).toBe('Aften vagt');
		expect(noteLink({ path: 'Journal/Aftenvagt.md', basename: 'Aftenvagt' }, keep)).toBe('[[Journal/Aftenvagt|Aftenvagt]]');
	});
});
