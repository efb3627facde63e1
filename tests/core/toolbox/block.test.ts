import { describe, expect, it } from 'vitest';
import { LANGS, readQuestionCategory, readTool, TOOLS } from '../../../src/core/domain';
import { toolEntry } from '../../../src/core/method/catalogue';
import { questionSetBlock, questionSetsBlock, toolBlock } from '../../../src/core/toolbox/block';

/** The callout head's slug, read back the way the index does. */
function calloutSlug(block: string): string {
	const match = /^> \[!three-gazes\|([^\]]+)\] /.exec(block);
	expect(match).not.toBeNull();
	return match?.[1] ?? '';
}

describe('toolbox blocks', () => {
	it.each(TOOLS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))('%s (%s) is a callout that records the tool', (id, lang) => {
		const block = toolBlock(id, lang);
		expect(readTool(calloutSlug(block))).toBe(id);
		expect(block.split('\n').every((line) => line.startsWith('>'))).toBe(true);
		const tool = toolEntry(id);
		expect(block).toContain(tool.name[lang]);
		for (const question of tool.questions[lang]) expect(block).toContain(`> - ${question}`);
		for (const part of tool.parts) expect(block).toContain(`**${part.name[lang]}:**`);
	});

	it('writes the slug in the note\'s language', () => {
		expect(toolBlock('iceberg', 'da').split('\n')[0]).toBe('> [!three-gazes|isbjerget] Isbjerget');
		expect(toolBlock('iceberg', 'en').split('\n')[0]).toBe('> [!three-gazes|iceberg] The iceberg');
	});

	it('records a question category', () => {
		const block = questionSetBlock('observations', 'da');
		expect(readQuestionCategory(calloutSlug(block))).toBe('observations');
		expect(block).toContain('> - Hvad har du lagt mærke til hos borgeren på det seneste?');
	});

	it('puts picked categories in the method\'s order, feelings last', () => {
		const block = questionSetsBlock(['feelings', 'knowledge', 'actions'], 'en');
		const heads = block.split('\n').filter((l) => l.startsWith('> [!')).map((l) => calloutSlug(l));
		expect(heads).toEqual(['actions', 'knowledge', 'feelings']);
		expect(block).toContain('\n\n> [!three-gazes|knowledge]');
	});
});
