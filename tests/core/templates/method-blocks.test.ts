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

describe('expandMethodBlocks: sections from the catalogue', () => {
	it('writes a focus point as a section with its prompts', () => {
		expect(expandMethodBlocks('{{focus:self-determination}}', 'en')).toBe(
			'## Self-determination\n- Where did the citizens decide for themselves today?\n- Where did we decide for them, and was it necessary?\n- What can we do so the citizen has more say?',
		);
	});

	it('writes the supervision preparation and the reflection structures as sections', () => {
		const supervision = expandMethodBlocks('{{stages:supervision}}', 'da');
		expect(supervision.startsWith('## Sagen\n*Sagen i få linjer, med pseudonymer.*\n\n## Hvorfor nu?')).toBe(true);
		expect(supervision.match(/^## /gm)).toHaveLength(8);
		expect(expandMethodBlocks('{{stages:what-so-what-now-what}}', 'en')).toContain('## So what?');
		expect(expandMethodBlocks('{{focus:nothing}} {{stages:nothing}}', 'en')).toBe('{{focus:nothing}} {{stages:nothing}}');
	});
});
