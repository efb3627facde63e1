/**
 * Results in the order she asks for: by relevance (the search's own order), or newest first. Newest
 * first keeps only the results that match as many of her words as the best match does, so a note that
 * shares one word of three does not jump ahead of the notes she is looking for just by being recent.
 */
import type { SearchResult } from './search-index';

/** How results are ordered in the search modal and on the command line. */
export type SearchOrder = 'relevance' | 'newest';

/** The results ordered newest first (undated last), among those matching the most of her words. */
export function newestFirst(results: readonly SearchResult[], limit: number): SearchResult[] {
	const most = results.reduce((max, r) => Math.max(max, r.matchedWords.length), 0);
	return results
		.filter((r) => r.matchedWords.length === most)
		.sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1))
		.slice(0, limit);
}

/** A search she saved: her name for it and the query. */
export interface SavedSearch {
	readonly name: string;
	readonly query: string;
}
