/**
 * The blocks the toolbox inserts: a callout that records which tool or question set it is
 * (`> [!three-gazes|isbjerget] Isbjerget`), so the index can count tool use and tell which side a
 * meeting covered. All text comes from the method catalogue, in the note's language.
 */
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_VOCABULARY, TOOL_VOCABULARY, TOOLBOX_CALLOUT } from '../domain';
import type { Lang, QuestionCategoryId, ToolId } from '../domain';
import { questionCategory, toolEntry } from '../method/catalogue';

/** The first line of a toolbox callout for a slug: `> [!three-gazes|isbjerget] Isbjerget`. */
function calloutHead(slug: string, title: string): string {
	return `> [!${TOOLBOX_CALLOUT}|${slug}] ${title}`;
}

/**
 * The block for a tool: its purpose, a line per part (petal, factor, phase) to write after, and its
 * guiding questions. Lines are joined with `\n`, without a final newline; `insertBlock` adapts both.
 */
export function toolBlock(id: ToolId, lang: Lang): string {
	const tool = toolEntry(id);
	const lines = [calloutHead(TOOL_VOCABULARY[id][lang], tool.name[lang]), `> *${tool.purpose[lang]}*`, '>'];
	for (const part of tool.parts) lines.push(`> **${part.name[lang]}:** *${part.prompt[lang]}*`, '>');
	for (const question of tool.questions[lang]) lines.push(`> - ${question}`);
	return lines.join('\n');
}

/** The block for one question category: its name, its opener when it has one, and its question bank. */
export function questionSetBlock(id: QuestionCategoryId, lang: Lang): string {
	const category = questionCategory(id);
	const lines = [calloutHead(QUESTION_CATEGORY_VOCABULARY[id][lang], category.name[lang])];
	if (category.opener[lang] !== '') lines.push(`> *${category.opener[lang]}*`);
	for (const question of category.questions[lang]) lines.push(`> - ${question}`);
	return lines.join('\n');
}

/**
 * The blocks for several categories, always in the method's order (feelings last), whatever order
 * they were picked in; separated by a blank line.
 */
export function questionSetsBlock(ids: readonly QuestionCategoryId[], lang: Lang): string {
	const picked = new Set(ids);
	return QUESTION_CATEGORIES.filter((id) => picked.has(id))
		.map((id) => questionSetBlock(id, lang))
		.join('\n\n');
}
