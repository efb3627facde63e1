import { describe, expect, it } from 'vitest';
import { classifyGazes } from '../../../src/core/tagging/classify';
import type { GazeId } from '../../../src/core/domain';

const suggested = (body: string, extra: Partial<Parameters<typeof classifyGazes>[0]> = {}): readonly GazeId[] =>
	classifyGazes({ body, ...extra }).suggested;

describe('classifyGazes', () => {
	it.each([
		['Medarbejderen var ked af det. Medarbejderne', 'staff'],
		['Medarbejdere og personalemødet', 'staff'],
		['Beboerne og beboeren spiste', 'citizen'],
		['Borgerens datter ringede', 'citizen'],
		['Fru A var urolig i nat', 'citizen'],
		['hr. B faldt på badeværelset', 'citizen'],
		['Min planlægning holder ikke, og jeg fik ikke rammesat mødet', 'self'],
		['The carers and the staff were tired', 'staff'],
		['Mrs. K has pain and her daughter called', 'citizen'],
		['I should have delegated this; my own leadership is the problem', 'self'],
	] as const)('%s → %s', (body, gaze) => {
		expect(suggested(body)).toContain(gaze);
	});

	it('suggests nothing for a note without cues', () => {
		expect(suggested('Vejret var fint i dag.')).toEqual([]);
	});

	it('counts a citizen tool callout for the citizen gaze, with the tool as the reason', () => {
		const result = classifyGazes({ body: '> [!three-gazes|isbjerget] Isbjerget\n> Over vandet: ...\n' }, { lang: 'da' });
		expect(result.suggested).toEqual(['citizen']);
		expect(result.gazes[0]?.reasons).toContain('Redskab: Isbjerget');
	});

	it('counts staff tools from the tools property for the staff gaze', () => {
		expect(suggested('', { tools: [{ tool: 'psychological-safety' }] })).toEqual(['staff']);
	});

	it('is multi-gaze: a double-perspective meeting gets citizen and staff', () => {
		expect(suggested('Vi talte om fru B og hendes smerter. Medarbejderne fortalte, hvad de har prøvet, og kollegaerne lyttede.')).toEqual(['citizen', 'staff']);
	});

	it('reads the kind: a self check-in concerns the self gaze', () => {
		expect(suggested('Kort note.', { kind: 'self-check-in' })).toEqual(['self']);
	});

	it('does not count "demenskursus" as being about a citizen', () => {
		expect(classifyGazes({ body: 'Fem gik på demenskursus.' }).gazes[0]?.points).toBe(0);
	});

	it('is deterministic and gives reasons in English and Danish', () => {
		const body = '# Personalemøde\nMedarbejderne talte om beboerne.';
		expect(classifyGazes({ body })).toEqual(classifyGazes({ body }));
		const en = classifyGazes({ body }, { lang: 'en' }).gazes[1]?.reasons ?? [];
		const da = classifyGazes({ body }, { lang: 'da' }).gazes[1]?.reasons ?? [];
		expect(en[0]).toBe('Heading: "personalemøde"');
		expect(da[0]).toBe('Overskrift: »personalemøde«');
	});

	it('gives a score in 0-1, 0.5 or more when suggested', () => {
		for (const g of classifyGazes({ body: 'Beboeren og fru A. Medarbejder.' }).gazes) {
			expect(g.score).toBeGreaterThanOrEqual(0);
			expect(g.score).toBeLessThan(1);
		}
		const r = classifyGazes({ body: 'Beboeren og fru A.' });
		expect(r.gazes.filter((g) => g.score >= 0.5).map((g) => g.gaze)).toEqual(r.suggested);
	});
});
