import { describe, expect, it } from 'vitest';
import { withNotHere, formatNotHere, parseNotHere } from '../../../src/core/language/not-here';
import { checkLanguage, createLanguageChecker, explainFinding } from '../../../src/core/language/watch';
import { DEFAULT_SETTINGS, migrateSettings } from '../../../src/core/settings';

/**
 * The language watch's context rules (context.ts), on sentences written for these tests (not from
 * the evaluation corpus): each rule flags where the words stand for, or are said about, a person,
 * and stays quiet where they are mentioned, denied, or someone's own words.
 */
const categories = (text: string): string[] => [...new Set(checkLanguage(text).map((f) => f.category))];

describe('who a word stands for', () => {
	it.each([
		['a room with a person\'s verb', 'Stue 4 har råbt hele aftenen.', 'objectification'],
		['a bed with a care task', 'Seng 2 skal vendes før middag.', 'objectification'],
		['an English bed that needs changing', 'Bed 5 needs changing before lunch.', 'objectification'],
		['a diagnosis in a room', 'Demensen på 8 vil ikke spise.', 'labelling'],
		['a diagnosis with a place in English', 'The stroke in bay four keeps calling out.', 'labelling'],
		['a counted diagnosis', 'Three dementias before ten, then the office.', 'labelling'],
		['an aid standing for a person', 'Rollatoren fra 3 spørger efter kaffe.', 'objectification'],
		['a tube standing for a person', 'The PEG in room 6 is due now.', 'objectification'],
		['a room number made a name', 'Hende i 14\'eren ringer igen.', 'objectification'],
	])('flags %s', (_name, text, category) => {
		expect(categories(text)).toContain(category);
	});

	it.each([
		['a room with a thing to do', 'Stue 4 skal males i næste uge.'],
		['an English room with a thing', 'Room 5 needs a new curtain rail.'],
		['an aid as an aid', 'Vi brugte rollatoren på gangen i dag.'],
		['a tube as a tube', 'The PEG site looks clean today.'],
		['a diagnosis stated plainly', 'Hun har Parkinsons og ryster om morgenen.'],
		['a bus number', 'Hun tog bus 5\'eren til byen.'],
	])('does not flag %s', (_name, text) => {
		expect(categories(text)).toEqual([]);
	});
});

describe('what a verb is done to', () => {
	it.each([
		['changing a person by name', 'Did anyone change Harold before breakfast?', 'task-verb'],
		['changing them', 'We were changing them all night.', 'task-verb'],
		['got him toileted', 'I got him toileted and back in bed.', 'task-verb'],
		['feeding a person by name', 'Can you feed Mr Hill at twelve?', 'task-verb'],
		['parkér with the accent', 'Parkér hende ved vinduet.', 'task-verb'],
		['put out like a thing', 'De stillede ham ud på gangen.', 'task-verb'],
		['the Danish -es passive', 'Han skal lige tømmes først.', 'task-verb'],
	])('flags %s', (_name, text, category) => {
		expect(categories(text)).toContain(category);
	});

	it.each([
		['changing a pad', 'We changed the pad at six.'],
		['changing the bed', 'Jeg skiftede sengen, mens hun sad op.'],
		['parking a car', 'Parkér bilen bag huset.'],
	])('does not flag %s', (_name, text) => {
		expect(categories(text)).toEqual([]);
	});
});

describe('Danish compounds by form', () => {
	it.each([
		['liftborger', 'Vi har to liftborgere på holdet.', 'objectification'],
		['iltpatienten', 'Iltpatienten skal have mad kl. 12.', 'objectification'],
		['kørestolsbeboere', 'Kørestolsbeboerne spiser først.', 'objectification'],
		['alzheimertilfælde', 'Hun er vores sværeste alzheimertilfælde.', 'labelling'],
		['parkinsonborger', 'Parkinsonborgeren ryster meget.', 'labelling'],
	])('flags %s', (_name, text, category) => {
		expect(categories(text)).toContain(category);
	});

	it('explains a compound and offers a gentler wording in both languages', () => {
		const [f] = checkLanguage('Liftborgeren venter.');
		expect(f?.entryId).toBe('objectification.compound');
		if (!f) return;
		expect(explainFinding(f, 'da').gentler).toMatch(/lift/);
		expect(explainFinding(f, 'en').why).toMatch(/compound/);
	});

	it.each([['medborgere', 'Alle medborgere er velkomne.'], ['a thing case', 'Det var et lifttilfælde.'], ['a trade', 'Skraldemanden kommer tirsdag.']])('does not flag %s', (_name, text) => {
		expect(categories(text)).toEqual([]);
	});
});

describe('mention, negation and who speaks', () => {
	it.each([
		['a Danish word quoted as a word', 'Vi talte om ordet "fodre" på mødet.'],
		['a word in single quotes after om', "Kurset handlede om 'fodre' og andre ord."],
		['an English term', "The term 'feeding' came up in supervision."],
		['a label mentioned after its quote', "'Den demente' er en betegnelse, vi ikke bruger."],
		['negation', 'Hun var slet ikke besværlig i morges.'],
		['negation in English', "He wasn't difficult at all."],
		['a resident about herself', '"Jeg er en gammel tosse," siger hun og griner.'],
		['family to family', 'Kære søde mor, tak for kortet.'],
		['a resident naming the carer', "Hun kalder mig 'min lille ven', og det er fint."],
		['resignation answered by a plan', 'I felt like giving up on Monday, but we made a plan together.'],
		['a refusal respected', 'She refused the shower, which is her right.'],
	])('does not flag %s', (_name, text) => {
		expect(categories(text)).toEqual([]);
	});

	it('still flags quoted speech, marked as quoted', () => {
		const [f] = checkLanguage('SK sagde: "hun er bare besværlig".');
		expect(f?.category).toBe('blame');
		expect(f?.quoted).toBe(true);
	});

	it('still flags a task verb after a negated wish: the word is used', () => {
		expect(categories('Jeg gider ikke fodre hende igen.')).toContain('task-verb');
	});

	it('reads single quotation marks as quotes, but not apostrophes', () => {
		expect(checkLanguage("Hun sagde 'han er bare besværlig' til mig.")[0]?.quoted).toBe(true);
		expect(checkLanguage("It's true: she's being awkward on purpose.")[0]?.quoted).toBe(false);
	});
});

describe('"not here"', () => {
	const text = 'Hun er en tung.';

	it('allows a phrase in one note, and only there', () => {
		const check = createLanguageChecker({ notHere: [{ phrase: 'Hun er en  tung', path: 'Journal/a.md' }] });
		expect(check(text, undefined, 'Journal/a.md')).toEqual([]);
		expect(check(text, undefined, 'Journal/b.md').map((f) => f.category)).toEqual(['objectification']);
		expect(check(text).map((f) => f.category)).toEqual(['objectification']);
	});

	it('allows a phrase in every note', () => {
		const check = createLanguageChecker({ notHere: [{ phrase: 'hun er en tung', path: null }] });
		expect(check(text, undefined, 'Journal/b.md')).toEqual([]);
		expect(check(text)).toEqual([]);
	});

	it('is added once, shown one per line and read back', () => {
		const once = withNotHere(DEFAULT_SETTINGS, 'en tung', 'Journal/a.md');
		expect(withNotHere(once, 'En  tung', 'Journal/a.md')).toBe(once);
		const both = withNotHere(once, 'fodre', null);
		expect(both.languageWatch.notHere).toEqual([
			{ phrase: 'en tung', path: 'Journal/a.md' },
			{ phrase: 'fodre', path: null },
		]);
		const shown = formatNotHere(both.languageWatch.notHere);
		expect(shown).toBe('en tung | Journal/a.md\nfodre | *');
		expect(parseNotHere(shown)).toEqual(both.languageWatch.notHere);
		expect(parseNotHere('fodre\n\n | x')).toEqual([{ phrase: 'fodre', path: null }]);
	});

	it('survives saving, and a broken entry is dropped with a problem', () => {
		const saved = JSON.parse(JSON.stringify(withNotHere(DEFAULT_SETTINGS, 'en tung', 'a.md'))) as unknown;
		expect(migrateSettings(saved).settings.languageWatch.notHere).toEqual([{ phrase: 'en tung', path: 'a.md' }]);
		const broken = migrateSettings({ languageWatch: { notHere: [{ phrase: 'x', path: 3 }, { phrase: 'y', path: null }] } });
		expect(broken.settings.languageWatch.notHere).toEqual([{ phrase: 'y', path: null }]);
		expect(broken.problems.join()).toMatch(/notHere/);
	});
});
