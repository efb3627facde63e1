import { describe, expect, it } from 'vitest';
import { hasKey, translate } from '../../../src/core/i18n';
import { parseQuery, readDate } from '../../../src/core/search/query';

describe('parseQuery', () => {
	it('reads words, phrases and exclusions', () => {
		const q = parseQuery('natlig uro "vi har prøvet alt" -vikar -"det nytter ikke"');
		expect(q.words).toEqual(['natlig', 'uro']);
		expect(q.phrases).toEqual([['vi', 'har', 'prøvet', 'alt']]);
		expect(q.excludedWords).toEqual(['vikar']);
		expect(q.excludedPhrases).toEqual([['det', 'nytter', 'ikke']]);
		expect(q.hints).toEqual([]);
	});

	it.each([
		['blik:selv', { kind: 'gaze', gazes: ['self'], negated: false }],
		['gaze:self', { kind: 'gaze', gazes: ['self'], negated: false }],
		['blik:medarbejder', { kind: 'gaze', gazes: ['staff'], negated: false }],
		['gaze:borger,staff', { kind: 'gaze', gazes: ['citizen', 'staff'], negated: false }],
		['-blik:selv', { kind: 'gaze', gazes: ['self'], negated: true }],
		['værktøj:isbjerget', { kind: 'tool', tools: ['iceberg'], negated: false }],
		['vaerktoej:jeg-du-moeder', { kind: 'tool', tools: ['i-thou'], negated: false }],
		['tool:iceberg', { kind: 'tool', tools: ['iceberg'], negated: false }],
		['tool:affekt', { kind: 'tool', tools: ['affect-outburst'], negated: false }],
		['type:beboerkonference', { kind: 'kind', kinds: ['resident-conference'], negated: false }],
		['kind:staff-meeting', { kind: 'kind', kinds: ['staff-meeting'], negated: false }],
		['art:møde', { kind: 'kind', kinds: ['meeting'], negated: false }],
		['Type:Selvtjek', { kind: 'kind', kinds: ['self-check-in'], negated: false }],
		['tag:#Demens', { kind: 'tag', tags: ['demens'], negated: false }],
		['fra:2026-01-01', { kind: 'date', from: '2026-01-01', to: null }],
		['from:2026-03', { kind: 'date', from: '2026-03-01', to: null }],
		['til:2026-02', { kind: 'date', from: null, to: '2026-02-28' }],
		['to:2028-02', { kind: 'date', from: null, to: '2028-02-29' }],
		['fra:2026 til:2026-06-30', { kind: 'date', from: '2026-01-01', to: '2026-06-30' }],
	])('reads the filter %s in either language', (text, filter) => {
		const q = parseQuery(text);
		expect(q.filters).toEqual([filter]);
		expect(q.hints).toEqual([]);
		expect(q.words).toEqual([]);
	});

	it.each([
		['', 'search.hint.empty'],
		['   ', 'search.hint.empty'],
		['"natlig uro', 'search.hint.unclosedQuote'],
		['farve:blå uro', 'search.hint.unknownFilter'],
		['blik:', 'search.hint.missingValue'],
		['blik:hjemmet', 'search.hint.unknown.gaze'],
		['tool:hammer', 'search.hint.unknown.tool'],
		['type:fest', 'search.hint.unknown.kind'],
		['fra:2026-13-01', 'search.hint.invalidDate'],
		['til:2026-02-30', 'search.hint.invalidDate'],
		['from:i går', 'search.hint.invalidDate'],
		['fra:2026-06 til:2026-01', 'search.hint.dateOrder'],
		['det og i', 'search.hint.onlyCommonWords'],
	])('gives a readable hint for %j, never an exception', (text, key) => {
		const q = parseQuery(text);
		expect(q.hints.map((h) => h.key)).toContain(key);
		for (const hint of q.hints) {
			expect(hasKey(hint.key)).toBe(true);
			for (const lang of ['da', 'en'] as const) expect(translate(lang, hint.key, hint.vars)).not.toMatch(/\{\w+\}/);
		}
	});

	it('keeps the rest of a malformed query running', () => {
		const unknown = parseQuery('farve:blå uro');
		expect(unknown.words).toEqual(['farve', 'blå', 'uro']);
		const quote = parseQuery('blik:selv "natlig uro');
		expect(quote.phrases).toEqual([['natlig', 'uro']]);
		expect(quote.filters).toHaveLength(1);
		const date = parseQuery('uro fra:2026-99');
		expect(date.words).toEqual(['uro']);
		expect(date.filters).toEqual([]);
	});

	it('treats a word ending in a colon as a word, and the last word as still being typed', () => {
		expect(parseQuery('om aftenen:')).toMatchObject({ words: ['om', 'aftenen'], hints: [] });
		expect(parseQuery('medarb').openLastWord).toBe(true);
		expect(parseQuery('medarb ').openLastWord).toBe(false);
		expect(parseQuery('"medarb"').openLastWord).toBe(false);
	});

	it('reads dates as the days they cover and refuses days that do not exist', () => {
		expect(readDate('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
		expect(readDate('2026-4-5')).toEqual({ first: '2026-04-05', last: '2026-04-05' });
		expect(readDate('2026-04-31')).toBeNull();
		expect(readDate('05-04-2026')).toBeNull();
	});
});
