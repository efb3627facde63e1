/**
 * The search index against a naive reference: scan every note, make its terms the same way, and
 * match a plain one-word query exactly, by prefix (while the word is being typed) or within the
 * typo tolerance. Notes are created, changed, renamed and deleted through the journal index first,
 * so the incremental path is what is checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JournalIndex } from '../../../src/core/journal-index';
import type { JournalNote } from '../../../src/core/journal-note';
import { withoutEnding } from '../../../src/core/search/expand';
import { SearchIndex, searchableText } from '../../../src/core/search/search-index';
import { TermNormaliser, computeTerm, foldWord, words } from '../../../src/core/search/terms';

const VOCABULARY = [
	'medarbejder', 'medarbejderne', 'medarbejdere', 'beboer', 'beboerne', 'borger', 'borgeren', 'møde', 'moede',
	'møderne', 'ældre', 'aeldre', 'uro', 'urolige', 'nat', 'natten', 'trivsel', 'trivslen', 'afmagt', 'isbjerget',
	'det', 'og', 'selv', 'samtale', 'samtaler', 'kaffe', 'haven', 'blomster', 'Blomsten', 'forråelse', 'forraaelse',
];

const word = fc.constantFrom(...VOCABULARY);
const sentence = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' '));
const noteText = fc.record({
	heading: fc.option(sentence, { nil: undefined }),
	body: fc.array(sentence, { minLength: 0, maxLength: 4 }),
	tag: fc.option(word, { nil: undefined }),
	day: fc.integer({ min: 1, max: 28 }),
}).map(({ heading, body, tag, day }) =>
	[
		'---',
		`date: 2026-03-${String(day).padStart(2, '0')}`,
		...(tag ? ['tags:', `  - ${tag.toLowerCase()}`] : []),
		'---',
		...(heading !== undefined ? [`# ${heading}`] : []),
		...body.map((line, i) => (i % 2 ? `- ${line}.` : `${line}, og så videre`)),
		'',
	].join('\n'),
);
const fileName = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const op = fc.oneof(
	fc.record({ kind: fc.constant('upsert' as const), name: fileName, text: noteText }),
	fc.record({ kind: fc.constant('remove' as const), name: fileName }),
	fc.record({ kind: fc.constant('rename' as const), name: fileName, to: fileName, text: noteText }),
);

function levenshtein(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/**
 * The reference: which notes hold the query word's term (or the word as typed, folded) exactly, which
 * must be found, and which hold a term it may stand for at all (the same term, a typo of at most 2,
 * or one holding the word or held in it, as compounds and inflections are), which may be found.
 */
function naive(notes: Iterable<JournalNote>, query: string): { must: string[]; may: string[] } {
	const q = computeTerm(query);
	if (q === null) return { must: [], may: [] };
	const folded = foldWord(query);
	const bases = [q, folded, ...withoutEnding(folded)];
	const must: string[] = [];
	const may: string[] = [];
	for (const note of notes) {
		const text = searchableText(note);
		const terms = words(`${text.title} ${text.headings} ${text.body} ${text.meta}`).map(computeTerm);
		if (terms.some((t) => t === q || t === folded)) must.push(note.path);
		if (terms.some((t) => t !== null && (levenshtein(t, q) <= 2 || bases.some((b) => t.includes(b) || (t.length >= 3 && b.includes(t)))))) may.push(note.path);
	}
	return { must: must.sort(), may: may.sort() };
}

/** The reference for phrases: the words of the title, or of the body, hold the phrase's terms in a row. */
function naivePhrase(notes: Iterable<JournalNote>, phrase: readonly string[]): string[] {
	const n = new TermNormaliser();
	const want = phrase.map((w) => n.phraseTerm(w));
	const holds = (text: string) => {
		const terms = words(text).map((w) => n.phraseTerm(w));
		return terms.some((_, i) => want.every((t, j) => terms[i + j] === t));
	};
	const out: string[] = [];
	for (const note of notes) if (want.length > 0 && (holds(searchableText(note).title) || holds(note.body))) out.push(note.path);
	return out.sort();
}

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Applies generated operations to a journal index that a search index follows. */
function replay(ops: readonly Op[]): { journal: JournalIndex; search: SearchIndex } {
	const journal = new JournalIndex({ journalFolders: ['Journal'] });
	const search = SearchIndex.buildFrom(journal.notes());
	search.follow(journal);
	const path = (name: string) => `Journal/${name}.md`;
	for (const o of ops) {
		if (o.kind === 'upsert') journal.upsert({ path: path(o.name), content: o.text, mtime: 1, ctime: 1 });
		else if (o.kind === 'remove') journal.remove(path(o.name));
		else journal.rename(path(o.name), { path: path(o.to), content: o.text, mtime: 1, ctime: 1 });
	}
	return { journal, search };
}

describe('SearchIndex agrees with a naive scan', () => {
	it('on which notes match a plain word (every note with it, none without something it may stand for), after any sequence of creates, edits, renames and deletes', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 25 }), word, fc.boolean(), (ops, query, typing) => {
				const { journal, search } = replay(ops);
				const found = search.search(typing ? query : `${query} `, { limit: 1000 }).results.map((r) => r.path).sort();
				const { must, may } = naive(journal.notes(), query);
				for (const path of must) expect(found).toContain(path);
				for (const path of found) expect(may).toContain(path);
				expect(search.size).toBe(journal.size);
			}),
			{ numRuns: 200 },
		);
	}, 120_000);

	it('on which notes hold a quoted phrase of two or three words (stopwords, inflections and æ/ø/å spellings meeting), after any edits', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 20 }), fc.oneof(fc.array(word, { minLength: 2, maxLength: 3 }), fc.array(fc.constantFrom('det', 'og', 'selv'), { minLength: 2, maxLength: 2 })), (ops, phrase) => {
				const { journal, search } = replay(ops);
				const found = search.search(`"${phrase.join(' ')}"`, { limit: 1000 }).results.map((r) => r.path).sort();
				expect(found).toEqual(naivePhrase(journal.notes(), phrase));
			}),
			{ numRuns: 200 },
		);
	}, 120_000);

	it('scores every note after any edits exactly as an index built afresh would', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 25 }), fc.array(word, { minLength: 1, maxLength: 2 }), fc.boolean(), (ops, query, typing) => {
				const { journal, search } = replay(ops);
				const fresh = SearchIndex.buildFrom(journal.notes());
				const text = query.join(' ') + (typing ? '' : ' ');
				const ask = (s: SearchIndex) => s.search(text, { limit: 1000 }).results.map((r) => ({ path: r.path, score: r.score })).sort((a, b) => (a.path < b.path ? -1 : 1));
				const got = ask(search);
				const want = ask(fresh);
				expect(got.map((r) => r.path)).toEqual(want.map((r) => r.path));
				got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 9));
				const note = [...journal.notes()][0];
				if (note) expect(search.related(note.path).map((r) => r.path)).toEqual(fresh.related(note.path).map((r) => r.path));
			}),
			{ numRuns: 200 },
		);
	}, 120_000);

	it('builds in one go to the same answers as note by note', () => {
		fc.assert(
			fc.property(fc.array(noteText, { maxLength: 8 }), word, (texts, query) => {
				const journal = new JournalIndex({ journalFolders: ['Journal'] });
				texts.forEach((content, i) => journal.upsert({ path: `Journal/${i}.md`, content, mtime: 1, ctime: 1 }));
				const bulk = SearchIndex.buildFrom(journal.notes());
				const oneByOne = new SearchIndex();
				for (const note of journal.notes()) oneByOne.upsert(note);
				const ask = (s: SearchIndex) => s.search(`${query} `, { limit: 1000 }).results.map((r) => [r.path, r.score]);
				expect(ask(bulk)).toEqual(ask(oneByOne));
			}),
			{ numRuns: 100 },
		);
	}, 120_000);
});
