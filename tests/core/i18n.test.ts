import { describe, expect, it } from 'vitest';
import { TABLES, resolveLang, slotNames, translate } from '../../src/core/i18n';

describe('i18n', () => {
	it('has every key in both Danish and English, in every feature table', () => {
		for (const table of TABLES) {
			const da = Object.keys(table.da).sort();
			const en = Object.keys(table.en).sort();
			expect(da.filter((k) => !en.includes(k)), 'keys only in Danish').toEqual([]);
			expect(en.filter((k) => !da.includes(k)), 'keys only in English').toEqual([]);
		}
	});

	it('has no empty string and no key defined by two features', () => {
		const seen = new Set<string>();
		for (const table of TABLES) {
			for (const [key, value] of Object.entries(table.en)) {
				expect(seen.has(key), `duplicate key ${key}`).toBe(false);
				seen.add(key);
				expect(value.trim(), key).not.toBe('');
				expect((table.da as Record<string, string>)[key]?.trim(), key).not.toBe('');
			}
		}
	});

	it('keeps the same {slots} in both languages', () => {
		const slots = (s: string) => slotNames(s);
		for (const table of TABLES) {
			for (const key of Object.keys(table.en)) {
				expect(slots((table.da as Record<string, string>)[key] ?? ''), key).toEqual(slots((table.en as Record<string, string>)[key] ?? ''));
			}
		}
	});

	it('fills slots and follows the language', () => {
		expect(translate('da', 'newEntry.failed', { reason: 'disken er fuld' })).toBe('Kunne ikke oprette journalnoten: disken er fuld');
		expect(translate('en', 'newEntry.failed', { reason: 'disk full' })).toBe('Could not create the journal note: disk full');
	});

	it.each([
		['auto', 'da', 'da'],
		['auto', 'en-GB', 'en'],
		['auto', 'de', 'en'],
		['en', 'da', 'en'],
		['da', 'en', 'da'],
	] as const)('setting %s with Obsidian in %s speaks %s', (setting, app, lang) => expect(resolveLang(setting, app)).toBe(lang));
});
