/**
 * The search index over the journal: MiniSearch (BM25+, prefix and fuzzy matching, incremental
 * add/discard) fed with terms made by `TermNormaliser` (Danish stemming, æ/ø/å folding). It is built
 * from `JournalNote`s and kept up to date from the journal index's changes; it stores no note text.
 * Snippets are cut from the note records it already shares with the journal index.
 */
import MiniSearch, { type Query } from 'minisearch';
import { KIND_VOCABULARY, LANGS, TOOL_VOCABULARY, readGazeTag, type GazeId, type KindId, type ToolId } from '../domain';
import type { IndexChange, JournalIndex } from '../journal-index';
import type { JournalNote } from '../journal-note';
import { parseQuery, type ParsedQuery, type QueryFilter, type QueryHint } from './query';
import { PhraseMatcher, TermMatcher } from './matcher';
import { buildSnippet, type TextMatch } from './snippet';
import { TermNormaliser, foldWord, words } from './terms';

/** One search result, best first. */
export interface SearchResult {
	readonly path: string;
	/** The note's file name without `.md`. */
	readonly title: string;
	readonly score: number;
	readonly date: string | null;
	readonly gazes: readonly GazeId[];
	readonly kind: KindId | null;
	readonly snippet: string;
	/** The matched words in `snippet`. */
	readonly matches: readonly TextMatch[];
	/** 0-based line in the file of the first match in the body (the body's first line when none). */
	readonly line: number;
}

/** What a search gives: results and anything about the query worth telling the user. */
export interface SearchOutcome {
	readonly results: readonly SearchResult[];
	readonly hints: readonly QueryHint[];
}

/** Why a past reflection is related to the note at hand. */
export interface RelatedReason {
	/** Words both notes use, as written in the note at hand, most telling first (at most three). */
	readonly words: readonly string[];
	/** Tools both notes use. */
	readonly tools: readonly ToolId[];
	/** Gazes both notes take. */
	readonly gazes: readonly GazeId[];
}

/** A past reflection like the note at hand. */
export interface RelatedReflection {
	readonly path: string;
	readonly title: string;
	readonly score: number;
	readonly date: string | null;
	readonly gazes: readonly GazeId[];
	readonly kind: KindId | null;
	readonly reason: RelatedReason;
}

/** The fields MiniSearch indexes, each already turned into space-separated terms. */
interface SearchDocument {
	readonly id: string;
	readonly title: string;
	readonly headings: string;
	readonly body: string;
	readonly meta: string;
}

/** Field boosts: a word in the title or a heading says more about a note than one in the prose. */
export const FIELD_BOOST: Readonly<Record<Exclude<keyof SearchDocument, 'id'>, number>> = {
	title: 3,
	headings: 2,
	meta: 1.5,
	body: 1,
};

/** The default number of results. */
export const DEFAULT_LIMIT = 20;

/** How many typos a term of this length tolerates (terms are stems, so lengths are short). */
export function typoTolerance(term: string): number {
	if (term.length >= 10) return 2;
	if (term.length >= 6) return 1;
	return 0;
}

/**
 * The text of each searchable field of a note: its title (file name without a leading date), its
 * headings, its body, and the words of its tags (not gaze tags: those are filters), tools and kind,
 * in both languages, so `isbjerget` also finds a note that only lists `iceberg` in `tools`.
 */
export function searchableText(note: JournalNote): Readonly<Record<Exclude<keyof SearchDocument, 'id'>, string>> {
	const meta: string[] = note.tags.filter((tag) => readGazeTag(tag) === null);
	for (const use of note.tools) for (const lang of LANGS) meta.push(TOOL_VOCABULARY[use.tool][lang]);
	if (note.kind) for (const lang of LANGS) meta.push(KIND_VOCABULARY[note.kind][lang]);
	return {
		title: titleOf(note),
		headings: note.headings.map((h) => h.text).join('\n'),
		body: note.body,
		meta: meta.join(' '),
	};
}

/** The note's title for search: its file name without a leading date. */
function titleOf(note: JournalNote): string {
	return note.basename.replace(/^\d{4}-\d{2}-\d{2}\s*/, '');
}

const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));

export class SearchIndex {
	private readonly normaliser = new TermNormaliser();
	private readonly mini: MiniSearch<SearchDocument>;
	/** The note records indexed, by path: shared with the journal index, not copies. */
	private readonly indexed = new Map<string, JournalNote>();
	/** In how many notes each term occurs (for related reflections: rarer shared words say more). */
	private readonly docFreq = new Map<string, number>();

	constructor() {
		this.mini = new MiniSearch<SearchDocument>({
			fields: ['title', 'headings', 'body', 'meta'],
			storeFields: [],
			tokenize: splitTerms,
			processTerm: (term) => term,
			searchOptions: { tokenize: splitTerms, processTerm: (term) => term, boost: { ...FIELD_BOOST } },
		});
	}

	/** Builds an index over notes in one go (the command line, the benchmark, tests). */
	static buildFrom(notes: Iterable<JournalNote>): SearchIndex {
		const index = new SearchIndex();
		const documents: SearchDocument[] = [];
		for (const note of notes) {
			if (index.indexed.has(note.path)) continue;
			const { document, terms } = index.documentFor(note);
			index.indexed.set(note.path, note);
			index.countTerms(terms, 1);
			documents.push(document);
		}
		index.mini.addAll(documents);
		return index;
	}

	/** The number of notes indexed. */
	get size(): number {
		return this.indexed.size;
	}

	has(path: string): boolean {
		return this.indexed.has(path);
	}

	/** Keeps this index in step with a journal index from now on; returns the function that stops it. */
	follow(index: JournalIndex): () => void {
		return index.onChange((change) => this.apply(change));
	}

	/** Applies one change of the journal index. */
	apply(change: IndexChange): void {
		if (change.kind === 'upsert') this.upsert(change.note);
		else this.remove(change.path);
	}

	/** Adds a note, or replaces the version indexed before. */
	upsert(note: JournalNote): void {
		const previous = this.indexed.get(note.path);
		if (previous === note) return;
		if (previous) this.forget(previous);
		const { document, terms } = this.documentFor(note);
		this.indexed.set(note.path, note);
		this.countTerms(terms, 1);
		this.mini.add(document);
	}

	/** Forgets a note. */
	remove(path: string): void {
		const previous = this.indexed.get(path);
		if (previous) this.forget(previous);
	}

	/** Runs a query (text or parsed); never throws. */
	search(query: string | ParsedQuery, options: { readonly limit?: number } = {}): SearchOutcome {
		const parsed = typeof query === 'string' ? parseQuery(query) : query;
		const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
		const wordTerms = unique(parsed.words.map((w) => this.normaliser.term(w)));
		const phrases = parsed.phrases.map((p) => new PhraseMatcher(p.map((w) => this.normaliser.phraseTerm(w)), this.normaliser));
		const phraseTerms = unique(parsed.phrases.flatMap((p) => p.map((w) => this.normaliser.term(w))));
		const excludedPhrases = parsed.excludedPhrases.map((p) => new PhraseMatcher(p.map((w) => this.normaliser.phraseTerm(w)), this.normaliser));
		const excludedIds = this.idsWithAny(unique(parsed.excludedWords.map((w) => this.normaliser.term(w))));
		const keeps = (note: JournalNote) => !excludedIds.has(note.path) && matchesFilters(note, parsed.filters);
		const phrasesHold = (note: JournalNote) =>
			(phrases.length === 0 && excludedPhrases.length === 0) ||
			this.phrasesHold(note, phrases, excludedPhrases);

		const shown: { note: JournalNote; score: number }[] = [];
		const matched = new Set<string>(phraseTerms);
		if (wordTerms.length > 0 || phraseTerms.length > 0) {
			// Filters and phrases are checked on the ranked hits, best first, only until the limit is
			// reached: a common word can hit most notes, and most of those are never shown.
			const raw = this.mini.search(this.queryFor(wordTerms, phraseTerms, parsed.openLastWord));
			for (const hit of raw) {
				const note = this.indexed.get(hit.id as string);
				if (!note || !keeps(note) || !phrasesHold(note)) continue;
				shown.push({ note, score: hit.score });
				for (const term of hit.terms) matched.add(term);
				if (shown.length >= limit) break;
			}
		} else if (parsed.words.length === 0 && parsed.phrases.length === 0 && (parsed.filters.length > 0 || excludedIds.size > 0 || excludedPhrases.length > 0)) {
			const kept = [...this.indexed.values()].filter((note) => keeps(note) && phrasesHold(note));
			kept.sort(byDateDesc);
			for (const note of kept.slice(0, limit)) shown.push({ note, score: 0 });
		}
		const matcher = new TermMatcher(matched, this.normaliser);
		const results = shown.map(({ note, score }) => this.resultFor(note, score, matcher));
		return { results, hints: parsed.hints };
	}

	/**
	 * The past reflections most like a note: a query made of its most telling words (frequent in the
	 * note, rare in the journal), run over notes dated on or before it, itself left out. A note the
	 * index does not know has none.
	 */
	related(path: string, options: { readonly limit?: number } = {}): RelatedReflection[] {
		const note = this.indexed.get(path);
		if (!note) return [];
		const limit = Math.max(1, options.limit ?? 5);
		const text = searchableText(note);
		const counts = new Map<string, { count: number; word: string }>();
		for (const word of words(`${text.title}\n${text.headings}\n${text.body}`)) {
			const term = this.normaliser.term(word);
			if (!term || term.length < 3 || /^\d+$/.test(term)) continue;
			const seen = counts.get(term);
			if (seen) seen.count++;
			else counts.set(term, { count: 1, word: word.toLowerCase() });
		}
		const total = Math.max(1, this.indexed.size);
		const weighted = [...counts]
			.map(([term, { count, word }]) => {
				const df = this.docFreq.get(term) ?? 1;
				return { term, word, weight: (1 + Math.log(count)) * Math.log(1 + total / df), df };
			})
			.filter((t) => t.df > 1)
			.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
			.slice(0, 16);
		if (weighted.length === 0) return [];
		const weightOf = new Map(weighted.map((t) => [t.term, t.weight]));
		const raw = this.mini.search(
			{ combineWith: 'OR', queries: weighted.map((t) => t.term), prefix: false, fuzzy: false },
			{
				boostTerm: (term) => weightOf.get(term) ?? 1,
				filter: (r) => {
					const other = this.indexed.get(r.id as string);
					return other !== undefined && other.path !== path && (note.date === null || other.date === null || other.date <= note.date);
				},
			},
		);
		const noteTools = new Set(note.tools.map((t) => t.tool));
		const related: RelatedReflection[] = [];
		for (const hit of raw) {
			const other = this.indexed.get(hit.id as string);
			if (!other) continue;
			const shared = new Set(hit.terms);
			const tools = unique(other.tools.map((t) => t.tool)).filter((tool) => noteTools.has(tool));
			const gazes = other.gazes.filter((g) => note.gazes.includes(g));
			related.push({
				path: other.path,
				title: other.basename,
				score: hit.score * (1 + 0.25 * tools.length + 0.1 * gazes.length),
				date: other.date,
				gazes: other.gazes,
				kind: other.kind,
				reason: { words: weighted.filter((t) => shared.has(t.term)).slice(0, 3).map((t) => t.word), tools, gazes },
			});
		}
		related.sort((a, b) => b.score - a.score || byDateDesc(a, b));
		return related.slice(0, limit);
	}

	private queryFor(wordTerms: readonly string[], phraseTerms: readonly string[], openLastWord: boolean): Query {
		const last = wordTerms.length - 1;
		const queries: Query[] = wordTerms.map((term, i) => ({
			queries: [term],
			prefix: openLastWord && i === last,
			fuzzy: typoTolerance(term),
		}));
		for (const term of phraseTerms) if (!wordTerms.includes(term)) queries.push({ queries: [term], prefix: false, fuzzy: false });
		return { combineWith: 'AND', queries };
	}

	/** Notes holding any of these terms exactly. */
	private idsWithAny(terms: readonly string[]): Set<string> {
		const ids = new Set<string>();
		for (const term of terms) {
			for (const hit of this.mini.search(term, { prefix: false, fuzzy: false })) ids.add(hit.id as string);
		}
		return ids;
	}

	/** Every phrase occurs (as consecutive words, inflections meeting) and no excluded one does. */
	private phrasesHold(note: JournalNote, phrases: readonly PhraseMatcher[], excluded: readonly PhraseMatcher[]): boolean {
		const title = titleOf(note);
		const occurs = (p: PhraseMatcher) => p.occursIn(title) || p.occursIn(note.body);
		return phrases.every(occurs) && !excluded.some(occurs);
	}

	private resultFor(note: JournalNote, score: number, matcher: TermMatcher): SearchResult {
		const snippet = buildSnippet(note.body, matcher);
		return {
			path: note.path,
			title: note.basename,
			score,
			date: note.date,
			gazes: note.gazes,
			kind: note.kind,
			snippet: snippet.text,
			matches: snippet.matches,
			line: note.bodyStartLine + (snippet.bodyLine ?? 0),
		};
	}

	private documentFor(note: JournalNote): { document: SearchDocument; terms: Set<string> } {
		const text = searchableText(note);
		const title = this.normaliser.terms(text.title);
		const headings = this.normaliser.terms(text.headings);
		const body = this.normaliser.terms(text.body);
		const meta = this.normaliser.terms(text.meta);
		const document: SearchDocument = {
			id: note.path,
			title: title.join(' '),
			headings: headings.join(' '),
			body: body.join(' '),
			meta: meta.join(' '),
		};
		return { document, terms: new Set([...title, ...headings, ...body, ...meta]) };
	}

	private forget(previous: JournalNote): void {
		this.countTerms(this.documentFor(previous).terms, -1);
		this.indexed.delete(previous.path);
		this.mini.discard(previous.path);
	}

	private countTerms(terms: Iterable<string>, delta: 1 | -1): void {
		for (const term of terms) {
			const next = (this.docFreq.get(term) ?? 0) + delta;
			if (next > 0) this.docFreq.set(term, next);
			else this.docFreq.delete(term);
		}
	}
}

/** True when a note passes every filter. */
export function matchesFilters(note: JournalNote, filters: readonly QueryFilter[]): boolean {
	return filters.every((filter) => {
		switch (filter.kind) {
			case 'gaze':
				return filter.gazes.some((g) => note.gazes.includes(g)) !== filter.negated;
			case 'tool':
				return note.tools.some((use) => filter.tools.includes(use.tool)) !== filter.negated;
			case 'kind':
				return (note.kind !== null && filter.kinds.includes(note.kind)) !== filter.negated;
			case 'tag':
				return note.tags.some((tag) => filter.tags.some((want) => tagMatches(tag, want))) !== filter.negated;
			case 'date':
				return note.date !== null && (filter.from === null || note.date >= filter.from) && (filter.to === null || note.date <= filter.to);
		}
	});
}

/** `tag:demens` matches `demens` and `demens/nat`, any casing, æ/ø/å or ae/oe/aa. */
function tagMatches(tag: string, want: string): boolean {
	const folded = foldWord(tag.replace(/^#/, ''));
	return folded === want || folded.startsWith(`${want}/`);
}

function unique<T>(values: readonly (T | null)[]): T[] {
	return [...new Set(values.filter((v): v is T => v !== null))];
}

function byDateDesc(a: { date: string | null; path: string }, b: { date: string | null; path: string }): number {
	const da = a.date ?? '';
	const db = b.date ?? '';
	return da < db ? 1 : da > db ? -1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
