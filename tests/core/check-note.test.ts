import { describe, expect, it } from 'vitest';
import { checkNote } from '../../src/core/check-note';
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
