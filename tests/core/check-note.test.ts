import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNote, excerptAt } from '../../src/core/check-note';
import { checkLanguage, createLanguageChecker } from '../../src/core/language/watch';
import { detectPrivacy } from '../../src/core/privacy/detect';

const NOTE = '# Dag\nFru Hansen på stue 12 (tlf. 22 33 44 55).\nSK sagde: "Den demente vil bare have opmærksomhed."\nVi har prøvet alt.';

describe('checkNote', () => {
	it('finds the same as the two checks run apart', () => {
		const result = checkNote(NOTE);
		expect(result.language).toEqual(checkLanguage(NOTE));
		expect(result.privacy).toEqual(detectPrivacy(NOTE));
		expect(result.language.map((f) => [f.category, f.quoted])).toEqual([
			['labelling', true],
			['blame', true],
			['powerlessness', false],
		]);
		expect(result.privacy.map((f) => f.kind)).toEqual(['name', 'room', 'phone']);
	});

	it('uses the compiled checker and can skip either half', () => {
		const checker = createLanguageChecker({ disabledCategories: ['labelling'] });
		expect(checkNote(NOTE, checker, { privacy: false })).toEqual({
			language: checkLanguage(NOTE, { disabledCategories: ['labelling'] }),
			privacy: [],
		});
		expect(checkNote(NOTE, checker, { language: false }).language).toEqual([]);
	});
});

describe('excerptAt: a finding in its place', () => {
	// The demo note's line 9 says "den demente" twice: once quoting SK, once saying fru A is not that.
	const DEMO = readFileSync(join(__dirname, '../../demo-vault/Journal/2026-06-05 Fru A og uroen om aftenen.md'), 'utf8');

	it('tells two finds of the same words on one line apart (they are two finds, not one found twice)', () => {
		const found = checkNote(DEMO).language.filter((f) => f.match === 'den demente');
		expect(found.map((f) => [f.line + 1, f.entryId])).toEqual([
			[9, 'labelling.diagnosis-noun'],
			[9, 'labelling.diagnosis-noun'],
		]);
		expect(new Set(found.map((f) => f.from)).size).toBe(2);
		const excerpts = found.map((f) => excerptAt(DEMO, f.from, f.to));
		expect(excerpts.map((e) => e.match)).toEqual(['den demente', 'den demente']);
		expect(excerpts[0]).toEqual({ before: '…i dag sagde SK: "', match: 'den demente', after: ' på stue 12 nægter igen". Hun…' });
		expect(excerpts[1]).toEqual({ before: '…i mig. Fru A er ikke "', match: 'den demente', after: '", og hun bor ikke "på stue…' });
	});

	it('stays on the line, cuts between words, and marks only a cut', () => {
		const text = 'Første linje\nSK sagde: "vi har prøvet alt".\nSidste';
		const from = text.indexOf('vi har');
		expect(excerptAt(text, from, from + 'vi har prøvet alt'.length)).toEqual({ before: 'SK sagde: "', match: 'vi har prøvet alt', after: '".' });
		const long = 'en to tre fire fem seks syv otte ni ti MATCH elleve tolv tretten fjorten femten seksten';
		const at = long.indexOf('MATCH');
		expect(excerptAt(long, at, at + 5, 12)).toEqual({ before: '…otte ni ti ', match: 'MATCH', after: ' elleve tolv…' });
		expect(excerptAt('MATCH', 0, 5)).toEqual({ before: '', match: 'MATCH', after: '' });
	});
});
