import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/core/settings';

describe('migrateSettings', () => {
	it('gives the defaults for nothing stored, without reporting a problem', () => {
		expect(migrateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		expect(migrateSettings(undefined).settings).toEqual(DEFAULT_SETTINGS);
	});

	it('deep-merges stored values over the defaults and never mutates the defaults', () => {
		const before = JSON.stringify(DEFAULT_SETTINGS);
		const { settings, problems } = migrateSettings({ version: 1, journalFolders: ['Dagbog'], languageWatch: { allowWords: ['skat'] } });
		expect(problems).toEqual([]);
		expect(settings.journalFolders).toEqual(['Dagbog']);
		expect(settings.languageWatch).toEqual({ ...DEFAULT_SETTINGS.languageWatch, allowWords: ['skat'] });
		expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
	});

	it('migrates version 0 (a single journalFolder string) to version 1', () => {
		const { settings } = migrateSettings({ journalFolder: 'Ledelse/Journal' });
		expect(settings.version).toBe(1);
		expect(settings.journalFolders).toEqual(['Ledelse/Journal']);
	});

	it.each([
		['not an object', 'hello', ['settings: expected an object']],
		['a wrong type', { version: 1, journalFolders: 'Journal' }, ['journalFolders: expected a list']],
		['an unknown language', { version: 1, language: 'sv' }, ['language: "sv" is not one of auto, da, en']],
		['a number in a list of folders', { version: 1, journalFolders: ['Journal', 4] }, ['journalFolders: only text entries are kept']],
	])('falls back field by field for %s and reports it', (_label, raw, problems) => {
		const result = migrateSettings(raw);
		expect(result.problems).toEqual(problems);
		expect(result.settings.language).toMatch(/auto|da|en/);
		expect(Array.isArray(result.settings.journalFolders)).toBe(true);
	});

	it('drops keys it does not know', () => {
		expect(migrateSettings({ version: 1, somethingOld: true }).settings).not.toHaveProperty('somethingOld');
	});
});
