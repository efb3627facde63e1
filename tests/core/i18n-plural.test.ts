/**
 * Grammar of counts: wherever a number meets a noun, the noun agrees with it in both languages
 * ("1 note", "2 noter", never "1 noter" or "note(r)"). Every string of every table is checked: a
 * numeric slot either chooses its form (`{count, plural, one {…} other {…}}`) or is listed below with
 * why no noun follows it; and every string with a plural is rendered at 1 and at 2.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/domain';
import { hasPlural, slotNames, TABLES, translate } from '../../src/core/i18n';
import { formatMessage } from '../../src/core/i18n/message';

/** Slots that hold a number. */
const NUMERIC = ['count', 'days', 'weeks', 'meetings', 'total', 'done', 'used', 'never', 'both', 'notes', 'created', 'kept', 'written', 'unchanged', 'refused', 'skipped', 'line', 'percent', 'score'];

/** Numeric slots that meet no noun, by key, and why. */
const NO_NOUN: Readonly<Record<string, readonly string[]>> = {
	// A percentage: "40 %".
	'reflection.share': ['percent'],
	// "x of y", where y carries the noun or there is none: "3 af 5 møder", "(3 af 10)", "Skriver 3 af 10 …".
	'reflection.prompt.oneSided': ['count'],
	'supervision.mirror.double': ['both'],
	'reflection.prompt.feelingsMost': ['count', 'total'],
	'search.indexing': ['done'],
	'tagging.bulk.progress': ['done', 'total'],
	'tagging.bulk.cancelled': ['done', 'total'],
	// "i 1 af mine noter", "1 af noterne": the noun is a partitive plural, right for any number.
	'reflection.prompt.powerlessness': ['count'],
	'supervision.why.marked': ['count'],
	'tagging.reason.learned.citizen': ['count'],
	'tagging.reason.learned.staff': ['count'],
	'tagging.reason.learned.self': ['count'],
	// "Fandt 2 af 3 ord": the noun follows the total.
	'search.matched': ['count'],
	// A figure after a label: "Skrevet: 3", "sprogvagten: 2", "Linje 4".
	'tagging.bulk.summary': ['written', 'unchanged', 'refused', 'skipped'],
	'supervision.reason.language': ['count'],
	'watch.line': ['line'],
	'reflection.tools.insertedItem': ['notes'],
	'supervision.export.reason': ['line'],
	'file.notUtf8': ['line'],
	// A number used as a pronoun: "1 fandtes allerede", "{never} har jeg ikke brugt", "+2 more", "and 2 more".
	'method.install.done': ['created', 'kept'],
	'reflection.prompt.toolsNever': ['never'],
	'reflection.more': ['count'],
	'supervision.followUps.more': ['count'],
};

/** Plural nouns that must never follow a 1, and singular nouns that must never follow a 2. */
const PLURAL_NOUNS = /\b1 (noter|journalnoter|dage|uger|møder|opfølgninger|åbne|steder|gange|vurderinger|erstatninger|redskaber|nye|notes|journal notes|days|weeks|meetings|follow-ups|places|times|ratings|replacements|tools|more places)\b/;
const SINGULAR_NOUNS = /\b2 (note|journalnote|dag|uge|møde|opfølgning|åben|sted|gang|vurdering|erstatning|redskab|ny|note|journal note|day|week|meeting|follow-up|place|time|rating|replacement|tool)\b(?![-\w]| and | or )/;

const ENTRIES = TABLES.flatMap((table) => LANGS.flatMap((lang) => Object.entries(table[lang] as Record<string, string>).map(([key, text]) => [key, lang, text] as const)));

describe('grammar of counts', () => {
	it('chooses the form by the language\'s plural rule, with # as the number and slots inside a branch', () => {
		const text = '{count, plural, one {# note om {who}} other {# noter om {who}}}';
		expect(formatMessage('da', text, { count: 1, who: 'fru A' })).toBe('1 note om fru A');
		expect(formatMessage('da', text, { count: 0, who: 'fru A' })).toBe('0 noter om fru A');
		expect(formatMessage('en', '{n, plural, =0 {no notes} one {# note} other {# notes}}', { n: 0 })).toBe('no notes');
		expect(formatMessage('en', '{n, plural, one {# note} other {# notes}}', { n: 12 })).toBe('12 notes');
		// A missing value or a malformed plural stays as written, visible and harmless.
		expect(formatMessage('en', '{n, plural, one {# note} other {# notes}}', {})).toBe('{n, plural, one {# note} other {# notes}}');
		expect(formatMessage('en', '{n, plural, one {# note}}', { n: 2 })).toBe('{n, plural, one {# note}}');
		expect(slotNames('{a} {n, plural, one {# x {b}} other {# y {b}}}')).toEqual(['a', 'b', 'n']);
		// A plural inside a branch keeps its own #.
		const nested = '{n, plural, one {# task, open {d, plural, one {# day} other {# days}}} other {# tasks}}';
		expect(formatMessage('en', nested, { n: 1, d: 30 })).toBe('1 task, open 30 days');
		expect(formatMessage('en', nested, { n: 1, d: 1 })).toBe('1 task, open 1 day');
	});

	it('says "1 af 1 møde eller samtale" and "i periodens møde- eller samtalenote" (the issue\'s examples)', () => {
		expect(translate('da', 'reflection.prompt.oneSided', { count: 1, meetings: 1, example: 'X' })).toMatch(/^1 af 1 møde eller samtale havde/);
		expect(translate('da', 'reflection.prompt.oneSided', { count: 1, meetings: 3, example: 'X' })).toMatch(/^1 af 3 møder og samtaler havde/);
		expect(translate('da', 'reflection.prompt.noTools', { count: 1 })).toContain('i periodens møde eller samtale.');
		expect(translate('da', 'reflection.prompt.allBoth', { count: 1 })).toMatch(/^Periodens ene møde eller samtale havde/);
		expect(translate('en', 'reflection.undated', { count: 1 })).toMatch(/^1 note has no date .* Give it a date/);
		expect(translate('da', 'index.skipped', { count: 1, paths: 'a.md' })).toBe('Tre blikke sprang 1 note over, som ikke kunne læses: a.md');
	});

	it('writes no "(r)", "(s)" or "(er)" plural in any string', () => {
		for (const [key, lang, text] of ENTRIES) expect(text, `${lang} ${key}`).not.toMatch(/\w\((r|s|er|e|en|ne)\)/);
	});

	it.each(NUMERIC)('every string where {%s} meets a noun chooses singular or plural', (slot) => {
		for (const [key, lang, text] of ENTRIES) {
			if (!text.includes(`{${slot}}`)) continue;
			expect(NO_NOUN[key] ?? [], `${lang} ${key}: {${slot}} is bare; write {${slot}, plural, one {…} other {…}}, or list it in NO_NOUN with why`).toContain(slot);
		}
	});

	it('lists no key in NO_NOUN that has no such bare slot (the list stays true)', () => {
		for (const [key, slots] of Object.entries(NO_NOUN)) {
			for (const slot of slots) {
				const bare = ENTRIES.some(([k, , text]) => k === key && text.includes(`{${slot}}`));
				expect(bare, `${key} {${slot}}`).toBe(true);
			}
		}
	});

	it('renders every string with a count at 1 and at 2 with the noun agreeing, in both languages', () => {
		let checked = 0;
		for (const [key, lang, text] of ENTRIES) {
			const plurals = slotNames(text).filter((slot) => hasPlural(text, slot));
			if (plurals.length === 0) continue;
			for (const n of [1, 2]) {
				const vars: Record<string, string | number> = {};
				for (const slot of slotNames(text)) vars[slot] = NUMERIC.includes(slot) ? n : 'X';
				const out = translate(lang, key, vars);
				expect(out, `${lang} ${key}`).not.toMatch(/[{}#]/);
				expect(out, `${lang} ${key} at ${n}`).not.toMatch(n === 1 ? PLURAL_NOUNS : SINGULAR_NOUNS);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(80);
	});
});
