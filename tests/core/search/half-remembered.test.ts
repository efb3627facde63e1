/**
 * What she half-remembers: words that are not quite the ones she wrote. Compounds from care work
 * split and joined, typos, æ/ø/å typed as ae/oe/aa, a word the note does not have, and "did you mean".
 */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/core/search/search-index';
import { noteOf } from './fixture';

const NOTES: Record<string, string> = {
	'Journal/2026-03-02 Mødet om vagtplanen.md':
		'I dag holdt vi mødet om vagtplanen. Aftenvagten var urolig, og pårørende ringede to gange.',
	'Journal/2026-03-05 Demens.md':
		'Demenskoordinatoren kom forbi og talte med personalet om borgere med demens og deres døgnrytme.',
	'Journal/2026-03-09 Supervision.md':
		'Supervision med teamet: hvordan taler vi med de pårørende, når de er vrede? Jeg lyttede mest.',
	'Journal/2026-03-12 Medicin.md':
		'Medicingennemgangen med sygeplejersken tog hele formiddagen. Ældreplejen er presset.',
	'Journal/2026-03-15 Koordinator.md':
		'Ny koordinator i hjemmeplejen. Hun skal lære køresedlerne at kende.',
	'Journal/2026-03-20 Møde.md': 'Et møde om sommerferien og vikarerne i plejen.',
};

function setup(): SearchIndex {
	return SearchIndex.buildFrom(Object.entries(NOTES).map(([path, body]) => noteOf(path, `---\ndate: ${path.slice(8, 18)}\n---\n${body}\n`)));
}

const top = (search: SearchIndex, query: string) => search.search(query).results[0]?.path ?? null;
const found = (search: SearchIndex, query: string) => search.search(query).results.map((r) => r.path);

describe('search for what she half-remembers', () => {
	it('finds the parts of a compound she types: vagtplansmøde finds "mødet om vagtplanen"', () => {
		const search = setup();
		expect(top(search, 'vagtplansmøde')).toBe('Journal/2026-03-02 Mødet om vagtplanen.md');
		expect(top(search, 'medicin gennemgang')).toBe('Journal/2026-03-12 Medicin.md');
	});

	it('finds a compound from its parts: demens koordinator finds "demenskoordinatoren"', () => {
		const search = setup();
		expect(top(search, 'demens koordinator')).toBe('Journal/2026-03-05 Demens.md');
		const result = search.search('demens koordinator').results[0];
		expect(result?.matchedWords).toEqual(['demens', 'koordinator']);
		// The part alone finds the compound too, below the note with the word itself.
		expect(found(search, 'koordinator ')).toEqual(['Journal/2026-03-15 Koordinator.md', 'Journal/2026-03-05 Demens.md']);
		expect(found(search, 'aftenvagt ')).toContain('Journal/2026-03-02 Mødet om vagtplanen.md');
		expect(found(search, 'vagt ')).toContain('Journal/2026-03-02 Mødet om vagtplanen.md');
	});

	it('joins two words she writes apart when the journal writes them as one', () => {
		const search = setup();
		expect(top(search, 'ældre plejen')).toBe('Journal/2026-03-12 Medicin.md');
		expect(search.search('ældre plejen').results[0]?.matchedWords).toEqual(['ældre', 'plejen']);
	});

	it('tolerates a typo of one letter in words of four to seven letters, two beyond, and a swap as one', () => {
		const search = setup();
		// The stemmer cuts pårørende to paaro but pårørnde to paaroernd: the typo is still found.
		expect(found(search, 'pårørnde').sort()).toEqual(['Journal/2026-03-02 Mødet om vagtplanen.md', 'Journal/2026-03-09 Supervision.md']);
		expect(found(search, 'supervison')).toEqual(['Journal/2026-03-09 Supervision.md']);
		expect(found(search, 'suprevision')).toEqual(['Journal/2026-03-09 Supervision.md']);
		expect(found(search, 'medicingennemgnagen')).toEqual(['Journal/2026-03-12 Medicin.md']);
		// Three letters are too few to guess from.
		expect(found(search, 'møe ')).toEqual([]);
	});

	it('ranks the exact word above a typo of another', () => {
		const search = setup();
		// "møde" is in two notes; "mødet" stems the same; "made" (a typo's distance away) is not a word here.
		const results = search.search('møde ').results.map((r) => r.path);
		expect(results.slice(0, 2).sort()).toEqual(['Journal/2026-03-02 Mødet om vagtplanen.md', 'Journal/2026-03-20 Møde.md']);
	});

	it('takes æ/ø/å typed as ae/oe/aa', () => {
		const search = setup();
		expect(top(search, 'paaroerende')).toBe(top(search, 'pårørende'));
		expect(top(search, 'doegnrytme')).toBe('Journal/2026-03-05 Demens.md');
		expect(top(search, 'aeldreplejen')).toBe('Journal/2026-03-12 Medicin.md');
	});

	it('never empties the list while some word matches, and ranks the note with more of her words first', () => {
		const search = setup();
		const results = search.search('aftenvagt uro lampe').results;
		expect(results[0]?.path).toBe('Journal/2026-03-02 Mødet om vagtplanen.md');
		expect(results[0]?.matchedWords).toEqual(['aftenvagt', 'uro']);
		expect(results[0]?.wordCount).toBe(3);
		// In quotes every word must match: nothing has "lampe".
		expect(search.search('"aftenvagt" "lampe"').results).toEqual([]);
	});

	it('offers "did you mean" with the journal\'s own word when a word is not in it', () => {
		const search = setup();
		expect(search.search('supervison pårørende').suggestion).toBe('supervision pårørende');
		expect(search.search('vagtplanen').suggestion).toBeUndefined();
		expect(search.search('xyzzy').suggestion).toBeUndefined();
	});
});
