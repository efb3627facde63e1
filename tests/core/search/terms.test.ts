import { describe, expect, it } from 'vitest';
import { TermNormaliser, computeTerm, foldWord, wordTokens } from '../../../src/core/search/terms';

describe('search terms', () => {
	it.each([
		[['medarbejder', 'medarbejderen', 'medarbejdere', 'medarbejderne', 'Medarbejdernes']],
		[['beboer', 'beboeren', 'beboerne', 'beboere']],
		[['borger', 'borgeren', 'borgerne']],
		[['møde', 'møder', 'mødet', 'moede', 'MØDER']],
		[['ældre', 'aeldre', 'Ældre']],
		[['forråelse', 'forraaelse']],
		[['Åbenrå', 'aabenraa']],
	])('lets inflections and æ/ø/å spellings meet: %j', (group) => {
		const terms = new Set(group.map((w) => computeTerm(w)));
		expect(terms.size).toBe(1);
		expect([...terms][0]).not.toBeNull();
	});

	it('keeps different words apart', () => {
		expect(computeTerm('borger')).not.toBe(computeTerm('beboer'));
		expect(computeTerm('møde')).not.toBe(computeTerm('mad'));
	});

	it('folds æ/ø/å and accents, lowercase', () => {
		expect(foldWord('Ærø')).toBe('aeroe');
		expect(foldWord('Idéen')).toBe('ideen');
		expect(foldWord('Blåbær')).toBe('blaabaer');
	});

	it('leaves out common words but keeps selv (the self gaze) and numbers', () => {
		const n = new TermNormaliser();
		expect(n.terms('Det er og i at selv 2026')).toEqual(['selv', '2026']);
		expect(n.phraseTerm('det')).toBe('det');
	});

	it('splits words on punctuation, hyphens and slashes, with offsets', () => {
		expect(wordTokens('blik/borger, jeg-du-møder!')).toEqual([
			{ word: 'blik', start: 0, end: 4 },
			{ word: 'borger', start: 5, end: 11 },
			{ word: 'jeg', start: 13, end: 16 },
			{ word: 'du', start: 17, end: 19 },
			{ word: 'møder', start: 20, end: 25 },
		]);
	});
});
