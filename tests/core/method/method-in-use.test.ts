/**
 * The method where she works: staff wellbeing, the why at the point of use, the environment, the self
 * gaze as a handle on professional quality, the staff meeting's intro, the method's own reading list,
 * the plugin's additions marked as such, and no internal word shown to her.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/domain';
import type { Lang } from '../../../src/core/domain';
import { TABLES } from '../../../src/core/i18n';
import { LEXICON } from '../../../src/core/language/lexicon';
import {
	ADDITIONS,
	CONCEPTS,
	GAZE_CATALOGUE,
	QUESTION_CATEGORY_CATALOGUE,
	QUESTION_TYPES,
	REFERENCES,
	STAFF_WELLBEING_POINTS,
	TOOL_CATALOGUE,
	WELLBEING_NEEDS,
	questionCategory,
	toolEntry,
} from '../../../src/core/method/catalogue';
import { renderNoteFromTemplate } from '../../../src/core/templates/note-from-template';
import { findTemplate, TEMPLATES } from '../../../src/core/templates/registry';

const NOW = new Date(2026, 10, 27, 9, 5, 0);
const ROOT = join(__dirname, '../../..');

function render(id: string, lang: Lang): string {
	const def = findTemplate(id);
	if (!def) throw new Error(`no template ${id}`);
	const result = renderNoteFromTemplate(def.text[lang], { title: def.name[lang], now: NOW, lang, tagLang: lang });
	expect(result.unknown).toEqual([]);
	return result.text;
}

function why(id: string, lang: Lang): string {
	const concept = CONCEPTS.find((c) => c.id === id);
	if (!concept || concept.why[lang] === '') throw new Error(`no why for ${id}`);
	return concept.why[lang];
}

/** The text of a note from its first line up to (not including) the first line starting with `heading`. */
function before(text: string, heading: string): string {
	const at = text.indexOf(`\n${heading}`);
	return at < 0 ? text : text.slice(0, at);
}

describe.each(LANGS)('the method where she works (%s)', (lang) => {
	it('the staff gaze has a staff-wellbeing section with the catalogue\'s prompts: the three needs after Ravn and the method\'s other points', () => {
		const text = render('staff-reflection', lang);
		expect(text).toContain(`## ${CONCEPTS.find((c) => c.id === 'staff-wellbeing')?.name[lang]}`);
		expect(text).toMatch(/Ib Ravn/);
		for (const point of [...WELLBEING_NEEDS, ...STAFF_WELLBEING_POINTS]) {
			expect(text).toContain(`**${point.name[lang]}`);
			for (const prompt of point.prompts[lang]) expect(text).toContain(prompt);
		}
		expect(STAFF_WELLBEING_POINTS.map((p) => p.id)).toEqual(['significant-professional', 'voice', 'support', 'relations', 'meaningful-work']);
	});

	it('the employee conversation asks the employee about the same points, before feelings', () => {
		const text = render('employee-conversation', lang);
		for (const point of [...WELLBEING_NEEDS, ...STAFF_WELLBEING_POINTS]) {
			for (const question of point.questions[lang]) expect(before(text, `> [!three-gazes|${lang === 'da' ? 'følelser' : 'feelings'}]`)).toContain(question);
		}
	});

	it('the staff meeting and the staff gaze say why both sides: the good and the vicious circle, and Sørensen et al. 2016', () => {
		for (const id of ['staff-meeting', 'staff-reflection']) {
			const text = render(id, lang);
			expect(text, id).toContain(`*${why('wellbeing-circles', lang)}*`);
			expect(text, id).toContain(`*${why('same-work', lang)}*`);
			expect(text, id).toMatch(/Sørensen (m\.fl\.|et al\.) 2016/);
		}
	});

	it('the employee conversation gives the position trap before the first question, and an acknowledging opener before "what did you do then?"', () => {
		const text = render('employee-conversation', lang);
		const trap = why('position-trap', lang);
		expect(trap).toMatch(lang === 'da' ? /offer/ : /victim/);
		expect(trap).toMatch(lang === 'da' ? /dobbeltperspektivet/ : /double perspective/);
		const firstQuestion = questionCategory('actions').questions[lang][0] ?? '';
		expect(firstQuestion).toBe(lang === 'da' ? 'Hvad gjorde du så?' : 'What did you do then?');
		const opener = lang === 'da' ? 'Det lyder ikke helt nemt.' : 'That does not sound easy.';
		expect(text.indexOf(trap)).toBeGreaterThan(0);
		expect(text.indexOf(trap)).toBeLessThan(text.indexOf(opener));
		expect(text.indexOf(opener)).toBeLessThan(text.indexOf(`- ${firstQuestion}`));
		// Feelings last, with the reason and not only the rule.
		const feelings = questionCategory('feelings').opener[lang];
		expect(feelings).toMatch(lang === 'da' ? /offer/ : /victim/);
		expect(text.indexOf(feelings)).toBeGreaterThan(text.indexOf(`- ${firstQuestion}`));
	});

	it('the citizen gaze has the environment as a focus point with prompts', () => {
		const environment = GAZE_CATALOGUE[0]?.focus.find((f) => f.id === 'environment');
		expect(environment?.name[lang]).toBe(lang === 'da' ? 'Miljøet' : 'The environment');
		const text = render('citizen-reflection', lang);
		expect(text).toContain(`## ${environment?.name[lang]}`);
		for (const prompt of environment?.prompts[lang] ?? []) expect(text).toContain(prompt);
	});

	it('the self gaze names its handle on professional quality where she writes: the self reflection and the daily reflection', () => {
		const handle = why('self-gaze', lang);
		expect(handle).toMatch(lang === 'da' ? /greb til at styrke fagligheden/ : /handle on professional quality/);
		expect(render('self-reflection', lang)).toContain(handle);
		expect(render('daily-reflection', lang)).toContain(handle);
	});

	it('the staff meeting\'s intro holds the core task in practice and the double perspective even when it gets hard', () => {
		const intro = before(render('staff-meeting', lang), '## ');
		expect(intro).toContain(lang === 'da' ? 'Kerneopgaven i praksis' : 'The core task in practice');
		expect(intro).toContain(lang === 'da' ? 'også når det bliver svært' : 'even when it gets hard');
		expect(intro).toContain(lang === 'da' ? 'Mødet holdes i et dobbeltperspektiv' : 'held in the double perspective');
	});
});

describe('the reading list', () => {
	/** The method's own list, item by item, with the facts it gives and no others. */
	const EXPECTED: readonly (readonly [string, string])[] = [
		[
			'Ljungmann, I. (2023). "Nærværende ledelse med blikket på borgeren" og "Med blikket på medarbejderen – perspektivskifte og fagligt sprog" i bogen "Ledelse i demensomsorgen" af Tina Risager. Forlaget Samfundslitteratur.',
			'',
		],
		['Ljungmann, I. (2024). Faglig ledelse i ældreplejen. Akademisk Forlag.', ''],
		['Ljungmann, I. (2018). "En enkel bevægelse med stor effekt – perspektivskifte som metode". Systemisk narrativt forum, nr. 4, s. 11-23.', 'http://www.inpraxis.dk/'],
		[
			'Sundhedsstyrelsens håndbøger i personcentreret omsorg og metoder til forståelse af psykiske og adfærdsmæssige symptomer (med lettilgængelige beskrivelser af perspektivskiftet).',
			'',
		],
		['E-læringsmoduler i bl.a. ledelse af værdig ældrepleje og perspektivskifte (Sundhedsstyrelsen).', 'http://www.læringomværdighed.dk/'],
		['RoSas podcast "Perspektivskifte som metode".', 'https://rosaspodcasts.podbean.com/'],
		['Elvén, B. H., Agger, C. & Ljungmann, I. (2015). "Adfærdsproblemer i ældreplejen".', ''],
		['Westmark et al. "Konsulent – men hvordan?".', ''],
		['Sørensen m.fl. (2016), s. 123-126.', ''],
	];

	it('is the method\'s list, in its order, with its addresses and no year it does not give', () => {
		expect(REFERENCES.map((r) => [r.citation, r.address])).toEqual(EXPECTED);
		const citation = (id: string): string => REFERENCES.find((r) => r.id === id)?.citation ?? '';
		expect(citation('sst-handbooks')).not.toMatch(/\d{4}/);
		expect(citation('westmark')).not.toMatch(/\d{4}/);
	});

	it('stands in the README, every item and every address', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		for (const [citation, address] of EXPECTED) {
			expect(readme).toContain(citation);
			if (address !== '') expect(readme).toContain(address);
		}
	});
});

describe('what Three Gazes adds, marked as its own', () => {
	/** Text that appears nowhere in the method: each must be gone or carry its mark. */
	const NOT_IN_METHOD = [/TOBS/i, /triage/i, /hul i karret/i, /hole in the tub/i, /refleksionskort/i, /reflection cards/i, /\(2022\)/];

	it('drops claims the method does not make (triage and TOBS, the hole in the tub, the reflection cards of 2022)', () => {
		const texts = [JSON.stringify(TOOL_CATALOGUE), JSON.stringify(GAZE_CATALOGUE), JSON.stringify(CONCEPTS), ...TEMPLATES.flatMap((t) => [t.text.da, t.text.en])];
		for (const text of texts) for (const pattern of NOT_IN_METHOD) expect(text).not.toMatch(pattern);
	});

	it('names Tomm, Gibbs, Schön, "What? So what? Now what?" and the supervision outline as additions, with their sources', () => {
		expect(ADDITIONS.map((a) => a.id)).toEqual(['question-types', 'gibbs', 'schon', 'what-so-what-now-what', 'supervision-preparation']);
		expect(ADDITIONS.find((a) => a.id === 'question-types')?.source).toMatch(/^Tomm, K\. \(1988\)/);
		expect(ADDITIONS.find((a) => a.id === 'gibbs')?.source).toMatch(/^Gibbs, G\. \(1988\)/);
		expect(ADDITIONS.find((a) => a.id === 'schon')?.source).toMatch(/^Schön, D\. A\. \(1983\)/);
		expect(ADDITIONS.find((a) => a.id === 'what-so-what-now-what')?.source).toMatch(/^Rolfe, G\./);
		expect(ADDITIONS.find((a) => a.id === 'supervision-preparation')?.source).toBe('');
		// Where Tomm is used in a tool, the tool says it is an addition; no other tool text names him.
		for (const lang of LANGS) {
			expect(toolEntry('guided-reflection').addition[lang]).toMatch(/Tomm, K\. \(1988\)/);
			expect(toolEntry('big-why').addition[lang]).toMatch(lang === 'da' ? /Tre blikkes egne/ : /Three Gazes' own/);
		}
		expect(QUESTION_TYPES).toHaveLength(4);
		for (const lang of LANGS) {
			expect(render('supervision-preparation', lang)).toMatch(lang === 'da' ? /Tre blikkes eget forslag/ : /Three Gazes' own outline/);
		}
	});
});

describe('no internal word shown to her', () => {
	const INTERNAL = [/\bseed\b/i, /præsentationen/i, /\bdeck\b/i, /\bslides?\b/i, /METHOD\.md/, /\blexicon\b/i];

	it('in the UI strings, the catalogue, the templates and the language watch\'s sources', () => {
		const texts: string[] = [
			...TABLES.flatMap((t) => [...Object.values(t.da), ...Object.values(t.en)] as string[]),
			JSON.stringify([GAZE_CATALOGUE, TOOL_CATALOGUE, QUESTION_CATEGORY_CATALOGUE, CONCEPTS, REFERENCES, ADDITIONS, WELLBEING_NEEDS, STAFF_WELLBEING_POINTS]),
			...TEMPLATES.flatMap((t) => [t.text.da, t.text.en]),
			...LEXICON.map((e) => e.source),
		];
		for (const text of texts) for (const pattern of INTERNAL) expect(text).not.toMatch(pattern);
	});
});

/** Every Danish text in a catalogue value: the `da` side of each bilingual text or list. */
function danishTexts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(danishTexts);
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Record<string, unknown>;
	if ('da' in record && 'en' in record) return [record.da].flat().filter((t): t is string => typeof t === 'string');
	return Object.values(record).flatMap(danishTexts);
}

describe('Danish wording (docs/DANISH-STYLE.md)', () => {
	/** Phrases the style note says we avoid, with the examples. */
	const AVOID = [
		/arbejder i dobbeltperspektiv/,
		/Hvilke møder bar\b/,
		/forbinde medarbejderne med meningen/,
		/virker lidt\b/,
		/vises til en anden/,
		/fylder og tømmer/,
		/fylde mere på|fylde det behov/,
		/^Tag (noten|journalnoter|efter)/,
		/over (deres|sin) dato/,
		/kl\. \{\{time\}\}/,
		/kl\. 0\d[:.]\d\d/,
	];

	it('no Danish template, catalogue text or UI string uses them', () => {
		const danish: string[] = [
			...TABLES.flatMap((t) => Object.values<string>(t.da)),
			...TEMPLATES.map((t) => t.text.da),
			...danishTexts([GAZE_CATALOGUE, TOOL_CATALOGUE, QUESTION_CATEGORY_CATALOGUE, CONCEPTS, WELLBEING_NEEDS, STAFF_WELLBEING_POINTS]),
		];
		expect(danish.length).toBeGreaterThan(300);
		for (const text of danish) for (const pattern of AVOID) expect(text).not.toMatch(pattern);
	});

	it('writes the meeting time as "kl. 9.00"', () => {
		expect(render('staff-meeting', 'da')).toContain('kl. 9.05.');
	});
});

