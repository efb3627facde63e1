/**
 * Search over the journal, for the plugin, the command line and the benchmark (`npm run bench`).
 * The three things the benchmark times are these functions; they are the same calls the plugin makes.
 */
import type { JournalIndex } from '../journal-index';
import type { JournalNote } from '../journal-note';
import { SearchIndex, type SearchOutcome } from './search-index';

export { SearchIndex, type RelatedReflection, type RelatedReason, type SearchOutcome, type SearchResult } from './search-index';
export { parseQuery, type ParsedQuery, type QueryFilter, type QueryHint } from './query';

/** Builds a search index over every note of a journal index (in one go) and keeps it in step with it. */
export function buildSearchIndex(journal: JournalIndex): { index: SearchIndex; stop: () => void } {
	const index = SearchIndex.buildFrom(journal.notes());
	return { index, stop: index.follow(journal) };
}

/** Runs one query (the search box's text), best first. */
export function runSearch(index: SearchIndex, query: string, limit?: number): SearchOutcome {
	return index.search(query, limit === undefined ? {} : { limit });
}

/** Adds or replaces one note (what a create or modify event costs). */
export function updateSearchNote(index: SearchIndex, note: JournalNote): void {
	index.upsert(note);
}
