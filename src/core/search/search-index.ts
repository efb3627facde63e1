/**
 * The search index over the journal: postings of terms made by `TermNormaliser` (Danish stemming,
 * æ/ø/å folding), with prefix and typo matching through MiniSearch's radix tree (`postings.ts`). It
 * is built from `JournalNote`s and kept up to date from the journal index's changes; it stores no
 * note text. Snippets are cut from the note records it already shares with the journal index.
 */
import { KIND_VOCABULARY, LANGS, TOOL_VOCABULARY, readGazeTag, type GazeId, type KindId, type ToolId } from '../domain';
import type { IndexChange, JournalIndex } from '../journal-index';
import type { JournalNote } from '../journal-note';
import { parseQuery, type ParsedQuery, type QueryFilter, type QueryHint } from './query';
import { TermMatcher } from './matcher';
import { Expander, type ExpandedWord, type QueryUnit } from './expand';
import { Postings, SEPARATOR, TITLE_BOOST } from './postings';
import { buildSnippet, type TextMatch } from './snippet';
import { TermNormaliser, foldWord, words } from './terms';

/** A note found by a search or as related: what a result line shows of it. */
export interface FoundNote {
	readonly path: string;
	/** The note's file name without `.md`. */
	readonly title: string;
	readonly score: number;
	readonly date: string | null;
	readonly gazes: readonly GazeId[];
	readonly kind: KindId | null;
}

/** One search result, best first. */
export interface SearchResult extends FoundNote {
	/** Her words this note matched (as she typed them), in the order typed. */
	readonly matchedWords: readonly string[];
	/** How many of her words were searched for (stopwords and repeats left out). */
	readonly wordCount: number;
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
	/** "Did you mean …": her query with unknown words replaced by the nearest words of the journal. */
	readonly suggestion?: string;
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
export interface RelatedReflection extends FoundNote {
	readonly reason: RelatedReason;
}

/** The searchable fields of a note. */
type Field = 'title' | 'headings' | 'body' | 'meta';

/**
 * Field weights: a word in the title or a heading says more about a note than one in the prose.
 * The title is scored as a field of its own; a heading's words also stand in the body, so they count
 * 1 + 1 there; properties count 1.5.
 */
export const FIELD_BOOST: Readonly<Record<Field, number>> = {
	title: TITLE_BOOST,
	headings: 2,
	meta: 1.5,
	body: 1,
};

/** How many written words the index remembers the term ids of. */
const MAX_CACHED_WORDS = 200_000;

/** The default number of results. */
export const DEFAULT_LIMIT = 20;

/** At most this many query units (words and their parts) are scored: one bit each in a mask. */
const MAX_UNITS = 32;

/**
 * The coordination factor: a note's BM25+ score is multiplied by the share of her words it matched
 * to this power, so a note that matches more of her words comes first unless it barely holds them.
 */
const COORDINATION = 2;

/** How much of one of her words a note covers (mask: the units it matched): 1 for the word, or the share of its parts. */
function wordCoverage(units: readonly QueryUnit[], word: number, mask: number): number {
	let parts = 0;
	let whole = false;
	units.forEach((unit, u) => {
		if (!(mask & (1 << u))) return;
		if (unit.part === 0 && unit.covers.includes(word)) whole = true;
		if (unit.word !== word) return;
		if (unit.part > 0) parts += 1 / unit.parts;
	});
	return whole ? 1 : parts;
}

/**
 * The share of her words a note covers, each word weighted by how telling it is in the journal (its
 * rarest match's inverse document frequency): missing a rare word costs more than missing `dag`.
 * Parts count as their share; a word the journal does not hold at all weighs nothing.
 */
function coverage(units: readonly QueryUnit[], weights: readonly number[], mask: number): number {
	let total = 0;
	let all = 0;
	weights.forEach((weight, w) => {
		total += weight * wordCoverage(units, w, mask);
		all += weight;
	});
	return all > 0 ? total / all : 0;
}

/** Replaces a whole word in a query as typed (not inside another word). */
function replaceWord(text: string, word: string, by: string): string {
	const at = text.indexOf(word);
	return at < 0 ? text : text.slice(0, at) + by + text.slice(at + word.length);
}

/**
 * The text of each searchable field of a note: its title (file name without a leading date), its
 * headings, its body, and the words of its tags (not gaze tags: those are filters), tools and kind,
 * in both languages, so `isbjerget` also finds a note that only lists `iceberg` in `tools`.
 */
export function searchableText(note: JournalNote): Readonly<Record<Field, string>> {
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

/** A note found, with its score. */
interface Hit {
	readonly note: JournalNote;
	readonly slot: number;
	readonly score: number;
}

export class SearchIndex {
	private readonly normaliser = new TermNormaliser();
	private readonly postings = new Postings();
	/** The note records indexed, by slot: shared with the journal index, not copies. */
	private readonly notesBySlot: (JournalNote | undefined)[] = [];
	/**
	 * Words as written → term id, negative for a stopword (in phrases only): one look-up per word
	 * instead of three. Emptied when the postings free an id, since the id may come back for another term.
	 */
	private readonly wordIds = new Map<string, number>();
	private wordIdsGeneration = 0;

	/** Builds an index over notes in one go (the command line, the benchmark, tests). */
	static buildFrom(notes: Iterable<JournalNote>): SearchIndex {
		const index = new SearchIndex();
		for (const note of notes) if (!index.has(note.path)) index.upsert(note);
		return index;
	}

	/** The number of notes indexed. */
	get size(): number {
		return this.postings.size;
	}

	has(path: string): boolean {
		return this.postings.slot(path) !== undefined;
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
		const slot = this.postings.slot(note.path);
		if (slot !== undefined && this.notesBySlot[slot] === note) return;
		this.remove(note.path);
		const added = this.postings.add(note.path, this.termsOf(note));
		this.notesBySlot[added] = note;
	}

	/** Forgets a note. */
	remove(path: string): void {
		const slot = this.postings.slot(path);
		if (slot === undefined) return;
		this.postings.remove(path);
		this.notesBySlot[slot] = undefined;
	}

	/**
	 * Runs a query (text or parsed); never throws. Any of her words may match: notes that match more
	 * of them come first (BM25+ times a coordination factor), and each result says which words it
	 * matched. A word in quotes, and a phrase, must match (as written, inflections meeting).
	 */
	search(query: string | ParsedQuery, options: { readonly limit?: number } = {}): SearchOutcome {
		const parsed = typeof query === 'string' ? parseQuery(query) : query;
		const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
		const phrases = parsed.phrases.map((p) => this.phraseIds(p));
		const excludedPhrases = parsed.excludedPhrases.map((p) => this.phraseIds(p)).filter((p): p is number[] => p !== null);
		const excluded = new Set<number>();
		for (const term of unique(parsed.excludedWords.map((w) => this.normaliser.term(w)))) {
			for (const slot of this.postings.holders(term)) excluded.add(slot);
		}

		// Her words (each term once), then the words of phrases and quoted words, which must match.
		const expander = new Expander(this.postings, (word) => this.normaliser.term(word));
		const typed: { word: string; required: boolean }[] = [];
		const seen = new Set<string>();
		const take = (word: string, required: boolean): void => {
			const term = this.normaliser.term(word);
			if (term === null || seen.has(term)) return;
			seen.add(term);
			typed.push({ word, required });
		};
		parsed.words.forEach((word) => take(word, parsed.requiredWords.includes(word)));
		for (const phrase of parsed.phrases) for (const word of phrase) take(word, true);
		const lastOpen = parsed.openLastWord ? this.normaliser.term(parsed.words[parsed.words.length - 1] ?? '') : null;
		const expanded: ExpandedWord[] = [];
		const units: QueryUnit[] = [];
		for (const { word, required } of typed) {
			if (units.length >= MAX_UNITS) break;
			const read = expander.expand(word, expanded.length, { open: this.normaliser.term(word) === lastOpen, strict: required });
			if (!read) continue;
			expanded.push(read);
			units.push(...read.units.slice(0, MAX_UNITS - units.length));
		}
		for (let w = 0; w + 1 < expanded.length && units.length < MAX_UNITS; w++) {
			const joined = expander.joined(typed[w]?.word ?? '', typed[w + 1]?.word ?? '', w);
			if (joined) units.push(joined);
		}
		const required = typed.filter((t) => t.required);
		const requiredMask = units.reduce((mask, unit, u) => (unit.part === 0 && unit.covers.length === 1 && typed[unit.word]?.required ? (mask | (1 << u)) >>> 0 : mask), 0);
		const wordWeights = expanded.map((_, w) => {
			let best = 0;
			for (const unit of units) {
				if (!unit.covers.includes(w) && unit.word !== w) continue;
				for (const e of unit.expansions) best = Math.max(best, this.postings.rarity(e.id));
			}
			return best;
		});
		const coverageOf = (mask: number): number => coverage(units, wordWeights, mask);

		const keeps = (hit: Hit): boolean =>
			!excluded.has(hit.slot) &&
			matchesFilters(hit.note, parsed.filters) &&
			phrases.every((p) => p !== null && this.postings.holdsPhrase(hit.slot, p)) &&
			!excludedPhrases.some((p) => this.postings.holdsPhrase(hit.slot, p));

		let shown: Hit[] = [];
		const masks = new Map<number, number>();
		if (units.length > 0) {
			const found = this.postings.scoreUnits(units.map((u) => u.expansions));
			const n = found.slots.length;
			const slots = new Int32Array(n);
			const scores = new Float64Array(n);
			// Notes share few distinct masks: each one's coverage is worked out once.
			const factors = new Map<number, number>();
			let kept = 0;
			for (let i = 0; i < n; i++) {
				const mask = found.masks[i]!;
				if (required.length > 0 && (mask & requiredMask) >>> 0 !== requiredMask) continue;
				let factor = factors.get(mask);
				if (factor === undefined) {
					factor = coverageOf(mask) ** COORDINATION;
					factors.set(mask, factor);
				}
				slots[kept] = found.slots[i]!;
				scores[kept] = found.scores[i]! * factor;
				kept++;
			}
			shown = this.best({ slots: slots.subarray(0, kept), scores: scores.subarray(0, kept) }, limit, keeps, byScore);
			const shownSlots = new Set(shown.map((hit) => hit.slot));
			for (let i = 0; i < n; i++) if (shownSlots.has(found.slots[i]!)) masks.set(found.slots[i]!, found.masks[i]!);
		} else if (parsed.words.length === 0 && (parsed.phrases.length > 0 || parsed.filters.length > 0 || excluded.size > 0 || excludedPhrases.length > 0)) {
			// Filters alone, or phrases of stopwords only ("det er"): every note is checked, newest first.
			const all: Hit[] = [];
			this.notesBySlot.forEach((note, slot) => {
				if (note) all.push({ note, slot, score: 0 });
			});
			shown = all.filter(keeps).sort((a, b) => byDateDesc(a.note, b.note)).slice(0, limit);
		}
		const results = shown.map((hit) => {
			const mask = masks.get(hit.slot) ?? 0;
			const matchedWords = expanded.map((_, w) => w).filter((w) => wordCoverage(units, w, mask) > 0).map((w) => typed[w]?.word ?? '');
			const wanted = new Set<number>();
			units.forEach((unit, u) => {
				if (mask & (1 << u)) for (const e of unit.expansions) wanted.add(e.id);
			});
			const matched = new Set<string>();
			for (const id of this.postings.shared(hit.slot, wanted)) matched.add(this.postings.termOf(id));
			for (const phrase of parsed.phrases) for (const word of phrase) {
				const term = this.normaliser.term(word);
				if (term) matched.add(term);
			}
			return { ...this.resultFor(hit.note, hit.score, new TermMatcher(matched, this.normaliser)), matchedWords, wordCount: expanded.length };
		});
		const suggestion = this.suggest(parsed, typed, expanded);
		return { results, hints: parsed.hints, ...(suggestion ? { suggestion } : {}) };
	}

	/**
	 * "Did you mean …": her query with each word the journal does not hold (nor its parts) replaced by
	 * the nearest word it does (within the typo distance): such a word scores only as a typo, so
	 * nothing matches it well. Null when every word is in the journal or nothing is near.
	 */
	private suggest(parsed: ParsedQuery, typed: readonly { word: string }[], expanded: readonly ExpandedWord[]): string | null {
		const replacements = new Map<string, string>();
		expanded.forEach((read, w) => {
			const word = typed[w]?.word;
			if (read.nearest === null || word === undefined) return;
			const written = this.writtenForm(read.nearest);
			if (written && foldWord(written) !== foldWord(word)) replacements.set(word, written);
		});
		if (replacements.size === 0) return null;
		const raw = parsed.raw;
		let out = raw;
		for (const [word, written] of replacements) out = replaceWord(out, word, written);
		return out === raw ? null : out;
	}

	/** A word of the notes whose term is this one, as written there (lowercased), for "did you mean". */
	private writtenForm(term: string): string | null {
		const slot = this.postings.holders(term)[0];
		const note = slot === undefined ? undefined : this.notesBySlot[slot];
		if (!note) return null;
		const matcher = new TermMatcher(new Set([term]), this.normaliser);
		const text = searchableText(note);
		const found = matcher.first(text.title) ?? matcher.first(text.body) ?? matcher.first(text.headings) ?? matcher.first(text.meta);
		return found ? found.word.toLowerCase() : null;
	}

	/**
	 * The past reflections most like a note: a query made of its most telling words (frequent in the
	 * note, rare in the journal), run over notes dated on or before it, itself left out. A note the
	 * index does not know has none.
	 */
	related(path: string, options: { readonly limit?: number } = {}): RelatedReflection[] {
		const ownSlot = this.postings.slot(path);
		const note = ownSlot === undefined ? undefined : this.notesBySlot[ownSlot];
		if (ownSlot === undefined || !note) return [];
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
		const total = Math.max(1, this.size);
		const weighted = [...counts]
			.map(([term, { count, word }]) => {
				const id = this.postings.idOf(term) ?? -1;
				const df = Math.max(1, this.postings.frequency(id));
				return { term, id, word, weight: (1 + Math.log(count)) * Math.log(1 + total / df), df };
			})
			.filter((t) => t.df > 1)
			.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
			.slice(0, 16);
		if (weighted.length === 0) return [];
		const noteTools = new Set(note.tools.map((t) => t.tool));
		const toolsShared = (other: JournalNote) => unique(other.tools.map((t) => t.tool)).filter((tool) => noteTools.has(tool));
		const gazesShared = (other: JournalNote) => other.gazes.filter((g) => note.gazes.includes(g));
		const candidates = this.postings.score(weighted.map((t) => [{ id: t.id, weight: t.weight }]), 'or');
		const adjusted = new Float64Array(candidates.scores.length);
		candidates.slots.forEach((slot, i) => {
			const other = this.notesBySlot[slot];
			adjusted[i] = other ? (candidates.scores[i] ?? 0) * (1 + 0.25 * toolsShared(other).length + 0.1 * gazesShared(other).length) : 0;
		});
		const earlier = (hit: Hit) => hit.slot !== ownSlot && (note.date === null || hit.note.date === null || hit.note.date <= note.date);
		const best = this.best({ slots: candidates.slots, scores: adjusted }, limit, earlier, (a, b) => b.score - a.score || byDateDesc(a.note, b.note));
		const ids = new Set(weighted.map((t) => t.id));
		return best.map(({ note: other, slot, score }) => {
			const shared = this.postings.shared(slot, ids);
			return {
				path: other.path,
				title: other.basename,
				score,
				date: other.date,
				gazes: other.gazes,
				kind: other.kind,
				reason: { words: weighted.filter((t) => shared.has(t.id)).slice(0, 3).map((t) => t.word), tools: toolsShared(other), gazes: gazesShared(other) },
			};
		});
	}

	/** The `limit` best candidates that pass `keeps`, best first (a bounded heap: most candidates are never shown). */
	private best(candidates: { readonly slots: Int32Array; readonly scores: Float64Array }, limit: number, keeps: (hit: Hit) => boolean, order: (a: Hit, b: Hit) => number): Hit[] {
		const heap: Hit[] = [];
		// heap[0] is the worst of the best so far.
		const worse = (a: Hit, b: Hit) => order(a, b) > 0;
		const siftDown = (i: number): void => {
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
				if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
				if (m === i) return;
				[heap[i], heap[m]] = [heap[m]!, heap[i]!];
				i = m;
			}
		};
		for (let i = 0; i < candidates.slots.length; i++) {
			const slot = candidates.slots[i]!;
			const note = this.notesBySlot[slot];
			const score = candidates.scores[i] ?? 0;
			// Every order here ranks by score first: a lower score than the worst kept never gets in.
			if (!note || (heap.length === limit && score < heap[0]!.score)) continue;
			const hit: Hit = { note, slot, score };
			if (heap.length === limit && !worse(heap[0]!, hit)) continue;
			if (!keeps(hit)) continue;
			if (heap.length < limit) {
				heap.push(hit);
				for (let c = heap.length - 1; c > 0; ) {
					const p = (c - 1) >> 1;
					if (!worse(heap[c]!, heap[p]!)) break;
					[heap[c], heap[p]] = [heap[p]!, heap[c]!];
					c = p;
				}
			} else {
				heap[0] = hit;
				siftDown(0);
			}
		}
		return heap.sort(order);
	}

	/** A phrase's words as term ids, or null when one of them occurs in no note. */
	private phraseIds(phrase: readonly string[]): number[] | null {
		const ids: number[] = [];
		for (const word of phrase) {
			const id = this.postings.idOf(this.normaliser.phraseTerm(word));
			if (id === undefined) return null;
			ids.push(id);
		}
		return ids;
	}

	private resultFor(note: JournalNote, score: number, matcher: TermMatcher): SearchResult {
		const snippet = buildSnippet(note.body, matcher);
		return {
			matchedWords: [],
			wordCount: 0,
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

	/** A note's terms for the postings: counts per field, lengths, and its word sequence. */
	private termsOf(note: JournalNote) {
		const text = searchableText(note);
		const counts = new Map<number, { title: number; text: number }>();
		const count = (id: number, field: Field): void => {
			let c = counts.get(id);
			if (!c) counts.set(id, (c = { title: 0, text: 0 }));
			if (field === 'title') c.title++;
			else c.text += 2 * FIELD_BOOST[field];
		};
		const sequence: number[] = [];
		let titleLength = 0;
		let textLength = 0;
		if (this.wordIdsGeneration !== this.postings.generation || this.wordIds.size > MAX_CACHED_WORDS) {
			this.wordIds.clear();
			this.wordIdsGeneration = this.postings.generation;
		}
		const sequenceOf = (source: string, field: 'title' | 'body'): void => {
			for (const word of words(source)) {
				let id = this.wordIds.get(word);
				if (id === undefined) {
					const term = this.normaliser.term(word);
					id = term === null ? -this.postings.intern(this.normaliser.phraseTerm(word)) : this.postings.intern(term);
					this.wordIds.set(word, id);
				}
				if (id < 0) {
					sequence.push(-id);
					continue;
				}
				sequence.push(id);
				count(id, field);
				if (field === 'title') titleLength++;
				else textLength++;
			}
		};
		sequenceOf(text.title, 'title');
		sequence.push(SEPARATOR);
		sequenceOf(text.body, 'body');
		for (const term of this.normaliser.terms(text.headings)) count(this.postings.intern(term), 'headings');
		const meta: number[] = [];
		for (const term of this.normaliser.terms(text.meta)) {
			const id = this.postings.intern(term);
			meta.push(id);
			count(id, 'meta');
			textLength++;
		}
		return { counts, titleLength, textLength, sequence, meta };
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

function byScore(a: Hit, b: Hit): number {
	return b.score - a.score || (a.note.path < b.note.path ? -1 : a.note.path > b.note.path ? 1 : 0);
}

function byDateDesc(a: { date: string | null; path: string }, b: { date: string | null; path: string }): number {
	const da = a.date ?? '';
	const db = b.date ?? '';
	return da < db ? 1 : da > db ? -1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
