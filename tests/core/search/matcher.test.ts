import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../src/core/search/matcher';
import { TermNormaliser } from '../../../src/core/search/terms';

const n = new TermNormaliser();
const terms = (...ws: string[]) => new Set(ws.map((w) => n.term(w)!));

describe('TermMatcher', () => {
	it.each([
		['moederne', 'Vi holdt Møderne kort.', 'Møderne'],
		['ældre', 'Fokus på aeldre borgere.', 'aeldre'],
		['aeldre', 'ÆLDRE borgere.', 'ÆLDRE'],
		['idéen', 'Ideen var god.', 'Ideen'],
		['blåbær', 'Vi plukkede blaabaer.', 'blaabaer'],
		['medarbejder', 'Natten var lang. Medarbejdernes pause.', 'Medarbejdernes'],
	])('finds %s in %j, whatever the spelling of æ/ø/å and case', (query, text, found) => {
		expect(new TermMatcher(terms(query), n).first(text)?.word).toBe(found);
	});

	it('confirms each place with the stemmer: a longer word that only starts the same does not count', () => {
		// "natur" starts with "nat" but is another word.
		expect(new TermMatcher(terms('nat'), n).first('Naturen om natten')?.word).toBe('natten');
		expect(new TermMatcher(terms('nat'), n).first('Naturen')).toBeNull();
		expect(new TermMatcher(new Set(), n).first('alt')).toBeNull();
	});
});
