import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchResult } from '../../../src/core/search/search-index';
import { fixtureIndex, noteOf } from './fixture';

const J = 'Journal/';
const MEDARBEJDEREN = `${J}2026-01-10 Medarbejderen på nattevagten.md`;
const KONFERENCE = `${J}2026-02-03 Beboerkonference om fru A.md`;
const SELVTJEK = `${J}2026-03-15 Selvtjek marts.md`;
const SAMTALE = `${J}2026-03-28 Samtale med SK.md`;
const DAILY = `${J}2026-04-02 Daily reflection.md`;
const HAVEN = `${J}2026-04-20 Beboerne i haven.md`;
const PERSONALEMOEDE = `${J}2026-05-05 Personalemøde maj.md`;

function setup() {
	const journal = fixtureIndex();
	const search = SearchIndex.buildFrom(journal.notes());
	search.follow(journal);
	return { journal, search };
}

const paths = (results: readonly SearchResult[]) => results.map((r) => r.path);
const sorted = (results: readonly SearchResult[]) => paths(results).sort();

describe('SearchIndex over the fixture vault', () => {
	it('indexes the journal notes only (not the shopping list outside the journal folder)', () => {
		const { search } = setup();
		expect(search.size).toBe(7);
		expect(search.search('kaffe').results).toEqual([]);
	});

	it.each(['medarbejder', 'medarbejderen', 'medarbejdere', 'medarbejderne'])(
		'lets %s meet every inflection, and ranks the note with it in its title first, the compound medarbejdersamtale last',
		(word) => {
			const { search } = setup();
			const { results } = search.search(`${word} `);
			expect(sorted(results)).toEqual([MEDARBEJDEREN, KONFERENCE, HAVEN, PERSONALEMOEDE, SAMTALE].sort());
			expect(results[0]?.path).toBe(MEDARBEJDEREN);
			expect(results.at(-1)?.path).toBe(SAMTALE);
		},
	);

	it.each(['beboer', 'beboeren', 'beboerne'])('lets %s find beboer, beboeren, beboere and beboerne; the title first', (word) => {
		const { search } = setup();
		const { results } = search.search(`${word} `);
		expect(sorted(results)).toEqual([MEDARBEJDEREN, KONFERENCE, HAVEN, PERSONALEMOEDE].sort());
		expect(results[0]?.path).toBe(HAVEN);
	});

	it.each([['ældreplejen'], ['aeldreplejen'], ['ÆLDREPLEJEN']])('finds both æ and ae spellings for %s', (word) => {
		const { search } = setup();
		expect(sorted(search.search(word).results)).toEqual([SELVTJEK, SAMTALE].sort());
	});

	it('finds møderne written as moederne, and a word as it is being typed (prefix)', () => {
		const { search } = setup();
		expect(paths(search.search('moederne ').results)).toContain(SELVTJEK);
		expect(paths(search.search('nattev').results)[0]).toBe(MEDARBEJDEREN);
		// A finished word still finds the longer words it starts (compounds), weighed lower than while typing.
		const typing = search.search('nattev').results[0]?.score ?? 0;
		const finished = search.search('nattev ').results;
		expect(finished[0]?.path).toBe(MEDARBEJDEREN);
		expect(finished[0]?.score).toBeLessThan(typing);
	});

	it('tolerates a small typo', () => {
		const { search } = setup();
		expect(paths(search.search('beboerkonferense ').results)).toEqual([KONFERENCE]);
		// The stemmer cuts stolthed to stolt but stolthd to stolthd: the typo is found all the same.
		expect(paths(search.search('stolthd ').results)).toEqual([SAMTALE]);
		expect(paths(search.search('stolthed ').results)).toEqual([SAMTALE]);
	});

	it('ranks the notes with every word first, keeps those with some, and says which words each matched', () => {
		const { search } = setup();
		// The stemmer makes "urolige" meet "uro", and "natlige" meet "nat" (in the other note's "i nat").
		const { results } = search.search('natlige uro ');
		expect(sorted(results)).toEqual([MEDARBEJDEREN, KONFERENCE].sort());
		const some = search.search('natlige uro isbjerget').results;
		expect(paths(some)).toEqual([KONFERENCE, MEDARBEJDEREN, DAILY]);
		expect(some.map((r) => r.matchedWords)).toEqual([['natlige', 'uro', 'isbjerget'], ['natlige', 'uro'], ['isbjerget']]);
		expect(some.every((r) => r.wordCount === 3)).toBe(true);
		// A word she does not find anywhere never empties the list.
		expect(paths(search.search('natlige uro lampeskærm').results)).toEqual(paths(results));
		// In quotes a word must match: all words only, as before.
		expect(paths(search.search('"natlige" "uro" "isbjerget"').results)).toEqual([KONFERENCE]);
		expect(paths(search.search('natlige uro "isbjerget"').results)).toEqual([KONFERENCE, DAILY]);
	});

	it('marks the matched words in the snippet with the line of the first match', () => {
		const { search } = setup();
		const { results } = search.search('natlige uro ');
		const hit = results.find((r) => r.path === KONFERENCE)!;
		expect(hit.snippet).toContain('natlige uro');
		expect(hit.matches.map((m) => hit.snippet.slice(m.start, m.end))).toEqual(['natlige', 'uro']);
		// 0-based line 11 of the file, "Vi så på den natlige uro …" (after 9 lines of frontmatter, the title, a blank line).
		expect(hit.line).toBe(11);
		expect(hit).toMatchObject({ date: '2026-02-03', gazes: ['citizen', 'staff'], kind: 'resident-conference' });
	});

	it('matches a quoted phrase only in that order, inflections meeting', () => {
		const { search } = setup();
		expect(paths(search.search('"vi har prøvet alt"').results)).toEqual([MEDARBEJDEREN]);
		expect(paths(search.search('"det store hvorfor"').results)).toEqual([PERSONALEMOEDE]);
		expect(search.search('"hvorfor store"').results).toEqual([]);
		expect(paths(search.search('"natlig uro"').results)).toEqual([KONFERENCE]);
	});

	it('leaves out excluded words and phrases', () => {
		const { search } = setup();
		expect(sorted(search.search('beboerne -haven').results)).toEqual([MEDARBEJDEREN, KONFERENCE, PERSONALEMOEDE].sort());
		expect(sorted(search.search('medarbejderne -"store hvorfor"').results)).toEqual([MEDARBEJDEREN, KONFERENCE, HAVEN, SAMTALE].sort());
	});

	it.each([
		['blik:medarbejdere', [MEDARBEJDEREN, KONFERENCE, SAMTALE, PERSONALEMOEDE]],
		['gaze:staff', [MEDARBEJDEREN, KONFERENCE, SAMTALE, PERSONALEMOEDE]],
		['blik:selv', [SELVTJEK, PERSONALEMOEDE]],
		['gaze:citizen', [KONFERENCE, DAILY, HAVEN]],
		['blik:borger blik:medarbejdere', [KONFERENCE]],
		['-blik:medarbejdere', [SELVTJEK, DAILY, HAVEN]],
		['værktøj:isbjerget', [KONFERENCE, DAILY]],
		['tool:iceberg', [KONFERENCE, DAILY]],
		['type:beboerkonference', [KONFERENCE]],
		['kind:resident-conference', [KONFERENCE]],
		['type:daglig-refleksion', [MEDARBEJDEREN, DAILY]],
		['art:selvtjek', [SELVTJEK]],
		['tag:demens', [KONFERENCE]],
		['tag:nat', [MEDARBEJDEREN]],
		['fra:2026-03 til:2026-04', [SELVTJEK, SAMTALE, DAILY, HAVEN]],
		['from:2026-04-02 to:2026-04-20', [DAILY, HAVEN]],
		['til:2026-01-10', [MEDARBEJDEREN]],
	])('filters %s, whatever the UI language, newest first', (query, expected) => {
		const { search } = setup();
		const { results, hints } = search.search(query);
		expect(hints).toEqual([]);
		expect(paths(results)).toEqual([...expected].sort().reverse());
	});

	it('combines words and filters', () => {
		const { search } = setup();
		expect(sorted(search.search('beboerne blik:borger').results)).toEqual([KONFERENCE, HAVEN].sort());
		expect(paths(search.search('iceberg fra:2026-04').results)).toEqual([DAILY]);
		expect(paths(search.search('isbjerget gaze:staff').results)).toEqual([KONFERENCE]);
	});

	it('finds a tool by its name in either language, also when only the tools property names it', () => {
		const { search } = setup();
		expect(sorted(search.search('iceberg ').results)).toEqual([KONFERENCE, DAILY].sort());
		expect(sorted(search.search('isbjerget ').results)).toEqual([KONFERENCE, DAILY].sort());
	});

	it('answers a malformed query with a hint and still runs the rest', () => {
		const { search } = setup();
		const bad = search.search('medarbejderne fra:2026-13');
		expect(bad.hints.map((h) => h.key)).toEqual(['search.hint.invalidDate']);
		expect(bad.results.length).toBe(5);
		const quote = search.search('"natlig uro');
		expect(quote.hints.map((h) => h.key)).toEqual(['search.hint.unclosedQuote']);
		expect(paths(quote.results)).toEqual([KONFERENCE]);
		const empty = search.search('');
		expect(empty).toEqual({ results: [], hints: [{ key: 'search.hint.empty' }] });
		expect(search.search('farve:blå').hints.map((h) => h.key)).toEqual(['search.hint.unknownFilter']);
	});

	it('respects the limit', () => {
		const { search } = setup();
		expect(search.search('blik:medarbejdere', { limit: 2 }).results).toHaveLength(2);
	});

	it('follows the journal index: create, modify, rename and delete', () => {
		const { journal, search } = setup();
		const file = (path: string, content: string) => ({ path, content, mtime: 2, ctime: 2 });
		journal.upsert(file('Journal/2026-06-01 Ny.md', '---\ndate: 2026-06-01\n---\nEn samtale om tandbørstning.\n'));
		expect(paths(search.search('tandbørstning').results)).toEqual(['Journal/2026-06-01 Ny.md']);
		journal.upsert(file('Journal/2026-06-01 Ny.md', '---\ndate: 2026-06-01\n---\nEn samtale om måltider.\n'));
		expect(search.search('tandbørstning').results).toEqual([]);
		expect(paths(search.search('måltider').results)).toEqual(['Journal/2026-06-01 Ny.md']);
		journal.rename('Journal/2026-06-01 Ny.md', file('Journal/2026-06-01 Omdøbt.md', '---\ndate: 2026-06-01\n---\nEn samtale om måltider.\n'));
		expect(paths(search.search('måltider').results)).toEqual(['Journal/2026-06-01 Omdøbt.md']);
		journal.remove('Journal/2026-06-01 Omdøbt.md');
		expect(search.search('måltider').results).toEqual([]);
		expect(search.size).toBe(7);
		journal.clear();
		expect(search.size).toBe(0);
		expect(search.search('medarbejderne').results).toEqual([]);
	});

	it('finds phrases and words in a journal whose vocabulary outgrows 65 536 words', () => {
		const search = new SearchIndex();
		const many = Array.from({ length: 70_000 }, (_, i) => `ord${i.toString(36)}x`).join(' ');
		search.upsert(noteOf('Journal/2026-01-01 Ordliste.md', `---\ndate: 2026-01-01\n---\n${many}\n`));
		search.upsert(noteOf('Journal/2026-01-02 Sidst.md', `---\ndate: 2026-01-02\n---\nTil sidst: ord1zzzx og natlig uro.\n`));
		expect(paths(search.search('"natlig uro"').results)).toEqual(['Journal/2026-01-02 Sidst.md']);
		expect(sorted(search.search('"ord1zzzx og"').results)).toEqual(['Journal/2026-01-02 Sidst.md']);
		expect(sorted(search.search('ord1zzzx ').results)).toEqual(['Journal/2026-01-01 Ordliste.md', 'Journal/2026-01-02 Sidst.md']);
		search.remove('Journal/2026-01-01 Ordliste.md');
		expect(paths(search.search('ord1zzzx ').results)).toEqual(['Journal/2026-01-02 Sidst.md']);
	}, 30_000);

	it('finds a phrase of stopwords only, newest first', () => {
		const { search } = setup();
		const found = paths(search.search('"vi har"').results);
		expect(found).toContain(MEDARBEJDEREN);
		expect(found.every((p, i) => i === 0 || p <= found[i - 1]!)).toBe(true);
	});

	it('shows the start of the prose when only a filter matched', () => {
		const { search } = setup();
		const [hit] = search.search('art:selvtjek').results;
		expect(hit?.snippet).toMatch(/^Min ledelse i ældreplejen/);
		expect(hit?.matches).toEqual([]);
	});
});

describe('related reflections', () => {
	it('finds earlier notes on the same theme, never the note itself nor later notes, with a reason', () => {
		const { search } = setup();
		const related = search.related(HAVEN);
		expect(related.map((r) => r.path)).not.toContain(HAVEN);
		expect(related.every((r) => (r.date ?? '') <= '2026-04-20')).toBe(true);
		expect(related[0]?.path).toBe(KONFERENCE);
		expect(related[0]?.reason.words).toEqual(expect.arrayContaining(['butik']));
		expect(related[0]?.reason.gazes).toEqual(['citizen']);
	});

	it('names shared tools', () => {
		const { search } = setup();
		const related = search.related(DAILY);
		const konference = related.find((r) => r.path === KONFERENCE);
		expect(konference?.reason.tools).toEqual(['iceberg']);
	});

	it('has none for a note it does not know', () => {
		const { search } = setup();
		expect(search.related('Andet/Indkøbsliste.md')).toEqual([]);
	});
});
