import { describe, expect, it } from 'vitest';
import { expandMethodBlocks } from '../../../src/core/templates/method-blocks';
import { toolBlock } from '../../../src/core/toolbox/block';

describe('expandMethodBlocks', () => {
	it('expands tools and question sets by id or slug in either language', () => {
		const text = 'A\n{{tool:iceberg}}\nB\n{{ tool : isbjerget }}\n{{questions:handlinger}}\n';
		const out = expandMethodBlocks(text, 'da');
		expect(out.startsWith(`A\n${toolBlock('iceberg', 'da')}\nB\n${toolBlock('iceberg', 'da')}\n> [!three-gazes|handlinger]`)).toBe(true);
	});

	it('leaves unknown ids and other placeholders as written', () => {
		const text = '{{tool:hammer}} {{questions:moods}} {{date}} {{title}}';
		expect(expandMethodBlocks(text, 'en')).toBe(text);
	});
});
