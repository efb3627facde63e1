import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES, TOOLS } from '../../../src/core/domain';
import { elementBlock, elementName, elementSide, TOOLBOX_ELEMENTS } from '../../../src/core/toolbox/elements';

describe('the toolbox elements', () => {
	it('offer every tool, then every question set', () => {
		expect(TOOLBOX_ELEMENTS.map((e) => e.id)).toEqual([...TOOLS, ...QUESTION_CATEGORIES]);
	});

	it('have a name in both languages, a side and a block', () => {
		for (const element of TOOLBOX_ELEMENTS) {
			expect(elementName(element).da).not.toBe('');
			expect(elementName(element).en).not.toBe('');
			expect(['citizen', 'staff', 'both']).toContain(elementSide(element));
			expect(elementBlock(element, 'da').startsWith('> [!three-gazes|')).toBe(true);
		}
		expect(elementSide({ kind: 'questions', id: 'feelings' })).toBe('staff');
	});
});
