import { describe, expect, it } from 'vitest';
import { LANGUAGE_CATEGORIES, LEXICON } from '../../../src/core/language/lexicon';
import { checkLanguage, countLanguageFindings, createLanguageChecker, expandPattern, explainFinding } from '../../../src/core/language/watch';

const categories = (text: string): string[] => checkLanguage(text).map((f) => f.category);

describe('checkLanguage', () => {
	it.each([
		['den demente', 'Den demente sad i stuen.', 'labelling'],
		['de demente', 'De demente spiser først.', 'labelling'],
		['demente beboere', 'Vi har mange demente beboere.', 'labelling'],
		['fodre', 'Jeg skal fodre hende.', 'task-verb'],
		['fodrede', 'Hun fodrede ham hurtigt.', 'task-verb'],
		['fodring', 'Fodringen tog lang tid.', 'task-verb'],
		['toilettere', 'Vi toiletterede ham.', 'task-verb'],
		['room as person', 'Stue 12 ringer igen.', 'objectification'],
		['en tung', 'Hun er en tung.', 'objectification'],
		['bad intent', 'Hun vil bare have opmærksomhed.', 'blame'],
		['bad intent, word order', 'Hun bare vil have opmærksomhed.', 'blame'],
		['mockery', 'Han er helt gaga.', 'mockery'],
		['pet name as address', 'Kom så, skat.', 'infantilising'],
		['invalidation', 'Hun opdager det ikke.', 'invalidation'],
		['powerlessness', 'Vi har prøvet alt.', 'powerlessness'],
		['english labelling', 'The demented lady called out.', 'labelling'],
		['english feeding', 'I have to feed her first.', 'task-verb'],
		['english powerlessness, curly apostrophe', 'I can’t do this anymore.', 'powerlessness'],
	])('flags %s', (_name, text, category) => {
		expect(categories(text)).toContain(category);
	});

	it.each([
		['a diagnosis stated plainly', 'Borgeren har demens.'],
		['clinical turning and lifting', 'Vi vendte hende og brugte liften.'],
		['a nappy change', 'Bleskift kl. 7.'],
		['tax', 'Jeg betalte min skat.'],
		['the tax authority', 'Skat har skrevet til hendes søn.'],
		['sweet potatoes', 'Der er søde kartofler til aften.'],
		['english made', 'He made a plan.'],
		['a room as a place', 'Hun bor på stue 12.'],
		['a heavy day', 'Det var en tung dag.'],
		['feeding birds', 'Vi fodrede fuglene.'],
		['tube feeding', 'Tube feeding started on Monday.'],
		['cannot walk any more', 'Hun kan ikke mere gå selv.'],
		['collective we outside speech', 'Nu skal vi holde møde.'],
		['intensifier', 'Det er sindssygt travlt.'],
		['behaviour as a clinical term', 'Udadreagerende adfærd er kommunikation.'],
		['oh dear', 'Oh dear, I forgot.'],
	])('does not flag %s', (_name, text) => {
		expect(checkLanguage(text)).toEqual([]);
	});

	it('gives offsets, 0-based lines and columns, and the text as written', () => {
		const text = 'Første linje.\nI dag sagde hun om Den Demente, at det var svært.';
		const [f] = checkLanguage(text);
		expect(f).toMatchObject({ category: 'labelling', match: 'Den Demente', line: 1, column: 19, entryId: 'labelling.diagnosis-noun' });
		expect(text.slice(f?.from, f?.to)).toBe('Den Demente');
	});

	it('matches across a comma but never across a sentence break', () => {
		expect(categories('Vi har prøvet alt.')).toEqual(['powerlessness']);
		expect(categories('Vi har prøvet. Alt andet gik fint.')).toEqual([]);
	});

	it('prefers the longest phrase at a position', () => {
		expect(checkLanguage('Den demente dame kom ind.').map((f) => f.match)).toEqual(['Den demente dame']);
	});

	describe('quoted speech', () => {
		it.each([
			['Danish quotes', 'SK sagde „hun er helt gaga“ i går.'],
			['English quotes', 'SK said “she is totally gaga” yesterday.'],
			['straight quotes', 'SK sagde "hun er helt gaga" i går.'],
			['guillemets', 'SK sagde »hun er helt gaga« i går.'],
			['reported with a colon', 'Så sagde hun: hun er helt gaga.'],
			['reported with "at"', 'Siger SK, at hun er helt gaga.'],
			['an opinion reported', 'SK mener, at hun er helt gaga.'],
			['a name called', 'De kaldte hende den demente.'],
		])('marks %s as quoted', (_name, text) => {
			const [f] = checkLanguage(text);
			expect(f?.quoted).toBe(true);
		});

		it('keeps the leader\'s own words unquoted, also after her own opinion verb', () => {
			expect(checkLanguage('Jeg mener, at hun er helt gaga.')[0]?.quoted).toBe(false);
			expect(checkLanguage('Hun er helt gaga. SK sagde: "det er svært".')[0]?.quoted).toBe(false);
			expect(checkLanguage('SK sagde: "det er svært". Hun er helt gaga.')[0]?.quoted).toBe(false);
			expect(checkLanguage('"Ja," sagde hun. Hun er helt gaga.')[0]?.quoted).toBe(false);
		});

		it('never lets a quote run past the end of the line', () => {
			expect(checkLanguage('Hun sagde "hej\nDen demente')[0]?.quoted).toBe(false);
		});

		it('flags the collective "we" of elderspeak only when it is said aloud', () => {
			expect(categories('"Skal vi lige i bad?" spurgte hun.')).toEqual(['infantilising']);
			expect(categories('Skal vi lige i bad nu, eller efter kaffen?')).toEqual([]);
		});

		it('turns the explanation into a question about the team', () => {
			const [quoted] = checkLanguage('SK sagde: "vi har prøvet alt".');
			const [own] = checkLanguage('Vi har prøvet alt.');
			expect(quoted && explainFinding(quoted, 'da').question).toMatch(/brug for fra dig/);
			expect(own && explainFinding(own, 'da').question).toBeNull();
		});
	});

	describe('options', () => {
		it('switches categories off', () => {
			expect(checkLanguage('Den demente på stue 4. Vi har prøvet alt.', { disabledCategories: ['labelling'] }).map((f) => f.category)).toEqual(['powerlessness']);
		});

		it('adds her own phrases, in the category she chose, before the lexicon', () => {
			const found = checkLanguage('Han er en rigtig brokkehoved, vi har prøvet alt.', {
				customPhrases: [{ phrase: 'brokkehoved', category: 'mockery' }, { phrase: 'whatever', category: 'not-a-category' }],
			});
			expect(found.map((f) => [f.category, f.match, f.entryId])).toEqual([
				['mockery', 'brokkehoved', 'custom'],
				['powerlessness', 'vi har prøvet alt', 'powerlessness.tried-everything'],
			]);
		});

		it('keeps a phrase of hers she put in two categories when one of them is switched off', () => {
			const customPhrases = [
				{ phrase: 'brokkehoved', category: 'mockery' },
				{ phrase: 'brokkehoved', category: 'labelling' },
			];
			expect(checkLanguage('Han er et brokkehoved.', { customPhrases, disabledCategories: ['mockery'] }).map((f) => f.category)).toEqual(['labelling']);
		});

		it('tells her own phrases apart by their words, not by a hash they happen to share', () => {
			// "tube-feedaî" hashes like "tube-feeder" (31·e + r = 31·a + î).
			const customPhrases = [
				{ phrase: 'tube-feeder', category: 'labelling' },
				{ phrase: 'tube-feedaî', category: 'objectification' },
			];
			expect(checkLanguage('tube-feedaî', { customPhrases }).map((f) => f.category)).toEqual(['objectification']);
		});

		it('never flags an allowed word, nor a phrase containing it', () => {
			expect(checkLanguage('Kom så, skat. Den demente.', { allowWords: ['Skat', 'den demente'] })).toEqual([]);
		});

		it('returns nothing when every category is off', () => {
			expect(checkLanguage('Den demente. Vi har prøvet alt.', { disabledCategories: [...LANGUAGE_CATEGORIES] })).toEqual([]);
		});

		it('a compiled checker gives the same as checkLanguage', () => {
			const text = 'Den demente på stue 4. "Kom så, skat." Vi har prøvet alt.';
			expect(createLanguageChecker({})(text)).toEqual(checkLanguage(text));
		});
	});
});

describe('countLanguageFindings', () => {
	it('counts per category, every category present, no words', () => {
		const counts = countLanguageFindings('Den demente. De demente. Vi har prøvet alt.');
		expect(counts).toEqual({ labelling: 2, objectification: 0, 'task-verb': 0, blame: 0, mockery: 0, infantilising: 0, invalidation: 0, powerlessness: 1 });
	});
});

describe('the lexicon', () => {
	it('has unique ids, patterns that expand, and both languages of every text', () => {
		expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
		for (const e of LEXICON) {
			expect(e.id.startsWith(`${e.category}.`)).toBe(true);
			expect(e.why.da && e.why.en && e.gentler.da && e.gentler.en && e.source).toBeTruthy();
			for (const p of [...e.da, ...e.en]) expect(expandPattern(typeof p === 'string' ? p : p.pattern).length).toBeGreaterThan(0);
		}
	});

	it('covers every category', () => {
		for (const c of LANGUAGE_CATEGORIES) expect(LEXICON.some((e) => e.category === c)).toBe(true);
	});

	it('expands alternatives inside and across words', () => {
		expect(expandPattern('fodr(e|ede) (hende|)').sort()).toEqual(['fodre ', 'fodre hende', 'fodrede ', 'fodrede hende']);
	});

	it('points powerlessness findings to support, not correction', () => {
		const [f] = checkLanguage('Det nytter ikke.');
		expect(f && explainFinding(f, 'en')).toMatchObject({ support: true, title: 'Powerlessness' });
	});
});
