import { describe, expect, it } from 'vitest';
import { checkFolders, isInFolder, normalizeFolder } from '../../src/core/folders';

describe('normalizeFolder', () => {
	it.each([
		['Journal', 'Journal'],
		['Journal/', 'Journal'],
		['  Mine noter//Ledelse/  ', 'Mine noter/Ledelse'],
		['Dagbog/Tre blikke ÆØÅ/', 'Dagbog/Tre blikke ÆØÅ'],
		['Journal\\2026', 'Journal/2026'],
		['./Journal', 'Journal'],
		// The vault itself (issue 23): every note in it is a journal note.
		['.', ''],
		['./', ''],
	])('accepts %j as %j', (input, folder) => expect(normalizeFolder(input)).toEqual({ ok: true, folder }));

	it.each([
		['', 'empty'],
		['/', 'empty'],
		['../x', 'outside'],
		['Journal/../../x', 'outside'],
		['/etc', 'absolute'],
		['C:\\Users\\x', 'absolute'],
		['~/noter', 'absolute'],
		['Jour:nal', 'invalid'],
	])('refuses %j (%s)', (input, reason) => expect(normalizeFolder(input)).toMatchObject({ ok: false, reason }));

	it('the vault itself holds every path', () => {
		expect(isInFolder('Journal/2026-01-01.md', '')).toBe(true);
		expect(isInFolder('top.md', '')).toBe(true);
		expect(isInFolder('top.md', 'Journal')).toBe(false);
	});

	it('keeps the usable folders once and lists the refused ones', () => {
		expect(checkFolders(['Journal', 'Journal/', '../x'])).toEqual({ folders: ['Journal'], refused: [{ input: '../x', reason: 'outside' }] });
	});
});
