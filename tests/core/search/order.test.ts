import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../src/core/search';
import { newestFirst } from '../../../src/core/search/order';

const result = (path: string, date: string | null, matchedWords: string[]): SearchResult =>
	({ path, title: path, score: 1, date, gazes: [], kind: null, matchedWords, wordCount: 2, snippet: '', matches: [], line: 0 });

describe('newest first', () => {
	it('orders by date, newest first and undated last, among the results that match the most of her words', () => {
		const results = [
			result('best-old', '2025-01-01', ['uro', 'aften']),
			result('one-word-new', '2026-12-01', ['uro']),
			result('both-new', '2026-06-01', ['uro', 'aften']),
			result('both-undated', null, ['aften', 'uro']),
		];
		expect(newestFirst(results, 10).map((r) => r.path)).toEqual(['both-new', 'best-old', 'both-undated']);
		expect(newestFirst(results, 1).map((r) => r.path)).toEqual(['both-new']);
	});
});
